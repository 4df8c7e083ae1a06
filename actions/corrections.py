"""Corrections: explicit, proposed to the person, and applied only after a yes.

A correction needs a marker ("en fait", "je me suis trompé", "plutôt", "non c'était…")
and an earlier answer it applies to (``bot.reponse_attendue.proposer_correction``). The
bot says what it changes ("Je remplace la date de votre réclamation écrite, le 3 mars,
par le 13 mars ?"), and the form asks ``confirmation_correction`` before any other
question: yes applies it, no keeps the earlier answer.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import ActionRecours, Evenements, FormulaireRecours
from actions.lecture import AUCUN_NUMERO, juste_apres_le_message, texte_du_message
from actions.orientation import envoyer_orientation
from bot.jalons import date_en_francais
from bot.reponse_attendue import Correction, proposer_correction
from bot.saisie import interpreter_oui_non
from edge.contexte import contexte

CONFIRMATION = "confirmation_correction"
PROPOSEE = "correction_proposee"

SLOTS_CORRIGEABLES = (
    "contact_prealable",
    "reclamation_ecrite",
    "date_reclamation_ecrite",
    "reponse_recue",
    "reponse_satisfaisante",
    "procedure_en_cours",
    "numero_adherent",
    "email",
    "nom",
    "prenom",
)
"""Earlier answers a correction may change (``bot.reponse_attendue.proposer_correction``)."""


def proposer(correction: Correction) -> dict[str, Any]:
    """The slots that make the form ask the person to confirm ``correction``."""
    return {
        PROPOSEE: {
            "slot": correction.slot,
            "ancienne": correction.ancienne,
            "nouvelle": correction.nouvelle,
        },
        CONFIRMATION: None,
    }


def correction_du_message(tracker: Tracker, demande: str | None) -> Correction | None:
    """The explicit correction the latest message makes of an earlier answer, if any."""
    reponses = {slot: tracker.get_slot(slot) for slot in SLOTS_CORRIGEABLES}
    return proposer_correction(
        texte_du_message(tracker), reponses, demande, contexte().aujourdhui()
    )


def extraire_confirmation(
    _action: object, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
) -> dict[str, Any]:
    """The reply to "Je remplace … par … ?" (the button's boolean, or a typed yes or no)."""
    if tracker.get_slot("requested_slot") != CONFIRMATION or not juste_apres_le_message(tracker):
        return {}
    return {CONFIRMATION: texte_du_message(tracker)}


def valider_confirmation(
    valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker
) -> dict[str, Any]:
    """Apply the proposed correction on a yes, drop it on a no; otherwise ask again."""
    proposee = tracker.get_slot(PROPOSEE)
    if not isinstance(proposee, dict) or valeur is None:
        return {CONFIRMATION: None}  # proposed in this very turn: nothing answered yet
    oui = valeur if isinstance(valeur, bool) else interpreter_oui_non(str(valeur or ""))
    if oui is None:
        dispatcher.utter_message(response="utter_oui_non_incompris")
        return {CONFIRMATION: None}
    fin = {PROPOSEE: None, CONFIRMATION: None}
    if not oui:
        dispatcher.utter_message(response="utter_correction_abandonnee")
        return fin
    dispatcher.utter_message(response="utter_correction_notee")
    changes: dict[str, Any] = {proposee["slot"]: proposee["nouvelle"]}
    if proposee["slot"] == "date_reclamation_ecrite":
        changes["reclamation_ecrite"] = True
    return {**changes, **fin}


def demander_confirmation(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Say what the correction changes and ask for a yes ("Je remplace … par … ?")."""
    proposee = tracker.get_slot(PROPOSEE)
    if not isinstance(proposee, dict):
        return
    dispatcher.utter_message(
        response=f"utter_corriger_{proposee['slot']}",
        ancienne=_lisible(proposee["ancienne"]),
        nouvelle=_lisible(proposee["nouvelle"]),
    )


def _lisible(valeur: object) -> str:
    """A slot value as the person reads it in the confirmation question."""
    if valeur == AUCUN_NUMERO:
        return "aucun numéro"
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if isinstance(valeur, str):
        try:
            return date_en_francais(date.fromisoformat(valeur))
        except ValueError:
            return valeur
    return str(valeur)


class ActionAskConfirmationCorrection(ActionRecours):
    """Ask the person to confirm the correction proposed (any form)."""

    NOM = "action_ask_confirmation_correction"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Say what would change, with Oui/Non buttons."""
        demander_confirmation(dispatcher, tracker)
        return []


def confirmer_et_reorienter(
    valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker
) -> dict[str, Any]:
    """A correction confirmed after the orientation changes it: the new one is sent."""
    resultat = valider_confirmation(valeur, dispatcher, tracker)
    if set(resultat) - {PROPOSEE, CONFIRMATION}:
        tracker.slots.update(resultat)
        envoyer_orientation(dispatcher, tracker)
    return resultat


def avec_confirmation(tracker: Tracker, questions: list[str]) -> list[str]:
    """A proposed correction is confirmed before any other question."""
    return [CONFIRMATION, *questions] if tracker.get_slot(PROPOSEE) else questions


class ValidateCorrectionForm(FormulaireRecours):
    """A correction made once the case is oriented: confirmed, then oriented again."""

    NOM = "validate_correction_form"

    def questions(self, domain_slots: list[str], tracker: Tracker) -> list[str]:
        """Only the confirmation, while a correction is proposed."""
        return avec_confirmation(tracker, [])

    extract_confirmation_correction = extraire_confirmation

    def validate_confirmation_correction(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Yes or no: apply the correction proposed."""
        return valider_confirmation(valeur, dispatcher, tracker)
