"""Rasa's SQL tracker store, with health information redacted before it is written."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker

from bot.confidentialite import masquer_evenement


class RedactingSQLTrackerStore(SQLTrackerStore):
    """``SQLTrackerStore`` whose new events pass through ``bot.confidentialite`` first."""

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        for evenement in super()._additional_events(session, tracker):
            brut = evenement.as_dict()
            masque = masquer_evenement(brut)
            yield evenement if masque is brut else Event.from_parameters(masque)
