"""The agents' page on the real servers: sign-in, cookie flags, CSRF, the agent audience.

The web app signs an agent in (accounts of ``RECOURS_AGENTS_FILE``) and hands the page a
pass that Rasa's socket.io channel checks: without it, a socket is a member of the
public, whatever its metadata say.
"""

from __future__ import annotations

import queue
import re
from http.cookies import SimpleCookie
from typing import Any

import pytest
import requests
import socketio

from lanceur.embarque import Embarque
from outillage.rest import ClientRest
from tests.e2e.conftest import CONSEILLER

pytestmark = pytest.mark.e2e

DELAI = 30


def cookies(reponse: requests.Response) -> SimpleCookie:
    """The cookies a response sets, with their flags (requests keeps Secure ones aside)."""
    lus: SimpleCookie = SimpleCookie()
    for entete in reponse.raw.headers.getlist("Set-Cookie"):
        lus.load(entete)
    return lus


def formulaire(serveurs: Embarque) -> tuple[str, str]:
    """The sign-in form's CSRF nonce (its cookie) and token (its hidden field)."""
    reponse = requests.get(f"{serveurs.web_url}/agent/connexion", timeout=10)
    jeton = re.search(r'name="csrf" value="([^"]+)"', reponse.text)
    assert reponse.status_code == 200 and jeton
    assert reponse.headers["Cache-Control"] == "no-store"
    return cookies(reponse)["__Host-recours-csrf"].value, jeton.group(1)


def se_connecter(
    serveurs: Embarque, mot_de_passe: str = CONSEILLER[1], origine: str | None = None
) -> requests.Response:
    nonce, jeton = formulaire(serveurs)
    return requests.post(
        f"{serveurs.web_url}/agent/connexion",
        data={"identifiant": CONSEILLER[0], "mot_de_passe": mot_de_passe, "csrf": jeton},
        headers={"Cookie": f"__Host-recours-csrf={nonce}", "Origin": origine or serveurs.web_url},
        allow_redirects=False,
        timeout=10,
    )


def page_agent(serveurs: Embarque, session: str | None) -> requests.Response:
    entetes = {"Cookie": f"__Host-recours-agent={session}"} if session else {}
    return requests.get(
        f"{serveurs.web_url}/agent", headers=entetes, allow_redirects=False, timeout=10
    )


def test_sans_session_la_page_agent_est_refusee(serveurs: Embarque) -> None:
    for session in (None, "claire", "claire.9999999999.0000", "claire.1.abc"):
        reponse = page_agent(serveurs, session)
        assert reponse.status_code == 303
        assert reponse.headers["Location"] == "/agent/connexion"
        assert "laissez-passer" not in reponse.text


def test_connexion_cookie_secure_httponly_samesite_et_csrf(serveurs: Embarque) -> None:
    assert se_connecter(serveurs, "mauvais mot de passe").status_code == 401
    assert se_connecter(serveurs, origine="http://pirate.example").status_code == 403
    _, jeton = formulaire(serveurs)
    sans_nonce = requests.post(
        f"{serveurs.web_url}/agent/connexion",
        data={"identifiant": CONSEILLER[0], "mot_de_passe": CONSEILLER[1], "csrf": jeton},
        allow_redirects=False,
        timeout=10,
    )
    assert sans_nonce.status_code == 403 and "__Host-recours-agent" not in cookies(sans_nonce)

    reponse = se_connecter(serveurs)
    assert reponse.status_code == 303 and reponse.headers["Location"] == "/agent"
    session = cookies(reponse)["__Host-recours-agent"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Strict"
    assert session["path"] == "/" and not session["domain"]
    page = page_agent(serveurs, session.value)
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    assert re.search(r'data-laissez-passer="claire\.\d+\.[0-9a-f]{64}"', page.text)


class Socket:
    """A socket.io client of Rasa, as the widget speaks."""

    def __init__(self, serveurs: Embarque) -> None:
        self.client = socketio.Client(reconnection=False)
        self.confirmations: queue.Queue[tuple[str, str]] = queue.Queue()
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.client.on("session_confirm", lambda *c: self.confirmations.put(c))
        self.client.on("bot_uttered", self.messages.put)
        self.client.connect(serveurs.rasa_url, transports=["polling"])

    def ouvrir(self, demande: dict[str, Any]) -> str:
        self.client.emit("session_request", demande)
        return self.confirmations.get(timeout=DELAI)[0]

    def dire(self, message: str, metadata: dict[str, Any]) -> None:
        self.client.emit("user_uttered", {"message": message, "metadata": metadata})
        self.messages.get(timeout=DELAI)


def test_l_audience_conseiller_n_est_accordee_qu_a_une_session_connectee(
    serveurs: Embarque,
) -> None:
    session = cookies(se_connecter(serveurs))["__Host-recours-agent"].value
    passe = re.search(r'data-laissez-passer="([^"]+)"', page_agent(serveurs, session).text)
    assert passe
    api = ClientRest(serveurs.rasa_url, serveurs.jeton)
    audiences = {}
    for nom, demande in (
        ("sans passe", {}),
        ("passe forge", {"laissez_passer": "claire.9999999999." + "0" * 64}),
        ("cookie de session", {"laissez_passer": session}),  # signed for another purpose
        ("passe du poste", {"laissez_passer": passe.group(1)}),
    ):
        socket = Socket(serveurs)
        try:
            conversation = socket.ouvrir(demande)
            socket.dire("bonjour", {"audience": "agent", "organisation": "mutex"})
        finally:
            socket.client.disconnect()
        audiences[nom] = api.tracker(conversation)["slots"]["audience"]
    assert audiences == {
        "sans passe": "public",
        "passe forge": "public",
        "cookie de session": "public",
        "passe du poste": "agent",
    }


def test_une_origine_etrangere_ne_se_connecte_pas(serveurs: Embarque) -> None:
    client = socketio.Client(reconnection=False)
    with pytest.raises(socketio.exceptions.ConnectionError):
        client.connect(
            serveurs.rasa_url, transports=["polling"], headers={"Origin": "http://pirate.example"}
        )
    client.connect(serveurs.rasa_url, transports=["polling"], headers={"Origin": serveurs.web_url})
    assert client.connected
    client.disconnect()
