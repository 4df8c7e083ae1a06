"""Routes of the dossiers: the letter, and the two links of every e-mail that stop them.

``GET /dossiers/<reference>/lettre?jeton=…`` answers the printable HTML letter
(``&format=texte`` for plain text; ``&saisine=AAAA-MM-JJ``, from a reminder, for the
mediator referral letter of that day). ``/dossiers/<reference>/regle`` ("c'est réglé")
and ``/dossiers/<reference>/desabonner`` ("ne plus recevoir") show a confirmation on
``GET`` (mail scanners follow links: a visit changes nothing) and stop the reminders on
``POST`` (RFC 8058 one-click unsubscription posts to the same address). An unknown
reference, a wrong token and a dossier no longer active all get the same 404, so the
answer tells nothing about which references exist. Tokens travel in the address: the
pages are never cached and send no referrer.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from datetime import date

from aiohttp import web

from bot.lettres import en_html, en_texte, rediger_lettre
from bot.rappels import Arret
from edge.contexte import Contexte, contexte
from webapp.metriques import compter_lettre

CONTEXTE: web.AppKey[Callable[[], Contexte]] = web.AppKey("contexte_dossiers")

INTROUVABLE = "Lettre introuvable. Vérifiez le lien reçu dans la conversation."
LIEN_INVALIDE = "Lien introuvable. Vérifiez le lien reçu par e-mail."

ENTETES = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
}

_TEXTES = {
    Arret.REGLE: (
        "Votre réclamation {reference} est-elle réglée ?",
        "En confirmant, vous ne recevrez plus de rappel pour ce dossier.",
        "Oui, c'est réglé",
        "C'est noté : votre réclamation {reference} est réglée. Vous ne recevrez plus de rappel.",
    ),
    Arret.DESABONNE: (
        "Ne plus recevoir les messages du dossier {reference} ?",
        "En confirmant, vous ne recevrez plus aucun rappel pour ce dossier. Le dossier reste "
        "enregistré ; vous pouvez toujours demander son suivi dans la conversation.",
        "Ne plus recevoir",
        "C'est noté : vous ne recevrez plus de message pour le dossier {reference}.",
    ),
}

_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Recours</title>
<style>body {{ font-family: sans-serif; max-width: 36em; margin: 2em auto; padding: 0 1em; }}
button {{ font-size: 1.1em; padding: .5em 1em; }}</style></head>
<body>
{corps}
</body>
</html>
"""


def ajouter_dossiers(app: web.Application, fournir: Callable[[], Contexte] = contexte) -> None:
    """Register the dossier routes on ``app``; ``fournir`` gives the store and the data."""
    app[CONTEXTE] = fournir
    app.router.add_get("/dossiers/{reference}/lettre", _lettre)
    for chemin, arret in (("regle", Arret.REGLE), ("desabonner", Arret.DESABONNE)):
        app.router.add_get(f"/dossiers/{{reference}}/{chemin}", _confirmation(arret))
        app.router.add_post(f"/dossiers/{{reference}}/{chemin}", _arret(arret))


def _saisine(texte: str | None) -> date | None:
    try:
        return date.fromisoformat(texte) if texte else None
    except ValueError:
        return None


async def _lettre(requete: web.Request) -> web.Response:
    ctx = requete.app[CONTEXTE]()
    dossier = ctx.depot.lire_avec_jeton(
        requete.match_info["reference"], requete.query.get("jeton", "")
    )
    compter_lettre(dossier is not None)
    if dossier is None:
        raise web.HTTPNotFound(text=INTROUVABLE, headers=ENTETES)
    lettre = rediger_lettre(dossier, _saisine(requete.query.get("saisine")))
    if requete.query.get("format") == "texte":
        return web.Response(text=en_texte(lettre), headers=ENTETES)
    return web.Response(text=en_html(lettre), content_type="text/html", headers=ENTETES)


def _page(corps: str) -> web.Response:
    return web.Response(text=_PAGE.format(corps=corps), content_type="text/html", headers=ENTETES)


def _confirmation(arret: Arret) -> Callable[[web.Request], Awaitable[web.Response]]:
    """``GET``: the question and a button that posts the same link."""

    async def confirmer(requete: web.Request) -> web.Response:
        ctx = requete.app[CONTEXTE]()
        reference, jeton = requete.match_info["reference"], requete.query.get("jeton", "")
        if not ctx.depot.courrier.jeton_juste(reference, arret, jeton):
            raise web.HTTPNotFound(text=LIEN_INVALIDE, headers=ENTETES)
        titre, explication, bouton, _ = _TEXTES[arret]
        return _page(
            f"<h1>{html.escape(titre.format(reference=reference))}</h1>\n"
            f"<p>{html.escape(explication)}</p>\n"
            f'<form method="post" action="?jeton={html.escape(jeton, quote=True)}">'
            f'<button type="submit">{html.escape(bouton)}</button></form>'
        )

    return confirmer


def _arret(arret: Arret) -> Callable[[web.Request], Awaitable[web.Response]]:
    """``POST``: stop the reminders, for the holder of the link's token."""

    async def arreter(requete: web.Request) -> web.Response:
        ctx = requete.app[CONTEXTE]()
        reference, jeton = requete.match_info["reference"], requete.query.get("jeton", "")
        if not ctx.depot.courrier.arreter(reference, arret, jeton, ctx.maintenant()):
            raise web.HTTPNotFound(text=LIEN_INVALIDE, headers=ENTETES)
        fait = _TEXTES[arret][3].format(reference=reference)
        return _page(f"<p>{html.escape(fait)}</p>")

    return arreter
