"""``validate_<form>`` actions: turn what the person typed into slot values, or ask again.

Each slot has one validator, a plain function of the value, the dispatcher and the
tracker that returns the slot's new value (``None``: asked again, after saying why);
``_methode`` makes it the ``validate_<slot>`` method rasa-sdk calls.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import fields
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import FormulaireRecours
from actions.lecture import AUCUN_NUMERO, organisation, reponses
from actions.verification import valider_code
from bot.dates_fr import ErreurDate, analyser_date
from bot.dossier import lire_reference
from bot.faits import FaitsExtraits, extraire_faits
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

Valideur = Callable[[Any, CollectingDispatcher, Tracker], dict[str, Any]]
ValideurAsync = Callable[[Any, CollectingDispatcher, Tracker], Awaitable[dict[str, Any]]]
"""A validator that waits (the database, e-mail): rasa-sdk awaits what it returns."""

_FAITS_IMPLICITES = frozenset(f.name for f in fields(FaitsExtraits)) - {"date_reclamation_ecrite"}
"""The yes/no questions the first-message reader also answers from a sentence."""

_REPONSE_DATE = {
    ErreurDate.INTROUVABLE: "utter_date_incomprise",
    ErreurDate.IMPOSSIBLE: "utter_date_impossible",
    ErreurDate.FUTURE: "utter_date_future",
}


def _texte(valeur: Any) -> str:
    return valeur if isinstance(valeur, str) else ""


def _methode(
    valider: Valideur | ValideurAsync, doc: str
) -> Callable[..., dict[str, Any] | Awaitable[dict[str, Any]]]:
    """The ``validate_<slot>`` method of a form that runs ``valider``."""

    def methode(
        _action: FormulaireRecours,
        valeur: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any] | Awaitable[dict[str, Any]]:
        return valider(valeur, dispatcher, tracker)

    methode.__doc__ = doc
    return methode


def _lu(slot: str, lire: Callable[[str], Any], incompris: str) -> Valideur:
    """A validator that reads the typed text with ``lire``; nothing read: say so, ask again."""

    def valider(valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        lu = lire(_texte(valeur))
        if lu is None:
            dispatcher.utter_message(response=incompris)
        return {slot: lu}

    return valider


def _oui_non(slot: str) -> Valideur:
    """A yes/no answer: a button's boolean, a yes or a no, or an implicit answer.

    An answer with neither yes nor no is read as the first-message reader reads the same
    sentence (``bot.faits``): "je les ai eus au téléphone" says yes to a prior contact,
    "je leur ai écrit en septembre" yes to a written complaint, with its date when the
    date was not given yet.
    """

    def valider(valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        if isinstance(valeur, bool):
            return {slot: valeur}
        texte = _texte(valeur)
        reponse = interpreter_oui_non(texte)
        lus: dict[str, Any] = {}
        if reponse is None and slot in _FAITS_IMPLICITES:
            faits = extraire_faits(texte, contexte().aujourdhui())
            reponse = getattr(faits, slot)
            date_donnee = faits.date_reclamation_ecrite
            if reponse and date_donnee and not tracker.get_slot("date_reclamation_ecrite"):
                lus["date_reclamation_ecrite"] = date_donnee.isoformat()
        if reponse is None:
            dispatcher.utter_message(response="utter_oui_non_incompris")
        return {slot: reponse, **lus}

    return valider


def _organisation(
    valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker
) -> dict[str, Any]:
    """A known organisation by id, name or alias; any other name is the generic one."""
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


def _date(valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
    """A French date phrase, resolved against today; impossible or future dates refused."""
    resultat = analyser_date(_texte(valeur), contexte().aujourdhui())
    if resultat.erreur is not None or resultat.valeur is None:
        dispatcher.utter_message(response=_REPONSE_DATE[resultat.erreur or ErreurDate.INTROUVABLE])
        return {"date_reclamation_ecrite": None}
    return {"date_reclamation_ecrite": resultat.valeur.isoformat()}


def _contrats(texte: str) -> list[str] | None:
    contrats = lire_contrats(texte)
    return None if contrats is None else sorted(c.value for c in contrats)


def _montant(texte: str) -> str | None:
    montant = lire_montant(texte)
    return None if montant is None else montant.value


def _numero(valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
    """The membership number in the organisation's format; "none" is an answer."""
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


