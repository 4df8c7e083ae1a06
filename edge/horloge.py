"""The clock, read at the edge: now in Europe/Paris, or a fixed day (``RECOURS_TODAY``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time

from bot.calendrier import FUSEAU


def _maintenant_a_paris() -> datetime:
    return datetime.now(FUSEAU)


@dataclass(frozen=True)
class Horloge:
    """Tells the time; with ``jour_fixe``, that day at the current time of day."""

    jour_fixe: date | None = None
    instant: Callable[[], datetime] = field(default=_maintenant_a_paris, repr=False)

    def maintenant(self) -> datetime:
        """Now in Europe/Paris (on ``jour_fixe`` when set)."""
        instant = self.instant()
        if self.jour_fixe is not None:
            return datetime.combine(self.jour_fixe, instant.timetz())
        return instant

    def aujourdhui(self) -> date:
        """Today's date in Europe/Paris, or ``jour_fixe``."""
        return self.maintenant().date()


def debut_du_jour(jour: date) -> datetime:
    """Midnight at the start of ``jour`` in Europe/Paris."""
    return datetime.combine(jour, time(0), FUSEAU)
