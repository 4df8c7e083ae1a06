"""How an orientation is shown: the interface's JSON and the plain-French explanation.

Every sentence the core writes for a person lives here, so the chat, the command line
and the letters say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.jalons import (
    ACCUSE_RECEPTION,
    ENVOI,
    MEDIATEUR_A_PARTIR_DU,
    MEDIATEUR_AU_PLUS_TARD,
    REPONSE,
    REPONSE_OBJECTIF,
    Jalon,
    date_en_francais,
    entre,
    jalon,
    jalons,
)
from bot.organisations import Canal, ContactHumain
from bot.orientation import Motif, Orientation, Qualification
from bot.presentation_mediateur import (
    avertissements,
    candidats_en_json,
    rediger_choix_du_contrat,
    rediger_suites,
    suites_en_json,
)

CLES_ECHEANCES = (
    "envoi",
    "accuse_reception_au_plus_tard",
    "reponse_au_plus_tard",
    "reponse_au_plus_tard_prorogee",
    "reponse_objectif",
    "mediateur_a_partir_du",
    "mediateur_au_plus_tard",
)


def horodatage_en_francais(instant: datetime) -> str:
    """Write a time the French way: ``mardi 24 novembre 2026 à 10 h 05``."""
    return f"{date_en_francais(instant.date())} à {instant.hour} h {instant.minute:02d}"


@dataclass(frozen=True)
class _Voix:
    """The words of the mediator's reasons that change with whom they speak to."""

    envoie: str
    ne_satisfait_pas: str
    organisme: str
    pourra: str
    a_satisfait: str
    sa: str


_A_LA_PERSONNE = _Voix(
    envoie="vous l'envoyez",
    ne_satisfait_pas="ne vous satisfait pas",
    organisme="Votre assureur",
    pourra="vous pourrez",
    a_satisfait="vous a satisfait",
    sa="votre",
)
_A_L_AGENT = _Voix(
    envoie="l'adhérent l'envoie",
    ne_satisfait_pas="ne le satisfait pas",
    organisme="L'organisme",
    pourra="l'adhérent pourra",
    a_satisfait="a satisfait l'adhérent",
    sa="sa",
)


def rediger_motif(motif: Motif, orientation: Orientation, pour_agent: bool = False) -> str:
    """One plain-French sentence saying why the mediator cannot be referred (yet).

    Args:
        motif: the reason.
        orientation: the case's orientation, for its dates.
        pour_agent: speak of the member in the third person (the agent's summary)
            instead of to the person.

    """
    echeances = orientation.echeances
    if motif is Motif.DEMANDE:
        return "Il s'agit d'une demande, pas d'une réclamation : le médiateur n'intervient pas."
    assert echeances is not None  # every complaint has deadlines
    ouverture = date_en_francais(echeances.mediateur_a_partir_du)
    v = _A_L_AGENT if pour_agent else _A_LA_PERSONNE
    textes = {
        Motif.PAS_DE_RECLAMATION_ECRITE: (
            "Le médiateur exige une réclamation écrite préalable. "
            f"Si {v.envoie} aujourd'hui, il pourra être saisi à partir du {ouverture}, "
            f"ou plus tôt si la réponse {v.ne_satisfait_pas}."
        ),
        Motif.TROP_TOT: (
            f"{v.organisme} a jusqu'au "
            f"{date_en_francais(echeances.reponse_au_plus_tard_prorogee)} pour répondre. "
            f"Sans réponse d'ici là, {v.pourra} saisir le médiateur à partir du {ouverture}."
        ),
        Motif.REPONSE_SATISFAISANTE: (
            f"La réponse reçue {v.a_satisfait}. "
            "Un nouveau désaccord commence par une nouvelle réclamation écrite."
        ),
        Motif.PLUS_D_UN_AN: (
            f"Plus d'un an s'est écoulé depuis {v.sa} réclamation écrite "
            f"(limite : {date_en_francais(echeances.mediateur_au_plus_tard)}) : "
            "le médiateur ne peut plus être saisi. La justice reste ouverte, dans les "
            "délais de prescription."
        ),
        Motif.PROCEDURE_EN_COURS: (
            "Un tribunal ou un autre médiateur est (ou a été) saisi de ce litige : "
            "le médiateur ne peut pas l'examiner."
        ),
    }
    return textes[motif]


def decrire_canal(canal: Canal) -> str:
    """One channel on one line: its label and its URL, address or number."""
    coordonnee = canal.url or canal.numero or (", ".join(canal.adresse) if canal.adresse else "")
    return f"{canal.libelle} : {coordonnee}" if coordonnee else canal.libelle


def decrire_contact(contact: ContactHumain) -> str:
    """How to reach a human, in one paragraph."""
    return " ".join([contact.libelle, *(decrire_canal(c) + "." for c in contact.canaux)])


def _canaux_en_phrase(orientation: Orientation) -> str:
    return " ; ou ".join(_minuscule(decrire_canal(c)) for c in orientation.canaux)


