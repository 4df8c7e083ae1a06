"""A person's state: disability, pregnancy and birth, mental health, symptoms, body parts.

Sources: the disability benefits and bodies of the Code de l'action sociale et des
familles (MDPH, AAH, RQTH, AEEH, PCH); CIM-10 chapters V (Troubles mentaux et du
comportement), XV (Grossesse, accouchement et puerpéralité), XVI (Certaines affections
dont l'origine se situe dans la période périnatale) and XVIII (Symptômes, signes et
résultats anormaux) for the groups; the words themselves are our own writing.

Mental health told plainly counts (domain brief §6): ``"crises d'angoisse"``,
``"déprimée"``, ``"burn-out"``. Figurative speech does not (``"j'en suis malade de votre
lenteur"``): :mod:`bot.sante.expressions` reads ``"malade"`` in context, and plain
``"stress"`` or ``"énervé"`` are not here.
"""

from __future__ import annotations

HANDICAP = (
    "handicap", "handicapé", "en situation de handicap", "en fauteuil", "polyhandicapé",
    "mdph", "aah", "muet", "muette", "sourd muet", "sourde muette",
    "rqth", "aeeh", "pch", "allocation adulte handicapé", "carte d invalidité",
    "carte mobilité inclusion", "taux d incapacité", "taux d invalidité",
    "reconnaissance travailleur handicapé", "aveugle", "malvoyant", "non voyant",
    "sourd muet", "perte d autonomie", "grabataire", "alité",
    "autisme", "autiste", "tsa", "trouble du spectre autistique", "tdah", "hyperactif",
    "hyperactivité", "dyslexie", "dyslexique", "dyspraxie", "dyspraxique", "dysphasie",
    "retard mental", "déficience intellectuelle", "déficience visuelle",
    "retard de développement", "retard psychomoteur", "retard de langage",
    "retard du langage", "troubles dys", "dys", "infirme", "infirmité", "imc",
    "infirme moteur cérébral", "infirmité motrice cérébrale", "mobilité réduite", "pmr",
    "déficience auditive", "invalide à",
    "reconnu invalide", "mise en invalidité", "en invalidité", "pps",
    "projet d accueil individualisé", "pai à l école", "gir",
)  # fmt: skip
"""Disability and dependency."""

GROSSESSE = (
    "grossesse", "grossesse pathologique", "accouchement", "accoucher",
    "accouché", "accouchée", "césarienne", "prématuré", "prématurité", "grand prématuré",
    "couveuse", "fausse couche", "interruption de grossesse", "grossesse extra utérine",
    "mort in utero", "mort né", "enfant mort né", "post partum", "post natal",
    "postnatal", "prénatal", "échographie de grossesse", "suivi de grossesse",
    "nouveau né", "vient de naître", "est né prématuré", "sage femme", "congé maternité",
    "congé de maternité", "congé pathologique", "congé paternité", "allaitement",
    "allaite", "naissance de", "naissance du", "naissance d un", "naissance d une",
    "prime de naissance", "prime naissance", "forfait naissance", "forfait maternité",
    "jumeaux prématurés", "bébé prématuré", "eu des jumeaux", "eu des jumelles",
    "eu des triplés", "eu des triplées", "triplés", "triplées", "quadruplés", "attends un enfant",
    "attend un enfant",
    "attendons un enfant", "attends un bébé", "attend un bébé", "attendons un bébé",
    "heureux événement", "attends des jumeaux", "attend des jumeaux",
    "attendons des jumeaux", "perdu le bébé", "perdu mon bébé", "perdu notre bébé",
    "perdu son bébé", "perdu l enfant que j attendais", "préeclampsie", "pré éclampsie",
    "diabète gestationnel", "menace d accouchement", "aménorrhée", "terme est prévu",
    "terme prévu", "date du terme", "date prévue d accouchement", "bébé est prévu",
    "bébé prévu", "naissance prévue", "accouchement prévu", "tire lait", "des contractions",
    "contractions utérines", "poche des eaux", "transfert d embryon", "embryon",
    "col raccourci", "col est raccourci", "grossesse gémellaire",
)  # fmt: skip
"""Pregnancy, birth, miscarriage (CIM-10 chapters XV and XVI)."""

