"""Text helpers shared by the parsers of free French answers.

The parsers (dates, yes/no, facts, health details) match patterns on a *folded* form of
the message: lower case, no accents, one kind of apostrophe, single spaces. The folded
form is for matching only; what is stored or shown is always taken from the original
text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_TIRETS = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-"})
_TIRET_ENTRE_LETTRES = re.compile(r"(?<=[a-z])-(?=[a-z])")

FIN_DE_PHRASE = r"[!?;]|\.(?!\d| \d)"
"""Regex source of a sentence end in folded text: ``!``, ``?``, ``;``, or a full stop
that is not followed by a digit (``"3.10.2026"`` and ``"3 févr. 2026"`` stay whole)."""


def sans_accents(texte: str) -> str:
    """Return ``texte`` without diacritics (``"Févr. Œuvre"`` gives ``"Fevr. OEuvre"``).

    Uses the compatibility decomposition (NFKD), so ``"1ᵉʳ"`` also becomes ``"1er"``.
    Ligatures œ and æ are spelled out. The result may be longer than ``texte``.
    """
    decompose = unicodedata.normalize("NFKD", texte.translate(_LIGATURES))
    return "".join(c for c in decompose if not unicodedata.combining(c))


def normaliser(texte: str) -> str:
    """Fold a message for pattern matching.

    Lower case, no accents, typographic apostrophes and dashes unified, a hyphen between
    two letters read as a space (``"avant-hier"``, ``"burn-out"``, ``"dix-sept"``),
    whitespace collapsed to single spaces. Hyphens between digits (``"2026-10-03"``)
    are kept.
    """
    replie = sans_accents(texte).translate(_APOSTROPHES).translate(_TIRETS).casefold()
    replie = _TIRET_ENTRE_LETTRES.sub(" ", replie)
    return " ".join(replie.split())


_ECRIT_SMS = {
    "jai": "ai",
    "jsui": "suis",
    "jsuis": "suis",
    "chui": "suis",
    "jveux": "veux",
    "jvoudrai": "voudrais",
    "jpeux": "peux",
    "jme": "me",
    "jle": "le",
    "jsais": "sais",
    "pa": "pas",
    "ps": "pas",
    "rep": "reponse",
    "rep.": "reponse",
    "tjrs": "toujours",
    "tjr": "toujours",
    "tjs": "toujours",
    "pb": "probleme",
    "pbm": "probleme",
    "pk": "pourquoi",
    "pq": "pourquoi",
    "koi": "quoi",
    "kwa": "quoi",
    "ke": "que",
    "ki": "qui",
    "kan": "quand",
    "qd": "quand",
    "qand": "quand",
    "bcp": "beaucoup",
    "mtn": "maintenant",
    "dc": "donc",
    "ds": "dans",
    "pr": "pour",
    "pour.": "pour",
    "ns": "nous",
    "vs": "vous",
    "tt": "tout",
    "tte": "toute",
    "tts": "tous",
    "stp": "svp",
    "slt": "salut",
    "bjr": "bonjour",
    "bsr": "bonsoir",
    "mrc": "merci",
    "mci": "merci",
    "msg": "message",
    "mail": "email",
    "mel": "email",
    "courriel": "email",
    "remb": "remboursement",
    "rembour": "remboursement",
    "rembt": "remboursement",
    "mediatrice": "mediateur",
    "ya": "a",
    "yavait": "avait",
    "c": "est",
    "cest": "est",
    "ct": "etait",
    "g": "ai",
    "oci": "aussi",
    "auj": "aujourd'hui",
    "ajd": "aujourd'hui",
    "dsl": "desole",
    "svp.": "svp",
}
"""SMS spellings and clipped words people type, each to the word it stands for (folded).
Written for this project from common French SMS usage; only whole tokens are replaced."""


def forme_normale(mot: str) -> str:
    """The folded form of one word for the classifier: accents, case and SMS spelling.

    ``"Réponse"`` and ``"rep"`` both give ``"reponse"``; ``"jai"`` gives ``"ai"``, the
    word ``"j'ai"`` becomes once split on its apostrophe.
    """
    replie = normaliser(mot)
    return _ECRIT_SMS.get(replie, replie)


_SMS_POUR_LES_ANALYSEURS = {
    "jai": "j'ai",
    "g": "j'ai",
    "jen": "j'en",
    "jlai": "je l'ai",
    "jsui": "je suis",
    "jsuis": "je suis",
    "chui": "je suis",
    "pa": "pas",
    "ps": "pas",
    "jamai": "jamais",
    "tjrs": "toujours",
    "tjr": "toujours",
    "tjs": "toujours",
    "rep": "reponse",
    "nn": "non",
    "ui": "oui",
    "wi": "oui",
    "cest": "c'est",
    "ct": "c'etait",
}
"""SMS spellings spelled out for the answer parsers, which match whole phrases
("j'ai", "je suis"), unlike the classifier's one-word forms (``_ECRIT_SMS``)."""