def _minuscule(texte: str) -> str:
    return texte[:1].lower() + texte[1:]


def _jalons_expliques(orientation: Orientation) -> list[Jalon]:
    """The milestones a level-1 or level-2 explanation tells (the motifs tell the rest).

    The written complaint's date only when it was sent; the promised answer only while
    it is still to come; the answer's deadline only when no motif already gives it.
    """
    faits = orientation.faits
    retenus = []
    for j in jalons(orientation):
        if j.code == ENVOI and not faits.reclamation_ecrite:
            continue
        if j.code == REPONSE_OBJECTIF and j.passe:
            continue
        if j.code == REPONSE and Motif.TROP_TOT in orientation.mediateur.motifs:
            continue
        if j.code in (ACCUSE_RECEPTION, ENVOI, REPONSE_OBJECTIF, REPONSE):
            retenus.append(j)
    return retenus


_ECHEANCES_EN_PHRASE = {
    ACCUSE_RECEPTION: ("L'accusé de réception", "dû"),
    REPONSE: ("La réponse", "due"),
}
"""Deadlines told as a sentence, in the present or, once past, in the past tense."""


def _phrase_du_jalon(j: Jalon, orientation: Orientation) -> str:
    """One milestone as a sentence; a deadline already past is told in the past."""
    if j.code in _ECHEANCES_EN_PHRASE:
        sujet, du = _ECHEANCES_EN_PHRASE[j.code]
        return f"{sujet} {'était' if j.passe else 'est'} {du} au plus tard le {j.date_fr}."
    au_plus_tard = orientation.faits.reclamation_ecrite_au_plus_tard
    if j.code == ENVOI and au_plus_tard is not None:
        periode = entre(j.date, au_plus_tard)
        return f"Envoi de la réclamation écrite {periode} : les délais comptent du premier jour."
    phrase = j.en_phrase()
    phrase = phrase[:1].upper() + phrase[1:]
    if j.code == REPONSE_OBJECTIF:
        exceptions = orientation.faits.organisation.engagements.exceptions_objectif
        phrase += f" (hors {', '.join(exceptions)})"
    return f"{phrase} (date passée)." if j.passe and j.code != ENVOI else f"{phrase}."


def rediger_explication(orientation: Orientation) -> str:
    """Write the orientation in a few short plain-French sentences."""
    faits = orientation.faits
    echeances = orientation.echeances
    phrases: list[str] = []
    if faits.qualification is Qualification.DEMANDE:
        phrases += [
            "Votre message ressemble à une demande (service, information, conseil ou "
            "geste commercial), pas à une réclamation.",
            f"Adressez-la à : {orientation.service} ({_canaux_en_phrase(orientation)}).",
            "Si elle reste sans réponse ou si la réponse ne vous convient pas, "
            "ce sera une réclamation : je pourrai alors vous guider.",
        ]
        return " ".join(phrases)
    assert echeances is not None
    avis = orientation.mediateur
    choix_du_contrat = rediger_choix_du_contrat(orientation)
    if orientation.niveau == 3:
        phrases += avertissements(orientation)
        phrases.append(
            f"Vous pouvez saisir le médiateur : {avis.nom} ({_canaux_en_phrase(orientation)})."
        )
        if choix_du_contrat:
            phrases.append(choix_du_contrat)
        limite = jalon(orientation, MEDIATEUR_AU_PLUS_TARD)
        if limite:
            phrases.append(f"Faites-le au plus tard le {limite.date_fr}.")
        phrases.append(
            "La médiation est gratuite. Le médiateur vérifie lui-même que votre demande "
            "relève de sa compétence et n'est pas manifestement infondée."
        )
        phrases += avis.reunir(lambda m: m.remarques)
    else:
        if not faits.reclamation_ecrite:
            phrases.append(
                f"Adressez une réclamation écrite à : {orientation.service} "
                f"({_canaux_en_phrase(orientation)}). Une fois envoyée, elle fait courir "
                "les délais ci-dessous."
            )
        phrases += [_phrase_du_jalon(j, orientation) for j in _jalons_expliques(orientation)]
        phrases += [rediger_motif(m, orientation) for m in avis.motifs]
        phrases += rediger_suites(orientation)
        if avis.a_partir_du:
            phrases += avertissements(orientation)
            if choix_du_contrat:
                phrases.append(choix_du_contrat)
    if orientation.pieces_a_joindre:
        pour = (
            f"votre saisine du médiateur, pour {avis.nom}"
            if orientation.niveau == 3
            else f"votre réclamation écrite, pour {orientation.service}"
        )
        phrases.append(f"À joindre à {pour} : {' ; '.join(orientation.pieces_a_joindre)}.")
    if orientation.courrier_medical:
        phrases.append(
            "Votre réclamation touche à des informations médicales : ne les donnez pas ici. "
            f"Envoyez-les {_minuscule(decrire_canal(orientation.courrier_medical))}."
        )
    return " ".join(phrases)


