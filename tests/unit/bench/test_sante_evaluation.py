"""bench/sante.py scores any detector on a labelled file; the old detector is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.sante import evaluer, ordinaires_par_premiere_lettre
from bench.sante_mots_cles import contient_donnees_medicales as ancien_detecteur
from bot.sante import contient_donnees_medicales

FICHIER = """\
version: 1
exemples:
  - {texte: "On m'a opéré du genou.", medical: true, categorie: operation,
     diagnostic_ou_operation: true}
  - {texte: "Je fais des crises d'angoisse.", medical: true, categorie: sante_mentale}
  - {texte: "Mon oncologue attend.", medical: true, categorie: specialiste}
  - {texte: "Mes lunettes.", medical: false, categorie: ordinaire}
  - {texte: "Le traitement du dossier.", medical: false, categorie: homonyme}
"""


@pytest.fixture
def fichier(tmp_path: Path) -> Path:
    chemin = tmp_path / "exemples.yml"
    chemin.write_text(FICHIER, encoding="utf-8")
    return chemin


def test_rappel_fausses_alertes_et_categories(fichier: Path) -> None:
    bilan = evaluer(fichier, lambda texte: "genou" in texte or "lunettes" in texte)
    assert bilan["rappel"] == pytest.approx(1 / 3)
    assert bilan["rappel_diagnostic_ou_operation"] == 1.0
    assert bilan["fausses_alertes"] == 0.5
    assert bilan["rappel_par_categorie"] == {
        "operation": 1.0, "sante_mentale": 0.0, "specialiste": 0.0
    }  # fmt: skip
    assert bilan["ms_par_message"] >= 0
    assert bilan["manques"] == 2
    assert "Mon oncologue attend." not in repr(bilan)  # figures only, never the sentences


def test_le_nouveau_detecteur_trouve_ce_que_l_ancien_manquait(fichier: Path) -> None:
    ancien = evaluer(fichier, ancien_detecteur)
    nouveau = evaluer(fichier, contient_donnees_medicales)
    assert ancien["rappel"] < 1.0
    assert (nouveau["rappel"], nouveau["fausses_alertes"]) == (1.0, 0.0)


def test_un_fichier_mal_forme_est_refuse_en_nommant_l_exemple(tmp_path: Path) -> None:
    chemin = tmp_path / "faux.yml"
    chemin.write_text("version: 1\nexemples:\n  - {texte: x, medical: peut-etre}\n")
    with pytest.raises(ValueError, match="exemple 0"):
        evaluer(chemin, contient_donnees_medicales)


def test_le_schema_du_jeu_de_developpement_independant_est_lu(tmp_path: Path) -> None:
    chemin = tmp_path / "developpement.yml"
    chemin.write_text(
        'version: "1"\nauteur: "independant"\nexemples:\n'
        '  - {texte: "On m\'a opéré du genou.", sante: true, categorie: diagnostic_operation}\n'
        '  - {texte: "Mon oncologue attend.", sante: true, categorie: specialiste}\n'
        '  - {texte: "Mes lunettes.", sante: false, categorie: soin_sans_etat}\n',
        encoding="utf-8",
    )
    bilan = evaluer(chemin, lambda texte: "genou" in texte)
    assert (bilan["medicaux"], bilan["ordinaires"]) == (2, 1)
    assert bilan["rappel_diagnostic_ou_operation"] == 1.0
    assert bilan["rappel"] == 0.5


def test_les_phrases_ordinaires_par_premiere_lettre_trouvent_ce_que_trouve_un_seul_bloc() -> None:
    mesures = ordinaires_par_premiere_lettre(
        ["ça m'a coûté un bras", "j'en suis malade de votre lenteur", "On m'a opéré du genou."]
    )
    assert mesures["differences"] == 0
    assert mesures["ms_d_un_bloc"] > 0 and mesures["ms_par_premiere_lettre"] > 0
