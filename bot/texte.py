"""Text helpers shared by the parsers of free French answers.

The parsers (dates, yes/no, facts, health details) match patterns on a *folded* form of
the message: lower case, no accents, one kind of apostrophe, single spaces. The folded
form is for matching only; what is stored or shown is always taken from the original
text.
"""

from __future__ import annotations

import re
import unicodedata

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
