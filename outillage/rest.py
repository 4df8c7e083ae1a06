"""The one client of Rasa's REST channel (``/webhooks/rest/webhook``) and HTTP API.

Every message carries ``X-Recours-Session: <sender>``, the key on which the production
profile's nginx keeps a conversation on one replica (README, "Production"), and the
conversation's proof once the server gave one (``X-Recours-Jeton``, kept per sender for
the process: the production profile asks for it from the second message on).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp
import requests

from lanceur.embarque import Embarque
from rasa_addons.confiance import ENTETE_AGENT, ENTETE_PREUVE

WEBHOOK = "/webhooks/rest/webhook"
DELAI = 120
"""Seconds one request may take: 50 conversations on two cores queue up."""

Reponses = list[dict[str, Any]]


def corps(expediteur: str, message: str, metadata: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON body of one message."""
    return {"sender": expediteur, "message": message, "metadata": metadata or {}}


PREUVES: dict[str, str] = {}
"""The proof the REST channel gave each sender of this process (``X-Recours-Jeton``)."""


def entetes(expediteur: str) -> dict[str, str]:
    """The headers of one message: the sticky-routing key, and the proof once known."""
    valeurs = {"X-Recours-Session": expediteur}
    if expediteur in PREUVES:
        valeurs[ENTETE_PREUVE] = PREUVES[expediteur]
    return valeurs


def retenir_preuve(expediteur: str, entetes_reponse: Mapping[str, str]) -> None:
    """Keep the proof an answer carries for ``expediteur``."""
    preuve = entetes_reponse.get(ENTETE_PREUVE)
    if preuve:
        PREUVES[expediteur] = preuve


@dataclass(frozen=True)
class ClientRest:
    """Rasa's REST channel at ``url`` (nginx or one Rasa) and, with ``jeton``, its API."""

    url: str
    jeton: str | None = None
    delai: float = DELAI

    def parler(
        self,
        expediteur: str,
        message: str,
        metadata: dict[str, Any] | None = None,
        laissez_passer: str | None = None,
    ) -> Reponses:
        """Send one message and return the bot's answers (as an agent, with a pass)."""
        agent = {ENTETE_AGENT: laissez_passer} if laissez_passer else {}
        reponse = requests.post(
            f"{self.url}{WEBHOOK}",
            json=corps(expediteur, message, metadata),
            headers={**entetes(expediteur), **agent},
            timeout=self.delai,
        )
        reponse.raise_for_status()
        retenir_preuve(expediteur, reponse.headers)
        resultat: Reponses = reponse.json()
        return resultat

    def tracker(self, expediteur: str) -> dict[str, Any]:
        """The conversation's tracker, read through Rasa's HTTP API (token protected)."""
        return self._api(f"/conversations/{expediteur}/tracker")

    def domaine(self) -> dict[str, Any]:
        """The domain the server runs, as JSON."""
        return self._api("/domain")

    def _api(self, chemin: str) -> dict[str, Any]:
        reponse = requests.get(
            f"{self.url}{chemin}",
            params={"token": self.jeton},
            headers={"Accept": "application/json"},
            timeout=self.delai,
        )
        reponse.raise_for_status()
        resultat: dict[str, Any] = reponse.json()
        return resultat


def parler(
    url: str,
    expediteur: str,
    message: str,
    metadata: dict[str, Any] | None = None,
    laissez_passer: str | None = None,
) -> Reponses:
    """One message to the REST channel at ``url`` (as an agent, with a pass)."""
    return ClientRest(url).parler(expediteur, message, metadata, laissez_passer)


async def parler_async(
    session: aiohttp.ClientSession,
    url: str,
    expediteur: str,
    message: str,
    metadata: dict[str, Any] | None = None,
) -> tuple[int, Reponses]:
    """One message, for load generators: the HTTP status and the answers."""
    async with session.post(
        f"{url}{WEBHOOK}", json=corps(expediteur, message, metadata), headers=entetes(expediteur)
    ) as reponse:
        retenir_preuve(expediteur, reponse.headers)
        donnees: Reponses = await reponse.json()
        return reponse.status, donnees


def orientation(reponses: Reponses) -> dict[str, Any] | None:
    """The orientation payload of a turn, if any (the last one)."""
    charges = [r["custom"] for r in reponses if r.get("custom", {}).get("type") == "orientation"]
    return charges[-1] if charges else None


def texte(reponses: Reponses) -> str:
    """The texts of a turn's answers, as Rasa split them (on blank lines)."""
    return "\n\n".join(r["text"] for r in reponses if "text" in r)


_compteur = itertools.count()


class Conversation:
    """One person talking to the embedded profile, with helpers to read its state."""

    def __init__(self, serveurs: Embarque, metadata: dict[str, Any] | None = None) -> None:
        self.client = ClientRest(serveurs.rasa_url, serveurs.jeton)
        self.expediteur = f"e2e-{next(_compteur)}"
        self.metadata = metadata or {}
        self.dernieres: Reponses = []

    def dire(self, *messages: str) -> Reponses:
        """Send each message in turn; return the answers to the last one."""
        for message in messages:
            self.dernieres = self.client.parler(self.expediteur, message, self.metadata)
        return self.dernieres

    @property
    def slots(self) -> dict[str, Any]:
        """The conversation's slots now."""
        return dict(self.client.tracker(self.expediteur)["slots"])

    @property
    def question(self) -> str | None:
        """The slot the form asks for."""
        question: str | None = self.slots.get("requested_slot")
        return question

    def orientation(self) -> dict[str, Any]:
        """The orientation of the last turn, which must also be written out."""
        charge = orientation(self.dernieres)
        assert charge is not None, f"pas d'orientation dans {self.dernieres}"
        assert any("text" in r for r in self.dernieres), "l'orientation doit aussi être écrite"
        return charge

    def textes(self) -> str:
        """Every text of the last turn, one per line."""
        return "\n".join(r.get("text", "") for r in self.dernieres)
