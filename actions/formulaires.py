"""``validate_<form>`` actions: turn what the person typed into slot values, or ask again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.lecture import AUCUN_NUMERO, organisation, reponses
from actions.verification import valider_code
from bot.dates_fr import ErreurDate, analyser_date
from bot.dossier import lire_reference
from bot.litige import lire_contrats, lire_montant
from bot.organisations import Organisation
from bot.parcours import questions_a_poser
from bot.saisie import (
    StatutNumero,
    analyser_numero_adherent,
    interpreter_oui_non,
    nettoyer_texte_libre,
    normaliser_nom,
    valider_email,
)
from bot.sante import contient_donnees_medicales
from edge.contexte import contexte

_REPONSE_DATE = {
    ErreurDate.INTROUVABLE: "utter_date_incomprise",
    ErreurDate.IMPOSSIBLE: "utter_date_impossible",
    ErreurDate.FUTURE: "utter_date_future",
}


def _texte(valeur: Any) -> str:
    return valeur if isinstance(valeur, str) else ""


def _oui_non(slot: str, valeur: Any, dispatcher: CollectingDispatcher) -> dict[str, Any]:
    if isinstance(valeur, bool):
        return {slot: valeur}
    reponse = interpreter_oui_non(_texte(valeur))
    if reponse is None:
        dispatcher.utter_message(response="utter_oui_non_incompris")
    return {slot: reponse}


def _lu(slot: str, lu: Any, dispatcher: CollectingDispatcher, incompris: str) -> dict[str, Any]:
    """The value read for ``slot``; when nothing was read, say so and ask again."""
    if lu is None:
        dispatcher.utter_message(response=incompris)
    return {slot: lu}


def _email(slot: str, valeur: Any, dispatcher: CollectingDispatcher) -> dict[str, Any]:
    email = valider_email(_texte(valeur))
    if email is None:
        dispatcher.utter_message(response="utter_email_invalide")
    return {slot: email}


def _valideur_oui_non(slot: str, question: str) -> Callable[..., dict[str, Any]]:
    """A ``validate_<slot>`` method for a yes/no question of the form."""

    def valider(
        _action: FormValidationAction,
        valeur: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        return _oui_non(slot, valeur, dispatcher)

    valider.__doc__ = f"Yes or no: {question}."
    return valider


def _organisation(valeur: Any, dispatcher: CollectingDispatcher) -> dict[str, Any]:
    registre = contexte().registre
    texte = _texte(valeur).strip()
    if texte in registre:
        return {"organisation": texte}
    reconnue: Organisation | None = registre.reconnaitre(texte)
    if reconnue is not None:
        return {"organisation": reconnue.id}
    if nettoyer_texte_libre(texte) is None:
        dispatcher.utter_message(response="utter_texte_vide")
        return {"organisation": None}
    dispatcher.utter_message(response="utter_organisation_generique")
    return {"organisation": registre.generique().id}


class ValidateDemandeForm(FormValidationAction):
    """A mere request needs only the organisation, to give the right contact."""

    def name(self) -> str:
        """Name of the action in the domain."""
        return "validate_demande_form"

    def validate_organisation(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Map the answer to a known organisation, or to the generic one."""
        return _organisation(valeur, dispatcher)


