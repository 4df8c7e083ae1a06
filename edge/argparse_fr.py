"""argparse in French: its own words (usage, help, errors) for Recours's commands.

argparse looks each of its messages up through ``argparse._`` and ``argparse.ngettext``
(gettext) when it builds a parser and when it parses; ``en_francais`` swaps them for
this table while a command builds and parses its arguments, then puts them back.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

TRADUCTIONS = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "subcommands": "commandes",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "one of the arguments %s is required": "l'un de ces arguments est obligatoire : %s",
    "expected one argument": "une valeur attendue",
    "expected at most one argument": "une valeur au plus attendue",
    "expected at least one argument": "au moins une valeur attendue",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ignored explicit argument %r": "valeur inattendue : %r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s peut désigner %(matches)s"
    ),
    "unexpected option string: %s": "option inattendue : %s",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix invalide : %(value)r (au choix : %(choices)s)"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "commande inconnue : %(parser_name)r (au choix : %(choices)s)"
    ),
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
}
"""argparse's messages (Python 3.10) and their French."""


def traduire(message: str) -> str:
    """The French of one of argparse's messages (itself when unknown)."""
    return TRADUCTIONS.get(message, message)


def traduire_pluriel(singulier: str, pluriel: str, nombre: int) -> str:
    """``ngettext`` for argparse's one plural message ("expected %s arguments")."""
    if singulier == "expected %s argument":
        return "%s valeur attendue" if nombre == 1 else "%s valeurs attendues"
    return singulier if nombre == 1 else pluriel


@contextmanager
def en_francais() -> Iterator[None]:
    """Argparse speaks French inside the block (build the parser and parse in it)."""
    avant = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = traduire, traduire_pluriel  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = avant  # type: ignore[attr-defined]


class Analyseur(argparse.ArgumentParser):
    """An argument parser whose errors are one French line, without the usage block."""

    def error(self, message: str) -> NoReturn:
        """Print ``message`` on one line (``prog : message``) and exit with code 2."""
        message = re.sub(r"^argument (\S+): ", r"argument \1 : ", message)
        self.exit(2, f"{self.prog} : {message}\n")
