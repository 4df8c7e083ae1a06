"""The e-mails the assistant writes: the verification code, the dated copy, the reminders.

Every template of these e-mails lives here, as plain paragraphs and links laid out
twice (plain text, and an HTML alternative in which every value is escaped). Dates come
from the dossier's milestones (``bot.jalons``), so an e-mail says them as the chat does.

Never any health detail: in a case that involves health, neither what is disputed nor
the documents are repeated; the e-mail gives only the postal route to the medical
adviser.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from bot.dossier import VALIDITE_LIEN_LETTRE, Dossier
from bot.jalons import (
    ACCUSE_RECEPTION,
    MEDIATEUR_AU_PLUS_TARD,
    REPONSE,
    Jalon,
    date_en_francais,
    jalon,
    jalons,
)
from bot.lettres import libelle_du_lien, par_courrier, rediger_recapitulatif
from bot.orientation import Orientation
from bot.presentation import decrire_canal, horodatage_en_francais
from bot.rappels import Nature
from bot.verification import DUREE

SIGNATURE = "Recours, l'assistant de vos réclamations. Ce message est envoyé automatiquement."


@dataclass(frozen=True)
class Liens:
    """The personal links of one e-mail (each carries its own secret token)."""

    lettre: str
    regle: str
    desabonner: str


@dataclass(frozen=True)
class Courriel:
    """An e-mail's subject and its two bodies."""

    sujet: str
    texte: str
    html: str


def _mettre_en_forme(sujet: str, paragraphes: list[str], liens: list[tuple[str, str]]) -> Courriel:
    """Lay out paragraphs (lines starting ``- `` are list items) and labelled links."""
    texte = [*paragraphes, *(f"{libelle} : {url}" for libelle, url in liens), SIGNATURE]
    blocs = []
    for paragraphe in paragraphes:
        lignes = paragraphe.split("\n")
        puces = [ligne[2:] for ligne in lignes[1:] if ligne.startswith("- ")]
        if puces:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in puces)
            blocs.append(f"<p>{html.escape(lignes[0])}</p>\n<ul>{items}</ul>")
        else:
            blocs.append(f"<p>{html.escape(paragraphe)}</p>".replace("\n", "<br>\n"))
    blocs += [
        f'<p><a href="{html.escape(url, quote=True)}">{html.escape(libelle)}</a></p>'
        for libelle, url in liens
    ]
    blocs.append(f'<p style="color:#555;font-size:90%">{html.escape(SIGNATURE)}</p>')
    corps = "\n".join(blocs)
    page = (
        '<!DOCTYPE html>\n<html lang="fr">\n<head><meta charset="utf-8">'
        f"<title>{html.escape(sujet)}</title></head>\n<body>\n{corps}\n</body>\n</html>\n"
    )
    return Courriel(sujet, "\n\n".join(texte) + "\n", page)


