"""Hostile input on the public socket.io endpoint (the widget's), through nginx."""

from __future__ import annotations

import queue
import re
from collections.abc import Iterator
from typing import Any

import pytest
import socketio

from production.pile import Pile
from tests.prod.outils import reponse_du_domaine

pytestmark = pytest.mark.prod

DELAI = 30


class Widget:
    """A socket.io client speaking as the widget does (polling, through nginx)."""

    def __init__(self, pile: Pile, entetes: dict[str, str] | None = None) -> None:
        self.client = socketio.Client(reconnection=False)
        self.sessions: queue.Queue[tuple[str, str]] = queue.Queue()
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.client.on("session_confirm", lambda *confirmation: self.sessions.put(confirmation))
        self.client.on("bot_uttered", self.messages.put)
        self.jeton = ""
        self.client.connect(
            pile.url_publique,
            socketio_path="/socket.io/",
            transports=["polling"],
            headers=entetes or {},
        )

    def ouvrir(self, demande: Any) -> Any:
        """Ask for a session; return the id the server confirmed (its proof in ``jeton``)."""
        self.client.emit("session_request", demande)
        session, self.jeton = self.sessions.get(timeout=DELAI)
        return session

    def silence(self, secondes: float = 3) -> bool:
        """Whether nothing arrives within ``secondes``."""
        try:
            self.messages.get(timeout=secondes)
        except queue.Empty:
            return True
        return False

    def vider(self) -> None:
        """Forget what is left of the previous turns (what arrives within a second)."""
        for _ in range(20):
            try:
                self.messages.get(timeout=1)
            except queue.Empty:
                return

    def dire(self, session: str, message: str) -> dict[str, Any]:
        self.client.emit("user_uttered", {"message": message, "session_id": session})
        return self.messages.get(timeout=DELAI)


@pytest.fixture
def widget(pile: Pile) -> Iterator[Widget]:
    client = Widget(pile)
    try:
        yield client
    finally:
        client.client.eio.disconnect(abort=True)  # no wait for the pending long poll


@pytest.mark.parametrize(
    "demande",
    [
        {},
        {"session_id": "'; DROP TABLE events; --"},
        {"session_id": "a" * 100_000},
        {"session_id": ["x"]},
        {"session_id": "../" * 20},
    ],
    ids=["vide", "injection", "enorme", "liste", "chemin"],
)
def test_un_identifiant_de_session_hostile_est_remplace(widget: Widget, demande: Any) -> None:
    session = widget.ouvrir(demande)
    assert re.fullmatch(r"[0-9a-f]{32}", session)


@pytest.mark.parametrize("demande", [None, "chaîne", 42], ids=["rien", "chaine", "nombre"])
def test_une_demande_de_session_malformee_est_ignoree(widget: Widget, demande: Any) -> None:
    widget.client.emit("session_request", demande)
    with pytest.raises(queue.Empty):
        widget.sessions.get(timeout=2)
    assert re.fullmatch(r"[0-9a-f]{32}", widget.ouvrir({}))  # the next, well formed, works


def test_evenements_malformes_ignores_puis_la_conversation_repond(widget: Widget) -> None:
    session = widget.ouvrir({})
    for charge in (
        "bonjour",
        {"session_id": session},
        {"message": ["a"], "session_id": session},
        {"message": "bonjour", "session_id": "'; DROP TABLE events; --"},
        {"message": None, "session_id": session},
    ):
        widget.client.emit("user_uttered", charge)
    widget.vider()  # whatever they caused
    reponse = widget.dire(session, "\u0000<script>alert(1)</script> bonjour 😀")
    assert reponse.get("text"), "the conversation still answers"
    assert widget.client.connected


def test_serveur_d_actions_arrete_le_widget_recoit_un_message_clair(
    pile: Pile, widget: Widget
) -> None:
    session = widget.ouvrir({})
    assert widget.dire(session, "ma mutuelle refuse de rembourser mes lunettes").get("text")
    widget.vider()
    pile.arreter_service("actions")
    try:
        reponse = widget.dire(session, "non")
    finally:
        pile.demarrer_actions()
    assert reponse["text"] == reponse_du_domaine(pile, "utter_service_indisponible")
