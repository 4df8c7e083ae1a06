"""The case summary a contact-centre agent copies into the follow-up tool.

Plain text, one fact a line, built from the orientation the engine computed and the
answers the person gave: nothing here decides anything.
"""

from __future__ import annotations

from bot.dossier import Identite
from bot.jalons import (
    ACCUSE_RECEPTION,
    ENVOI,
    MEDIATEUR_A_PARTIR_DU,
    MEDIATEUR_AU_PLUS_TARD,
    REPONSE,
    date_en_francais,
    jalon,
    jalons,
)
from bot.orientation import Orientation, Qualification
from bot.presentation import decrire_canal, rediger_motif
from bot.presentation_mediateur import avertissements, rediger_choix_du_contrat, rediger_suites

_QUALIFICATIONS = {Qualification.RECLAMATION: "réclamation", Qualification.DEMANDE: "demande"}


def _ligne(libelle: str, valeur: str | None) -> list[str]:
    return [f"{libelle} : {valeur}"] if valeur else []


def _lignes_mediateur(orientation: Orientation) -> list[str]:
    if orientation.faits.qualification is Qualification.DEMANDE:
        return []
    lignes = _ligne("Contrat", rediger_choix_du_contrat(orientation, pour_agent=True))
    lignes += [f"Exclusion possible : {a}" for a in avertissements(orientation, pour_agent=True)]
    lignes += [f"Ensuite : {s}" for s in rediger_suites(orientation, pour_agent=True)]
    return [*_ligne_du_mediateur(orientation), *lignes]


def _ligne_du_mediateur(orientation: Orientation) -> list[str]:
    avis = orientation.mediateur
    limite = jalon(orientation, MEDIATEUR_AU_PLUS_TARD)
    ouverture = jalon(orientation, MEDIATEUR_A_PARTIR_DU)
    if avis.recevable and limite:
        return [f"Médiateur : {avis.nom}, au plus tard le {limite.date_fr}"]
    if avis.recevable:
        return [f"Médiateur : {avis.nom}"]
    if ouverture:
        return [f"Médiateur : possible à partir du {ouverture.date_fr}"]
    return [
        "Médiateur : non saisissable. "
        + " ".join(rediger_motif(m, orientation, pour_agent=True) for m in avis.motifs)
    ]


def _lignes_dates(orientation: Orientation) -> list[str]:
    lignes = []
    for j in jalons(orientation):
        if j.code == ENVOI and not orientation.faits.reclamation_ecrite:
            lignes.append(
                f"Réclamation écrite à envoyer (dates calculées pour un envoi le {j.date_fr})"
            )
        elif j.code in (ENVOI, ACCUSE_RECEPTION, REPONSE):
            phrase = j.en_phrase()
            lignes.append(phrase[:1].upper() + phrase[1:])
    return lignes


def rediger_resume(
    orientation: Orientation, identite: Identite, reference: str | None = None
) -> str:
    """Write the case summary, one ``Libellé : valeur`` line per known fact.

    Once the person has given their name, a missing membership number reads
    "non communiqué", as in the recap.
    """
    faits = orientation.faits
    adherent = " ".join(p for p in (identite.prenom, identite.nom) if p) or None
    numero = identite.numero_adherent or ("non communiqué" if adherent else None)
    lignes = [
        f"Dossier Recours — {faits.organisation.nom}",
        *_ligne("Référence", reference),
        *_ligne("Adhérent", adherent),
        *_ligne("Numéro d'adhérent de l'adhérent", numero),
        *_ligne("E-mail de l'adhérent", identite.email),
        *_ligne("Objet", identite.nature),
        *_ligne("Pièces disponibles", identite.pieces),
        f"Qualification : {_QUALIFICATIONS[faits.qualification]}",
        f"Orientation : niveau {orientation.niveau}, {orientation.service}",
        *_lignes_dates(orientation),
        *_lignes_mediateur(orientation),
        *_ligne("À joindre", " ; ".join(orientation.pieces_a_joindre)),
    ]
    if orientation.courrier_medical:
        lignes.append(f"Informations médicales : {decrire_canal(orientation.courrier_medical)}")
    lignes.append(f"Établi le {date_en_francais(faits.aujourdhui)}")
    return "\n".join(lignes)