def normaliser_sms(texte: str) -> str:
    """Fold a message like ``normaliser``, with SMS spellings spelled out for the parsers.

    ``"g appelé, tjrs pa de rep"`` gives ``"j'ai appele, toujours pas de reponse"``.
    """
    return " ".join(
        _SMS_POUR_LES_ANALYSEURS.get(mot.rstrip(",.;:!?"), mot.rstrip(",.;:!?"))
        + mot[len(mot.rstrip(",.;:!?")) :]
        for mot in normaliser(texte).split()
    )


def cle_phonetique(mot: str) -> str:
    """A folded word's sound, roughly: what spellings of one French word have in common.

    Doubled letters, silent endings (``-s``, ``-x``, ``-t``, ``-d``, a final ``e``) and
    the endings heard as ``é`` (``-er``, ``-ez``, ``-et``, ``-ai``) are dropped or merged;
    ``c`` is read ``s`` or ``k``. ``"courrier"``, ``"courier"`` and ``"courié"`` (folded
    ``"courie"``) share one key, as do ``"envoyé"`` and ``"envoyer"``.
    """
    cle = mot.replace("ph", "f").replace("qu", "k")
    cle = re.sub(r"c(?=[eiy])", "s", cle).replace("c", "k")
    cle = re.sub(r"(.)\1+", r"\1", cle)
    cle = re.sub(r"[sx]$", "", cle)
    cle = re.sub(r"(?:er|ez|et|ai)$", "e", cle)
    cle = re.sub(r"[td]$", "", cle)
    return cle.rstrip("e") or mot


def _une_faute(mot: str, cible: str) -> bool:
    """Whether ``mot`` is ``cible`` with one letter dropped, added, changed or swapped."""
    if mot == cible or abs(len(mot) - len(cible)) > 1:
        return False
    pareilles = (a == b for a, b in zip(mot, cible, strict=False))
    i = next((i for i, pareil in enumerate(pareilles) if not pareil), min(len(mot), len(cible)))
    return (
        mot[i + 1 :] == cible[i + 1 :]
        or mot[i:] == cible[i + 1 :]
        or mot[i + 1 :] == cible[i:]
        or (mot[i : i + 2] == cible[i : i + 2][::-1] and mot[i + 2 :] == cible[i + 2 :])
    )


_LONGUEUR_MIN_FAUTE = 7
"""Shorter words are too close to other words ("lettre", "mettre") to allow a typo."""

_AUXILIAIRE = re.compile(
    r"(\b(?:j'|(?:je|tu|il|elle|on|nous|vous|ils|elles|qui) )"
    r"(?:(?:ne |n'|leur |lui |les |l'|m'|me |vous |nous |y |en ))*"
    r"(?:ai|as|a|avons|avez|ont|avais|avait|avaient)"
    r"(?: (?:deja|bien|pas|jamais|encore|toujours|rien|meme|aussi|plus))* )([a-z]+)\b"
)
"""A subject and a form of *avoir*, then the word that should be its past participle."""


def corriger_fautes(texte: str, mots: Iterable[str], participes: Iterable[str] = ()) -> str:
    """Spell the few words a parser looks for as it expects them, whatever the typos.

    On folded text (``normaliser``): a word that sounds like one of ``mots``
    (``cle_phonetique``; the shortest when several sound alike), or is one of seven
    letters or more with one typo ("reclamtion"), is replaced by it; a word after a
    subject and *avoir* that sounds like one of ``participes`` becomes that participle
    ("j'ai envoyer" gives "j'ai envoye"), but "je dois envoyer" is left alone. Other
    words are kept.
    """
    connus = set(mots)
    par_cle: dict[str, str] = {}
    for mot in sorted(connus, key=lambda mot: (len(mot), mot)):
        par_cle.setdefault(cle_phonetique(mot), mot)
    longs = [mot for mot in par_cle.values() if len(mot) >= _LONGUEUR_MIN_FAUTE]

    def corriger(m: re.Match[str]) -> str:
        mot = m.group()
        if mot in connus or len(mot) < 4:
            return mot
        proche = par_cle.get(cle_phonetique(mot))
        if proche is None and len(mot) >= _LONGUEUR_MIN_FAUTE - 1:
            proches = [cible for cible in longs if _une_faute(mot, cible)]
            proche = proches[0] if len(proches) == 1 else None
        return proche or mot

    participe_par_cle = {cle_phonetique(p): p for p in participes}

    def accorder(m: re.Match[str]) -> str:
        return m.group(1) + participe_par_cle.get(cle_phonetique(m.group(2)), m.group(2))

    return _AUXILIAIRE.sub(accorder, re.sub(r"[a-z]+", corriger, texte))
