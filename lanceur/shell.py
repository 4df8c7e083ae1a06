"""``make shell``: ``rasa shell`` on Recours's model, in a terminal only.

``rasa shell`` reads the keyboard through prompt_toolkit, which ends in a traceback
when its input or output is not a terminal (a pipe, a CI job, ``make shell < fichier``):
this says so in one French line instead. The model is always given: without
``--model``, Rasa would take the newest archive in ``models/``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TextIO

from lanceur.environnement import environnement
from lanceur.ports import HOTE, PORT_RASA
from lanceur.service import BIN, MODELE, RACINE

PORT_SHELL = PORT_RASA + 1
"""The shell's own Rasa server, beside ``make run``'s."""

SANS_TERMINAL = (
    "make shell a besoin d'un terminal : lancez-le dans une fenêtre de terminal, pas dans "
    "un tube ni un script. Pour un script, utilisez le canal REST de make run "
    "(http://127.0.0.1:5005/webhooks/rest/webhook)."
)
SANS_MODELE = "Aucun modèle entraîné ({modele}) : lancez d'abord make run (ou make train)."


def commande_shell() -> list[str]:
    """``rasa shell`` with the model, the embedded endpoints, on loopback."""
    return [
        str(BIN / "rasa"),
        *("shell", "--model", str(MODELE), "--endpoints", str(RACINE / "endpoints.yml")),
        *("--port", str(PORT_SHELL), "--interface", HOTE),
    ]


def ouvrir_shell(
    entree: TextIO = sys.stdin, sortie: TextIO = sys.stdout, base: Mapping[str, str] = os.environ
) -> int:
    """Replace this process by ``rasa shell``; or say in French why not and return 2."""
    if not (entree.isatty() and sortie.isatty()):
        print(SANS_TERMINAL, file=sys.stderr)
        return 2
    if not MODELE.exists():
        print(SANS_MODELE.format(modele=MODELE.relative_to(RACINE)), file=sys.stderr)
        return 2
    commande = commande_shell()
    os.execve(commande[0], commande, environnement(base))
