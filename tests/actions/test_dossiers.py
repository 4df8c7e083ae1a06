"""Consent, record, letter link and follow-up, with a real dossier store per test."""

import asyncio
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
import sqlalchemy as sa
from rasa_sdk.events import AllSlotsReset, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import OperationalError

from actions.dossiers import (
    ActionAskConsentement,
    ActionEnregistrerDossier,
    ActionPreparerSuivi,
    ActionSuiviDossier,
)
from actions.formulaires import ValidateConsentementForm, ValidateSuiviForm
from actions.orientation import ActionOrientation
from bot.conservation import Statut
from bot.organisations import Registre
from edge import contexte
from edge.horloge import Horloge
from edge.messagerie import Expediteur, ExpediteurFichiers
from edge.reglages import Reglages
from edge.stockage.depot import Depot
from outillage.guichet import Guichet
from tests.actions.conftest import AUJOURDHUI, FabriqueTracker, reponses
from tests.boite import courriels_a, texte
from tests.exemples_dossiers import MAINTENANT, enregistrer

WEB = "https://recours.exemple.fr"
CAS: dict[str, Any] = {
    "organisation": "mutex",
    "qualification": "reclamation",
    "contact_prealable": True,
    "reclamation_ecrite": False,
    "numero_adherent": "aucun",
    "nom": "Dupont",
    "prenom": "Jeanne",
    "email": "jeanne.dupont@exemple.fr",
    "nature": "Le remboursement de mes lunettes a été refusé",
    "pieces": "la facture",
    "verification_email": "code",
}


def installer(
    depot: Depot,
    registre: Registre,
    webhook: str | None = None,
    expediteur: Expediteur | None = None,
    instant: Callable[[], datetime] = lambda: MAINTENANT,
) -> contexte.Contexte:
    ctx = contexte.Contexte(
        registre=registre,
        reglages=Reglages(url_web=WEB, url_webhook=webhook),
        horloge=Horloge(AUJOURDHUI, instant=instant),
        ouvrir_depot=lambda: depot,
        expediteur=expediteur,
    )
    contexte.installer(ctx)
    return ctx


@pytest.fixture(autouse=True)
def avec_depot(
    contexte_fixe: None, depot: Depot, registre: Registre, mails: ExpediteurFichiers
) -> Iterator[None]:
    installer(depot, registre, expediteur=mails)
    yield
    contexte.installer(None)


