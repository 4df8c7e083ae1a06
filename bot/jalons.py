"""The dated milestones of a case, said the same way everywhere.

One list, ``jalons(orientation)``, feeds the explanation, the follow-up, the agent's
summary, the letters and the widget's card (sent in the orientation payload, so the
browser neither re-derives the dates nor writes them its own way).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.orientation import Orientation, Qualification

_JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def date_en_francais(jour: date) -> str:
    """Write a date the French way: ``lundi 2 mars 2026`` (``1er`` for the first)."""
    numero = "1er" if jour.day == 1 else str(jour.day)
    return f"{_JOURS[jour.weekday()]} {numero} {_MOIS[jour.month - 1]} {jour.year}"


def entre(debut: date, fin: date) -> str:
    """A range of days the French way: ``entre le jeudi 1er octobre 2026 et le samedi 10 …``."""
    return f"entre le {date_en_francais(debut)} et le {date_en_francais(fin)}"


@dataclass(frozen=True)
class Jalon:
    """One dated milestone: what it is, its date, and whether its day is over."""

    code: str
    libelle: str
    """As a heading: ``Accusé de réception au plus tard``."""
    liaison: str
    """The word between the heading and the date in a sentence: ``le``, or nothing."""
    date: date
    passe: bool
    """The day is over (a deadline ends at midnight of its last day)."""

    @property
    def date_fr(self) -> str:
        """The date as a person reads it."""
        return date_en_francais(self.date)

    def en_phrase(self) -> str:
        """The milestone in running text: ``accusé de réception au plus tard le …``."""
        debut = self.libelle[:1].lower() + self.libelle[1:]
        return " ".join(mot for mot in (debut, self.liaison, self.date_fr) if mot)

    def en_json(self) -> dict[str, Any]:
        """The milestone in the orientation payload."""
        return {
            "code": self.code,
            "libelle": self.libelle,
            "date": self.date.isoformat(),
            "date_fr": self.date_fr,
            "passe": self.passe,
        }


ENVOI = "envoi"
ACCUSE_RECEPTION = "accuse_reception"
REPONSE_OBJECTIF = "reponse_objectif"
REPONSE = "reponse"
MEDIATEUR_A_PARTIR_DU = "mediateur_a_partir_du"
MEDIATEUR_AU_PLUS_TARD = "mediateur_au_plus_tard"

_LIBELLES = {
    ENVOI: ("Envoi de la réclamation écrite", "le"),
    ACCUSE_RECEPTION: ("Accusé de réception au plus tard", "le"),
    REPONSE_OBJECTIF: ("Réponse visée par l'organisme", "avant le"),
    REPONSE: ("Réponse au plus tard", "le"),
    MEDIATEUR_A_PARTIR_DU: ("Médiateur possible à partir du", ""),
    MEDIATEUR_AU_PLUS_TARD: ("Médiateur au plus tard", "le"),
}


def jalons(orientation: Orientation) -> tuple[Jalon, ...]:
    """The milestones that apply to the case, in the order a person meets them.

    A mere request has none. The answer's dates are left out once an answer came.
    Without a written complaint yet, the dates are those of a complaint sent today.
    """
    faits = orientation.faits
    echeances = orientation.echeances
    if faits.qualification is Qualification.DEMANDE or echeances is None:
        return ()
    dates: list[tuple[str, date | None]] = [(ENVOI, echeances.envoi)]
    if not faits.reponse_recue:
        dates += [
            (ACCUSE_RECEPTION, echeances.accuse_reception_au_plus_tard),
            (REPONSE_OBJECTIF, echeances.reponse_objectif),
            (REPONSE, echeances.reponse_au_plus_tard_prorogee),
        ]
    dates += [
        (MEDIATEUR_A_PARTIR_DU, orientation.mediateur.a_partir_du),
        (MEDIATEUR_AU_PLUS_TARD, orientation.mediateur.au_plus_tard),
    ]
    return tuple(
        Jalon(code, *_LIBELLES[code], jour, jour < faits.aujourdhui)
        for code, jour in dates
        if jour is not None
    )


def jalon(orientation: Orientation, code: str) -> Jalon | None:
    """The milestone ``code`` of the case, if it applies."""
    return next((j for j in jalons(orientation) if j.code == code), None)
