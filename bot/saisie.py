"""Validation and normalisation of the answers typed into the forms.

Every function takes what the person typed, possibly a whole sentence, and returns a
value or a reason; bad input never raises. The shell turns ``None`` or a reason into a
response asking again.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from bot.texte import normaliser, normaliser_sms, sans_accents

# --- oui / non ---------------------------------------------------------------------

_INCERTAIN = re.compile(
    r"\bsai[st] (?:pas|plus)\b|\bpeut etre\b|\baucune idee\b|\bne (?:sai[st]|savent)\b"
    r"|\b(?:me|se) (?:souviens|souvient|rappelle) (?:pas|plus)\b"
    r"|\bne (?:me|se) (?:souviens|souvient|rappelle)\b"
    r"|\bpas (?:tres |trop )?(?:sure?|certaine?)\b(?! (?:le|la|les|l'|mon|ma|mes|leur|un|une)\b)"
)
_OUI = re.compile(
    r"(?<!pas )\b(?:oui|ouais|ouai|yes|yep|ok|okay|d'accord|daccord|bien sur|tout a fait"
    r"|exact|exactement|c'est (?:bien )?ca|absolument|evidemment|effectivement|en effet"
    r"|affirmatif|certainement|volontiers)\b"
)
_NON = re.compile(
    r"\b(?:non|nan|no|nope|negatif|pas encore|jamais|pas du tout|aucune?|toujours rien"
    r"|toujours pas|rien du tout|pas d'accord|non merci)\b"
    r"|\bn(?:e |')(?:\S+ ){0,2}?(?:pas|jamais|rien|aucune?)\b"
)
_HESITATIONS = re.compile(r"^(?:(?:euh+|heu+|ben|bah|bon|alors|eh bien|hmm+|mmh+)\W*)*")
_INTENTION = re.compile(r"^/(affirm|deny)\b")


def interpreter_oui_non(texte: str) -> bool | None:
    """Read a yes or a no in a free answer.

    The word that opens the answer decides (``"non, mais j'ai appelé"`` is a no,
    ``"oui j'ai reçu une réponse"`` a yes); otherwise a single kind of answer anywhere in
    the text decides, and both kinds together are unclear. Doubt (``"je ne sais pas"``,
    ``"peut-être"``) is unclear too, and a yes negated by ``pas`` (``"pas tout à fait"``)
    is not counted. Rasa intents ``/affirm`` and ``/deny`` are understood.

    Args:
        texte: the answer as typed.

    Returns:
        ``True`` for yes, ``False`` for no, ``None`` when the answer is unclear.

    """
    replie = _HESITATIONS.sub("", normaliser_sms(texte))
    intention = _INTENTION.match(replie)
    if intention:
        return intention[1] == "affirm"
    if _INCERTAIN.search(replie):
        return None
    oui = _OUI.search(replie)
    non = _NON.search(replie)
    premier = min((m for m in (oui, non) if m), key=lambda m: m.start(), default=None)
    if premier is not None and premier.start() == 0:
        return premier is oui
    if oui and not non:
        return True
    if non and not oui:
        return False
    return None


# --- e-mail ------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?P<local>[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
    r"@(?P<domaine>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})"
)
_AUTOUR_EMAIL = ".,;:!?()<>[]{}\"'«»"
_AMORCES_EMAIL = frozenset(
    {"mail", "email", "mel", "courriel", "adresse", "electronique", "est", "c'est", "cest",
     "ca", "voici", "voila", "ici", "a", "sur", "le", "l'", "via", "par", "moi", "contact",
     "mon", "son", "sa", "c", "c'", ":"}
)  # fmt: skip
"""Words after which an address may follow a space ("mon mail c'est jean@...")."""


def _introduit_une_adresse(precedent: str) -> bool:
    """Tell whether the word before an address is a lead-in, not a piece of the address.

    ``"jean dupont@x.fr"`` is an address typed with a space: its first half is a plain
    word, so the address is refused rather than silently shortened to ``dupont@x.fr``.
    """
    if precedent[-1] in _AUTOUR_EMAIL or precedent[-1] in "-–—":
        return True
    mots = normaliser(precedent).split()
    return bool(mots) and mots[-1] in _AMORCES_EMAIL


def valider_email(texte: str) -> str | None:
    """Find the e-mail address in an answer.

    Args:
        texte: the answer, e.g. ``"mon mail c'est Jean.Dupont@Orange.fr"``.

    Returns:
        The address with its domain in lower case (``"Jean.Dupont@orange.fr"``; the part
        before ``@`` is kept as typed, mail servers may distinguish its case), or
        ``None`` when there is no address, more than one, or a malformed one
        (``"jean@"``, ``"jean@orange"``, ``"a@b..fr"``, ``"jean dupont@x.fr"``).
        Addresses are ASCII only.

    """
    mots = texte.split()
    positions = [i for i, mot in enumerate(mots) if "@" in mot]
    if len(positions) != 1:
        return None
    position = positions[0]
    if position > 0 and not _introduit_une_adresse(mots[position - 1]):
        return None
    adresse = _EMAIL.fullmatch(mots[position].strip(_AUTOUR_EMAIL))
    if adresse is None or len(adresse[0]) > 254:
        return None
    return f"{adresse['local']}@{adresse['domaine'].lower()}"


# --- numéro d'adhérent ------------------------------------------------------------


class StatutNumero(str, Enum):
    """What an answer to "votre numéro d'adhérent ?" said."""

    FOURNI = "fourni"
    """A number was given (and matches the organisation's format, when it has one)."""
    AUCUN = "aucun"
    """No number to give: none, not a member, acting for someone else, cannot find it."""
    FORMAT_INVALIDE = "format_invalide"
    """Something like a number, not in the organisation's format."""
    INTROUVABLE = "introuvable"
    """Neither a number nor a reason for not giving one."""


@dataclass(frozen=True)
class ResultatNumero:
    """The membership number read from an answer, and what the answer said."""

    numero: str | None
    statut: StatutNumero


_SANS_NUMERO = re.compile(
    r"\ben (?:ai|a|avons|ont) (?:pas|plus|aucun)\b|\bpas de (?:numero|carte)\b|\baucun\b"
    r"|\b(?:pas|plus|jamais ete|pas encore) (?:un |une )?adherente?\b|\bancien(?:ne)? adherente?\b"
    r"|\bl'(?:ai|a|avons|ont) (?:pas|plus)\b|\b(?:ne|n') ?l'(?:ai|a) (?:pas|plus)\b"
    r"|\bj'agis pour\b|\b(?:il|elle) agit pour\b|\bpour le compte d|\bau nom d"
    r"|\bc'est pour (?:ma|mon|mes|un|une|sa|son|ses)\b"
    r"|\bsai[st] pas\b|\b(?:connai[st]|trouve|retrouve|rappelle|souvien[st]) (?:pas|plus)\b"
)
_IDENTIFIANT = re.compile(
    r"(?<![\w/.])(?:(?P<prefixe>[A-Za-z]{1,4})[ -]?)?"
    r"(?P<corps>[A-Za-z]*\d[A-Za-z\d]*(?:[ -][A-Za-z]*\d[A-Za-z\d]*)*)"
    r"(?![\w/]|[.,]\d)"
)
_SEPARATEURS = re.compile(r"[ -]")
LONGUEUR_MAX_NUMERO = 64
"""The longest membership number kept (the dossier's column): a longer one is refused."""


def _sans_separateurs(identifiant: str) -> str:
    return _SEPARATEURS.sub("", identifiant).upper()


def _lectures(texte: str) -> list[tuple[str, str]]:
    """Return the ways of reading the first identifier-like run of ``texte``.

    A run qualifies with at least 3 digits and 4 characters. The letters just before it
    (``"AB 123456"``) may be a prefix or an ordinary word (``"est 123456"``): both
    readings are returned, the likelier first (a prefix typed in capitals is likely).
    Each reading is a pair: as typed (upper case), and without spaces or dashes.
    """
    for m in _IDENTIFIANT.finditer(texte):
        corps = m["corps"]
        if sum(c.isdigit() for c in corps) < 3 or len(_sans_separateurs(corps)) < 4:
            continue
        sans_prefixe = (corps.upper(), _sans_separateurs(corps))
        if m["prefixe"] is None:
            return [sans_prefixe]
        complet = m[0][m.start("prefixe") - m.start() :]
        avec_prefixe = (complet.upper(), _sans_separateurs(complet))
        if m["prefixe"].isupper():
            return [avec_prefixe, sans_prefixe]
        return [sans_prefixe, avec_prefixe]
    return []


def analyser_numero_adherent(texte: str, format_regex: str | None) -> ResultatNumero:
    """Read a membership number, or the reason for not giving one.

    A number wins over a reason (``"c'est pour ma mère, son numéro est 123456"`` gives
    the number). The number is never required: ``AUCUN`` lets the form move on.

    Args:
        texte: the answer as typed.
        format_regex: the organisation's format, matched in full against the upper-case
            number as typed, then without its spaces and dashes; ``None`` accepts any
            identifier of at least 4 characters with at least 3 digits.

    Returns:
        ``FOURNI`` with the number (upper case, spaces and dashes removed unless the
        format wants them); ``FORMAT_INVALIDE`` with what was read (nothing, for a
        number longer than ``LONGUEUR_MAX_NUMERO``); ``AUCUN`` or ``INTROUVABLE``
        without a number.

    """
    lectures = [lecture for lecture in _lectures(texte) if len(lecture[1]) <= LONGUEUR_MAX_NUMERO]
    if len(_lectures(texte)) > len(lectures):
        return ResultatNumero(None, StatutNumero.FORMAT_INVALIDE)
    if not lectures:
        if _SANS_NUMERO.search(normaliser_sms(texte)) or interpreter_oui_non(texte) is False:
            return ResultatNumero(None, StatutNumero.AUCUN)
        return ResultatNumero(None, StatutNumero.INTROUVABLE)
    if format_regex is None:
        return ResultatNumero(lectures[0][1], StatutNumero.FOURNI)
    for lecture in lectures:
        for candidat in lecture:
            if re.fullmatch(format_regex, candidat):
                return ResultatNumero(candidat, StatutNumero.FOURNI)
    return ResultatNumero(lectures[0][1], StatutNumero.FORMAT_INVALIDE)


# --- nom ---------------------------------------------------------------------------

_AMORCE_NOM = re.compile(
    r"^\W*(?:(?:bonjour|bonsoir)\W+)?"
    r"(?:je m['’ ]?appelle|(?:il|elle) s['’ ]?appelle|moi c['’]est|c['’]est|cest|je suis"
    r"|(?:son|mon) (?:nom|pr[ée]nom) (?:c['’]est|est)|voici|voil[aà]"
    r"|mon nom (?:complet |de famille )?(?:est|c['’]est|:)"
    r"|(?:mes |mon )?(?:nom|pr[ée]noms?)(?: et (?:nom|pr[ée]noms?))?\s*(?:sont|est|:))\s*",
    re.IGNORECASE,
)
_CIVILITE = re.compile(r"^(?:monsieur|madame|mademoiselle|mme|mlle|mr|m\.)(?=\s)\s*", re.IGNORECASE)
_MERCI_FINAL = re.compile(r"\W*\bmerci(?: beaucoup)?\W*$", re.IGNORECASE)
_HORS_NOM = re.compile(r"[^\w\s'’-]|[\d_]")
_SIGNE_ISOLE = re.compile(r"(?<![^\W\d_])['-]|['-](?![^\W\d_])")
_MOT = re.compile(r"[^\W\d_]+")
LONGUEUR_MAX_NOM = 60
MOTS_MAX_NOM = 5
_MOTS_D_UNE_PHRASE = frozenset(
    {"je", "j", "pas", "non", "oui", "fait", "suis", "veux", "voudrais", "pourquoi", "comment",
     "quoi", "merci", "bonjour", "svp", "sais", "ai", "est", "une", "un"}
)  # fmt: skip
"""Words that make an answer a sentence, not a name ("en fait non", "je ne sais pas")."""


def normaliser_nom(texte: str) -> str | None:
    """Turn an answer to "votre nom ?" into a name.

    Lead-ins (``"je m'appelle"``, ``"mon nom est"``, ``"c'est"``), a civility and a final
    ``"merci"`` are dropped; punctuation goes, hyphens and apostrophes inside names stay;
    each part gets a capital: ``"jean-pierre"`` gives ``"Jean-Pierre"``,
    ``"DE LA FONTAINE"`` gives ``"De La Fontaine"``, ``"d'ormesson"`` gives
    ``"D'Ormesson"``.

    Args:
        texte: the answer as typed.

    Returns:
        The name, or ``None`` when the answer holds digits or an e-mail address, is
        empty, has fewer than two letters, is longer than 60 characters or 5 words, or
        holds words of a sentence ("en fait non", "je ne sais pas"): not a name.

    """
    if "@" in texte or any(c.isdigit() for c in texte):
        return None
    nom = _AMORCE_NOM.sub("", texte.strip())
    nom = _CIVILITE.sub("", nom)
    nom = _MERCI_FINAL.sub("", nom).replace("’", "'")
    nom = _SIGNE_ISOLE.sub(" ", _HORS_NOM.sub(" ", nom))
    nom = " ".join(nom.split())
    if len(_MOT.findall(nom)) == 0 or sum(c.isalpha() for c in nom) < 2:
        return None
    if len(nom) > LONGUEUR_MAX_NOM or len(nom.split()) > MOTS_MAX_NOM:
        return None
    if _MOTS_D_UNE_PHRASE & set(_MOT.findall(sans_accents(nom).lower())):
        return None
    return _MOT.sub(lambda m: m[0].capitalize(), nom)


# --- texte libre -------------------------------------------------------------------


def nettoyer_texte_libre(texte: str, longueur_max: int = 2000) -> str | None:
    """Clean a free description before it is stored or put in a letter.

    Whitespace (new lines included) collapses to single spaces, control and invisible
    format characters (categories Cc and Cf) are removed. A text longer than
    ``longueur_max`` is cut at the last word boundary that leaves room for ``"…"``.

    Args:
        texte: the description as typed.
        longueur_max: the maximum length of the result, ``"…"`` included (at least 2).

    Returns:
        The cleaned text, or ``None`` when nothing visible is left.

    Raises:
        ValueError: if ``longueur_max`` is below 2 (a programming error).

    """
    if longueur_max < 2:
        raise ValueError("longueur_max must be >= 2")
    visible = "".join(
        " " if c.isspace() else c
        for c in texte
        if c.isspace() or unicodedata.category(c) not in ("Cc", "Cf")
    )
    propre = " ".join(visible.split())
    if not propre:
        return None
    if len(propre) <= longueur_max:
        return propre
    coupure = propre.rfind(" ", 0, longueur_max)
    if coupure <= 0:
        coupure = longueur_max - 1
    return propre[:coupure] + "…"
