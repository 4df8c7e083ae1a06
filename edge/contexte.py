"""What ``actions/`` and ``webapp/`` need from the outside world, built once per process.

Nothing is opened at import: the settings and the organisation files are read on the
first call to ``contexte()``, the dossier store is opened on first use. Tests hand in a
context of their own with ``installer``.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from bot.organisations import Registre
from edge.horloge import Horloge
from edge.messagerie import Expediteur, expediteur_depuis
from edge.organisations import charger_registre
from edge.reglages import Reglages
from edge.stockage.depot import Depot, ouvrir_depot
from edge.transmission import BilanTransmission, Transmetteur, transmettre_en_attente
from edge.veille import Envoi, Poste, envoyer_en_attente


@dataclass(frozen=True)
class Contexte:
    """The organisations, the clock, the dossier store, e-mail and the insurer's endpoint."""

    registre: Registre
    reglages: Reglages = field(default_factory=Reglages)
    horloge: Horloge = field(default_factory=Horloge)
    ouvrir_depot: Callable[[], Depot] | None = None
    """Opens the dossier store; by default the settings' database (tests pass their own)."""
    expediteur: Expediteur | None = None
    """Sends e-mails; by default as the settings say (SMTP, or ``.eml`` files)."""

    def aujourdhui(self) -> date:
        """Today in Europe/Paris (or the fixed day of the settings)."""
        return self.horloge.aujourdhui()

    def maintenant(self) -> datetime:
        """Now in Europe/Paris (on the fixed day of the settings)."""
        return self.horloge.maintenant()

    @property
    def url_web(self) -> str:
        """Public address of the web app, for the letters' links."""
        return self.reglages.url_web

    @property
    def url_webhook(self) -> str | None:
        """The insurer's endpoint, when one is configured."""
        return self.reglages.url_webhook

    @cached_property
    def depot(self) -> Depot:
        """The dossier store, opened (and its schema migrated) on first use."""
        if self.ouvrir_depot is not None:
            return self.ouvrir_depot()
        return ouvrir_depot(self.reglages.url_base_dossiers, self.registre)

    @cached_property
    def _expediteur(self) -> ThreadPoolExecutor:
        """One background worker: deliveries and e-mails never hold up an answer."""
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox")

    @cached_property
    def poste(self) -> Poste:
        """How e-mails leave: SMTP or files, with the settings' ``From`` and web address."""
        expediteur = self.expediteur or expediteur_depuis(self.reglages)
        return Poste(expediteur, self.reglages.expediteur_courriels, self.url_web)

    def envoyer_copie(self, reference: str) -> Future[list[Envoi]]:
        """Send the dated copy of a new dossier in the background.

        What fails stays claimed for ``recours rappels`` and ``recours outbox``.
        """
        return self._expediteur.submit(
            envoyer_en_attente, self.depot.courrier, self.poste, self.maintenant(), reference
        )

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


def depuis_environnement() -> Contexte:
    """The context the environment describes (settings, clock, organisation files)."""
    reglages = Reglages.depuis_environnement()
    return Contexte(
        registre=charger_registre(reglages.dossier_organisations),
        reglages=reglages,
        horloge=Horloge(reglages.aujourdhui_fixe),
    )


_actuel: Contexte | None = None


def contexte() -> Contexte:
    """Return the shared context, built from the environment on first use."""
    global _actuel
    if _actuel is None:
        _actuel = depuis_environnement()
    return _actuel


def installer(nouveau: Contexte | None) -> None:
    """Replace the shared context (tests); ``None`` rebuilds it from the environment."""
    global _actuel
    _actuel = nouveau
