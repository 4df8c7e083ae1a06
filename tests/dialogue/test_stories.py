"""Rasa's own checks: the training data validate and every test story passes."""

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import RACINE

RASA = str(Path(sys.executable).parent / "rasa")
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}


def test_donnees_d_entrainement_valides() -> None:
    resultat = subprocess.run(
        [
            RASA,
            "data",
            "validate",
            "--data",
            "data/nlu",
            "data/rules",
            "data/stories",
            "--fail-on-warnings",
        ],
        cwd=RACINE,
        env=ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    assert resultat.returncode == 0, resultat.stdout[-3000:] + resultat.stderr[-3000:]


def test_toutes_les_histoires_de_test_passent(tmp_path: Path) -> None:
    resultat = subprocess.run(
        [
            RASA,
            "test",
            "core",
            "--stories",
            "tests/stories",
            "--model",
            "models/recours.tar.gz",
            "--out",
            str(tmp_path),
            "--fail-on-prediction-errors",
            "--no-plot",
        ],
        cwd=RACINE,
        env=ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    assert resultat.returncode == 0, resultat.stdout[-3000:] + resultat.stderr[-3000:]
    echecs = (tmp_path / "failed_test_stories.yml").read_text(encoding="utf-8")
    assert "None of the test stories failed" in echecs
