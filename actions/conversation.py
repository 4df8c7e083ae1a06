"""Side turns: a human contact, a correction, a clarifying question, a restart."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import ActionRecours, Evenements
from actions.lecture import organisation, texte_du_message
from actions.orientation import faits_du_message, ouvrir_une_reclamation
from bot.dates_fr import analyser_date
from bot.faits import extraire_faits
from bot.presentation import decrire_contact
from bot.saisie import valider_email
from edge.contexte import contexte

INTENTIONS_AMBIGUES = {"reclamation", "demande"}


class ActionConseiller(ActionRecours):
    """Say how to reach a human at the person's organisation."""

    NOM = "action_conseiller"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Utter the organisation's human contact."""
        contact = organisation(tracker, contexte().registre).contact_humain
        dispatcher.utter_message(response="utter_conseiller", contact=decrire_contact(contact))
        return []


class ActionCorriger(ActionRecours):
    """Correct an earlier answer: the complaint's date, the e-mail, the answer received."""

    NOM = "action_corriger"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Set the slots the correction names, or say what could not be understood.

        Before any case is started there is nothing to correct: the message is an
        opening read as a correction (it holds a date). When it states complaint facts
        (a written complaint, its date, an answer or its absence), it opens the complaint
        with them; otherwise the person is asked to rephrase, with buttons.
        """
        if tracker.get_slot("qualification") is None:
            if faits_du_message(tracker):
                return [*ouvrir_une_reclamation(tracker), FollowupAction("recours_form")]
            dispatcher.utter_message(response="utter_default")
            return []
        texte = texte_du_message(tracker)
        aujourdhui = contexte().aujourdhui()
        evenements: list[EventType] = []
        date_lue = analyser_date(texte, aujourdhui)
        if date_lue.erreur is None and date_lue.valeur is not None:
            evenements += [
                SlotSet("date_reclamation_ecrite", date_lue.valeur.isoformat()),
                SlotSet("reclamation_ecrite", True),
                SlotSet("contact_prealable", True),
            ]
        email = valider_email(texte)
        if email:
            evenements.append(SlotSet("email", email))
        faits = extraire_faits(texte, aujourdhui)
        for slot in ("reponse_recue", "reponse_satisfaisante", "procedure_en_cours"):
            if getattr(faits, slot) is not None:
                evenements.append(SlotSet(slot, getattr(faits, slot)))
        reponse = "utter_correction_notee" if evenements else "utter_correction_incomprise"
        dispatcher.utter_message(response=reponse)
        return evenements


class ActionClarifier(ActionRecours):
    """Low NLU confidence: ask instead of guessing, with buttons."""

    NOM = "action_clarifier"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Complaint or request when those two compete, else a general rephrasing."""
        classement = [
            str(i.get("name"))
            for i in (tracker.latest_message or {}).get("intent_ranking") or []
            if i.get("name") != "nlu_fallback"
        ]
        if set(classement[:2]) >= INTENTIONS_AMBIGUES:
            dispatcher.utter_message(response="utter_clarifier_reclamation_demande")
        else:
            dispatcher.utter_message(response="utter_clarifier")
        return []


class ActionRecommencer(ActionRecours):
    """Start over: every slot back to its initial value, any form stopped.

    Unlike Rasa's ``action_restart``, the history stays, so the rules still know what
    comes next (listening), and the metadata fill organisation and audience again on
    the next message.
    """

    NOM = "action_recommencer"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Say it, then reset."""
        dispatcher.utter_message(response="utter_restart")
        return [ActiveLoop(None), AllSlotsReset()]
