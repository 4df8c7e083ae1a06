"""What a reply to a form's question answers, asks, or corrects."""

from datetime import date

import pytest

from bot.reponse_attendue import (
    Correction,
    lit_comme_question,
    marque_une_correction,
    partie_reponse,
    proposer_correction,
    valeur_lisible,
)
from edge.organisations import charger_registre
from tests.conftest import DOSSIER_ORGANISATIONS

AUJOURDHUI = date(2026, 11, 24)
REGISTRE = charger_registre(DOSSIER_ORGANISATIONS)


def corriger(texte: str, deja: dict[str, object], demande: str | None) -> Correction | None:
    return proposer_correction(texte, deja, demande, AUJOURDHUI, REGISTRE)


@pytest.mark.parametrize(
    ("texte", "reponse"),
    [
        ("non, et c'est gratuit le médiateur ?", "non"),
        ("oui j'ai appelé mais je voudrais parler à un conseiller", "oui j'ai appelé"),
        ("Mutex. Combien de temps ils ont pour répondre ?", "Mutex"),
        ("c'est quoi le médiateur ?", ""),
        ("est-ce que je peux saisir le médiateur", ""),
        ("je veux parler à un humain", ""),
        ("conseiller", ""),
        ("recommencer svp", ""),
    ],
)
def test_la_partie_reponse_precede_la_question(texte: str, reponse: str) -> None:
    assert lit_comme_question(texte)
    assert partie_reponse(texte) == reponse


@pytest.mark.parametrize(
    "texte",
    [
        "oui",
        "je les ai eus au téléphone",
        "c'est Dupont",
        "DUPONT",
        "mon mail cest jean.dupont@free.fr",
        "toujours rien",
        "Jean Conseiller Martin et fils",
    ],
)
def test_une_reponse_qui_ne_demande_rien_est_gardee_entiere(texte: str) -> None:
    assert not lit_comme_question(texte)
    assert partie_reponse(texte) == texte


@pytest.mark.parametrize(
    ("texte", "marque"),
    [
        ("en fait c'était le 13 mars", True),
        ("je me suis trompée, c'est le 5", True),
        ("plutôt le 12", True),
        ("non c'était le 3 octobre", True),
        ("le 3 octobre", False),
        ("non", False),
        ("la réponse de l'assureur du 12 mars", False),
    ],
)
def test_une_correction_a_besoin_d_un_marqueur(texte: str, marque: bool) -> None:
    assert marque_une_correction(texte) is marque


DEJA = {"date_reclamation_ecrite": "2026-03-03", "reponse_recue": True, "email": "a@b.fr"}


def test_correction_d_une_date_deja_donnee() -> None:
    correction = corriger("en fait c'était le 13 mars", DEJA, "nom")
    assert correction == Correction("date_reclamation_ecrite", "2026-03-03", "2026-03-13")


def test_correction_d_un_fait_oui_non() -> None:
    texte = "je me suis trompé, ils ne m'ont jamais répondu"
    correction = corriger(texte, DEJA, "nom")
    assert correction == Correction("reponse_recue", True, False)


@pytest.mark.parametrize(
    ("texte", "demande", "deja"),
    [
        ("en fait c'était le 13 mars", "nom", {}),  # nothing answered to correct
        ("en fait c'était le 13 mars", "date_reclamation_ecrite", DEJA),  # an answer
        ("en fait c'était le 3 mars", "nom", DEJA),  # the same value
        ("la réponse de l'assureur du 12 mars", "nom", DEJA),  # no marker
    ],
)
def test_pas_de_correction_sans_marqueur_ni_reponse_anterieure(
    texte: str, demande: str, deja: dict[str, object]
) -> None:
    assert corriger(texte, deja, demande) is None


def test_la_date_d_un_autre_fait_ne_corrige_pas_la_date_de_la_reclamation() -> None:
    texte = "en fait ils m'ont répondu le 20 octobre"
    deja = {**DEJA, "reponse_recue": False}
    assert corriger(texte, deja, "nom") == Correction("reponse_recue", False, True)
    assert corriger(texte, DEJA, "reponse_recue") is None


