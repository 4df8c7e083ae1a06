"""Medical endings, and the ordinary words that share them (bot/sante/morphologie.py)."""

from __future__ import annotations

import pytest

from bot.sante import constater
from bot.sante.morphologie import suffixe_medical, suffixe_medical_a_une_faute_pres


@pytest.mark.parametrize(
    ("mot", "suffixe"),
    [
        ("spondylodiscite", "ite"),
        ("cholangiographie", "graphie"),
        ("algologue", "logue"),
        ("neurinome", "ome"),
        ("amylose", "ose"),
        ("cholecystectomie", "ectomie"),
        ("gastrotomie", "otomie"),
        ("ligamentoplastie", "plastie"),
        ("luminotherapie", "therapie"),
        ("uropathie", "pathie"),
        ("cruralgie", "algie"),
        ("hypokaliemie", "emie"),
        ("monoplegie", "plegie"),
        ("arthroscopie", "scopie"),
    ],
)
def test_une_terminaison_medicale_compte_meme_hors_du_lexique(mot: str, suffixe: str) -> None:
    assert suffixe_medical(mot) == suffixe


@pytest.mark.parametrize(
    "mot",
    [
        "suite", "visite", "limite", "faillite", "conduite", "reussite", "favorite",
        "chose", "propose", "suppose", "metamorphose", "osmose", "glucose",
        "catalogue", "dialogue", "homologue", "sociologue", "prologue",
        "sympathie", "antipathie", "homeopathie", "osteopathie", "nostalgie",
        "academie", "epidemie", "pandemie", "economie", "photographie", "geographie",
        "diplome", "autonome", "atome", "jerome", "marguerite",
        "kinesitherapie", "physiotherapie", "thalassotherapie", "dichotomie",
    ],
)  # fmt: skip
def test_un_mot_ordinaire_qui_partage_la_terminaison_ne_compte_pas(mot: str) -> None:
    assert suffixe_medical(mot) is None


def test_un_mot_en_ite_ecrit_avec_accent_est_une_qualite_pas_une_inflammation() -> None:
    assert suffixe_medical("joignabilite") is None
    assert suffixe_medical("trucmachinite") == "ite"
    assert suffixe_medical("trucmachinite", ite_accentue=True) is None
    assert constater("Votre trucmachinité est pénible.") is None


def test_une_apostrophe_oubliee_ne_rend_pas_un_verbe_medical() -> None:
    assert suffixe_medical("jhabite") is None
    assert suffixe_medical("jhesite") is None


def test_la_morphologie_trouve_une_maladie_que_le_lexique_ignore() -> None:
    constat = constater("Mon fils a une spondylodiscite.")
    assert constat is not None and constat.lecteur == "morphologie"


@pytest.mark.parametrize("token", ["vasectoomie", "vasectmie", "myomecctomie", "septolpastie"])
def test_une_faute_dans_ectomie_ou_plastie_se_lit_encore(token: str) -> None:
    assert suffixe_medical(token) is None
    assert suffixe_medical_a_une_faute_pres(token) in {"ectomie", "plastie"}


@pytest.mark.parametrize("token", ["ergonomie", "economie", "autonomie", "dynastie", "modestie"])
def test_un_mot_ordinaire_n_a_pas_de_fin_medicale_a_une_faute_pres(token: str) -> None:
    assert suffixe_medical_a_une_faute_pres(token) is None
