"""Health details in administrative wording: a sick-leave reason, a social-security number.

A sick leave (``"arrêt maladie"``) is ordinary; its reason is not (``"arrêt maladie pour
une sciatique"``). A social-security number (NIR) identifies a person in the health
system and is never asked for (domain brief §6). Both rules come from the keyword
detector that preceded this package (``bench/sante_mots_cles.py``), unchanged but for
reading tokens.
"""

from __future__ import annotations

import re

from bot.dates_fr import NOMBRES

_ARRET_POUR = re.compile(
    r"\b(?:arrets? (?:maladie|de travail|de maladie)|en arret|(?:mon|son|leur) arret"
    r"|(?:m a|l a|ai ete|a ete|suis|est|etais|etait|salariee?s?) arretee?s?"
    r"(?:(?: \w+)? (?:jours?|semaines?|mois))?|^arretee?s?(?: \w+)? (?:jours?|semaines?|mois))"
    r"(?: de \w+ \w+| depuis (?:le |la |)\w+(?: \w+)?)?"
    r"(?: c est)? (?:pour cause d|pour cause de|pour|suite a|a cause d|a cause de|en raison d"
    r"|en raison de|(?:est )?(?:lie|liee|du|due) (?:a|au|aux)|apres)"
    r" (?:une? |mon |ma |mes |des |le |la |les |l |son |sa |ses |d une? )?(?P<motif>\w+)"
)
_PAS_UN_MOTIF = frozenset(
    {"jours", "jour", "semaine", "semaines", "mois", "an", "ans", "annee", "annees", "duree",
     "periode", "lequel", "laquelle", "lesquels", "quelques", "plusieurs", "longue", "ce",
     "cela", "que", "qui", "rien", "raison", "raisons", "moi", "lui", "elle", "eux",
     "exoneration", "cotisations", "cotisation", "employeur", "attestation", "dossier",
     "indemnites", "prevoyance", "justificatif", "formulaire"}
)  # fmt: skip
"""Words after "arrêt maladie pour" that give a duration or a relative, not a reason."""

_SEP_NIR = r"[ .-]?"
_NIR = re.compile(
    rf"(?<![\d])[1278]{_SEP_NIR}\d\d{_SEP_NIR}(?:0[1-9]|1[0-2]|[2-9]\d){_SEP_NIR}"
    rf"(?:\d\d|2a|2b){_SEP_NIR}\d{{3}}{_SEP_NIR}\d{{3}}(?P<cle>{_SEP_NIR}\d\d)?(?![\d])"
)
_MOTS_SECU = re.compile(r"\b(?:securite sociale|secu|nir|insee|carte vitale)\b")


_AVIS_MEDICAL_CONTESTE = re.compile(
    r"\b(?:contest\w*|desaccord|recours contre|pas d accord avec|refuse\w*|remet\w* en cause)"
    r" (?:\w+ ){0,4}?(?:decision|avis|conclusions?|expertise|rapport|refus)"
    r" (?:\w+ ){0,3}?(?:medecins?|dentistes?|chirurgiens? dentistes?) conseils?\b"
    r"|\b(?:medecins?|dentistes?) conseils? (?:\w+ ){0,2}?(?:a|ont|m a|nous a|lui a)"
    r" (?:refuse|rejete|juge|estime|considere|conclu)\w*"
    r" (?:\w+ ){0,16}?(?:alors que|pourtant|or|malgre)\b"
    r"|\b(?:expertise|avis|decision|refus|conclusions?) (?:\w+ ){0,2}?medica\w* contest\w*"
    r"|\brefus (?:du|de votre|de l|de son|de leur) (?:medecin|dentiste)s? conseils?"
    r"|\b(?:(?:medecins?|dentistes?) conseils?|medecins? experts?|experts? medica\w*"
    r"|experts?(?! auto| automobile| batiment| immobilier| habitation| sinistre| du garage"
    r"| comptable))"
    r" (?:\w+ ){0,8}?(?:pas d accord|c est faux"
    r"|je conteste|conteste|je ne suis pas d accord)\b"
    r"|\b(?:avis|decision|conclusions?|expertise|rapport) (?:\w+ ){0,2}?(?:medecins?|dentistes?)"
    r" conseils?"
    r" (?:\w+ ){0,8}?(?:contest\w*|desaccord|faux|fausse|erron\w*|injust\w*|remet\w* en cause"
    r"|pas d accord)\b"
)
"""A dispute of the medical (or dental) adviser's decision, told before or after it ("je
conteste l'avis du médecin conseil", "l'avis du médecin conseil est faux", "le dentiste
conseil a refusé … alors que mon dentiste …"); the opinion named as a
step of the file ("mon dossier passe en avis du médecin conseil") is not one."""


