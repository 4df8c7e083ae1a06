"""Proof that the person owns the e-mail address: a 6-digit code, its limits, its checks.

Before a dossier is recorded (and so before it reaches the insurer), a code goes to the
address given and the person types it back in the conversation. The code is valid for
``DUREE`` and ``ESSAIS_MAX`` attempts; the person may ask for a new one, up to
``CODES_MAX`` codes per conversation. Only a salted HMAC-SHA256 of the code is stored,
never the code itself. An agent on the phone may skip the step: the dossier then says
that the address was not verified (``Verification.CONSEILLER``).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

DUREE = timedelta(minutes=10)
"""How long a code is valid."""
ESSAIS_MAX = 5
"""Wrong attempts allowed on one code."""
CODES_MAX = 3
"""Codes sent to one conversation; after that, nothing is recorded."""

_CODE = re.compile(r"(?<!\d)(\d{3})[\s.-]?(\d{3})(?!\d)")
_NOUVEAU = re.compile(r"\b(nouveau|autre|renvo\w*|pas re[çc]u)\b", re.IGNORECASE)
_PASSER = re.compile(r"\b(passer|ignorer|sans (le )?code|pas de code)\b", re.IGNORECASE)


class Verification(str, Enum):
    """How the address of a dossier was (not) verified; stored on the dossier."""

    CODE = "code"
    """The person typed the code sent to the address."""
    CONSEILLER = "conseiller"
    """An agent skipped the step (the caller is on the phone): not verified."""


class Issue(str, Enum):
    """What a typed code is worth."""

    ACCEPTE = "accepte"
    FAUX = "faux"
    EXPIRE = "expire"
    EPUISE = "epuise"
    """Too many wrong attempts on this code: it is no longer valid."""


class Demande(str, Enum):
    """What the person's answer to the code question asks for."""

    CODE = "code"
    NOUVEAU_CODE = "nouveau_code"
    PASSER = "passer"
    INCOMPRIS = "incompris"


def tirer_code(choisir: Callable[[str], str] = secrets.choice) -> str:
    """Draw a 6-digit code (``secrets``; tests pass their own ``choisir``)."""
    return "".join(choisir("0123456789") for _ in range(6))


def empreinte_code(code: str, sel: str) -> str:
    """The stored form of a code: HMAC-SHA256 keyed by the row's random salt."""
    return hmac.new(sel.encode(), code.encode(), hashlib.sha256).hexdigest()


def lire_demande(texte: str) -> tuple[Demande, str | None]:
    """Read the answer to the code question: a code (``123 456`` too), or a request."""
    trouve = _CODE.search(texte)
    if trouve:
        return Demande.CODE, "".join(trouve.groups())
    if _PASSER.search(texte):
        return Demande.PASSER, None
    if _NOUVEAU.search(texte):
        return Demande.NOUVEAU_CODE, None
    return Demande.INCOMPRIS, None


@dataclass(frozen=True)
class CodeEnvoye:
    """One code sent to one address in one conversation, as stored (hash only)."""

    empreinte: str
    sel: str
    envoye_le: datetime
    essais: int = 0

    @property
    def expire_le(self) -> datetime:
        """The end of the code's validity."""
        return self.envoye_le + DUREE

    def juger(self, saisi: str, maintenant: datetime) -> Issue:
        """What ``saisi`` is worth at ``maintenant``; a wrong attempt counts once."""
        if self.essais >= ESSAIS_MAX:
            return Issue.EPUISE
        if maintenant >= self.expire_le:
            return Issue.EXPIRE
        if hmac.compare_digest(empreinte_code(saisi, self.sel), self.empreinte):
            return Issue.ACCEPTE
        return Issue.EPUISE if self.essais + 1 >= ESSAIS_MAX else Issue.FAUX

    def essais_restants(self) -> int:
        """Attempts left after one more wrong attempt."""
        return max(0, ESSAIS_MAX - self.essais - 1)
