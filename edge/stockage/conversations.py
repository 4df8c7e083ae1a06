"""Retention of Rasa's tracker store: conversations whose last event is too old."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from edge.stockage.schema import creer_moteur

_evenements = sa.table("events", sa.column("sender_id"), sa.column("timestamp"))
"""The two columns of Rasa's ``SQLTrackerStore`` table that retention needs."""


def purger_conversations(url: str, avant: datetime) -> int:
    """Delete every conversation whose last event is older than ``avant``; return how many.

    Args:
        url: SQLAlchemy URL of Rasa's tracker store (table ``events``).
        avant: the limit; events carry Unix timestamps.

    """
    moteur = creer_moteur(url)
    with moteur.begin() as cx:
        if not sa.inspect(cx).has_table("events"):
            return 0
        expirees = (
            sa.select(_evenements.c.sender_id)
            .group_by(_evenements.c.sender_id)
            .having(sa.func.max(_evenements.c.timestamp) < avant.timestamp())
        )
        nombre = len(cx.execute(expirees).all())
        cx.execute(sa.delete(_evenements).where(_evenements.c.sender_id.in_(expirees)))
    moteur.dispose()
    return nombre
