"""Every answer can be corrected: proposed with what changes, applied only after a yes."""

from typing import Any

import pytest
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import ActionRecours
from actions.conversation import ActionClarifier
from actions.corrections import ActionAskConfirmationCorrection, ValidateCorrectionForm
from actions.formulaires import ValidateConsentementForm, ValidateRecoursForm
from actions.ouverture import ActionPreparerDemande, ActionPreparerReclamation
from bot.organisations import NumeroAdherent, Registre
from edge import contexte
from edge.horloge import Horloge
from tests.actions.conftest import AUJOURDHUI, MEDIATEUR_OUVERT, FabriqueTracker, reponses

DOMAINE: dict[str, Any] = {"forms": {"recours_form": {"required_slots": []}}}
ORIENTE: dict[str, Any] = {
    "organisation": "identites-mutuelle",
    **MEDIATEUR_OUVERT,
    "numero_adherent": "12345678",
    "nom": "Dupont",
    "prenom": "Jeanne",
    "email": "jeanne.dupont@exemple.fr",
    "nature": "le refus de remboursement de mes lunettes",
    "pieces": "le courrier de refus",
}
"""Every answer given: the case is oriented, its consent is asked."""


def _extraire(
    tracker: FabriqueTracker,
    slot: str,
    texte: str,
    slots: dict[str, Any] | None = None,
    audience: str = "public",
) -> dict[str, Any]:
    """The reply read by the form asking ``slot`` (consent: once oriented)."""
    formulaire = ValidateConsentementForm() if slot == "consentement" else ValidateRecoursForm()
    t = tracker(
        texte,
        slots={**ORIENTE, **(slots or {}), "audience": audience, "requested_slot": slot},
        intent="corriger",
        formulaire=formulaire.name().removeprefix("validate_"),
    )
    extraire = getattr(formulaire, f"extract_{slot}")
    resultat: dict[str, Any] = extraire(CollectingDispatcher(), t, DOMAINE)
    return resultat


async def _confirmation(
    tracker: FabriqueTracker, proposee: dict[str, Any], audience: str = "public"
) -> dict[str, Any]:
    """The question "Je remplace … par … ?" as the dispatcher received it."""
    dispatcher = CollectingDispatcher()
    slots = {**ORIENTE, "audience": audience, "correction_proposee": proposee}
    await ActionAskConfirmationCorrection().run(dispatcher, tracker(slots=slots), {})
    message: dict[str, Any] = dispatcher.messages[-1]
    return message


async def test_l_organisation_se_corrige_avec_ce_qui_change(tracker: FabriqueTracker) -> None:
    resultat = _extraire(tracker, "consentement", "en fait c'est chez Mutex")
    assert "organisation" not in resultat  # nothing changes before a yes
    proposee = resultat["correction_proposee"]
    assert proposee == {
        "slot": "organisation",
        "ancienne": "identites-mutuelle",
        "nouvelle": "mutex",
    }
    message = await _confirmation(tracker, proposee)
    assert message["response"] == "utter_corriger_organisation"
    assert (message["ancienne"], message["nouvelle"]) == ("Identités Mutuelle", "Mutex")