def rediger_chapeau(orientation: Orientation) -> str:
    """The short lead a channel that shows the card says instead of the explanation.

    What to do now, in a sentence or two; the card gives who, how, the dates and why.
    """
    faits = orientation.faits
    motifs = orientation.mediateur.motifs
    if faits.qualification is Qualification.DEMANDE:
        return (
            "Votre message ressemble à une demande, pas à une réclamation. "
            f"Adressez-la à : {orientation.service}, comme l'indique la fiche."
        )
    if orientation.niveau == 3:
        return "Vous pouvez saisir le médiateur : la fiche dit comment et jusqu'à quand."
    if not faits.reclamation_ecrite:
        return (
            f"Adressez une réclamation écrite à : {orientation.service}. La fiche dit "
            "comment, et quels délais elle fera courir."
        )
    if Motif.TROP_TOT in motifs:
        return (
            "Votre réclamation écrite suit son cours : la fiche donne les dates à surveiller "
            "et celle où le médiateur pourra être saisi."
        )
    return "Le médiateur ne peut pas être saisi : la fiche dit pourquoi et ce qui reste possible."


def _iso(jour: date | None) -> str | None:
    return jour.isoformat() if jour else None


def en_json(orientation: Orientation) -> dict[str, Any]:
    """Serialise an orientation to the interface's JSON (its keys are a contract).

    The actions add what storage knows: the dossier's ``reference`` and ``lettre_url``.
    """
    avis = orientation.mediateur
    echeances = orientation.echeances
    organisation = orientation.faits.organisation
    return {
        "qualification": orientation.faits.qualification.value,
        "niveau": orientation.niveau,
        "service": orientation.service,
        "canaux": [c.en_json() for c in orientation.canaux],
        "mediateur": {
            "nom": avis.nom,
            "canaux": [c.en_json() for c in avis.canaux],
            "recevable": avis.recevable,
            "motifs": [rediger_motif(m, orientation) for m in avis.motifs],
            "motifs_codes": [m.value for m in avis.motifs],
            "a_partir_du": _iso(avis.a_partir_du),
            "au_plus_tard": _iso(avis.au_plus_tard),
            "candidats": candidats_en_json(orientation),
            "choix_du_contrat": rediger_choix_du_contrat(orientation),
            "exclusions_codes": [e.code for e in avis.exclusions],
            "avertissements": avertissements(orientation),
        },
        "apres_mediateur": suites_en_json(orientation),
        "echeances": echeances.en_json() if echeances else dict.fromkeys(CLES_ECHEANCES),
        "jalons": [j.en_json() for j in jalons(orientation)],
        "pieces_a_joindre": list(orientation.pieces_a_joindre),
        "donnees_medicales": orientation.donnees_medicales,
        "courrier_medical": (
            orientation.courrier_medical.en_json() if orientation.courrier_medical else None
        ),
        "explication": rediger_explication(orientation),
        "chapeau": rediger_chapeau(orientation),
        "organisation": {"id": organisation.id, "nom": organisation.nom},
        "region": orientation.faits.region_calendrier.value,
        "aujourdhui": orientation.faits.aujourdhui.isoformat(),
    }


def rediger_suivi(orientation: Orientation) -> str:
    """Where a recorded complaint stands today: dates passed, dates to come, the mediator.

    ``orientation`` is computed for today from the recorded answers, the written
    complaint being made. A date is passed once its day is over (a deadline ends at
    midnight of its last day).
    """
    envoi = jalon(orientation, ENVOI)
    assert envoi is not None  # a recorded dossier is a complaint
    phrases = [f"Votre réclamation écrite est datée du {envoi.date_fr}."]
    suivis = [j for j in jalons(orientation) if j.code not in (ENVOI, MEDIATEUR_A_PARTIR_DU)]
    for titre, passees in (("Dates passées", True), ("Dates à venir", False)):
        retenues = [j.en_phrase() for j in suivis if j.passe == passees]
        if retenues:
            phrases.append(f"{titre} : {' ; '.join(retenues)}.")
    avis = orientation.mediateur
    if avis.recevable:
        phrases.append(
            f"Vous pouvez saisir le médiateur dès maintenant : {avis.nom} "
            f"({_canaux_en_phrase(orientation)})."
        )
        phrases += avertissements(orientation)
    phrases += [rediger_motif(m, orientation) for m in avis.motifs]
    phrases += rediger_suites(orientation)
    return " ".join(phrases)


def rediger_restriction(jusqu_au: date) -> str:
    """Why an erasure request restricts a dossier instead of deleting it (brief §7)."""
    return (
        "Le litige est encore ouvert : le médiateur peut être saisi jusqu'au "
        f"{date_en_francais(jusqu_au)}. Le dossier n'est donc pas effacé mais restreint : "
        "il n'est plus utilisé et sera supprimé après cette date."
    )