async def test_recapitulatif_date_dans_la_question(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    await ActionAskConsentement().run(dispatcher, tracker(slots=CAS), {})
    assert reponses(dispatcher) == ["utter_ask_consentement"]
    recapitulatif = dispatcher.messages[0]["recapitulatif"]
    assert recapitulatif.startswith("Récapitulatif au mardi 24 novembre 2026")
    assert "Jeanne Dupont" in recapitulatif and "non communiqué" in recapitulatif


@pytest.mark.parametrize(("texte", "attendu"), [("oui", True), ("non merci", False)])
def test_consentement_oui_ou_non(
    texte: str, attendu: bool, tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    valide = ValidateConsentementForm().validate_consentement(texte, dispatcher, tracker(), {})
    assert valide == {"consentement": attendu} and reponses(dispatcher) == []


def test_consentement_incertain_redemande(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    valide = ValidateConsentementForm().validate_consentement(
        "je ne sais pas", dispatcher, tracker(), {}
    )
    assert valide == {"consentement": None}
    assert reponses(dispatcher) == ["utter_oui_non_incompris"]


async def test_enregistre_donne_reference_date_et_lien(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, depot: Depot
) -> None:
    evenements = await ActionEnregistrerDossier().run(
        dispatcher, tracker(slots={**CAS, "consentement": True}), {}
    )
    assert reponses(dispatcher) == ["utter_dossier_enregistre", "utter_synthese"]
    message, charge = dispatcher.messages[0], dispatcher.messages[1]["custom"]
    reference, lien = message["reference"], message["lettre_url"]
    assert message["horodatage"] == "mardi 24 novembre 2026 à 10 h 30"
    assert message["libelle"] == "Votre lettre de réclamation"  # Mutex level 2: by post
    assert (charge["type"], charge["reference"], charge["lettre_url"]) == (
        "orientation",
        reference,
        lien,
    )
    assert charge["lettre"] == {
        "libelle": "Votre lettre de réclamation",
        "target": "_blank",
        "rel": "noopener noreferrer",
    }
    assert lien.startswith(f"{WEB}/dossiers/{reference}/lettre#jeton=")  # never a query
    dossier = depot.lire_avec_jeton(reference, lien.split("jeton=")[1], MAINTENANT)
    assert dossier is not None and dossier.statut is Statut.ACTIF
    assert dossier.reclamation.numero_adherent is None  # "aucun" is not a number
    assert charge == {"type": "orientation", **dossier.orientation, **charge}
    assert f"Référence : {reference}" in dispatcher.messages[2]["resume"]
    # the case is closed: every slot reset, the channel's kept
    assert evenements == [
        AllSlotsReset(),
        SlotSet("organisation", "mutex"),
        SlotSet("audience", "public"),
    ]


@pytest.mark.parametrize(
    ("metadata", "conseiller"),
    [
        ({"audience": "agent", "agent": "claire"}, "claire"),
        ({"audience": "public"}, None),
        ({"agent": "x' OR 1=1 --"}, None),
    ],
)
async def test_le_dossier_garde_le_conseiller_que_le_canal_nomme(
    tracker: FabriqueTracker,
    dispatcher: CollectingDispatcher,
    url_dossiers: str,
    metadata: dict[str, str],
    conseiller: str | None,
) -> None:
    await ActionEnregistrerDossier().run(
        dispatcher, tracker(slots={**CAS, "consentement": True}, metadata=metadata), {}
    )
    assert reponses(dispatcher)[0] == "utter_dossier_enregistre"
    moteur = sa.create_engine(url_dossiers)
    with moteur.connect() as cx:
        assert cx.execute(sa.text("SELECT conseiller FROM dossiers")).all() == [(conseiller,)]


async def test_au_conseiller_le_resume_porte_la_reference(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    slots = {**CAS, "consentement": True, "audience": "agent"}
    await ActionEnregistrerDossier().run(dispatcher, tracker(slots=slots), {})
    charge = dispatcher.messages[1]["custom"]
    assert charge["reference"] and charge["lettre_url"]  # the agent may open it
    assert "lettre_url" not in dispatcher.messages[0]["response"]
    [synthese] = [m for m in dispatcher.messages if m.get("response") == "utter_synthese"]
    assert f"Référence : {charge['reference']}" in synthese["resume"]


async def test_un_second_oui_du_meme_cas_rend_le_meme_dossier(
    tracker: FabriqueTracker, depot: Depot
) -> None:
    """A double "oui", or a turn replayed after a lost save: the same state, one dossier."""
    etat = tracker(slots={**CAS, "consentement": True})
    premier, second = CollectingDispatcher(), CollectingDispatcher()
    await asyncio.gather(
        ActionEnregistrerDossier().run(premier, etat, {}),
        ActionEnregistrerDossier().run(second, etat, {}),
    )
    assert premier.messages[0]["reference"] == second.messages[0]["reference"]
    assert len(depot.dossiers()) == 1


async def test_apres_un_nouveau_cas_un_autre_dossier(
    tracker: FabriqueTracker, depot: Depot
) -> None:
    etat = tracker(slots={**CAS, "consentement": True})
    await ActionEnregistrerDossier().run(CollectingDispatcher(), etat, {})
    etat.events.append({"event": "reset_slots", "timestamp": 1764000000.25})
    await ActionEnregistrerDossier().run(CollectingDispatcher(), etat, {})
    assert len(depot.dossiers()) == 2


async def test_orientation_avant_tout_dossier_sans_reference_ni_lettre(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    await ActionOrientation().run(dispatcher, tracker(slots=CAS), {})
    charge = dispatcher.messages[1]["custom"]
    assert (charge["reference"], charge["lettre_url"]) == (None, None)


async def test_sans_consentement_rien_n_est_enregistre(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, depot: Depot
) -> None:
    evenements = await ActionEnregistrerDossier().run(
        dispatcher, tracker(slots={**CAS, "consentement": False}), {}
    )
    assert (evenements, reponses(dispatcher)) == (
        [],
        ["utter_dossier_non_enregistre", "utter_synthese"],
    )
    assert depot.dossiers() == []


async def test_detail_medical_jamais_enregistre(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, depot: Depot
) -> None:
    slots = {**CAS, "consentement": True, "nature": "refus de rembourser ma chimiothérapie"}
    evenements = await ActionEnregistrerDossier().run(dispatcher, tracker(slots=slots), {})
    assert (evenements, reponses(dispatcher)) == ([], ["utter_dossier_medical"])
    assert depot.dossiers() == []


async def test_transmis_a_l_assureur_en_arriere_plan(
    tracker: FabriqueTracker,
    dispatcher: CollectingDispatcher,
    depot: Depot,
    registre: Registre,
    guichet: Guichet,
    mails: ExpediteurFichiers,
) -> None:
    installer(depot, registre, webhook=guichet.url, expediteur=mails)
    await ActionEnregistrerDossier().run(
        dispatcher, tracker(slots={**CAS, "consentement": True}), {}
    )
    reference = dispatcher.messages[0]["reference"]
    fin = time.monotonic() + 10
    while depot.en_attente() and time.monotonic() < fin:
        time.sleep(0.05)
    assert depot.en_attente() == []
    assert [recu["reference"] for recu in guichet.recus] == [reference]


async def test_premier_message_de_suivi_donne_reference_et_email(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    texte = "où en est mon dossier mx 2026 7kq4 m2xd ? mon mail : jeanne@exemple.fr"
    evenements = await ActionPreparerSuivi().run(dispatcher, tracker(texte), {})
    assert evenements == [
        SlotSet("suivi_reference", "MX-2026-7KQ4-M2XD"),
        SlotSet("suivi_email", "jeanne@exemple.fr"),
    ]


def test_reference_illisible_redemandee(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    formulaire = ValidateSuiviForm()
    assert formulaire.validate_suivi_reference("je l'ai perdue", dispatcher, tracker(), {}) == {
        "suivi_reference": None
    }
    assert reponses(dispatcher) == ["utter_reference_invalide"]
    assert formulaire.validate_suivi_email("jeanne@", dispatcher, tracker(), {}) == {
        "suivi_email": None
    }


async def test_suivi_trouve_le_dossier_et_recalcule_pour_aujourd_hui(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, depot: Depot, registre: Registre
) -> None:
    dossier, ancien = enregistrer(depot, registre)
    slots = {"suivi_reference": dossier.reference, "suivi_email": "JEANNE.DUPONT@exemple.fr"}
    evenements = await ActionSuiviDossier().run(dispatcher, tracker(slots=slots), {})
    assert reponses(dispatcher) == ["utter_suivi", "utter_suivi_lettre"]
    message, lettre = dispatcher.messages[0], dispatcher.messages[1]
    charge = dispatcher.messages[2]["custom"]
    assert message["reference"] == dossier.reference
    assert "Dates à venir" in message["suivi"]
    assert (charge["type"], charge["reference"], charge["aujourdhui"]) == (
        "suivi",
        dossier.reference,
        "2026-11-24",
    )
    nouveau = lettre["lettre_url"].split("jeton=")[1]
    assert charge["lettre_url"] == lettre["lettre_url"] and nouveau != ancien
    assert depot.lire_avec_jeton(dossier.reference, nouveau, MAINTENANT) == dossier
    assert evenements == [SlotSet("suivi_reference", None), SlotSet("suivi_email", None)]


async def test_suivi_au_telephone_la_lettre_part_par_e_mail(
    tracker: FabriqueTracker,
    dispatcher: CollectingDispatcher,
    depot: Depot,
    registre: Registre,
    mails: ExpediteurFichiers,
) -> None:
    dossier, _ = enregistrer(depot, registre)
    slots = {
        "suivi_reference": dossier.reference,
        "suivi_email": "jeanne.dupont@exemple.fr",
        "audience": "agent",
    }
    await ActionSuiviDossier().run(dispatcher, tracker(slots=slots), {})
    assert reponses(dispatcher) == ["utter_suivi", "utter_suivi_lettre_envoyee"]
    assert "lettre_url" not in dispatcher.messages[2]["custom"]
    [courriel] = courriels_a(mails.dossier, "jeanne.dupont@exemple.fr")
    assert dossier.reference in courriel["Subject"]
    assert f"/dossiers/{dossier.reference}/lettre#jeton=" in texte(courriel)


async def test_vingt_adresses_fausses_verrouillent_le_suivi_de_la_reference(
    tracker: FabriqueTracker, depot: Depot, registre: Registre
) -> None:
    dossier, _ = enregistrer(depot, registre)
    dites: list[str] = []
    for n in range(20):
        dispatcher = CollectingDispatcher()
        slots = {"suivi_reference": dossier.reference, "suivi_email": f"x{n}@exemple.fr"}
        await ActionSuiviDossier().run(dispatcher, tracker(slots=slots), {})
        dites += reponses(dispatcher)
    assert dites[-1] == "utter_suivi_verrouille"
    dispatcher = CollectingDispatcher()
    slots = {"suivi_reference": dossier.reference, "suivi_email": "jeanne.dupont@exemple.fr"}
    await ActionSuiviDossier().run(dispatcher, tracker(slots=slots), {})
    assert reponses(dispatcher) == ["utter_suivi_verrouille"]


async def test_suivi_avec_un_autre_email_introuvable(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, depot: Depot, registre: Registre
) -> None:
    dossier, _ = enregistrer(depot, registre)
    slots = {"suivi_reference": dossier.reference, "suivi_email": "autre@exemple.fr"}
    await ActionSuiviDossier().run(dispatcher, tracker(slots=slots), {})
    assert reponses(dispatcher) == ["utter_suivi_introuvable"]


async def test_une_coupure_de_la_base_ne_bloque_pas_les_autres_conversations(
    tracker: FabriqueTracker, depot: Depot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The record's retry after a cut connection waits off the event loop."""
    inserer = Depot._inserer
    coupures = iter([True])

    def couper_une_fois(self: Depot, colonnes: dict[str, Any], transmettre: bool) -> None:
        if next(coupures, False):
            raise OperationalError("INSERT", {}, Exception("connection cut"))
        inserer(self, colonnes, transmettre)

    monkeypatch.setattr(Depot, "_inserer", couper_une_fois)
    battements = 0

    async def autre_conversation() -> None:
        nonlocal battements
        while True:
            await asyncio.sleep(0.05)
            battements += 1

    autre = asyncio.create_task(autre_conversation())
    dispatcher = CollectingDispatcher()
    etat = tracker(slots={**CAS, "consentement": True})
    await ActionEnregistrerDossier().run(dispatcher, etat, {})
    autre.cancel()
    assert reponses(dispatcher)[0] == "utter_dossier_enregistre"
    assert battements >= 10  # the 1 s wait of the replay did not hold the loop
