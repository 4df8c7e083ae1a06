"""Rasa's SQL tracker store, with health information redacted before it is written."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

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


ESSAIS_SAUVEGARDE = 10
"""Saves of one turn while the database connection is cut (a restart), 1 s apart."""


class RedactingSQLTrackerStore(SQLTrackerStore):
    """``SQLTrackerStore`` whose new events pass through ``bot.confidentialite`` first.

    On a database server (the production profile) it also outlives a restart of the
    server: pooled connections are tested when checked out (SQLAlchemy's pre-ping), and
    a save cut by the restart is replayed.
    """

    engine: Any

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_en_wal)
        else:
            adresse = self.engine.url
            self.engine.dispose()
            self.engine = create_engine(
                adresse, pool_pre_ping=True, **create_engine_kwargs(adresse)
            )
            self.sessionmaker = sessionmaker(bind=self.engine)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's save, replayed (bounded) when the connection to the database is cut.

        Rasa writes, in one transaction, the events after those already stored: a replay
        after a cut writes exactly what is missing, nothing twice. (An event broker,
        which this project does not configure, would see the replayed events again.)
        """
        for essai in range(ESSAIS_SAUVEGARDE):
            try:
                await super().save(tracker)
                return
            except OperationalError:
                if essai == ESSAIS_SAUVEGARDE - 1:
                    raise
                await asyncio.sleep(1)

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        for evenement in super()._additional_events(session, tracker):
            brut = evenement.as_dict()
            masque = masquer_evenement(brut)
            yield evenement if masque is brut else Event.from_parameters(masque)
