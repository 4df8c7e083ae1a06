"""The agents' sign-in: accounts of ``edge.comptes``, a signed session cookie, CSRF-safe.

``GET /agent/connexion`` shows the form; ``POST /agent/connexion`` checks the login and
password (Argon2id, in a worker thread) and sets the session cookie; ``POST
/agent/deconnexion`` clears it. The session is ``bot.preuves.signer`` of the login for
``DUREE_SESSION``, in a ``__Host-`` cookie: ``Secure``, ``HttpOnly``, ``SameSite=Strict``,
``Path=/``. Every form carries a CSRF token: at sign-in, the signature of a nonce also
kept in a cookie of the form (double submit); at sign-out, the signature of the signed-in
login. A request whose ``Origin`` is not the web app's own is refused as well.

A signed-in page gets an agent pass (``laissez_passer``): the login signed for Rasa's
channels, until the session ends. It is what grants the agent audience; the page's own
``data-audience`` only chooses the widget's words.
"""

from __future__ import annotations

import asyncio
import html
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from string import Template
from urllib.parse import urlencode, urlsplit

from aiohttp import web

from bot.preuves import CSRF, LAISSEZ_PASSER_AGENT, SESSION_AGENT, signer, verifier
from edge.comptes import Comptes
from edge.reglages import Reglages

