"""What a reply to a form's question answers, asks, or corrects."""

from datetime import date

import pytest

from bot.reponse_attendue import (
    Correction,
    lit_comme_question,
    marque_une_correction,
    partie_reponse,
    proposer_correction,
)

AUJOURDHUI = date(2026, 11, 24)


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
    correction = proposer_correction("en fait c'était le 13 mars", DEJA, "nom", AUJOURDHUI)
    assert correction == Correction("date_reclamation_ecrite", "2026-03-03", "2026-03-13")


def test_correction_d_un_fait_oui_non() -> None:
    texte = "je me suis trompé, ils ne m'ont jamais répondu"
    correction = proposer_correction(texte, DEJA, "nom", AUJOURDHUI)
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
    assert proposer_correction(texte, deja, demande, AUJOURDHUI) is None


def test_la_date_d_un_autre_fait_ne_corrige_pas_la_date_de_la_reclamation() -> None:
    texte = "en fait ils m'ont répondu le 20 octobre"
    deja = {**DEJA, "reponse_recue": False}
    assert proposer_correction(texte, deja, "nom", AUJOURDHUI) == Correction(
        "reponse_recue", False, True
    )
    assert proposer_correction(texte, DEJA, "reponse_recue", AUJOURDHUI) is None


def test_la_date_dite_avec_l_ecrit_corrige_la_date() -> None:
    texte = "je me suis trompé, je leur ai écrit le 13 mars"
    assert proposer_correction(texte, DEJA, "nom", AUJOURDHUI) == Correction(
        "date_reclamation_ecrite", "2026-03-03", "2026-03-13"
    )


def test_correction_d_un_nom_dit_avec_ce_qu_il_est() -> None:
    deja = {"nom": "Dupont", "prenom": "Jeanne"}
    texte = "en fait mon nom de famille c'est DURAND"
    assert proposer_correction(texte, deja, "email", AUJOURDHUI) == Correction(
        "nom", "Dupont", "Durand"
    )
    assert proposer_correction(texte, deja, "nom", AUJOURDHUI) is None  # the answer itself


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
    assert proposer_correction(texte, deja, "email", AUJOURDHUI) == Correction(
        "numero_adherent", ancien, nouveau
    )
    assert proposer_correction(texte, deja, "numero_adherent", AUJOURDHUI) is None


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
    correction = proposer_correction(texte, deja, "email", AUJOURDHUI)
    assert correction is None or correction.slot != "numero_adherent"