_SANS_BIEN = r"^(?!.*\b(?:{})\b)".format("|".join(
    ("voitures?", "vehicules?", "motos?", "scooters?", "velos?", "auto", "automobile",
     "garages?", "carross\\w*", "grele", "pare brise", "bris de glace", "maisons?", "toit",
     "toiture", "batiments?", "grange", "murs?", "immobilier\\w*", "degats? des eaux",
     "appartements?", "incendie", "inond\\w*", "vetuste", "tva", "reparat\\w*", "fuites?",
     "bijoux", "vol", "vole\\w*", "accrochage", "compteur", "douche", "canalisations?",
     "plombier", "baignoire", "carrelage", "sous sol", "chaudiere", "degats?", "sinistres?",
     "perte totale", "responsabilite", "constat amiable", "tableaux?", "meubles?", "pompe",
     "chauffage", "feu", "pneu\\w*", "epave", "diagnostic immobilier")
))  # fmt: skip
_CONTEXTE_MEDICAL = r"(?=.*\b(?:{})\b)".format("|".join(
    ("medic\\w*", "medecins?", "taux", "ipp", "\\d+ ?%", "invalidite", "rente", "arrets?",
     "blesse\\w*", "corporel\\w*", "douleurs?", "mal", "sequelles?", "recuper\\w*",
     "consolid\\w*", "incapacite", "examen", "examin\\w*", "ausculte\\w*", "victimes?",
     "sante", "handicap\\w*", "marcher", "hospitalis\\w*", "soins?", "subjecti\\w*")
))  # fmt: skip
"""A phrase that speaks of no car, house or damage, and of the body or a doctor: an expert
there is a doctor."""
# A medical decision told: an adviser's, a doctor's or an expert's assessment, a disability
# rate, an unfitness, a prior condition or a medical questionnaire held against the person,
# a sick leave judged unjustified, a dependency grade. Mutex sends every complaint that
# disputes one to its Médecin Conseil (domain brief §6), whatever it says of the illness.
_EVALUATEUR = (
    r"(?:(?:medecins?|dentistes?|chirurgiens? dentistes?) (?:conseils?|controleurs?|experts?"
    r"|examinateurs?|de (?:l assureur|la compagnie|la mutuelle|la prevoyance|votre compagnie))"
    r"|service medical|controle medical|(?:votre|vos|leur|leurs) medecins?)"
)
_EXPERT = (
    r"(?:expertise medicale|contre expertise|(?:l|votre|leur|le|cet|un|vos|dernier) experte?s?"
    r"(?! comptables?| en \w+| auto\w*| immobilier\w*))"
)
_ESTIME = (
    r"(?:estim|jug|dit|ecrit|mis que|conclu|consider|trouv|fix|redui|reduit|baiss|diminu"
    r"|maintenu|maintien|refus|rejet|supprim|decid|declar|retenu|evalu|classe|massacr|regard"
    r"|examin|auscult|oppos)\w*"
)
_DECISION_MEDICALE = re.compile(
    r"\b(?:avis|refus|decision|accord|conclusions?|rapport)s? (?:du |de |d |de l |de la )?mc\b"
    r"|\b(?:inapte|inaptes|inaptitude)\b"
    r"|\bantecedents? (?:non declare\w*|de sante)"
    r"|\bquestionnaires? (?:medica\w*|de sante) (?:\w+ ){0,12}?(?:exclu\w*|antecedent\w*"
    r"|case|coche\w*|traitement|fausse|nullite|surprime|declare\w*)"
    r"|\b(?:exclu\w*|surprime|nullite|fausse declaration|refus de (?:ma |la |mon |notre |l )?"
    r"(?:souscription|adhesion|garantie|couverture|pret|assurance)) (?:\w+ ){0,12}?"
    r"questionnaires? (?:medica\w*|de sante)"
    r"|\barrets? (?:de travail |maladie |de maladie )?(?:\w+ ){0,3}?(?:(?:non|pas|plus|n est pas)"
    r" justifie\w*|injustifie\w*|de complaisance|abusif\w*|est justifie|etait justifie)"
    r"|\b(?:sur le plan|du point de vue|d un point de vue) medica\w*"
    r"|\b(?:evaluation|grille) (?:de la |de )?(?:dependance|aggir)|\bgir ?[1-6]\b"
    r"|\bcontre visites?\b"
    r"|\bcontest\w* (?:\w+ ){0,6}?(?:medecins?|dentistes?) (?:conseils?|controleurs?|experts?)"
    r"|\b(?:decision|refus|conclusions?|verdict)s? (?:du|de votre|de l|de son|de leur|des|de ce)"
    r" (?:medecin|dentiste)s? (?:conseils?|controleurs?|experts?)"
    r"|\b(?:examine|auscultee?|examinee)s? (?:\w+ )?par (?:le|votre|un|leur|son|l) (?:medecin"
    r"|dentiste)s? (?:conseils?|controleurs?|experts?)"
    r"|\b(?:rentes?|pensions?|invalidite)\w* (?:\w+ ){0,8}?(?:apres|suite a|depuis|a la suite d)"
    r" (?:la |le |une |un |sa |ma |son |l )?(?:visite|examen|expertise|controle|contre visite)s?"
    r" (?:medica\w*|chez (?:votre|le|leur|un|son|l) (?:medecin|dentiste))"
    r"|\b(?:contest\w*|redui\w*|reduit|fixe\w*|baiss\w*|diminu\w*|revu\w*|revis\w*)"
    r" (?:\w+ ){0,3}?(?:mon|son|leur|sa) taux\b(?! d interet| de remboursement| de cotisation"
    r"| de tva| de vetuste| d usure| du pret| d emprunt| de prise en charge| de change| horaire"
    r"| de commission| de frais| d endettement| annuel| de rendement| de revalorisation"
    r"| de participation| de couverture| de garantie| de bonus| de malus| de reduction"
    r"| de remise| de ristourne| d imposition| de prelevement| promotionnel| preferentiel)"
)
_EVALUATION_MEDICALE = re.compile(rf"\b{_EVALUATEUR} (?:\w+ ){{0,4}}?{_ESTIME}")
_EXPERT_MEDICAL = re.compile(
    rf"{_SANS_BIEN}{_CONTEXTE_MEDICAL}.*\b(?:{_EXPERT} (?:\w+ ){{0,10}}?{_ESTIME}"
    r"|contre expertises?|(?:rapport|conclusions?) d expertise"
    r"|contest\w* (?:de l |de la |du |l |la |le |d une |de mon |de son )?expertise"
    r"|expertise (?:medicale|contradictoire|amiable) (?:\w+ ){0,6}?(?:contest\w*|conclu\w*"
    r"|refus\w*|demand\w*"
    r"|rapport|taux|resultat|pas d accord|faux|fausse|massacr\w*))"
)


