"""The pages people open: an insurer's demo site with the widget, and the agents' page.

Both pages talk to Rasa's socket.io channel from the browser. This module serves the
HTML, the widget's files (``webapp/static/``) and the socket.io client that ``make``
installs with npm: nothing is fetched from a CDN at run time. The agents' page is for
signed-in agents only (``webapp.agents``): it carries their agent pass for Rasa.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from string import Template
from urllib.parse import urlsplit

import yaml
from aiohttp import web

from bot.organisations import Organisation, Registre
from edge.contexte import contexte
from edge.reglages import RACINE
from webapp.agents import ENTETES_PRIVES, Guichet, Session, page_de_connexion

ICI = Path(__file__).resolve().parent
STATIQUE = ICI / "static"
GABARITS = ICI / "gabarits"
CLIENT_SOCKET_IO = RACINE / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js"
ORGANISATION_DU_SITE = "identites-mutuelle"
"""Organisation of the demo site when the address names none."""


@dataclass(frozen=True)
class AdresseRasa:
    """Where the browser reaches Rasa's socket.io channel (``RECOURS_RASA_URL``)."""

    origine: str
    chemin_socket: str

    @classmethod
    def depuis_url(cls, url: str) -> AdresseRasa:
        """Split ``https://hote/prefixe`` into its origin and the socket.io path under it."""
        morceaux = urlsplit(url)
        if morceaux.scheme not in ("http", "https") or not morceaux.netloc:
            raise ValueError(f"RECOURS_RASA_URL : adresse http(s) attendue, pas {url!r}")
        prefixe = morceaux.path.rstrip("/")
        return cls(f"{morceaux.scheme}://{morceaux.netloc}", f"{prefixe}/socket.io")

    def sources_de_connexion(self) -> str:
        """The ``connect-src`` of the pages: the origin over HTTP (polling) and websocket."""
        websocket = "ws" + self.origine.removeprefix("http")
        return f"{self.origine} {websocket}"


def ajouter_pages(app: web.Application) -> None:
    """Register the two pages, the widget's files and the socket.io client on ``app``."""
    ctx = contexte()
    guichet = Guichet.depuis_reglages(ctx.reglages)
    pages = _Pages(ctx.registre, AdresseRasa.depuis_url(ctx.reglages.url_rasa), guichet)
    if guichet is not None:
        guichet.ajouter_routes(app)
    app.router.add_get("/", pages.site)
    app.router.add_get("/agent", pages.agent)
    app.router.add_get("/vendor/socket.io.min.js", _client_socket_io)
    app.router.add_static("/widget/", STATIQUE)


@dataclass(frozen=True)
class _Gabarit:
    """A page: its header's words (``cle: valeur`` lines above ``---``) and its content."""

    entete: dict[str, str]
    contenu: Template

    @classmethod
    def lire(cls, chemin: Path) -> _Gabarit:
        entete, contenu = chemin.read_text(encoding="utf-8").split("\n---\n", 1)
        return cls(yaml.safe_load(entete), Template(contenu))


class _Pages:
    def __init__(self, registre: Registre, adresse: AdresseRasa, guichet: Guichet | None) -> None:
        self.adresse = adresse
        self.guichet = guichet
        self.organisations = [o for o in registre.values() if not o.generique]
        self.mise_en_page = Template((GABARITS / "page.html").read_text(encoding="utf-8"))
        self.gabarits = {nom: _Gabarit.lire(GABARITS / f"{nom}.html") for nom in ("site", "agent")}

    async def site(self, requete: web.Request) -> web.Response:
        """An insurer's website (``?organisation=mutex``) with the widget in a corner."""
        choisie = self._organisation(requete, ORGANISATION_DU_SITE)
        if choisie is None:
            raise web.HTTPNotFound(text="Organisme inconnu.")
        return self._page("site", choisie)

    async def agent(self, requete: web.Request) -> web.Response:
        """The contact centre's page, for signed-in agents; the assistant asks the organisation."""
        if self.guichet is None:
            raise web.HTTPServiceUnavailable(
                text="Connexion des conseillers non configurée (RECOURS_SESSION_SECRET)."
            )
        choisie = self._organisation(requete, None)
        if choisie is None and requete.query.get("organisation"):
            raise web.HTTPNotFound(text="Organisme inconnu.")
        session = self.guichet.session(requete)
        if session is None:
            raise web.HTTPSeeOther(page_de_connexion(choisie.id if choisie else None))
        return self._page("agent", choisie, session)

    def _organisation(self, requete: web.Request, defaut: str | None) -> Organisation | None:
        identifiant = requete.query.get("organisation") or defaut
        return next((o for o in self.organisations if o.id == identifiant), None)

    def _page(
        self, nom: str, choisie: Organisation | None, session: Session | None = None
    ) -> web.Response:
        gabarit = self.gabarits[nom]
        valeurs = {
            "nom": choisie.nom if choisie else "",
            "organisation": choisie.id if choisie else "",
            "rasa_origine": self.adresse.origine,
            "socket_chemin": self.adresse.chemin_socket,
            "agent": session.agent if session else "",
            "laissez_passer": session.laissez_passer if session else "",
            "csrf": session.csrf if session else "",
        }
        echappees = {cle: html.escape(valeur) for cle, valeur in valeurs.items()}
        entete = {
            cle: html.escape(Template(valeur).substitute(valeurs))
            for cle, valeur in gabarit.entete.items()
        }
        corps = self.mise_en_page.substitute(
            entete,
            options=self._options(choisie, entete.get("option_vide")),
            contenu=gabarit.contenu.substitute(echappees),
        )
        return web.Response(
            text=corps,
            content_type="text/html",
            headers={
                "Content-Security-Policy": (
                    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                    f"connect-src 'self' {self.adresse.sources_de_connexion()}; "
                    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
                ),
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
                **(ENTETES_PRIVES if session else {}),
            },
        )

    def _options(self, choisie: Organisation | None, option_vide: str | None) -> str:
        options = [f'<option value="">{option_vide}</option>'] if option_vide else []
        for organisation in self.organisations:
            attributs = ' selected="selected"' if organisation is choisie else ""
            valeur, nom = html.escape(organisation.id), html.escape(organisation.nom)
            options.append(f'<option value="{valeur}"{attributs}>{nom}</option>')
        return "\n".join(options)


async def _client_socket_io(_: web.Request) -> web.StreamResponse:
    if not CLIENT_SOCKET_IO.is_file():
        raise web.HTTPServiceUnavailable(text="socket.io-client manque : lancez « make install ».")
    return web.FileResponse(CLIENT_SOCKET_IO)
