"""Intent classification on the held-out file (never trained on): the issue's target."""

from outillage.evaluation import evaluer
from tests.conftest import RACINE

CIBLE_MACRO_F1 = 0.95


def test_macro_f1_sur_le_fichier_de_test_et_confusion_reclamation_demande() -> None:
    resultat = evaluer(RACINE / "models" / "recours.tar.gz")
    assert resultat.exemples >= 150
    assert resultat.macro_f1 >= CIBLE_MACRO_F1, resultat.erreurs
    assert resultat.reclamation_lue_demande + resultat.demande_lue_reclamation <= 2, (
        resultat.erreurs
    )