SANTE_MENTALE = (
    "dépression", "dépressif", "déprimé", "déprime", "dépression nerveuse", "burn out",
    "burnout", "hypocondrie", "agoraphobie", "claustrophobie", "tca", "tocs",
    "pensées suicidaires", "envie de mourir", "envie d en finir", "mettre fin à mes jours",
    "mettre fin à ses jours", "suicider", "me suicider", "se suicider", "dépendance aux",
    "cocaïne", "cannabis", "toxico",
    "épuisement professionnel", "angoisse", "angoissé", "crise d angoisse",
    "crises d angoisse", "anxiété", "anxieux", "anxio dépressif", "trouble anxieux",
    "attaque de panique", "crise de panique", "phobie", "phobique", "toc",
    "troubles obsessionnels", "bipolaire", "bipolarité", "schizophrénie", "schizophrène",
    "borderline", "trouble de la personnalité", "troubles de la personnalité",
    "psychose", "psychotique", "paranoïa", "paranoïaque", "hallucination",
    "suicide", "suicidaire", "suicidé", "idées noires", "idées suicidaires",
    "tentative de suicide", "stress post traumatique", "tspt", "ptsd", "syndrome post traumatique",
    "trouble psychique", "troubles psychiques", "trouble mental", "troubles mentaux",
    "maladie mentale", "trouble du comportement", "troubles du comportement",
    "trouble alimentaire", "troubles alimentaires", "anorexique", "boulimique",
    "addiction", "addict", "alcoolisme", "alcoolique", "alcoolodépendant", "alcoolo dépendant",
    "alcoolo", "toxicomanie",
    "toxicomane", "dépendance à l alcool", "dépendant à l alcool", "dépendante à l alcool",
    "dépendant aux", "dépendante aux", "dépendant au", "dépendante au", "dépendance au jeu",
    "dépendance aux jeux", "addiction aux jeux", "désintoxication", "désintox",
    "problème d alcool", "problèmes d alcool", "boit trop", "post cure", "postcure", "insomnie",
    "insomniaque", "mal être",
    "détresse psychologique", "pleure tout le temps", "pleure sans arrêt",
    "pleure tous les jours", "plus goût à rien", "plus envie de vivre", "pas envie de vivre",
    "envie de disparaître",
    "sort plus de chez", "sors plus de chez", "entend des voix", "entends des voix",
    "souffrance psychique", "souffrance au travail",
    "psychothérapie", "thérapie", "suivi psychologique", "suivi psy", "psychiatrique",
    "psychique", "psychologiquement", "mentalement", "dépression post partum",
    "baby blues", "bouffée délirante", "épisode psychotique", "effondrement psychologique",
    "décompensation", "tentative d autolyse",
    "scarification", "automutilation", "automutile", "s automutile", "fait une ts",
    "taillade les veines", "ouvert les veines", "tailladé les poignets",
)  # fmt: skip
"""Mental health told plainly (CIM-10 chapter V)."""

