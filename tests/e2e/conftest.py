"""One pair of real servers for the whole end-to-end session."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.serveurs import Serveurs, demarrer


@pytest.fixture(scope="session")
def serveurs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Serveurs]:
    with demarrer(Path(tmp_path_factory.mktemp("serveurs"))) as s:
        yield s
