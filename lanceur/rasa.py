"""``python -m lanceur.rasa <module> run …``: Rasa's command line as the services start it.

``<module>`` is ``rasa_addons.serveur`` (Recours's server) or ``rasa.__main__`` (Rasa as
shipped); the rest are Rasa's own arguments. With ``--enable-api``, the API token is
taken from ``RASA_AUTH_TOKEN`` and appended inside the process: Rasa reads it only from
its command line, where every local user can read it (``ps``, ``/proc/<pid>/cmdline``).
Without the variable, the API does not open.

It also sets the turn's timeouts of ``lanceur.delais``: the conversation lock's lifetime
(``TICKET_LOCK_LIFETIME``, read by Rasa when it is imported) and Sanic's response timeout
(``--response-timeout``), unless the command line gives its own.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Mapping

from lanceur.delais import DELAIS
from lanceur.environnement import taire_les_depreciations


def arguments_rasa(arguments: list[str], env: Mapping[str, str]) -> list[str]:
    """Rasa's arguments, with ``--auth-token`` from ``env`` when the API is enabled.

    ``--response-timeout`` is ``DELAIS.reponse_rasa`` unless ``arguments`` give one.

    Raises:
        SystemExit: ``--enable-api`` without ``RASA_AUTH_TOKEN``.

    """
    if "--response-timeout" not in arguments:
        arguments = [*arguments, "--response-timeout", str(DELAIS.reponse_rasa)]
    if "--enable-api" not in arguments:
        return arguments
    jeton = env.get("RASA_AUTH_TOKEN")
    if not jeton:
        raise SystemExit("RASA_AUTH_TOKEN manquant : l'API de Rasa ne s'ouvre pas sans jeton.")
    return [*arguments, "--auth-token", jeton]


def main() -> None:
    """Run ``<module>.main()`` with Rasa's arguments."""
    module, *arguments = sys.argv[1:]
    os.environ.setdefault("TICKET_LOCK_LIFETIME", str(DELAIS.verrou))
    taire_les_depreciations()
    sys.argv = ["rasa", *arguments_rasa(arguments, os.environ)]
    importlib.import_module(module).main()


if __name__ == "__main__":
    main()
