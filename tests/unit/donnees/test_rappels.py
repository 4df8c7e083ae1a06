"""Back to a question after a side answer: one short line, for both audiences, every channel."""

import pytest
import yaml
from rasa.core.nlg.generator import ResponseVariationFilter

from actions.formulaires import QUESTIONS_DU_RECOURS
from tests.conftest import RACINE
from tests.unit.donnees.test_variantes_agent import REPONSES

FILTRE = ResponseVariationFilter(REPONSES)
ACTIONS = yaml.safe_load((RACINE / "domain.yml").read_text(encoding="utf-8"))["actions"]


def texte(reponse: str, canal: str, audience: str) -> str:
    variantes = FILTRE.responses_for_utter_action(reponse, canal, {"audience": audience})
    assert len(variantes) == 1, (reponse, canal, audience)
    return str(variantes[0]["text"])


@pytest.mark.parametrize("slot", QUESTIONS_DU_RECOURS)
def test_le_formulaire_pose_chaque_question_par_son_action(slot: str) -> None:
    assert f"action_ask_{slot}" in ACTIONS


@pytest.mark.parametrize("canal", ["socketio", "collector", "cmdline"])
@pytest.mark.parametrize("audience", ["public", "agent"])
@pytest.mark.parametrize("slot", QUESTIONS_DU_RECOURS)
def test_le_rappel_tient_en_une_ligne_courte(slot: str, audience: str, canal: str) -> None:
    rappel = texte(f"utter_rappel_{slot}", canal, audience)
    question = texte(f"utter_ask_{slot}", canal, audience)
    assert "\n" not in rappel and len(rappel) <= 100
    assert len(rappel) < len(question) or len(question) <= 100
    assert rappel.startswith("Et pour reprendre : ")
    assert "servent uniquement" not in rappel  # never the privacy notice again


@pytest.mark.parametrize("slot", QUESTIONS_DU_RECOURS)
def test_le_rappel_garde_les_boutons_de_la_question(slot: str) -> None:
    for audience in ("public", "agent"):
        variantes = FILTRE.responses_for_utter_action(
            f"utter_rappel_{slot}", "socketio", {"audience": audience}
        )
        questions = FILTRE.responses_for_utter_action(
            f"utter_ask_{slot}", "socketio", {"audience": audience}
        )
        assert variantes[0].get("buttons") == questions[0].get("buttons"), (slot, audience)
