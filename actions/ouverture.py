"""Open a case, a complaint or a request, unless the message corrects the one in progress.

Outside a form, a correction ("plutôt mon contrat prévoyance", "en fait c'était le 5
octobre") may be read as a new complaint or request: once a case is started, a message
that explicitly corrects one of its answers is proposed as that correction instead
(``actions.corrections``), confirmed by the person before anything changes.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import (
    ActionExecuted,
    EventType,
    FollowupAction,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa_sdk.executor import CollectingDispatcher

from actions.base import ActionRecours, Evenements
from actions.corrections import correction_du_message, proposer
from actions.lecture import texte_du_message
from actions.orientation import (
    dit_ou_en_est_une_reclamation,
    faits_du_message,
    organisation_citee,
    ouvrir_une_reclamation,
)
from bot.faits import veut_se_plaindre
from bot.intentions import intention_d_ouverture
from bot.orientation import Qualification


def corriger_le_cas_en_cours(tracker: Tracker) -> list[EventType]:
    """The proposed correction of the case in progress the message makes, if any.

    Nothing while no case is started; otherwise the correction form asks
    "Je remplace … par … ?" next.
    """
    if tracker.get_slot("qualification") is None:
        return []
    correction = correction_du_message(tracker, None)
    if correction is None:
        return []
    proposee = [SlotSet(slot, valeur) for slot, valeur in proposer(correction).items()]
    return [*proposee, FollowupAction("correction_form")]


def relire_comme_ouverture(tracker: Tracker) -> list[EventType]:
    """The latest message told again with its best opening intent (``bot.intentions``).

    As Rasa's two-stage fallback does, the user turn is reverted, then told again with
    that intent, text, channel and metadata unchanged: the rules answer it as if the NLU
    had chosen it. Nothing when no opening intent is ranked.
    """
    message = tracker.latest_message or {}
    ouverture = intention_d_ouverture(message.get("intent_ranking") or [])
    if ouverture is None:
        return []
    analyse = {**message, "intent": dict(ouverture)}
    relu = UserUttered(
        message.get("text"), parse_data=analyse, input_channel=tracker.get_latest_input_channel()
    )
    relu["metadata"] = message.get("metadata") or {}
    return [UserUtteranceReverted(), ActionExecuted("action_listen"), relu]


def ouvrir_sans_dossier(tracker: Tracker) -> list[EventType]:
    """An opening the NLU read as an answer or a correction, while no case is started.

    When it states complaint facts, the complaint opens with them; otherwise it is told
    again with its best opening intent (:func:`relire_comme_ouverture`). Nothing when
    neither applies.
    """
    if faits_du_message(tracker):
        return [*ouvrir_une_reclamation(tracker), FollowupAction("recours_form")]
    return relire_comme_ouverture(tracker)


class ActionPreparerReclamation(ActionRecours):
    """Mark the case as a complaint and keep the facts the first message already gives."""

    NOM = "action_preparer_reclamation"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Set ``qualification`` and the slots the first message answers.

        A correction of the case in progress is proposed instead.
        """
        return corriger_le_cas_en_cours(tracker) or ouvrir_une_reclamation(tracker)


class ActionPreparerDemande(ActionRecours):
    """Mark the case as a mere request (customer relations, level 1)."""

    NOM = "action_preparer_demande"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Set ``qualification`` and the organisation the message names, if any.

        A correction of the case in progress is proposed instead. A request that states
        complaint facts (a written complaint, an answer or its absence) is a complaint:
        it opens one with those facts; so does a request to complain ("comment je fais
        pour me plaindre ?").
        """
        correction = corriger_le_cas_en_cours(tracker)
        if correction:
            return correction
        if dit_ou_en_est_une_reclamation(tracker) or veut_se_plaindre(texte_du_message(tracker)):
            return [*ouvrir_une_reclamation(tracker), FollowupAction("recours_form")]
        return [
            SlotSet("qualification", Qualification.DEMANDE.value),
            *organisation_citee(tracker),
        ]
