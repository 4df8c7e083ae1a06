"""Build and run the web app (aiohttp, already installed with Rasa)."""

from __future__ import annotations

from aiohttp import web

from edge.reglages import Reglages
from webapp import pages
from webapp.dossiers import ajouter_dossiers
from webapp.metriques import exposer

TAILLE_MAX_REQUETE = 64 * 1024
"""Largest request body accepted (bytes): the app takes no uploads."""


def creer_app() -> web.Application:
    """Create the application with every group of routes registered."""
    app = web.Application(client_max_size=TAILLE_MAX_REQUETE)
    app.router.add_get("/sante", _sante)
    app.router.add_get("/metrics", exposer)
    ajouter_dossiers(app)
    pages.ajouter_pages(app)
    return app


async def _sante(_: web.Request) -> web.Response:
    return web.json_response({"statut": "ok"})


def main() -> None:
    """Serve on ``RECOURS_WEB_HOST``:``RECOURS_WEB_PORT`` (127.0.0.1:8000 by default)."""
    reglages = Reglages.depuis_environnement()
    web.run_app(creer_app(), host=reglages.hote_web, port=reglages.port_web)


if __name__ == "__main__":
    main()
