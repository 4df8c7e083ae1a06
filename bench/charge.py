"""A bounded load generator on loopback: scripted conversations over Rasa's REST channel."""

from __future__ import annotations

import asyncio
import itertools
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from outillage.rest import orientation, parler_async
from outillage.scenarios import SCENARIOS, Scenario

_expediteurs = itertools.count()
MESSAGES_MAX_PAR_RUN = 20_000
"""Hard bound on the messages one run may send, whatever its duration."""


@dataclass
class Mesures:
    """Latencies (seconds) and errors collected during one run."""

    latences: list[float] = field(default_factory=list)
    erreurs: int = 0
    reussites: int = 0
    echecs: int = 0
    tours: list[int] = field(default_factory=list)
    duree: float = 0.0

    def centile(self, rang: int) -> float:
        """The ``rang``-th percentile of the latencies, in milliseconds."""
        if len(self.latences) < 2:
            return float("nan")
        return statistics.quantiles(self.latences, n=100)[rang - 1] * 1000

    @property
    def taux_de_reussite(self) -> float:
        """Share of finished conversations that reached the expected orientation."""
        return self.reussites / max(1, self.reussites + self.echecs)

    @property
    def debit(self) -> float:
        """Messages answered per second."""
        return len(self.latences) / self.duree if self.duree else 0.0


async def _envoyer(
    session: aiohttp.ClientSession,
    url: str,
    expediteur: str,
    message: str,
    scenario: Scenario,
    mesures: Mesures,
) -> list[dict[str, Any]]:
    metadata = {"organisation": scenario.organisation}
    debut = time.perf_counter()
    try:
        statut, donnees = await parler_async(session, url, expediteur, message, metadata)
        if statut != 200:
            mesures.erreurs += 1
    except (aiohttp.ClientError, asyncio.TimeoutError):
        mesures.erreurs += 1
        return []
    mesures.latences.append(time.perf_counter() - debut)
    return donnees


async def jouer(
    session: aiohttp.ClientSession,
    url: str,
    scenario: Scenario,
    pause: float,
    mesures: Mesures,
    fin: float,
) -> None:
    """Play one scripted conversation, pausing ``pause`` s (±20 %) between messages."""
    expediteur = f"bench-{next(_expediteurs)}"
    reponses: list[dict[str, Any]] = []
    for tour, message in enumerate(scenario.messages, start=1):
        if time.monotonic() > fin or len(mesures.latences) >= MESSAGES_MAX_PAR_RUN:
            return
        reponses = await _envoyer(session, url, expediteur, message, scenario, mesures)
        obtenue = orientation(reponses)
        if obtenue is not None:
            juste = (obtenue["niveau"], obtenue["qualification"]) == (
                scenario.niveau,
                scenario.qualification,
            )
            mesures.reussites += juste
            mesures.echecs += not juste
            mesures.tours.append(tour)
            return
        if pause:
            await asyncio.sleep(pause * random.uniform(0.8, 1.2))
    mesures.echecs += 1


async def charge(
    url: str, conversations: int, pause: float, duree: float, une_fois: bool = False
) -> Mesures:
    """``conversations`` people talk at once, each replaying scenarios until ``duree`` s.

    ``url`` is Rasa's (its REST channel). With ``une_fois``, each person plays every
    scenario exactly once.
    """
    mesures = Mesures()
    fin = time.monotonic() + duree
    delai = aiohttp.ClientTimeout(total=30)
    connecteur = aiohttp.TCPConnector(limit=conversations)

    async def personne(rang: int) -> None:
        ordre = SCENARIOS[rang % len(SCENARIOS) :] + SCENARIOS[: rang % len(SCENARIOS)]
        for scenario in ordre if une_fois else itertools.islice(itertools.cycle(ordre), 1000):
            if time.monotonic() > fin or len(mesures.latences) >= MESSAGES_MAX_PAR_RUN:
                return
            await jouer(session, url, scenario, pause, mesures, fin)

    debut = time.perf_counter()
    async with aiohttp.ClientSession(timeout=delai, connector=connecteur) as session:
        await asyncio.gather(*(personne(rang) for rang in range(conversations)))
    mesures.duree = time.perf_counter() - debut
    return mesures


async def repeter_requete(
    url: str,
    corps: dict[str, Any] | Callable[[int], dict[str, Any]],
    fois: int,
    params: dict[str, str] | None = None,
) -> list[float]:
    """POST ``fois`` times in a row; return each latency in milliseconds.

    ``corps`` is the body, or a function of the call's rank that makes it.
    """
    latences = []
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
        for rang in range(fois):
            debut = time.perf_counter()
            donnees = corps(rang) if callable(corps) else corps
            async with session.post(url, json=donnees, params=params) as reponse:
                await reponse.read()
                reponse.raise_for_status()
            latences.append((time.perf_counter() - debut) * 1000)
    return latences
