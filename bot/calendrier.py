"""French legal calendar: public holidays, jours ouvrables, month arithmetic, extension.

Counting conventions follow the Code de procédure civile, articles 641 and 642, used by
analogy for complaint deadlines (domain brief §4):

- *jours ouvrables* are Monday to Saturday, public holidays excluded (not to be confused
  with *jours ouvrés*, Monday to Friday);
- the starting day is not counted;
- a deadline expressed in months ends on the same day number, or on the last day of the
  month when that day does not exist;
- a deadline that ends on a Saturday, a Sunday or a public holiday is extended to the
  next day that is none of these (CPC 642).
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

FUSEAU = ZoneInfo("Europe/Paris")
"""The time zone of every French date the assistant tells (times are stored in UTC)."""

SAMEDI = 5
DIMANCHE = 6


class Region(str, Enum):
    """Calendar regions with different public holidays."""

    NATIONAL = "national"
    ALSACE_MOSELLE = "alsace-moselle"


@lru_cache(maxsize=512)
def jours_feries(annee: int, region: Region = Region.NATIONAL) -> frozenset[date]:
    """Return the public holidays of one year.

    Source: Code du travail L3133-1 (national list); Code du travail L3134-13
    (Alsace-Moselle adds Good Friday and 26 December). Easter from ``dateutil.easter``.
    """
    paques = easter(annee)
    feries = {
        date(annee, 1, 1),
        paques + timedelta(days=1),  # lundi de Pâques
        date(annee, 5, 1),
        date(annee, 5, 8),
        paques + timedelta(days=39),  # Ascension
        paques + timedelta(days=50),  # lundi de Pentecôte
        date(annee, 7, 14),
        date(annee, 8, 15),
        date(annee, 11, 1),
        date(annee, 11, 11),
        date(annee, 12, 25),
    }
    if region is Region.ALSACE_MOSELLE:
        feries |= {paques - timedelta(days=2), date(annee, 12, 26)}
    return frozenset(feries)


def est_ferie(jour: date, region: Region = Region.NATIONAL) -> bool:
    """Tell whether ``jour`` is a public holiday in ``region``."""
    return jour in jours_feries(jour.year, region)


def est_jour_ouvrable(jour: date, region: Region = Region.NATIONAL) -> bool:
    """Tell whether ``jour`` is a jour ouvrable: Monday to Saturday, not a holiday."""
    return jour.weekday() != DIMANCHE and not est_ferie(jour, region)


def ajouter_jours_ouvrables(depart: date, nombre: int, region: Region = Region.NATIONAL) -> date:
    """Return the date ``nombre`` jours ouvrables after ``depart``.

    The starting day itself is not counted (CPC 641): counting starts the next day.
    ``nombre`` must be positive or zero (zero returns ``depart``).
    """
    if nombre < 0:
        raise ValueError("nombre must be >= 0")
    jour = depart
    restants = nombre
    while restants:
        jour += timedelta(days=1)
        if est_jour_ouvrable(jour, region):
            restants -= 1
    return jour


def ajouter_mois(depart: date, nombre: int) -> date:
    """Return the date ``nombre`` months after ``depart`` (CPC 641, end-of-month rule).

    The deadline ends on the same day number; when that day does not exist, on the last
    day of the month (31 December + 2 months = 28 or 29 February).
    """
    return depart + relativedelta(months=nombre)


def ajouter_ans(depart: date, nombre: int) -> date:
    """Return the date ``nombre`` years after ``depart`` (29 February gives 28 February)."""
    return depart + relativedelta(years=nombre)


def proroger_au_jour_ouvrable(echeance: date, region: Region = Region.NATIONAL) -> date:
    """Extend a deadline ending on a Saturday, Sunday or holiday (CPC 642).

    The deadline moves to the next day that is neither a Saturday, a Sunday nor a
    public holiday; a deadline ending on a working weekday is returned unchanged.
    """
    jour = echeance
    while jour.weekday() in (SAMEDI, DIMANCHE) or est_ferie(jour, region):
        jour += timedelta(days=1)
    return jour
