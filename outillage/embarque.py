"""The embedded profile as the tests and the benchmarks start it.

Free ports, an environment without the developer's ``RECOURS_*`` settings, today fixed
at 2026-11-24 so that the dates are exact, and Rasa's HTTP API open behind a token.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lanceur.embarque import STORE_RECOURS, Embarque
from lanceur.ports import ports_libres
from lanceur.service import MODELE, RASA_RECOURS

AUJOURDHUI = "2026-11-24"


def environnement_isole() -> dict[str, str]:
    """The environment of this process, without the assistant's settings."""
    return {
        nom: valeur
        for nom, valeur in os.environ.items()
        if not nom.startswith("RECOURS_") and nom != "RASA_AUTH_TOKEN"
    }


@contextmanager
def embarque_de_test(
    dossier: Path,
    modele: Path = MODELE,
    module_rasa: str = RASA_RECOURS,
    tracker_store: str = STORE_RECOURS,
    environnement: dict[str, str] | None = None,
) -> Iterator[Embarque]:
    """The embedded profile in ``dossier``, running for the ``with`` block.

    ``module_rasa`` and ``tracker_store`` let the benchmarks compare with stock Rasa;
    ``environnement`` adds settings (an organisations folder, a mail folder).
    """
    port_rasa, port_actions, port_web = ports_libres(3)
    pile = Embarque(
        dossier,
        port_rasa,
        port_actions,
        port_web,
        modele=modele,
        base=environnement_isole(),
        environnement={"RECOURS_TODAY": AUJOURDHUI, **(environnement or {})},
        api=True,
        module_rasa=module_rasa,
        tracker_store=tracker_store,
    )
    try:  # a service that fails to start stops the others too
        pile.demarrer()
        yield pile
    finally:
        pile.arreter()
