"""Readiness: a probe says whether a service answers; one loop waits for it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import requests

Sonde = Callable[[], bool]
"""True once the service answers; never raises for a service that is not up yet."""


class ErreurDeDemarrage(RuntimeError):
    """A service did not come up; the message ends with the tail of its log."""


def sonde_http(url: str) -> Sonde:
    """Ready when ``GET url`` answers with a success status."""

    def repond() -> bool:
        try:
            return requests.get(url, timeout=2).ok
        except requests.RequestException:
            return False

    return repond


def attendre_pret(
    nom: str, sonde: Sonde, vivant: Callable[[], bool], journal: Path, delai: float
) -> None:
    """Poll ``sonde`` until it says ready, for at most ``delai`` seconds.

    Raises:
        ErreurDeDemarrage: The process ended, or did not answer in time.

    """
    fin = time.monotonic() + delai
    while time.monotonic() < fin and vivant():
        if sonde():
            return
        time.sleep(0.3)
    etat = "s'est arrêté" if not vivant() else f"ne répond pas après {delai:.0f} s"
    texte = journal.read_text(errors="replace") if journal.exists() else ""
    raise ErreurDeDemarrage(f"{nom} {etat} :\n{texte[-3000:]}")
