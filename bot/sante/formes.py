"""Word forms for matching: tokens, singular, and the feminine and plural of an entry.

A message and a lexicon entry are compared as sequences of *tokens*: the folded text of
:func:`bot.texte.normaliser` cut into runs of letters, runs of digits and ``%``, so that
``"l'hôpital"`` gives ``l hopital``, ``"burn-out"`` gives ``burn out`` and ``"covid19"``
gives ``covid 19``. Plurals are read by reducing
every token to a singular (:func:`singulier`) on both sides; feminines by generating,
for a one-word entry, its feminine (:func:`feminins`).
"""

from __future__ import annotations

import re

from bot.texte import normaliser

_TOKEN = re.compile(r"[a-z]+|[0-9]+|%")


def tokens(texte: str) -> list[str]:
    """Return the tokens of ``texte`` (folded: lower case, no accents, no apostrophes)."""
    return _TOKEN.findall(normaliser(texte))


def singulier(token: str) -> str:
    """Return a crude singular of a folded token, the same for a word and its plural.

    For tokens of more than four letters (``"dos"``, ``"tous"``, ``"toux"`` stay),
    ``-aux`` becomes ``-al``, a final ``s`` or ``x`` is dropped, then a final ``ee``
    becomes ``e`` (the feminine participle: ``"operees"`` gives ``"opere"``). It is a key
    for matching, not French: ``"psoriasis"`` gives ``"psoriasi"``, but so does every
    spelling of it.
    """
    if len(token) <= 4 or token.endswith("ss"):
        return token
    if token.endswith("aux"):
        return token[:-3] + "al"
    if token[-1] in "sx":
        token = token[:-1]
    return token[:-1] if token.endswith("ee") else token


_FEMININS = (
    ("if", ("ive",)),
    ("eux", ("euse",)),
    ("ien", ("ienne",)),
    ("el", ("elle",)),
    ("er", ("ere",)),
    ("on", ("onne",)),
)


def feminins(mot: str) -> tuple[str, ...]:
    """Return the feminine forms of a folded one-word entry, besides the word itself.

    ``"depressif"`` gives ``"depressive"``, ``"sourd"`` gives ``"sourde"``, and a folded
    word in ``e`` gets ``ee`` (``"opere"`` for "opéré" gives ``"operee"``; the harmless
    ``"epileptiquee"`` comes along). Words of three letters or less (acronyms:
    ``"avc"``, ``"ald"``) have none.
    """
    if len(mot) <= 3 or mot.endswith("ee") or mot[-1].isdigit():
        return ()
    if mot.endswith("e"):
        return (mot + "e",)
    for fin, remplacements in _FEMININS:
        if mot.endswith(fin):
            return (*(mot[: -len(fin)] + r for r in remplacements), mot + "e")
    return (mot + "e",)


def cles(entree: str) -> tuple[str, ...]:
    """Return the matching keys of a lexicon entry: its singular token sequences.

    A one-word entry gives itself and its feminines; a phrase of up to three words gives
    every combination of its words and their feminines ("non voyant", "non voyante"),
    each word reduced to :func:`singulier`, joined by spaces.
    """
    mots = tokens(entree)
    if len(mots) > 3:
        return (" ".join(singulier(m) for m in mots),)
    sequences: list[list[str]] = [[]]
    for mot in mots:
        formes = dict.fromkeys(singulier(f) for f in (mot, *feminins(mot)))
        sequences = [[*debut, f] for debut in sequences for f in formes]
    return tuple(dict.fromkeys(" ".join(s) for s in sequences))
