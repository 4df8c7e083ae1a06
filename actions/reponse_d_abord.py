"""Answer first: a reply to a form's question is read by that question's own parser.

Every form slot has a ``type: custom`` mapping read by its ``extract_<slot>`` method,
made here by ``extracteur``. Right after the person's message, for the slot being asked:

1. an explicit correction of an earlier answer ("en fait c'était le 13 mars") is not
   applied but proposed, and confirmed by the person first (``confirmation_correction``);
2. a free-text answer (nature, pièces, the e-mail code) is always an answer;
3. otherwise a reply is an answer unless it is not a plausible answer *and* asks
   something: only then may a side question, a restart or a correction take over (the
   form rejects the turn and the rules answer it). A reply that answers and asks ("non,
   et c'est gratuit le médiateur ?", "Lefèvre, c'est obligatoire ?") keeps the answer
   part, and gets the side answer too when its intent is a side question.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.corrections import correction_du_message, proposer
from actions.lecture import juste_apres_le_message, organisation, texte_du_message
from bot.presentation import decrire_contact
from bot.reponse_attendue import lit_comme_question, partie_reponse
from edge.contexte import contexte

Valideur = Callable[[Any, CollectingDispatcher, Tracker], dict[str, Any]]

INTENTIONS_ANNEXES = frozenset(
    {
        "question_mediateur",
        "question_delai",
        "definition_reclamation",
        "question_gratuite",
        "demande_conseiller",
        "bot_challenge",
        "recommencer",
        "corriger",
    }
)
"""Intents that may take a turn over from the form's question (rules answer them)."""

_REPONSES_ANNEXES = {
    "question_mediateur": "utter_mediateur",
    "question_delai": "utter_delais",
    "definition_reclamation": "utter_definition_reclamation",
    "question_gratuite": "utter_gratuite",
    "bot_challenge": "utter_bot",
}


def _intention(tracker: Tracker) -> str:
    return str(((tracker.latest_message or {}).get("intent") or {}).get("name") or "")


def repondre_a_cote(intention: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Answer the side question ``intention`` asks (nothing for a restart or a correction)."""
    if intention == "demande_conseiller":
        contact = organisation(tracker, contexte().registre).contact_humain
        dispatcher.utter_message(response="utter_conseiller", contact=decrire_contact(contact))
    elif intention in _REPONSES_ANNEXES:
        dispatcher.utter_message(response=_REPONSES_ANNEXES[intention])


def _plausible(valider: Valideur, slot: str, texte: str, tracker: Tracker) -> bool:
    """Whether the slot's own validator accepts ``texte`` (its messages are discarded)."""
    lu = valider(texte, CollectingDispatcher(), tracker) if texte else {}
    return any(valeur is not None for valeur in lu.values())


def extracteur(slot: str, valider: Valideur | None) -> Callable[..., dict[str, Any]]:
    """The ``extract_<slot>`` method: the reply read as an answer to ``slot`` first.

    Args:
        slot: the form slot.
        valider: its validator, used to tell whether a reply is a plausible answer;
            ``None`` for free text (always an answer: never a side question, a restart
            or a correction).

    """

    def extraire(
        _action: object, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if tracker.get_slot("requested_slot") != slot or not juste_apres_le_message(tracker):
            return {}
        texte = texte_du_message(tracker)
        if valider is None:
            return {slot: texte}
        correction = correction_du_message(tracker, slot)
        if correction is not None:
            return proposer(correction)
        if not lit_comme_question(texte):
            return {slot: texte}
        intention = _intention(tracker)
        annexe = intention in INTENTIONS_ANNEXES
        reponse = partie_reponse(texte)
        if not _plausible(valider, slot, reponse, tracker):
            return {} if annexe else {slot: texte}
        repondre_a_cote(intention, dispatcher, tracker)
        return {slot: reponse}

    extraire.__doc__ = f"The reply read as an answer to ``{slot}`` first."
    return extraire
