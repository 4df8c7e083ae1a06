"""The follow-up's second factor, and its lockout per reference.

A returning person gives a reference, then the e-mail left at the record. Whoever tries
addresses one after the other on a reference gets a few tries: after ``ESSAIS_MAX``
wrong ones within ``FENETRE``, the follow-up of that reference (known or not, so the
answer tells nothing about which references exist) is locked until ``FENETRE`` has
passed since the last of them, for every client, even with the right address.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import Enum

ESSAIS_MAX = 5
"""Wrong e-mails on one reference before its follow-up is locked."""

FENETRE = timedelta(hours=1)
"""How far back wrong e-mails count, and how long a lock lasts."""


class IssueSuivi(Enum):
    """What a follow-up request gets."""

    TROUVE = "trouve"
    INTROUVABLE = "introuvable"
    VERROUILLE = "verrouille"


def verrouille(echecs: Sequence[datetime], maintenant: datetime) -> bool:
    """Tell whether the follow-up of a reference is locked, given its wrong e-mails."""
    recents = [e for e in echecs if maintenant - e < FENETRE]
    return len(recents) >= ESSAIS_MAX
