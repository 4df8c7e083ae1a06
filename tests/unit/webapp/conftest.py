"""Each web-app test builds the app's context from its own environment."""

from collections.abc import Iterator

import pytest

from edge import contexte


@pytest.fixture(autouse=True)
def contexte_neuf() -> Iterator[None]:
    contexte.installer(None)
    yield
    contexte.installer(None)
