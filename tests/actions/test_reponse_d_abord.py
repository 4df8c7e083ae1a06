"""Answer first: a reply to a form's question is read as an answer to it before anything else."""

from typing import Any

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.corrections import ActionAskConfirmationCorrection
from actions.formulaires import ValidateConsentementForm, ValidateRecoursForm
from actions.lecture import AUCUN_NUMERO
from tests.actions.conftest import MEDIATEUR_OUVERT, FabriqueTracker, reponses

DOMAINE: dict[str, Any] = {"forms": {"recours_form": {"required_slots": []}}}
DATE_DONNEE = {"qualification": "reclamation", "organisation": "mutex", **MEDIATEUR_OUVERT}


def _extraire(
    tracker: FabriqueTracker,
    dispatcher: CollectingDispatcher,
    slot: str,
    texte: str,
    intent: str,
    slots: dict[str, Any] | None = None,
) -> dict[str, Any]:
    t = tracker(
        texte,
        slots={"organisation": "mutex", **(slots or {}), "requested_slot": slot},
        intent=intent,
        formulaire="recours_form",
    )
    return getattr(ValidateRecoursForm(), f"extract_{slot}")(dispatcher, t, DOMAINE)


@pytest.mark.parametrize(
    ("slot", "texte", "intent"),
    [
        ("contact_prealable", "je les ai eus au téléphone", "demande_conseiller"),
        ("reclamation_ecrite", "je leur ai écrit un courriel en septembre", "corriger"),
        ("nom", "c'est Dupont", "demande_conseiller"),
        ("nom", "DUPONT", "recommencer"),
        ("email", "mon mail cest jean.dupont@free.fr", "recommencer"),
        ("date_reclamation_ecrite", "le 3 mars", "corriger"),
        ("numero_adherent", "il l'a pas", "bot_challenge"),
        ("pieces", "la réponse de l'assureur du 12 mars, c'est gratuit ?", "question_gratuite"),
        ("nature", "des frais de dossier : c'est gratuit normalement", "question_gratuite"),
    ],
)
def test_une_reponse_plausible_est_lue_comme_reponse_quelle_que_soit_l_intention(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, slot: str, texte: str, intent: str
) -> None:
    assert _extraire(tracker, dispatcher, slot, texte, intent, DATE_DONNEE) == {slot: texte}


