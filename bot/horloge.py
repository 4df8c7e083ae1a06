"""The clock, read once at the edge: ``RECOURS_TODAY`` or now in Europe/Paris."""

from __future__ import annotations

import os
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

FUSEAU = ZoneInfo("Europe/Paris")


def maintenant() -> datetime:
    """Now in Europe/Paris; with ``RECOURS_TODAY`` (YYYY-MM-DD), that day at the current time.

    Raises:
        ValueError: ``RECOURS_TODAY`` is set but is not a valid ISO date.

    """
    instant = datetime.now(FUSEAU)
    fixe = os.environ.get("RECOURS_TODAY", "").strip()
    if fixe:
        return datetime.combine(date.fromisoformat(fixe), instant.timetz())
    return instant


def aujourdhui() -> date:
    """Today's date in Europe/Paris, or ``RECOURS_TODAY`` when set (see ``maintenant``)."""
    return maintenant().date()


def debut_du_jour(jour: date) -> datetime:
    """Midnight at the start of ``jour`` in Europe/Paris."""
    return datetime.combine(jour, time(0), FUSEAU)
