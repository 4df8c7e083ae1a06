"""Shared fixtures: the real organisation files of data/organisations, a dossier store per test."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.organisations import Organisation, Registre
from edge.organisations import charger_registre
from edge.stockage.depot import Depot, ouvrir_depot
from outillage.guichet import Guichet
from tests.boite import Boite

RACINE = Path(__file__).resolve().parent.parent
DOSSIER_ORGANISATIONS = RACINE / "data" / "organisations"


@pytest.fixture(scope="session")
def registre() -> Registre:
    return charger_registre(DOSSIER_ORGANISATIONS)


@pytest.fixture(scope="session")
def mutex(registre: Registre) -> Organisation:
    return registre["mutex"]


@pytest.fixture(scope="session")
def identites(registre: Registre) -> Organisation:
    return registre["identites-mutuelle"]


@pytest.fixture
def url_dossiers(tmp_path: Path) -> str:
    """A dossier store of its own: a SQLite file in the test's folder."""
    return f"sqlite:///{tmp_path / 'dossiers.db'}"


@pytest.fixture
def depot(url_dossiers: str, registre: Registre) -> Depot:
    return ouvrir_depot(url_dossiers, registre)


@pytest.fixture
def guichet() -> Iterator[Guichet]:
    """The insurer's endpoint, answering on loopback until the test ends."""
    with Guichet() as g:
        yield g


_NEEDS_A_MODEL = ("tests/dialogue/", "tests/nlu/test_heldout")
"""Tests that read the trained model (``make test-unit`` leaves them out)."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests that need a trained model with ``rasa``."""
    for item in items:
        if Path(item.path).relative_to(RACINE).as_posix().startswith(_NEEDS_A_MODEL):
            item.add_marker(pytest.mark.rasa)


@pytest.fixture
def boite() -> Iterator[Boite]:
    """A real SMTP server (aiosmtpd) on loopback, with authentication."""
    b = Boite()
    b.ouvrir()
    yield b
    b.fermer()
