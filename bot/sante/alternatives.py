r"""Compile a long alternation of phrases so that it is tried by first letter.

Python's ``re`` tries every branch of ``\b(?:a|b|…)`` at every word: with the thousand
phrases of :data:`bot.sante.expressions.ORDINAIRES`, most of the detector's time. Grouped
under a lookahead on their first letter (``(?=a)(?:…)|(?=b)(?:…)``), only the branches that
can start with the word's letter are tried. The match is the same: within a letter the
branches keep their order, and a branch that may start with any letter is copied, in its
place, into every group.
"""

from __future__ import annotations

import re
import sre_parse
import string
from typing import Any

_LETTRES = frozenset(string.ascii_lowercase + string.digits)


def _alternatives(source: str) -> list[str]:
    """Split ``source`` on its top-level ``|`` (outside groups, classes and escapes)."""
    morceaux, debut, profondeur, rang, en_classe = [], 0, 0, 0, False
    while rang < len(source):
        signe = source[rang]
        if signe == "\\":
            rang += 2
            continue
        if en_classe:
            en_classe = signe != "]"
        elif signe == "[":
            en_classe = True
        elif signe == "(":
            profondeur += 1
        elif signe == ")":
            profondeur -= 1
        elif signe == "|" and profondeur == 0:
            morceaux.append(source[debut:rang])
            debut = rang + 1
        rang += 1
    morceaux.append(source[debut:])
    return morceaux


def _a_plat(source: str) -> list[str]:
    """The branches of ``source``, a group ``(?:…)`` that is a whole branch opened up."""
    branches = []
    for branche in _alternatives(source):
        interieur = branche[3:-1]
        if branche.startswith("(?:") and branche.endswith(")") and _equilibre(interieur):
            branches += _a_plat(interieur)
        else:
            branches.append(branche)
    return branches


def _equilibre(source: str) -> bool:
    """Tell whether ``source`` closes every group it opens, and none it does not."""
    try:
        re.compile(source)
    except re.error:
        return False
    return True


def _element(operation: str, argument: Any) -> tuple[frozenset[str] | None, bool]:
    """The letters one parsed element can start with (``None``: any); whether it can be empty."""
    if operation in {"AT", "ASSERT", "ASSERT_NOT"}:
        return frozenset(), True
    if operation == "LITERAL":
        return frozenset({chr(argument)}), False
    if operation == "IN":
        lettres: set[str] = set()
        for sorte, valeur in argument:
            if str(sorte) == "LITERAL":
                lettres.add(chr(valeur))
            elif str(sorte) == "RANGE":
                lettres.update(chr(c) for c in range(valeur[0], valeur[1] + 1))
            else:
                return None, False
        return frozenset(lettres), False
    if operation == "SUBPATTERN":
        return _suite(argument[-1])
    if operation == "BRANCH":
        resultats = [_suite(branche) for branche in argument[1]]
        if any(lettres is None for lettres, _ in resultats):
            return None, False
        union = frozenset().union(*(lettres for lettres, _ in resultats if lettres is not None))
        return union, any(vide for _, vide in resultats)
    if operation in {"MAX_REPEAT", "MIN_REPEAT"}:
        repetees, vide = _suite(argument[2])
        return repetees, vide or argument[0] == 0
    return None, False


def _suite(elements: Any) -> tuple[frozenset[str] | None, bool]:
    """The letters a parsed sequence can start with (``None``: any); whether it can be empty."""
    premieres: set[str] = set()
    for operation, argument in elements:
        lettres, vide = _element(str(operation), argument)
        if lettres is None:
            return None, False
        premieres |= lettres
        if not vide:
            return frozenset(premieres), False
    return frozenset(premieres), True


def _premiers(branche: str) -> frozenset[str] | None:
    """The letters ``branche`` can start with, or ``None`` for any."""
    lettres, vide = _suite(sre_parse.parse(branche))
    return None if vide else lettres


def par_premiere_lettre(source: str) -> str:
    """Return the alternation ``source`` rewritten as groups by first letter.

    The groups stand behind a lookahead on all the letters the branches start with, when
    each branch has known first letters (:func:`sous_ses_premieres_lettres`).

    Args:
        source: branches separated by ``|``, each to be tried after a word boundary.

    """
    branches = _a_plat(source)
    premieres = [_premiers(b) for b in branches]
    groupes = []
    for lettre in sorted(_LETTRES):
        choisies = [b for b, p in zip(branches, premieres, strict=True) if p is None or lettre in p]
        if choisies:
            groupes.append(f"(?={lettre})(?:{'|'.join(choisies)})")
    autres = [b for b, p in zip(branches, premieres, strict=True) if p is None or p - _LETTRES]
    return _sous_les_lettres(premieres, "|".join(groupes + autres))


def sous_ses_premieres_lettres(source: str) -> str:
    r"""Return ``source`` behind a lookahead on the letters it can start with.

    ``re`` then skips, with one character class, the positions where no branch can start;
    a rule whose branches open with a lookbehind or ``\b`` is otherwise tried in full at
    every position. The match is the same. A source one of whose branches may start with
    anything (``\w``, ``.``, ``^``) is returned as is.

    Args:
        source: a regular expression, its top-level branches separated by ``|``.

    """
    return _sous_les_lettres([_premiers(branche) for branche in _a_plat(source)], source)


def _sous_les_lettres(premieres: list[frozenset[str] | None], source: str) -> str:
    """``source`` behind a lookahead on ``premieres``, the letters its branches start with."""
    if any(lettres is None for lettres in premieres):
        return source
    lettres = "".join(sorted(frozenset[str]().union(*(p for p in premieres if p is not None))))
    return f"(?=[{re.escape(lettres)}])(?:{source})"
