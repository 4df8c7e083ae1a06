"""One embedded profile (action server, Rasa, web app) for the whole end-to-end session."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from edge.comptes import ajouter
from lanceur.embarque import Embarque
from outillage.embarque import embarque_de_test

CONSEILLER = ("claire", "Mot de passe de Claire, 2026")
"""The agent account of the session's servers (login, password)."""


@pytest.fixture(scope="session")
def dossier_mails(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the servers write their e-mails as .eml files (no SMTP server)."""
    return Path(tmp_path_factory.mktemp("mails"))


@pytest.fixture(scope="session")
def serveurs(tmp_path_factory: pytest.TempPathFactory, dossier_mails: Path) -> Iterator[Embarque]:
    environnement = {"RECOURS_MAIL_DIR": str(dossier_mails)}
    dossier = Path(tmp_path_factory.mktemp("serveurs"))
    ajouter(dossier / "agents", *CONSEILLER)  # read by the web app when it starts
    with embarque_de_test(dossier, environnement=environnement) as s:
        yield s
