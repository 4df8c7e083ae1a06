"""Routes of the dossiers: the letter, and the two links of every e-mail that stop them.

A letter's address is ``/dossiers/<reference>/lettre#jeton=…`` (``&saisine=AAAA-MM-JJ``,
from a reminder, for the mediator referral letter of that day): the token is in the
fragment, which browsers never send, so no access log (the web app's, nginx's, an
ingress's) nor ``Referer`` ever holds it. ``GET`` answers a small page whose script
(``/dossiers/lettre.js``) posts the fragment to the same address; ``POST`` answers the
printable HTML letter (``format=texte`` for plain text). ``/dossiers/<reference>/regle``
("c'est réglé") and ``/dossiers/<reference>/desabonner`` ("ne plus recevoir") show a
confirmation on ``GET`` (mail scanners follow links: a visit changes nothing) and stop
the reminders on ``POST`` (RFC 8058 one-click unsubscription posts to the same address).
An unknown reference, a wrong or expired token and a dossier no longer active all get the
same 404, so the answer tells nothing about which references exist. The pages are never
cached and send no referrer; database reads run off the event loop.
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Awaitable, Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TypeVar

from aiohttp import web

from bot.dossier import VALIDITE_LIEN_LETTRE
from bot.lettres import en_html, en_texte, rediger_lettre
from bot.rappels import Arret
from edge.contexte import Contexte, contexte
from webapp.metriques import compter_lettre

T = TypeVar("T")

CONTEXTE: web.AppKey[Callable[[], Contexte]] = web.AppKey("contexte_dossiers")

INTROUVABLE = "Lettre introuvable. Vérifiez le lien reçu dans la conversation."
PERIME = (
    f"Ce lien n'est pas ou plus valable : un lien de lettre sert {VALIDITE_LIEN_LETTRE.days} "
    "jours. Pour en recevoir un nouveau, demandez dans la conversation « où en est mon "
    "dossier ? », avec votre référence et votre adresse e-mail."
)
SCRIPT = Path(__file__).with_name("lettre.js")
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
button {{ font-size: 1.1em; padding: .5em 1em; }}</style>{tete}</head>
<body>
<main>
{corps}
</main>
</body>
</html>
"""

_OUVERTURE = (
    "<h1>Votre lettre</h1>\n"
    '<p id="etat" role="status" data-perime="{perime}">Ouverture de votre lettre…</p>\n'
    "<noscript><p>Cette page a besoin de JavaScript pour ouvrir votre lettre.</p></noscript>"
)

ENTETES_OUVERTURE = {
    **ENTETES,
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; connect-src 'self'; "
    "style-src 'unsafe-inline'",
}


def ajouter_dossiers(app: web.Application, fournir: Callable[[], Contexte] = contexte) -> None:
    """Register the dossier routes on ``app``; ``fournir`` gives the store and the data."""
    app[CONTEXTE] = fournir
    app.router.add_get("/dossiers/lettre.js", _script)
    app.router.add_get("/dossiers/{reference}/lettre", _ouverture)
    app.router.add_post("/dossiers/{reference}/lettre", _lettre)
    for chemin, arret in (("regle", Arret.REGLE), ("desabonner", Arret.DESABONNE)):
        app.router.add_get(f"/dossiers/{{reference}}/{chemin}", _confirmation(arret))
        app.router.add_post(f"/dossiers/{{reference}}/{chemin}", _arret(arret))


def _saisine(texte: str | None) -> date | None:
    try:
        return date.fromisoformat(texte) if texte else None
    except ValueError:
        return None


async def _hors_boucle(fonction: Callable[[], T]) -> T:
    """Run a blocking call (a database read) in a worker thread, off the event loop."""
    return await asyncio.get_running_loop().run_in_executor(None, fonction)


async def _script(_: web.Request) -> web.Response:
    return web.Response(
        text=SCRIPT.read_text(encoding="utf-8"),
        content_type="application/javascript",
        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
    )


async def _ouverture(_: web.Request) -> web.Response:
    """The page that reads the token in the fragment and posts it (no database read)."""
    corps = _OUVERTURE.format(perime=html.escape(PERIME, quote=True))
    tete = '<script src="/dossiers/lettre.js" defer></script>'
    return web.Response(
        text=_PAGE.format(corps=corps, tete=tete),
        content_type="text/html",
        headers=ENTETES_OUVERTURE,
    )


async def _lettre(requete: web.Request) -> web.Response:
    ctx = requete.app[CONTEXTE]()
    formulaire = await requete.post()
    jeton = str(formulaire.get("jeton", ""))
    lire = partial(
        ctx.depot.lire_avec_jeton, requete.match_info["reference"], jeton, ctx.maintenant()
    )
    dossier = await _hors_boucle(lire)
    compter_lettre(dossier is not None)
    if dossier is None:
        raise web.HTTPNotFound(text=INTROUVABLE, headers=ENTETES)
    lettre = rediger_lettre(dossier, _saisine(str(formulaire.get("saisine", ""))))
    if formulaire.get("format") == "texte":
        return web.Response(text=en_texte(lettre), headers=ENTETES)
    return web.Response(text=en_html(lettre), content_type="text/html", headers=ENTETES)


def _page(corps: str) -> web.Response:
    return web.Response(
        text=_PAGE.format(corps=corps, tete=""), content_type="text/html", headers=ENTETES
    )


def _confirmation(arret: Arret) -> Callable[[web.Request], Awaitable[web.Response]]:
    """``GET``: the question and a button that posts the same link."""

    async def confirmer(requete: web.Request) -> web.Response:
        ctx = requete.app[CONTEXTE]()
        reference, jeton = requete.match_info["reference"], requete.query.get("jeton", "")
        juste = partial(ctx.depot.courrier.jeton_juste, reference, arret, jeton)
        if not await _hors_boucle(juste):
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
        arret_du_lien = partial(
            ctx.depot.courrier.arreter, reference, arret, jeton, ctx.maintenant()
        )
        if not await _hors_boucle(arret_du_lien):
            raise web.HTTPNotFound(text=LIEN_INVALIDE, headers=ENTETES)
        fait = _TEXTES[arret][3].format(reference=reference)
        return _page(f"<p>{html.escape(fait)}</p>")

    return arreter
