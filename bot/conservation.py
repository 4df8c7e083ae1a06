"""Retention rules for personal data (domain brief §7), as pure decisions given today.

Design convention, configurable through ``Durees``:

- a conversation in the tracker store is kept 30 days after its last message;
- a dossier stays active until one year after the first written complaint (the
  mediation window, Code de la consommation L612-2), is then archived with restricted
  access for 5 years (the usual limitation horizon), then deleted;
- a person may ask for erasure; while the dispute is still open (the mediator can still
  be referred) the dossier is restricted instead, and deleted once the window closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from bot.calendrier import ajouter_ans
from bot.echeances import mediateur_au_plus_tard


class Statut(str, Enum):
    """Where a dossier stands in its life."""

    ACTIF = "actif"
    """In use: letter, follow-up, agents' export."""
    RESTREINT = "restreint"
    """Erasure asked while the dispute is open: kept, but no longer used."""
    ARCHIVE = "archive"
    """Past the mediation window: kept with restricted access until deletion."""


class Decision(str, Enum):
    """What the retention rules do with one dossier today."""

    GARDER = "garder"
    ARCHIVER = "archiver"
    SUPPRIMER = "supprimer"


@dataclass(frozen=True)
class Durees:
    """Retention periods (brief §7)."""

    actif_ans: int = 1
    archive_ans: int = 5
    conversations_jours: int = 30


def litige_ouvert(reclamation: date, aujourdhui: date) -> bool:
    """Tell whether the mediator can still be referred, so the dispute may go on.

    Source: Code de la consommation L612-2 (one year from the written complaint).
    """
    return aujourdhui <= mediateur_au_plus_tard(reclamation)


def decider(statut: Statut, reclamation: date, aujourdhui: date, durees: Durees) -> Decision:
    """Apply the retention rules to one dossier.

    Args:
        statut: the dossier's current status.
        reclamation: the date of the first written complaint, where every period starts.
        aujourdhui: today.
        durees: the retention periods.

    Returns:
        ``SUPPRIMER`` past the archive period (or for a restricted dossier whose dispute
        is closed), ``ARCHIVER`` for an active dossier past its active period, else
        ``GARDER``.

    """
    fin_active = ajouter_ans(reclamation, durees.actif_ans)
    fin_archive = ajouter_ans(reclamation, durees.actif_ans + durees.archive_ans)
    if statut is Statut.RESTREINT:
        return Decision.GARDER if litige_ouvert(reclamation, aujourdhui) else Decision.SUPPRIMER
    if aujourdhui > fin_archive:
        return Decision.SUPPRIMER
    if statut is Statut.ACTIF and aujourdhui > fin_active:
        return Decision.ARCHIVER
    return Decision.GARDER


def conversations_expirees_avant(maintenant: datetime, durees: Durees) -> datetime:
    """Conversations whose last message is older than this instant are deleted."""
    return maintenant - timedelta(days=durees.conversations_jours)
