"""Jeanne Dupont's complaint, recorded on a real SQLite database (fixtures in conftest.py)."""

from datetime import date, datetime
from typing import Any

from bot.dossiers import Depot, Dossier, Reclamation
from bot.horloge import FUSEAU
from bot.organisations import Registre
from bot.orientation import orienter
from bot.parcours import Reponses, construire_faits

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
    **champs: Any,
) -> tuple[Dossier, str]:
    """Record a complaint as the conversation does: orientation for the day of the record."""
    r = reclamation(**champs)
    faits = construire_faits(r.reponses, registre[r.organisation], maintenant.date())
    return depot.enregistrer(r, orienter(faits), maintenant, transmettre=transmettre)
