"""A dossier's values: what the person agreed to record, its reference and letter token.

A dossier is the dated written record of a complaint the person agreed to record: a
reference, the organisation (as its file said that day), the identity fields, what is
disputed, the documents, the answers that decided the orientation, the orientation
itself, the creation time (Europe/Paris) and a status. Never any health detail: the
orientation carries only the boolean and the postal route, and free text is checked
again before it is stored (``Reclamation.verifier_sans_donnees_medicales``).

References read well on the phone (``IM-2026-7KQ4-M2XD``): the organisation's prefix,
the year, and 8 characters drawn with ``secrets`` from an alphabet without look-alikes
(no 0/O, 1/I/L, U), about 6.6e11 possibilities per prefix and year, so that knowing one
reference tells nothing about another. Letter links carry a secret token of which only
the SHA-256 hash is stored, valid ``VALIDITE_LIEN_LETTRE`` from its issue; the follow-up
(reference and e-mail) issues a new one. Storage itself lives in ``edge.stockage``.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from bot.conservation import Statut
from bot.organisations import Organisation
from bot.orientation import Orientation, orienter
from bot.parcours import Reponses, construire_faits
from bot.sante import contient_donnees_medicales
from bot.verification import Verification

ALPHABET_REFERENCE = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Characters of a reference: digits and capitals without look-alikes (0/O, 1/I/L, U)."""

_REFERENCE = re.compile(
    rf"(?<![A-Z0-9])([A-Z]{{2,4}})[\s-]*(\d{{4}})[\s-]*([{ALPHABET_REFERENCE}]{{4}})"
    rf"[\s-]*([{ALPHABET_REFERENCE}]{{4}})(?![A-Z0-9])"
)


class DonneesMedicalesRefusees(ValueError):
    """A field to store reveals health details: the dossier is not recorded."""


def generer_reference(
    prefixe: str, annee: int, choisir: Callable[[str], str] = secrets.choice
) -> str:
    """Draw a reference such as ``IM-2026-7KQ4-M2XD``.

    Args:
        prefixe: the organisation's ``prefixe_reference``.
        annee: the year of the record.
        choisir: draws one character of a string (``secrets.choice``; tests pass their own).

    """
    corps = "".join(choisir(ALPHABET_REFERENCE) for _ in range(8))
    return f"{prefixe}-{annee}-{corps[:4]}-{corps[4:]}"


def exemple_de_reference(prefixe: str, annee: int) -> str:
    """A reference shaped as the person's own (``MX-2026-7KQ4-M2XD``), to show as an example."""
    return f"{prefixe}-{annee}-7KQ4-M2XD"


def lire_reference(texte: str) -> str | None:
    """Find a reference in a message, whatever its case and separators (``im 2026 7kq4m2xd``)."""
    trouvee = _REFERENCE.search(texte.upper())
    return "-".join(trouvee.groups()) if trouvee else None


def empreinte(jeton: str) -> str:
    """SHA-256 of a letter token, the only form in which the token is stored."""
    return hashlib.sha256(jeton.encode()).hexdigest()


EMPREINTE_FACTICE = empreinte("")
"""Compared against when no dossier matches, so that both cases take the same time."""

VALIDITE_LIEN_LETTRE = timedelta(days=7)
"""How long a letter link works after it is issued (in the conversation, by e-mail or by
the follow-up); after that the letter is asked again through the follow-up."""


def adresse_de_lettre(url_web: str, reference: str, jeton: str, saisine: date | None = None) -> str:
    """The address of a dossier's letter; its token (and day) in the fragment.

    A fragment never leaves the browser: no server, proxy or access log sees the
    token, nor a ``Referer``; the letter page posts it to the web app (``webapp``).
    """
    cle = f"jeton={jeton}" + (f"&saisine={saisine.isoformat()}" if saisine else "")
    return f"{url_web}/dossiers/{reference}/lettre#{cle}"


@dataclass(frozen=True)
class Cas:
    """The case of a conversation a dossier closes: at most one dossier per case.

    ``conversation`` is the conversation's identifier (Rasa's sender); ``numero`` tells
    its cases apart (what started the case, see ``actions.dossiers``).
    """

    conversation: str
    numero: str


def egaux(a: str, b: str) -> bool:
    """Constant-time comparison of two strings."""
    return hmac.compare_digest(a.encode(), b.encode())


@dataclass(frozen=True)
class Identite:
    """What the person said about themselves and the case (``None``: not given).

    ``numero_adherent`` is ``None`` both when it was not asked yet and when the person
    has none: it is never required (brief §7).
    """

    prenom: str | None = None
    nom: str | None = None
    numero_adherent: str | None = None
    email: str | None = None
    nature: str | None = None
    pieces: str | None = None


