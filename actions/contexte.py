"""The collaborators of the actions (organisations, clock, dossier store), replaceable in tests.

Nothing is opened at import: the organisation files are read on the first call to
``contexte()``, the dossier store is opened on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from bot import config, horloge
from bot.dossiers import Depot, ouvrir_depot
from bot.organisations import Registre
from bot.transmission import BilanTransmission, Transmetteur, transmettre_en_attente


def _depot_configure() -> Depot:
    return ouvrir_depot(config.url_base_dossiers())


@dataclass(frozen=True)
class Contexte:
    """What an action needs from the outside world."""

    registre: Registre
    aujourdhui: Callable[[], date]
    maintenant: Callable[[], datetime] = horloge.maintenant
    ouvrir_depot: Callable[[], Depot] = _depot_configure
    url_web: str = field(default_factory=config.url_web)
    url_webhook: str | None = field(default_factory=config.url_webhook)

    @cached_property
    def depot(self) -> Depot:
        """The dossier store, opened (and its schema migrated) on first use."""
        return self.ouvrir_depot()

    @cached_property
    def _expediteur(self) -> ThreadPoolExecutor:
        """One background worker: deliveries never hold up an answer, nor overlap."""
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox")

    def transmettre(self, reference: str) -> Future[BilanTransmission] | None:
        """Forward a new dossier to the insurer in the background, when an endpoint is set.

        What fails stays in the outbox for ``recours outbox``.
        """
        if self.url_webhook is None:
            return None
        transmetteur = Transmetteur(self.url_webhook)
        return self._expediteur.submit(
            transmettre_en_attente, self.depot, transmetteur, self.maintenant, reference
        )


_actuel: Contexte | None = None


def contexte() -> Contexte:
    """Return the shared context, loading the organisation files on first use."""
    global _actuel
    if _actuel is None:
        _actuel = Contexte(
            registre=Registre.depuis_dossier(config.dossier_organisations()),
            aujourdhui=horloge.aujourdhui,
        )
    return _actuel


def installer(nouveau: Contexte | None) -> None:
    """Replace the shared context (tests); ``None`` reloads it from the environment."""
    global _actuel
    _actuel = nouveau
