"""Shared fixtures: the real organisation files of data/organisations, a dossier store per test."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.dossiers import Depot, ouvrir_depot
from bot.organisations import Organisation, Registre
from outillage.guichet import Guichet

RACINE = Path(__file__).resolve().parent.parent
DOSSIER_ORGANISATIONS = RACINE / "data" / "organisations"


@pytest.fixture(scope="session")
def registre() -> Registre:
    return Registre.depuis_dossier(DOSSIER_ORGANISATIONS)


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
def depot(url_dossiers: str) -> Depot:
    return ouvrir_depot(url_dossiers)


@pytest.fixture
def guichet() -> Iterator[Guichet]:
    """The insurer's endpoint, answering on loopback until the test ends."""
    with Guichet() as g:
        yield g
