"""The profile's PostgreSQL cluster: created on first use, started by ``pg_ctl``.

PostgreSQL runs as the ``postgres`` user when this runs as root (``initdb`` refuses
root); ``pg_ctl`` detaches it and keeps its own pid file (``postmaster.pid``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from lanceur.ports import HOTE, port_occupe
from lanceur.sonde import ErreurDeDemarrage
from lanceur.superviseur import vivant
from production.configuration import (
    BASE,
    Dimensions,
    Ports,
    Secrets,
    configuration_postgres,
    url_base,
)
from production.debian import binaire


def _en_postgres(commande: list[str]) -> list[str]:
    """``commande`` run as the ``postgres`` user when we are root."""
    return ["runuser", "-u", "postgres", "--", *commande] if os.geteuid() == 0 else commande


@dataclass
class Postgres:
    """The cluster in ``racine/data``, its log in ``racine/postgres.log``."""

    racine: Path
    ports: Ports
    dims: Dimensions
    secrets: Secrets

    @property
    def donnees(self) -> Path:
        """PostgreSQL's data directory."""
        return self.racine / "data"

    def pid(self) -> int | None:
        """The postmaster's pid if it runs."""
        try:
            pid = int((self.donnees / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None
        return pid if vivant(pid) else None

    def repond(self) -> bool:
        """Whether the ``recours`` database answers ``SELECT 1`` (within 2 s)."""
        moteur = create_engine(
            url_base(self.ports, self.secrets.RECOURS_PG_PASSWORD),
            connect_args={"connect_timeout": 2},
        )
        try:
            with moteur.connect() as connexion:
                connexion.exec_driver_sql("SELECT 1")
            return True
        except SQLAlchemyError:
            return False
        finally:
            moteur.dispose()

    def demarrer(self) -> None:
        """Create the cluster on first use, start it, and create the role and database."""
        if self.pid() is None:
            if port_occupe(self.ports.postgres):
                raise ErreurDeDemarrage(f"postgres : le port {self.ports.postgres} est déjà pris.")
            if not (self.donnees / "PG_VERSION").exists():
                self._initialiser()
            (self.donnees / "recours.conf").write_text(
                configuration_postgres(self.ports, self.dims), encoding="utf-8"
            )
            self._pg_ctl("start", "-l", str(self.racine / "postgres.log"))
        self._creer_role_et_base()

    def redemarrer(self) -> None:
        """Restart (fast: open transactions are rolled back, sessions cut)."""
        self._pg_ctl("restart", "-m", "fast", "-l", str(self.racine / "postgres.log"))

    def arreter(self) -> None:
        """Stop (fast: open transactions are rolled back)."""
        if self.pid() is not None:
            self._pg_ctl("stop", "-m", "fast")

    def _initialiser(self) -> None:
        self.racine.mkdir(parents=True, exist_ok=True)
        mots_de_passe = self.racine / "admin.pw"
        mots_de_passe.write_text(self.secrets.RECOURS_PG_ADMIN_PASSWORD, encoding="utf-8")
        if os.geteuid() == 0:
            shutil.chown(self.racine, "postgres", "postgres")
            shutil.chown(mots_de_passe, "postgres", "postgres")
        self.racine.chmod(0o700)
        mots_de_passe.chmod(0o600)
        try:
            subprocess.run(
                _en_postgres(
                    [
                        *(binaire("initdb"), "-D", str(self.donnees), "-U", "postgres"),
                        *("--pwfile", str(mots_de_passe), "--auth", "scram-sha-256"),
                        *("-E", "UTF8", "--no-locale"),
                    ]
                ),
                check=True,
                capture_output=True,
            )
        finally:
            mots_de_passe.unlink()
        with (self.donnees / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("include_if_exists = 'recours.conf'\n")

    def _pg_ctl(self, *arguments: str) -> None:
        commande = [binaire("pg_ctl"), "-D", str(self.donnees), "-w", "-t", "60"]
        subprocess.run(_en_postgres([*commande, *arguments]), check=True, capture_output=True)

    def _creer_role_et_base(self) -> None:
        """Create (or update the password of) the ``recours`` role, and its database."""
        moteur = create_engine(
            URL.create(
                "postgresql",
                username="postgres",
                password=self.secrets.RECOURS_PG_ADMIN_PASSWORD,
                host=HOTE,
                port=self.ports.postgres,
                database="postgres",
            ),
            isolation_level="AUTOCOMMIT",
        )
        mot_de_passe = self.secrets.RECOURS_PG_PASSWORD
        try:
            with moteur.connect() as connexion:
                existe = connexion.exec_driver_sql(
                    "SELECT 1 FROM pg_roles WHERE rolname = %s", (BASE,)
                ).first()
                verbe = "ALTER" if existe else "CREATE"
                connexion.exec_driver_sql(f"{verbe} ROLE {BASE} LOGIN PASSWORD %s", (mot_de_passe,))
                if not connexion.exec_driver_sql(
                    "SELECT 1 FROM pg_database WHERE datname = %s", (BASE,)
                ).first():
                    connexion.exec_driver_sql(f"CREATE DATABASE {BASE} OWNER {BASE}")
        finally:
            moteur.dispose()