SYMPTOMES = (
    "douleur", "douloureux", "fièvre", "fiévreux", "vertige", "nausée", "vomissement",
    "saignement", "hémorragie", "essoufflement", "essoufflé", "toux", "malaise cardiaque",
    "évanouissement", "évanoui", "perte de connaissance", "perdu connaissance",
    "convulsions", "palpitations", "fatigue chronique", "fatigue écrasante",
    "fatigue intense", "fatigue extrême", "fatigue persistante", "épuisé physiquement",
    "perte de poids", "amaigrissement", "crache du sang", "crachats de sang",
    "sang dans les urines", "sang dans les selles", "perdu la sensibilité", "tremble des mains",
    "tremblements des mains", "arrive plus à avaler", "étouffe la nuit", "étouffe quand",
    "plus mes règles", "plus de règles", "retard de règles", "règles douloureuses",
    "taches noires", "mouches volantes", "vue se trouble", "vue trouble", "tête qui tourne",
    "la tête me tourne", "bouffées de chaleur", "ne grandit pas", "retard de croissance",
    "retards de croissance", "prend pas de poids", "perdu un oeil", "perdu l oeil", "perdu la vue",
    "perdu l usage", "aide pour manger", "aide pour se laver", "aide pour s habiller",
    "aide pour se lever", "aide pour marcher", "ne se lève plus", "arrive plus à dormir",
    "arrive plus à manger", "arrive plus à respirer", "aide à la toilette",
    "aide pour la toilette", "pour la toilette",
    "pour sa toilette", "cicatrise pas", "cicatrise mal", "cicatrisation",
    "escarre", "vue qui baisse", "vue baisse", "vue a baissé", "oreilles décollées",
    "plagiocéphalie", "déformation du crâne", "taux de sucre", "sucre dans le sang",
    "tension artérielle", "ma tension", "sa tension", "tension trop élevée", "perte de la vue",
    "perte de vision",
    "perte d audition", "troubles de la vision", "trouble de la vision", "vision floue",
    "troubles du sommeil", "trouble du sommeil", "mal de dos", "mal de tête", "maux de tête",
    "mal au dos", "mal à la tête", "mal au ventre", "maux de ventre", "mal aux dents",
    "rage de dent", "céphalée", "engourdissement", "fourmillement", "tremblement",
    "boiter", "raideur", "inflammation", "enflé", "gonflement", "oedème",
    "infection urinaire", "démangeaison", "difficultés à respirer",
    "difficulté à respirer", "du mal à marcher", "ne peux plus marcher",
    "je ne marche plus", "ne marche plus seul", "ne marche presque plus", "ne voit plus",
    "n entend plus", "perte de mémoire", "marche avec des cannes", "marche avec une canne",
    "fatigué en permanence", "fatigué tout le temps", "sueurs nocturnes", "énurésie",
    "rétention d eau", "bégaie", "bégaye", "bégayer", "bégaiement",
    "pipi au lit",
    "peut plus marcher", "peux plus marcher", "arrive plus à marcher", "saigne",
    "tousse", "vomit", "vomis", "vois flou", "voit flou", "tiens plus debout",
    "tient plus debout", "prend la pilule", "prends la pilule", "mal à respirer",
    "mal à dormir", "mal à avaler", "mal à marcher", "du mal à voir", "ne dors plus",
    "ne dort plus", "insomnies", "perte d équilibre", "pertes d équilibre",
    "chutes à répétition", "vue qui baisse", "baisse de la vue", "perd la vue",
    "reconnaît plus personne", "reconnaît plus ses enfants",
    "trou de mémoire", "incapable de marcher", "bourdonnement", "éruption",
    "éruption cutanée", "plaques rouges", "sang dans les urines", "boule dans le sein",
    "perdu l odorat", "perte d odorat", "perte du goût", "crampes", "ma santé se dégrade",
    "santé se dégrade", "santé s est dégradée", "santé s aggrave", "état s aggrave",
    "tremble beaucoup", "tremble de partout", "perds mes cheveux", "perd ses cheveux",
    "perds la mémoire", "perd la mémoire", "arrive plus à me concentrer",
    "arrive plus à se concentrer",
    "chute de cheveux", "perte de cheveux", "alopécie", "perdu l usage", "peut plus se lever",
    "peux plus me lever", "arrive plus à se lever", "scarifie", "se mutile",
)  # fmt: skip
"""Symptoms (CIM-10 chapter XVIII)."""

PARTIES_DU_CORPS = (
    "genou", "hanche", "dos", "épaule", "coeur", "cerveau", "poumon", "sein", "colonne",
    "colonne vertébrale", "cheville", "poignet", "bras", "jambe", "pied", "main", "rein",
    "foie", "prostate", "thyroïde", "utérus", "ovaire", "yeux", "oeil", "côlon",
    "estomac", "vésicule", "ménisque", "ligament", "vertèbre", "cervicales", "lombaires",
    "nez", "gorge", "oreille", "crâne", "tête", "coude", "doigt", "orteil", "tendon",
    "cou", "mâchoire", "intestin", "vessie", "pancréas", "amygdale", "végétations",
    "thorax", "abdomen", "ventre", "fémur", "tibia", "péroné", "rotule", "clavicule",
    "côte", "bassin", "nuque", "rétine", "cornée", "dent", "peau", "moelle", "artère",
    "veine", "talon", "achille", "hallux valgus", "canal lombaire", "disque",
    "coiffe des rotateurs", "col du fémur", "col de l utérus", "col", "coccyx", "sacrum",
    "omoplate", "mollet", "cuisse", "sternum", "humérus", "radius", "cubitus", "phalange",
    "scaphoïde", "malléole", "arcade", "pouce", "paupière", "tympan", "sinus", "gencive",
    "trachée", "oesophage", "poitrine", "avant bras",
)  # fmt: skip
"""Body parts: they count only tied to care or injury ("opérée du genou", "mal au dos",
"cassé le poignet"), never alone (:mod:`bot.sante.expressions`)."""
