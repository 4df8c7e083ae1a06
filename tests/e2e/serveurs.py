"""Start the real action server, Rasa server and web app on loopback, for end-to-end tests."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

RACINE = Path(__file__).resolve().parents[2]
MODELE = RACINE / "models" / "recours.tar.gz"
BIN = Path(sys.executable).parent
RASA_RECOURS = (sys.executable, "-m", "rasa_addons.serveur")
"""Rasa's command line as ``make run`` starts it (with the compiled-schema fix)."""
STORE_RECOURS = "rasa_addons.tracker_store.RedactingSQLTrackerStore"


def port_libre() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Serveurs:
    """Handles on the running servers of one test session."""

    rasa_url: str
    actions_url: str
    dossier: Path
    journal_rasa: Path
    journal_actions: Path
    base_tracker: Path
    base_dossiers: Path
    jeton: str
    pid_rasa: int
    pid_actions: int
    web_url: str
    """The web app (demo site, agents' page), whose origin alone Rasa's CORS allows."""

    def parler(
        self, expediteur: str, message: str, metadata: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Send one message over REST and return the bot's answers."""
        reponse = requests.post(
            f"{self.rasa_url}/webhooks/rest/webhook",
            json={"sender": expediteur, "message": message, "metadata": metadata or {}},
            timeout=30,
        )
        reponse.raise_for_status()
        resultat: list[dict[str, Any]] = reponse.json()
        return resultat

    def tracker(self, expediteur: str) -> dict[str, Any]:
        """The conversation's tracker, read through Rasa's HTTP API (token protected)."""
        reponse = requests.get(
            f"{self.rasa_url}/conversations/{expediteur}/tracker",
            params={"token": self.jeton},
            timeout=30,
        )
        reponse.raise_for_status()
        resultat: dict[str, Any] = reponse.json()
        return resultat


def _attendre(url: str, processus: subprocess.Popen[bytes], journal: Path, delai: float) -> None:
    fin = time.monotonic() + delai
    while time.monotonic() < fin:
        if processus.poll() is not None:
            raise RuntimeError(f"{url} s'est arrêté :\n{journal.read_text()[-3000:]}")
        try:
            if requests.get(url, timeout=1).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"{url} ne répond pas après {delai} s")


@contextmanager
def demarrer(
    dossier: Path,
    environnement: dict[str, str] | None = None,
    modele: Path = MODELE,
    commande_rasa: tuple[str, ...] = RASA_RECOURS,
    tracker_store: str = STORE_RECOURS,
) -> Iterator[Serveurs]:
    """Start the servers with their own SQLite tracker store in ``dossier``; stop them after.

    ``commande_rasa`` and ``tracker_store`` let the benchmarks compare with stock Rasa.
    """
    port_rasa, port_actions, port_web = port_libre(), port_libre(), port_libre()
    web_url = f"http://127.0.0.1:{port_web}"
    jeton = secrets.token_hex(16)  # token_urlsafe may start with "-", read as an option
    base = dossier / "tracker.db"
    endpoints = dossier / "endpoints.yml"
    endpoints.write_text(
        f'action_endpoint:\n  url: "http://127.0.0.1:{port_actions}/webhook"\n'
        f"tracker_store:\n  type: {tracker_store}\n"
        f"  dialect: sqlite\n  db: {base}\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "SANIC_HOST": "127.0.0.1",
        "RECOURS_TODAY": "2026-11-24",
        "RECOURS_RASA_URL": f"http://127.0.0.1:{port_rasa}",
        "RECOURS_WEB_PORT": str(port_web),
        "RECOURS_WEB_URL": web_url,
        "RECOURS_DATABASE_URL": f"sqlite:///{dossier / 'dossiers.db'}",
        **(environnement or {}),
    }
    journal_actions, journal_rasa = dossier / "actions.log", dossier / "rasa.log"
    actions = subprocess.Popen(
        [str(BIN / "rasa"), "run", "actions", "--actions", "actions", "--port", str(port_actions)],
        cwd=RACINE,
        env=env,
        stdout=journal_actions.open("wb"),
        stderr=subprocess.STDOUT,
    )
    rasa = subprocess.Popen(
        [
            *commande_rasa,
            "run",
            "--model",
            str(modele),
            "--endpoints",
            str(endpoints),
            "--credentials",
            str(RACINE / "credentials.yml"),
            "--port",
            str(port_rasa),
            "--interface",
            "127.0.0.1",
            "--enable-api",
            "--auth-token",
            jeton,
            "--cors",
            web_url,
        ],
        cwd=RACINE,
        env=env,
        stdout=journal_rasa.open("wb"),
        stderr=subprocess.STDOUT,
    )
    journal_web = dossier / "web.log"
    web = subprocess.Popen(
        [sys.executable, "-m", "webapp.app"],
        cwd=RACINE,
        env=env,
        stdout=journal_web.open("wb"),
        stderr=subprocess.STDOUT,
    )
    try:
        _attendre(f"http://127.0.0.1:{port_actions}/health", actions, journal_actions, 60)
        _attendre(f"{web_url}/sante", web, journal_web, 30)
        _attendre(f"http://127.0.0.1:{port_rasa}/", rasa, journal_rasa, 120)
        yield Serveurs(
            rasa_url=f"http://127.0.0.1:{port_rasa}",
            actions_url=f"http://127.0.0.1:{port_actions}",
            dossier=dossier,
            journal_rasa=journal_rasa,
            journal_actions=journal_actions,
            base_tracker=base,
            base_dossiers=dossier / "dossiers.db",
            jeton=jeton,
            pid_rasa=rasa.pid,
            pid_actions=actions.pid,
            web_url=web_url,
        )
    finally:
        for processus in (rasa, actions, web):
            processus.terminate()
        for processus in (rasa, actions, web):
            try:
                processus.wait(timeout=20)
            except subprocess.TimeoutExpired:
                processus.kill()
