"""Open a letter link as the letter page does, without a browser.

A letter's address carries its token in the fragment (``…/lettre#jeton=…``), which a
browser never sends: the page's script posts it to the same address. Scripts and tests
do the same here.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

import requests

LIEN_DE_LETTRE = re.compile(r"https?://\S+/dossiers/[^/\s]+/lettre#[^\s\"'<>]+")
"""A letter link in a text (a chat message, an e-mail)."""


def ouvrir_lettre(lien: str, format_: str | None = None, delai: float = 30) -> requests.Response:
    """Post the link's fragment to its address; ``format_="texte"`` for plain text."""
    adresse, _, cle = lien.partition("#")
    donnees = dict(parse_qsl(cle))
    if format_ is not None:
        donnees["format"] = format_
    return requests.post(adresse, data=donnees, timeout=delai)


def liens_de_lettre(texte: str) -> list[str]:
    """The letter links of a text, in order."""
    return LIEN_DE_LETTRE.findall(texte)
