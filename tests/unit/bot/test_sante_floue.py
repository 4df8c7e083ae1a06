"""One-edit fuzzy matching and the phonetic fold (bot/sante/floue.py, lexique.py)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bot.sante import contient_donnees_medicales, revele_par_le_lexique
from bot.sante.floue import IndexFlou, a_une_faute_pres, phonetique
from bot.sante.formes import singulier
from bot.sante.lexique import lexique
from bot.sante.mots_ordinaires import NOMS_PROPRES, VOISINS_ORDINAIRES


@pytest.mark.parametrize(
    ("a", "b"),
    [("diabete", "diabette"), ("cancer", "canser"), ("tumeur", "tumeru"), ("otite", "otit")],
)
def test_une_insertion_suppression_substitution_ou_inversion_est_une_faute(a: str, b: str) -> None:
    assert a_une_faute_pres(a, b)
    assert a_une_faute_pres(b, a)


@pytest.mark.parametrize(
    ("a", "b"), [("cancer", "cancer"), ("cancer", "canxxr"), ("abc", "bca"), ("tumeur", "tu")]
)
def test_zero_ou_deux_fautes_ne_sont_pas_une_faute(a: str, b: str) -> None:
    assert not a_une_faute_pres(a, b)


def test_l_index_corrige_vers_le_mot_du_lexique_et_ignore_les_mots_courts() -> None:
    index = IndexFlou.construire(["leucemie", "zona"])
    assert index.corriger("leucemi") == "leucemie"
    assert index.corriger("leucemie") is None
    assert index.corriger("zonna") is None  # "zona" is shorter than six letters


@pytest.mark.parametrize(
    "texte",
    [
        "Mon mari a une leucémi.",
        "J'ai une tendinnite.",
        "Ma fille a une mucovisidose.",
        "Je suis en dialise.",
        "Mon père a un glocome.",
        "mon fils est asmatique",
        "Mon mari est diabetic.",
        "j'ai eu une clamidia l'an dernier",
        "une bronchite cronique",
    ],
)
def test_une_maladie_mal_ecrite_compte(texte: str) -> None:
    assert revele_par_le_lexique(texte)


@pytest.mark.parametrize(
    "texte",
    ["J'ai une facture.", "Quelle douceur.", "Votre humeur change.", "Mme Boyer", "M. Reynaud"],
)
def test_un_mot_ordinaire_ou_un_nom_proche_d_une_maladie_n_est_pas_corrige(texte: str) -> None:
    assert not revele_par_le_lexique(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Ma mère a un pace maker.",
        "Mon oncle a la maladie de parking son.",
        "Elle a fait une fosse couche en mai.",
        "Mon fils est hyper actif.",
        "Ma sœur est ansainte de trois mois.",
        "Il est en insufisence rénal.",
        "Elle a une hernie discal.",
        "Mon frère est bi polère.",
        "Elle est hospitalisée pour anorécsie.",
        "Il a une skleroz en plak.",
        "laprothese de hanche est posée",
        "le fotheuil roulan de mon père",
        "on m'a facturé latelle de poignet",
        "FAUTEUILROULANT ELECTRIQUE REFUSE",
        "les béquiye de ma fille",
        "sa poche de colostomi fuit",
    ],
)
def test_un_mot_coupe_un_son_ou_un_accord_mal_ecrit_compte(texte: str) -> None:
    assert revele_par_le_lexique(texte)


def test_deux_mots_ordinaires_ne_sont_pas_recolles() -> None:
    assert lexique().recoller("de", "mence") is None  # "de" is too short
    assert lexique().recoller("secu", "elle") is None
    assert lexique().recoller("operer", "des") is None
    assert lexique().recoller("parking", "son") == "parkinson"


def test_un_article_colle_n_est_decolle_que_devant_un_mot_du_lexique() -> None:
    assert lexique().decoller("laprothese") == "prothese"
    assert lexique().decoller("salutations") is None  # "lutations" is one edit from "luxation"
    assert lexique().decoller("lesquelles") is None


def test_la_phonetique_replie_en_an_et_ain_ein_in() -> None:
    assert phonetique("enceinte") == phonetique("ansainte") == phonetique("anceinte")
    assert phonetique("dependance") == phonetique("dependence")


def test_la_phonetique_replie_ph_th_qu_et_les_lettres_doublees() -> None:
    assert phonetique("schizophrenie") == phonetique("schizofrenie")
    assert phonetique("asthmatique") == "astmatik"
    assert a_une_faute_pres(phonetique("asmatique"), "astmatik")
    assert phonetique("diabetique") == phonetique("diabetic")
    assert phonetique("chlamydia") == phonetique("clamidia")
    assert phonetique("chronique") == phonetique("cronique")


_MOTS_SEULS = sorted(
    cle for cle in lexique().categorie_par_cle if " " not in cle and len(cle) >= 7 and cle.isalpha()
)


@given(mot=st.sampled_from(_MOTS_SEULS), rang=st.integers(0, 50), lettre=st.sampled_from("aeirst"))
def test_une_lettre_changee_dans_un_mot_du_lexique_compte_encore(
    mot: str, rang: int, lettre: str
) -> None:
    i = rang % len(mot)
    abime = mot[:i] + lettre + mot[i + 1 :]
    cle = singulier(abime)
    assume(cle != mot and cle not in VOISINS_ORDINAIRES and cle not in NOMS_PROPRES)
    assume(lexique().corriger(abime) != cle)
    assert contient_donnees_medicales(f"Il a {abime}.")
