"""A question the form comes back to after a side answer is reminded in one line."""

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher

from actions.formulaires import QUESTIONS_DU_RECOURS
from actions.questions import QUESTIONS_POSEES
from tests.actions.conftest import FabriqueTracker, reponses
from tests.unit.donnees.test_variantes_agent import REPONSES


def _demandee(slot: str | None) -> dict[str, Any]:
    return {"event": "slot", "name": "requested_slot", "value": slot}


def _action(nom: str) -> dict[str, Any]:
    return {"event": "action", "name": nom}


def _message(texte: str) -> dict[str, Any]:
    return {"event": "user", "text": texte}


DEBUT = [_message("ma mutuelle refuse de rembourser mes lunettes"), _action("recours_form")]


async def _poser(slot: str, t: Tracker) -> list[str]:
    dispatcher = CollectingDispatcher()
    action = next(a for a in QUESTIONS_POSEES if slot == a.SLOT)
    await action().run(dispatcher, t, {})
    return reponses(dispatcher)


@pytest.mark.parametrize(
    ("question", "reponse"),
    [
        ("c'est gratuit ?", "utter_gratuite"),
        ("combien de temps ils ont pour répondre ?", "utter_delais"),
        ("vous êtes un robot ?", "utter_bot"),
        ("je veux parler à quelqu'un", "action_conseiller"),
    ],
)
async def test_apres_une_question_annexe_la_question_tient_en_une_ligne(
    tracker: FabriqueTracker, question: str, reponse: str
) -> None:
    t = tracker(question, formulaire="recours_form")
    t.events = [
        *DEBUT,
        _demandee("numero_adherent"),
        _message(question),
        {"event": "action_execution_rejected", "name": "recours_form"},
        _action(reponse),
        {"event": "bot", "text": "…"},
        _demandee("numero_adherent"),
        _action("recours_form"),
    ]
    assert await _poser("numero_adherent", t) == ["utter_rappel_numero_adherent"]


async def test_la_premiere_fois_la_question_est_entiere(tracker: FabriqueTracker) -> None:
    t = tracker("ma mutuelle refuse de rembourser mes lunettes", formulaire="recours_form")
    t.events = [
        _message("ma mutuelle refuse de rembourser mes lunettes"),
        _action("action_preparer_reclamation"),
        {"event": "active_loop", "name": "recours_form"},
        _demandee("organisation"),
        _action("recours_form"),
    ]
    assert await _poser("organisation", t) == ["utter_ask_organisation"]


async def test_une_reponse_incomprise_redemande_la_question_entiere(
    tracker: FabriqueTracker,
) -> None:
    t = tracker("jeanne arobase", formulaire="recours_form")
    t.events = [*DEBUT, _demandee("email"), _message("jeanne arobase"), _action("recours_form")]
    assert await _poser("email", t) == ["utter_ask_email"]


async def test_la_question_suivante_est_entiere(tracker: FabriqueTracker) -> None:
    """A reply that answers and asks ("Dupont, c'est obligatoire ?"): the next question."""
    t = tracker("Dupont, c'est obligatoire ?", formulaire="recours_form")
    t.events = [
        *DEBUT,
        _demandee("nom"),
        _message("Dupont, c'est obligatoire ?"),
        _demandee("prenom"),
        _action("recours_form"),
    ]
    assert await _poser("prenom", t) == ["utter_ask_prenom"]


async def test_apres_un_recommencer_refuse_la_question_tient_en_une_ligne(
    tracker: FabriqueTracker,
) -> None:
    t = tracker("non", formulaire="recours_form")
    t.events = [
        *DEBUT,
        _demandee("reclamation_ecrite"),
        _message("je veux tout recommencer"),
        _action("action_recommencer"),
        {"event": "active_loop", "name": None},
        _message("non"),
        _action("action_reprendre"),
        {"event": "active_loop", "name": "recours_form"},
        _action("recours_form"),
    ]
    assert await _poser("reclamation_ecrite", t) == ["utter_rappel_reclamation_ecrite"]


async def test_apres_une_remise_a_zero_aucune_question_n_attend(tracker: FabriqueTracker) -> None:
    t = tracker("mon assurance refuse", formulaire="recours_form")
    t.events = [
        *DEBUT,
        _demandee("nom"),
        {"event": "reset_slots"},
        _message("mon assurance refuse"),
        _action("action_preparer_reclamation"),
        _action("recours_form"),
    ]
    assert await _poser("nom", t) == ["utter_ask_nom"]


def test_chaque_question_du_formulaire_a_son_action_et_son_rappel() -> None:
    executeur = ActionExecutor()
    executeur.register_package("actions")
    for slot in QUESTIONS_DU_RECOURS:
        assert f"action_ask_{slot}" in executeur.actions
        assert f"utter_rappel_{slot}" in REPONSES, slot
