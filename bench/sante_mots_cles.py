"""The keyword detector of health details that ``bot.sante`` replaced: a benchmark baseline.

Kept with its logic unchanged so that ``python -m bench.sante`` reports the old and the new
figures in one run. Its own documentation follows.

Detect health details in a message (GDPR art. 9 special category, medical secrecy).

A message that reveals health details is not stored nor logged; the person is warned and
given the postal route to the medical adviser (domain brief §6; Mutex requires medical
information to go only by post, to its Médecin Conseil).

What counts as a health detail: naming a disease or a diagnosis, a treatment or a
medical act, a medical document, the reason for a sick leave, a disability rate, or a
social-security number (NIR). What does not: the ordinary vocabulary of a mutuelle
(``"remboursement de soins"``, ``"frais de santé"``, ``"mutuelle santé"``,
``"lunettes"``, ``"dentiste"``, ``"consultation"``, ``"arrêt maladie"`` or
``"pension d'invalidité"`` without a reason or a rate).

False-positive choices, made knowingly (a false positive only sends a text by post):

- any ``"médicament"``, ``"ordonnance"`` (except a judge's) and ``"hospitalisation"``
  counts, even without a disease named;
- ``"covid"`` counts even when it names the period rather than an illness;
- ``"fracture"`` counts even in ``"fracture numérique"``.

Ambiguous words count only in a medical context: ``"opération"`` (banking operations are
common in complaints), ``"opéré"``, ``"traitement"`` (the handling of a file),
``"scanner"`` (scanning documents). Emotions (``"angoisse"``, ``"stress"``,
``"déprimé"``) are not diagnoses and do not count; nor do ``"psychologue"``, optics,
dental and hearing care, which are routine reimbursements.
"""

from __future__ import annotations

import re

from bot.dates_fr import NOMBRES
from bot.sante.administratif import contient_un_nir
from bot.texte import FIN_DE_PHRASE, normaliser

_PARTIES_DU_CORPS = (
    r"(?:genoux?|hanches?|dos|epaules?|coeur|cerveau|poumons?|seins?|colonne|chevilles?"
    r"|poignets?|bras|jambes?|pieds?|mains?|reins?|foie|prostate|thyroide|uterus|ovaires?"
    r"|yeux|oeil|cataracte|colon|estomac|vesicule|menisques?|ligaments?|canal carpien"
    r"|appendicite|vertebres?|cervicales|lombaires|hernie|nez|gorge|oreilles?|crane|tete"
    r"|coudes?|doigts?|orteils?|tendons?|cou|machoire|intestins?|vessie|pancreas"
    r"|amygdales|vegetations|varices|hemorroides|thorax|abdomen|ventre)\b"
)
_DE_LA_PARTIE = rf"(?:du |de la |de l'|des |d'un |d'une |au |a la |a l'|aux ){_PARTIES_DU_CORPS}"

