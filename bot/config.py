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
