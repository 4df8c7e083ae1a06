"""A yes/no button answers a question: its "oui" means one thing, in both audiences.

An instruction with Oui/Non buttons ("Vérifiez qu'aucun tribunal n'est saisi") let a
"Oui" (checked, none) be read as "a court is involved"; a side answer that opens with
"Oui :" does not fit "C'est payant ?".
"""

import re
from typing import Any

import pytest

from tests.unit.donnees.test_variantes_agent import REPONSES

AVEC_OUI_NON = [
    (nom, variante)
    for nom, variantes in REPONSES.items()
    for variante in variantes
    if any(
        str(bouton["title"]).lower().startswith(("oui", "non"))
        for bouton in variante.get("buttons") or []
    )
]


def test_il_y_a_des_questions_oui_non_dans_les_deux_audiences() -> None:
    conditions = {bool(variante.get("condition")) for _, variante in AVEC_OUI_NON}
    assert conditions == {True, False}


@pytest.mark.parametrize(("nom", "variante"), AVEC_OUI_NON)
def test_des_boutons_oui_non_suivent_une_question(nom: str, variante: dict[str, Any]) -> None:
    texte = str(variante["text"])
    assert "?" in texte, nom
    assert not re.match(r"(?:vérifiez|assurez-vous|contrôlez)\b", texte, re.IGNORECASE), nom


@pytest.mark.parametrize("nom", ["utter_gratuite", "utter_delais", "utter_mediateur"])
def test_une_reponse_annexe_ne_commence_ni_par_oui_ni_par_non(nom: str) -> None:
    for variante in REPONSES[nom]:
        assert not re.match(r"(?:oui|non)\b", str(variante["text"]), re.IGNORECASE), nom
