"""The web app's Prometheus metrics, served at ``GET /metrics`` beside its pages.

Built on the first call (nothing at import). Neither nginx (production/) nor the
Ingress (deploy/) publishes ``/metrics``: Prometheus scrapes the app's port directly.
"""

from __future__ import annotations

from functools import cache

from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST


@cache
def _registre() -> tuple[CollectorRegistry, Counter]:
    registre = CollectorRegistry()
    lettres = Counter(
        "recours_lettres",
        "Letter links opened: servie (the letter) or introuvable (the same 404 for all).",
        ["resultat"],
        registry=registre,
    )
    return registre, lettres


def compter_lettre(servie: bool) -> None:
    """Count one request for a letter."""
    _registre()[1].labels("servie" if servie else "introuvable").inc()


async def exposer(_: web.Request) -> web.Response:
    """``GET /metrics``: this process's registry in Prometheus's text format."""
    corps = generate_latest(_registre()[0])
    return web.Response(body=corps, headers={"Content-Type": CONTENT_TYPE_LATEST})
