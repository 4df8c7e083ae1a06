"""The reminders of a recorded complaint: which ones apply, and which one is due today.

Design convention, on the dates the engine computed (``bot.echeances``):

- ``accuse_reception``: the day after the acknowledgement's last day (the day is over:
  did it come?), only when no answer had come when the dossier was recorded;
- ``mediateur``: the day the mediator can be referred for want of an answer (the day
  after the extended 2-month date), only when no answer had come and no court or other
  mediator has the dispute;
- ``limite_un_an``: one month before the one-year limit to refer the mediator
  (Code de la consommation L612-2), unless the answer satisfied the person or a court
  or another mediator has the dispute.

A reminder dated on or before the record is dropped (the dated copy already gives its
date). When runs were missed, only the latest reminder due is sent: an older one would
say something the latest already supersedes. Nothing is due after the one-year limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from dateutil.relativedelta import relativedelta

from bot.dossier import Dossier


class Nature(str, Enum):
    """What an e-mail of a dossier is; each is sent at most once per dossier."""

    COPIE = "copie"
    """The dated copy, sent when the dossier is recorded."""
    ACCUSE_RECEPTION = "accuse_reception"
    MEDIATEUR = "mediateur"
    LIMITE_UN_AN = "limite_un_an"


class Arret(str, Enum):
    """Why the reminders of a dossier stopped (a link in every e-mail)."""

    REGLE = "regle"
    """"C'est réglé": the person says the matter is settled."""
    DESABONNE = "desabonne"
    """"Ne plus recevoir": the person wants no more e-mails."""


@dataclass(frozen=True)
class Rappel:
    """One reminder of a dossier and the day it is due."""

    nature: Nature
    le: date


def rappels_prevus(dossier: Dossier) -> tuple[Rappel, ...]:
    """The reminders that apply to ``dossier``, in date order."""
    reponses = dossier.reclamation.reponses
    echeances = dossier.orientation_au_suivi(dossier.date_reclamation).echeances
    assert echeances is not None  # a recorded dossier is a complaint
    prevus: list[Rappel] = []
    if not reponses.reponse_recue:
        lendemain = echeances.accuse_reception_au_plus_tard + timedelta(days=1)
        prevus.append(Rappel(Nature.ACCUSE_RECEPTION, lendemain))
    mediateur_ouvert = not reponses.procedure_en_cours and not (
        reponses.reponse_recue and reponses.reponse_satisfaisante
    )
    if mediateur_ouvert and not reponses.reponse_recue:
        prevus.append(Rappel(Nature.MEDIATEUR, echeances.mediateur_a_partir_du))
    if mediateur_ouvert:
        prevus.append(
            Rappel(Nature.LIMITE_UN_AN, echeances.mediateur_au_plus_tard - relativedelta(months=1))
        )
    enregistre = dossier.cree_le.date()
    return tuple(sorted((r for r in prevus if r.le > enregistre), key=lambda r: r.le))


def rappel_du(dossier: Dossier, aujourdhui: date) -> Rappel | None:
    """The reminder due on ``aujourdhui`` (the latest one whose day has come), if any."""
    echeances = dossier.orientation_au_suivi(dossier.date_reclamation).echeances
    assert echeances is not None
    if aujourdhui > echeances.mediateur_au_plus_tard:
        return None
    venus = [r for r in rappels_prevus(dossier) if r.le <= aujourdhui]
    return venus[-1] if venus else None