def test_l_organisation_confirmee_apres_l_orientation_donne_la_nouvelle_orientation(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    proposee = {"slot": "organisation", "ancienne": "identites-mutuelle", "nouvelle": "mutex"}
    t = tracker("oui", slots={**ORIENTE, "correction_proposee": proposee})
    resultat = ValidateConsentementForm().validate_confirmation_correction("oui", dispatcher, t, {})
    assert resultat["organisation"] == "mutex"
    assert "numero_adherent" not in resultat  # any number fits Mutex's (no format)
    assert reponses(dispatcher) == ["utter_correction_notee", "utter_orientation"]
    orientation = dispatcher.messages[2]["custom"]
    assert orientation["organisation"]["id"] == "mutex"
    assert orientation["mediateur"]["nom"] == "La Médiation de l'Assurance (LMA)"


def test_l_organisation_refusee_ne_change_rien(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    proposee = {"slot": "organisation", "ancienne": "identites-mutuelle", "nouvelle": "mutex"}
    t = tracker("non", slots={**ORIENTE, "correction_proposee": proposee})
    resultat = ValidateCorrectionForm().validate_confirmation_correction("non", dispatcher, t, {})
    assert resultat == {"correction_proposee": None, "confirmation_correction": None}
    assert reponses(dispatcher) == ["utter_correction_abandonnee"]


def test_un_numero_qui_ne_va_plus_avec_la_nouvelle_organisation_est_redemande(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, registre: Registre
) -> None:
    mutex = registre["mutex"].copy(update={"numero_adherent": NumeroAdherent(format=r"MX\d{6}")})
    autre = Registre({**registre, "mutex": mutex})
    contexte.installer(contexte.Contexte(registre=autre, horloge=Horloge(AUJOURDHUI)))
    proposee = {"slot": "organisation", "ancienne": "identites-mutuelle", "nouvelle": "mutex"}
    t = tracker("oui", slots={**ORIENTE, "correction_proposee": proposee})
    resultat = ValidateRecoursForm().validate_confirmation_correction("oui", dispatcher, t, {})
    assert resultat["organisation"] == "mutex"
    assert resultat["numero_adherent"] is None  # 12345678 is not MX + 6 digits: asked again
    kept = tracker(
        "oui", slots={**ORIENTE, "numero_adherent": "MX123456", "correction_proposee": proposee}
    )
    resultat = ValidateRecoursForm().validate_confirmation_correction("oui", dispatcher, kept, {})
    assert "numero_adherent" not in resultat


@pytest.mark.parametrize(
    ("texte", "slot", "audience"),
    [
        ("plutôt mon contrat prévoyance", "contrat", "public"),
        ("en fait le montant c'est 320 €", "montant_litige", "public"),
        ("elle s'est trompée, c'est 250 euros", "montant_litige", "agent"),
        ("en fait il est chez Mutex", "organisation", "agent"),
        ("je voudrais corriger la nature : le retard de remboursement", "nature", "public"),
        ("correction, la pièce c'est le décompte", "pieces", "public"),
    ],
)
async def test_chaque_reponse_se_corrige_et_la_question_dit_laquelle(
    tracker: FabriqueTracker, texte: str, slot: str, audience: str
) -> None:
    deja = {"contrat": ["sante"], "montant_litige": "plus_de_5000"}
    resultat = _extraire(tracker, "consentement", texte, deja, audience)
    proposee = resultat["correction_proposee"]
    assert proposee["slot"] == slot
    assert slot not in resultat
    message = await _confirmation(tracker, {**proposee}, audience)
    assert message["response"] == f"utter_corriger_{slot}"
    assert message["ancienne"] and message["nouvelle"]


@pytest.mark.parametrize(
    ("slot", "texte"),
    [
        ("nature", "en fait c'est chez Mutex qu'ils ont refusé"),
        ("nature", "je voudrais corriger la nature : le refus"),
        ("pieces", "en fait il faut ajouter la facture"),
        ("pieces", "correction, la pièce c'est le décompte"),
    ],
)
def test_une_reponse_libre_n_est_jamais_une_correction(
    tracker: FabriqueTracker, slot: str, texte: str
) -> None:
    assert _extraire(tracker, slot, texte, {slot: None}) == {slot: texte}


async def test_un_document_ajoute_est_confirme_comme_un_ajout(tracker: FabriqueTracker) -> None:
    resultat = _extraire(tracker, "consentement", "en fait il faut ajouter la facture")
    proposee = resultat["correction_proposee"]
    assert proposee["ajout"] == "la facture"
    message = await _confirmation(tracker, proposee)
    assert message["response"] == "utter_ajouter_pieces"
    assert (message["ajout"], message["nouvelle"]) == (
        "la facture",
        "le courrier de refus ; la facture",
    )
    dispatcher = CollectingDispatcher()
    t = tracker("oui", slots={**ORIENTE, "correction_proposee": proposee})
    valide = ValidateRecoursForm().validate_confirmation_correction("oui", dispatcher, t, {})
    assert valide["pieces"] == "le courrier de refus ; la facture"


@pytest.mark.parametrize(
    "action", [ActionPreparerDemande, ActionPreparerReclamation, ActionClarifier]
)
async def test_hors_formulaire_une_correction_du_cas_n_ouvre_pas_un_nouveau_cas(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, action: type[ActionRecours]
) -> None:
    # Consent declined, no form asking: the message is read as a request or a complaint.
    cas = {**ORIENTE, "contrat": ["sante"], "consentement": False}
    evenements = await action().run(dispatcher, tracker("plutôt mon contrat prévoyance", cas), {})
    proposee = {"slot": "contrat", "ancienne": ["sante"], "nouvelle": ["prevoyance"]}
    assert SlotSet("correction_proposee", proposee) in evenements
    assert SlotSet("qualification", "demande") not in evenements
    assert evenements[-1] == FollowupAction("correction_form")
    assert reponses(dispatcher) == []


async def test_sans_cas_en_cours_le_meme_message_est_une_demande(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    t = tracker("plutôt mon contrat prévoyance")
    evenements = await ActionPreparerDemande().run(dispatcher, t, {})
    assert evenements == [SlotSet("qualification", "demande")]
