"""The collaborators of the actions (organisations, clock), built once, replaceable in tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from bot import horloge
from bot.config import dossier_organisations
from bot.organisations import Registre


@dataclass(frozen=True)
class Contexte:
    """What an action needs from the outside world."""

    registre: Registre
    aujourdhui: Callable[[], date]


_actuel: Contexte | None = None


def contexte() -> Contexte:
    """Return the shared context, loading the organisation files on first use."""
    global _actuel
    if _actuel is None:
        _actuel = Contexte(
            registre=Registre.depuis_dossier(dossier_organisations()),
            aujourdhui=horloge.aujourdhui,
        )
    return _actuel


def installer(nouveau: Contexte | None) -> None:
    """Replace the shared context (tests); ``None`` reloads it from the environment."""
    global _actuel
    _actuel = nouveau
