from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.saisie import (
    ResultatNumero,
    StatutNumero,
    analyser_numero_adherent,
    interpreter_oui_non,
    nettoyer_texte_libre,
    normaliser_nom,
    valider_email,
)

# --- oui / non ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "texte",
    [
        "oui", "Oui !", "ouais", "bien sûr", "tout à fait", "exact", "exactement",
        "c'est ça", "oui j'ai reçu une réponse", "yes", "ok", "OK", "d'accord",
        "/affirm", "euh oui", "j'en ai reçu une, oui",
    ],
)  # fmt: skip
def test_les_facons_de_dire_oui_donnent_vrai(texte: str) -> None:
    assert interpreter_oui_non(texte) is True


@pytest.mark.parametrize(
    "texte",
    [
        "non", "Non.", "nan", "pas encore", "jamais", "pas du tout", "aucune",
        "toujours rien", "non merci", "/deny", "non, mais j'ai appelé",
        "je n'ai pas reçu de réponse", "ils ne m'ont jamais répondu", "pas d'accord",
    ],
)  # fmt: skip
def test_les_facons_de_dire_non_donnent_faux(texte: str) -> None:
    assert interpreter_oui_non(texte) is False


@pytest.mark.parametrize(
    "texte",
    [
        "", "   ", "je ne sais pas", "je sais pas", "peut-être", "aucune idée",
        "bonjour", "pas tout à fait", "pas sûr", "je ne me souviens plus",
        "j'ai appelé, ok, mais non",
    ],
)  # fmt: skip
def test_le_doute_ou_l_ambiguite_ne_donnent_ni_oui_ni_non(texte: str) -> None:
    assert interpreter_oui_non(texte) is None


def test_le_premier_mot_de_la_reponse_l_emporte() -> None:
    assert interpreter_oui_non("Oui, mais je ne suis pas satisfait") is True
    assert interpreter_oui_non("Non, enfin ils m'ont dit ok au téléphone") is False


# --- e-mail ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("jean.dupont@orange.fr", "jean.dupont@orange.fr"),
        ("mon mail c'est Jean.Dupont@Orange.fr", "Jean.Dupont@orange.fr"),
        ("Mon e-mail : marie+mutuelle@Gmail.COM.", "marie+mutuelle@gmail.com"),
        ("écrivez-moi à anne_l@free.fr merci", "anne_l@free.fr"),
        ("<paul@exemple.co.uk>", "paul@exemple.co.uk"),
        ("voici mon adresse: o'neil@mail-pro.fr", "o'neil@mail-pro.fr"),
    ],
)
def test_une_adresse_est_trouvee_et_son_domaine_mis_en_minuscules(texte: str, attendu: str) -> None:
    assert valider_email(texte) == attendu


@pytest.mark.parametrize(
    "texte",
    [
        "jean@",
        "jean@orange",
        "jean dupont@x.fr",
        "a@b..fr",
        "@orange.fr",
        "jean..dupont@orange.fr",
        "jean@-orange.fr",
        "jean@orange.f",
        "je n'ai pas d'adresse mail",
        "a@x.fr ou b@y.fr",
        "",
    ],
)
def test_une_adresse_absente_mal_formee_ou_ambigue_est_refusee(texte: str) -> None:
    assert valider_email(texte) is None


# --- numéro d'adhérent ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("texte", "format_regex", "attendu"),
    [
        ("123456", None, "123456"),
        ("mon numéro est le 123 456 789", None, "123456789"),
        ("N°AB-12345", None, "AB12345"),
        ("mon numéro est AB 123 456", r"AB\d{6}", "AB123456"),
        ("ab123456", r"AB\d{6}", "AB123456"),
        ("mon numéro est 123 456 789", r"\d{9}", "123456789"),
        ("12 34 56", r"\d{2} \d{2} \d{2}", "12 34 56"),
        ("c'est pour ma mère, son numéro est 4521870", r"\d{7}", "4521870"),
    ],
)
def test_un_numero_fourni_est_rendu_sans_espaces_ni_tirets(
    texte: str, format_regex: str | None, attendu: str
) -> None:
    assert analyser_numero_adherent(texte, format_regex) == ResultatNumero(
        attendu, StatutNumero.FOURNI
    )


def test_un_numero_hors_format_est_signale_avec_ce_qui_a_ete_lu() -> None:
    assert analyser_numero_adherent("c'est le 12345", r"AB\d{6}") == ResultatNumero(
        "12345", StatutNumero.FORMAT_INVALIDE
    )


@pytest.mark.parametrize(
    "texte",
    [
        "je n'en ai pas",
        "j'en ai pas",
        "pas de numéro",
        "aucun",
        "je ne suis pas adhérent",
        "je ne suis plus adhérente",
        "j'agis pour ma mère",
        "c'est pour mon père",
        "ancien adhérent, je ne l'ai plus",
        "je ne le trouve pas",
    ],
)
def test_sans_numero_a_donner_la_personne_continue_sans(texte: str) -> None:
    assert analyser_numero_adherent(texte, r"\d{8}") == ResultatNumero(None, StatutNumero.AUCUN)


