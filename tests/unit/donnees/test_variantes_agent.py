"""Agent mode: every sentence the assistant says has a variation for the contact centre.

Rasa picks a response's variation whose condition matches the ``audience`` slot (set
to ``agent`` by the agents' page), else one without condition: no story is duplicated.
A variation for one channel (``channel: socketio``, the widget) wins over every variation
without a channel, conditional ones included: so each channel's public variation needs
its agent variation for the same channel.
"""

import re
from typing import Any

import pytest
import yaml

from tests.conftest import RACINE

POUR_AGENT = [{"type": "slot", "name": "audience", "value": "agent"}]
REPONSES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (RACINE / "domain.yml").read_text(encoding="utf-8")
)["responses"]


def variantes(nom: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    toutes = REPONSES[nom]
    return (
        [v for v in toutes if v.get("condition") == POUR_AGENT],
        [v for v in toutes if not v.get("condition")],
    )


def variables(variante: dict[str, Any]) -> set[str]:
    return set(re.findall(r"{(\w+)}", yaml.safe_dump(variante)))


@pytest.mark.parametrize("nom", sorted(n for n in REPONSES if variantes(n)[1]))
def test_chaque_reponse_a_sa_variante_agent_avec_les_memes_variables(nom: str) -> None:
    agent, public = variantes(nom)
    assert agent, f"{nom} : ajoutez une variante « condition: *pour_agent » (domain.yml)"
    canaux = {p.get("channel") for p in public}
    assert canaux == {a.get("channel") for a in agent}, f"{nom} : une variante agent par canal"
    for a in agent:
        for p in (p for p in public if p.get("channel") == a.get("channel")):
            assert variables(a) == variables(p), nom
            assert len(a.get("buttons", [])) == len(p.get("buttons", [])), nom
            assert a.get("custom") == p.get("custom"), nom
            assert a.get("text") != p.get("text"), f"{nom} : même texte pour les deux publics"


def test_la_synthese_de_fin_d_appel_n_existe_que_pour_le_conseiller() -> None:
    agent, public = variantes("utter_synthese")
    assert public == [] and len(agent) == 1
    synthese = agent[0]["custom"]
    assert synthese["type"] == "synthese"
    assert len(synthese["liste_controle"]) >= 3
    assert synthese["resume"] == "{resume}"
