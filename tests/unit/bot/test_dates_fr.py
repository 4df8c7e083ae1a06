from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.dates_fr import (
    JOURS_SEMAINE,
    MOIS,
    ErreurDate,
    ResultatDate,
    analyser_date,
    analyser_dates,
    jour_dans_la_plage,
)

MARDI_24_NOVEMBRE_2026 = date(2026, 11, 24)
MOIS_EN_TOUTES_LETTRES = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
jours_raisonnables = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


def lire(texte: str, aujourdhui: date = MARDI_24_NOVEMBRE_2026) -> ResultatDate:
    return analyser_date(texte, aujourdhui)


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("le 3 octobre", date(2026, 10, 3)),
        ("3 octobre 2025", date(2025, 10, 3)),
        ("1er mars", date(2026, 3, 1)),
        ("le 1ᵉʳ mars", date(2026, 3, 1)),
        ("le premier avril", date(2026, 4, 1)),
        ("le deux mars", date(2026, 3, 2)),
        ("le vingt-et-un juin", date(2026, 6, 21)),
        ("03/10/2026", date(2026, 10, 3)),
        ("3/10/26", date(2026, 10, 3)),
        ("03-10-2026", date(2026, 10, 3)),
        ("2026-10-03", date(2026, 10, 3)),
        ("3.10.2026", date(2026, 10, 3)),
        ("03/10", date(2026, 10, 3)),
        ("le 5 fevrier 2026", date(2026, 2, 5)),
        ("le 5 févr. 2026", date(2026, 2, 5)),
        ("le 5 sept", date(2026, 9, 5)),
        ("le 5 dec 2025", date(2025, 12, 5)),
        ("LE 3 OCTOBRE", date(2026, 10, 3)),
        ("lundi 3 octobre", date(2026, 10, 3)),
    ],
)
def test_les_dates_ecrites_et_chiffrees_sont_comprises(texte: str, attendu: date) -> None:
    assert lire(texte) == ResultatDate(attendu)


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("aujourd'hui", date(2026, 11, 24)),
        ("aujourd’hui", date(2026, 11, 24)),
        ("hier", date(2026, 11, 23)),
        ("avant-hier", date(2026, 11, 22)),
        ("avant hier", date(2026, 11, 22)),
        ("il y a deux mois", date(2026, 9, 24)),
        ("il y a 3 semaines", date(2026, 11, 3)),
        ("il y a 10 jours", date(2026, 11, 14)),
        ("il y a quinze jours", date(2026, 11, 9)),
        ("il y a un an", date(2025, 11, 24)),
        ("il y a une semaine", date(2026, 11, 17)),
        ("la semaine dernière", date(2026, 11, 17)),
        ("le mois dernier", date(2026, 10, 24)),
        ("lundi dernier", date(2026, 11, 23)),
        ("vendredi", date(2026, 11, 20)),
        ("mardi", date(2026, 11, 17)),
    ],
)
def test_les_dates_relatives_se_comptent_depuis_aujourdhui(texte: str, attendu: date) -> None:
    assert lire(texte) == ResultatDate(attendu)


def test_une_date_est_trouvee_au_milieu_d_une_phrase() -> None:
    phrase = "Bonjour, j'ai envoyé ma lettre le 3 octobre et rien depuis."
    assert lire(phrase) == ResultatDate(date(2026, 10, 3))


def test_date_sans_annee_prend_la_derniere_occurrence_passee() -> None:
    assert lire("le 3 décembre") == ResultatDate(date(2025, 12, 3))


def test_date_sans_annee_egale_a_aujourdhui_est_aujourdhui() -> None:
    assert lire("le 24 novembre") == ResultatDate(date(2026, 11, 24))


def test_29_fevrier_sans_annee_remonte_a_la_derniere_annee_bissextile() -> None:
    assert lire("le 29 février") == ResultatDate(date(2024, 2, 29))
    assert lire("le 29 février", date(2028, 3, 1)) == ResultatDate(date(2028, 2, 29))


def test_le_mois_dernier_un_31_donne_le_dernier_jour_du_mois_precedent() -> None:
    assert lire("le mois dernier", date(2026, 3, 31)) == ResultatDate(date(2026, 2, 28))


