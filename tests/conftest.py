"""Shared fixtures: the real organisation files of data/organisations."""

from pathlib import Path

import pytest

from bot.organisations import Organisation, Registre

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
