"""Read the tracker's slots into the core's values."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from enum import Enum
from typing import TypeVar

from rasa_sdk import Tracker

from bot.dossier import Identite
from bot.litige import CasLitige, MontantEnJeu, TypeContrat
from bot.organisations import Organisation, Registre
from bot.orientation import Qualification
from bot.parcours import Reponses
from bot.saisie import StatutNumero

E = TypeVar("E", bound=Enum)

AUCUN_NUMERO = StatutNumero.AUCUN.value
FIN_DE_DATE = "fin_date_reclamation_ecrite"
"""The last day of a written-complaint date given as a range whose day changes nothing."""
"""Value of the ``numero_adherent`` slot when the person has none (never required):
it tells the form the question was answered; ``identite`` reads it as ``None``."""


def _booleen(valeur: object) -> bool | None:
    return valeur if isinstance(valeur, bool) else None


def _texte(valeur: object) -> str | None:
    return valeur if isinstance(valeur, str) else None


def _date(valeur: object) -> date | None:
    try:
        return date.fromisoformat(valeur) if isinstance(valeur, str) else None
    except ValueError:
        return None


def _codes(valeur: object, enum: type[E]) -> frozenset[E] | None:
    """A list slot of enum values (unknown codes ignored); ``None`` when not a list."""
    if not isinstance(valeur, list):
        return None
    connus = {e.value: e for e in enum}
    return frozenset(connus[v] for v in valeur if v in connus)


def _montant(valeur: object) -> MontantEnJeu | None:
    try:
        return MontantEnJeu(valeur) if isinstance(valeur, str) else None
    except ValueError:
        return None


def reponses(tracker: Tracker) -> Reponses:
    """Build the core's answers from the slots (values not yet validated count as unknown)."""
    qualification = tracker.get_slot("qualification") or Qualification.RECLAMATION.value
    return Reponses(
        qualification=Qualification(qualification),
        contact_prealable=_booleen(tracker.get_slot("contact_prealable")),
        reclamation_ecrite=_booleen(tracker.get_slot("reclamation_ecrite")),
        date_reclamation_ecrite=_date(tracker.get_slot("date_reclamation_ecrite")),
        fin_date_reclamation_ecrite=_date(tracker.get_slot(FIN_DE_DATE)),
        reponse_recue=_booleen(tracker.get_slot("reponse_recue")),
        reponse_satisfaisante=_booleen(tracker.get_slot("reponse_satisfaisante")),
        procedure_en_cours=_booleen(tracker.get_slot("procedure_en_cours")),
        donnees_medicales=bool(tracker.get_slot("donnees_medicales")),
        contrats=_codes(tracker.get_slot("contrat"), TypeContrat),
        montant=_montant(tracker.get_slot("montant_litige")),
        cas=_codes(tracker.get_slot("cas_litige"), CasLitige) or frozenset(),
    )


def identite(tracker: Tracker) -> Identite:
    """What the person said about themselves: the one reading of the identity slots."""
    lus = {champ.name: _texte(tracker.get_slot(champ.name)) for champ in fields(Identite)}
    if lus["numero_adherent"] == AUCUN_NUMERO:
        lus["numero_adherent"] = None
    return Identite(**lus)


def organisation(tracker: Tracker, registre: Registre) -> Organisation:
    """The organisation of the conversation; the generic one when unknown."""
    identifiant = tracker.get_slot("organisation")
    if isinstance(identifiant, str) and identifiant in registre:
        return registre[identifiant]
    return registre.generique()


def texte_du_message(tracker: Tracker) -> str:
    """The text of the latest user message ('' when there is none)."""
    return str((tracker.latest_message or {}).get("text") or "")


def metadonnees(tracker: Tracker) -> dict[str, object]:
    """The metadata of the latest user message ({} when there is none)."""
    valeur = (tracker.latest_message or {}).get("metadata")
    return valeur if isinstance(valeur, dict) else {}


_DEBUTS = frozenset({"restart", "session_started", "reset_slots"})
"""Events after which no question waits (every slot back to its initial value)."""


def question_en_attente(tracker: Tracker) -> str | None:
    """The question a form was waiting on when the person's latest message came, if any."""
    demandee: str | None = None
    en_attente: str | None = None
    for evenement in tracker.events:
        genre = evenement.get("event")
        if genre == "slot" and evenement.get("name") == "requested_slot":
            valeur = evenement.get("value")
            demandee = valeur if isinstance(valeur, str) else None
        elif genre in _DEBUTS:
            demandee = None
        elif genre == "user":
            en_attente = demandee
    return en_attente


_ACTIONS_DU_TOUR = frozenset({"action_listen", "action_extract_slots"})


def juste_apres_le_message(tracker: Tracker) -> bool:
    """Whether the form runs right after the person's message, not back from a side turn.

    Back from a side question (an answer, then the form again), the same message must
    not be read a second time as an answer.
    """
    formulaire = tracker.active_loop.get("name")
    for evenement in reversed(tracker.events):
        if evenement.get("event") == "user":
            return True
        if evenement.get("event") == "action":
            nom = evenement.get("name")
            if (
                nom not in _ACTIONS_DU_TOUR
                and nom != formulaire
                and not str(nom).startswith("validate_")
            ):
                return False
    return True
