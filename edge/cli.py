"""``recours``: the engine for agents and scripts. Parses arguments, prints JSON.

Dates are read as ``AAAA-MM-JJ`` or in the usual French forms (``bot.dates_fr``:
``3 octobre 2026``, ``03/10/2026``, ``hier``, ``il y a deux mois``), relative to
``--aujourdhui`` when it is given, else to today (``RECOURS_TODAY`` or Paris).
"""

from __future__ import annotations

import argparse
import csv
import getpass
import io
import json
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from bot.calendrier import Region
from bot.conservation import Durees, Statut, conversations_expirees_avant
from bot.dates_fr import ErreurDate, analyser_date
from bot.dossier import Dossier
from bot.echeances import calculer_echeances
from bot.litige import CasLitige, TypeContrat, classer_montant
from bot.organisations import Engagements, ErreurOrganisation, Registre
from bot.orientation import Faits, Qualification, orienter
from bot.presentation import en_json
from edge.argparse_fr import Analyseur, en_francais
from edge.comptes import CompteInvalide, ajouter
from edge.horloge import Horloge, debut_du_jour
from edge.messagerie import expediteur_depuis
from edge.organisations import charger_registre
from edge.reglages import ErreurReglages, Reglages
from edge.stockage.conversations import effacer_conversation, purger_conversations
from edge.stockage.depot import Depot, ouvrir_depot
from edge.stockage.schema import SchemaTropRecent
from edge.transmission import Transmetteur, transmettre_en_attente
from edge.veille import Envoi, Poste, envoyer_en_attente, envoyer_rappels

COLONNES_CSV = (
    "reference",
    "organisation",
    "cree_le",
    "statut",
    "numero_adherent",
    "nom",
    "prenom",
    "email",
    "nature",
    "pieces",
    "date_reclamation",
    "niveau",
)
_DEBUT_DE_FORMULE = ("=", "+", "-", "@", "\t", "\r")
DUREE_CODES = timedelta(days=1)
"""Verification codes (hashes) and the follow-up's wrong e-mails are kept a day, then
purged."""


class ErreurUtilisateur(Exception):
    """Wrong input: printed as one French line, exit code 2."""


FORMES_DE_DATE = "AAAA-MM-JJ, 3 octobre 2026, 03/10/2026, hier, il y a deux mois…"
"""What a date option accepts, as its help says."""


def lire_date(texte: str, aujourdhui: date) -> date:
    """A date given as ``AAAA-MM-JJ`` or in French, relative to ``aujourdhui``.

    Raises:
        ErreurUtilisateur: No date, a date that does not exist, or a vague one
            (``début mars``): the command needs one day.

    """
    try:
        return date.fromisoformat(texte.strip())
    except ValueError:
        pass
    resultat = analyser_date(texte, aujourdhui)
    if resultat.valeur is None or resultat.erreur not in (None, ErreurDate.FUTURE):
        probleme = "inexistante" if resultat.erreur is ErreurDate.IMPOSSIBLE else "illisible"
        raise ErreurUtilisateur(f"date {probleme} : « {texte} » (formes : {FORMES_DE_DATE})")
    if resultat.approximative:
        raise ErreurUtilisateur(f"date imprécise : « {texte} » (donnez un jour précis)")
    return resultat.valeur


def lire_les_dates(arguments: argparse.Namespace, aujourdhui: date) -> None:
    """Replace each date option's text by its date.

    ``--aujourdhui`` is read first, relative to ``aujourdhui`` (the clock's); the
    others relative to it.
    """
    if getattr(arguments, "aujourdhui", None) is not None:
        arguments.aujourdhui = aujourdhui = lire_date(arguments.aujourdhui, aujourdhui)
    for nom in ("envoi", "reclamation_ecrite"):
        texte = getattr(arguments, nom, None)
        if texte is not None:
            setattr(arguments, nom, lire_date(texte, aujourdhui))


