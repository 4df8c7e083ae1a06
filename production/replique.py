"""One Rasa replica: ``--auth-token`` taken from ``RASA_AUTH_TOKEN`` rather than from argv.

Rasa reads its API token only from the command line, where every local user can read
it (``ps``, ``/proc/<pid>/cmdline``). Appending it inside the process keeps it out of
the visible command line: ``python -m production.replique run --enable-api ...``.
The replica then runs as ``python -m rasa_addons.serveur`` does (same fixes as
``make run``).
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Run Rasa with the arguments given, plus the token from the environment."""
    jeton = os.environ.get("RASA_AUTH_TOKEN")
    if not jeton:
        sys.exit("RASA_AUTH_TOKEN manquant : l'API de Rasa ne s'ouvre pas sans jeton.")
    sys.argv = ["rasa", *sys.argv[1:], "--auth-token", jeton]
    from rasa_addons.serveur import main as serveur

    serveur()


if __name__ == "__main__":
    main()
