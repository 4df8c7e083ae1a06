"""The compiled validator gives Rasa's verdicts on action-server answers."""

from typing import Any

import pytest
from jsonschema import ValidationError, validate
from rasa.core.actions.action import RemoteAction

from rasa_addons.serveur import _valider

VALIDES: list[dict[str, Any]] = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "nom", "value": "Dupont"}], "responses": [{"text": "x"}]},
    {"events": [{"event": "active_loop", "name": None}, {"event": "reset_slots"}]},
]
INVALIDES: list[dict[str, Any]] = [
    {"events": [{"event": "slot"}]},
    {"events": "pas une liste"},
    {"events": [{"event": "inconnu"}]},
]


@pytest.mark.parametrize("reponse", VALIDES)
def test_reponses_valides_acceptees_comme_par_rasa(reponse: dict[str, Any]) -> None:
    validate(reponse, RemoteAction.action_response_format_spec())
    assert _valider(RemoteAction("x", None), reponse)


@pytest.mark.parametrize("reponse", INVALIDES)
def test_reponses_invalides_refusees_comme_par_rasa(reponse: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        validate(reponse, RemoteAction.action_response_format_spec())
    with pytest.raises(ValidationError):
        _valider(RemoteAction("x", None), reponse)