def _texte_libre(slot: str) -> Valideur:
    """Free text, never with medical details (refused, and asked again without them)."""
    lire = _lu(slot, nettoyer_texte_libre, "utter_texte_vide")

    def valider(valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        if contient_donnees_medicales(_texte(valeur)):
            dispatcher.utter_message(response="utter_nature_medicale")
            return {slot: None}
        return lire(valeur, dispatcher, tracker)

    return valider


class ValidateDemandeForm(FormulaireRecours):
    """A mere request needs only the organisation, to give the right contact."""

    NOM = "validate_demande_form"
    validate_organisation = _methode(_organisation, "The organisation, or the generic one.")


class ValidateRecoursForm(FormulaireRecours):
    """History of the complaint, then what a written complaint must contain."""

    NOM = "validate_recours_form"

    def questions(self, domain_slots: list[str], tracker: Tracker) -> list[str]:
        """Ask only what the decision and the written complaint need (``bot.parcours``)."""
        ctx = contexte()
        suite = questions_a_poser(
            reponses(tracker), organisation(tracker, ctx.registre), ctx.aujourdhui()
        )
        return ["organisation", *suite]

    validate_organisation = _methode(_organisation, "The organisation, or the generic one.")
    validate_contact_prealable = _methode(
        _oui_non("contact_prealable"), "Yes or no: has the person contacted the organisation."
    )
    validate_reclamation_ecrite = _methode(
        _oui_non("reclamation_ecrite"), "Yes or no: was a written complaint sent."
    )
    validate_reponse_recue = _methode(_oui_non("reponse_recue"), "Yes or no: did an answer come.")
    validate_reponse_satisfaisante = _methode(
        _oui_non("reponse_satisfaisante"), "Yes or no: does the answer satisfy the person."
    )
    validate_procedure_en_cours = _methode(
        _oui_non("procedure_en_cours"), "Yes or no: does a court or another mediator have it."
    )
    validate_date_reclamation_ecrite = _methode(_date, "The written complaint's date.")
    validate_contrat = _methode(
        _lu("contrat", _contrats, "utter_contrat_incompris"),
        'The kinds of contract concerned; "je ne sais pas" is an answer (an empty list).',
    )
    validate_montant_litige = _methode(
        _lu("montant_litige", _montant, "utter_montant_incompris"),
        '5 000 € or less, more, or unknown; a sum is read too ("300 €").',
    )
    validate_numero_adherent = _methode(_numero, "The membership number, or none.")
    validate_nom = _methode(_lu("nom", normaliser_nom, "utter_nom_invalide"), "A last name.")
    validate_prenom = _methode(
        _lu("prenom", normaliser_nom, "utter_nom_invalide"), "A first name."
    )
    validate_email = _methode(
        _lu("email", valider_email, "utter_email_invalide"), "An e-mail address in the answer."
    )
    validate_nature = _methode(_texte_libre("nature"), "What is disputed, without medical details.")
    validate_pieces = _methode(_texte_libre("pieces"), "The documents, without medical ones.")


class ValidateConsentementForm(FormulaireRecours):
    """Consent to record the complaint, after the dated summary; then the e-mail code."""

    NOM = "validate_consentement_form"

    def questions(self, domain_slots: list[str], tracker: Tracker) -> list[str]:
        """The code proving the address is asked only after a "yes"."""
        code = ["code_email"] if tracker.get_slot("consentement") else []
        return ["consentement", *code]

    validate_consentement = _methode(
        _oui_non("consentement"), "Yes or no: may the complaint be recorded."
    )
    validate_code_email = _methode(valider_code, "The code sent to the address.")


class ValidateSuiviForm(FormulaireRecours):
    """A returning person's reference, then their e-mail as a second factor."""

    NOM = "validate_suivi_form"
    validate_suivi_reference = _methode(
        _lu("suivi_reference", lire_reference, "utter_reference_invalide"),
        "A dossier reference, whatever its case and separators.",
    )
    validate_suivi_email = _methode(
        _lu("suivi_email", valider_email, "utter_email_invalide"),
        "The e-mail address given when the complaint was recorded.",
    )
