"""Care that reveals a condition: specialists, procedures, treatments, devices, settings.

Sources: the medical specialties of the Ordre des médecins' qualification list and the
acts of the CCAM (Classification commune des actes médicaux) for their common names; the
first and second levels of the WHO ATC classification (Anatomical Therapeutic Chemical)
for the drug classes; for drug names, the commonest brands and substances of French
retail pharmacy (our own choice); the devices of the LPP (Liste des produits et
prestations remboursables) titles I to IV. All written out by us in a person's words.

What is left out on purpose, because a mutuelle reimburses it routinely and naming it
reveals no condition (domain brief §6): dentiste, orthodontiste, opticien, lunettes,
lentilles, kiné, ostéopathe, pharmacie, pharmacien, médecin généraliste, médecin traitant,
pédiatre, infirmier, consultation, soins, and the specialists of routine care whose name
tells no condition (ophtalmologue, gynécologue, dermatologue, radiologue, orthoptiste,
podologue, diététicien, nutritionniste: "un renouvellement de lunettes chez
l'ophtalmologue", "un contrôle annuel chez le dermato"). Ambiguous words (``"opération"``,
``"traitement"``, ``"scanner"``, ``"ordonnance"``, ``"greffe"``, ``"intervention"``) are
read in context by :mod:`bot.sante.expressions`.
"""

from __future__ import annotations

SPECIALISTES = (
    "oncologue", "cancérologue", "oncologie", "rhumatologue", "cardiologue", "neurologue",
    "neurochirurgien", "pneumologue", "néphrologue", "gastro entérologue",
    "gastroentérologue", "hépatologue", "endocrinologue", "diabétologue", "hématologue",
    "allergologue", "urologue", "obstétricien",
    "sage femme", "orl", "oto rhino",
    "stomatologue", "chirurgien", "anesthésiste", "radiothérapeute",
    "psychiatre", "pédopsychiatre", "psychologue", "psychothérapeute", "psychanalyste",
    "psy", "neuropsychologue", "addictologue", "gériatre", "gérontologue", "infectiologue",
    "immunologue", "généticien", "néonatologiste", "orthophoniste",
    "psychomotricien", "ergothérapeute", "audioprothésiste", "orthoprothésiste",
    "oncopédiatre", "orthopédiste", "chirurgien orthopédiste", "phoniatre",
    "médecin rééducateur",
    "podo orthésiste", "algologue", "phlébologue", "angiologue", "proctologue",
    "sexologue", "tabacologue", "neuropédiatre", "neuro pédiatre",
    "médecin spécialiste du cancer",
    "endocrinologie", "diabétologie", "rhumatologie",
    "urologie", "gastro entérologie", "hépatologie", "allergologie", "angiologie",
    "hématologie", "neurochirurgie", "orthopédie", "traumatologie", "gériatrie",
    "endocrino", "pneumo", "cardio", "neuro", "rhumato", "onco", "hémato",
    "néphro", "pédopsy", "diabéto", "allergo", "addicto", "neurochir", "gastro entéro",
    "stomatologie", "phlébologie", "proctologie",
    "gérontologie", "immunologie", "sexologie", "neuropsychologie",
)  # fmt: skip
"""Specialists whose mere name tells the kind of condition ("mon oncologue")."""

ACTES = (
    "chirurgie", "chirurgical", "opératoire", "postopératoire", "post opératoire",
    "préopératoire", "bloc opératoire", "anesthésie", "anesthésie générale",
    "péridurale", "hospitalisation", "hospitalisé", "hospitalière", "réhospitalisé",
    "ablation", "amputation", "amputé", "transplantation", "transplanté",
    "biopsie", "ponction", "coloscopie", "endoscopie", "fibroscopie", "gastroscopie",
    "arthroscopie", "cystoscopie", "irm", "radiographie", "échographie", "mammographie",
    "scintigraphie", "coronarographie", "électrocardiogramme", "ecg", "électroencéphalogramme",
    "eeg", "pet scan", "petscan", "tep scan", "holter", "doppler", "densitométrie",
    "dépistage", "résection", "stylo injecteur", "stylos injecteurs",
    "examens complémentaires", "examen complémentaire", "bilan sanguin",
    "prise de sang", "analyse de sang", "analyses de sang",
    "examen sanguin", "césarienne", "appendicectomie", "mastectomie", "hystérectomie",
    "prostatectomie", "thyroïdectomie", "amygdalectomie", "cholécystectomie",
    "angioplastie", "pontage", "stent", "valve cardiaque", "pose d un stent", "pth", "ptg",
    "tdm",
    "pose de prothèse", "pose d un pacemaker", "pose d implant", "infiltration",
    "rééducation", "réadaptation", "kinésithérapie respiratoire", "suture", "points de suture",
    "réanimé", "intubé", "intubation", "trachéotomie", "stomie",
    "lithotritie", "laser des yeux", "opération des yeux", "opération de la cataracte",
    "lasik", "chirurgie réfractive", "chirurgie bariatrique", "sleeve", "bypass",
    "anneau gastrique", "liposuccion", "chirurgie esthétique", "chirurgie réparatrice",
    "reconstruction mammaire", "interruption volontaire de grossesse", "ivg",
    "fécondation in vitro", "fiv", "pma", "insémination", "stimulation ovarienne",
    "ponction ovocytaire", "don d ovocyte", "ovocyte", "congélation d ovocytes",
    "préservation de la fertilité", "spermogramme", "icsi", "intervention chirurgicale",
    "faire opérer",
    "sur le billard", "au bloc", "ouvrir le ventre", "ouvert le ventre", "recousu",
)  # fmt: skip
"""Procedures and examinations (CCAM), in nouns and in past participles."""

