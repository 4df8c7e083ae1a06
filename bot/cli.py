"""``recours``: the engine for agents and scripts. Parses arguments, prints JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any, NoReturn

from bot.calendrier import Region
from bot.config import dossier_organisations
from bot.echeances import calculer_echeances
from bot.organisations import Engagements, ErreurOrganisation, Registre
from bot.orientation import Faits, Qualification, orienter
from bot.presentation import en_json


class ErreurUtilisateur(Exception):
    """Wrong input: printed as one French line, exit code 2."""


def _date_iso(texte: str) -> date:
    try:
        return date.fromisoformat(texte)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date invalide « {texte} » (attendu : AAAA-MM-JJ, date existante)"
        ) from None


class _Analyseur(argparse.ArgumentParser):
    """Argument parser whose errors are one French line, without the usage block."""

    def error(self, message: str) -> NoReturn:
        """Print ``message`` on one line and exit with code 2."""
        self.exit(2, f"recours : {message}\n")


def _analyseur() -> argparse.ArgumentParser:
    analyseur = _Analyseur(
        prog="recours", description="Moteur de recours en réclamation (sortie JSON)."
    )
    commandes = analyseur.add_subparsers(dest="commande", required=True)
    regions = [r.value for r in Region]

    echeances = commandes.add_parser("echeances", help="dates d'une réclamation écrite")
    echeances.add_argument("--envoi", type=_date_iso, required=True)
    echeances.add_argument("--region", choices=regions, default=Region.NATIONAL.value)

    orientation = commandes.add_parser("orientation", help="niveau, canaux et dates")
    orientation.add_argument("--organisation", required=True)
    orientation.add_argument("--aujourdhui", type=_date_iso, required=True)
    orientation.add_argument("--demande", action="store_true")
    orientation.add_argument("--contact-prealable", action="store_true")
    orientation.add_argument("--reclamation-ecrite", type=_date_iso)
    orientation.add_argument("--reponse-recue", action="store_true")
    orientation.add_argument("--reponse-satisfaisante", action="store_true")
    orientation.add_argument("--procedure-en-cours", action="store_true")
    orientation.add_argument("--donnees-medicales", action="store_true")
    orientation.add_argument("--region", choices=regions)

    commandes.add_parser("organisations", help="organisations connues")
    return analyseur


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


def _orientation(arguments: argparse.Namespace, registre: Registre) -> dict[str, Any]:
    if arguments.organisation not in registre:
        connues = ", ".join(registre)
        raise ErreurUtilisateur(
            f"organisation inconnue « {arguments.organisation} » (connues : {connues})"
        )
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
    )
    return en_json(orienter(faits))


def executer(arguments: argparse.Namespace) -> Any:
    """Run one parsed command and return what to print as JSON."""
    if arguments.commande == "echeances":
        return _echeances(arguments)
    registre = Registre.depuis_dossier(dossier_organisations())
    if arguments.commande == "orientation":
        return _orientation(arguments, registre)
    return [{"id": o.id, "nom": o.nom} for o in registre.values()]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``recours`` command; returns the exit code."""
    arguments = _analyseur().parse_args(argv)
    try:
        resultat = executer(arguments)
    except (ErreurUtilisateur, ErreurOrganisation) as erreur:
        print(f"recours : {erreur}", file=sys.stderr)
        return 2
    print(json.dumps(resultat, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
