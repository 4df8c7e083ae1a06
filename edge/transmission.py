"""Hand-off of new dossiers to the insurer's endpoint (``RECOURS_WEBHOOK_URL``).

Each dossier is queued in the outbox in the same transaction that records it, then
posted as JSON. A failed post (timeout, refused connection, 5xx after the retries) leaves
it in the outbox with its error; ``recours outbox`` tries again. The endpoint may
receive a dossier twice (a retry after a lost acknowledgement): the ``reference`` makes
the operation idempotent on its side.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from bot.dossier import EnAttente
from edge.stockage.depot import Depot

STATUTS_A_REESSAYER = (429, 500, 502, 503, 504)


class ErreurTransmission(Exception):
    """The endpoint did not acknowledge the dossier."""


class Transmetteur:
    """Posts JSON to one endpoint with a timeout and retries with exponential back-off."""

    def __init__(
        self, url: str, *, delai: float = 10.0, essais: int = 3, attente: float = 0.5
    ) -> None:
        """Prepare a session for ``url``.

        Args:
            url: the endpoint.
            delai: seconds to wait for the connection and for the answer.
            essais: retries after the first attempt (connection errors and 429/5xx).
            attente: back-off factor: waits of ``attente * 2 ** (n - 1)`` seconds.

        """
        self.url = url
        self._delai = delai
        self._session = requests.Session()
        reprises = Retry(
            total=essais,
            backoff_factor=attente,
            status_forcelist=STATUTS_A_REESSAYER,
            allowed_methods=None,
            raise_on_status=False,
        )
        self._session.mount(url, HTTPAdapter(max_retries=reprises))

    def envoyer(self, charge: dict[str, Any]) -> None:
        """Post ``charge``; return once the endpoint answers 2xx.

        Raises:
            ErreurTransmission: with a one-line reason.

        """
        try:
            reponse = self._session.post(self.url, json=charge, timeout=self._delai)
        except requests.RequestException as erreur:
            raise ErreurTransmission(f"{type(erreur).__name__}: {erreur}") from erreur
        if not reponse.ok:
            raise ErreurTransmission(f"HTTP {reponse.status_code}")


@dataclass(frozen=True)
class BilanTransmission:
    """What one pass over the outbox did."""

    transmis: tuple[str, ...]
    en_attente: tuple[EnAttente, ...]


def transmettre_en_attente(
    depot: Depot,
    transmetteur: Transmetteur,
    maintenant: Callable[[], datetime],
    reference: str | None = None,
) -> BilanTransmission:
    """Post every queued dossier (or only ``reference``), oldest first; record each result."""
    transmis: list[str] = []
    for element in depot.en_attente(reference):
        try:
            transmetteur.envoyer(element.charge)
        except ErreurTransmission as erreur:
            depot.noter_envoi(element.identifiant, maintenant(), str(erreur))
        else:
            depot.noter_envoi(element.identifiant, maintenant(), None)
            transmis.append(element.reference)
    return BilanTransmission(tuple(transmis), tuple(depot.en_attente(reference)))
