"""The embedded profile: one action server, one Rasa and the web app, on SQLite.

``make run`` runs it in ``.rasa/`` on the fixed ports, with the person's environment;
the end-to-end tests and the benchmarks in a temporary folder on free ports, with
Rasa's HTTP API behind a token (``outillage.embarque``).

Every port is on loopback, so the REST channel trusts local scripts
(``RECOURS_REST_SANS_PREUVE``); the session secret, unless the environment gives one,
is drawn at each start: a widget conversation then starts anew after a restart.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lanceur.environnement import environnement
from lanceur.ports import PORT_ACTIONS, PORT_RASA, PORT_WEB, url
from lanceur.service import (
    MODELE,
    RASA_RECOURS,
    Service,
    application_web,
    serveur_actions,
    serveur_rasa,
)
from lanceur.superviseur import Superviseur

STORE_RECOURS = "rasa_addons.tracker_store.RedactingSQLTrackerStore"
"""The tracker store that masks medical details (SQLite here)."""


def endpoints(port_actions: int, base_tracker: Path, tracker_store: str = STORE_RECOURS) -> str:
    """The endpoints file of the embedded profile: the action server, a SQLite tracker store."""
    return (
        f'action_endpoint:\n  url: "{url(port_actions, "/webhook")}"\n'
        f"tracker_store:\n  type: {tracker_store}\n"
        f"  dialect: sqlite\n  db: {base_tracker}\n"
    )


@dataclass
class Embarque:
    """The embedded profile in ``dossier``: its databases, endpoints file, logs and pids.

    Args:
        dossier: Work folder (created).
        port_rasa: Rasa's port; ``port_actions`` and ``port_web`` likewise.
        modele: Trained Rasa model.
        base: The environment the services start from; what it sets wins over the
            profile's derived addresses and databases.
        environnement: Variables imposed on every service (``RECOURS_TODAY`` in tests).
        origines: Origins allowed by Rasa's CORS; by default the web app's alone.
        api: Open Rasa's HTTP API, behind a token drawn at random (``jeton``).
        module_rasa: Rasa's command line (``lanceur.service.RASA_TEL_QUEL`` for a baseline).
        tracker_store: Class of the tracker store.

    """

    dossier: Path
    port_rasa: int = PORT_RASA
    port_actions: int = PORT_ACTIONS
    port_web: int = PORT_WEB
    modele: Path = MODELE
    base: Mapping[str, str] = field(default_factory=lambda: dict(os.environ), repr=False)
    environnement: Mapping[str, str] = field(default_factory=dict)
    origines: tuple[str, ...] = ()
    api: bool = False
    module_rasa: str = RASA_RECOURS
    tracker_store: str = STORE_RECOURS

    def __post_init__(self) -> None:
        self.superviseur = Superviseur(self.dossier)
        # token_hex: a token_urlsafe may start with "-", which Rasa reads as an option
        self.jeton = secrets.token_hex(16) if self.api else None
        self.secret_de_session = secrets.token_hex(32)

    @property
    def rasa_url(self) -> str:
        """Rasa (REST channel, socket.io, HTTP API)."""
        return url(self.port_rasa)

    @property
    def actions_url(self) -> str:
        """The action server."""
        return url(self.port_actions)

    @property
    def web_url(self) -> str:
        """The web app (demo site, agents' page), whose origin alone Rasa's CORS allows."""
        return url(self.port_web)

    @property
    def base_tracker(self) -> Path:
        """Rasa's SQLite tracker store."""
        return self.dossier / "tracker.db"

    @property
    def base_dossiers(self) -> Path:
        """The dossier store (SQLite), unless ``RECOURS_DATABASE_URL`` says otherwise."""
        return self.dossier / "dossiers.db"

    @property
    def journal_rasa(self) -> Path:
        """Rasa's log."""
        return self.superviseur.journal("rasa")

    @property
    def journal_actions(self) -> Path:
        """The action server's log."""
        return self.superviseur.journal("actions")

    @property
    def journal_web(self) -> Path:
        """The web app's log."""
        return self.superviseur.journal("web")

    @property
    def pid_rasa(self) -> int | None:
        """Rasa's process, while it runs."""
        return self.superviseur.pid("rasa")

    @property
    def pid_actions(self) -> int | None:
        """The action server's process, while it runs."""
        return self.superviseur.pid("actions")

    def services(self) -> list[Service]:
        """The action server, Rasa and the web app, as this profile starts them."""
        env = environnement(
            self.base,
            defauts={
                "RECOURS_RASA_URL": self.rasa_url,
                "RECOURS_WEB_URL": self.web_url,
                "RECOURS_DATABASE_URL": f"sqlite:///{self.base_dossiers}",
                "RECOURS_TRACKER_DATABASE_URL": f"sqlite:///{self.base_tracker}",
                "RECOURS_SESSION_SECRET": self.secret_de_session,
                "RECOURS_REST_SANS_PREUVE": "1",
                "RECOURS_AGENTS_FILE": str(self.dossier / "agents"),
            },
            imposees=self.environnement,
        )
        rasa = serveur_rasa(
            self.port_rasa,
            env,
            modele=self.modele,
            endpoints=self.dossier / "endpoints.yml",
            origines=self.origines or (self.web_url,),
            jeton=self.jeton,
            module=self.module_rasa,
        )
        return [serveur_actions(self.port_actions, env), rasa, application_web(self.port_web, env)]

    def demarrer(self) -> None:
        """Write the endpoints file, start the three services and wait until they answer."""
        (self.dossier / "endpoints.yml").write_text(
            endpoints(self.port_actions, self.base_tracker, self.tracker_store), encoding="utf-8"
        )
        self.superviseur.demarrer(*self.services())

    def arreter(self) -> None:
        """Stop the three services, Rasa first."""
        for nom in ("rasa", "web", "actions"):
            self.superviseur.arreter(nom)
