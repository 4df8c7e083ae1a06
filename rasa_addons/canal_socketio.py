"""Rasa's socket.io channel with working session persistence and custom payloads.

Two defects of Rasa 3.6.21's ``SocketIOInput`` are fixed here rather than by pinning an
old python-socketio:

- with ``session_persistence``, ``session_request`` calls ``sio.enter_room`` without
  ``await``; python-socketio 5.10 made it a coroutine, so the socket never joins the
  session's room and no answer reaches the browser (rasa#13027);
- ``send_custom_json`` passes the payload's keys as keyword arguments to ``emit``, so a
  payload such as ``{"type": "orientation", ...}`` never arrives (rasa#8445). Here it is
  sent as ``{"custom": payload}``, the shape the REST channel already uses.

Ownership (``rasa_addons.confiance``). The server makes every session id (32
hexadecimal digits) and confirms it with its proof, ``session_confirm(id, jeton)``; a
``session_request`` resumes a session only with that proof, and anything else (a
forged, tampered or unproven id) gets a new, empty session. Each socket is bound to
the session it was confirmed, and a message speaks in that session only, whatever
``session_id`` it names. The audience is ``agent`` only for a socket whose request
carried a valid agent pass (``laissez_passer``, signed by the web app for a signed-in
agent). A connection from a browser ``Origin`` that is not allowed is refused. A socket
that sends more than ``rasa_addons.debit`` allows gets a short answer instead of a turn.
A turn that sent nothing gets ``utter_service_indisponible``
(``rasa_addons.indisponibilite``).

A message that reveals health details is answered first of all, before Rasa handles
it, by ``{"custom": {"type": "message_masque"}}``: the widget, which keeps a person's
message in the browser's storage only once the server has answered it, then keeps the
masked notice instead, even when the action server is down.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint
from sanic.exceptions import SanicException

from bot.sante import contient_donnees_medicales
from edge.reglages import Reglages
from rasa_addons.confiance import Confiance, metadonnees_accordees
from rasa_addons.debit import TROP_DE_MESSAGES, Seau
from rasa_addons.indisponibilite import annoncer_indisponibilite
from rasa_addons.observabilite import tour

MESSAGE_MASQUE = {"type": "message_masque"}
"""Tells the widget to mask the person's latest message, on screen and in its storage."""

logger = logging.getLogger(__name__)


def identifiant_de_session(confiance: Confiance, demande: dict[str, Any]) -> str:
    """The session the client asked for if it proves it, else a new one."""
    session = demande.get("session_id")
    if isinstance(session, str) and confiance.prouvee(session, demande.get("jeton")):
        return session
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Liaison:
    """What the server confirmed to one socket: its session, and the agent if signed in."""

    session: str
    agent: str | None = None


def _agent(plan: Blueprint) -> Any:
    """The agent of the Rasa server serving ``plan`` (``None`` while no app serves it)."""
    try:
        return next(iter(plan.apps)).ctx.agent
    except SanicException:
        return None


class SortieSocketIO(SocketIOOutput):
    """Rasa's socket.io output, with custom payloads wrapped as ``{"custom": ...}``."""

    envoyes = 0
    """Messages emitted through this output (one output per turn)."""

    async def _send_message(self, socket_id: str, response: Any) -> None:
        self.envoyes += 1
        await super()._send_message(socket_id, response)

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        """Send the payload under ``custom``, as the REST channel does."""
        await self._send_message(recipient_id, {"custom": json_message})


class CanalSocketIO(SocketIOInput):
    """Rasa's socket.io input channel, fixed (see the module docstring)."""

    def get_output_channel(self) -> OutputChannel | None:
        """The fixed output channel (``None``, with Rasa's warning, before the blueprint)."""
        if self.sio is None:
            return super().get_output_channel()
        return SortieSocketIO(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """Rasa's blueprint, with the fixed output channel and session handshake."""

        async def avec_la_sortie_corrigee(message: UserMessage) -> Any:
            sortie = self.get_output_channel()
            message.output_channel = sortie
            if sortie is not None and contient_donnees_medicales(message.text or ""):
                await sortie.send_custom_json(message.sender_id, MESSAGE_MASQUE)
            avant = sortie.envoyes if isinstance(sortie, SortieSocketIO) else 0
            with tour(self.name()):
                try:
                    return await on_new_message(message)
                finally:
                    silence = isinstance(sortie, SortieSocketIO) and sortie.envoyes == avant
                    agent = _agent(plan) if silence else None
                    if sortie is not None and agent is not None:
                        await annoncer_indisponibilite(
                            agent, sortie, message.sender_id, message.metadata or {}
                        )

        plan: Blueprint = super().blueprint(avec_la_sortie_corrigee)
        sio = self.sio
        assert sio is not None  # set by the parent's blueprint
        confiance = Confiance.depuis_reglages(Reglages.depuis_environnement())
        liaisons: dict[str, Liaison] = {}
        seaux: dict[str, Seau] = {}

        async def connect(sid: str, environ: dict[str, Any], auth: Any = None) -> bool:
            origine = environ.get("HTTP_ORIGIN")
            if not confiance.origine_admise(origine):
                logger.warning("socket.io connection refused from origin %r", origine)
                return False
            return True

        async def session_request(sid: str, demande: Any) -> None:
            if not isinstance(demande, dict):
                return
            ancienne = liaisons.get(sid)
            session = identifiant_de_session(confiance, demande)
            if ancienne is not None and ancienne.session != session:
                await sio.leave_room(sid, ancienne.session, namespace=self.namespace)
            liaisons[sid] = Liaison(session, confiance.agent(demande.get("laissez_passer")))
            if self.session_persistence:
                await sio.enter_room(sid, session, namespace=self.namespace)
            confirmation = (session, confiance.jeton(session))
            await sio.emit("session_confirm", confirmation, room=sid, namespace=self.namespace)

        async def handle_message(sid: str, data: Any) -> None:
            liaison = liaisons.get(sid)
            if liaison is None or not isinstance(data, dict):
                return
            if data.get("session_id", liaison.session) != liaison.session:
                logger.warning("socket.io message for another session ignored")
                return
            if not seaux.setdefault(sid, Seau()).accepter(time.monotonic()):
                await sio.emit(
                    self.bot_message_evt,
                    {"text": TROP_DE_MESSAGES},
                    room=sid,
                    namespace=self.namespace,
                )
                return
            metadata = data.get(self.metadata_key)
            texte = data.get("message")
            message = UserMessage(
                texte if isinstance(texte, str) else "",
                None,
                liaison.session if self.session_persistence else sid,
                input_channel=self.name(),
                metadata=metadonnees_accordees(
                    metadata if isinstance(metadata, dict) else {}, liaison.agent
                ),
            )
            await avec_la_sortie_corrigee(message)

        async def disconnect(sid: str) -> None:
            liaisons.pop(sid, None)
            seaux.pop(sid, None)

        sio.on("connect", connect, namespace=self.namespace)
        sio.on("session_request", session_request, namespace=self.namespace)
        sio.on(self.user_message_evt, handle_message, namespace=self.namespace)
        sio.on("disconnect", disconnect, namespace=self.namespace)
        return plan
