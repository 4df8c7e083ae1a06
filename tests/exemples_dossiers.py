"""Jeanne Dupont's complaint, recorded on a real SQLite database (fixtures in conftest.py),
and conversations saved by the project's own tracker store."""

import asyncio
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.calendrier import FUSEAU
from bot.dossier import Cas, Dossier, Reclamation
from bot.organisations import Registre
from bot.orientation import orienter
from bot.parcours import Reponses, construire_faits
from bot.verification import Verification
from edge.stockage.depot import Depot
from rasa_addons.tracker_store import RedactingSQLTrackerStore

MAINTENANT = datetime(2026, 11, 24, 10, 30, tzinfo=FUSEAU)
"""When the example complaints are recorded (RECOURS_TODAY of the end-to-end tests)."""


def ecrite_le(jour: date, **reponses: Any) -> Reponses:
    """Answers of someone who sent a written complaint on ``jour``."""
    return Reponses(
        contact_prealable=True, reclamation_ecrite=True, date_reclamation_ecrite=jour, **reponses
    )


def reclamation(organisation: str = "mutex", **champs: Any) -> Reclamation:
    """Jeanne Dupont's complaint; ``champs`` replace fields, ``reponses`` included."""
    valeurs: dict[str, Any] = {
        "organisation": organisation,
        "numero_adherent": None,
        "nom": "Dupont",
        "prenom": "Jeanne",
        "email": "jeanne.dupont@exemple.fr",
        "nature": "Le remboursement de mes lunettes a été refusé",
        "pieces": "la facture et le courrier de refus",
        "reponses": Reponses(contact_prealable=True, reclamation_ecrite=False),
        **champs,
    }
    return Reclamation(**valeurs)


def enregistrer(
    depot: Depot,
    registre: Registre,
    maintenant: datetime = MAINTENANT,
    *,
    transmettre: bool = False,
    verification: Verification | None = None,
    cas: Cas | None = None,
    **champs: Any,
) -> tuple[Dossier, str]:
    """Record a complaint as the conversation does: orientation for the day of the record.

    With ``verification`` (the address proven), its dated copy is queued too.
    """
    r = reclamation(**champs)
    faits = construire_faits(r.reponses, registre[r.organisation], maintenant.date())
    return depot.enregistrer(
        r,
        orienter(faits),
        maintenant,
        transmettre=transmettre,
        verification=verification,
        cas=cas,
    )


def conversation(
    base: Path, expediteur: str, dernier_message: datetime, *, nouvelle_session: bool = False
) -> None:
    """Save a two-message conversation (the first one medical) in a SQLite tracker store.

    With ``nouvelle_session``, the messages open a new session of a stored conversation.
    """
    store = RedactingSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(base))
    instant = dernier_message.timestamp()
    evenements = [
        UserUttered("mon cancer n'est pas remboursé", timestamp=instant - 60),
        UserUttered("ma mutuelle ne répond pas", timestamp=instant),
    ]
    if nouvelle_session:
        stocke = asyncio.run(store.retrieve_full_tracker(expediteur))
        anciens = list(stocke.events) if stocke else []
        debut = SessionStarted(timestamp=instant - 120)
        tracker = DialogueStateTracker.from_events(expediteur, [*anciens, debut, *evenements])
    else:
        tracker = DialogueStateTracker.from_events(expediteur, evenements)
    asyncio.run(store.save(tracker))
