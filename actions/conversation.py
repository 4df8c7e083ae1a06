"""Side turns: a human contact, a correction, a clarifying question, a restart."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import ActionRecours, Evenements
from actions.corrections import correction_du_message, proposer
from actions.lecture import organisation
from actions.orientation import ActionLireLesFaits
from actions.ouverture import corriger_le_cas_en_cours, ouvrir_sans_dossier
from bot.presentation import decrire_contact
from edge.contexte import contexte

INTENTIONS_AMBIGUES = {"reclamation", "demande"}
AUCUN_FORMULAIRE = "aucun"
"""``recommencer_demande`` when no form was asking a question."""


class ActionConseiller(ActionRecours):
    """Say how to reach a human at the person's organisation."""

    NOM = "action_conseiller"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Utter the organisation's human contact."""
        contact = organisation(tracker, contexte().registre).contact_humain
        dispatcher.utter_message(response="utter_conseiller", contact=decrire_contact(contact))
        return []


class ActionCorriger(ActionRecours):
    """Propose to correct an earlier answer; the form then asks the person to confirm."""

    NOM = "action_corriger"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Propose the correction the message makes, or say what could not be understood.

        Before any case is started there is nothing to correct: the message is an
        opening read as a correction (it holds a date, a "plutôt"). When it states
        complaint facts (a written complaint, its date, an answer or its absence), it
        opens the complaint with them; otherwise it is read with its best opening intent
        (``actions.ouverture.ouvrir_sans_dossier``). Nothing is changed before the person
        says yes to "Je remplace … par … ?".
        """
        if tracker.get_slot("qualification") is None:
            ouverture = ouvrir_sans_dossier(tracker)
            if ouverture:
                return ouverture
            dispatcher.utter_message(response="utter_default")
            return []
        correction = correction_du_message(tracker, None)
        if correction is None:
            dispatcher.utter_message(response="utter_correction_incomprise")
            return []
        return [SlotSet(slot, valeur) for slot, valeur in proposer(correction).items()]


class ActionClarifier(ActionRecours):
    """Low NLU confidence: ask instead of guessing, with buttons."""

    NOM = "action_clarifier"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Complaint or request when those two compete, else a general rephrasing.

        An opening that states complaint facts is not thrown away: it opens the
        complaint with them, and the form asks only what is missing. A correction of the
        case in progress is proposed.
        """
        suite = corriger_le_cas_en_cours(tracker)
        if not suite:
            suite = await ActionLireLesFaits().executer(dispatcher, tracker)
        if suite:
            return suite
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


class ActionLireHorsFormulaire(ActionRecours):
    """An answer (intent ``informer``) while no form asks a question."""

    NOM = "action_lire_hors_formulaire"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """An opening read as an answer is read as an opening; otherwise, clarify.

        Before any case is started, the message opens one (``ouvrir_sans_dossier``): "refus
        remboursement lunettes" is a complaint, not something to rephrase. Once a case is
        started, it is handled as a low-confidence message (``action_clarifier``).
        """
        if tracker.get_slot("qualification") is None:
            ouverture = ouvrir_sans_dossier(tracker)
            if ouverture:
                return ouverture
        return await ActionClarifier().executer(dispatcher, tracker)


class ActionRecommencer(ActionRecours):
    """Start over: every slot back to its initial value, any form stopped.

    When a case is in progress, the person confirms first (``recommencer_demande``
    remembers which form to resume on a no). Unlike Rasa's ``action_restart``, the
    history stays, so the rules still know what comes next (listening), and the
    metadata fill organisation and audience again on the next message.
    """

    NOM = "action_recommencer"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Ask for confirmation when a case is in progress; otherwise say it and reset."""
        en_cours = tracker.get_slot("qualification") is not None
        if en_cours and not tracker.get_slot("recommencer_demande"):
            dispatcher.utter_message(response="utter_confirmer_recommencer")
            formulaire = tracker.active_loop.get("name") or AUCUN_FORMULAIRE
            return [SlotSet("recommencer_demande", formulaire), ActiveLoop(None)]
        dispatcher.utter_message(response="utter_restart")
        # Listen next: with every slot reset, no rule state matches what led here.
        return [ActiveLoop(None), AllSlotsReset(), FollowupAction("action_listen")]


class ActionReprendre(ActionRecours):
    """The person does not want to start over after all: the case goes on where it was."""

    NOM = "action_reprendre"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Say so, and resume the form that was asking a question, if any."""
        dispatcher.utter_message(response="utter_reprise")
        formulaire = tracker.get_slot("recommencer_demande")
        evenements: Evenements = [SlotSet("recommencer_demande", None)]
        if formulaire and formulaire != AUCUN_FORMULAIRE:
            evenements.append(FollowupAction(str(formulaire)))
        return evenements
