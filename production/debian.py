"""The Debian packages the production profile runs: found, or installed when root."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from lanceur.sonde import ErreurDeDemarrage

PAQUETS_DEBIAN = ("postgresql", "redis-server", "nginx")


def binaire(nom: str) -> str:
    """Path of a Debian binary: on the PATH, in /usr/sbin, or PostgreSQL's versioned bin."""
    candidats = [shutil.which(nom), f"/usr/sbin/{nom}"]
    versionnes = Path("/usr/lib/postgresql").glob(f"*/bin/{nom}")
    candidats += sorted((str(p) for p in versionnes), reverse=True)
    for candidat in candidats:
        if candidat and Path(candidat).is_file():
            return candidat
    raise FileNotFoundError(nom)


def installer_si_absent() -> None:
    """``apt-get install postgresql redis-server nginx`` if one of them is missing (root only)."""
    try:
        for nom in ("pg_ctl", "redis-server", "nginx"):
            binaire(nom)
        return
    except FileNotFoundError as absent:
        if os.geteuid() != 0:
            raise ErreurDeDemarrage(
                f"{absent} introuvable : installez {' '.join(PAQUETS_DEBIAN)} "
                "(sudo apt-get install -y postgresql redis-server nginx)."
            ) from absent
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *PAQUETS_DEBIAN], check=True, env=env)
