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
    r"|experts?(?! auto| automobile| batiment| immobilier| habitation| sinistre| du garage))"
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


def conteste_un_avis_medical(phrase: str) -> bool:
    """Tell whether the message disputes the medical adviser's opinion.

    Mutex requires a complaint that disputes a medical decision to go by post to its
    Médecin Conseil (domain brief §6), whatever it says of the person's health.

    Args:
        phrase: the message's tokens joined by single spaces.

    """
    return _AVIS_MEDICAL_CONTESTE.search(phrase) is not None


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
