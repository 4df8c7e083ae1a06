"""Slots read on every user message, whatever the form: organisation, audience, health.

And what the dispute is about, for the exclusions mediators publish (only codes kept),
and the example of a reference the prompts show (the organisation's own prefix).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import ValidationAction
from rasa_sdk.types import DomainDict

from actions.lecture import metadonnees, texte_du_message
from bot.dossier import exemple_de_reference
from bot.litige import lire_cas
from bot.sante import contient_donnees_medicales
from edge.contexte import contexte

AUDIENCES = ("public", "agent")


class ValidationGlobale(ValidationAction):
    """``action_validate_slot_mappings``: runs after every user message."""

    def domain_slots(self, domain: DomainDict) -> list[str]:
        """Slots extracted here (organisation also has a form mapping)."""
        return ["organisation", "audience", "donnees_medicales", "cas_litige", "exemple_reference"]

    async def extract_organisation(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The organisation from the message metadata, else from RECOURS_ORGANISATION."""
        if tracker.get_slot("organisation"):
            return {}
        demandee = _organisation_demandee(tracker)
        return {"organisation": demandee} if demandee else {}

    async def extract_exemple_reference(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A reference with the organisation's prefix (else the slot's initial value)."""
        ctx = contexte()
        identifiant = tracker.get_slot("organisation") or _organisation_demandee(tracker)
        if not isinstance(identifiant, str) or identifiant not in ctx.registre:
            return {}
        prefixe = ctx.registre[identifiant].prefixe_reference
        exemple = exemple_de_reference(prefixe, ctx.aujourdhui().year)
        if exemple == tracker.get_slot("exemple_reference"):
            return {}
        return {"exemple_reference": exemple}

    def validate_organisation(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Keep the value: a typed answer is validated by the form that asked for it."""
        return {"organisation": valeur}

    async def extract_audience(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """``agent`` when the contact-centre page says so in the metadata."""
        audience = metadonnees(tracker).get("audience")
        if audience in AUDIENCES and audience != tracker.get_slot("audience"):
            return {"audience": audience}
        return {}

    async def extract_donnees_medicales(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Flag health information and warn the person; the text itself is never kept."""
        if contient_donnees_medicales(texte_du_message(tracker)):
            dispatcher.utter_message(response="utter_donnees_medicales")
            return {"donnees_medicales": True}
        return {}

    async def extract_cas_litige(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Add what this message says the dispute is about (only the codes are kept)."""
        deja = tracker.get_slot("cas_litige") or []
        nouveaux = {c.value for c in lire_cas(texte_du_message(tracker))} - set(deja)
        if nouveaux:
            return {"cas_litige": sorted({*deja, *nouveaux})}
        return {}


def _organisation_demandee(tracker: Tracker) -> str | None:
    """The organisation of the message metadata, else RECOURS_ORGANISATION, if known."""
    ctx = contexte()
    demandee = metadonnees(tracker).get("organisation") or ctx.reglages.organisation_par_defaut
    return demandee if isinstance(demandee, str) and demandee in ctx.registre else None
