"""French date phrases to dates, given "today".

Understands, anywhere in a sentence and in any case, with or without accents:

- written dates: ``"le 3 octobre"``, ``"3 octobre 2025"``, ``"1er mars"``,
  ``"le premier avril"``, ``"le deux mars"``, ``"lundi 3 oct."``, ``"3 févr. 2026"``;
- numeric dates: ``"03/10/2026"``, ``"3/10/26"``, ``"03-10-2026"``, ``"3.10.2026"``,
  ``"2026-10-03"``, and ``"03/10"`` (without a year, slash only: ``"3.10"`` is a number);
- relative dates: ``"aujourd'hui"``, ``"hier"``, ``"avant-hier"``,
  ``"il y a deux mois"`` / ``"3 semaines"`` / ``"10 jours"`` / ``"un an"`` (also
  ``"y a"``, ``"ya"``, ``"ça fait"``, ``"depuis"``), ``"la semaine dernière"`` (7 days
  ago), ``"le mois dernier"`` (one month ago), ``"le 3 du mois dernier"``,
  ``"lundi dernier"`` / ``"lundi"`` (the last Monday strictly before today);
- imprecise dates, read as a range of days (``plage``): ``"début mars"`` (1-10),
  ``"mi-mars"`` (11-20), ``"fin mars"`` (21-end), ``"en mars"``, ``"courant mars"``,
  ``"au mois de mars"`` (the whole month), with an optional year.

Conventions:

- a date without a year is its most recent occurrence on or before today (29 February
  goes back to the last leap year);
- a two-digit year is 20xx; a written date takes only a four-digit year (``"3 octobre 25"``
  reads "3 October" followed by the number 25);
- a weekday alone never means today: said on a Monday, ``"lundi"`` is a week ago;
- ``"lundi prochain"`` is not read at all (a complaint tells what already happened);
- when a sentence holds several dates, they are read left to right.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from dateutil.relativedelta import relativedelta

from bot.texte import normaliser


class ErreurDate(str, Enum):
    """Why a text gave no usable date."""

    INTROUVABLE = "introuvable"
    """No date expression in the text."""
    IMPOSSIBLE = "impossible"
    """A date that does not exist: ``"31 février"``, ``"30/02/2026"``."""
    FUTURE = "future"
    """A real date after today; ``valeur`` still holds it so it can be shown."""


@dataclass(frozen=True)
class ResultatDate:
    """The date read from a text, or why there is none.

    ``valeur`` is set when ``erreur`` is ``None`` or ``FUTURE``.
    """

    valeur: date | None
    erreur: ErreurDate | None = None
    plage: tuple[date, date] | None = None
    """For an imprecise date, the first and last day it may be (``valeur`` is the first,
    the safe side of the one-year limit); ``None`` for an exact date."""

    @property
    def approximative(self) -> bool:
        """Whether the text gave a range of days rather than one day."""
        return self.plage is not None


_Interpretation = Callable[[re.Match[str], date], ResultatDate | None]
"""Turns one regex match into a result, or ``None`` when the match is not a date."""

INTROUVABLE = ResultatDate(None, ErreurDate.INTROUVABLE)
IMPOSSIBLE = ResultatDate(None, ErreurDate.IMPOSSIBLE)

MOIS: dict[str, int] = {
    "janvier": 1, "janv": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2,
    "mars": 3,
    "avril": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil": 7,
    "aout": 8,
    "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
}  # fmt: skip
"""Month names and usual abbreviations, folded (no accents, lower case)."""

JOURS_SEMAINE: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3,
    "vendredi": 4, "samedi": 5, "dimanche": 6,
}  # fmt: skip
"""Weekday names, numbered like ``date.weekday()``."""

_UNITES = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "dix sept": 17, "dix huit": 18, "dix neuf": 19,
}  # fmt: skip


def _nombres_en_lettres() -> dict[str, int]:
    """Spell one to thirty-one in folded French (hyphens already read as spaces)."""
    nombres = dict(_UNITES)
    for dizaine, valeur in (("vingt", 20), ("trente", 30)):
        nombres[dizaine] = valeur
        nombres[f"{dizaine} et un"] = valeur + 1
        for unite in ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"):
            nombres[f"{dizaine} {unite}"] = valeur + _UNITES[unite]
    return {mot: valeur for mot, valeur in nombres.items() if valeur <= 31}


NOMBRES: dict[str, int] = _nombres_en_lettres()
"""Numbers one to thirty-one in words, folded: ``"vingt et un"`` gives 21."""


def _alternative(mots: dict[str, int]) -> str:
    """Build a regex alternation trying the longest words first."""
    return "|".join(re.escape(mot) for mot in sorted(mots, key=len, reverse=True))


_NOMBRE = rf"\d{{1,3}}|{_alternative(NOMBRES)}"
_JOUR = rf"\d{{1,2}}|1 ?er|premier|{_alternative(NOMBRES)}"
_SEMAINE = _alternative(JOURS_SEMAINE)
_FIN_NUMERIQUE = r"(?!\d|[/.-]\d)"

_L_AN_DERNIER = r"(?: (?:de )?(?P<an_dernier>l ?'? ?(?:an|annee) (?:derniere?|passee?)))?"
"""A year given as "l'an dernier", "de l'année passée" after a date (last year)."""
_DATE_EN_LETTRES = re.compile(
    rf"\b(?:(?:{_SEMAINE}) )?(?P<jour>{_JOUR}) (?P<mois>{_alternative(MOIS)})\b\.?"
    rf"(?: (?P<annee>\d{{4}})\b)?{_L_AN_DERNIER}"
)
_DATE_CHIFFREE = re.compile(
    rf"(?<![\d/.-])(?P<jour>\d{{1,2}})(?P<sep>[/.-])(?P<mois>\d{{1,2}})"
    rf"(?:(?P=sep)(?P<annee>\d{{4}}|\d{{2}}))?{_FIN_NUMERIQUE}"
)
_DATE_ISO = re.compile(
    rf"(?<![\d/.-])(?P<annee>\d{{4}})(?P<sep>[-/])(?P<mois>\d{{1,2}})(?P=sep)"
    rf"(?P<jour>\d{{1,2}}){_FIN_NUMERIQUE}"
)
_AUJOURDHUI = re.compile(r"\baujourd ?'? ?hui\b")
_AVANT_HIER = re.compile(r"\bavant hier\b")
_HIER = re.compile(r"\bhier\b")
_IL_Y_A = re.compile(
    r"\b(?:il y ?a|y ?a|ca fait|cela fait|ca va faire|depuis|voila)"
    rf" (?:bientot |presque |plus de |environ |pres de )?(?P<nombre>{_NOMBRE})"
    r" (?P<unite>jours?|semaines?|mois|ans?|annees?)\b"
)
_JOUR_DU_MOIS = re.compile(
    rf"\ble (?P<jour>{_JOUR}) (?:du mois|de ce mois)(?: (?P<dernier>dernier|passe|precedent))?\b"
)
_PARTIES_DU_MOIS = {"debut": (1, 10), "mi": (11, 20), "fin": (21, 31)}
_MOIS_IMPRECIS = re.compile(
    r"\b(?P<moment>debut|mi|fin|en|courant|au mois|le mois|dans le courant du mois)"
    rf" (?:de |d')?(?P<mois>{_alternative(MOIS)})\b\.?(?! (?:jours?|semaines?|mois|ans?)\b)"
    rf"(?: (?P<annee>\d{{4}})\b)?{_L_AN_DERNIER}"
)
_SEMAINE_DERNIERE = re.compile(r"\bla semaine (?:derniere|passee)\b")
_MOIS_DERNIER = re.compile(r"\ble mois (?:dernier|passe)\b")
_JOUR_DE_SEMAINE = re.compile(
    rf"\b(?P<semaine>{_SEMAINE})\b(?: (?:dernier|passe))?(?! prochain| qui vient)"
)


def _entier(mot: str) -> int:
    """Read a day or a count written in digits or in words (``"1er"``, ``"premier"``)."""
    if mot in ("1er", "1 er", "premier"):
        return 1
    return int(mot) if mot.isdigit() else NOMBRES[mot]


def _date_datee(jour: int, mois: int, annee: int, aujourdhui: date) -> ResultatDate:
    """Check a date given with its year: it must exist and not be after today."""
    try:
        valeur = date(annee, mois, jour)
    except ValueError:
        return IMPOSSIBLE
    if valeur > aujourdhui:
        return ResultatDate(valeur, ErreurDate.FUTURE)
    return ResultatDate(valeur)


def derniere_occurrence(jour: int, mois: int, aujourdhui: date) -> ResultatDate:
    """Return the most recent ``jour``/``mois`` on or before ``aujourdhui``.

    Eight years back always include a leap year, so 29 February is found; a day that
    exists in no year (31 February, 31 April, month 13) is ``IMPOSSIBLE``.
    """
    for annee in range(aujourdhui.year, aujourdhui.year - 9, -1):
        try:
            valeur = date(annee, mois, jour)
        except ValueError:
            continue
        if valeur <= aujourdhui:
            return ResultatDate(valeur)
    return IMPOSSIBLE


def _date_complete(jour: int, mois: int, annee: str | None, aujourdhui: date) -> ResultatDate:
    """Resolve day and month with an optional year (two digits meaning 20xx)."""
    if annee is None:
        return derniere_occurrence(jour, mois, aujourdhui)
    siecle = 2000 if len(annee) == 2 else 0
    return _date_datee(jour, mois, siecle + int(annee), aujourdhui)


def _annee_dite(m: re.Match[str], aujourdhui: date) -> str | None:
    """The year a date gives: in digits, or "l'an dernier" (the year before today's)."""
    if m["annee"] is None and m["an_dernier"]:
        return str(aujourdhui.year - 1)
    return m["annee"]


def _en_lettres(m: re.Match[str], aujourdhui: date) -> ResultatDate | None:
    return _date_complete(
        _entier(m["jour"]), MOIS[m["mois"]], _annee_dite(m, aujourdhui), aujourdhui
    )


def _chiffree(m: re.Match[str], aujourdhui: date) -> ResultatDate | None:
    if m["annee"] is None and m["sep"] != "/":
        return None  # "3.10" or "3-10" is more likely a number or a range than a date
    return _date_complete(int(m["jour"]), int(m["mois"]), m["annee"], aujourdhui)


def _iso(m: re.Match[str], aujourdhui: date) -> ResultatDate | None:
    return _date_datee(int(m["jour"]), int(m["mois"]), int(m["annee"]), aujourdhui)


def _il_y_a(m: re.Match[str], aujourdhui: date) -> ResultatDate | None:
    nombre = _entier(m["nombre"])
    unite = m["unite"]
    if unite.startswith("jour"):
        ecart = relativedelta(days=nombre)
    elif unite.startswith("semaine"):
        ecart = relativedelta(weeks=nombre)
    elif unite == "mois":
        ecart = relativedelta(months=nombre)
    else:
        ecart = relativedelta(years=nombre)
    return ResultatDate(aujourdhui - ecart)


def _jour_du_mois(m: re.Match[str], aujourdhui: date) -> ResultatDate | None:
    """``"le 3 du mois dernier"``: that day of last month; ``"le 3 de ce mois"``: this one."""
    mois = aujourdhui - relativedelta(months=1) if m["dernier"] else aujourdhui
    return _date_datee(_entier(m["jour"]), mois.month, mois.year, aujourdhui)


def _mois_imprecis(m: re.Match[str], aujourdhui: date) -> ResultatDate | None:
    """A part of a month, or a whole month, as a range of days up to today at most.

    Without a year, the most recent such month whose first day is not after today.
    """
    mois = MOIS[m["mois"]]
    premier, dernier = _PARTIES_DU_MOIS.get(m["moment"], (1, 31))
    annee_dite = _annee_dite(m, aujourdhui)
    if annee_dite is not None:
        annee = int(annee_dite)
    else:
        annee = aujourdhui.year if mois <= aujourdhui.month else aujourdhui.year - 1
    fin_du_mois = (date(annee, mois, 1) + relativedelta(months=1, days=-1)).day
    debut = date(annee, mois, min(premier, fin_du_mois))
    if debut > aujourdhui:
        return ResultatDate(debut, ErreurDate.FUTURE)
    fin = min(date(annee, mois, min(dernier, fin_du_mois)), aujourdhui)
    return ResultatDate(debut, plage=(debut, fin))


def _jour_de_semaine(m: re.Match[str], aujourdhui: date) -> ResultatDate | None:
    recul = (aujourdhui.weekday() - JOURS_SEMAINE[m["semaine"]]) % 7 or 7
    return ResultatDate(aujourdhui - timedelta(days=recul))


def _il_y_a_jours(jours: int) -> _Interpretation:
    """Interpret a fixed phrase meaning ``jours`` days ago."""
    return lambda _m, aujourdhui: ResultatDate(aujourdhui - timedelta(days=jours))


_MOTIFS: tuple[tuple[re.Pattern[str], _Interpretation], ...] = (
    (_DATE_EN_LETTRES, _en_lettres),
    (_DATE_CHIFFREE, _chiffree),
    (_DATE_ISO, _iso),
    (_AUJOURDHUI, _il_y_a_jours(0)),
    (_AVANT_HIER, _il_y_a_jours(2)),
    (_HIER, _il_y_a_jours(1)),
    (_IL_Y_A, _il_y_a),
    (_JOUR_DU_MOIS, _jour_du_mois),
    (_MOIS_IMPRECIS, _mois_imprecis),
    (_SEMAINE_DERNIERE, _il_y_a_jours(7)),
    (_MOIS_DERNIER, lambda _m, auj: ResultatDate(auj - relativedelta(months=1))),
    (_JOUR_DE_SEMAINE, _jour_de_semaine),
)


def analyser_dates(texte: str, aujourdhui: date) -> tuple[ResultatDate, ...]:
    """Read every date expression of ``texte``, left to right.

    When two expressions overlap (``"lundi 3 octobre"`` is also ``"lundi"``), the one
    starting first wins, then the longest.

    Args:
        texte: a free French message.
        aujourdhui: the current date, the reference for years and relative phrases.

    Returns:
        One result per expression found (possibly ``IMPOSSIBLE`` or ``FUTURE``); empty
        when the text holds no date.

    """
    replie = normaliser(texte)
    trouvees: list[tuple[int, int, ResultatDate]] = []
    for motif, interpreter in _MOTIFS:
        for m in motif.finditer(replie):
            resultat = interpreter(m, aujourdhui)
            if resultat is not None:
                trouvees.append((m.start(), -m.end(), resultat))
    retenues: list[ResultatDate] = []
    fin_precedente = 0
    for debut, moins_fin, resultat in sorted(trouvees, key=lambda t: (t[0], t[1])):
        if debut >= fin_precedente:
            retenues.append(resultat)
            fin_precedente = -moins_fin
    return tuple(retenues)


def analyser_date(texte: str, aujourdhui: date) -> ResultatDate:
    """Read the first date of a French message.

    Today being 24 November 2026, ``"le 3 décembre"`` gives 3 December 2025,
    ``"le 24 novembre"`` gives 24 November 2026, ``"il y a deux mois"`` gives
    24 September 2026 and ``"le 31 février"`` is ``IMPOSSIBLE``.

    Args:
        texte: a free French message, e.g. ``"j'ai écrit le 3 octobre"``.
        aujourdhui: the current date, the reference for years and relative phrases.

    Returns:
        The date, with ``erreur`` ``None``; or ``FUTURE`` with the date still set;
        or ``IMPOSSIBLE`` / ``INTROUVABLE`` with no date.

    """
    dates = analyser_dates(texte, aujourdhui)
    return dates[0] if dates else INTROUVABLE


_JOUR_SEUL = re.compile(
    rf"^(?:(?:c'etait|c'est|le|plutot|vers le|autour du)\s)*(?P<jour>{_JOUR})\b"
)


def jour_dans_la_plage(texte: str, plage: tuple[date, date]) -> date | None:
    """Read the exact day of a range already given: ``"le 12"`` in ``"fin septembre"``.

    A full date inside the range is read too (``"le 24 septembre"``); a day outside
    the range, or no day, gives ``None``.
    """
    debut, fin = plage
    complete = analyser_date(texte, fin)
    if complete.erreur is None and complete.valeur is not None and not complete.approximative:
        return complete.valeur if debut <= complete.valeur <= fin else None
    seul = _JOUR_SEUL.match(normaliser(texte))
    if seul is None:
        return None
    try:
        jour = debut.replace(day=_entier(seul["jour"]))
    except ValueError:
        return None
    return jour if debut <= jour <= fin else None
