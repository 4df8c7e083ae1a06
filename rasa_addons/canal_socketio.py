"""Rasa's socket.io channel with working session persistence and custom payloads.

Two defects of Rasa 3.6.21's ``SocketIOInput`` are fixed here rather than by pinning an
old python-socketio:

- with ``session_persistence``, ``session_request`` calls ``sio.enter_room`` without
  ``await``; python-socketio 5.10 made it a coroutine, so the socket never joins the
  session's room and no answer reaches the browser (rasa#13027);
- ``send_custom_json`` passes the payload's keys as keyword arguments to ``emit``, so a
  payload such as ``{"type": "orientation", ...}`` never arrives (rasa#8445). Here it is
  sent as ``{"custom": payload}``, the shape the REST channel already uses.

Session ids must also look like the ones the server makes (32 hexadecimal digits): a
client cannot name a conversation id of its choosing. A turn that sent nothing gets
``utter_service_indisponible`` (``rasa_addons.indisponibilite``).

A message that reveals health details is answered first of all, before Rasa handles
it, by ``{"custom": {"type": "message_masque"}}``: the widget, which keeps a person's
message in the browser's storage only once the server has answered it, then keeps the
masked notice instead, even when the action server is down.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeGuard

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint
from sanic.exceptions import SanicException

from bot.sante import contient_donnees_medicales
from rasa_addons.indisponibilite import annoncer_indisponibilite
from rasa_addons.observabilite import tour

MESSAGE_MASQUE = {"type": "message_masque"}
"""Tells the widget to mask the person's latest message, on screen and in its storage."""

_IDENTIFIANT_DE_SESSION = re.compile(r"[0-9a-f]{32}")


def identifiant_de_session(demande: object) -> str:
    """The session id the client asked for if it is well formed, else a new one."""
    return demande if _bien_forme(demande) else uuid.uuid4().hex


def _bien_forme(session: object) -> TypeGuard[str]:
    return isinstance(session, str) and _IDENTIFIANT_DE_SESSION.fullmatch(session) is not None


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
            if self.session_persistence and not _bien_forme(message.sender_id):
                return None
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

        async def session_request(sid: str, data: dict[str, Any] | None) -> None:
            session = identifiant_de_session((data or {}).get("session_id"))
            if self.session_persistence:
                await sio.enter_room(sid, session, namespace=self.namespace)
            await sio.emit("session_confirm", session, room=sid, namespace=self.namespace)

        sio.on("session_request", session_request, namespace=self.namespace)
        return plan
