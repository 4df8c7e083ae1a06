"""One pair of real servers for the whole end-to-end session."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.serveurs import Serveurs, demarrer


@pytest.fixture(scope="session")
def dossier_mails(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the servers write their e-mails as .eml files (no SMTP server)."""
    return Path(tmp_path_factory.mktemp("mails"))


@pytest.fixture(scope="session")
def serveurs(tmp_path_factory: pytest.TempPathFactory, dossier_mails: Path) -> Iterator[Serveurs]:
    environnement = {"RECOURS_MAIL_DIR": str(dossier_mails)}
    with demarrer(Path(tmp_path_factory.mktemp("serveurs")), environnement) as s:
        yield s
