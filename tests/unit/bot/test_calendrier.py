"""Calendar rules: holidays, jours ouvrables, months, extension (brief §4, CPC 641/642)."""

from datetime import date, timedelta

import pytest
from dateutil.easter import easter
from hypothesis import given
from hypothesis import strategies as st

from bot.calendrier import (
    Region,
    ajouter_jours_ouvrables,
    ajouter_mois,
    est_ferie,
    est_jour_ouvrable,
    jours_feries,
    proroger_au_jour_ouvrable,
)

jours = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
regions = st.sampled_from(list(Region))


@pytest.mark.parametrize(
    ("jour", "nom"),
    [
        (date(2026, 1, 1), "jour de l'an"),
        (date(2026, 4, 6), "lundi de Pâques 2026 (Pâques le 5 avril)"),
        (date(2026, 5, 1), "fête du travail"),
        (date(2026, 5, 8), "victoire 1945"),
        (date(2026, 5, 14), "Ascension 2026"),
        (date(2026, 5, 25), "lundi de Pentecôte 2026"),
        (date(2026, 7, 14), "fête nationale"),
        (date(2026, 8, 15), "Assomption"),
        (date(2026, 11, 1), "Toussaint"),
        (date(2026, 11, 11), "armistice"),
        (date(2026, 12, 25), "Noël"),
        (date(2025, 4, 21), "lundi de Pâques 2025 (Pâques le 20 avril)"),
        (date(2025, 5, 29), "Ascension 2025"),
    ],
)
def test_jours_feries_nationaux_code_du_travail_l3133_1(jour: date, nom: str) -> None:
    assert est_ferie(jour), nom


def test_onze_feries_nationaux_par_an_sauf_quand_l_ascension_tombe_un_jour_ferie() -> None:
    for annee in range(1990, 2101):
        ascension = easter(annee) + timedelta(days=39)
        collision = ascension in (date(annee, 5, 1), date(annee, 5, 8))
        assert len(jours_feries(annee)) == (10 if collision else 11), annee
    assert len(jours_feries(2008)) == 10  # Ascension 2008 = 1er mai


def test_alsace_moselle_ajoute_vendredi_saint_et_26_decembre() -> None:
    assert not est_ferie(date(2026, 4, 3))
    assert est_ferie(date(2026, 4, 3), Region.ALSACE_MOSELLE)
    assert not est_ferie(date(2026, 12, 26))
    assert est_ferie(date(2026, 12, 26), Region.ALSACE_MOSELLE)


def test_samedi_est_ouvrable_mais_pas_le_dimanche() -> None:
    assert est_jour_ouvrable(date(2026, 1, 3))  # samedi
    assert not est_jour_ouvrable(date(2026, 1, 4))  # dimanche


def test_exemple_du_brief_accuse_reception_envoi_vendredi_19_decembre() -> None:
    # brief §4: sent Fri 19/12/2025 → Fri 02/01/2026; Sat 03/01 in Alsace-Moselle.
    assert ajouter_jours_ouvrables(date(2025, 12, 19), 10) == date(2026, 1, 2)
    assert ajouter_jours_ouvrables(date(2025, 12, 19), 10, Region.ALSACE_MOSELLE) == date(
        2026, 1, 3
    )


def test_exemple_du_brief_accuse_reception_envoi_31_decembre() -> None:
    assert ajouter_jours_ouvrables(date(2025, 12, 31), 10) == date(2026, 1, 13)


def test_le_jour_d_envoi_ne_compte_pas() -> None:
    # Sent Monday 2 March 2026: day 1 is Tuesday 3 March.
    assert ajouter_jours_ouvrables(date(2026, 3, 2), 1) == date(2026, 3, 3)


def test_fin_de_mois_31_decembre_plus_deux_mois_donne_28_fevrier() -> None:
    assert ajouter_mois(date(2025, 12, 31), 2) == date(2026, 2, 28)
    assert ajouter_mois(date(2027, 12, 31), 2) == date(2028, 2, 29)


def test_deux_mois_finissant_un_samedi_proroges_au_lundi() -> None:
    assert proroger_au_jour_ouvrable(date(2026, 2, 28)) == date(2026, 3, 2)


def test_echeance_du_vendredi_8_mai_prorogee_au_lundi_11() -> None:
    assert proroger_au_jour_ouvrable(date(2026, 5, 8)) == date(2026, 5, 11)


def test_echeance_un_jour_de_semaine_ouvre_n_est_pas_prorogee() -> None:
    assert proroger_au_jour_ouvrable(date(2026, 2, 19)) == date(2026, 2, 19)


@given(jours, regions)
def test_une_echeance_prorogee_ne_tombe_jamais_un_week_end_ni_un_ferie(
    jour: date, region: Region
) -> None:
    prorogee = proroger_au_jour_ouvrable(jour, region)
    assert prorogee >= jour
    assert prorogee.weekday() < 5
    assert not est_ferie(prorogee, region)
    assert prorogee - jour <= timedelta(days=5)


@given(jours, st.integers(min_value=0, max_value=60), regions)
def test_n_jours_ouvrables_tombent_sur_un_jour_ouvrable_et_en_comptent_n(
    jour: date, nombre: int, region: Region
) -> None:
    fin = ajouter_jours_ouvrables(jour, nombre, region)
    comptes = sum(
        est_jour_ouvrable(jour + timedelta(days=i), region) for i in range(1, (fin - jour).days + 1)
    )
    assert comptes == nombre
    if nombre:
        assert est_jour_ouvrable(fin, region)


@given(jours, st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=30))
def test_ajouter_des_jours_ouvrables_est_monotone(jour: date, a: int, b: int) -> None:
    petit, grand = sorted((a, b))
    assert ajouter_jours_ouvrables(jour, petit) <= ajouter_jours_ouvrables(jour, grand)


@given(jours, st.integers(min_value=0, max_value=24))
def test_ajouter_des_mois_garde_le_jour_ou_prend_le_dernier_du_mois(jour: date, mois: int) -> None:
    fin = ajouter_mois(jour, mois)
    assert (fin.year * 12 + fin.month) - (jour.year * 12 + jour.month) == mois
    assert fin.day == jour.day or (fin.day < jour.day and (fin + timedelta(days=1)).day == 1)


def test_nombre_negatif_de_jours_ouvrables_refuse() -> None:
    with pytest.raises(ValueError):
        ajouter_jours_ouvrables(date(2026, 1, 1), -1)
