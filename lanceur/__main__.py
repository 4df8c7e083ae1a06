"""``python -m lanceur run|shell``: the embedded profile in the foreground (``make run``).

``run`` starts the action server, Rasa and the web app on 127.0.0.1 (ports 5055, 5005,
8000) with the databases, logs and pid files in ``.rasa/``, prints one line when all
three answer, and stops them all on the first Ctrl-C (or SIGTERM). ``shell`` opens
``rasa shell`` on the same assistant (``make shell``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from edge.argparse_fr import Analyseur, en_francais
from lanceur.embarque import Embarque
from lanceur.ports import PORT_ACTIONS, PORT_RASA, PORT_WEB
from lanceur.service import RACINE
from lanceur.shell import ouvrir_shell
from lanceur.sonde import ErreurDeDemarrage
from lanceur.superviseur import arreter_au_premier_signal, attendre_un_signal


def _analyseur() -> argparse.ArgumentParser:
    analyseur = Analyseur(
        prog="python -m lanceur",
        description="Le profil embarqué au premier plan (make run) : serveur d'actions, Rasa "
        "et application web sur 127.0.0.1 ; ou rasa shell sur le même assistant (make shell).",
    )
    analyseur.add_argument(
        "commande",
        choices=["run", "shell"],
        help="run : démarrer les serveurs ; shell : rasa shell",
    )
    analyseur.add_argument(
        "--cors",
        nargs="*",
        default=[],
        metavar="ORIGINE",
        help="origines admises à appeler Rasa depuis un navigateur",
    )
    analyseur.add_argument(
        "--dossier",
        type=Path,
        default=RACINE / ".rasa",
        help="bases, journaux et pid ; défaut : .rasa",
    )
    for nom, service, defaut in (
        ("rasa", "de Rasa", PORT_RASA),
        ("actions", "du serveur d'actions", PORT_ACTIONS),
        ("web", "de l'application web", PORT_WEB),
    ):
        analyseur.add_argument(
            f"--port-{nom}",
            type=int,
            default=defaut,
            metavar="PORT",
            help=f"port {service} ; défaut : {defaut}",
        )
    return analyseur


def ligne_prete(pile: Embarque) -> str:
    """The one line that says Recours is ready, with the two pages to open."""
    return (
        f"Recours est prêt : {pile.web_url}/ (site de démonstration) et {pile.web_url}/agent "
        f"(conseiller) ; REST : {pile.rasa_url}/webhooks/rest/webhook ; journaux dans "
        f"{pile.superviseur.dossier / 'logs'} ; Ctrl-C arrête tout."
    )


def main(arguments: list[str] | None = None) -> int:
    """Start the embedded profile, wait for Ctrl-C or SIGTERM, stop it; or open the shell."""
    with en_francais():
        options = _analyseur().parse_args(arguments)
    if options.commande == "shell":
        return ouvrir_shell()
    arreter_au_premier_signal()
    pile = Embarque(
        options.dossier,
        port_rasa=options.port_rasa,
        port_actions=options.port_actions,
        port_web=options.port_web,
        origines=tuple(options.cors),
    )
    code = 0
    try:  # a service that fails to start, or Ctrl-C while they start, stops them all
        print("Démarrage des trois serveurs (une minute environ)…", flush=True)
        pile.demarrer()
        print(ligne_prete(pile), flush=True)
        attendre_un_signal()
    except KeyboardInterrupt:
        pass
    except ErreurDeDemarrage as erreur:
        print(erreur, file=sys.stderr)
        code = 1
    finally:
        pile.arreter()
    print("Recours est arrêté.", flush=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
