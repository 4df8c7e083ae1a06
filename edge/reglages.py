"""Settings: read once from the environment into one typed value.

Every ``RECOURS_*`` variable the servers and the command line use is read here, and only
here (README, "Configuration").
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
"""The project's folder: default data and SQLite files live below it."""


class ErreurReglages(ValueError):
    """A variable of the environment is malformed; the message names it."""


def _sqlite_dans_rasa(nom: str) -> str:
    return f"sqlite:///{RACINE / '.rasa' / nom}"


def _date_fixe(texte: str) -> date | None:
    """``RECOURS_TODAY`` as a date, ``None`` when unset.

    Raises:
        ErreurReglages: the variable is set but is not a valid ISO date.

    """
    texte = texte.strip()
    try:
        return date.fromisoformat(texte) if texte else None
    except ValueError:
        raise ErreurReglages(f"RECOURS_TODAY : date AAAA-MM-JJ attendue, pas « {texte} »") from None


def _port(texte: str) -> int:
    try:
        return int(texte)
    except ValueError:
        message = f"RECOURS_WEB_PORT : numéro de port attendu, pas « {texte} »"
        raise ErreurReglages(message) from None


@dataclass(frozen=True)
class Reglages:
    """Where the assistant finds its data and its neighbours."""

    dossier_organisations: Path = RACINE / "data" / "organisations"
    """``RECOURS_ORGANISATIONS_DIR``: the folder of organisation files."""
    organisation_par_defaut: str | None = None
    """``RECOURS_ORGANISATION``: organisation of every conversation without metadata."""
    url_base_dossiers: str = _sqlite_dans_rasa("dossiers.db")
    """``RECOURS_DATABASE_URL``: SQLAlchemy URL of the dossier store."""
    url_base_conversations: str = _sqlite_dans_rasa("tracker.db")
    """``RECOURS_TRACKER_DATABASE_URL``: Rasa's tracker store, for ``recours purge``
    (the SQLite file named in ``endpoints.yml`` by default)."""
    url_web: str = "http://127.0.0.1:8000"
    """``RECOURS_WEB_URL``: public address of the web app serving the letters."""
    url_webhook: str | None = None
    """``RECOURS_WEBHOOK_URL``: the insurer's endpoint receiving each new dossier."""
    url_rasa: str = "http://127.0.0.1:5005"
    """``RECOURS_RASA_URL``: where the browser reaches Rasa (widget, pages)."""
    hote_web: str = "127.0.0.1"
    """``RECOURS_WEB_HOST``: the web app's listening address."""
    port_web: int = 8000
    """``RECOURS_WEB_PORT``: the web app's port."""
    aujourdhui_fixe: date | None = None
    """``RECOURS_TODAY``: a fixed date for tests and demonstrations."""

    @classmethod
    def depuis_environnement(cls, env: Mapping[str, str] | None = None) -> Reglages:
        """Read the settings from ``env`` (the process environment by default).

        Raises:
            ErreurReglages: ``RECOURS_TODAY`` or ``RECOURS_WEB_PORT`` is malformed.

        """
        env = os.environ if env is None else env
        defaut = cls()

        def lire(nom: str, valeur_par_defaut: str) -> str:
            return env.get(nom) or valeur_par_defaut

        return cls(
            dossier_organisations=Path(
                lire("RECOURS_ORGANISATIONS_DIR", str(defaut.dossier_organisations))
            ),
            organisation_par_defaut=env.get("RECOURS_ORGANISATION") or None,
            url_base_dossiers=lire("RECOURS_DATABASE_URL", defaut.url_base_dossiers),
            url_base_conversations=lire(
                "RECOURS_TRACKER_DATABASE_URL", defaut.url_base_conversations
            ),
            url_web=lire("RECOURS_WEB_URL", defaut.url_web).rstrip("/"),
            url_webhook=env.get("RECOURS_WEBHOOK_URL") or None,
            url_rasa=lire("RECOURS_RASA_URL", defaut.url_rasa),
            hote_web=lire("RECOURS_WEB_HOST", defaut.hote_web),
            port_web=_port(lire("RECOURS_WEB_PORT", str(defaut.port_web))),
            aujourdhui_fixe=_date_fixe(env.get("RECOURS_TODAY", "")),
        )
