"""What a Rasa replica tells an operator: Prometheus metrics and a readiness check.

Each replica keeps its own registry, built on first use (nothing is registered at
import), and serves it at ``GET /metrics`` on its own port, beside Rasa's API. Neither
nginx (production/) nor the Ingress (deploy/) publishes that path: only ``/webhooks/``
and ``/socket.io/`` reach Rasa from outside.

``GET /pret`` answers 200 once the model is loaded and the tracker store and the lock
store answer, 503 otherwise; it needs no token and says nothing but these three facts.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from sqlalchemy import text

DUREES_DE_TOUR = (0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
"""Histogram buckets (seconds): BENCHMARKS.md measures p95 from 80 ms to 1.5 s."""

DELAI_VERIFICATION = 2.0
"""Seconds the stores have to answer the readiness check."""


@dataclass(frozen=True)
class MetriquesRasa:
    """The registry of one replica and its metrics."""

    registre: CollectorRegistry
    messages: Counter
    duree_tour: Histogram
    indisponible: Counter


@cache
def metriques() -> MetriquesRasa:
    """The metrics of this process, created on the first call."""
    registre = CollectorRegistry()
    return MetriquesRasa(
        registre=registre,
        messages=Counter(
            "recours_messages_recus",
            "Messages received by the channels, by channel.",
            ["canal"],
            registry=registre,
        ),
        duree_tour=Histogram(
            "recours_tour_duree_secondes",
            "Time from a message's arrival to the end of its turn, by channel.",
            ["canal"],
            buckets=DUREES_DE_TOUR,
            registry=registre,
        ),
        indisponible=Counter(
            "recours_reponses_service_indisponible",
            "Turns answered utter_service_indisponible (nothing else was produced).",
            registry=registre,
        ),
    )


@contextmanager
def tour(canal: str) -> Iterator[None]:
    """Count one message of ``canal`` and time its turn (failed turns included)."""
    mesures = metriques()
    mesures.messages.labels(canal).inc()
    with mesures.duree_tour.labels(canal).time():
        yield


def _base_repond(tracker_store: Any) -> bool:
    """Whether an SQL tracker store's database answers (any other store: yes)."""
    magasin = getattr(tracker_store, "_tracker_store", tracker_store)
    moteur = getattr(magasin, "engine", None)
    if moteur is None:
        return tracker_store is not None
    with moteur.connect() as connexion:
        connexion.execute(text("SELECT 1"))
    return True


def _verrous_repondent(lock_store: Any) -> bool:
    """Whether a Redis lock store answers a PING (the in-memory one: yes)."""
    client = getattr(lock_store, "red", None)
    return lock_store is not None and (client is None or bool(client.ping()))


async def etat(agent: Any) -> dict[str, bool]:
    """The three facts ``/pret`` reports for ``agent`` (``None`` before the model loads)."""
    if agent is None or not agent.is_ready():
        return {"modele": False, "tracker_store": False, "lock_store": False}
    faits = {"modele": True}
    for nom, verifier, magasin in (
        ("tracker_store", _base_repond, agent.tracker_store),
        ("lock_store", _verrous_repondent, agent.lock_store),
    ):
        try:
            faits[nom] = await asyncio.wait_for(
                asyncio.to_thread(verifier, magasin), DELAI_VERIFICATION
            )
        except Exception:  # any failure of a store means "not ready", never a 500
            faits[nom] = False
    return faits


def ajouter_routes(app: Sanic) -> None:
    """Register ``GET /metrics`` and ``GET /pret`` on a Rasa server's app."""

    async def exposer(_: Request) -> HTTPResponse:
        corps = generate_latest(metriques().registre)
        return response.raw(corps, content_type=CONTENT_TYPE_LATEST)

    async def pret(requete: Request) -> HTTPResponse:
        faits = await etat(getattr(requete.app.ctx, "agent", None))
        return response.json(faits, status=200 if all(faits.values()) else 503)

    app.add_route(exposer, "/metrics", methods=["GET"], name="recours_metrics")
    app.add_route(pret, "/pret", methods=["GET"], name="recours_pret")
