"""Rows of the ``dossiers`` table to values and back."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy.engine import Engine

from bot.calendrier import FUSEAU
from bot.conservation import Statut
from bot.dossier import Dossier, Reclamation
from bot.litige import CasLitige, MontantEnJeu, TypeContrat
from bot.organisations import Organisation, Registre
from bot.orientation import Qualification
from bot.parcours import Reponses
from bot.verification import Verification
from edge.stockage.schema import DOSSIERS


def en_utc(instant: datetime) -> datetime:
    """Stored form of a time: naive UTC, the same on every database."""
    return instant.astimezone(timezone.utc).replace(tzinfo=None)


def depuis_utc(stocke: datetime) -> datetime:
    """A stored time back in Europe/Paris."""
    return stocke.replace(tzinfo=timezone.utc).astimezone(FUSEAU)


def _codes(valeurs: frozenset[TypeContrat] | frozenset[CasLitige] | None) -> list[str] | None:
    return None if valeurs is None else sorted(v.value for v in valeurs)


def du_dossier(moteur: Engine, requete: Any, reference: str | None) -> list[Any]:
    """The rows of ``requete`` (which joins ``dossiers``), of one dossier if ``reference``."""
    if reference is not None:
        requete = requete.where(DOSSIERS.c.reference == reference)
    with moteur.connect() as cx:
        return list(cx.execute(requete).all())


def ligne(reference: str, reclamation: Reclamation, organisation: Organisation) -> dict[str, Any]:
    """Columns of a new dossier that come from the complaint and its organisation."""
    reponses = reclamation.reponses
    return {
        "reference": reference,
        "organisation": reclamation.organisation,
        "numero_adherent": reclamation.numero_adherent,
        "nom": reclamation.nom,
        "prenom": reclamation.prenom,
        "email": reclamation.email,
        "nature": reclamation.nature,
        "pieces": reclamation.pieces,
        "contact_prealable": reponses.contact_prealable,
        "date_reclamation_ecrite": reclamation.date_ecrite,
        "fin_date_reclamation_ecrite": reclamation.fin_date_ecrite,
        "reponse_recue": reponses.reponse_recue,
        "reponse_satisfaisante": reponses.reponse_satisfaisante,
        "procedure_en_cours": reponses.procedure_en_cours,
        "donnees_medicales": reponses.donnees_medicales,
        "organisation_instantane": organisation.instantane(),
        "contrats": _codes(reponses.contrats),
        "montant_litige": reponses.montant.value if reponses.montant else None,
        "cas_litige": _codes(reponses.cas),
    }


def dossier(stockee: Any, registre: Registre) -> Dossier:
    """Read one row of ``dossiers`` back into a value.

    A dossier recorded before the organisation snapshot existed (schema version 1) is
    read with today's organisation file.
    """
    ecrite: date | None = stockee.date_reclamation_ecrite
    reponses = Reponses(
        qualification=Qualification.RECLAMATION,
        contact_prealable=stockee.contact_prealable,
        reclamation_ecrite=ecrite is not None,
        date_reclamation_ecrite=ecrite,
        fin_date_reclamation_ecrite=stockee.fin_date_reclamation_ecrite,
        reponse_recue=stockee.reponse_recue,
        reponse_satisfaisante=stockee.reponse_satisfaisante,
        procedure_en_cours=stockee.procedure_en_cours,
        donnees_medicales=stockee.donnees_medicales,
        contrats=(
            None if stockee.contrats is None else frozenset(map(TypeContrat, stockee.contrats))
        ),
        montant=MontantEnJeu(stockee.montant_litige) if stockee.montant_litige else None,
        cas=frozenset(map(CasLitige, stockee.cas_litige or ())),
    )
    reclamation = Reclamation(
        organisation=stockee.organisation,
        numero_adherent=stockee.numero_adherent,
        nom=stockee.nom,
        prenom=stockee.prenom,
        email=stockee.email,
        nature=stockee.nature,
        pieces=stockee.pieces,
        reponses=reponses,
    )
    instantane = stockee.organisation_instantane
    organisation = (
        Organisation.parse_obj(instantane)
        if instantane
        else registre.ou_generique(stockee.organisation)
    )
    return Dossier(
        reference=stockee.reference,
        reclamation=reclamation,
        cree_le=depuis_utc(stockee.cree_le),
        statut=Statut(stockee.statut),
        orientation=dict(stockee.orientation),
        organisation=organisation,
        motif_restriction=stockee.motif_restriction,
        verification=Verification(stockee.email_verifie) if stockee.email_verifie else None,
    )