@dataclass(frozen=True)
class Reclamation:
    """What the person agreed to record."""

    organisation: str
    numero_adherent: str | None
    nom: str
    prenom: str
    email: str
    nature: str
    pieces: str
    reponses: Reponses

    @classmethod
    def depuis(cls, organisation: str, identite: Identite, reponses: Reponses) -> Reclamation:
        """The complaint of ``identite`` (a field not given is recorded empty)."""
        return cls(
            organisation=organisation,
            numero_adherent=identite.numero_adherent,
            nom=identite.nom or "",
            prenom=identite.prenom or "",
            email=identite.email or "",
            nature=identite.nature or "",
            pieces=identite.pieces or "",
            reponses=reponses,
        )

    @property
    def date_ecrite(self) -> date | None:
        """The date of a written complaint sent before this record, if any."""
        return self.reponses.date_reclamation_ecrite if self.reponses.reclamation_ecrite else None

    @property
    def fin_date_ecrite(self) -> date | None:
        """The last day that written complaint may have been sent, when only a range is known."""
        return self.reponses.reclamation_ecrite_au_plus_tard

    def verifier_sans_donnees_medicales(self) -> None:
        """Refuse any field that reveals health details (brief §6).

        Raises:
            DonneesMedicalesRefusees: naming the first such field.

        """
        champs = {
            "numero_adherent": self.numero_adherent or "",
            "nom": self.nom,
            "prenom": self.prenom,
            "nature": self.nature,
            "pieces": self.pieces,
        }
        for champ, valeur in champs.items():
            if contient_donnees_medicales(valeur):
                raise DonneesMedicalesRefusees(champ)


@dataclass(frozen=True)
class Dossier:
    """One recorded complaint, with the organisation as its file said on that day."""

    reference: str
    reclamation: Reclamation
    cree_le: datetime
    statut: Statut
    orientation: dict[str, Any]
    organisation: Organisation
    motif_restriction: str | None = None
    verification: Verification | None = None
    """How the e-mail address was verified (``None``: recorded before verification)."""

    @property
    def date_reclamation(self) -> date:
        """The first written complaint: an earlier one, else the dossier itself.

        Every period runs from it (brief §4 and §7): the dated record is the written
        complaint when none was sent before.
        """
        return self.reclamation.date_ecrite or self.cree_le.date()

    def orientation_enregistree(self) -> Orientation:
        """The orientation shown when the dossier was recorded (what its letter follows)."""
        faits = construire_faits(self.reclamation.reponses, self.organisation, self.cree_le.date())
        return orienter(faits)

    def orientation_au_suivi(self, aujourdhui: date) -> Orientation:
        """Where the complaint stands on ``aujourdhui``, the written complaint being made."""
        reponses = replace(
            self.reclamation.reponses,
            contact_prealable=True,
            reclamation_ecrite=True,
            date_reclamation_ecrite=self.date_reclamation,
        )
        return orienter(construire_faits(reponses, self.organisation, aujourdhui))

    def en_json(self) -> dict[str, Any]:
        """The dossier for agents' exports and the insurer's endpoint."""
        r = self.reclamation
        return {
            "reference": self.reference,
            "organisation": r.organisation,
            "cree_le": self.cree_le.isoformat(),
            "statut": self.statut.value,
            "numero_adherent": r.numero_adherent,
            "nom": r.nom,
            "prenom": r.prenom,
            "email": r.email,
            "nature": r.nature,
            "pieces": r.pieces,
            "date_reclamation": self.date_reclamation.isoformat(),
            "email_verifie": self.verification.value if self.verification else None,
            "orientation": self.orientation,
        }


@dataclass(frozen=True)
class Effacement:
    """What an erasure request did."""

    reference: str
    efface: bool
    motif: str | None = None
    conversation: str | None = None
    """The conversation the dossier came from (``None`` before schema version 5)."""


@dataclass(frozen=True)
class BilanPurge:
    """What the retention rules did to the dossiers."""

    archives: tuple[str, ...]
    supprimes: tuple[str, ...]


@dataclass(frozen=True)
class EtatOutbox:
    """The outbox at a glance (the operator's metrics): queued, failed at least once, oldest."""

    en_attente: int
    en_echec: int
    plus_ancien: datetime | None


@dataclass(frozen=True)
class EnAttente:
    """A dossier not yet received by the insurer's endpoint."""

    identifiant: int
    reference: str
    depuis: datetime
    tentatives: int
    derniere_erreur: str | None
    charge: dict[str, Any]