def test_la_date_dite_avec_l_ecrit_corrige_la_date() -> None:
    texte = "je me suis trompé, je leur ai écrit le 13 mars"
    assert corriger(texte, DEJA, "nom") == Correction(
        "date_reclamation_ecrite", "2026-03-03", "2026-03-13"
    )


def test_correction_d_un_nom_dit_avec_ce_qu_il_est() -> None:
    deja = {"nom": "Dupont", "prenom": "Jeanne"}
    texte = "en fait mon nom de famille c'est DURAND"
    assert corriger(texte, deja, "email") == Correction("nom", "Dupont", "Durand")
    assert corriger(texte, deja, "nom") is None  # the answer itself


@pytest.mark.parametrize(
    ("texte", "ancien", "nouveau"),
    [
        ("en fait mon numéro d'adhérent c'est 12345678", "87654321", "12345678"),
        ("je me suis trompé, son numero est le AB 123 456", "aucun", "AB123456"),
        ("plutôt n° 2026-4471", "44712026", "20264471"),
    ],
)
def test_correction_du_numero_d_adherent_dit_avec_ce_qu_il_est(
    texte: str, ancien: str, nouveau: str
) -> None:
    deja = {**DEJA, "numero_adherent": ancien}
    assert corriger(texte, deja, "email") == Correction("numero_adherent", ancien, nouveau)
    assert corriger(texte, deja, "numero_adherent") is None


@pytest.mark.parametrize(
    "texte",
    [
        "en fait mon numéro de téléphone c'est 0612345678",
        "en fait le numéro de dossier est IM-2026-7KQ4-M2XD",
        "en fait mon numéro d'adhérent je ne l'ai pas",
    ],
)
def test_un_autre_numero_ne_corrige_pas_celui_d_adherent(texte: str) -> None:
    deja = {**DEJA, "numero_adherent": "87654321"}
    correction = corriger(texte, deja, "email")
    assert correction is None or correction.slot != "numero_adherent"


CAS = {
    **DEJA,
    "organisation": "identites-mutuelle",
    "contrat": ["sante"],
    "montant_litige": "plus_de_5000",
    "nature": "le refus de remboursement de mes lunettes",
    "pieces": "le courrier de refus",
}
"""A case whose every answer is given."""


@pytest.mark.parametrize(
    "texte",
    [
        "en fait c'est chez Mutex",
        "en fait il est chez Mutex",  # the agent, of the member
        "je me suis trompé, c'est Mutex",
        "en fait je suis chez Mutex, pas Identités Mutuelle",
        "non, je corrige : pas chez MGEN, chez Mutex",
        "ce n'est pas Identités Mutuelle, en fait c'est Mutex",
    ],
)
def test_correction_de_l_organisation_nommee(texte: str) -> None:
    assert corriger(texte, CAS, "email") == Correction(
        "organisation", "identites-mutuelle", "mutex"
    )


@pytest.mark.parametrize(
    "texte",
    [
        "en fait je suis chez Identités Mutuelle, pas Mutex",  # the one already given
        "en fait c'est chez Mutex",  # the question asked: an answer
        "en fait j'ai appelé le service client",  # no organisation named
    ],
)
def test_pas_de_correction_de_l_organisation_sans_nouvelle_organisation(texte: str) -> None:
    demande = "organisation" if texte == "en fait c'est chez Mutex" else "email"
    correction = corriger(texte, CAS, demande)
    assert correction is None or correction.slot != "organisation"


@pytest.mark.parametrize(
    "texte",
    ["je me suis trompé, c'est chez Harmonie Mutuelle", "en fait c'est une autre mutuelle"],
)
def test_une_organisation_inconnue_est_l_organisation_generique(texte: str) -> None:
    assert corriger(texte, CAS, "email") == Correction(
        "organisation", "identites-mutuelle", "autre"
    )


@pytest.mark.parametrize(
    ("texte", "nouveau"),
    [
        ("plutôt mon contrat prévoyance", ["prevoyance"]),
        ("en fait c'est la prévoyance, pas la complémentaire santé", ["prevoyance"]),
        ("il s'est trompé, c'est son assurance de prêt", ["assurance_pret"]),
        ("en fait je ne sais pas quel contrat", []),
    ],
)
def test_correction_du_contrat_nomme(texte: str, nouveau: list[str]) -> None:
    assert corriger(texte, CAS, "email") == Correction("contrat", ["sante"], nouveau)