def test_reponse_et_question_annexe_ensemble(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    texte = "non, et c'est gratuit le médiateur ?"
    resultat = _extraire(tracker, dispatcher, "contact_prealable", texte, "question_gratuite")
    assert resultat == {"contact_prealable": "non"}
    assert reponses(dispatcher) == ["utter_gratuite"]


@pytest.mark.parametrize(
    ("slot", "texte", "intent"),
    [
        ("contact_prealable", "c'est quoi le médiateur ?", "question_mediateur"),
        ("nom", "je voudrais parler à un conseiller", "demande_conseiller"),
        ("reponse_recue", "recommencer", "recommencer"),
        ("email", "combien de temps ça prend ?", "question_delai"),
    ],
)
def test_une_question_annexe_qui_ne_repond_pas_laisse_la_main_aux_regles(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, slot: str, texte: str, intent: str
) -> None:
    assert _extraire(tracker, dispatcher, slot, texte, intent) == {}
    assert reponses(dispatcher) == []


def test_le_message_n_est_pas_relu_au_retour_d_une_question_annexe(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    t = tracker(
        "c'est gratuit ?",
        slots={"requested_slot": "nature"},
        intent="question_gratuite",
        formulaire="recours_form",
    )
    t.events = [
        {"event": "user", "text": "c'est gratuit ?"},
        {"event": "action", "name": "recours_form"},
        {"event": "action", "name": "utter_gratuite"},
    ]
    assert ValidateRecoursForm().extract_nature(dispatcher, t, DOMAINE) == {}


def test_une_date_dans_une_autre_reponse_ne_change_pas_la_date(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    texte = "oui, leur réponse du 12 novembre"
    resultat = _extraire(tracker, dispatcher, "reponse_recue", texte, "informer", DATE_DONNEE)
    t = tracker(texte, slots=DATE_DONNEE)
    valide = ValidateRecoursForm().validate_reponse_recue(
        resultat["reponse_recue"], dispatcher, t, {}
    )
    assert valide == {"reponse_recue": True}


def test_une_correction_explicite_est_proposee_pas_appliquee(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    texte = "en fait je me suis trompé, c'était le 13 août"
    resultat = _extraire(tracker, dispatcher, "nom", texte, "corriger", DATE_DONNEE)
    assert "date_reclamation_ecrite" not in resultat
    assert resultat["correction_proposee"] == {
        "slot": "date_reclamation_ecrite",
        "ancienne": "2026-08-03",
        "nouvelle": "2026-08-13",
    }
    t = tracker(slots={**DATE_DONNEE, **resultat})
    assert ValidateRecoursForm().questions([], t)[0] == "confirmation_correction"


async def test_la_question_de_confirmation_dit_ce_qui_change(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    proposee = {
        "slot": "date_reclamation_ecrite",
        "ancienne": "2026-03-03",
        "nouvelle": "2026-03-13",
    }
    await ActionAskConfirmationCorrection().run(
        dispatcher, tracker(slots={"correction_proposee": proposee}), {}
    )
    message = dispatcher.messages[0]
    assert message["response"] == "utter_corriger_date_reclamation_ecrite"
    assert (message["ancienne"], message["nouvelle"]) == (
        "mardi 3 mars 2026",
        "vendredi 13 mars 2026",
    )


@pytest.mark.parametrize(
    ("reponse", "attendu", "dit"),
    [
        (
            "oui",
            {
                "date_reclamation_ecrite": "2026-08-13",
                "reclamation_ecrite": True,
                "fin_date_reclamation_ecrite": None,  # a day, no longer a range
            },
            "utter_correction_notee",
        ),
        ("non, c'est bien le 3", {}, "utter_correction_abandonnee"),
    ],
)
def test_la_correction_attend_un_oui(
    tracker: FabriqueTracker,
    dispatcher: CollectingDispatcher,
    reponse: str,
    attendu: dict[str, Any],
    dit: str,
) -> None:
    proposee = {
        "slot": "date_reclamation_ecrite",
        "ancienne": "2026-08-03",
        "nouvelle": "2026-08-13",
    }
    t = tracker(reponse, slots={**DATE_DONNEE, "correction_proposee": proposee})
    resultat = ValidateRecoursForm().validate_confirmation_correction(reponse, dispatcher, t, {})
    assert resultat == {**attendu, "correction_proposee": None, "confirmation_correction": None}
    assert reponses(dispatcher) == [dit]


def test_une_correction_confirmee_au_consentement_donne_la_nouvelle_orientation(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    proposee = {"slot": "reponse_satisfaisante", "ancienne": False, "nouvelle": True}
    t = tracker("oui", slots={**DATE_DONNEE, "correction_proposee": proposee})
    resultat = ValidateConsentementForm().validate_confirmation_correction("oui", dispatcher, t, {})
    assert resultat["reponse_satisfaisante"] is True
    # a complaint's agent summary comes after its record (actions.dossiers)
    assert reponses(dispatcher) == ["utter_correction_notee", "utter_orientation"]
    assert dispatcher.messages[2]["custom"]["niveau"] == 2  # satisfied: no mediator


async def test_la_notice_de_confidentialite_une_fois_par_dossier(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    slots = {**DATE_DONNEE, "requested_slot": "procedure_en_cours"}
    t = tracker("non", slots=slots, formulaire="recours_form")
    evenements = await ValidateRecoursForm().run(dispatcher, t, DOMAINE)
    assert SlotSet("requested_slot", "numero_adherent") in evenements
    assert SlotSet("confidentialite_annoncee", True) in evenements
    assert reponses(dispatcher) == ["utter_confidentialite"]
    encore = CollectingDispatcher()
    slots = {**slots, "procedure_en_cours": False, "requested_slot": "numero_adherent"}
    t = tracker(
        "c'est payant ?", slots=slots, intent="question_gratuite", formulaire="recours_form"
    )
    await ValidateRecoursForm().run(encore, t, DOMAINE)
    assert "utter_confidentialite" not in reponses(encore)


def test_une_date_imprecise_qui_decide_demande_le_jour_exact(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    slots = {"qualification": "reclamation", "organisation": "mutex", "reclamation_ecrite": True}
    t = tracker("fin septembre", slots=slots)
    resultat = ValidateRecoursForm().validate_date_reclamation_ecrite(
        "fin septembre", dispatcher, t, {}
    )
    assert resultat == {
        "date_reclamation_ecrite": None,
        "date_approximative": ["2026-09-21", "2026-09-30"],
    }
    t = tracker(slots={**slots, **resultat})
    assert "jour_reclamation_ecrite" in ValidateRecoursForm().questions([], t)
    jour = ValidateRecoursForm().validate_jour_reclamation_ecrite("le 28", dispatcher, t, {})
    assert jour == {
        "date_reclamation_ecrite": "2026-09-28",
        "fin_date_reclamation_ecrite": None,
        "jour_reclamation_ecrite": None,
        "date_approximative": None,
    }
    assert reponses(dispatcher) == []


def test_une_date_imprecise_qui_ne_decide_rien_est_gardee_telle_quelle(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    """Its first day for the periods (the safe side), its last to tell it as it was said."""
    t = tracker("en mars", slots={"organisation": "mutex", "reclamation_ecrite": True})
    resultat = ValidateRecoursForm().validate_date_reclamation_ecrite("en mars", dispatcher, t, {})
    assert resultat == {
        "date_reclamation_ecrite": "2026-03-01",
        "fin_date_reclamation_ecrite": "2026-03-31",
    }
    deja_lue = ValidateRecoursForm().validate_date_reclamation_ecrite(
        "2026-03-01", dispatcher, t, {}
    )
    assert deja_lue == {"date_reclamation_ecrite": "2026-03-01"}  # re-validated: range kept


async def test_le_formulaire_garde_la_correction_proposee_et_demande_confirmation(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    slots = {**DATE_DONNEE, "procedure_en_cours": False, "requested_slot": "nom"}
    t = tracker(
        "en fait c'était le 13 août", slots=slots, intent="corriger", formulaire="recours_form"
    )
    evenements = await ValidateRecoursForm().run(dispatcher, t, DOMAINE)
    assert SlotSet("requested_slot", "confirmation_correction") in evenements
    proposees = [e for e in evenements if e.get("name") == "correction_proposee"]
    assert proposees and proposees[-1]["value"]["nouvelle"] == "2026-08-13"
    assert not [e for e in evenements if e.get("name") == "date_reclamation_ecrite"]


def test_la_partie_reponse_d_un_message_qui_demande_autre_chose(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    texte = "Lefèvre, c'est obligatoire ?"
    assert _extraire(tracker, dispatcher, "nom", texte, "demande") == {"nom": "Lefèvre"}
    assert reponses(dispatcher) == []


async def test_le_numero_d_adherent_se_corrige_apres_un_oui(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    """An agent who learns the number later: "en fait son numéro c'est 12345678"."""
    deja = {**DATE_DONNEE, "numero_adherent": AUCUN_NUMERO, "nom": "Dupont"}
    texte = "en fait son numéro c'est 12345678"
    resultat = _extraire(tracker, dispatcher, "email", texte, "corriger", deja)
    assert "numero_adherent" not in resultat  # nothing changes before a yes
    await ActionAskConfirmationCorrection().run(dispatcher, tracker(slots={**deja, **resultat}), {})
    message = dispatcher.messages[-1]
    assert message["response"] == "utter_corriger_numero_adherent"
    assert (message["ancienne"], message["nouvelle"]) == ("aucun numéro", "12345678")
    t = tracker("oui", slots={**deja, **resultat})
    valide = ValidateRecoursForm().validate_confirmation_correction("oui", dispatcher, t, {})
    assert valide["numero_adherent"] == "12345678"
