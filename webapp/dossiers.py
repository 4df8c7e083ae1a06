"""Routes of the dossiers: the letter of a recorded complaint, for the holder of its link.

``GET /dossiers/<reference>/lettre?jeton=…`` answers the printable HTML letter
(``&format=texte`` for plain text). An unknown reference, a wrong token and a dossier
no longer active all get the same 404, so the answer tells nothing about which
references exist. The token travels in the address: the page is never cached and sends
no referrer.
"""

from __future__ import annotations

from collections.abc import Callable

from aiohttp import web

from bot.lettres import en_html, en_texte, rediger_lettre
from edge.contexte import Contexte, contexte
from webapp.metriques import compter_lettre

CONTEXTE: web.AppKey[Callable[[], Contexte]] = web.AppKey("contexte_dossiers")

INTROUVABLE = "Lettre introuvable. Vérifiez le lien reçu dans la conversation."

ENTETES = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
}


def ajouter_dossiers(app: web.Application, fournir: Callable[[], Contexte] = contexte) -> None:
    """Register the dossier routes on ``app``; ``fournir`` gives the store and the data."""
    app[CONTEXTE] = fournir
    app.router.add_get("/dossiers/{reference}/lettre", _lettre)


async def _lettre(requete: web.Request) -> web.Response:
    ctx = requete.app[CONTEXTE]()
    dossier = ctx.depot.lire_avec_jeton(
        requete.match_info["reference"], requete.query.get("jeton", "")
    )
    compter_lettre(dossier is not None)
    if dossier is None:
        raise web.HTTPNotFound(text=INTROUVABLE, headers=ENTETES)
    lettre = rediger_lettre(dossier)
    if requete.query.get("format") == "texte":
        return web.Response(text=en_texte(lettre), headers=ENTETES)
    return web.Response(text=en_html(lettre), content_type="text/html", headers=ENTETES)
