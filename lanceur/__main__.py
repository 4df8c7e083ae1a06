"""``python -m lanceur run``: the embedded profile in the foreground (``make run``).

The action server, Rasa and the web app start on 127.0.0.1 (ports 5055, 5005, 8000)
with the databases, logs and pid files in ``.rasa/``; Ctrl-C stops them all.
"""

from __future__ import annotations

import argparse
import sys

from lanceur.embarque import Embarque
from lanceur.service import RACINE
from lanceur.sonde import ErreurDeDemarrage
from lanceur.superviseur import attendre_un_signal


def main(arguments: list[str] | None = None) -> int:
    """Start the embedded profile, wait for Ctrl-C or SIGTERM, stop it."""
    analyseur = argparse.ArgumentParser(prog="python -m lanceur", description=__doc__)
    analyseur.add_argument("commande", choices=["run"])
    analyseur.add_argument(
        "--cors", nargs="*", default=[], help="origins allowed to call Rasa from a browser"
    )
    options = analyseur.parse_args(arguments)
    pile = Embarque(RACINE / ".rasa", origines=tuple(options.cors))
    try:  # a service that fails to start stops the others too
        pile.demarrer()
        print(
            f"Recours : {pile.web_url}/ (site), {pile.web_url}/agent (conseiller), "
            f"{pile.rasa_url}/webhooks/rest/webhook (REST) ; "
            f"journaux dans {pile.superviseur.dossier / 'logs'} ; Ctrl-C arrête tout.",
            flush=True,
        )
        attendre_un_signal()
    except ErreurDeDemarrage as erreur:
        print(erreur, file=sys.stderr)
        return 1
    finally:
        pile.arreter()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
