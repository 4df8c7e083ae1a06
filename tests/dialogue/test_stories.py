"""Rasa's own checks: the training data validate and every test story passes."""

from pathlib import Path

from outillage.rasa_cli import jouer_histoires, lancer_rasa
from tests.conftest import RACINE


def test_donnees_d_entrainement_valides() -> None:
    resultat = lancer_rasa(
        "data", "validate", "--data", "data/nlu", "data/rules", "data/stories", "--fail-on-warnings"
    )
    assert resultat.returncode == 0, resultat.stdout[-3000:] + resultat.stderr[-3000:]


def test_toutes_les_histoires_de_test_passent(tmp_path: Path) -> None:
    resultat = jouer_histoires(RACINE / "models" / "recours.tar.gz", tmp_path)
    assert resultat.returncode == 0, resultat.stdout[-3000:] + resultat.stderr[-3000:]
    echecs = (tmp_path / "failed_test_stories.yml").read_text(encoding="utf-8")
    assert "None of the test stories failed" in echecs
