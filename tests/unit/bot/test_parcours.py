"""Only the questions the decision needs are asked (bot.parcours)."""

from datetime import date

import pytest

from bot.organisations import Organisation
from bot.orientation import Qualification
from bot.parcours import QUESTIONS_IDENTITE, Reponses, construire_faits, questions_a_poser

AUJOURDHUI = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("reponses", "historique"),
    [
        (Reponses(), ("contact_prealable",)),
        (Reponses(contact_prealable=False), ("contact_prealable",)),
        (Reponses(contact_prealable=True), ("contact_prealable", "reclamation_ecrite")),
        (
            Reponses(contact_prealable=True, reclamation_ecrite=True),
            ("reclamation_ecrite", "date_reclamation_ecrite", "reponse_recue"),
        ),
        (
            Reponses(
                reclamation_ecrite=True,
                date_reclamation_ecrite=date(2026, 10, 3),
                reponse_recue=False,
            ),
            ("reclamation_ecrite", "date_reclamation_ecrite", "reponse_recue"),
        ),
        (
            Reponses(
                reclamation_ecrite=True,
                date_reclamation_ecrite=date(2026, 8, 3),
                reponse_recue=True,
                reponse_satisfaisante=False,
            ),
            (
                "reclamation_ecrite",
                "date_reclamation_ecrite",
                "reponse_recue",
                "reponse_satisfaisante",
                "procedure_en_cours",
            ),
        ),
        (
            Reponses(
                reclamation_ecrite=True,
                date_reclamation_ecrite=date(2025, 8, 3),
                reponse_recue=True,
                reponse_satisfaisante=False,
            ),
            (
                "reclamation_ecrite",
                "date_reclamation_ecrite",
                "reponse_recue",
                "reponse_satisfaisante",
                "montant_litige",
            ),
        ),
    ],
)
def test_tribunal_demande_seulement_quand_le_mediateur_serait_ouvert(
    mutex: Organisation, reponses: Reponses, historique: tuple[str, ...]
) -> None:
    assert questions_a_poser(reponses, mutex, AUJOURDHUI) == (*historique, *QUESTIONS_IDENTITE)


def test_une_demande_ne_pose_aucune_question(mutex: Organisation) -> None:
    reponses = Reponses(qualification=Qualification.DEMANDE)
    assert questions_a_poser(reponses, mutex, AUJOURDHUI) == ()


def test_reponse_sans_reclamation_ecrite_ne_compte_pas(mutex: Organisation) -> None:
    faits = construire_faits(
        Reponses(
            contact_prealable=True,
            reclamation_ecrite=False,
            reponse_recue=True,
            reponse_satisfaisante=False,
        ),
        mutex,
        AUJOURDHUI,
    )
    assert faits.reclamation_ecrite is None and not faits.reponse_recue
    assert faits.contact_prealable
