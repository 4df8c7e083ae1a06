"""Rasa's own command line, run on this project (tests and benchmarks)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from lanceur.environnement import environnement
from lanceur.service import BIN, RACINE


def lancer_rasa(*arguments: str) -> subprocess.CompletedProcess[str]:
    """Run ``rasa <arguments>`` at the project root; never raises on a failure."""
    return subprocess.run(
        [str(BIN / "rasa"), *arguments],
        cwd=RACINE,
        env=environnement(os.environ),
        capture_output=True,
        text=True,
        check=False,
    )


def jouer_histoires(modele: Path, sortie: Path) -> subprocess.CompletedProcess[str]:
    """``rasa test core`` on tests/stories; failing stories make a non-zero exit."""
    return lancer_rasa(
        "test",
        "core",
        "--stories",
        "tests/stories",
        "--model",
        str(modele),
        "--out",
        str(sortie),
        "--fail-on-prediction-errors",
        "--no-plot",
    )
