"""The pure-Python classifier scores as scikit-learn does, and its weights are current."""

from __future__ import annotations

import pytest

from bench.sante import ajuster, entrainer, exemples_d_apprentissage, seuil_pour_le_rappel
from bot.sante.classifieur import CLASSIFIEUR, MOTS_MINIMUM, ClassifieurLineaire, ngrammes, segments
from bot.sante.poids import BIAIS, SEUIL

EXEMPLES = exemples_d_apprentissage()


def test_les_ngrammes_sont_des_mots_1_2_et_des_caracteres_1_5_dans_les_mots() -> None:
    grammes = ngrammes("Mal au dos")
    assert {"w:mal", "w:au dos", "c: d", "c:dos ", "c: dos "} <= set(grammes)
    assert max(len(g) for g in grammes if g.startswith("c:")) == len("c:") + 5


def test_le_score_pur_est_celui_de_scikit_learn() -> None:
    apprises = EXEMPLES[::3]
    vectoriseur, modele = ajuster(apprises)
    pur = ClassifieurLineaire(entrainer(apprises).lignes(), float(modele.intercept_[0]), 0.5)
    textes = [e.texte for e in EXEMPLES[1::40]]
    attendus = modele.predict_proba(vectoriseur.transform(textes))[:, 1]
    for texte, attendu in zip(textes, attendus, strict=True):
        lus = [m for morceau in segments(texte) for m in morceau if m.isalpha() and len(m) > 1]
        if len(lus) >= MOTS_MINIMUM:  # shorter ones score 0.0 (next test)
            assert pur.score(texte) == pytest.approx(attendu, abs=1e-4), texte


def test_un_message_de_moins_de_cinq_mots_n_est_pas_lu_par_le_classifieur() -> None:
    assert CLASSIFIEUR.score("Martin") == 0.0
    assert CLASSIFIEUR.score("oui merci beaucoup") == 0.0
    assert CLASSIFIEUR.score("je l'ai perdue hier") == 0.0  # "l" is not a word
    assert CLASSIFIEUR.score("je l'ai perdue hier soir") > 0.0


def test_les_poids_livres_sont_ceux_des_phrases_d_entrainement() -> None:
    """Fails when data/sante/ changed without ``bench.sante_construire poids``."""
    modele = entrainer(EXEMPLES)
    assert modele.biais == pytest.approx(BIAIS, abs=1e-4)
    assert set(modele.poids) == set(CLASSIFIEUR.poids)
    for ngramme in list(modele.poids)[::500]:
        livre = CLASSIFIEUR.poids[ngramme][1]  # five significant digits
        assert modele.poids[ngramme][1] == pytest.approx(livre, rel=1e-4, abs=1e-4)
    assert seuil_pour_le_rappel(EXEMPLES) == pytest.approx(SEUIL, abs=1e-4)
