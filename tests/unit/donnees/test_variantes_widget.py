"""The widget's channel gets short texts beside its cards; text-only channels the full ones.

Rasa chooses among a response's variations with ``ResponseVariationFilter``, by output
channel (``socketio`` for the widget, ``collector`` for REST, ``cmdline`` for
``rasa shell``) and by the slots of the conditions (the agent's audience).
"""

import pytest
from rasa.core.nlg.generator import ResponseVariationFilter

from tests.unit.donnees.test_variantes_agent import REPONSES

FILTRE = ResponseVariationFilter(REPONSES)


def texte(reponse: str, canal: str, audience: str | None) -> str:
    variantes = FILTRE.responses_for_utter_action(reponse, canal, {"audience": audience})
    assert len(variantes) == 1, (reponse, canal, audience)
    return str(variantes[0]["text"])


@pytest.mark.parametrize("audience", ["public", "agent", None])
def test_sur_le_widget_l_orientation_tient_en_une_phrase_avant_la_fiche(
    audience: str | None,
) -> None:
    assert "{chapeau}" in texte("utter_orientation", "socketio", audience)
    assert "{explication}" not in texte("utter_orientation", "socketio", audience)


@pytest.mark.parametrize("canal", ["collector", "cmdline"])
@pytest.mark.parametrize("audience", ["public", "agent"])
def test_sans_fiche_l_orientation_reste_complete(canal: str, audience: str) -> None:
    assert "{explication}" in texte("utter_orientation", canal, audience)


def test_le_conseiller_garde_ses_mots_sur_le_widget() -> None:
    assert texte("utter_orientation", "socketio", "agent").startswith("À communiquer")
    assert "l'adhérent" in texte("utter_dossier_enregistre", "socketio", "agent")


def test_sur_le_widget_la_reference_et_le_lien_sont_sous_le_texte() -> None:
    for audience in ("public", "agent"):
        sur_le_widget = texte("utter_dossier_enregistre", "socketio", audience)
        assert "{reference}" not in sur_le_widget and "{lettre_url}" not in sur_le_widget
        assert "{reference}" in texte("utter_dossier_enregistre", "collector", audience)
