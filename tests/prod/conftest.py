"""One production profile (PostgreSQL, Redis, two Rasa replicas, nginx) for the session."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from lanceur.ports import port_libre, ports_libres
from production.configuration import Ports
from production.pile import Pile

MESURES: list[str] = []
"""Figures measured by the tests, printed at the end of the run (README's report)."""


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if MESURES:
        terminalreporter.section("profil de production : mesures")
        for ligne in MESURES:
            terminalreporter.write_line(ligne)


@pytest.fixture(scope="session")
def mesures() -> list[str]:
    return MESURES


@pytest.fixture(scope="session")
def pile() -> Iterator[Pile]:
    # Under /tmp, not pytest's 0700 folders: the postgres user must reach its data.
    dossier = Path(tempfile.mkdtemp(prefix="recours-prod-"))
    dossier.chmod(0o755)
    # The insurer's endpoint: nothing listens there until a test starts a receiver.
    assureur = f"http://127.0.0.1:{port_libre()}/dossiers"
    environnement = {"RECOURS_TODAY": "2026-11-24", "RECOURS_WEBHOOK_URL": assureur}
    http, rasa_0, rasa_1, actions, web, postgres, redis, veille = ports_libres(8)
    ports = Ports(http, (rasa_0, rasa_1), actions, web, postgres, redis, veille)
    profil = Pile(dossier, ports, environnement=environnement)
    try:
        profil.demarrer()
        yield profil
    finally:
        profil.arreter()
        shutil.rmtree(dossier, ignore_errors=True)
