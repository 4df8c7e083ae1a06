"""Rasa's tracker store: retention of its conversations, and erasure of one.

Rasa's ``SQLTrackerStore`` keeps every event of a sender in one table, sessions after
sessions (each opened by a ``session_started`` event). Retention is kept per session,
not per sender: a sender id used again later (a widget that kept it, a script) would
otherwise keep every older session alive for ever.
"""

from __future__ import annotations

from datetime import datetime
from itertools import groupby

import sqlalchemy as sa

from edge.stockage.schema import creer_moteur

_evenements = sa.table(
    "events",
    sa.column("id"),
    sa.column("sender_id"),
    sa.column("type_name"),
    sa.column("timestamp"),
)
"""The columns of Rasa's ``SQLTrackerStore`` table that retention needs."""

_DEBUT_DE_SESSION = "session_started"


def _sessions_expirees(lignes: list[sa.engine.Row], avant: float) -> tuple[int, list[int]]:
    """The sessions whose last event is before ``avant``: how many, and their event ids."""
    nombre, identifiants = 0, []
    for _, evenements in groupby(lignes, key=lambda ligne: ligne.sender_id):
        sessions: list[list[sa.engine.Row]] = []
        for ligne in evenements:
            if not sessions or ligne.type_name == _DEBUT_DE_SESSION:
                sessions.append([])
            sessions[-1].append(ligne)
        for session in sessions:
            if max(e.timestamp for e in session) < avant:
                nombre += 1
                identifiants += [e.id for e in session]
    return nombre, identifiants


def purger_conversations(url: str, avant: datetime) -> int:
    """Delete every conversation session whose last event is older than ``avant``.

    Args:
        url: SQLAlchemy URL of Rasa's tracker store (table ``events``).
        avant: the limit; events carry Unix timestamps.

    Returns:
        How many sessions were deleted.

    """
    moteur = creer_moteur(url)
    with moteur.begin() as cx:
        if not sa.inspect(cx).has_table("events"):
            return 0
        lignes = cx.execute(
            sa.select(_evenements).order_by(_evenements.c.sender_id, _evenements.c.id)
        ).all()
        nombre, identifiants = _sessions_expirees(list(lignes), avant.timestamp())
        for debut in range(0, len(identifiants), 500):
            lot = identifiants[debut : debut + 500]
            cx.execute(sa.delete(_evenements).where(_evenements.c.id.in_(lot)))
    moteur.dispose()
    return nombre


def effacer_conversation(url: str, conversation: str) -> int:
    """Delete every event of one conversation (an erasure request); return how many."""
    moteur = creer_moteur(url)
    with moteur.begin() as cx:
        if not sa.inspect(cx).has_table("events"):
            return 0
        resultat = cx.execute(sa.delete(_evenements).where(_evenements.c.sender_id == conversation))
    moteur.dispose()
    return int(resultat.rowcount)
