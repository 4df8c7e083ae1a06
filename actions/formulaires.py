"""``validate_<form>`` actions: turn what the person typed into slot values, or ask again.

Each slot has one validator, a plain function of the value, the dispatcher and the
tracker that returns the slot's new value (``None``: asked again, after saying why);
``_methode`` makes it the ``validate_<slot>`` method rasa-sdk calls, and
``extracteur`` the ``extract_<slot>`` method that reads the reply as an answer to that
slot first (``actions.reponse_d_abord``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import fields
from datetime import date
from typing import Any, TypeVar

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.base import FormulaireRecours
from actions.corrections import (
    avec_confirmation,
    confirmer_et_reorienter,
    extraire_confirmation,
    valider_confirmation,
)
from actions.lecture import AUCUN_NUMERO, FIN_DE_DATE, organisation, reponses
from actions.reponse_d_abord import extracteur
from actions.verification import valider_code
from bot.dates_fr import ErreurDate, analyser_date, jour_dans_la_plage
from bot.dossier import lire_reference
from bot.faits import FaitsExtraits, extraire_faits, lire_fait
from bot.litige import code_montant, codes_contrats
from bot.organisations import Organisation
from bot.parcours import QUESTIONS_IDENTITE, jour_exact_utile, questions_a_poser
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

PLAGE = "date_approximative"
"""The range of days an imprecise written-complaint date may be, while its day is asked."""
JOUR_EXACT = "jour_reclamation_ecrite"
"""The follow-up question for the exact day of an imprecise date."""

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
    date was not given yet. A date given in answer to another question changes nothing.
    """

    def valider(valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        if isinstance(valeur, bool):
            return {slot: valeur}
        texte = _texte(valeur)
        reponse = interpreter_oui_non(texte)
        lus: dict[str, Any] = {}
        if reponse is None and slot in _FAITS_IMPLICITES:
            aujourdhui = contexte().aujourdhui()
            reponse = lire_fait(slot, texte, aujourdhui)
            datee = extraire_faits(texte, aujourdhui).date_reclamation_ecrite is not None
            if slot == "reclamation_ecrite" and reponse and datee:
                lus = _date_donnee_avec(texte, tracker)
        if reponse is None:
            dispatcher.utter_message(response="utter_oui_non_incompris")
        return {slot: reponse, **lus}

    return valider


def _date_donnee_avec(texte: str, tracker: Tracker) -> dict[str, Any]:
    """The written complaint's date given with the yes ("je leur ai écrit en septembre").

    Read as an answer to the date's own question would be (an imprecise date whose day
    decides asks for it), and only when no date was given yet.
    """
    if tracker.get_slot("date_reclamation_ecrite"):
        return {}
    lue = _date(texte, CollectingDispatcher(), tracker)
    return lue if any(valeur is not None for valeur in lue.values()) else {}


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
    """A French date phrase, resolved against today; impossible or future dates refused.

    An imprecise date ("fin septembre") is kept as its range (its first day, and the
    last in ``fin_date_reclamation_ecrite``, so that it is told as the person said it),
    unless the decision depends on its exact day (``bot.parcours.jour_exact_utile``):
    then one follow-up question asks for it (``jour_reclamation_ecrite``).
    """
    ctx = contexte()
    resultat = analyser_date(_texte(valeur), ctx.aujourdhui())
    if resultat.erreur is not None or resultat.valeur is None:
        dispatcher.utter_message(response=_REPONSE_DATE[resultat.erreur or ErreurDate.INTROUVABLE])
        return {"date_reclamation_ecrite": None}
    plage = resultat.plage
    if plage and jour_exact_utile(
        reponses(tracker), organisation(tracker, ctx.registre), ctx.aujourdhui(), plage
    ):
        return {"date_reclamation_ecrite": None, PLAGE: [jour.isoformat() for jour in plage]}
    jour = resultat.valeur.isoformat()
    if _texte(valeur) == jour:
        return {"date_reclamation_ecrite": jour}  # already read (a range keeps its last day)
    return {"date_reclamation_ecrite": jour, FIN_DE_DATE: plage[1].isoformat() if plage else None}


def _jour_exact(valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
    """The exact day within the range given; not known: the range, as the person gave it."""
    plage = tracker.get_slot(PLAGE) or []
    if len(plage) != 2:
        return {JOUR_EXACT: None, PLAGE: None}
    debut, fin = (date.fromisoformat(jour) for jour in plage)
    jour = jour_dans_la_plage(_texte(valeur), (debut, fin))
    return {
        "date_reclamation_ecrite": (jour or debut).isoformat(),
        FIN_DE_DATE: None if jour else fin.isoformat(),
        JOUR_EXACT: None,
        PLAGE: None,
    }


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


_OUI_NON = {
    "contact_prealable": "Yes or no: has the person contacted the organisation.",
    "reclamation_ecrite": "Yes or no: was a written complaint sent.",
    "reponse_recue": "Yes or no: did an answer come.",
    "reponse_satisfaisante": "Yes or no: does the answer satisfy the person.",
    "procedure_en_cours": "Yes or no: does a court or another mediator have it.",
    "consentement": "Yes or no: may the complaint be recorded.",
}
_CHAMPS: dict[str, tuple[Valideur, str]] = {
    "organisation": (_organisation, "The organisation, or the generic one."),
    **{slot: (_oui_non(slot), doc) for slot, doc in _OUI_NON.items()},
    "date_reclamation_ecrite": (_date, "The written complaint's date."),
    JOUR_EXACT: (_jour_exact, "The exact day of an imprecise date."),
    "contrat": (
        _lu("contrat", codes_contrats, "utter_contrat_incompris"),
        'The kinds of contract concerned; "je ne sais pas" is an answer (an empty list).',
    ),
    "montant_litige": (
        _lu("montant_litige", code_montant, "utter_montant_incompris"),
        '5 000 € or less, more, or unknown; a sum is read too ("300 €").',
    ),
    "numero_adherent": (_numero, "The membership number, or none."),
    "nom": (_lu("nom", normaliser_nom, "utter_nom_invalide"), "A last name."),
    "prenom": (_lu("prenom", normaliser_nom, "utter_nom_invalide"), "A first name."),
    "email": (
        _lu("email", valider_email, "utter_email_invalide"),
        "An e-mail address in the answer.",
    ),
    "nature": (_texte_libre("nature"), "What is disputed, without medical details."),
    "pieces": (_texte_libre("pieces"), "The documents, without medical ones."),
    "suivi_reference": (
        _lu("suivi_reference", lire_reference, "utter_reference_invalide"),
        "A dossier reference, whatever its case and separators.",
    ),
    "suivi_email": (
        _lu("suivi_email", valider_email, "utter_email_invalide"),
        "The e-mail address given when the complaint was recorded.",
    ),
}
"""Each form slot's validator, and what it accepts."""
_ATTENDUS: dict[str, tuple[ValideurAsync, str]] = {
    "code_email": (valider_code, "The code sent to the address."),
}
"""Validators that wait (the database): their slots are free text to the extractor."""
_LIBRES = frozenset({"nature", "pieces", "code_email", JOUR_EXACT})
"""Free answers: never read as a side question, a restart or a correction."""

F = TypeVar("F", bound=type[FormulaireRecours])


def _champs(*slots: str) -> Callable[[F], F]:
    """Give a form the ``extract_<slot>`` and ``validate_<slot>`` methods of ``slots``.

    ``extract_<slot>`` reads the reply as an answer to that slot first
    (``actions.reponse_d_abord``); ``validate_<slot>`` runs its validator.
    """

    def installer(formulaire: F) -> F:
        for slot in slots:
            valider, doc = _CHAMPS[slot] if slot in _CHAMPS else _ATTENDUS[slot]
            lecteur = None if slot in _LIBRES else _CHAMPS[slot][0]
            setattr(formulaire, f"extract_{slot}", extracteur(slot, lecteur))
            setattr(formulaire, f"validate_{slot}", _methode(valider, doc))
        return formulaire

    return installer


@_champs("organisation")
class ValidateDemandeForm(FormulaireRecours):
    """A mere request needs only the organisation, to give the right contact."""

    NOM = "validate_demande_form"


QUESTIONS_DU_RECOURS = (
    "organisation",
    "contact_prealable",
    "reclamation_ecrite",
    "date_reclamation_ecrite",
    JOUR_EXACT,
    "reponse_recue",
    "reponse_satisfaisante",
    "procedure_en_cours",
    "contrat",
    "montant_litige",
    *QUESTIONS_IDENTITE,
)
"""The complaint form's questions (the request form asks the first one only)."""


@_champs(*QUESTIONS_DU_RECOURS)
class ValidateRecoursForm(FormulaireRecours):
    """History of the complaint, then what a written complaint must contain."""

    NOM = "validate_recours_form"

    def questions(self, domain_slots: list[str], tracker: Tracker) -> list[str]:
        """Ask only what the decision and the written complaint need (``bot.parcours``)."""
        ctx = contexte()
        suite = questions_a_poser(
            reponses(tracker), organisation(tracker, ctx.registre), ctx.aujourdhui()
        )
        if tracker.get_slot(PLAGE):
            suite = tuple(JOUR_EXACT if q == "date_reclamation_ecrite" else q for q in suite)
        return avec_confirmation(tracker, ["organisation", *suite])

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Validate, then say what the data are for before the first identity question.

        Once per case: the notice is not repeated when a question is asked again.
        """
        demandee = tracker.get_slot("requested_slot")
        evenements = await super().run(dispatcher, tracker, domain)
        suivante = next(
            (e.get("value") for e in reversed(evenements) if e.get("name") == "requested_slot"),
            demandee,
        )
        annoncee = tracker.get_slot("confidentialite_annoncee")
        if suivante != demandee and suivante in QUESTIONS_IDENTITE and not annoncee:
            dispatcher.utter_message(response="utter_confidentialite")
            evenements.append(SlotSet("confidentialite_annoncee", True))
        return evenements

    extract_confirmation_correction = extraire_confirmation
    validate_confirmation_correction = _methode(
        valider_confirmation, "Yes or no: apply the correction proposed."
    )


@_champs("consentement", "code_email")
class ValidateConsentementForm(FormulaireRecours):
    """Consent to record the complaint, after the dated summary; then the e-mail code."""

    NOM = "validate_consentement_form"

    def questions(self, domain_slots: list[str], tracker: Tracker) -> list[str]:
        """The code proving the address is asked only after a "yes"."""
        code = ["code_email"] if tracker.get_slot("consentement") else []
        return avec_confirmation(tracker, ["consentement", *code])

    extract_confirmation_correction = extraire_confirmation
    validate_confirmation_correction = _methode(
        confirmer_et_reorienter, "Yes or no: apply the correction, then orient again."
    )


@_champs("suivi_reference", "suivi_email")
class ValidateSuiviForm(FormulaireRecours):
    """A returning person's reference, then their e-mail as a second factor."""

    NOM = "validate_suivi_form"