class ValidateRecoursForm(FormValidationAction):
    """History of the complaint, then what a written complaint must contain."""

    def name(self) -> str:
        """Name of the action in the domain."""
        return "validate_recours_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        """Ask only what the decision and the written complaint need (``bot.parcours``)."""
        ctx = contexte()
        questions = questions_a_poser(
            reponses(tracker), organisation(tracker, ctx.registre), ctx.aujourdhui()
        )
        return ["organisation", *questions]

    def validate_organisation(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Map the answer to a known organisation, or to the generic one."""
        return _organisation(valeur, dispatcher)

    validate_contact_prealable = _valideur_oui_non(
        "contact_prealable", "has the person already contacted the organisation"
    )
    validate_reclamation_ecrite = _valideur_oui_non(
        "reclamation_ecrite", "was a written complaint sent"
    )
    validate_reponse_recue = _valideur_oui_non("reponse_recue", "did an answer come")
    validate_reponse_satisfaisante = _valideur_oui_non(
        "reponse_satisfaisante", "does the answer satisfy the person"
    )
    validate_procedure_en_cours = _valideur_oui_non(
        "procedure_en_cours", "does a court or another mediator have the dispute"
    )

    def validate_date_reclamation_ecrite(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A French date phrase, resolved against today; impossible or future dates refused."""
        resultat = analyser_date(_texte(valeur), contexte().aujourdhui())
        if resultat.erreur is not None or resultat.valeur is None:
            dispatcher.utter_message(
                response=_REPONSE_DATE[resultat.erreur or ErreurDate.INTROUVABLE]
            )
            return {"date_reclamation_ecrite": None}
        return {"date_reclamation_ecrite": resultat.valeur.isoformat()}

    def validate_contrat(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The kinds of contract concerned; "je ne sais pas" is an answer (an empty list)."""
        contrats = lire_contrats(_texte(valeur))
        codes = None if contrats is None else sorted(c.value for c in contrats)
        return _lu("contrat", codes, dispatcher, "utter_contrat_incompris")

    def validate_montant_litige(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """5 000 € or less, more, or unknown; a sum is read too ("300 €")."""
        montant = lire_montant(_texte(valeur))
        code = None if montant is None else montant.value
        return _lu("montant_litige", code, dispatcher, "utter_montant_incompris")

    def validate_numero_adherent(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The membership number in the organisation's format; "none" is accepted."""
        regle = organisation(tracker, contexte().registre).numero_adherent
        resultat = analyser_numero_adherent(_texte(valeur), regle.format)
        if resultat.statut is StatutNumero.FOURNI:
            return {"numero_adherent": resultat.numero}
        if resultat.statut is StatutNumero.AUCUN:
            return {"numero_adherent": AUCUN_NUMERO}
        if resultat.statut is StatutNumero.FORMAT_INVALIDE:
            dispatcher.utter_message(response="utter_numero_format", exemple=regle.exemple or "")
        else:
            dispatcher.utter_message(response="utter_numero_introuvable")
        return {"numero_adherent": None}

    def validate_nom(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A last name, normalised."""
        return self._nom("nom", valeur, dispatcher)

    def validate_prenom(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A first name, normalised."""
        return self._nom("prenom", valeur, dispatcher)

    @staticmethod
    def _nom(slot: str, valeur: Any, dispatcher: CollectingDispatcher) -> dict[str, Any]:
        nom = normaliser_nom(_texte(valeur))
        if nom is None:
            dispatcher.utter_message(response="utter_nom_invalide")
        return {slot: nom}

    def validate_email(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """An e-mail address found in the answer."""
        return _email("email", valeur, dispatcher)

    def validate_nature(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """What is disputed, in free text, never with medical details."""
        return self._texte_libre("nature", valeur, dispatcher)

    def validate_pieces(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The documents the person can attach, in free text, never medical ones."""
        return self._texte_libre("pieces", valeur, dispatcher)

    @staticmethod
    def _texte_libre(slot: str, valeur: Any, dispatcher: CollectingDispatcher) -> dict[str, Any]:
        texte = _texte(valeur)
        if contient_donnees_medicales(texte):
            dispatcher.utter_message(response="utter_nature_medicale")
            return {slot: None}
        propre = nettoyer_texte_libre(texte)
        if propre is None:
            dispatcher.utter_message(response="utter_texte_vide")
        return {slot: propre}


class ValidateConsentementForm(FormValidationAction):
    """Consent to record the complaint, after the dated summary; then the e-mail code."""

    def name(self) -> str:
        """Name of the action in the domain."""
        return "validate_consentement_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        """The code proving the address is asked only after a "yes"."""
        return (
            ["consentement", "code_email"] if tracker.get_slot("consentement") else ["consentement"]
        )

    def validate_code_email(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The code sent to the address (``actions.verification``)."""
        return valider_code(valeur, dispatcher, tracker)

    def validate_consentement(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Yes or no: may the complaint be recorded."""
        return _oui_non("consentement", valeur, dispatcher)


class ValidateSuiviForm(FormValidationAction):
    """A returning person's reference, then their e-mail as a second factor."""

    def name(self) -> str:
        """Name of the action in the domain."""
        return "validate_suivi_form"

    def validate_suivi_reference(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A dossier reference, whatever its case and separators."""
        reference = lire_reference(_texte(valeur))
        if reference is None:
            dispatcher.utter_message(response="utter_reference_invalide")
        return {"suivi_reference": reference}

    def validate_suivi_email(
        self, valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The e-mail address given when the complaint was recorded."""
        return _email("suivi_email", valeur, dispatcher)
