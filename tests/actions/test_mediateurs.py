"""The contract, the sum at stake and the kind of dispute in the conversation."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.formulaires import ValidateRecoursForm
from actions.orientation import ActionOrientation
from actions.validation_globale import ValidationGlobale
from edge import contexte
from edge.horloge import Horloge
from edge.organisations import charger_registre
from tests import deux_mediateurs
from tests.actions.conftest import AUJOURDHUI, MEDIATEUR_OUVERT, FabriqueTracker, reponses


@pytest.fixture
def deux(tmp_path: Path) -> Iterator[None]:
    """The conversation's registry: the two-mediator test organisation and the generic one."""
    deux_mediateurs.ecrire_organisation(tmp_path)
    registre = charger_registre(tmp_path)
    contexte.installer(contexte.Contexte(registre=registre, horloge=Horloge(AUJOURDHUI)))
    yield


@pytest.mark.parametrize(
    ("valeur", "attendu", "reponse"),
    [
        ("complémentaire santé", ["sante"], None),
        ("prévoyance, décès, invalidité ou prêt", ["assurance_pret", "prevoyance"], None),
        ("je ne sais pas", [], None),
        ("bof", None, "utter_contrat_incompris"),
    ],
)
def test_valider_le_contrat(
    tracker: FabriqueTracker,
    dispatcher: CollectingDispatcher,
    valeur: str,
    attendu: list[str] | None,
    reponse: str | None,
) -> None:
    resultat = ValidateRecoursForm().validate_contrat(valeur, dispatcher, tracker(valeur), {})
    assert resultat == {"contrat": attendu}
    assert reponses(dispatcher) == ([reponse] if reponse else [])


@pytest.mark.parametrize(
    ("valeur", "attendu"),
    [("300 €", "au_plus_5000"), ("non", "plus_de_5000"), ("je ne sais pas", "inconnu")],
)
def test_valider_le_montant(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, valeur: str, attendu: str
) -> None:
    methode = ValidateRecoursForm().validate_montant_litige
    assert methode(valeur, dispatcher, tracker(valeur), {}) == {"montant_litige": attendu}


def test_montant_incompris_redemande(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    methode = ValidateRecoursForm().validate_montant_litige
    assert methode("bof", dispatcher, tracker("bof"), {}) == {"montant_litige": None}
    assert reponses(dispatcher) == ["utter_montant_incompris"]


async def test_l_objet_du_litige_est_lu_dans_chaque_message(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    t = tracker("je conteste l'avis du médecin conseil", slots={"cas_litige": ["fonds_social"]})
    evenements = await ValidationGlobale().run(dispatcher, t, {})
    assert SlotSet("cas_litige", ["avis_medical", "fonds_social"]) in evenements
    rien = await ValidationGlobale().run(dispatcher, tracker("bonjour"), {})
    assert not [e for e in rien if e.get("name") == "cas_litige"]


async def test_le_contrat_demande_a_une_organisation_a_deux_mediateurs(
    deux: None, tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    slots: dict[str, Any] = {"organisation": deux_mediateurs.ID, **MEDIATEUR_OUVERT}
    requis = await ValidateRecoursForm().required_slots([], dispatcher, tracker(slots=slots), {})
    assert requis[:-6][-1] == "contrat"


async def test_le_contrat_jamais_demande_a_une_organisation_a_un_mediateur(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    slots: dict[str, Any] = {"organisation": "mutex", **MEDIATEUR_OUVERT}
    requis = await ValidateRecoursForm().required_slots([], dispatcher, tracker(slots=slots), {})
    assert "contrat" not in requis


async def test_l_orientation_suit_le_contrat_choisi(
    deux: None, tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    slots = {"organisation": deux_mediateurs.ID, **MEDIATEUR_OUVERT, "contrat": ["prevoyance"]}
    await ActionOrientation().run(dispatcher, tracker(slots=slots), {})
    [charge] = [m["custom"] for m in dispatcher.messages if m.get("custom")]
    assert charge["service"] == deux_mediateurs.LMA
