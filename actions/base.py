"""What every action of the domain shares: its name as data, and one short signature.

Rasa-sdk asks each action for ``name()`` and ``run(dispatcher, tracker, domain)``, and
each form validation for ``name()`` and ``required_slots(...)``; none of the actions
reads the domain. Here the name is a class attribute and the work is one method.
"""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import ClassVar, TypeVar

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

Evenements = list[EventType]
T = TypeVar("T")


async def hors_boucle(fonction: Callable[[], T]) -> T:
    """Run a blocking call (the database, SMTP) in a worker thread, off the event loop.

    No action holds up the action server's other conversations while it waits (a
    database restart replayed, an SMTP retry).
    """
    return await asyncio.get_running_loop().run_in_executor(None, fonction)


class ActionRecours(Action, ABC):
    """An action named ``NOM`` in the domain, whose work is ``executer``.

    Abstract, so that rasa-sdk's executor does not register it as an action itself.
    """

    NOM: ClassVar[str]

    def name(self) -> str:
        """The action's name in the domain."""
        return self.NOM

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Evenements:
        """Run ``executer`` (no action of Recours reads the domain)."""
        return await self.executer(dispatcher, tracker)

    @abstractmethod
    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """What the action does: its messages through ``dispatcher``, its events returned."""


class FormulaireRecours(FormValidationAction):
    """The validation of the form ``NOM``; ``questions`` says which slots it asks.

    Abstract until a subclass names its form, so that rasa-sdk's executor does not
    register this base as an action itself.
    """

    @property
    @abstractmethod
    def NOM(self) -> str:
        """``validate_<form>``: set as a class attribute by each form."""

    SLOTS_HORS_QUESTIONS: ClassVar[tuple[str, ...]] = ("correction_proposee",)
    """Slots an ``extract_<slot>`` method may set although no question asks them;
    rasa-sdk returns only the validated question slots, so ``run`` adds these."""

    def name(self) -> str:
        """The validation action's name in the domain (``validate_<form>``)."""
        return self.NOM

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Evenements:
        """Extract and validate (rasa-sdk), keeping the slots set outside the questions."""
        avant = {slot: tracker.get_slot(slot) for slot in self.SLOTS_HORS_QUESTIONS}
        evenements: Evenements = list(await super().run(dispatcher, tracker, domain))
        deja = {e.get("name") for e in evenements if e.get("event") == "slot"}
        for slot, valeur in avant.items():
            if slot not in deja and tracker.get_slot(slot) != valeur:
                evenements.append(SlotSet(slot, tracker.get_slot(slot)))
        return evenements

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        """The slots still to ask, from ``questions``."""
        return self.questions(domain_slots, tracker)

    def questions(self, domain_slots: list[str], tracker: Tracker) -> list[str]:
        """The form's slots still to ask, in order (by default the domain's list)."""
        return domain_slots
