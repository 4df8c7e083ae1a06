"""Intent classification on the held-out file (never trained on): the issue's target."""

import pytest
from rasa.shared.nlu.training_data.loading import load_data

from outillage.evaluation import evaluer, principal
from tests.conftest import RACINE

CIBLE_MACRO_F1 = 0.95


def test_macro_f1_sur_le_fichier_de_test_et_confusion_reclamation_demande() -> None:
    resultat = evaluer(RACINE / "models" / "recours.tar.gz")
    assert resultat.exemples >= 150
    assert resultat.macro_f1 >= CIBLE_MACRO_F1, resultat.erreurs
    assert resultat.reclamation_lue_demande + resultat.demande_lue_reclamation <= 2, (
        resultat.erreurs
    )


def test_les_chiffres_seuls_n_affichent_aucune_phrase_du_jeu(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A held-out file is measured without a single sentence of it reaching the screen."""
    fichier = RACINE / "tests" / "nlu" / "heldout.yml"
    principal([str(RACINE / "models" / "recours.tar.gz"), str(fichier), "--chiffres"])
    sortie = capsys.readouterr()
    phrases = [m.get("text") for m in load_data(str(fichier)).intent_examples]
    assert "macro_f1=" in sortie.out
    assert not [p for p in phrases if len(p) > 15 and p in sortie.out + sortie.err]


def test_evaluer_ne_journalise_aucune_phrase(capsys: pytest.CaptureFixture[str]) -> None:
    """Rasa's debug log of each parse (its text) is silenced while a file is measured."""
    fichier = RACINE / "tests" / "nlu" / "heldout.yml"
    evaluer(RACINE / "models" / "recours.tar.gz", fichier)
    sortie = capsys.readouterr()
    phrases = [m.get("text") for m in load_data(str(fichier)).intent_examples]
    assert not [p for p in phrases if len(p) > 15 and p in sortie.out + sortie.err]
