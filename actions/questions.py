"""How a form asks its question: in full, or in one short line when it comes back to it.

Rasa asks a form's question with ``action_ask_<slot>`` when the domain has one. A side
question asked while a question waits ("c'est gratuit ?", "vous êtes un robot ?") gets
its answer, then the form comes back to the same question: asking it in full again
would repeat the paragraph just read, so ``utter_rappel_<slot>`` reminds it in one line
("Et pour reprendre : votre numéro d'adhérent ?"). The same after a restart the person
did not confirm. Every other time (a first question, an answer not understood), the
question is ``utter_ask_<slot>``, in full.
"""

from __future__ import annotations

from abc import abstractmethod

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import ActionRecours, Evenements
from actions.formulaires import QUESTIONS_DU_RECOURS
from actions.lecture import juste_apres_le_message, question_en_attente


def reprise(tracker: Tracker, slot: str) -> bool:
    """Whether the form comes back to ``slot``'s question after a side turn.

    The question was waiting when the person wrote, and something else has answered
    since (a side answer, a restart not confirmed): the person has just read the
    question, and then something else.
    """
    return question_en_attente(tracker) == slot and not juste_apres_le_message(tracker)


class ActionPoserQuestion(ActionRecours):
    """Ask ``SLOT``'s question, or remind it in one line when the form comes back to it."""

    @property
    @abstractmethod
    def SLOT(self) -> str:
        """The form slot asked: set as a class attribute by each question."""

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Utter ``utter_rappel_<slot>`` back from a side turn, else ``utter_ask_<slot>``."""
        forme = "rappel" if reprise(tracker, self.SLOT) else "ask"
        dispatcher.utter_message(response=f"utter_{forme}_{self.SLOT}")
        return []


QUESTIONS_POSEES = tuple(
    type(
        f"ActionAsk_{slot}",
        (ActionPoserQuestion,),
        {"NOM": f"action_ask_{slot}", "SLOT": slot, "__module__": __name__},
    )
    for slot in QUESTIONS_DU_RECOURS
)
"""``action_ask_<slot>`` for each question of the complaint and request forms."""