@pytest.mark.parametrize(
    "texte", ["bonjour", "", "j'ai 2 enfants", "12", "adhérent depuis le 03/10/2020"]
)
def test_ni_numero_ni_raison_donne_introuvable(texte: str) -> None:
    assert analyser_numero_adherent(texte, None) == ResultatNumero(None, StatutNumero.INTROUVABLE)


# --- nom ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("jean-pierre dupont", "Jean-Pierre Dupont"),
        ("DE LA FONTAINE", "De La Fontaine"),
        ("d'ormesson", "D'Ormesson"),
        ("je m'appelle Jean Dupont", "Jean Dupont"),
        ("Mon nom est Martin.", "Martin"),
        ("c'est Élodie  LEGRAND !", "Élodie Legrand"),
        ("Madame Dupont", "Dupont"),
        ("Bonjour, je m’appelle Anne-Marie d’Estaing, merci", "Anne-Marie D'Estaing"),
        ("Nom : Durand", "Durand"),
    ],
)
def test_un_nom_est_debarrasse_des_formules_et_mis_en_majuscules_initiales(
    texte: str, attendu: str
) -> None:
    assert normaliser_nom(texte) == attendu


@pytest.mark.parametrize("texte", ["jean2", "jean@x.fr", "", "   ", "!!!", "-", "x" * 61, "j"])
def test_un_nom_avec_chiffres_adresse_vide_ou_trop_long_est_refuse(texte: str) -> None:
    assert normaliser_nom(texte) is None


# --- texte libre -------------------------------------------------------------------


def test_le_texte_libre_est_nettoye_des_espaces_et_caracteres_de_controle() -> None:
    assert nettoyer_texte_libre("  Mon\tremboursement\x00\n\n est\u200b  bloqué  ") == (
        "Mon remboursement est bloqué"
    )


def test_un_texte_libre_vide_donne_none() -> None:
    assert nettoyer_texte_libre(" \n\x07 ") is None


def test_un_texte_trop_long_est_coupe_entre_deux_mots() -> None:
    assert nettoyer_texte_libre("un deux trois quatre", 10) == "un deux…"


def test_un_mot_plus_long_que_la_limite_est_coupe_net() -> None:
    assert nettoyer_texte_libre("abcdefghijkl", 5) == "abcd…"


@given(texte=st.text(), longueur_max=st.integers(min_value=2, max_value=300))
def test_le_texte_libre_nettoye_respecte_la_limite_et_reste_fidele(
    texte: str, longueur_max: int
) -> None:
    propre = nettoyer_texte_libre(texte, longueur_max)
    if propre is None:
        return
    assert len(propre) <= longueur_max
    assert propre == propre.strip()
    assert "  " not in propre
    assert all(unicodedata.category(c) not in ("Cc", "Cf") for c in propre)
    tout = nettoyer_texte_libre(texte, 10**9)
    assert tout is not None
    assert propre == tout or (propre.endswith("…") and tout.startswith(propre[:-1]))


@given(texte=st.text())
def test_aucune_saisie_ne_leve_d_exception(texte: str) -> None:
    interpreter_oui_non(texte)
    valider_email(texte)
    analyser_numero_adherent(texte, r"\d{8}")
    normaliser_nom(texte)


def test_un_simple_non_au_numero_adherent_veut_dire_aucun() -> None:
    assert analyser_numero_adherent("non", None).statut is StatutNumero.AUCUN


def test_numero_plus_long_que_sa_colonne_refuse_et_redemande() -> None:
    """A number longer than the dossier's 64-character column is never kept."""
    assert analyser_numero_adherent("A" + "1" * 64, None) == ResultatNumero(
        None, StatutNumero.FORMAT_INVALIDE
    )
    assert analyser_numero_adherent("1" * 64, None) == ResultatNumero("1" * 64, StatutNumero.FOURNI)


@pytest.mark.parametrize(
    "texte", ["il l'a pas", "elle n'en a pas", "il ne sait pas", "elle ne le connaît pas"]
)
def test_le_conseiller_parle_de_l_adherent_a_la_troisieme_personne(texte: str) -> None:
    assert analyser_numero_adherent(texte, None).statut is StatutNumero.AUCUN


def test_une_phrase_n_est_pas_un_nom() -> None:
    assert normaliser_nom("je voudrais parler à un conseiller") is None
    assert normaliser_nom("il s'appelle MARTIN") == "Martin"


def test_adresse_apres_cest_ou_voici() -> None:
    assert valider_email("cest jean@free.fr") == "jean@free.fr"
    assert valider_email("voici jean@free.fr") == "jean@free.fr"


@pytest.mark.parametrize("texte", ["en fait non", "je ne sais pas", "pourquoi ?", "oui"])
def test_une_phrase_courte_n_est_pas_un_nom_non_plus(texte: str) -> None:
    assert normaliser_nom(texte) is None
