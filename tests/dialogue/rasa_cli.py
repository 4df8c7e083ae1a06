"""Rasa's own command line, run on this project (tests and benchmarks)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import RACINE

RASA = str(Path(sys.executable).parent / "rasa")
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}


def lancer_rasa(*arguments: str) -> subprocess.CompletedProcess[str]:
    """Run ``rasa <arguments>`` at the project root; never raises on a failure."""
    return subprocess.run(
        [RASA, *arguments], cwd=RACINE, env=ENV, capture_output=True, text=True, check=False
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