TRAITEMENTS = (
    "chimiothérapie", "radiothérapie", "immunothérapie", "hormonothérapie",
    "curiethérapie", "protonthérapie", "trithérapie", "thérapie ciblée", "dialyse",
    "dialysé", "hémodialyse", "transfusion", "perfusion", "insuline", "insulinothérapie",
    "médicament", "médication", "antidépresseur", "anti dépresseur", "anti douleur", "orthophonie",
    "anxiolytique", "neuroleptique",
    "antipsychotique", "somnifère", "hypnotique", "benzodiazépine", "thymorégulateur",
    "antibiotique", "antibiothérapie", "antiviral", "antirétroviral", "anti inflammatoire",
    "corticoïde", "cortisone", "corticothérapie", "anticoagulant", "antiagrégant",
    "antihypertenseur", "bêtabloquant", "diurétique", "statine", "antidiabétique",
    "antalgique", "analgésique", "antidouleur", "morphine", "morphinique", "opioïde",
    "opiacé", "méthadone", "substitution aux opiacés", "antiépileptique",
    "antiparkinsonien", "antihistaminique", "anticancéreux", "biothérapie",
    "immunosuppresseur", "vaccin", "vaccination", "injection", "piqûre", "pansement",
    "séances de rayons", "séance de rayons", "mes rayons", "ses rayons", "nicotine",
    "nicotinique", "sevrage tabagique", "thérapeutique", "mi temps thérapeutique",
    "temps partiel thérapeutique", "vsl", "transport sanitaire", "ambulance",
    "bon de transport", "taxi conventionné", "taxis conventionnés",
    "frottis", "conisation", "fait une img", "une img pour", "ligature des trompes",
    "trépanation", "trépané", "pilule du lendemain", "canne blanche", "en hp", "prep",
    "en long séjour", "unité de long séjour",
    "fauteuil coquille", "aesh", "avs", "urgences pédiatriques", "urgences psychiatriques",
    "urgences gynécologiques", "urgences ophtalmologiques", "urgences cardiologiques",
    "test de grossesse", "test vih", "test covid", "testé positif",
    "testée positive", "internement", "hospitalisation sous contrainte",
    "soins sans consentement", "hdt", "une auxiliaire de vie", "un auxiliaire de vie",
    "aide soignante à domicile", "portage de repas",
    "substitut nicotinique", "passer une radio", "fait une radio", "faire une radio",
    "soins palliatifs", "soin palliatif", "sevrage", "cure de désintoxication",
    "contraception", "contraceptif", "pilule contraceptive", "stérilet", "hormone",
    "hormonal", "vacciné", "réanimer", "hospitaliser", "amputer", "dialyser",
    "traitement hormonal", "oxygénothérapie", "oxygène à domicile", "orthèse",
    "sous oxygène",
    "doliprane", "paracétamol", "dafalgan", "efferalgan", "ibuprofène", "advil",
    "nurofen", "spasfon", "aspirine", "kardégic", "levothyrox", "lévothyroxine",
    "metformine", "glucophage", "ozempic", "lantus", "xanax", "lexomil", "témesta",
    "lysanxia", "stilnox", "prozac", "déroxat", "seroplex", "effexor", "zoloft",
    "laroxyl", "lyrica", "tramadol", "lamaline", "codéine", "skenan", "oxycodone",
    "subutex", "ventoline", "seretide", "symbicort", "humira", "enbrel", "méthotrexate",
    "keytruda", "herceptin", "tamoxifène", "letrozole", "plavix", "eliquis", "xarelto",
    "previscan", "coumadine", "lasilix", "tahor", "crestor", "augmentin", "amoxicilline",
    "ritaline", "risperdal", "abilify", "zyprexa", "haldol", "dépakine", "dépakote",
    "lamictal", "keppra", "tégrétol", "lithium", "téralithe", "modopar", "sinemet",
    "aricept", "truvada", "biktarvy", "viagra", "cialis", "duphaston", "clomid",
    "clamoxyl", "orelox", "azithromycine", "zithromax", "ciflox", "monuril", "fosfomycine",
    "flagyl", "bactrim", "oflocet", "ixprim", "topalgic", "acupan", "codoliprane",
    "oxycontin", "durogesic", "fentanyl", "actiskenan", "naproxène", "apranax", "celebrex",
    "gaviscon", "pantoprazole", "eupantol", "lansoprazole", "débridat", "motilium",
    "vogalène", "forlax", "movicol", "duphalac", "aspégic", "sintrom", "lovenox", "innohep",
    "fragmine", "amlodipine", "amlor", "ramipril", "triatec", "périndopril", "coversyl",
    "bisoprolol", "détensiel", "cardensiel", "nébivolol", "aténolol", "furosémide",
    "aldactone", "atorvastatine", "rosuvastatine", "simvastatine", "ezetrol", "cordarone",
    "amiodarone", "digoxine", "stagid", "diamicron", "gliclazide", "januvia", "janumet",
    "trulicity", "victoza", "novorapid", "humalog", "levemir", "toujeo", "tresiba",
    "glucagen", "euthyral", "néomercazole", "valium", "seresta", "atarax", "imovane",
    "zopiclone", "zolpidem", "norset", "mirtazapine", "cymbalta", "brintellix",
    "paroxétine", "sertraline", "escitalopram", "venlafaxine", "fluoxétine", "théralène",
    "tercian", "loxapine", "xeroquel", "quétiapine", "leponex", "clozapine", "solian",
    "concerta", "quasym", "medikinet", "buprénorphine", "suboxone", "baclofène", "aotal",
    "selincro", "urbanyl", "rivotril", "neurontin", "gabapentine", "requip", "sifrol",
    "ebixa", "reminyl", "imigrane", "sumatriptan", "zomig", "relpax", "copaxone",
    "tecfidera", "gilenya", "ocrevus", "avonex", "rebif", "pulmicort", "flixotide",
    "spiriva", "singulair", "bronchodual", "atrovent", "remicade", "stelara", "cosentyx",
    "imurel", "plaquenil", "médrol", "opdivo", "avastin", "xeloda", "femara", "arimidex",
    "anastrozole", "zoladex", "décapeptyl", "casodex", "glivec", "revlimid", "imbruvica",
    "genvoya", "triumeq", "ovitrelle", "progestérone", "utrogestan", "androcur", "lutéran",
    "lutényl", "oestrogel", "testostérone", "xatral", "josir", "avodart", "aerius",
    "zyrtec", "xyzall", "cétirizine", "fucidine", "diprosone", "dermoval", "protopic",
    "roaccutane", "curacné", "efudix", "aldara", "perruque", "prothèse capillaire",
    "amniocentèse", "forceps", "curetage", "exérèse", "cautérisation", "électrochocs",
    "électromyogramme", "épreuve d effort", "bilan urodynamique", "audiogramme",
    "fond d oeil", "champ visuel",
    "gonal", "ménopur", "provames", "voltarène", "kétoprofène", "profénid", "inexium",
    "mopral", "oméprazole", "imodium", "smecta", "cortancyl", "solupred", "célestène",
    "dupixent", "entyvio", "xolair", "nucala", "jardiance", "forxiga", "mounjaro", "wegovy",
    "saxenda", "kaftrio", "orkambi", "spinraza", "zolgensma", "evrysdi", "tysabri", "kesimpta",
    "mavenclad", "aubagio", "eylea", "lucentis", "vabysmo", "prolia", "forsteo", "aimovig",
    "emgality", "ajovy", "ibrance", "kisqali", "tagrisso", "lynparza", "zytiga", "xtandi",
    "darzalex", "velcade", "sutent", "nexavar", "afinitor", "xeplion", "loxapac", "noctamide",
    "anafranil", "athymil", "valdoxan", "baclocur", "esperal", "nicopatch", "champix", "zyban",
    "izalgi", "contramal", "antarène", "biprofenid", "kenzen", "cozaar", "coaprovel", "aprovel",
    "tareg", "hytacand", "micardis", "exforge", "bipreterax", "lodoz", "temerit", "sectral",
    "avlocardyl", "brilique", "efient", "lixiana", "pradaxa", "abasaglar", "fiasp", "apidra",
    "byetta", "galvus", "eucreas", "amarel", "daonil", "novonorm",
)  # fmt: skip
"""Treatments and the drug classes of ATC levels 1-2, then common drug names."""

