"""One embedded profile (action server, Rasa, web app) for the whole end-to-end session."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from lanceur.embarque import Embarque
from outillage.embarque import embarque_de_test


@pytest.fixture(scope="session")
def serveurs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Embarque]:
    with embarque_de_test(Path(tmp_path_factory.mktemp("serveurs"))) as s:
        yield s
