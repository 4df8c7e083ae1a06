"""What the action server tells an operator: Prometheus metrics and a readiness check.

The registry is built on the first call (nothing at import) and served by the action
server at ``GET /metrics``, beside ``/webhook``; ``GET /pret`` answers 200 once the
organisation files are loaded and the dossier database answers. rasa-sdk attaches both
routes through its plugin hook (the ``rasa_sdk_plugins`` package), so ``rasa run
actions`` serves them as it is. The outbox figures are read from the database at each
scrape: they count the dossiers waiting for the insurer, whoever sends them (this
server, or ``recours outbox``).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from functools import cache

from prometheus_client import CollectorRegistry, Counter, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from prometheus_client.registry import Collector
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import BaseHTTPResponse, HTTPResponse
from sqlalchemy.exc import SQLAlchemyError

from bot.orientation import Orientation
from edge.contexte import contexte
from edge.transmission import BilanTransmission

NOM_D_ACTION = re.compile(r"(action|validate)_[a-z0-9_]{1,60}")
"""Action names used as label values; anything else is counted as ``autre``."""


class _Outbox(Collector):
    """The outbox gauges, read from the dossier database when Prometheus scrapes."""

    def collect(self) -> Iterator[Metric]:
        try:
            etat = contexte().depot.etat_outbox()
        except SQLAlchemyError:
            return  # the database is down: no figure rather than a wrong one
        yield GaugeMetricFamily(
            "recours_outbox_en_attente",
            "Dossiers waiting for the insurer's endpoint.",
            value=etat.en_attente,
        )
        yield GaugeMetricFamily(
            "recours_outbox_en_echec",
            "Waiting dossiers whose delivery failed at least once.",
            value=etat.en_echec,
        )
        ancien = etat.plus_ancien.timestamp() if etat.plus_ancien else 0.0
        yield GaugeMetricFamily(
            "recours_outbox_plus_ancien_horodatage",
            "Unix time the oldest waiting dossier was queued (0 when none waits).",
            value=ancien,
        )


@dataclass(frozen=True)
class MetriquesActions:
    """The registry of one action server and its metrics."""

    registre: CollectorRegistry
    orientations: Counter
    dossiers: Counter
    transmissions: Counter
    erreurs: Counter


@cache
def metriques() -> MetriquesActions:
    """The metrics of this process, created on the first call."""
    registre = CollectorRegistry()
    registre.register(_Outbox())
    return MetriquesActions(
        registre=registre,
        orientations=Counter(
            "recours_orientations",
            "Orientations given, by level (1, 2, 3) and qualification.",
            ["niveau", "qualification"],
            registry=registre,
        ),
        dossiers=Counter(
            "recours_dossiers",
            "Consented dossiers: enregistre, refuse_sante (health details) or indisponible.",
            ["resultat"],
            registry=registre,
        ),
        transmissions=Counter(
            "recours_transmissions",
            "Deliveries of a new dossier to the insurer from this server: livre or echec.",
            ["resultat"],
            registry=registre,
        ),
        erreurs=Counter(
            "recours_erreurs_actions",
            "Action calls that ended in an error (HTTP 500), by action.",
            ["action"],
            registry=registre,
        ),
    )


def compter_orientation(orientation: Orientation) -> None:
    """Count one orientation given."""
    qualification = orientation.faits.qualification
    metriques().orientations.labels(str(orientation.niveau), qualification.value).inc()


def compter_dossier(resultat: str) -> None:
    """Count one consented dossier: ``enregistre``, ``refuse_sante`` or ``indisponible``."""
    metriques().dossiers.labels(resultat).inc()


def compter_transmission(envoi: Future[BilanTransmission]) -> None:
    """Count a background delivery once it ends (``Future.add_done_callback``)."""
    echec = envoi.exception() is not None or bool(envoi.result().en_attente)
    metriques().transmissions.labels("echec" if echec else "livre").inc()


def _action_appelee(requete: Request) -> str:
    try:
        nom = (requete.json or {}).get("next_action")
    except Exception:  # an unreadable body: still an error worth counting
        nom = None
    return nom if isinstance(nom, str) and NOM_D_ACTION.fullmatch(nom) else "autre"


def _pret() -> bool:
    contexte().depot.etat_outbox()  # reads the organisations, opens and queries the database
    return True


def ajouter_routes(app: Sanic) -> None:
    """Register ``/metrics``, ``/pret`` and the error count on the action server's app."""

    async def exposer(_: Request) -> HTTPResponse:
        corps = await asyncio.to_thread(generate_latest, metriques().registre)
        return response.raw(corps, content_type=CONTENT_TYPE_LATEST)

    async def pret(_: Request) -> HTTPResponse:
        try:
            await asyncio.wait_for(asyncio.to_thread(_pret), 5.0)
        except Exception:  # any failure means "not ready", never a 500
            return response.json({"pret": False}, status=503)
        return response.json({"pret": True})

    async def compter_erreur(requete: Request, reponse: BaseHTTPResponse) -> None:
        if requete.path == "/webhook" and (reponse.status or 0) >= 500:
            metriques().erreurs.labels(_action_appelee(requete)).inc()

    app.add_route(exposer, "/metrics", methods=["GET"], name="recours_metrics")
    app.add_route(pret, "/pret", methods=["GET"], name="recours_pret")
    app.register_middleware(compter_erreur, "response")
