"""Action tests: rasa-sdk's real Tracker and CollectingDispatcher, a fixed today."""

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.organisations import Registre
from edge import contexte
from edge.horloge import Horloge
from edge.messagerie import ExpediteurFichiers

AUJOURDHUI = date(2026, 11, 24)
FabriqueTracker = Callable[..., Tracker]

MEDIATEUR_OUVERT: dict[str, Any] = {
    "qualification": "reclamation",
    "contact_prealable": True,
    "reclamation_ecrite": True,
    "date_reclamation_ecrite": "2026-08-03",
    "reponse_recue": True,
    "reponse_satisfaisante": False,
    "procedure_en_cours": False,
}
"""Slots of a complaint whose answer did not satisfy, within the year: level 3."""


@pytest.fixture(autouse=True)
def contexte_fixe(registre: Registre) -> Iterator[None]:
    contexte.installer(contexte.Contexte(registre=registre, horloge=Horloge(AUJOURDHUI)))
    yield
    contexte.installer(None)


@pytest.fixture
def mails(tmp_path: Path) -> ExpediteurFichiers:
    """E-mails written as .eml files in the test's folder (no SMTP server)."""
    return ExpediteurFichiers(tmp_path / "mails")


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


@pytest.fixture
def tracker() -> FabriqueTracker:
    def fabriquer(
        texte: str = "",
        slots: dict[str, Any] | None = None,
        intent: str = "informer",
        metadata: dict[str, Any] | None = None,
        classement: list[dict[str, Any]] | None = None,
        formulaire: str | None = None,
    ) -> Tracker:
        return Tracker(
            sender_id="test",
            slots={"audience": "public", "donnees_medicales": False, **(slots or {})},
            latest_message={
                "text": texte,
                "intent": {"name": intent, "confidence": 0.9},
                "intent_ranking": classement or [],
                "entities": [],
                "metadata": metadata or {},
            },
            events=[],
            paused=False,
            followup_action=None,
            active_loop={"name": formulaire} if formulaire else {},
            latest_action_name="action_listen",
        )

    return fabriquer


def reponses(dispatcher: CollectingDispatcher) -> list[str]:
    """Names of the responses the action asked for."""
    return [m["response"] for m in dispatcher.messages if m.get("response")]
