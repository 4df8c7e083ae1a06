"""Each action reads the tracker, calls bot/ and answers with response names and events."""

from dataclasses import replace
from typing import Any

import pytest
from rasa_sdk.events import (
    ActionExecuted,
    ActiveLoop,
    AllSlotsReset,
    FollowupAction,
    SlotSet,
    UserUtteranceReverted,
)
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import (
    ActionClarifier,
    ActionConseiller,
    ActionCorriger,
    ActionLireHorsFormulaire,
    ActionRecommencer,
    ActionReprendre,
)
from actions.formulaires import ValidateDemandeForm, ValidateRecoursForm
from actions.orientation import ActionLireLesFaits, ActionOrientation
from actions.ouverture import ActionPreparerDemande, ActionPreparerReclamation
from actions.validation_globale import ValidationGlobale
from edge import contexte
from edge.reglages import Reglages
from tests.actions.conftest import MEDIATEUR_OUVERT, FabriqueTracker, reponses

DOMAINE: dict[str, Any] = {"forms": {"recours_form": {"required_slots": []}}}


async def test_metadonnees_donnent_organisation_et_audience(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    t = tracker("bonjour", metadata={"organisation": "mutex", "audience": "agent"})
    evenements = await ValidationGlobale().run(dispatcher, t, DOMAINE)
    assert SlotSet("organisation", "mutex") in evenements
    assert SlotSet("audience", "agent") in evenements


async def test_exemple_de_reference_au_prefixe_de_l_organisation(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    t = tracker("où en est mon dossier ?", metadata={"organisation": "mutex"})
    evenements = await ValidationGlobale().run(dispatcher, t, DOMAINE)
    assert SlotSet("exemple_reference", "MX-2026-7KQ4-M2XD") in evenements
    t = tracker("bonjour", slots={"organisation": "identites-mutuelle"})
    evenements = await ValidationGlobale().run(dispatcher, t, DOMAINE)
    assert SlotSet("exemple_reference", "IM-2026-7KQ4-M2XD") in evenements


async def test_organisation_inconnue_en_metadonnees_ignoree(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RECOURS_ORGANISATION", raising=False)
    evenements = await ValidationGlobale().run(
        dispatcher, tracker("x", metadata={"organisation": "pirate"}), DOMAINE
    )
    assert not [e for e in evenements if e.get("name") == "organisation"]


async def test_organisation_par_defaut_depuis_l_environnement(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECOURS_ORGANISATION", "identites-mutuelle")
    reglages = Reglages.depuis_environnement()
    contexte.installer(replace(contexte.contexte(), reglages=reglages))
    evenements = await ValidationGlobale().run(dispatcher, tracker("bonjour"), DOMAINE)
    assert SlotSet("organisation", "identites-mutuelle") in evenements


async def test_message_medical_signale_et_averti(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    t = tracker("mon arrêt maladie pour dépression n'est pas indemnisé")
    evenements = await ValidationGlobale().run(dispatcher, t, DOMAINE)
    assert SlotSet("donnees_medicales", True) in evenements
    assert reponses(dispatcher) == ["utter_donnees_medicales"]


async def test_premier_message_remplit_les_faits_connus(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    t = tracker(
        "J'ai envoyé un courrier de réclamation à Mutex le 3 octobre, toujours aucune réponse"
    )
    evenements = await ActionPreparerReclamation().run(dispatcher, t, {})
    attendus = [
        SlotSet("qualification", "reclamation"),
        SlotSet("contact_prealable", True),
        SlotSet("reclamation_ecrite", True),
        SlotSet("reponse_recue", False),
        SlotSet("date_reclamation_ecrite", "2026-10-03"),
        SlotSet("organisation", "mutex"),
    ]
    assert all(e in evenements for e in attendus), evenements


async def test_demande_marquee_comme_telle(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    evenements = await ActionPreparerDemande().run(dispatcher, tracker("changer mon RIB"), {})
    assert evenements == [SlotSet("qualification", "demande")]


@pytest.mark.parametrize(
    ("slots", "attendues"),
    [
        ({}, ["organisation", "contact_prealable"]),
        ({"contact_prealable": False}, ["organisation", "contact_prealable", "numero_adherent"]),
        (
            {
                "contact_prealable": True,
                "reclamation_ecrite": True,
                "reponse_recue": False,
                "date_reclamation_ecrite": "2026-10-03",
            },
            [
                "organisation",
                "reclamation_ecrite",
                "date_reclamation_ecrite",
                "reponse_recue",
                "numero_adherent",
            ],
        ),
        (
            {
                "contact_prealable": True,
                "reclamation_ecrite": True,
                "reponse_recue": True,
                "reponse_satisfaisante": False,
                "date_reclamation_ecrite": "2026-08-03",
            },
            [
                "organisation",
                "reclamation_ecrite",
                "date_reclamation_ecrite",
                "reponse_recue",
                "reponse_satisfaisante",
                "procedure_en_cours",
                "numero_adherent",
            ],
        ),
        ({"qualification": "demande"}, ["organisation"]),
    ],
)
async def test_le_formulaire_ne_demande_que_l_utile(
    tracker: FabriqueTracker,
    dispatcher: CollectingDispatcher,
    slots: dict[str, Any],
    attendues: list[str],
) -> None:
    requis = await ValidateRecoursForm().required_slots([], dispatcher, tracker(slots=slots), {})
    assert requis[: len(attendues)] == attendues
    if slots.get("qualification") != "demande":
        assert requis[-6:] == ["numero_adherent", "nom", "prenom", "email", "nature", "pieces"]


@pytest.mark.parametrize(
    ("slot", "valeur", "attendu", "reponse"),
    [
        ("date_reclamation_ecrite", "le 31 février", None, "utter_date_impossible"),
        ("date_reclamation_ecrite", "le 3 décembre 2026", None, "utter_date_future"),
        ("date_reclamation_ecrite", "bof", None, "utter_date_incomprise"),
        ("date_reclamation_ecrite", "il y a deux mois", "2026-09-24", None),
        ("contact_prealable", "pas encore", False, None),
        ("contact_prealable", "je ne sais pas", None, "utter_oui_non_incompris"),
        ("email", "jean@", None, "utter_email_invalide"),
        ("email", "mon mail : Jean.Dupont@Orange.FR", "Jean.Dupont@orange.fr", None),
        ("numero_adherent", "j'agis pour ma mère", "aucun", None),
        ("numero_adherent", "12", None, "utter_numero_introuvable"),
        ("nom", "je m'appelle jean-pierre", "Jean-Pierre", None),
        ("nom", "1234", None, "utter_nom_invalide"),
        ("nature", "   ", None, "utter_texte_vide"),
        ("nature", "refus de rembourser ma chimiothérapie", None, "utter_nature_medicale"),
        ("organisation", "c'est Mutex", "mutex", None),
        ("organisation", "la MAAF", "autre", "utter_organisation_generique"),
    ],
)
async def test_validation_redemande_avec_un_indice_ou_accepte(
    tracker: FabriqueTracker,
    dispatcher: CollectingDispatcher,
    slot: str,
    valeur: str,
    attendu: object,
    reponse: str | None,
) -> None:
    methode = getattr(ValidateRecoursForm(), f"validate_{slot}")
    resultat = methode(valeur, dispatcher, tracker(valeur, slots={"organisation": "mutex"}), {})
    assert resultat.pop(slot) == attendu
    assert resultat in ({}, {"fin_date_reclamation_ecrite": None})  # an exact day, no range
    assert reponses(dispatcher) == ([reponse] if reponse else [])


@pytest.mark.parametrize(
    ("slot", "valeur", "attendus"),
    [
        ("contact_prealable", "je les ai eus au téléphone", {"contact_prealable": True}),
        (
            "reclamation_ecrite",
            "je leur ai écrit un courriel en septembre",
            # The month is kept; its day decides here (2 months from 1 or 30 September).
            {
                "reclamation_ecrite": True,
                "date_reclamation_ecrite": None,
                "date_approximative": ["2026-09-01", "2026-09-30"],
            },
        ),
        (
            "reclamation_ecrite",
            "je leur ai écrit un courriel en mars",
            {
                "reclamation_ecrite": True,
                "date_reclamation_ecrite": "2026-03-01",
                "fin_date_reclamation_ecrite": "2026-03-31",  # "en mars": the whole month
            },
        ),
        ("contact_prealable", "je leur ai écrit le 3 mars", {"contact_prealable": True}),
        ("reponse_recue", "ils m'ont répondu mais c'est nul", {"reponse_recue": True}),
    ],
)
async def test_une_reponse_implicite_est_une_reponse(
    tracker: FabriqueTracker,
    dispatcher: CollectingDispatcher,
    slot: str,
    valeur: str,
    attendus: dict[str, object],
) -> None:
    methode = getattr(ValidateRecoursForm(), f"validate_{slot}")
    resultat = methode(valeur, dispatcher, tracker(valeur, slots={"organisation": "mutex"}), {})
    assert resultat == attendus
    assert reponses(dispatcher) == []  # understood: not asked again


def test_une_date_deja_donnee_n_est_pas_changee_par_une_reponse_oui_non(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    t = tracker(
        "oui, je leur ai écrit en septembre", slots={"date_reclamation_ecrite": "2026-09-12"}
    )
    resultat = ValidateRecoursForm().validate_reclamation_ecrite(
        t.latest_message["text"], dispatcher, t, {}
    )
    assert resultat == {"reclamation_ecrite": True}


def test_formulaire_de_demande_valide_l_organisation(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    resultat = ValidateDemandeForm().validate_organisation(
        "Identités Mutuelle", dispatcher, tracker(), {}
    )
    assert resultat == {"organisation": "identites-mutuelle"}


async def test_orientation_texte_et_charge_utile_ensemble(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    slots = {"organisation": "mutex", **MEDIATEUR_OUVERT}
    await ActionOrientation().run(dispatcher, tracker(slots=slots), {})
    # a complaint's summary for the agent comes after its record, with its reference
    assert reponses(dispatcher) == ["utter_orientation"]
    charge = dispatcher.messages[1]["custom"]
    assert charge["type"] == "orientation"
    assert charge["niveau"] == 3 and charge["mediateur"]["recevable"]
    assert (charge["reference"], charge["lettre_url"]) == (None, None)


async def test_orientation_d_une_demande_resume_pour_le_conseiller_avec_l_identite(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    slots = {
        "organisation": "mutex",
        "nom": "Dupont",
        "prenom": "Jeanne",
        "numero_adherent": None,
        "qualification": "demande",
    }
    await ActionOrientation().run(dispatcher, tracker(slots=slots), {})
    resume = dispatcher.messages[2]["resume"]
    assert "Adhérent : Jeanne Dupont" in resume
    # as in the recap, never "None"; it speaks to the agent
    assert "Numéro d'adhérent de l'adhérent : non communiqué" in resume
    assert "None" not in resume


async def test_conseiller_selon_l_organisation(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    await ActionConseiller().run(dispatcher, tracker(slots={"organisation": "mutex"}), {})
    assert dispatcher.messages[0]["response"] == "utter_conseiller"
    assert "https://www.mutex.fr" in dispatcher.messages[0]["contact"]


async def test_correction_proposee_pas_appliquee(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    cas = {"qualification": "reclamation", "date_reclamation_ecrite": "2026-10-03"}
    evenements = await ActionCorriger().run(
        dispatcher, tracker("en fait c'était le 5 octobre", slots=cas), {}
    )
    assert SlotSet("date_reclamation_ecrite", "2026-10-05") not in evenements
    proposee = {
        "slot": "date_reclamation_ecrite",
        "ancienne": "2026-10-03",
        "nouvelle": "2026-10-05",
    }
    assert SlotSet("correction_proposee", proposee) in evenements
    autre = CollectingDispatcher()
    evenements = await ActionCorriger().run(
        autre,
        tracker("pardon mon mail c'est a.b@exemple.fr", slots={**cas, "email": "a@exemple.fr"}),
        {},
    )
    assert evenements[0]["value"]["nouvelle"] == "a.b@exemple.fr"


async def test_correction_incomprise(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    cas = {"qualification": "reclamation"}
    assert await ActionCorriger().run(dispatcher, tracker("en fait non", slots=cas), {}) == []
    assert reponses(dispatcher) == ["utter_correction_incomprise"]


async def test_une_date_sans_reponse_anterieure_n_est_pas_une_correction(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    cas = {"qualification": "reclamation"}
    t = tracker("en fait c'était le 5 octobre", slots=cas)
    assert await ActionCorriger().run(dispatcher, t, {}) == []
    assert reponses(dispatcher) == ["utter_correction_incomprise"]


async def test_clarifier_reclamation_ou_demande(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    classement = [{"name": "nlu_fallback"}, {"name": "demande"}, {"name": "reclamation"}]
    await ActionClarifier().run(dispatcher, tracker(classement=classement), {})
    assert reponses(dispatcher) == ["utter_clarifier_reclamation_demande"]


async def test_clarifier_en_general(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    classement = [{"name": "nlu_fallback"}, {"name": "greet"}, {"name": "reclamation"}]
    await ActionClarifier().run(dispatcher, tracker(classement=classement), {})
    assert reponses(dispatcher) == ["utter_clarifier"]


async def test_recommencer_sans_dossier_en_cours_remet_tout_a_zero(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    evenements = await ActionRecommencer().run(dispatcher, tracker(formulaire="demande_form"), {})
    assert evenements == [ActiveLoop(None), AllSlotsReset(), FollowupAction("action_listen")]
    assert reponses(dispatcher) == ["utter_restart"]


async def test_recommencer_un_dossier_en_cours_demande_confirmation(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    cas = {"qualification": "reclamation", "contact_prealable": True}
    t = tracker("recommencer", slots=cas, intent="recommencer", formulaire="recours_form")
    evenements = await ActionRecommencer().run(dispatcher, t, {})
    assert evenements == [SlotSet("recommencer_demande", "recours_form"), ActiveLoop(None)]
    assert reponses(dispatcher) == ["utter_confirmer_recommencer"]
    confirme = CollectingDispatcher()
    t = tracker("oui", slots={**cas, "recommencer_demande": "recours_form"}, intent="affirm")
    remis_a_zero = [ActiveLoop(None), AllSlotsReset(), FollowupAction("action_listen")]
    assert await ActionRecommencer().run(confirme, t, {}) == remis_a_zero
    assert reponses(confirme) == ["utter_restart"]


async def test_recommencer_refuse_reprend_le_formulaire(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    cas = {"qualification": "reclamation", "recommencer_demande": "recours_form"}
    evenements = await ActionReprendre().run(dispatcher, tracker("non", slots=cas), {})
    assert evenements == [SlotSet("recommencer_demande", None), FollowupAction("recours_form")]
    assert reponses(dispatcher) == ["utter_reprise"]


async def test_une_ouverture_lue_comme_correction_ouvre_la_reclamation_avec_ses_faits(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    t = tracker(
        "j'ai écrit le 3 octobre à ma mutuelle et personne ne m'a répondu", intent="corriger"
    )
    evenements = await ActionCorriger().run(dispatcher, t, {})
    assert SlotSet("qualification", "reclamation") in evenements
    assert SlotSet("date_reclamation_ecrite", "2026-10-03") in evenements
    assert SlotSet("reponse_recue", False) in evenements
    assert evenements[-1] == FollowupAction("recours_form")
    assert reponses(dispatcher) == []  # nothing thrown away, no "rephrase"


async def test_une_ouverture_lue_comme_reponse_est_relue_avec_son_intention_d_ouverture(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    classement = [
        {"name": "informer", "confidence": 0.8},
        {"name": "corriger", "confidence": 0.1},
        {"name": "reclamation", "confidence": 0.07},
    ]
    metadonnees = {"organisation": "mutex", "audience": "agent"}
    t = tracker("refus remboursement lunettes", classement=classement, metadata=metadonnees)
    evenements = await ActionLireHorsFormulaire().run(dispatcher, t, {})
    assert evenements[:2] == [UserUtteranceReverted(), ActionExecuted("action_listen")]
    relu = evenements[2]
    assert relu["event"] == "user" and relu["text"] == "refus remboursement lunettes"
    assert relu["parse_data"]["intent"] == {"name": "reclamation", "confidence": 0.07}
    assert relu["metadata"] == metadonnees  # organisation and audience kept
    assert reponses(dispatcher) == []  # no "rephrase"
    corrige = tracker("plutôt pour ma cotisation", intent="corriger", classement=classement[1:])
    evenements = await ActionCorriger().run(dispatcher, corrige, {})
    assert evenements[2]["parse_data"]["intent"]["name"] == "reclamation"


async def test_une_reponse_hors_formulaire_dans_un_cas_en_cours_se_clarifie(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    classement = [{"name": "informer"}, {"name": "greet"}]
    t = tracker("lunettes", slots={"qualification": "reclamation"}, classement=classement)
    assert await ActionLireHorsFormulaire().run(dispatcher, t, {}) == []
    assert reponses(dispatcher) == ["utter_clarifier"]


async def test_rien_a_corriger_ni_a_orienter_avant_le_debut_d_un_cas(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    assert await ActionCorriger().run(dispatcher, tracker("😡" * 50), {}) == []
    assert reponses(dispatcher) == ["utter_default"]
    await ActionOrientation().run(dispatcher, tracker("😡" * 50), {})
    assert len(dispatcher.messages) == 1  # no orientation for a case never started


async def test_une_demande_qui_dit_ou_en_est_la_reclamation_est_une_reclamation(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    t = tracker("j'ai écrit il y a deux mois pour changer mon RIB et toujours aucune réponse")
    evenements = await ActionPreparerDemande().run(dispatcher, t, {})
    assert SlotSet("qualification", "reclamation") in evenements
    assert SlotSet("reponse_recue", False) in evenements
    assert evenements[-1] == FollowupAction("recours_form")


async def test_clarifier_garde_ce_qui_a_ete_compris(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    classement = [{"name": "nlu_fallback"}, {"name": "question_mediateur"}]
    texte = "j'ai envoyé un courrier le 3 septembre, rien depuis, le médiateur ?"
    evenements = await ActionClarifier().run(dispatcher, tracker(texte, classement=classement), {})
    assert SlotSet("date_reclamation_ecrite", "2026-09-03") in evenements
    assert evenements[-1] == FollowupAction("recours_form")
    assert reponses(dispatcher) == []  # no "rephrase": the form asks what is missing


async def test_apres_une_question_annexe_l_ouverture_garde_ses_faits(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    texte = "j'ai écrit à Mutex le 3 septembre, toujours aucune réponse : c'est gratuit ?"
    evenements = await ActionLireLesFaits().run(dispatcher, tracker(texte), {})
    assert SlotSet("date_reclamation_ecrite", "2026-09-03") in evenements
    assert SlotSet("organisation", "mutex") in evenements
    assert evenements[-1] == FollowupAction("recours_form")
    assert await ActionLireLesFaits().run(dispatcher, tracker("c'est gratuit ?"), {}) == []


async def test_une_date_imprecise_du_premier_message_attend_son_jour(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    t = tracker("J'ai envoyé un courrier à Mutex fin septembre et toujours aucune réponse")
    evenements = await ActionPreparerReclamation().run(dispatcher, t, {})
    assert SlotSet("date_approximative", ["2026-09-21", "2026-09-30"]) in evenements
    assert not [e for e in evenements if e.get("name") == "date_reclamation_ecrite"]


@pytest.mark.parametrize(
    ("ouverture", "question"),
    [
        ("Ma mutuelle Mutex ne répond pas à ma réclamation", "date_reclamation_ecrite"),
        ("Mutex ne m'a jamais répondu", "reclamation_ecrite"),
        ("elle n'a toujours rien reçu de Mutex depuis sa lettre du 3 octobre", "numero_adherent"),
        ("jai envoyer un courié a mutex le 3 octobre et tjr pas de rep", "numero_adherent"),
        ("g envoyer 1 reclamtion a mutex le 3/08/2026 tjr rien", "procedure_en_cours"),
        # mediator questions after a narrative (question_mediateur): the facts are kept
        (
            "J'ai écrit à Mutex le 3 août, leur réponse ne me convient pas : puis-je saisir le "
            "médiateur ?",
            "procedure_en_cours",
        ),
        (
            "jai ecrit a mutex le 3 aout leur reponse me convient pas, jpeux aller o mediateur",
            "procedure_en_cours",
        ),
        (
            "le client a écrit à Mutex le 2 septembre, toujours rien, il veut savoir s'il peut "
            "saisir le médiateur",
            "procedure_en_cours",
        ),
    ],
)
async def test_apres_l_ouverture_la_question_suivante_n_est_pas_deja_repondue(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, ouverture: str, question: str
) -> None:
    evenements = await ActionPreparerReclamation().run(dispatcher, tracker(ouverture), {})
    slots = {e["name"]: e["value"] for e in evenements if e.get("event") == "slot"}
    formulaire = ValidateRecoursForm()
    requis = await formulaire.required_slots([], dispatcher, tracker(slots=slots), {})
    suivante = next(slot for slot in requis if slots.get(slot) is None)
    assert suivante == question, slots