COOKIE_SESSION = "__Host-recours-agent"
COOKIE_FORMULAIRE = "__Host-recours-csrf"
DUREE_SESSION = 8 * 3600
"""Seconds a sign-in lasts: a working day."""
DUREE_FORMULAIRE = 30 * 60
"""Seconds the sign-in form stays valid."""
GABARIT = Path(__file__).resolve().parent / "gabarits" / "connexion.html"
POLITIQUE = (
    "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
ENTETES_PRIVES = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
"""Headers of every page of a signed-in agent or of the form: never cached; their forms
post with their true ``Origin`` (``no-referrer`` would make it ``null``)."""
REFUS_CSRF = "Formulaire expiré ou venu d'un autre site : rechargez la page."


@dataclass(frozen=True)
class Session:
    """A signed-in agent: the login, when the session ends, and the tokens of its page."""

    agent: str
    expire_a: int
    laissez_passer: str
    csrf: str


@dataclass(frozen=True)
class Guichet:
    """The agents' sign-in for one web app (module docstring)."""

    cle: bytes
    comptes: Comptes
    origine: str
    """The web app's public origin (``RECOURS_WEB_URL``), the only one a form may come from."""
    gabarit: Template

    @classmethod
    def depuis_reglages(cls, reglages: Reglages) -> Guichet | None:
        """The sign-in of these settings; ``None`` without ``RECOURS_SESSION_SECRET``."""
        if reglages.secret_de_session is None:
            return None
        morceaux = urlsplit(reglages.url_web)
        return cls(
            reglages.secret_de_session,
            Comptes.lire(reglages.fichier_agents),
            f"{morceaux.scheme}://{morceaux.netloc}",
            Template(GABARIT.read_text(encoding="utf-8")),
        )

    def session(self, requete: web.Request) -> Session | None:
        """The signed-in agent of ``requete``, ``None`` without a valid session of an account."""
        cookie = requete.cookies.get(COOKIE_SESSION)
        agent = verifier(self.cle, SESSION_AGENT, cookie, time.time())
        if agent is None or cookie is None or not self.comptes.existe(agent):
            return None
        expire_a = int(cookie.split(".")[1])
        return Session(
            agent,
            expire_a,
            signer(self.cle, LAISSEZ_PASSER_AGENT, agent, expire_a),
            signer(self.cle, CSRF, agent, expire_a),
        )

    def ajouter_routes(self, app: web.Application) -> None:
        """Register the form, the sign-in and the sign-out on ``app``."""
        app.router.add_get("/agent/connexion", self.formulaire)
        app.router.add_post("/agent/connexion", self.connexion)
        app.router.add_post("/agent/deconnexion", self.deconnexion)

    async def formulaire(self, requete: web.Request) -> web.Response:
        """The sign-in form, with a fresh CSRF nonce."""
        return self._formulaire(requete, "", 200)

    async def connexion(self, requete: web.Request) -> web.Response:
        """Check the form; on success, set the session and go to the agents' page."""
        donnees = await requete.post()
        nonce = requete.cookies.get(COOKIE_FORMULAIRE)
        jeton = verifier(self.cle, CSRF, donnees.get("csrf"), time.time())
        if not self._meme_origine(requete) or nonce is None or jeton != nonce:
            raise web.HTTPForbidden(text=REFUS_CSRF)
        login = str(donnees.get("identifiant", ""))
        mot_de_passe = str(donnees.get("mot_de_passe", ""))
        juste = await asyncio.get_running_loop().run_in_executor(
            None, self.comptes.verifier, login, mot_de_passe
        )
        if not juste:
            return self._formulaire(requete, "Identifiant ou mot de passe incorrect.", 401)
        expire_a = int(time.time()) + DUREE_SESSION
        suite = _vers(_page_agent(str(donnees.get("organisation", ""))))
        session = signer(self.cle, SESSION_AGENT, login, expire_a)
        _poser(suite, COOKIE_SESSION, session, DUREE_SESSION)
        suite.del_cookie(COOKIE_FORMULAIRE, path="/")
        return suite

    async def deconnexion(self, requete: web.Request) -> web.Response:
        """Clear the session (the form's token must be the signed-in agent's)."""
        donnees = await requete.post()
        session = self.session(requete)
        jeton = verifier(self.cle, CSRF, donnees.get("csrf"), time.time())
        if not self._meme_origine(requete) or session is None or jeton != session.agent:
            raise web.HTTPForbidden(text=REFUS_CSRF)
        suite = _vers("/agent/connexion")
        suite.del_cookie(COOKIE_SESSION, path="/")
        return suite

    def _meme_origine(self, requete: web.Request) -> bool:
        origine = requete.headers.get("Origin")
        return origine is None or origine == self.origine

    def _formulaire(self, requete: web.Request, erreur: str, statut: int) -> web.Response:
        nonce = secrets.token_urlsafe(24)
        organisation = requete.query.get("organisation") or ""
        page = self.gabarit.substitute(
            csrf=html.escape(signer(self.cle, CSRF, nonce, int(time.time()) + DUREE_FORMULAIRE)),
            organisation=html.escape(organisation),
            erreur=f'<p class="erreur" role="alert">{html.escape(erreur)}</p>' if erreur else "",
        )
        reponse = web.Response(
            text=page,
            status=statut,
            content_type="text/html",
            headers={"Content-Security-Policy": POLITIQUE, **ENTETES_PRIVES},
        )
        _poser(reponse, COOKIE_FORMULAIRE, nonce, DUREE_FORMULAIRE)
        return reponse


def _vers(adresse: str) -> web.Response:
    """A 303 to ``adresse``, never cached."""
    return web.Response(status=303, headers={"Location": adresse, **ENTETES_PRIVES})


def _poser(reponse: web.StreamResponse, nom: str, valeur: str, duree: int) -> None:
    """Set a ``__Host-`` cookie: Secure, HttpOnly, SameSite=Strict, on the whole site."""
    reponse.set_cookie(
        nom, valeur, max_age=duree, path="/", secure=True, httponly=True, samesite="Strict"
    )


def _page_agent(organisation: str) -> str:
    """The agents' page, for the organisation the form carried (if any)."""
    return "/agent?" + urlencode({"organisation": organisation}) if organisation else "/agent"


def page_de_connexion(organisation: str | None) -> str:
    """Where an agent without a session is sent."""
    suite = "?" + urlencode({"organisation": organisation}) if organisation else ""
    return f"/agent/connexion{suite}"
