"""Documents written from a complaint: the dated summary and the letters to send.

Every template of these documents lives here:

- the summary shown before the person agrees to record the complaint;
- the complaint letter (levels 1 and 2, to the service of the orientation: customer
  relations, the complaints service, or the medical adviser by post) and the mediator
  referral letter (level 3), in French administrative form: sender, recipient, date,
  object, reference numbers, facts, request, list of attachments;
- their two renderings, plain text and a printable HTML page, in which everything the
  person typed is escaped.

A letter is written as of the dossier's creation, from the orientation then shown and
the organisation as its file said that day.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from string import Template

from bot.dossier import Dossier, Reclamation
from bot.jalons import REPONSE, date_en_francais, entre, jalon
from bot.organisations import Organisation
from bot.orientation import Orientation

ADRESSE_A_COMPLETER = "[votre adresse postale]"
MEDIATEUR_A_COMPLETER = (
    "[le médiateur nommé dans la dernière réponse de votre organisme, et son adresse]"
)
_FIN_DE_PHRASE = ".!?…"


@dataclass(frozen=True)
class Lettre:
    """A letter, block by block, before it is laid out as text or HTML.

    ``formulaire`` is the address of the online form to paste it into when the level
    has no postal channel: the document is then the text to paste, without the postal
    blocks (sender, recipient).
    """

    titre: str
    expediteur: tuple[str, ...]
    destinataire: tuple[str, ...]
    date: str
    objet: str
    references: tuple[str, ...]
    appel: str
    paragraphes: tuple[str, ...]
    politesse: str
    signature: str
    pieces: tuple[str, ...]
    formulaire: str | None = None


def _phrase(texte: str) -> str:
    """``texte`` ending with a full stop when it has no final punctuation."""
    return texte if texte.endswith(tuple(_FIN_DE_PHRASE)) else f"{texte}."


def _organisme(organisation: Organisation) -> str:
    """How the letter names the organisation ("mon assureur" when it is not in the data)."""
    return "mon assureur" if organisation.generique else organisation.nom


def envoi_de_la_reclamation(debut: date, fin: date | None) -> str:
    """What follows "réclamation écrite": its day, or the range the person gave.

    ``du lundi 6 octobre 2025``, or ``envoyée entre le mercredi 1er octobre 2025 et le
    vendredi 10 octobre 2025``.
    """
    if fin is None:
        return f"du {date_en_francais(debut)}"
    return f"envoyée {entre(debut, fin)}"


def _quand(debut: date, fin: date | None) -> str:
    """The start of a sentence on the sending: ``Le lundi 6 octobre 2025`` or the range."""
    if fin is None:
        return f"Le {date_en_francais(debut)}"
    periode = entre(debut, fin)
    return periode[:1].upper() + periode[1:]


def rediger_recapitulatif(reclamation: Reclamation, organisation: Organisation, jour: date) -> str:
    """The dated summary shown before the person agrees to record the complaint."""
    lignes = [
        f"Récapitulatif au {date_en_francais(jour)} :",
        f"- organisme : {organisation.nom}",
        f"- nom : {reclamation.prenom} {reclamation.nom}",
        f"- numéro d'adhérent : {reclamation.numero_adherent or 'non communiqué'}",
        f"- adresse e-mail : {reclamation.email}",
    ]
    if reclamation.date_ecrite:
        envoi = envoi_de_la_reclamation(reclamation.date_ecrite, reclamation.fin_date_ecrite)
        lignes.append(f"- réclamation écrite {envoi}")
    lignes += [f"- objet : {reclamation.nature}", f"- pièces : {reclamation.pieces}"]
    return "\n".join(lignes)


def par_courrier(orientation: Orientation) -> bool:
    """Tell whether the orientation's level has a postal channel (a letter to send).

    A referral whose mediator is still to be named (from the insurer's last answer) is
    a letter too: the person completes the recipient.
    """
    if orientation.niveau == 3 and len(orientation.mediateur.candidats) > 1:
        return True
    return any(canal.adresse for canal in orientation.canaux)


def libelle_du_lien(orientation: Orientation) -> str:
    """The label of the link to the document of this orientation: which one it is."""
    saisine = orientation.niveau == 3
    if par_courrier(orientation):
        return "Votre saisine du médiateur" if saisine else "Votre lettre de réclamation"
    if saisine:
        return "Le texte de votre saisine du médiateur, à coller dans son formulaire en ligne"
    return "Le texte de votre réclamation, à coller dans le formulaire en ligne"


def _formulaire(orientation: Orientation) -> str | None:
    """The online form (or site) to paste the text into, when there is no postal channel."""
    if par_courrier(orientation):
        return None
    return next((canal.url for canal in orientation.canaux if canal.url), None)


def _destinataire(orientation: Orientation) -> tuple[str, ...]:
    """The postal address of the orientation's channels, else the service's name.

    A referral whose mediator depends on a contract the person could not name leaves
    the recipient to fill in, from the insurer's last answer (which must name it).
    """
    if orientation.niveau == 3 and len(orientation.mediateur.candidats) > 1:
        return (MEDIATEUR_A_COMPLETER,)
    adresse = next((canal.adresse for canal in orientation.canaux if canal.adresse), None)
    if adresse:
        return adresse
    organisation = orientation.faits.organisation
    service = orientation.service[:1].upper() + orientation.service[1:]
    return (service,) if organisation.generique else (service, organisation.nom)


def _faits_de_la_reclamation(dossier: Dossier, orientation: Orientation) -> str:
    """What happened before this letter, for the complaints service."""
    reponses = dossier.reclamation.reponses
    ecrite = dossier.reclamation.date_ecrite
    quand = _quand(ecrite, dossier.reclamation.fin_date_ecrite) if ecrite else ""
    if ecrite and not reponses.reponse_recue:
        return (
            f"{quand}, je vous ai adressé une réclamation écrite, "
            "restée sans réponse à ce jour. Je la renouvelle par la présente."
        )
    if ecrite and not reponses.reponse_satisfaisante:
        return (
            f"{quand}, je vous ai adressé une réclamation écrite. "
            "La réponse reçue ne me satisfait pas : je maintiens ma réclamation."
        )
    if orientation.faits.contact_prealable:
        return (
            "Par la présente, je vous adresse une réclamation écrite. J'ai déjà signalé "
            "ce problème à vos services, sans obtenir satisfaction."
        )
    return "Par la présente, je vous adresse une réclamation écrite."


def _lettre_de_reclamation(dossier: Dossier, orientation: Orientation) -> Lettre:
    """Complaint letter: levels 1 and 2."""
    reclamation = dossier.reclamation
    organisation = orientation.faits.organisation
    engagements = organisation.engagements
    ecrite = reclamation.date_ecrite
    paragraphes = [
        _faits_de_la_reclamation(dossier, orientation),
        _phrase(f"Objet de ma réclamation : {reclamation.nature}"),
        "Je vous demande de bien vouloir l'examiner et de me répondre par écrit. "
        "Je vous remercie d'en accuser réception dans un délai de "
        f"{engagements.accuse_reception_jours_ouvrables} jours ouvrables et d'y répondre "
        f"dans un délai de {engagements.reponse_mois} mois au plus.",
    ]
    if orientation.donnees_medicales:
        paragraphes.append(
            "Ma réclamation touche à des informations médicales : je vous l'adresse sous "
            f"pli confidentiel, à l'attention du {organisation.donnees_medicales.destinataire}, "
            "avec les pièces médicales utiles."
        )
    paragraphes.append(f"Vous pouvez me répondre à l'adresse électronique {reclamation.email}.")
    return _lettre(
        dossier,
        orientation,
        titre="Lettre de réclamation",
        objet=(
            f"Réclamation, suite à ma réclamation écrite "
            f"{envoi_de_la_reclamation(ecrite, reclamation.fin_date_ecrite)}"
            if ecrite
            else "Réclamation"
        ),
        appel="Madame, Monsieur,",
        paragraphes=paragraphes,
        pieces=(reclamation.pieces,),
    )


def _lettre_au_mediateur(dossier: Dossier, orientation: Orientation) -> Lettre:
    """Mediator referral letter: level 3 (a written complaint exists).

    Addressed to the mediator of the contract concerned; its attachments are the dated
    copies of the complaint and of the answer, the contract documents the mediator asks
    for (CNPM: membership form, rules or notice) and the person's own documents.
    """
    reclamation = dossier.reclamation
    reponses = reclamation.reponses
    organisation = orientation.faits.organisation
    organisme = _organisme(organisation)
    fin = reclamation.fin_date_ecrite
    ecrite = envoi_de_la_reclamation(dossier.date_reclamation, fin)
    if reponses.reponse_recue:
        issue = "La réponse reçue ne me satisfait pas."
        pieces: tuple[str, ...] = (
            f"copie de ma réclamation écrite {ecrite}",
            "copie de la réponse reçue",
        )
    else:
        echue = jalon(orientation, REPONSE)
        assert echue is not None  # no answer came: its deadline is a milestone
        issue = (
            "Je n'ai reçu aucune réponse dans le délai de "
            f"{organisation.engagements.reponse_mois} mois, échu le {echue.date_fr}."
        )
        pieces = (f"copie de ma réclamation écrite {ecrite}",)
    return _lettre(
        dossier,
        orientation,
        titre="Saisine du médiateur",
        objet=f"Saisine du médiateur, litige avec {organisme}",
        appel="Madame, Monsieur le Médiateur,",
        paragraphes=[
            f"Je sollicite votre intervention dans le litige qui m'oppose à {organisme}.",
            f"{_quand(dossier.date_reclamation, fin)}, j'ai adressé une réclamation écrite à "
            f"{organisme}. {issue}",
            _phrase(f"Objet du litige : {reclamation.nature}"),
            "Aucun tribunal ni aucun autre médiateur n'est saisi de ce litige, et ma demande "
            "intervient moins d'un an après ma réclamation écrite.",
            "Je vous remercie d'examiner ce litige et de me faire part de votre proposition "
            f"de solution. Vous pouvez me répondre à l'adresse électronique {reclamation.email}.",
        ],
        pieces=(
            *pieces,
            *orientation.mediateur.reunir(lambda m: m.documents),
            reclamation.pieces,
        ),
    )


def _lettre(
    dossier: Dossier,
    orientation: Orientation,
    *,
    titre: str,
    objet: str,
    appel: str,
    paragraphes: list[str],
    pieces: tuple[str, ...],
) -> Lettre:
    """The blocks every letter shares around its own object, text and attachments."""
    reclamation = dossier.reclamation
    signataire = f"{reclamation.prenom} {reclamation.nom}"
    references = [f"Référence du dossier : {dossier.reference}"]
    if reclamation.numero_adherent:
        references.append(f"Numéro d'adhérent : {reclamation.numero_adherent}")
    return Lettre(
        titre=titre,
        expediteur=(signataire, ADRESSE_A_COMPLETER, f"Courriel : {reclamation.email}"),
        destinataire=_destinataire(orientation),
        date=f"Le {date_en_francais(orientation.faits.aujourdhui)}",
        objet=objet,
        references=tuple(references),
        appel=appel,
        paragraphes=tuple(paragraphes),
        politesse=f"Je vous prie d'agréer, {appel[:-1]}, l'expression de mes salutations "
        "distinguées.",
        signature=signataire,
        pieces=pieces,
        formulaire=_formulaire(orientation),
    )


def rediger_lettre(dossier: Dossier, saisine_au: date | None = None) -> Lettre:
    """The letter of a dossier: to the mediator at level 3, else to the oriented service.

    Written from the dossier alone (its answers, and its organisation as the file said on
    the day of the record), as of that day: a later change of the file changes nothing.
    With ``saisine_au`` (a reminder's link), the mediator referral letter dated that day
    when the mediator can be referred then; the letter of the record otherwise.
    """
    if saisine_au is not None:
        plus_tard = dossier.orientation_au_suivi(saisine_au)
        if plus_tard.niveau == 3:
            return _lettre_au_mediateur(dossier, plus_tard)
    orientation = dossier.orientation_enregistree()
    if orientation.niveau == 3:
        return _lettre_au_mediateur(dossier, orientation)
    return _lettre_de_reclamation(dossier, orientation)


_TEXTE_POSTAL = Template(
    """$expediteur

$destinataire

$date

"""
)

_TEXTE = Template(
    """${postal}Objet : $objet
$references

$appel

$paragraphes

$politesse

$signature

Pièces jointes :
$pieces
"""
)

_HTML = Template(
    """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$titre</title>
<style>
  body { font-family: Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.45;
         max-width: 17cm; margin: 2em auto; padding: 0 1em; color: #000;
         overflow-wrap: break-word; }
  h1 { font-family: sans-serif; font-size: 14pt; margin: 0 0 1em; }
  .destinataire, .date, .signature { margin-left: 55%; }
  .objet { font-weight: bold; margin-top: 2em; }
  .references { margin-top: 0; }
  p { margin: 0 0 1em; text-align: left; hyphens: auto; }
  .aide { font-family: sans-serif; font-size: 10pt; border: 1px solid #555; padding: .5em; }
  @media (max-width: 30em) {
    body { font-size: 11pt; margin: 1em auto; }
    .destinataire, .date, .signature { margin-left: 0; }
  }
  @media print {
    .aide, h1 { display: none; }
    body { margin: 0; padding: 0; max-width: none; }
    p, li { orphans: 3; widows: 3; }
    .signature { break-before: avoid; }
  }
  @page { size: A4; margin: 2cm; }
</style>
</head>
<body>
<main>
<h1>$intitule</h1>
$aide
$postal<p class="objet">Objet : $objet</p>
<p class="references">$references</p>
<p>$appel</p>
$paragraphes
<p>$politesse</p>
<p class="signature">$signature</p>
<p>Pièces jointes :</p>
<ul>
$pieces
</ul>
</main>
</body>
</html>
"""
)

_AIDE_POSTALE = (
    '<p class="aide">Imprimez cette page (Ctrl+P ou ⌘+P), complétez votre adresse postale, '
    "signez et joignez des copies, jamais d'originaux.</p>"
)

_AIDE_FORMULAIRE = Template(
    '<p class="aide">Ce service se saisit en ligne, pas par courrier : copiez ce texte dans '
    "$formulaire et joignez-y des copies de vos pièces, jamais d'originaux.</p>"
)

_HTML_POSTAL = Template(
    """<p class="expediteur">$expediteur</p>
<p class="destinataire">$destinataire</p>
<p class="date">$date</p>
"""
)


def en_texte(lettre: Lettre) -> str:
    """The letter as plain text, ready to copy into an e-mail or a form.

    The text for an online form has no postal blocks (sender, recipient, date).
    """
    postal = ""
    if lettre.formulaire is None:
        postal = _TEXTE_POSTAL.substitute(
            expediteur="\n".join(lettre.expediteur),
            destinataire="\n".join(lettre.destinataire),
            date=lettre.date,
        )
    return _TEXTE.substitute(
        postal=postal,
        objet=lettre.objet,
        references="\n".join(lettre.references),
        appel=lettre.appel,
        paragraphes="\n\n".join(lettre.paragraphes),
        politesse=lettre.politesse,
        signature=lettre.signature,
        pieces="\n".join(f"- {piece}" for piece in lettre.pieces),
    )


def _lignes(lignes: tuple[str, ...]) -> str:
    return "<br>\n".join(html.escape(ligne) for ligne in lignes)


def _aide(lettre: Lettre) -> str:
    if lettre.formulaire is None:
        return _AIDE_POSTALE
    adresse = html.escape(lettre.formulaire, quote=True)
    lien = f'<a href="{adresse}" target="_blank" rel="noopener noreferrer">{adresse}</a>'
    return _AIDE_FORMULAIRE.substitute(formulaire=lien)


def en_html(lettre: Lettre) -> str:
    """The letter as a printable HTML page (A4, and a phone's width); values are escaped.

    One ``main`` landmark and its ``h1``: the page passes axe-core's structure rules.
    """
    postal = ""
    if lettre.formulaire is None:
        postal = _HTML_POSTAL.substitute(
            expediteur=_lignes(lettre.expediteur),
            destinataire=_lignes(lettre.destinataire),
            date=html.escape(lettre.date),
        )
    return _HTML.substitute(
        titre=html.escape(lettre.titre),
        intitule=html.escape(
            lettre.titre if lettre.formulaire is None else f"{lettre.titre} : le texte à coller"
        ),
        aide=_aide(lettre),
        postal=postal,
        objet=html.escape(lettre.objet),
        references=_lignes(lettre.references),
        appel=html.escape(lettre.appel),
        paragraphes="\n".join(f"<p>{html.escape(p)}</p>" for p in lettre.paragraphes),
        politesse=html.escape(lettre.politesse),
        signature=html.escape(lettre.signature),
        pieces="\n".join(f"<li>{html.escape(piece)}</li>" for piece in lettre.pieces),
    )
