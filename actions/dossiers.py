"""Dossiers in the conversation: consent, record, letter link, dated copy, follow-up."""

from __future__ import annotations

import logging

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.base import ActionRecours, Evenements
from actions.lecture import identite, metadonnees, reponses, texte_du_message
from actions.metriques import compter_dossier, compter_transmission
from actions.orientation import orientation_du_cas
from bot.dossier import DonneesMedicalesRefusees, Reclamation, lire_reference
from bot.jalons import date_en_francais
from bot.lettres import rediger_recapitulatif
from bot.orientation import Orientation
from bot.presentation import en_json, horodatage_en_francais, rediger_suivi
from bot.preuves import VALEUR_SIGNABLE
from bot.saisie import valider_email
from bot.verification import Verification
from edge.contexte import Contexte, contexte

journal = logging.getLogger(__name__)


def _texte(tracker: Tracker, slot: str) -> str:
    valeur = tracker.get_slot(slot)
    return valeur if isinstance(valeur, str) else ""


def _cas(tracker: Tracker) -> tuple[Reclamation, Orientation]:
    """The complaint as the forms collected it, and its orientation for today."""
    orientation = orientation_du_cas(tracker)
    reclamation = Reclamation.depuis(
        orientation.faits.organisation.id, identite(tracker), reponses(tracker)
    )
    return reclamation, orientation


def conseiller(tracker: Tracker) -> str | None:
    """The signed-in agent the channel names in the metadata (``rasa_addons.confiance``)."""
    agent = metadonnees(tracker).get("agent")
    return agent if isinstance(agent, str) and VALEUR_SIGNABLE.fullmatch(agent) else None


def lien_de_lettre(ctx: Contexte, reference: str, jeton: str) -> str:
    """The letter's address on the web app; the token is the only key to it."""
    return f"{ctx.url_web}/dossiers/{reference}/lettre?jeton={jeton}"


class ActionAskConsentement(ActionRecours):
    """Show the dated summary and ask whether to record the complaint."""

    NOM = "action_ask_consentement"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Utter the summary (``bot.lettres``) inside the consent question."""
        reclamation, orientation = _cas(tracker)
        faits = orientation.faits
        recapitulatif = rediger_recapitulatif(reclamation, faits.organisation, faits.aujourdhui)
        dispatcher.utter_message(response="utter_ask_consentement", recapitulatif=recapitulatif)
        return []


class ActionEnregistrerDossier(ActionRecours):
    """Record the complaint the person agreed to, and give its reference and letter."""

    NOM = "action_enregistrer_dossier"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Store the dossier once the address is verified (or an agent skipped it).

        Then say its reference, date and letter link, e-mail the dated copy and forward
        the dossier to the insurer, both in the background.
        """
        deja = tracker.get_slot("reference")
        if deja:
            dispatcher.utter_message(
                response="utter_dossier_deja_enregistre",
                reference=deja,
                lettre_url=tracker.get_slot("lettre_url"),
            )
            return []
        if tracker.get_slot("consentement") is not True:
            dispatcher.utter_message(response="utter_dossier_non_enregistre")
            return []
        verification = tracker.get_slot("verification_email")
        if verification not in {v.value for v in Verification}:
            dispatcher.utter_message(response="utter_dossier_non_verifie")
            return []
        ctx = contexte()
        reclamation, orientation = _cas(tracker)
        try:
            dossier, jeton = ctx.depot.enregistrer(
                reclamation,
                orientation,
                ctx.maintenant(),
                transmettre=ctx.url_webhook is not None,
                verification=Verification(verification),
                conseiller=conseiller(tracker),
            )
        except DonneesMedicalesRefusees:
            compter_dossier("refuse_sante")
            dispatcher.utter_message(response="utter_dossier_medical")
            return []
        except SQLAlchemyError:
            journal.exception("dossier store unavailable")
            compter_dossier("indisponible")
            dispatcher.utter_message(response="utter_dossier_indisponible")
            return []
        compter_dossier("enregistre")
        lettre_url = lien_de_lettre(ctx, dossier.reference, jeton)
        dispatcher.utter_message(
            response="utter_dossier_enregistre",
            reference=dossier.reference,
            horodatage=horodatage_en_francais(dossier.cree_le),
            lettre_url=lettre_url,
        )
        dispatcher.utter_message(
            json_message={"type": "orientation", **dossier.orientation, "lettre_url": lettre_url}
        )
        ctx.envoyer_copie(dossier.reference)
        envoi = ctx.transmettre(dossier.reference)
        if envoi is not None:
            envoi.add_done_callback(compter_transmission)
        return [SlotSet("reference", dossier.reference), SlotSet("lettre_url", lettre_url)]


class ActionPreparerSuivi(ActionRecours):
    """Keep the reference and e-mail the first message of a follow-up already gives."""

    NOM = "action_preparer_suivi"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Set ``suivi_reference`` and ``suivi_email`` when the message holds them."""
        texte = texte_du_message(tracker)
        lus = {"suivi_reference": lire_reference(texte), "suivi_email": valider_email(texte)}
        return [SlotSet(slot, valeur) for slot, valeur in lus.items() if valeur]


class ActionSuiviDossier(ActionRecours):
    """Tell a returning person where their complaint stands today."""

    NOM = "action_suivi_dossier"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Find the dossier by reference and e-mail, recompute its dates for today."""
        ctx = contexte()
        oublier = [SlotSet("suivi_reference", None), SlotSet("suivi_email", None)]
        dossier = ctx.depot.lire_pour_suivi(
            _texte(tracker, "suivi_reference"), _texte(tracker, "suivi_email")
        )
        if dossier is None:
            dispatcher.utter_message(response="utter_suivi_introuvable")
            return oublier
        orientation = dossier.orientation_au_suivi(ctx.aujourdhui())
        dispatcher.utter_message(
            response="utter_suivi",
            reference=dossier.reference,
            date=date_en_francais(dossier.cree_le.date()),
            suivi=rediger_suivi(orientation),
        )
        charge = {**en_json(orientation), "reference": dossier.reference}
        dispatcher.utter_message(json_message={"type": "suivi", **charge})
        return oublier
