"""Small text helpers shared by the parsers of ``bot/``."""

from __future__ import annotations

import unicodedata


def sans_accents(texte: str) -> str:
    """Return ``texte`` without diacritics (``é`` → ``e``, ``ç`` → ``c``)."""
    decompose = unicodedata.normalize("NFKD", texte)
    return "".join(c for c in decompose if not unicodedata.combining(c))
