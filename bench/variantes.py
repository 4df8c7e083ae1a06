"""The ways of running the Rasa server that the benchmarks compare, and how to start one."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from lanceur.embarque import STORE_RECOURS, Embarque
from lanceur.service import RASA_RECOURS, RASA_TEL_QUEL
from outillage.embarque import embarque_de_test

STORE_RASA = "rasa.core.tracker_store.SQLTrackerStore"


@dataclass(frozen=True)
class Variante:
    """One way of running the Rasa server: its command line and its tracker store."""

    nom: str
    module: str
    tracker_store: str


VARIANTES = (
    Variante(
        "Rasa 3.6 tel quel (SQLTrackerStore, validation jsonschema)", RASA_TEL_QUEL, STORE_RASA
    ),
    Variante("+ schéma des réponses d'actions compilé une fois", RASA_RECOURS, STORE_RASA),
    Variante("+ tracker store SQLite en WAL (configuration livrée)", RASA_RECOURS, STORE_RECOURS),
)
"""From Rasa as shipped (the baseline) to the configuration Recours ships, one change each."""


@contextmanager
def demarrer(variante: Variante, modele: Path) -> Iterator[Embarque]:
    """The embedded profile on ``modele``, Rasa run as ``variante`` says, in a temporary folder."""
    with (
        tempfile.TemporaryDirectory() as dossier,
        embarque_de_test(Path(dossier), modele, variante.module, variante.tracker_store) as pile,
    ):
        yield pile
