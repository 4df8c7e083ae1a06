"""``python -m production start|stop|status|run``: the production profile on this machine.

``run`` (what ``make run-prod`` calls) starts everything and stops it all on Ctrl-C;
``start`` leaves it running, ``stop`` ends it, ``status`` tells, for each service,
whether its process runs and whether it is ready (it answers over HTTP, Redis's PING
or PostgreSQL's ``SELECT 1``): exit code 3 when one is not. The work
folder is ``RECOURS_PROD_DIR`` (``.prod/`` by default); ports and secrets come from
the environment (see ``production.configuration``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from edge.argparse_fr import Analyseur, en_francais
from lanceur.service import RACINE
from lanceur.superviseur import arreter_au_premier_signal, attendre_un_signal
from production.configuration import Ports
from production.pile import Pile


def main(arguments: list[str] | None = None) -> int:
    """Parse the command, act on the profile, print its state as JSON."""
    with en_francais():
        analyseur = Analyseur(
            prog="python -m production",
            description="Profil de production sur cette machine (PostgreSQL, Redis, nginx, "
            "deux répliques Rasa) : dossier RECOURS_PROD_DIR, .prod/ par défaut.",
        )
        analyseur.add_argument(
            "commande",
            choices=["start", "stop", "status", "run"],
            help="start : démarrer ; stop : arrêter ; status : état ; run : au premier plan",
        )
        commande = analyseur.parse_args(arguments).commande
    dossier = Path(os.environ.get("RECOURS_PROD_DIR", RACINE / ".prod")).resolve()
    pile = Pile(dossier, Ports.depuis_environnement(os.environ))
    if commande == "start":
        _demarrer(pile)
    elif commande == "run":
        arreter_au_premier_signal()
        try:  # a service that fails to start, or Ctrl-C while they start, stops them all
            _demarrer(pile)
            attendre_un_signal()
        except KeyboardInterrupt:
            pass
        finally:
            pile.arreter()
    elif commande == "stop":
        pile.arreter()
    etats = pile.etat()
    print(json.dumps(etats, indent=2))
    if commande == "status":
        return 0 if all(etat["pret"] for etat in etats.values()) else 3
    attendu = commande == "start"
    return 0 if all(etat["pret"] == attendu for etat in etats.values()) else 1


def _demarrer(pile: Pile) -> None:
    pile.demarrer()
    print(f"Recours (production) : {pile.url_publique}/webhooks/rest/webhook", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