def test_des_lunettes_ne_sont_pas_un_contrat_nomme() -> None:
    deja = {**CAS, "contrat": ["prevoyance"]}
    assert corriger("en fait c'était pour mes lunettes", deja, "email") is None


@pytest.mark.parametrize(
    "texte",
    [
        "en fait le montant c'est 320 €",
        "elle s'est trompée, c'est 250 euros",  # the agent, of the member
        "pardon, la somme est de 1 200 euros",
    ],
)
def test_correction_de_la_somme_en_jeu(texte: str) -> None:
    assert corriger(texte, CAS, "email") == Correction(
        "montant_litige", "plus_de_5000", "au_plus_5000"
    )


def test_une_somme_du_meme_cote_du_seuil_ne_change_rien() -> None:
    assert corriger("en fait c'est 6 000 €", CAS, "email") is None


@pytest.mark.parametrize(
    ("texte", "nouvelle"),
    [
        ("je voudrais corriger la nature : le refus du 12 mars", "le refus du 12 mars"),
        (
            "en fait ce que je conteste c'est la hausse de ma cotisation",
            "la hausse de ma cotisation",
        ),
        ("pardon, ce qu'il conteste, c'est « le retard de paiement »", "le retard de paiement"),
    ],
)
def test_la_nature_nommee_est_remplacee_par_la_suite_de_la_phrase(
    texte: str, nouvelle: str
) -> None:
    # a date in the new nature is the nature's, not the written complaint's
    assert corriger(texte, CAS, "email") == Correction("nature", CAS["nature"], nouvelle)


def test_une_nature_corrigee_avec_un_detail_medical_n_est_pas_proposee() -> None:
    texte = "je voudrais corriger la nature : le refus de prise en charge de ma chimiothérapie"
    assert corriger(texte, CAS, "email") is None


def test_un_document_ajoute_rejoint_les_autres() -> None:
    assert corriger("en fait il faut ajouter la facture", CAS, "email") == Correction(
        "pieces", "le courrier de refus", "le courrier de refus ; la facture", "la facture"
    )


def test_un_document_ajoute_remplace_aucune_piece() -> None:
    deja = {**CAS, "pieces": "aucune pièce"}
    texte = "j'ai oublié, il faut rajouter aussi le décompte"
    assert corriger(texte, deja, "email") == Correction("pieces", "aucune pièce", "le décompte")


def test_les_documents_nommes_sont_remplaces() -> None:
    texte = "correction, la pièce c'est le décompte pas la facture"
    assert corriger(texte, CAS, "email") == Correction(
        "pieces", "le courrier de refus", "le décompte"
    )


def test_ajouter_une_precision_n_est_pas_un_document() -> None:
    texte = "en fait je voudrais ajouter que j'ai écrit le 13 mars"
    assert corriger(texte, CAS, "email") == Correction(
        "date_reclamation_ecrite", "2026-03-03", "2026-03-13"
    )


@pytest.mark.parametrize(
    ("slot", "valeur", "lisible"),
    [
        ("organisation", "mutex", "Mutex"),
        ("organisation", "autre", "un autre organisme (règles générales)"),
        ("contrat", ["assurance_pret", "prevoyance"], "l'assurance de prêt et la prévoyance"),
        ("contrat", [], "contrat inconnu"),
        ("montant_litige", "au_plus_5000", "5 000 € ou moins"),
        ("numero_adherent", "aucun", "aucun numéro"),
        ("date_reclamation_ecrite", "2026-03-03", "mardi 3 mars 2026"),
        ("reponse_recue", False, "non"),
        ("nature", "la hausse de ma cotisation", "la hausse de ma cotisation"),
    ],
)
def test_chaque_valeur_se_lit_dans_la_confirmation(slot: str, valeur: object, lisible: str) -> None:
    assert valeur_lisible(slot, valeur, REGISTRE).startswith(lisible)


def test_un_long_texte_libre_est_coupe_dans_la_confirmation() -> None:
    lisible = valeur_lisible("nature", "mot " * 200, REGISTRE)
    assert len(lisible) <= 160 and lisible.endswith("…")
