"""Rasa's REST channel with its input checked and a reply in every case.

Rasa 3.6.21's ``RestInput`` takes the body as it comes: a missing ``sender`` puts the
person in a conversation shared by everyone (``"default"``), a JSON list or a number
ends in a 500, and ``input_channel`` is whatever the client claims. Here a request
that is not ``{"sender": str, "message": str, "metadata": object?}`` within the
limits below gets a 400 with an error code, before Rasa sees it.

A turn that produced no answer at all gets ``utter_service_indisponible``
(``rasa_addons.indisponibilite``).

Ownership (``rasa_addons.confiance``): unless ``RECOURS_REST_SANS_PREUVE`` (the embedded
profile, on loopback), a conversation that already exists only takes a message that
carries its proof in ``X-Recours-Jeton``; the first message of a new one gets the proof
back in the same header. A 403 ``preuve_invalide`` changes and reads nothing. The
audience is ``agent`` only with a valid agent pass in ``X-Recours-Agent``.
"""

from __future__ import annotations

import json
import logging
import re
from asyncio import CancelledError
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from edge.reglages import Reglages
from rasa_addons.confiance import (
    ENTETE_AGENT,
    ENTETE_PREUVE,
    Confiance,
    metadonnees_accordees,
)
from rasa_addons.indisponibilite import annoncer_indisponibilite
from rasa_addons.observabilite import tour

logger = logging.getLogger(__name__)

EXPEDITEUR = re.compile(r"[A-Za-z0-9_.:@+-]{1,128}")
"""What a ``sender`` may be: ids of web sessions, CRM ids, e-mail addresses."""

LONGUEUR_MAX_MESSAGE = 20_000
"""Characters of one message; a longer one is refused (the body limit is set apart)."""


class DemandeInvalide(ValueError):
    """The body of a request to the webhook breaks the contract; ``code`` says how."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Demande:
    """One message for the assistant, as the webhook accepts it."""

    expediteur: str
    message: str
    metadata: dict[str, Any]


def lire_demande(corps: bytes) -> Demande:
    """Check the raw body of a webhook request and return what it asks.

    Raises:
        DemandeInvalide: with ``json_invalide``, ``objet_attendu``, ``sender_invalide``,
            ``message_invalide``, ``message_trop_long`` or ``metadata_invalide``.

    """
    try:
        donnees = json.loads(corps)
    except (ValueError, RecursionError) as erreur:  # UnicodeDecodeError is a ValueError
        raise DemandeInvalide("json_invalide") from erreur
    if not isinstance(donnees, dict):
        raise DemandeInvalide("objet_attendu")
    expediteur, message = donnees.get("sender"), donnees.get("message")
    metadata = donnees.get("metadata") or {}
    if not isinstance(expediteur, str) or not EXPEDITEUR.fullmatch(expediteur):
        raise DemandeInvalide("sender_invalide")
    if not isinstance(message, str) or not _encodable(message):
        raise DemandeInvalide("message_invalide")
    if len(message) > LONGUEUR_MAX_MESSAGE:
        raise DemandeInvalide("message_trop_long")
    if not isinstance(metadata, dict) or not _encodable(json.dumps(metadata, ensure_ascii=False)):
        raise DemandeInvalide("metadata_invalide")
    return Demande(expediteur, message, metadata)


def _encodable(texte: str) -> bool:
    """False for text holding lone surrogates (from JSON escapes such as D800), unstorable."""
    try:
        texte.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class PreuveRefusee(Exception):
    """The conversation exists and the request does not prove it is its own."""


async def _metadonnees(
    confiance: Confiance, requete: Request, demande: Demande
) -> tuple[dict[str, Any], dict[str, str]]:
    """The metadata Rasa gets and the headers of the answer, once ownership is proven.

    Raises:
        PreuveRefusee: the conversation exists and the proof is missing or wrong.

    """
    if confiance.rest_sans_preuve:
        return demande.metadata, {}
    prouvee = confiance.prouvee(demande.expediteur, requete.headers.get(ENTETE_PREUVE))
    if not prouvee and await requete.app.ctx.agent.tracker_store.exists(demande.expediteur):
        raise PreuveRefusee
    agent = confiance.agent(requete.headers.get(ENTETE_AGENT))
    entetes = {ENTETE_PREUVE: confiance.jeton(demande.expediteur)}
    return metadonnees_accordees(demande.metadata, agent), entetes


class CanalRest(RestInput):
    """The REST channel at the same address, checked and never silent (module docstring)."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """``GET /webhooks/rest/`` (health) and ``POST /webhooks/rest/webhook``."""
        plan = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)
        confiance = Confiance.depuis_reglages(Reglages.depuis_environnement())

        async def sante(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        async def recevoir(requete: Request) -> HTTPResponse:
            try:
                demande = lire_demande(requete.body)
            except DemandeInvalide as refus:
                return response.json({"erreur": refus.code}, status=400)
            try:
                metadata, entetes = await _metadonnees(confiance, requete, demande)
            except PreuveRefusee:
                return response.json({"erreur": "preuve_invalide"}, status=403)
            except Exception:  # the tracker store is down: nothing can be checked
                logger.exception("Ownership of %s not checked", demande.expediteur)
                sortie = CollectingOutputChannel()
                agent = requete.app.ctx.agent
                await annoncer_indisponibilite(agent, sortie, demande.expediteur, {})
                return response.json(sortie.messages)
            sortie = CollectingOutputChannel()
            message = UserMessage(
                demande.message,
                sortie,
                demande.expediteur,
                input_channel=self.name(),
                metadata=metadata,
            )
            with tour(self.name()):
                try:
                    await on_new_message(message)
                except CancelledError:
                    logger.error("Turn of %s cancelled (timeout)", demande.expediteur)
                except Exception:
                    logger.exception("Turn of %s failed", demande.expediteur)
                if not sortie.messages:
                    agent = requete.app.ctx.agent
                    await annoncer_indisponibilite(agent, sortie, demande.expediteur, metadata)
            return response.json(sortie.messages, headers=entetes)

        plan.add_route(sante, "/", methods=["GET"])
        plan.add_route(recevoir, "/webhook", methods=["POST"])
        return plan
