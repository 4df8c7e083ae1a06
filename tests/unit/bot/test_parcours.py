"""Only the questions the decision needs are asked (bot.parcours)."""

from datetime import date

import pytest

from bot.faits import extraire_faits
from bot.organisations import Organisation
from bot.orientation import Qualification
from bot.parcours import (
    QUESTIONS_IDENTITE,
    Reponses,
    construire_faits,
    jour_exact_utile,
    plage_a_preciser,
    questions_a_poser,
)

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


AUJOURDHUI_PLAGES = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("plage", "utile"),
    [
        # 21/09 + 2 months = Sat 21/11, extended to Mon 23/11: open on 24/11; 30/09 not yet.
        ((date(2026, 9, 21), date(2026, 9, 30)), True),
        # A year on 21/11/2025 has passed, not on 30/11/2025.
        ((date(2025, 11, 21), date(2025, 11, 30)), True),
        # The whole of March: 2 months passed, within the year, whatever the day.
        ((date(2026, 3, 1), date(2026, 3, 31)), False),
    ],
)
def test_jour_exact_demande_seulement_quand_une_limite_tombe_dans_la_plage(
    mutex: Organisation, plage: tuple[date, date], utile: bool
) -> None:
    reponses = Reponses(contact_prealable=True, reclamation_ecrite=True)
    assert jour_exact_utile(reponses, mutex, AUJOURDHUI_PLAGES, plage) is utile


def test_jour_exact_inutile_quand_la_reponse_satisfait(mutex: Organisation) -> None:
    reponses = Reponses(reclamation_ecrite=True, reponse_recue=True, reponse_satisfaisante=True)
    plage = (date(2025, 11, 21), date(2025, 11, 30))
    assert not jour_exact_utile(reponses, mutex, AUJOURDHUI_PLAGES, plage)


def test_une_date_imprecise_du_premier_message_a_preciser_si_elle_decide(
    mutex: Organisation,
) -> None:
    texte = "j'ai envoyé un courrier fin septembre et toujours aucune réponse"
    faits = extraire_faits(texte, AUJOURDHUI_PLAGES)
    plage = (date(2026, 9, 21), date(2026, 9, 30))
    assert plage_a_preciser(faits, texte, mutex, AUJOURDHUI_PLAGES) == plage
    en_mars = "j'ai envoyé un courrier en mars et toujours aucune réponse"
    faits = extraire_faits(en_mars, AUJOURDHUI_PLAGES)
    assert plage_a_preciser(faits, en_mars, mutex, AUJOURDHUI_PLAGES) is None
