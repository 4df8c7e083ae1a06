"""The clock, read once at the edge: ``RECOURS_TODAY`` or today in Europe/Paris."""

from __future__ import annotations

import os
from datetime import date, datetime
from zoneinfo import ZoneInfo

FUSEAU = ZoneInfo("Europe/Paris")


def aujourdhui() -> date:
    """Today's date: ``RECOURS_TODAY`` (YYYY-MM-DD) when set, else today in Europe/Paris.

    Raises:
        ValueError: ``RECOURS_TODAY`` is set but is not a valid ISO date.

    """
    fixe = os.environ.get("RECOURS_TODAY", "").strip()
    if fixe:
        return date.fromisoformat(fixe)
    return datetime.now(FUSEAU).date()
