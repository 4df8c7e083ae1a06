"""The e-mail code step of the consent form, with rasa-sdk's Tracker and dispatcher.

Codes are written as .eml files in the test's folder and read back from there.
"""

import email
import email.policy
import time
from datetime import datetime, timedelta
from email.message import EmailMessage

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.dossiers import ActionEnregistrerDossier
from actions.formulaires import ValidateConsentementForm
from actions.verification import ActionAskCodeEmail
from bot.organisations import Registre
from bot.verification import CODES_MAX, ESSAIS_MAX, Verification
from edge.messagerie import ExpediteurFichiers
from edge.stockage.depot import Depot
from tests.actions.conftest import FabriqueTracker, reponses
from tests.actions.test_dossiers import CAS, avec_depot, installer
from tests.boite import code_de, texte
from tests.exemples_dossiers import MAINTENANT

APRES_OUI = {**CAS, "consentement": True, "verification_email": None}
__all__ = ["avec_depot"]  # the store and the .eml sender of every test here


def messages(mails: ExpediteurFichiers) -> list[EmailMessage]:
    lus = []
    for fichier in sorted(mails.dossier.glob("*.eml"), key=lambda f: f.stat().st_mtime_ns):
        message = email.message_from_bytes(fichier.read_bytes(), policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        lus.append(message)
    return lus


def dernier_code(mails: ExpediteurFichiers) -> str:
    return code_de(texte(messages(mails)[-1]))


async def demander(tracker: FabriqueTracker, dispatcher: CollectingDispatcher) -> None:
    await ActionAskCodeEmail().run(dispatcher, tracker(slots=APRES_OUI), {})


async def saisir(
    texte_saisi: str,
    tracker: FabriqueTracker,
    dispatcher: CollectingDispatcher,
    audience: str = "public",
) -> dict[str, object]:
    slots = {**APRES_OUI, "audience": audience}
    valide: dict[str, object] = await ValidateConsentementForm().validate_code_email(
        texte_saisi, dispatcher, tracker(texte_saisi, slots=slots), {}
    )
    return valide


async def test_le_code_n_est_demande_qu_apres_un_oui(tracker: FabriqueTracker) -> None:
    formulaire = ValidateConsentementForm()
    dispatcher = CollectingDispatcher()
    oui = await formulaire.required_slots([], dispatcher, tracker(slots=APRES_OUI), {})
    non = await formulaire.required_slots(
        [], dispatcher, tracker(slots={**CAS, "consentement": False}), {}
    )
    assert (oui, non) == (["consentement", "code_email"], ["consentement"])


async def test_code_envoye_une_fois_a_l_adresse_puis_accepte(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, mails: ExpediteurFichiers
) -> None:
    await demander(tracker, dispatcher)
    await demander(tracker, dispatcher)  # asked again after a wrong code: no new e-mail
    [message] = messages(mails)
    assert message["To"] == CAS["email"]
    assert reponses(dispatcher) == ["utter_ask_code_email", "utter_ask_code_email"]
    assert dispatcher.messages[0]["email"] == CAS["email"]
    assert await saisir(f"le code est {dernier_code(mails)}", tracker, CollectingDispatcher()) == {
        "code_email": "verifie",
        "verification_email": "code",
    }


async def test_mauvais_code_puis_trop_d_essais(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, mails: ExpediteurFichiers
) -> None:
    await demander(tracker, CollectingDispatcher())
    bon = dernier_code(mails)
    faux = "000000" if bon != "000000" else "111111"
    assert await saisir(faux, tracker, dispatcher) == {"code_email": None}
    assert reponses(dispatcher) == ["utter_code_faux"]
    assert dispatcher.messages[0]["restants"] == ESSAIS_MAX - 1
    for _ in range(ESSAIS_MAX - 1):
        await saisir(faux, tracker, dispatcher)
    assert reponses(dispatcher)[-1] == "utter_code_epuise"
    refuse = CollectingDispatcher()
    assert await saisir(bon, tracker, refuse) == {"code_email": None}  # too late, even right
    assert reponses(refuse) == ["utter_code_epuise"]


async def test_code_expire_puis_nouveau_code_seul_le_dernier_vaut(
    tracker: FabriqueTracker,
    dispatcher: CollectingDispatcher,
    mails: ExpediteurFichiers,
    depot: Depot,
    registre: Registre,
) -> None:
    await demander(tracker, CollectingDispatcher())
    ancien = dernier_code(mails)
    installer(depot, registre, expediteur=mails, instant=lambda: MAINTENANT + timedelta(minutes=11))
    assert await saisir(ancien, tracker, dispatcher) == {"code_email": None}
    assert reponses(dispatcher) == ["utter_code_expire"]
    nouveau_dispatcher = CollectingDispatcher()
    assert await saisir("nouveau code", tracker, nouveau_dispatcher) == {"code_email": None}
    assert reponses(nouveau_dispatcher) == ["utter_code_renvoye"]
    assert len(messages(mails)) == 2
    nouveau = dernier_code(mails)
    if nouveau != ancien:
        assert await saisir(ancien, tracker, CollectingDispatcher()) == {"code_email": None}
    accepte = await saisir(nouveau, tracker, CollectingDispatcher())
    assert accepte["verification_email"] == "code"


async def test_plus_de_codes_rien_n_est_enregistre(
    tracker: FabriqueTracker, dispatcher: CollectingDispatcher, depot: Depot
) -> None:
    await demander(tracker, CollectingDispatcher())
    for _ in range(CODES_MAX - 1):
        await saisir("nouveau code", tracker, CollectingDispatcher())
    assert await saisir("renvoyez un code", tracker, dispatcher) == {
        "code_email": "bloque",
        "verification_email": None,
    }
    await ActionEnregistrerDossier().run(dispatcher, tracker(slots=APRES_OUI), {})
    assert reponses(dispatcher) == ["utter_dossier_non_verifie", "utter_synthese"]
    assert depot.dossiers() == []


@pytest.mark.parametrize(("audience", "attendu"), [("agent", "conseiller"), ("public", None)])
async def test_seul_un_conseiller_peut_passer_la_verification(
    audience: str, attendu: str | None, tracker: FabriqueTracker, dispatcher: CollectingDispatcher
) -> None:
    valide = await saisir("passer", tracker, dispatcher, audience=audience)
    assert valide.get("verification_email") == attendu
    assert reponses(dispatcher) == ([] if attendu else ["utter_code_incompris"])


async def test_dossier_verifie_enregistre_et_copie_envoyee(
    tracker: FabriqueTracker,
    dispatcher: CollectingDispatcher,
    depot: Depot,
    mails: ExpediteurFichiers,
) -> None:
    slots = {**CAS, "consentement": True, "verification_email": "conseiller"}
    await ActionEnregistrerDossier().run(dispatcher, tracker(slots=slots), {})
    reference = dispatcher.messages[0]["reference"]
    dossier = depot.lire(reference)
    assert dossier is not None and dossier.verification is Verification.CONSEILLER
    fin = time.monotonic() + 10
    while not messages(mails) and time.monotonic() < fin:
        time.sleep(0.05)
    [copie] = messages(mails)
    assert reference in str(copie["Subject"]) and reference in texte(copie)
    assert depot.courrier.a_envoyer() == []
    assert isinstance(copie["Date"].datetime, datetime)