def conteste_un_avis_medical(phrase: str) -> bool:
    """Tell whether the message disputes the medical adviser's opinion.

    Mutex requires a complaint that disputes a medical decision to go by post to its
    Médecin Conseil (domain brief §6), whatever it says of the person's health.

    Args:
        phrase: the message's tokens joined by single spaces.

    """
    return any(
        motif.search(phrase)
        for motif in (
            _AVIS_MEDICAL_CONTESTE,
            _DECISION_MEDICALE,
            _EVALUATION_MEDICALE,
            _EXPERT_MEDICAL,
        )
    )


def donne_un_motif_d_arret(phrase: str) -> bool:
    """Tell whether a sick leave is given with its reason ("arrêt maladie pour …").

    Args:
        phrase: the message's tokens joined by single spaces.

    """
    for m in _ARRET_POUR.finditer(phrase):
        motif = m["motif"]
        if not (motif.isdigit() or motif in NOMBRES or motif in _PAS_UN_MOTIF):
            return True
    return False


def contient_un_nir(replie: str) -> bool:
    """Tell whether a French social-security number (NIR) appears.

    Sex digit, year, month (01-12, or 20-99 for unknown months), département (2A/2B
    included), commune, order number: 13 digits, then a 2-digit key. The key is not
    checked (a mistyped NIR is still one). Without its key, the number counts only next
    to "sécurité sociale", "sécu", "NIR", "INSEE" or "carte vitale", as 13 digits are
    also the length of some contract numbers.

    Args:
        replie: the message folded by :func:`bot.texte.normaliser` (separators kept).

    """
    return any(m["cle"] is not None or _MOTS_SECU.search(replie) for m in _NIR.finditer(replie))
