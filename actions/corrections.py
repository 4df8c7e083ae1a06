"""Corrections: explicit, proposed to the person, and applied only after a yes.

A correction needs a marker ("en fait", "je me suis trompé", "plutôt", "non c'était…")
and an earlier answer it applies to (``bot.reponse_attendue.proposer_correction``): any
answer of the form, the free ones (nature, documents) only when the sentence names them.
The bot says what it changes ("Je remplace la date de votre réclamation écrite, le 3
mars, par le 13 mars ?", "J'ajoute « la facture » aux documents…"), and the form asks
``confirmation_correction`` before any other question: yes applies it, no keeps the
earlier answer. A new organisation re-reads the membership number with its format.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import ActionRecours, Evenements, FormulaireRecours
from actions.lecture import (
    AUCUN_NUMERO,
    FIN_DE_DATE,
    juste_apres_le_message,
    texte_du_message,
)
from actions.orientation import envoyer_orientation
from bot.reponse_attendue import Correction, proposer_correction, valeur_lisible
from bot.saisie import StatutNumero, analyser_numero_adherent, interpreter_oui_non
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
    "organisation",
    "contrat",
    "montant_litige",
    "nature",
    "pieces",
)
"""Earlier answers a correction may change (``bot.reponse_attendue.proposer_correction``)."""


def proposer(correction: Correction) -> dict[str, Any]:
    """The slots that make the form ask the person to confirm ``correction``."""
    proposee = {
        "slot": correction.slot,
        "ancienne": correction.ancienne,
        "nouvelle": correction.nouvelle,
    }
    if correction.ajout is not None:
        proposee["ajout"] = correction.ajout
    return {PROPOSEE: proposee, CONFIRMATION: None}


def correction_du_message(tracker: Tracker, demande: str | None) -> Correction | None:
    """The explicit correction the latest message makes of an earlier answer, if any."""
    reponses = {slot: tracker.get_slot(slot) for slot in SLOTS_CORRIGEABLES}
    ctx = contexte()
    return proposer_correction(
        texte_du_message(tracker), reponses, demande, ctx.aujourdhui(), ctx.registre
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
    return {**_avec_ce_qui_en_depend(proposee["slot"], proposee["nouvelle"], tracker), **fin}


def _avec_ce_qui_en_depend(slot: str, nouvelle: Any, tracker: Tracker) -> dict[str, Any]:
    """The corrected answer, and the answers it changes.

    A written complaint's date means a written complaint was sent, on the day given (no
    longer a range). A membership number
    is read with its organisation's format: under another organisation, one that no
    longer fits is asked again.
    """
    changes: dict[str, Any] = {slot: nouvelle}
    if slot == "date_reclamation_ecrite":
        changes["reclamation_ecrite"] = True
        changes[FIN_DE_DATE] = None
    numero = tracker.get_slot("numero_adherent")
    if slot == "organisation" and isinstance(numero, str) and numero != AUCUN_NUMERO:
        regle = contexte().registre.ou_generique(str(nouvelle)).numero_adherent
        if analyser_numero_adherent(numero, regle.format).statut is not StatutNumero.FOURNI:
            changes["numero_adherent"] = None
    return changes


def demander_confirmation(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Say what the correction changes and ask for a yes ("Je remplace … par … ?").

    A document added is said as an addition ("J'ajoute « la facture »…").
    """
    proposee = tracker.get_slot(PROPOSEE)
    if not isinstance(proposee, dict):
        return
    slot = proposee["slot"]
    registre = contexte().registre
    ajout = proposee.get("ajout")
    dispatcher.utter_message(
        response=f"utter_ajouter_{slot}" if ajout else f"utter_corriger_{slot}",
        ancienne=valeur_lisible(slot, proposee["ancienne"], registre),
        nouvelle=valeur_lisible(slot, proposee["nouvelle"], registre),
        ajout=ajout or "",
    )


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