def test_un_jour_de_semaine_dit_le_jour_meme_designe_la_semaine_precedente() -> None:
    assert lire("mardi", MARDI_24_NOVEMBRE_2026) == ResultatDate(date(2026, 11, 17))


@pytest.mark.parametrize(
    "texte", ["le 31 février", "30/02/2026", "le 31 avril 2025", "45/10/2026", "12/13/2026"]
)
def test_une_date_qui_n_existe_pas_est_impossible(texte: str) -> None:
    assert lire(texte) == ResultatDate(None, ErreurDate.IMPOSSIBLE)


def test_une_date_future_est_signalee_mais_rendue() -> None:
    assert lire("le 3 décembre 2026") == ResultatDate(date(2026, 12, 3), ErreurDate.FUTURE)
    assert lire("25/11/2026") == ResultatDate(date(2026, 11, 25), ErreurDate.FUTURE)


@pytest.mark.parametrize(
    "texte",
    [
        "",
        "je ne sais plus",
        "ça fait longtemps",
        "remboursé 3.10 euros",
        "appelez le 06.12.34.56.78",
        "lundi prochain",
        "maintenant",
    ],
)
def test_sans_date_reconnaissable_la_date_est_introuvable(texte: str) -> None:
    assert lire(texte) == ResultatDate(None, ErreurDate.INTROUVABLE)


def test_une_date_en_lettres_ne_prend_pas_un_nombre_de_deux_chiffres_pour_l_annee() -> None:
    assert lire("le 3 octobre 25 euros remboursés") == ResultatDate(date(2026, 10, 3))


def test_plusieurs_dates_sont_lues_dans_l_ordre_du_texte() -> None:
    texte = "J'ai appelé hier après mon courrier du 3 octobre et mon mail du 02/11/2026"
    assert [r.valeur for r in analyser_dates(texte, MARDI_24_NOVEMBRE_2026)] == [
        date(2026, 11, 23),
        date(2026, 10, 3),
        date(2026, 11, 2),
    ]


@given(jour=jours_raisonnables, aujourdhui=jours_raisonnables)
def test_toute_date_chiffree_complete_se_relit_a_l_identique(jour: date, aujourdhui: date) -> None:
    resultat = lire(f"courrier du {jour:%d/%m/%Y}", aujourdhui)
    assert resultat.valeur == jour
    assert resultat.erreur == (ErreurDate.FUTURE if jour > aujourdhui else None)


@given(jour=jours_raisonnables)
def test_toute_date_en_lettres_avec_annee_se_relit_a_l_identique(jour: date) -> None:
    texte = f"le {jour.day} {MOIS_EN_TOUTES_LETTRES[jour.month - 1]} {jour.year}"
    assert lire(texte, date(2100, 12, 31)) == ResultatDate(jour)


@given(jour=jours_raisonnables, aujourdhui=jours_raisonnables)
def test_une_date_sans_annee_n_est_jamais_future_et_a_moins_d_un_an(
    jour: date, aujourdhui: date
) -> None:
    texte = f"le {jour.day} {MOIS_EN_TOUTES_LETTRES[jour.month - 1]}"
    valeur = lire(texte, aujourdhui).valeur
    assert valeur is not None
    assert (valeur.day, valeur.month) == (jour.day, jour.month)
    assert valeur <= aujourdhui
    limite = 366 if (jour.day, jour.month) != (29, 2) else 8 * 366
    assert aujourdhui - valeur < timedelta(days=limite)


@given(nombre=st.integers(min_value=0, max_value=999), aujourdhui=jours_raisonnables)
def test_il_y_a_n_jours_recule_de_n_jours(nombre: int, aujourdhui: date) -> None:
    assert lire(f"il y a {nombre} jours", aujourdhui) == ResultatDate(
        aujourdhui - timedelta(days=nombre)
    )


