"""The case summary a contact-centre agent copies into the follow-up tool.

Plain text, one fact a line, built from the orientation the engine computed and the
answers the person gave: nothing here decides anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.orientation import Orientation, Qualification
from bot.presentation import date_en_francais, decrire_canal, rediger_motif

_QUALIFICATIONS = {Qualification.RECLAMATION: "réclamation", Qualification.DEMANDE: "demande"}


@dataclass(frozen=True)
class Identite:
    """What the person said about themselves and the case (``None`` when not asked)."""

    prenom: str | None = None
    nom: str | None = None
    numero_adherent: str | None = None
    email: str | None = None
    nature: str | None = None
    pieces: str | None = None


def _ligne(libelle: str, valeur: str | None) -> list[str]:
    return [f"{libelle} : {valeur}"] if valeur else []


def _lignes_mediateur(orientation: Orientation) -> list[str]:
    avis = orientation.mediateur
    if orientation.qualification is Qualification.DEMANDE:
        return []
    if avis.recevable and avis.au_plus_tard:
        return [f"Médiateur : {avis.nom}, au plus tard le {date_en_francais(avis.au_plus_tard)}"]
    if avis.recevable:
        return [f"Médiateur : {avis.nom}"]
    if avis.a_partir_du:
        return [f"Médiateur : possible à partir du {date_en_francais(avis.a_partir_du)}"]
    return [
        "Médiateur : non saisissable. "
        + " ".join(rediger_motif(m, orientation) for m in avis.motifs)
    ]


def _lignes_dates(orientation: Orientation) -> list[str]:
    echeances = orientation.echeances
    if echeances is None:
        return []
    envoi = date_en_francais(echeances.envoi)
    if orientation.faits.reclamation_ecrite:
        lignes = [f"Réclamation écrite envoyée le {envoi}"]
    else:
        lignes = [f"Réclamation écrite à envoyer (dates calculées pour un envoi le {envoi})"]
    if not orientation.faits.reponse_recue:
        lignes += [
            "Accusé de réception au plus tard le "
            + date_en_francais(echeances.accuse_reception_au_plus_tard),
            f"Réponse au plus tard le {date_en_francais(echeances.reponse_au_plus_tard_prorogee)}",
        ]
    return lignes


def rediger_resume(orientation: Orientation, identite: Identite) -> str:
    """Write the case summary, one ``Libellé : valeur`` line per known fact."""
    faits = orientation.faits
    adherent = " ".join(p for p in (identite.prenom, identite.nom) if p) or None
    lignes = [
        f"Dossier Recours — {faits.organisation.nom}",
        *_ligne("Référence", orientation.reference),
        *_ligne("Adhérent", adherent),
        *_ligne("Numéro d'adhérent", identite.numero_adherent),
        *_ligne("E-mail", identite.email),
        *_ligne("Objet", identite.nature),
        *_ligne("Pièces disponibles", identite.pieces),
        f"Qualification : {_QUALIFICATIONS[orientation.qualification]}",
        f"Orientation : niveau {orientation.niveau}, {orientation.service}",
        *_lignes_dates(orientation),
        *_lignes_mediateur(orientation),
        *_ligne("À joindre", " ; ".join(orientation.pieces_a_joindre)),
    ]
    if orientation.courrier_medical:
        lignes.append(f"Informations médicales : {decrire_canal(orientation.courrier_medical)}")
    lignes.append(f"Établi le {date_en_francais(faits.aujourdhui)}")
    return "\n".join(lignes)
