"""Where the assistant finds its data, from the environment."""

from __future__ import annotations

import os
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent


def dossier_organisations() -> Path:
    """Folder of organisation files: ``RECOURS_ORGANISATIONS_DIR`` or ``data/organisations``."""
    return Path(os.environ.get("RECOURS_ORGANISATIONS_DIR") or RACINE / "data" / "organisations")


def organisation_par_defaut() -> str | None:
    """Organisation of every conversation without metadata: ``RECOURS_ORGANISATION``."""
    return os.environ.get("RECOURS_ORGANISATION") or None


def _sqlite_dans_rasa(nom: str) -> str:
    return f"sqlite:///{RACINE / '.rasa' / nom}"


def url_base_dossiers() -> str:
    """SQLAlchemy URL of the dossier store: ``RECOURS_DATABASE_URL`` or ``.rasa/dossiers.db``."""
    return os.environ.get("RECOURS_DATABASE_URL") or _sqlite_dans_rasa("dossiers.db")


def url_base_conversations() -> str:
    """SQLAlchemy URL of Rasa's tracker store (``RECOURS_TRACKER_DATABASE_URL``).

    The default is the SQLite file named in ``endpoints.yml``, ``.rasa/tracker.db``.
    """
    return os.environ.get("RECOURS_TRACKER_DATABASE_URL") or _sqlite_dans_rasa("tracker.db")


def url_web() -> str:
    """Public address of the web app serving the letters: ``RECOURS_WEB_URL``."""
    return (os.environ.get("RECOURS_WEB_URL") or "http://127.0.0.1:8000").rstrip("/")


def url_webhook() -> str | None:
    """The insurer's endpoint receiving each new dossier (``RECOURS_WEBHOOK_URL``), if any."""
    return os.environ.get("RECOURS_WEBHOOK_URL") or None