def _euros(texte: str) -> Decimal:
    try:
        montant = Decimal(texte.replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        montant = Decimal(-1)
    if not montant.is_finite() or montant < 0:
        raise argparse.ArgumentTypeError(f"montant invalide « {texte} » (attendu : 300 ou 1200,50)")
    return montant


def _entier(texte: str) -> int:
    if not texte.isdigit():
        raise argparse.ArgumentTypeError(f"nombre entier attendu : « {texte} »")
    return int(texte)


def _analyseur() -> argparse.ArgumentParser:
    analyseur = Analyseur(
        prog="recours", description="Moteur de recours en réclamation (sortie JSON)."
    )
    commandes = analyseur.add_subparsers(
        dest="commande", required=True, metavar="COMMANDE", help="ce que fait la commande"
    )
    regions = [r.value for r in Region]
    aide_region = "calendrier des jours fériés (alsace-moselle : Vendredi saint, 26 décembre)"
    aide_jour = f"date du jour à retenir ({FORMES_DE_DATE})"
    aide_aujourdhui = f"{aide_jour} ; défaut : aujourd'hui"

    echeances = commandes.add_parser(
        "echeances",
        help="dates d'une réclamation écrite",
        description="Dates d'une réclamation écrite.",
    )
    echeances.add_argument(
        "--envoi",
        required=True,
        metavar="DATE",
        help=f"date d'envoi de la réclamation ({FORMES_DE_DATE})",
    )
    echeances.add_argument(
        "--region", choices=regions, default=Region.NATIONAL.value, help=aide_region
    )

    orientation = commandes.add_parser(
        "orientation",
        help="niveau, canaux et dates",
        description="Niveau à saisir, canaux et dates, pour une organisation.",
    )
    orientation.add_argument(
        "--organisation", required=True, help="identifiant (recours organisations)"
    )
    orientation.add_argument("--aujourdhui", required=True, metavar="DATE", help=aide_jour)
    orientation.add_argument(
        "--demande", action="store_true", help="une simple demande, pas une réclamation"
    )
    orientation.add_argument(
        "--contact-prealable", action="store_true", help="le service client a déjà été contacté"
    )
    orientation.add_argument(
        "--reclamation-ecrite",
        metavar="DATE",
        help=f"date de la réclamation écrite ({FORMES_DE_DATE})",
    )
    orientation.add_argument("--reponse-recue", action="store_true", help="une réponse est arrivée")
    orientation.add_argument(
        "--reponse-satisfaisante", action="store_true", help="cette réponse satisfait la personne"
    )
    orientation.add_argument(
        "--procedure-en-cours",
        action="store_true",
        help="un tribunal ou un autre médiateur est déjà saisi du litige",
    )
    orientation.add_argument(
        "--donnees-medicales",
        action="store_true",
        help="le litige touche à la santé : voie postale vers le médecin conseil",
    )
    orientation.add_argument(
        "--region", choices=regions, help=f"{aide_region} ; défaut : celui de l'organisation"
    )
    orientation.add_argument(
        "--contrat",
        action="append",
        choices=[t.value for t in TypeContrat],
        help="contrat concerné (répétable) ; sans lui, tous les médiateurs de l'organisation",
    )
    orientation.add_argument(
        "--cas",
        action="append",
        choices=[c.value for c in CasLitige],
        help="objet du litige visé par une exclusion de médiateur (répétable)",
    )
    orientation.add_argument(
        "--montant", type=_euros, help="somme en jeu, en euros (CPC art. 750-1 : 5 000 €)"
    )

    commandes.add_parser(
        "organisations", help="organisations connues", description="Organisations connues."
    )

    dossiers = commandes.add_parser(
        "dossiers",
        help="dossiers enregistrés (données personnelles)",
        description="Dossiers enregistrés (données personnelles).",
    )
    actions = dossiers.add_subparsers(
        dest="action", required=True, metavar="ACTION", help="ce qui est fait des dossiers"
    )
    export = actions.add_parser(
        "export",
        help="dossiers actifs d'une organisation",
        description="Dossiers actifs d'une organisation.",
    )
    export.add_argument("--organisation", required=True, help="identifiant (recours organisations)")
    export.add_argument(
        "--format", choices=("csv", "json"), default="json", help="format de sortie ; défaut : json"
    )
    effacer = actions.add_parser(
        "effacer",
        help="effacement (ou restriction) d'un dossier",
        description="Efface un dossier, ou le restreint tant que le médiateur peut être saisi.",
    )
    effacer.add_argument("reference", help="référence du dossier (IM-2026-7KQ4-M2XD)")
    effacer.add_argument("--aujourdhui", metavar="DATE", help=aide_aujourdhui)

    durees = Durees()
    purge = commandes.add_parser(
        "purge",
        help="durées de conservation (dossiers, conversations)",
        description="Applique les durées de conservation (cron quotidien).",
    )
    purge.add_argument("--aujourdhui", metavar="DATE", help=aide_aujourdhui)
    for option, unite, aide in (
        ("actif-ans", "ANS", "années d'un dossier actif après la réclamation"),
        ("archive-ans", "ANS", "années d'archive avant suppression"),
        ("conversations-jours", "JOURS", "jours d'une conversation après son dernier message"),
    ):
        defaut = getattr(durees, option.replace("-", "_"))
        purge.add_argument(
            f"--{option}",
            type=_entier,
            default=defaut,
            metavar=unite,
            help=f"{aide} ; défaut : {defaut}",
        )

    commandes.add_parser(
        "outbox",
        help="dossiers et courriels en attente d'envoi, nouvel essai",
        description="Dossiers et courriels en attente d'envoi : les montre et réessaie.",
    )
    commandes.add_parser(
        "rappels",
        help="courriels dus aujourd'hui, chacun une seule fois (cron)",
        description="Envoie les rappels dus aujourd'hui, chacun une seule fois (cron quotidien).",
    )

    agents = commandes.add_parser(
        "agents",
        help="comptes des conseillers (RECOURS_AGENTS_FILE)",
        description="Comptes des conseillers du poste (RECOURS_AGENTS_FILE).",
    )
    ajout = agents.add_subparsers(
        dest="action", required=True, metavar="ACTION", help="ce qui est fait des comptes"
    ).add_parser(
        "ajouter",
        help="ajoute un conseiller ou change son mot de passe (lu sur l'entrée)",
        description="Ajoute un conseiller ou change son mot de passe, lu sur l'entrée.",
    )
    ajout.add_argument("identifiant", help="identifiant de connexion du conseiller")
    return analyseur


def _ajouter_agent(arguments: argparse.Namespace, fichier: Path) -> dict[str, Any]:
    """Add an agent, the password read without echo (or from a pipe)."""
    if sys.stdin.isatty():
        mot_de_passe = getpass.getpass("Mot de passe : ")
    else:
        mot_de_passe = sys.stdin.readline().rstrip("\n")
    try:
        ajouter(fichier, arguments.identifiant, mot_de_passe)
    except CompteInvalide as erreur:
        raise ErreurUtilisateur(str(erreur)) from None
    return {"ajoute": arguments.identifiant, "fichier": str(fichier)}


def _echeances(arguments: argparse.Namespace) -> dict[str, Any]:
    region = Region(arguments.region)
    dates = calculer_echeances(arguments.envoi, Engagements(), region).en_json()
    return {
        "envoi": dates["envoi"],
        "region": region.value,
        "accuse_reception_au_plus_tard": dates["accuse_reception_au_plus_tard"],
        "reponse_au_plus_tard": dates["reponse_au_plus_tard"],
        "reponse_au_plus_tard_prorogee": dates["reponse_au_plus_tard_prorogee"],
        "mediateur_a_partir_du": dates["mediateur_a_partir_du"],
    }


def _verifier_organisation(identifiant: str, registre: Registre) -> None:
    if identifiant not in registre:
        connues = ", ".join(registre)
        raise ErreurUtilisateur(f"organisation inconnue « {identifiant} » (connues : {connues})")


def _orientation(arguments: argparse.Namespace, registre: Registre) -> dict[str, Any]:
    _verifier_organisation(arguments.organisation, registre)
    if arguments.reclamation_ecrite and arguments.reclamation_ecrite > arguments.aujourdhui:
        raise ErreurUtilisateur(
            "la date de la réclamation écrite ne peut pas être postérieure à --aujourdhui"
        )
    faits = Faits(
        organisation=registre[arguments.organisation],
        aujourdhui=arguments.aujourdhui,
        qualification=Qualification.DEMANDE if arguments.demande else Qualification.RECLAMATION,
        contact_prealable=arguments.contact_prealable or arguments.reclamation_ecrite is not None,
        reclamation_ecrite=arguments.reclamation_ecrite,
        reponse_recue=arguments.reponse_recue or arguments.reponse_satisfaisante,
        reponse_satisfaisante=arguments.reponse_satisfaisante,
        procedure_en_cours=arguments.procedure_en_cours,
        donnees_medicales=arguments.donnees_medicales,
        region=Region(arguments.region) if arguments.region else None,
        contrats=frozenset(TypeContrat(t) for t in arguments.contrat or ()),
        cas=frozenset(CasLitige(c) for c in arguments.cas or ()),
        montant=classer_montant(arguments.montant),
    )
    return en_json(orienter(faits))


def _cellule(valeur: object) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    texte = "" if valeur is None else str(valeur)
    return f"'{texte}" if texte.startswith(_DEBUT_DE_FORMULE) else texte


def _en_csv(dossiers: list[Dossier]) -> str:
    sortie = io.StringIO()
    ecrivain = csv.writer(sortie, lineterminator="\n")
    ecrivain.writerow(COLONNES_CSV)
    for dossier in dossiers:
        ligne = {**dossier.en_json(), "niveau": dossier.orientation["niveau"]}
        ecrivain.writerow(_cellule(ligne[colonne]) for colonne in COLONNES_CSV)
    return sortie.getvalue()


def _exporter(arguments: argparse.Namespace, depot: Depot, registre: Registre) -> Any:
    _verifier_organisation(arguments.organisation, registre)
    dossiers = depot.dossiers(arguments.organisation, Statut.ACTIF)
    if arguments.format == "csv":
        return _en_csv(dossiers)
    return [dossier.en_json() for dossier in dossiers]


def _effacer(
    arguments: argparse.Namespace, depot: Depot, horloge: Horloge, url_conversations: str
) -> dict[str, Any]:
    """Erase (or restrict) a dossier, and erase its conversation from the tracker store."""
    effacement = depot.effacer(arguments.reference, arguments.aujourdhui or horloge.aujourdhui())
    if effacement is None:
        raise ErreurUtilisateur(f"dossier inconnu « {arguments.reference} »")
    evenements = 0
    if effacement.conversation is not None:
        evenements = effacer_conversation(url_conversations, effacement.conversation)
    return {
        "reference": effacement.reference,
        "resultat": "efface" if effacement.efface else "restreint",
        "motif": effacement.motif,
        "conversation_effacee": evenements > 0,
    }


def _purger(
    arguments: argparse.Namespace, depot: Depot, horloge: Horloge, url_conversations: str
) -> dict[str, Any]:
    durees = Durees(arguments.actif_ans, arguments.archive_ans, arguments.conversations_jours)
    if arguments.aujourdhui:
        maintenant = debut_du_jour(arguments.aujourdhui)
    else:
        maintenant = horloge.maintenant()
    bilan = depot.purger(maintenant.date(), durees)
    conversations = purger_conversations(
        url_conversations, conversations_expirees_avant(maintenant, durees)
    )
    return {
        "dossiers_archives": list(bilan.archives),
        "dossiers_supprimes": list(bilan.supprimes),
        "conversations_supprimees": conversations,
        "codes_supprimes": depot.courrier.oublier_codes(maintenant - DUREE_CODES),
        "essais_de_suivi_supprimes": depot.oublier_essais_de_suivi(maintenant - DUREE_CODES),
    }


def _envois(envois: list[Envoi]) -> dict[str, Any]:
    return {
        "envoyes": [
            {"reference": e.reference, "nature": e.nature.value, "message_id": e.message_id}
            for e in envois
            if e.erreur is None
        ],
        "en_echec": [
            {"reference": e.reference, "nature": e.nature.value, "erreur": e.erreur}
            for e in envois
            if e.erreur is not None
        ],
    }


def _courriels_en_attente(depot: Depot, poste: Poste, horloge: Horloge) -> dict[str, Any]:
    """Send again the e-mails claimed and not handed over; list what still waits."""
    envois = envoyer_en_attente(depot.courrier, poste, horloge.maintenant())
    return {
        "envoyes": _envois(envois)["envoyes"],
        "en_attente": [
            {
                "reference": element.dossier.reference,
                "nature": element.nature.value,
                "du_le": element.du_le.isoformat(),
                "tentatives": element.tentatives,
                "derniere_erreur": element.derniere_erreur,
            }
            for element in depot.courrier.a_envoyer()
        ],
    }


def _outbox(depot: Depot, horloge: Horloge, url: str | None, poste: Poste) -> dict[str, Any]:
    transmis: tuple[str, ...] = ()
    en_attente = depot.en_attente()
    if url is not None and en_attente:
        bilan = transmettre_en_attente(depot, Transmetteur(url), horloge.maintenant)
        transmis, en_attente = bilan.transmis, list(bilan.en_attente)
    return {
        "webhook_configure": url is not None,
        "transmis": list(transmis),
        "en_attente": [
            {
                "reference": element.reference,
                "depuis": element.depuis.isoformat(),
                "tentatives": element.tentatives,
                "derniere_erreur": element.derniere_erreur,
            }
            for element in en_attente
        ],
        "courriels": _courriels_en_attente(depot, poste, horloge),
    }


def executer(arguments: argparse.Namespace, reglages: Reglages) -> Any:
    """Run one parsed command and return what to print (JSON, or the text of a CSV)."""
    if arguments.commande == "echeances":
        return _echeances(arguments)
    if arguments.commande == "agents":
        return _ajouter_agent(arguments, reglages.fichier_agents)
    registre = charger_registre(reglages.dossier_organisations)
    if arguments.commande in ("dossiers", "purge", "outbox", "rappels"):
        depot = ouvrir_depot(reglages.url_base_dossiers, registre)
        horloge = Horloge(reglages.aujourdhui_fixe)
        poste = Poste(expediteur_depuis(reglages), reglages.expediteur_courriels, reglages.url_web)
        if arguments.commande == "purge":
            return _purger(arguments, depot, horloge, reglages.url_base_conversations)
        if arguments.commande == "outbox":
            return _outbox(depot, horloge, reglages.url_webhook, poste)
        if arguments.commande == "rappels":
            return _envois(envoyer_rappels(depot.courrier, poste, horloge.maintenant()))
        if arguments.action == "export":
            return _exporter(arguments, depot, registre)
        return _effacer(arguments, depot, horloge, reglages.url_base_conversations)
    if arguments.commande == "orientation":
        return _orientation(arguments, registre)
    return [{"id": o.id, "nom": o.nom} for o in registre.values()]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``recours`` command; returns the exit code."""
    with en_francais():
        arguments = _analyseur().parse_args(argv)
    try:
        reglages = Reglages.depuis_environnement()
        lire_les_dates(arguments, Horloge(reglages.aujourdhui_fixe).aujourdhui())
        resultat = executer(arguments, reglages)
    except (ErreurUtilisateur, ErreurOrganisation, SchemaTropRecent, ErreurReglages) as erreur:
        print(f"recours : {erreur}", file=sys.stderr)
        return 2
    except SQLAlchemyError as erreur:
        print(f"recours : base de données inaccessible ({type(erreur).__name__})", file=sys.stderr)
        return 2
    if isinstance(resultat, str):
        sys.stdout.write(resultat)
    else:
        print(json.dumps(resultat, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