APPAREILS = (
    "fauteuil roulant", "fauteuil électrique", "chaise roulante", "déambulateur", "béquille",
    "canne anglaise", "prothèse", "prothésé", "appareil auditif", "appareils auditifs",
    "aide auditive", "audioprothèse", "implant cochléaire", "pacemaker",
    "stimulateur cardiaque", "défibrillateur", "pompe à insuline", "capteur de glycémie",
    "lecteur de glycémie", "freestyle", "dexcom", "bandelette", "lecteur de glycémie",
    "lit médicalisé", "matelas anti escarre", "respirateur", "appareil respiratoire",
    "machine à apnée", "ppc", "concentrateur d oxygène", "attelle", "corset",
    "minerve", "semelles orthopédiques", "chaussures orthopédiques", "orthopédique",
    "sonde urinaire", "poche de stomie", "chambre implantable", "port à cath", "cathéter",
    "neurostimulateur", "pompe à morphine", "lève personne", "verticalisateur",
    "genouillère articulée", "bas de contention", "contention", "glucomètre",
    "nébuliseur", "chambre d inhalation", "bouteille d oxygène", "masque à oxygène",
    "ceinture lombaire", "collier cervical", "fauteuil releveur", "prothèse mammaire",
    "sonde gastrique", "nourri par sonde", "nourrie par sonde", "sonde naso gastrique",
    "monte escalier", "canne tripode", "tripode", "canne de marche", "fauteuil de transfert",
    "planche de transfert", "rollator",
)  # fmt: skip
"""Medical devices (LPP titles I to IV) that tell a disability or a condition."""