_MALADIES = (
    r"\b(?:cancers?|tumeurs?|leucemie|lymphome|metastases?|carcinome|melanome"
    r"|diabetes?|diabetiques?|depression|depressi(?:f|ve)|burn ?out|sclerose|vih|sida"
    r"|seropositi(?:f|ve)|covid|hernies?|avc|accident vasculaire|infarctus|crise cardiaque"
    r"|alzheimer|parkinson|grossesse|(?<!l')enceinte|fausses? couches?|ivg|avortement"
    r"|accouchement|cesarienne|pma|fiv|fecondation in vitro|epilepsie|epileptique|asthme"
    r"|bpco|hepatite|cirrhose|insuffisance (?:renale|cardiaque|respiratoire)|schizophren\w*"
    r"|bipolaire|anorexie|boulimie|alcoolisme|autis(?:me|te)|trisomi\w*|arthrose"
    r"|polyarthrite|fibromyalgie|endometriose|fractures?|entorse|tendinite|cataracte"
    r"|glaucome|dmla|hypertension|infection|pneumonie|ald|ipp|pathologies?"
    r"|affection (?:de )?longue duree|trouble anxieux|stress post traumatique|psychiatr\w*"
    r"|troubles? (?:bipolaires?|psychiatriques?|psychiques?|mentaux|du comportement)"
    r"|diagnostiquee?s?|diagnostic (?:medical|de (?:mon|ma|son|sa)|d'une?))\b"
    r"|\bmaladie (?:de \w+|grave|chronique|rare|orpheline|auto immune|mentale|psychique"
    r"|cardiaque|genetique|neuro\w*)"
    r"|\b(?:ma|mon|sa|son|leur) maladie\b"
)
_SOINS = (
    r"\b(?:chimio(?:therapie)?s?|radiotherapie|immunotherapie|hormonotherapie"
    r"|curietherapie|chirurgi\w*|hospitalis\w*|irm|radiographie|echographie|mammographie"
    r"|coloscopie|endoscopie|biopsie|dialyse|greffe|transplant\w*|amputation|anesthesi\w*"
    r"|medicaments?|antidepresseurs?|anxiolytiques?|insuline|morphine|antibiotiques?"
    r"|anti inflammatoires?|bloc operatoire|soins palliatifs)\b"
    rf"|\boperations? (?:chirurgicales?\b|{_DE_LA_PARTIE})"
    rf"|\boperee?s? {_DE_LA_PARTIE}"
    r"|\b(?:me|se|te|nous|vous|le|la|les) faire operer\b"
    r"|\b(?:j'ai|il a|elle a|ils ont|elles ont|nous avons) (?:\w+ )?ete operee?s?\b"
    r"|\b(?:je suis|je serai|je vais etre|je dois etre|il est|elle est) (?:\w+ )?operee?s?\b"
    r"|\bon (?:m'|l')a operee?s?\b"
    rf"|\bprotheses? {_DE_LA_PARTIE}"
    r"|\bsous traitement\b"
    r"|\btraitements? (?:medica\w+|hormona\w+|anti\w+|de fond|lourds?|contre|a vie"
    r"|du cancer|psychiatrique|de substitution)\b"
    r"|\b(?:mon traitement|mes traitements)\b(?! de (?:ma|mon|mes|la|votre|leur|cette|ce) )"
    r"|\b(?:passe|passer|fait|faire) (?:un|le|mon) scanner\b|\bresultats? d(?:u|e mon) scanner\b"
    r"|\bscanner (?:cerebral|thoracique|abdominal|pelvien|osseux|lombaire|avec injection)\b"
)
_DOCUMENTS = (
    r"\bcompte rendu (?:operatoire|medical|d'hospitalisation|de consultation|de radiologie)\b"
    r"|\bcertificats? medica\w*|\b(?:dossier|rapport|avis) medical\b|\bexpertise medicale\b"
    r"|\bresultats? d'analyses?\b|\banalyses? (?:de sang|sanguines?|d'urine|biologiques?)\b"
    r"|\bbilan sanguin\b"
    r"|\bordonnances?\b(?! (?:de refere|de non lieu|du juge|du tribunal|penale|de protection"
    r"|d'injonction|de mise en etat))"
)
_INVALIDITE = (
    r"\btaux d'(?:invalidite|incapacite|handicap)\b"
    r"|\b\d+ ?% d'(?:invalidite|incapacite|handicap)\b"
    r"|\b(?:invalidite|incapacite)(?: permanente)?(?: partielle)? (?:de |a )?\d+ ?%"
    r"|\binvalidite (?:de )?(?:categorie|1re|2e|3e|premiere|deuxieme|troisieme)\b"
    r"|\bcategorie (?:1|2|3|un|deux|trois) d'invalidite\b"
)
_MEDICAL = re.compile("|".join((_MALADIES, _SOINS, _DOCUMENTS, _INVALIDITE)))

_ARRET_POUR = re.compile(
    r"\b(?:arret (?:maladie|de travail|de maladie)|en arret)(?: de \w+ \w+)?"
    r" (?:pour cause d'|pour cause de |pour |suite a |a cause d'|a cause de |en raison d'"
    r"|en raison de |lie a |lie au |du a |du au )"
    r"(?:une? |mon |ma |mes |des |le |la |les |l'|son |sa |ses |d'une? )?(?P<motif>\w+)"
)
_PAS_UN_MOTIF = frozenset(
    {"jours", "jour", "semaine", "semaines", "mois", "an", "ans", "annee", "annees", "duree",
     "periode", "lequel", "laquelle", "lesquels", "quelques", "plusieurs", "longue", "ce",
     "cela", "que", "qui", "rien", "raison", "raisons"}
)  # fmt: skip
"""Words after "arrêt maladie pour" that give a duration or a relative, not a reason."""

_UNE_OPERATION = re.compile(r"\b(?:mon|ma|une|son|sa|cette|l') ?operations?\b")
_A_L_HOPITAL = re.compile(
    r"\b(?:hopital|clinique|chirurg\w*|anesthesi\w*|bloc|convalescence|post operatoire)\b"
)
_FIN_DE_PHRASE = re.compile(FIN_DE_PHRASE)


def _operation_a_l_hopital(replie: str) -> bool:
    """Tell whether a sentence speaks of "mon opération" together with a hospital."""
    return any(
        _UNE_OPERATION.search(phrase) and _A_L_HOPITAL.search(phrase)
        for phrase in _FIN_DE_PHRASE.split(replie)
    )


def _donne_un_motif_d_arret(replie: str) -> bool:
    """Tell whether a sick leave is given with its reason ("arrêt maladie pour …")."""
    for m in _ARRET_POUR.finditer(replie):
        motif = m["motif"]
        if not (motif.isdigit() or motif in NOMBRES or motif in _PAS_UN_MOTIF):
            return True
    return False


def contient_donnees_medicales(texte: str) -> bool:
    """Tell whether a message reveals health details.

    Case and accents are ignored; words match whole (``"cancer"`` does not match inside
    another word). See the module docstring for what counts and the false-positive
    choices.

    Args:
        texte: a free message from the person.

    Returns:
        ``True`` when the message names a disease, a diagnosis, a treatment or medical
        act, a medical document, a sick-leave reason, a disability rate or a NIR.

    """
    replie = normaliser(texte)
    return bool(
        _MEDICAL.search(replie)
        or _operation_a_l_hopital(replie)
        or _donne_un_motif_d_arret(replie)
        or contient_un_nir(replie)
    )