def rediger_code(code: str) -> Courriel:
    """The e-mail carrying the 6-digit code that proves the address."""
    minutes = int(DUREE.total_seconds() // 60)
    return _mettre_en_forme(
        "Votre code de vérification Recours",
        [
            "Bonjour,",
            f"Votre code de vérification est : {code[:3]} {code[3:]}",
            f"Saisissez-le dans la conversation avec Recours. Il est valable {minutes} minutes.",
            "Si vous n'avez rien demandé, ignorez ce message : rien ne sera enregistré.",
        ],
        [],
    )


def _bonjour(dossier: Dossier) -> str:
    r = dossier.reclamation
    return f"Bonjour {r.prenom} {r.nom},".replace("  ", " ")


def _arret(liens: Liens) -> list[tuple[str, str]]:
    return [
        ("C'est réglé ? Dites-le-nous, je ne vous écrirai plus", liens.regle),
        ("Ne plus recevoir ces messages", liens.desabonner),
    ]


def _route_medicale(orientation: Orientation) -> list[str]:
    """The postal route to the medical adviser, in a case that involves health."""
    if orientation.courrier_medical is None:
        return []
    return [
        "Votre réclamation touche à des informations médicales : ne les envoyez jamais par "
        "e-mail ni dans la conversation. "
        f"Envoyez-les {decrire_canal(orientation.courrier_medical)[:1].lower()}"
        f"{decrire_canal(orientation.courrier_medical)[1:]}."
    ]


def _canaux(orientation: Orientation) -> str:
    return " ; ou ".join(decrire_canal(canal) for canal in orientation.mediateur.canaux)


def _phrase(j: Jalon) -> str:
    return j.en_phrase()[:1].upper() + j.en_phrase()[1:]


def rediger_copie(dossier: Dossier, liens: Liens) -> Courriel:
    """The dated copy sent once the dossier is recorded: recap, reference, dates, letter.

    The dates are those of the dossier as the written complaint (``orientation_au_suivi``
    on the day of the record); the letter is the one the conversation gave.
    """
    orientation = dossier.orientation_enregistree()
    r = dossier.reclamation
    recapitulatif = rediger_recapitulatif(r, dossier.organisation, dossier.cree_le.date())
    if orientation.donnees_medicales:
        recapitulatif = "\n".join(
            ligne
            for ligne in recapitulatif.split("\n")
            if not ligne.startswith(("- objet", "- pièces"))
        )
    suivi = dossier.orientation_au_suivi(dossier.cree_le.date())
    dates = "\n".join(f"- {_phrase(j)}" for j in jalons(suivi))
    lettre = libelle_du_lien(orientation)
    pret = (
        f"{lettre} est prête à imprimer et à envoyer"
        if par_courrier(orientation)
        else f"{lettre}, est prêt"
    )
    return _mettre_en_forme(
        f"Votre réclamation {dossier.reference} est enregistrée",
        [
            _bonjour(dossier),
            f"Votre réclamation est enregistrée le {horodatage_en_francais(dossier.cree_le)}, "
            f"sous la référence {dossier.reference}. Gardez ce message : c'est sa copie datée.",
            recapitulatif,
            f"Les dates qui s'appliquent :\n{dates}",
            *_route_medicale(orientation),
            f"{pret} (lien personnel, valable {VALIDITE_LIEN_LETTRE.days} jours, ne le "
            "partagez pas ; ensuite, demandez le suivi de votre dossier pour en recevoir un "
            "autre). Je vous écrirai à ces dates pour vous dire quoi faire.",
        ],
        [(lettre, liens.lettre), *_arret(liens)],
    )


def _rappel_accuse(dossier: Dossier, orientation: Orientation) -> tuple[str, list[str], str]:
    accuse, reponse = jalon(orientation, ACCUSE_RECEPTION), jalon(orientation, REPONSE)
    assert accuse is not None and reponse is not None  # no answer had come
    ouverture = orientation.mediateur.a_partir_du or reponse.date
    return (
        f"Réclamation {dossier.reference} : avez-vous reçu l'accusé de réception ?",
        [
            f"{_phrase(accuse)} : {dossier.organisation.nom} devait accuser réception de "
            f"votre réclamation {dossier.reference}. L'avez-vous reçu ?",
            "Si oui, gardez-le avec votre dossier : rien d'autre à faire pour le moment.",
            "Si non, relancez le service réclamations en rappelant la référence de votre "
            "dossier et la date de votre réclamation écrite, et gardez une copie de cette "
            f"relance. Les délais ne changent pas : {reponse.en_phrase()} ; sans réponse "
            "satisfaisante, le médiateur pourra être saisi à partir du "
            f"{date_en_francais(ouverture)}.",
        ],
        "Votre lettre de réclamation, à renvoyer si besoin",
    )


def _rappel_mediateur(dossier: Dossier, orientation: Orientation) -> tuple[str, list[str], str]:
    reponse, limite = jalon(orientation, REPONSE), jalon(orientation, MEDIATEUR_AU_PLUS_TARD)
    assert reponse is not None and limite is not None
    return (
        f"Réclamation {dossier.reference} : vous pouvez saisir le médiateur",
        [
            f"{_phrase(reponse)} : ce délai est passé. Si vous n'avez reçu aucune réponse, ou "
            "une réponse qui ne vous satisfait pas, vous pouvez saisir dès aujourd'hui le "
            f"médiateur : {orientation.mediateur.nom} ({_canaux(orientation)}).",
            f"Faites-le au plus tard le {limite.date_fr}. La médiation est gratuite. Saisissez-le "
            "une seule fois, en ligne ou par courrier, et joignez des copies, jamais "
            "d'originaux.",
        ],
        "Votre lettre de saisine du médiateur, prête à envoyer",
    )


def _rappel_limite(dossier: Dossier, orientation: Orientation) -> tuple[str, list[str], str]:
    limite = jalon(orientation, MEDIATEUR_AU_PLUS_TARD)
    assert limite is not None
    return (
        f"Réclamation {dossier.reference} : plus qu'un mois pour saisir le médiateur",
        [
            f"{_phrase(limite)} : il reste un mois. Si le désaccord persiste et que vous ne "
            f"l'avez pas encore saisi, faites-le maintenant : {orientation.mediateur.nom} "
            f"({_canaux(orientation)}).",
            "Passé cette date, le médiateur ne pourra plus être saisi. Les tribunaux restent "
            "ouverts ; pour une somme d'au plus 5 000 €, une tentative de conciliation "
            "(conciliateur de justice, gratuit) est d'abord obligatoire.",
        ],
        "Votre lettre de saisine du médiateur, prête à envoyer",
    )


_RAPPELS = {
    Nature.ACCUSE_RECEPTION: _rappel_accuse,
    Nature.MEDIATEUR: _rappel_mediateur,
    Nature.LIMITE_UN_AN: _rappel_limite,
}


def rediger_rappel(dossier: Dossier, nature: Nature, jour: date, liens: Liens) -> Courriel:
    """The reminder ``nature`` of ``dossier``, written on ``jour`` (when it is due)."""
    orientation = dossier.orientation_au_suivi(jour)
    sujet, paragraphes, libelle = _RAPPELS[nature](dossier, orientation)
    return _mettre_en_forme(
        sujet,
        [_bonjour(dossier), *paragraphes, *_route_medicale(orientation)],
        [(libelle, liens.lettre), *_arret(liens)],
    )


def rediger_lien_de_lettre(dossier: Dossier, lien: str) -> Courriel:
    """A new link to the dossier's letter, sent on request (an agent's follow-up call)."""
    return _mettre_en_forme(
        f"Réclamation {dossier.reference} : votre lettre",
        [
            _bonjour(dossier),
            f"Comme demandé, voici le lien de la lettre de votre dossier {dossier.reference}. "
            f"Il est personnel et valable {VALIDITE_LIEN_LETTRE.days} jours : ne le "
            "partagez pas.",
        ],
        [(libelle_du_lien(dossier.orientation_enregistree()), lien)],
    )
