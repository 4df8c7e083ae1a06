"""The independent simulated people (tests/e2e/test_personnes_simulees.py) against a model.

The suite writes its totals to tests/artifacts/personnes_simulees.txt; they are read
back here so that ``make bench`` compares the pipelines on whole conversations, not
only on first messages (issue 19).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from lanceur.service import RACINE

SUITE = "tests/e2e/test_personnes_simulees.py"
TOTAUX = RACINE / "tests" / "artifacts" / "personnes_simulees.txt"


@dataclass(frozen=True)
class Personnes:
    """The totals of one run of the simulated people."""

    scenarios: int
    reussis: int
    bonnes_orientations: int
    questions_deux_fois: int
    reformulations: int
    faits_changes: int


def _total(texte: str, libelle: str) -> tuple[int, int]:
    """``libelle : a/b`` (or ``libelle : a``) from the totals, as (a, b or 0)."""
    trouve = re.search(rf"^{re.escape(libelle)} : (\d+)(?:/(\d+))?", texte, re.MULTILINE)
    if trouve is None:
        raise ValueError(f"« {libelle} » absent de {TOTAUX}")
    return int(trouve[1]), int(trouve[2] or 0)


def lire_totaux(texte: str) -> Personnes:
    """The totals written by the suite."""
    reussis, scenarios = _total(texte, "scénarios réussis")
    return Personnes(
        scenarios=scenarios,
        reussis=reussis,
        bonnes_orientations=_total(texte, "bonnes orientations")[0],
        questions_deux_fois=_total(texte, "questions posées deux fois")[0],
        reformulations=_total(texte, "demandes de reformulation")[0],
        faits_changes=_total(texte, "faits changés sans confirmation (dont recommencements)")[0],
    )


def mesurer_personnes(modele: Path) -> Personnes:
    """Run every simulated person against ``modele`` (failures are figures, not errors)."""
    TOTAUX.unlink(missing_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            SUITE,
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            "personne_simulee",
        ],
        cwd=RACINE,
        env={**os.environ, "RECOURS_MODELE_SIMULE": str(modele)},
        check=False,
        stdout=subprocess.DEVNULL,
    )
    return lire_totaux(TOTAUX.read_text(encoding="utf-8"))