@given(semaine=st.sampled_from(sorted(JOURS_SEMAINE)), aujourdhui=jours_raisonnables)
def test_un_jour_de_semaine_est_dans_les_sept_jours_passes(semaine: str, aujourdhui: date) -> None:
    valeur = lire(f"{semaine} dernier", aujourdhui).valeur
    assert valeur is not None
    assert valeur.weekday() == JOURS_SEMAINE[semaine]
    assert 1 <= (aujourdhui - valeur).days <= 7


@given(texte=st.text(max_size=200), aujourdhui=jours_raisonnables)
def test_n_importe_quel_texte_donne_un_resultat_sans_exception(
    texte: str, aujourdhui: date
) -> None:
    resultat = lire(texte, aujourdhui)
    assert (resultat.valeur is None) == (
        resultat.erreur in (ErreurDate.INTROUVABLE, ErreurDate.IMPOSSIBLE)
    )


AUJOURDHUI_IMPRECIS = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("texte", "debut", "fin"),
    [
        ("début mars", date(2026, 3, 1), date(2026, 3, 10)),
        ("je leur ai écrit mi-octobre", date(2026, 10, 11), date(2026, 10, 20)),
        ("fin février", date(2026, 2, 21), date(2026, 2, 28)),
        ("fin novembre", date(2026, 11, 21), date(2026, 11, 24)),  # not after today
        ("en septembre", date(2026, 9, 1), date(2026, 9, 30)),
        ("courant décembre", date(2025, 12, 1), date(2025, 12, 31)),  # the last December
        ("au mois de juin 2025", date(2025, 6, 1), date(2025, 6, 30)),
    ],
)
def test_date_imprecise_lue_comme_une_plage(texte: str, debut: date, fin: date) -> None:
    resultat = analyser_date(texte, AUJOURDHUI_IMPRECIS)
    assert resultat.approximative and resultat.plage == (debut, fin)
    assert resultat.valeur == debut and resultat.erreur is None


@pytest.mark.parametrize(
    ("texte", "attendue"),
    [
        ("le 3 du mois dernier", date(2026, 10, 3)),
        ("le 15 de ce mois", date(2026, 11, 15)),
        ("ya 2 mois", date(2026, 9, 24)),
        ("y a deux mois", date(2026, 9, 24)),
        ("ça fait 3 semaines", date(2026, 11, 3)),
        ("j'attends depuis deux mois", date(2026, 9, 24)),
    ],
)
def test_dates_relatives_des_gens(texte: str, attendue: date) -> None:
    resultat = analyser_date(texte, AUJOURDHUI_IMPRECIS)
    assert resultat.valeur == attendue and not resultat.approximative


def test_sept_jours_n_est_pas_septembre() -> None:
    assert analyser_date("ils répondent en sept jours", AUJOURDHUI_IMPRECIS).erreur is not None


def test_mois_a_venir_de_l_annee_donnee_est_futur() -> None:
    resultat = analyser_date("en décembre 2026", AUJOURDHUI_IMPRECIS)
    assert resultat.erreur is ErreurDate.FUTURE


@given(st.dates(date(2000, 1, 1), date(2100, 12, 31)), st.sampled_from(sorted(MOIS)),
       st.sampled_from(["debut", "mi", "fin", "en"]))  # fmt: skip
def test_une_plage_ne_depasse_jamais_aujourd_hui(aujourdhui: date, mois: str, moment: str) -> None:
    resultat = analyser_date(f"{moment} {mois}", aujourdhui)
    if resultat.plage is not None:
        debut, fin = resultat.plage
        assert debut <= fin <= aujourdhui and debut.month == fin.month


FIN_SEPTEMBRE = (date(2026, 9, 21), date(2026, 9, 30))


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("le 24", date(2026, 9, 24)),
        ("24", date(2026, 9, 24)),
        ("c'était le vingt-cinq", date(2026, 9, 25)),
        ("vers le 28 je crois", date(2026, 9, 28)),
        ("le 23 septembre", date(2026, 9, 23)),
        ("le 3 octobre", None),  # outside the range given
        ("le 1er", None),
        ("je ne sais plus", None),
    ],
)
def test_jour_exact_dans_une_plage_deja_donnee(texte: str, attendu: date | None) -> None:
    assert jour_dans_la_plage(texte, FIN_SEPTEMBRE) == attendu