LIEUX_DE_SOINS = (
    "néonatologie", "néonat", "réanimation", "réa", "soins intensifs", "usi", "usic",
    "soins continus", "dialyse", "psychiatrie", "hôpital psychiatrique",
    "clinique psychiatrique", "unité psychiatrique", "hôpital de jour", "cmp",
    "centre médico psychologique", "cattp", "oncologie", "service d oncologie",
    "cancérologie", "centre anticancéreux", "institut curie", "gustave roussy",
    "hématologie", "cardiologie", "service de cardiologie", "neurologie", "pneumologie",
    "néphrologie", "maternité", "salle d accouchement", "aux urgences",
    "service des urgences", "passage aux urgences", "samu", "smur", "soins de suite", "ssr",
    "centre de rééducation",
    "maison de convalescence", "convalescence", "ehpad", "usld", "unité alzheimer",
    "soins de longue durée", "unité de soins de longue durée", "ssiad", "en had",
    "pédiatrie", "service de pédiatrie",
    "hospitalisation à domicile", "centre de dialyse", "unité de soins palliatifs",
    "addictologie", "centre d addictologie", "csapa", "pédopsychiatrie",
    "centre antipoison", "ime", "esat", "sessad", "camsp", "itep", "cmpp",
    "foyer d accueil médicalisé", "maison d accueil spécialisée", "en mas", "en fam",
    "centre antidouleur", "centre de lutte contre le cancer",
    "grands brûlés", "service des grands brûlés", "centre de post cure",
    "centre de désintoxication",
)  # fmt: skip
"""Care settings and services that tell a condition (domain brief §6: néonatologie,
réanimation, dialyse, psychiatrie), with the medico-social settings of disability."""

OBJETS_DE_SOIN = (
    "kyste", "grain de beauté", "polype", "calcul", "dent", "dents de sagesse", "appendice",
    "rate", "amygdale", "ganglion", "agrafe", "broche", "sonde", "cathéter", "stent",
    "implant", "prothèse", "pacemaker", "ongle incarné", "verrue", "lipome", "nodule",
    "fibrome", "tumeur", "greffon", "valve", "anneau", "drain", "couronne", "bridge",
)  # fmt: skip
"""What a surgeon takes out or puts in: with a verb of removing or placing ("on a dû
m'enlever un kyste", "se faire poser deux implants"), it tells an operation, whereas the
verb alone does not ("on m'a retiré 30 euros", "il m'a posé une question")."""
