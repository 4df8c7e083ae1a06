"""One-edit fuzzy matching: a misspelt lexicon word still counts ("diabette", "canser").

Edits are those of the Damerau-Levenshtein distance restricted to one operation
(insertion, deletion, substitution, or the transposition of two adjacent letters),
found with the symmetric-deletion method of SymSpell (Wolf Garbe, 2012): a word and
every word one edit away share a string obtained by deleting at most one letter from
each, so an index of those deletions finds the candidates without scanning the lexicon,
and :func:`a_une_faute_pres` confirms them.

:func:`phonetique` also folds the spellings of one sound ("schizofrénie",
"diabétik", "asmatique"), so that a phonetic spelling counts as one edit or less.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

LONGUEUR_MINIMALE = 6
"""Lexicon words shorter than this are matched exactly only ("otite", "zona", "sida"):
one edit away from a short word there are too many ordinary words."""


_SONS = (
    (re.compile(r"ique$"), "ik"),
    (re.compile(r"aque$"), "ak"),
    (re.compile(r"c$"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ch(?=[lr])"), "k"),
    (re.compile(r"sch"), "sk"),
    (re.compile(r"e?au"), "o"),
    (re.compile(r"[ae]i(?=[^n]|$)"), "e"),
    (re.compile(r"(?<![cs])h"), ""),
    (re.compile(r"qu|ck|c(?=[aoulrt])"), "k"),
    (re.compile(r"ill(?=e)"), "iy"),
    (re.compile(r"[ck]s|x"), "x"),
    (re.compile(r"y"), "i"),
    (re.compile(r"tion"), "sion"),
    (re.compile(r"c(?=[ei])|z"), "s"),
    (re.compile(r"(.)\1"), r"\1"),
    (re.compile(r"[ae]in(?![aeiouy])|ein(?![aeiouy])"), "in"),
    (re.compile(r"e([nm])(?![aeiouyn])"), r"a\1"),
    (re.compile(r"(?<=.{4})e$"), ""),
)


@lru_cache(maxsize=1 << 16)
def phonetique(mot: str) -> str:
    """Fold the French spellings of one sound (ph/f, ai/è, au/o, qu/k, c/s, doubled letters).

    Also sch/sk, chl/kl and chr/kr, cl/kl, cs/ks/x, ille/iye, y/i, z/s, -tion/-sion, en/an,
    ain/ein/in and a final silent e (``"anorecsie"`` sounds like ``"anorexie"``, ``"skleroz"`` like
    ``"sclerose"``, ``"ansainte"`` like ``"enceinte"``).

    ``"schizophrenie"`` and ``"schizofrenie"`` give ``"schizofrenie"``;
    ``"diabetique"``, ``"diabetic"`` and ``"diabetik"`` give ``"diabetik"``;
    ``"asthmatique"`` gives ``"astmatik"``, one edit from ``"asmatique"``'s;
    ``"bipolère"`` sounds like ``"bipolaire"``, ``"skizofrène"`` like ``"schizophrène"``.
    """
    for motif, son in _SONS:
        mot = motif.sub(son, mot)
    return mot


def _suppressions(mot: str) -> set[str]:
    return {mot[:i] + mot[i + 1 :] for i in range(len(mot))}


def a_une_faute_pres(a: str, b: str) -> bool:
    """Tell whether ``a`` and ``b`` differ by exactly one edit (Damerau, adjacent swaps)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        ecarts = [i for i in range(len(a)) if a[i] != b[i]]
        if len(ecarts) == 1:
            return True
        return (
            len(ecarts) == 2
            and ecarts[1] == ecarts[0] + 1
            and a[ecarts[0]] == b[ecarts[1]]
            and a[ecarts[1]] == b[ecarts[0]]
        )
    court, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(court) and court[i] == long[i]:
        i += 1
    return court[i:] == long[i + 1 :]


@dataclass(frozen=True)
class IndexFlou:
    """Finds a lexicon word one edit away from a token."""

    mots: frozenset[str]
    _par_suppression: dict[str, tuple[str, ...]] = field(repr=False, compare=False)

    @classmethod
    def construire(cls, mots: Iterable[str]) -> IndexFlou:
        """Index the words of at least :data:`LONGUEUR_MINIMALE` letters of ``mots``."""
        retenus = frozenset(m for m in mots if len(m) >= LONGUEUR_MINIMALE)
        index: dict[str, list[str]] = {}
        for mot in sorted(retenus):
            for cle in _suppressions(mot) | {mot}:
                index.setdefault(cle, []).append(mot)
        return cls(retenus, {cle: tuple(v) for cle, v in index.items()})

    def proches(self, token: str) -> list[str]:
        """Return the lexicon words one edit away from ``token``, in alphabetical order.

        None when ``token`` is itself a lexicon word or is shorter than
        :data:`LONGUEUR_MINIMALE` minus one letter.
        """
        if len(token) < LONGUEUR_MINIMALE - 1 or token in self.mots:
            return []
        candidats: set[str] = set()
        for cle in _suppressions(token) | {token}:
            candidats.update(self._par_suppression.get(cle, ()))
        return sorted(c for c in candidats if a_une_faute_pres(token, c))

    def corriger(self, token: str) -> str | None:
        """Return the first lexicon word one edit away from ``token``, or ``None``."""
        proches = self.proches(token)
        return proches[0] if proches else None
