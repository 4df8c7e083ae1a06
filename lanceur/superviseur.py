"""Start services detached, one pid file and one log each, and stop them.

The pid files let another process than the one that started a profile stop it or tell
what runs (``python -m production stop|status``).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from lanceur.ports import port_occupe
from lanceur.service import RACINE, Service
from lanceur.sonde import ErreurDeDemarrage, attendre_pret

DELAI_ARRET = 30.0
"""Seconds a service has to end after SIGTERM before it gets SIGKILL."""


class Superviseur:
    """The processes of one profile, with their logs and pid files in ``dossier``.

    Args:
        dossier: Work folder; ``logs/<service>.log`` and ``run/<service>.pid`` go there.

    """

    def __init__(self, dossier: Path) -> None:
        self.dossier = dossier
        self._enfants: dict[str, subprocess.Popen[bytes]] = {}
        for sous_dossier in ("logs", "run"):
            (dossier / sous_dossier).mkdir(parents=True, exist_ok=True)

    def journal(self, nom: str) -> Path:
        """The log file of service ``nom``."""
        return self.dossier / "logs" / f"{nom}.log"

    def pid(self, nom: str) -> int | None:
        """The pid of service ``nom`` if it runs."""
        try:
            pid = int(self._fichier_pid(nom).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return pid if vivant(pid) else None

    def demarrer(self, *services: Service) -> None:
        """Start every service that does not run, all at once, then wait for each."""
        for service in services:
            self.lancer(service)
        for service in services:
            self.attendre(service)

    def lancer(self, service: Service) -> None:
        """Start ``service`` detached from the terminal, unless it runs already.

        Raises:
            ErreurDeDemarrage: Its port is taken by another program (whose answers would
                otherwise pass for this service's).

        """
        if self.pid(service.nom) is not None:
            return
        if port_occupe(service.port):
            raise ErreurDeDemarrage(f"{service.nom} : le port {service.port} est déjà pris.")
        with self.journal(service.nom).open("ab") as journal:
            processus = subprocess.Popen(
                service.commande,
                cwd=RACINE,
                env=dict(service.environnement),
                stdin=subprocess.DEVNULL,
                stdout=journal,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._fichier_pid(service.nom).write_text(str(processus.pid), encoding="utf-8")
        self._enfants[service.nom] = processus

    def attendre(self, service: Service) -> None:
        """Wait until ``service`` answers its probe.

        Raises:
            ErreurDeDemarrage: It ended or did not answer in time (with its log's tail).

        """
        attendre_pret(
            service.nom,
            service.sonde,
            lambda: self.pid(service.nom) is not None,
            self.journal(service.nom),
            service.delai,
        )

    def arreter(self, nom: str, sig: signal.Signals = signal.SIGTERM) -> None:
        """Send ``sig`` to service ``nom`` and wait for it to end (SIGKILL simulates a crash)."""
        pid = self.pid(nom)
        if pid is not None:
            os.kill(pid, sig)
            fin = time.monotonic() + DELAI_ARRET
            while time.monotonic() < fin and vivant(pid):
                time.sleep(0.1)
            if vivant(pid):
                os.kill(pid, signal.SIGKILL)
        enfant = self._enfants.pop(nom, None)
        if enfant is not None:
            enfant.wait(timeout=DELAI_ARRET)
        self._fichier_pid(nom).unlink(missing_ok=True)

    def _fichier_pid(self, nom: str) -> Path:
        return self.dossier / "run" / f"{nom}.pid"


def vivant(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie child counts as ended)."""
    try:
        os.kill(pid, 0)
        etat = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except (OSError, IndexError):
        return False
    return etat != "Z"


def arreter_au_premier_signal() -> None:
    """Make the first SIGINT (Ctrl-C) or SIGTERM interrupt the main thread, and ignore the next.

    The first raises ``KeyboardInterrupt`` wherever the main thread is (a service still
    starting, or ``attendre_un_signal``); the next ones are ignored, so that the stop
    that follows runs to its end: make sends SIGINT again to its child when it gets
    one, and a person may press Ctrl-C twice.
    """

    def interrompre(*_: object) -> None:
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_IGN)
        raise KeyboardInterrupt

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, interrompre)


def attendre_un_signal() -> None:
    """Block until a signal: SIGINT or SIGTERM, made ``KeyboardInterrupt`` beforehand."""
    while True:
        signal.pause()
