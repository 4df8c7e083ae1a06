"""Rasa's SQL tracker store, with health information redacted before it is written."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import event

from bot.confidentialite import masquer_evenement


def _sqlite_en_wal(connexion: Any, _enregistrement: Any) -> None:
    """Write-ahead log, synced at checkpoints: one fsync less per message.

    A crash of the machine may lose the last messages, never corrupt the file; the
    profile of the Rasa server showed the commit's fsync as its largest single cost.
    """
    curseur = connexion.cursor()
    curseur.execute("PRAGMA journal_mode=WAL")
    curseur.execute("PRAGMA synchronous=NORMAL")
    curseur.close()


class RedactingSQLTrackerStore(SQLTrackerStore):
    """``SQLTrackerStore`` whose new events pass through ``bot.confidentialite`` first."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_en_wal)

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        for evenement in super()._additional_events(session, tracker):
            brut = evenement.as_dict()
            masque = masquer_evenement(brut)
            yield evenement if masque is brut else Event.from_parameters(masque)
