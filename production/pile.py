"""Start and stop the production profile on this machine, one service at a time.

PostgreSQL, Redis and nginx come from Debian's packages (installed here when missing,
as root); Rasa, the action server and the web app from the project's virtualenv.
Everything listens on loopback only and lives in one work folder: configuration,
data, logs and one pid file per service, so ``stop`` and ``status`` work from
another process than ``start``. PostgreSQL runs as the ``postgres`` user when this
runs as root (``initdb`` refuses root).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import redis
import requests
from sqlalchemy import create_engine
from sqlalchemy.engine import URL

from production.configuration import (
    BASE,
    Dimensions,
    Ports,
    Secrets,
    configuration_nginx,
    configuration_postgres,
    configuration_redis,
    environnement_commun,
    origines_cors,
)

RACINE = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PAQUETS_DEBIAN = ("postgresql", "redis-server", "nginx")
DELAI_DEMARRAGE = 180.0
"""Seconds a service has to answer after its start (Rasa loads TensorFlow and the model)."""


class ErreurDeDemarrage(RuntimeError):
    """A service did not come up; the message ends with the tail of its log."""


def _binaire(nom: str) -> str:
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
            _binaire(nom)
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


def _en_postgres(commande: list[str]) -> list[str]:
    """``commande`` run as the ``postgres`` user when we are root."""
    return ["runuser", "-u", "postgres", "--", *commande] if os.geteuid() == 0 else commande


@dataclass
class Pile:
    """The services of the profile, in ``dossier``.

    Args:
        dossier: Work folder (created; its parents must let the ``postgres`` user through).
        ports: Where each service listens.
        modele: Trained Rasa model.
        environnement: Extra variables for the Python services (``RECOURS_TODAY`` in tests).
        endpoints: Endpoints file of the replicas.

    """

    dossier: Path
    ports: Ports = field(default_factory=Ports)
    dims: Dimensions = field(default_factory=Dimensions)
    modele: Path = RACINE / "models" / "recours.tar.gz"
    environnement: dict[str, str] = field(default_factory=dict)
    endpoints: Path = RACINE / "endpoints.prod.yml"

    def __post_init__(self) -> None:
        self._enfants: dict[str, subprocess.Popen[bytes]] = {}
        for sous_dossier in ("logs", "run", "tmp"):
            (self.dossier / sous_dossier).mkdir(parents=True, exist_ok=True)
        self.secrets = Secrets.charger(self.dossier / "secrets.env", os.environ)

    @property
    def donnees_postgres(self) -> Path:
        """PostgreSQL's data directory."""
        return self.dossier / "postgres" / "data"

    @property
    def url_publique(self) -> str:
        """The nginx entry point."""
        return f"http://127.0.0.1:{self.ports.http}"

    def url_replique(self, indice: int) -> str:
        """One Rasa replica, directly (its HTTP API needs the token)."""
        return f"http://127.0.0.1:{self.ports.repliques[indice]}"

    # -- the whole profile ---------------------------------------------------------

    def demarrer(self) -> None:
        """Start every service that is not running, in dependency order, and wait for it."""
        installer_si_absent()
        self.demarrer_postgres()
        self.demarrer_redis()
        self.demarrer_actions()
        lances = [self._lancer_replique(i) for i in range(len(self.ports.repliques))]
        for attendre in lances:
            attendre()
        self.demarrer_web()
        self.demarrer_nginx()

    def arreter(self) -> None:
        """Stop every service, the entry first and the databases last."""
        for nom in ("nginx", "web", *self._noms_repliques(), "actions", "redis"):
            self.arreter_service(nom)
        self.arreter_postgres()

    def etat(self) -> dict[str, bool]:
        """Whether each service's process is alive."""
        noms = ["nginx", "web", *self._noms_repliques(), "actions", "redis"]
        etats = {nom: self._pid_vivant(nom) is not None for nom in noms}
        etats["postgres"] = self._pid_postgres() is not None
        return etats

    # -- one service at a time (the fault tests use these) -------------------------

    def demarrer_postgres(self) -> None:
        """Create the cluster on first use, start it, and create the role and database."""
        if self._pid_postgres() is None:
            if _port_occupe(self.ports.postgres):
                raise ErreurDeDemarrage(f"postgres : le port {self.ports.postgres} est déjà pris.")
            if not (self.donnees_postgres / "PG_VERSION").exists():
                self._initialiser_postgres()
            (self.donnees_postgres / "recours.conf").write_text(
                configuration_postgres(self.ports, self.dims), encoding="utf-8"
            )
            self._pg_ctl("start", "-l", str(self.donnees_postgres.parent / "postgres.log"))
        self._creer_role_et_base()

    def redemarrer_postgres(self) -> None:
        """Restart PostgreSQL (fast: open transactions are rolled back, sessions cut)."""
        self._pg_ctl(
            "restart", "-m", "fast", "-l", str(self.donnees_postgres.parent / "postgres.log")
        )

    def arreter_postgres(self) -> None:
        """Stop PostgreSQL (fast: open transactions are rolled back)."""
        if self._pid_postgres() is not None:
            self._pg_ctl("stop", "-m", "fast")

    def demarrer_redis(self) -> None:
        """Start Redis with a generated configuration (password, loopback, no persistence)."""
        conf = self.dossier / "redis.conf"
        conf.touch(mode=0o600)
        mot_de_passe, port = self.secrets.RECOURS_REDIS_PASSWORD, self.ports.redis
        conf.write_text(
            configuration_redis(self.ports, self.dossier / "tmp", mot_de_passe), encoding="utf-8"
        )
        client = redis.Redis(host="127.0.0.1", port=port, password=mot_de_passe)
        self._lancer("redis", port, [_binaire("redis-server"), str(conf)], client.ping)()

    def demarrer_actions(self) -> None:
        """Start the action server on loopback."""
        commande = [str(BIN / "rasa"), "run", "actions", "--actions", "actions"]
        commande += ["--port", str(self.ports.actions)]
        port = self.ports.actions
        self._lancer("actions", port, commande, self._repond(f"127.0.0.1:{port}/health"))()

    def demarrer_replique(self, indice: int) -> None:
        """Start one Rasa replica and wait until it answers."""
        self._lancer_replique(indice)()

    def demarrer_web(self) -> None:
        """Start the web app (pages, widget, letters) on loopback."""
        env = {"RECOURS_WEB_HOST": "127.0.0.1", "RECOURS_WEB_PORT": str(self.ports.web)}
        commande = [str(BIN / "python"), "-m", "webapp.app"]
        port = self.ports.web
        self._lancer("web", port, commande, self._repond(f"127.0.0.1:{port}/sante"), env)()

    def demarrer_nginx(self) -> None:
        """Write ``nginx.conf`` and start nginx in front of the replicas."""
        conf = self.dossier / "nginx.conf"
        conf.write_text(configuration_nginx(self.ports, self.dossier), encoding="utf-8")
        for nom in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (self.dossier / "tmp" / nom).mkdir(exist_ok=True)
        commande = [_binaire("nginx"), "-p", str(self.dossier), "-c", str(conf)]
        commande += ["-e", str(self.dossier / "logs" / "nginx-erreurs.log"), "-g", "daemon off;"]
        port = self.ports.http
        self._lancer("nginx", port, commande, self._repond(f"127.0.0.1:{port}/webhooks/rest/"))()

    def arreter_service(self, nom: str, sig: signal.Signals = signal.SIGTERM) -> None:
        """Send ``sig`` to a service and wait for it to end (SIGKILL to simulate a crash)."""
        pid = self._pid_vivant(nom)
        if pid is not None:
            os.kill(pid, sig)
            fin = time.monotonic() + 30
            while time.monotonic() < fin and _vivant(pid):
                time.sleep(0.1)
            if _vivant(pid):
                os.kill(pid, signal.SIGKILL)
        enfant = self._enfants.pop(nom, None)
        if enfant is not None:
            enfant.wait(timeout=30)
        (self.dossier / "run" / f"{nom}.pid").unlink(missing_ok=True)

    def executer_recours(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        """Run the ``recours`` command line against the profile (``recours outbox``, ...)."""
        return subprocess.run(
            [str(BIN / "recours"), *arguments],
            cwd=RACINE,
            env=self._environnement(),
            capture_output=True,
            text=True,
            timeout=120,
        )

    # -- internals -----------------------------------------------------------------

    def _noms_repliques(self) -> list[str]:
        return [f"rasa-{i}" for i in range(len(self.ports.repliques))]

    def _lancer_replique(self, indice: int) -> Callable[[], None]:
        port = self.ports.repliques[indice]
        commande = [str(BIN / "python"), "-m", "production.replique", "run"]
        commande += ["--model", str(self.modele), "--endpoints", str(self.endpoints)]
        commande += ["--credentials", str(RACINE / "credentials.yml")]
        commande += ["--port", str(port), "--interface", "127.0.0.1", "--enable-api"]
        commande += ["--cors", *origines_cors(self.ports, os.environ)]
        return self._lancer(f"rasa-{indice}", port, commande, self._repond(f"127.0.0.1:{port}/"))

    def _lancer(
        self,
        nom: str,
        port: int,
        commande: list[str],
        pret: Callable[[], object],
        env: dict[str, str] | None = None,
    ) -> Callable[[], None]:
        """Start ``commande`` detached (unless running) and return a function that waits.

        Raises:
            ErreurDeDemarrage: ``port`` is taken by another program (whose answers would
                otherwise pass for this service's).

        """
        fichier_pid = self.dossier / "run" / f"{nom}.pid"
        if self._pid_vivant(nom) is None:
            if _port_occupe(port):
                raise ErreurDeDemarrage(f"{nom} : le port {port} est déjà pris.")
            journal = (self.dossier / "logs" / f"{nom}.log").open("ab")
            processus = subprocess.Popen(
                commande,
                cwd=RACINE,
                env={**self._environnement(), **(env or {})},
                stdin=subprocess.DEVNULL,
                stdout=journal,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            fichier_pid.write_text(str(processus.pid), encoding="utf-8")
            self._enfants[nom] = processus

        def attendre() -> None:
            fin = time.monotonic() + DELAI_DEMARRAGE
            while time.monotonic() < fin:
                if self._pid_vivant(nom) is None:
                    break
                try:
                    pret()
                    return
                except (requests.RequestException, redis.RedisError, OSError):
                    time.sleep(0.5)
            journal_texte = (self.dossier / "logs" / f"{nom}.log").read_text(errors="replace")
            raise ErreurDeDemarrage(f"{nom} ne répond pas :\n{journal_texte[-3000:]}")

        return attendre

    def _environnement(self) -> dict[str, str]:
        return {
            **os.environ,
            **environnement_commun(self.ports, self.dims, self.secrets),
            **self.environnement,
        }

    @staticmethod
    def _repond(adresse: str) -> Callable[[], None]:
        def verifier() -> None:
            requests.get(f"http://{adresse}", timeout=2).raise_for_status()

        return verifier

    def _pid_vivant(self, nom: str) -> int | None:
        fichier = self.dossier / "run" / f"{nom}.pid"
        try:
            pid = int(fichier.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return pid if _vivant(pid) else None

    def _pid_postgres(self) -> int | None:
        try:
            pid = int((self.donnees_postgres / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None
        return pid if _vivant(pid) else None

    def _initialiser_postgres(self) -> None:
        racine = self.donnees_postgres.parent
        racine.mkdir(parents=True, exist_ok=True)
        mots_de_passe = racine / "admin.pw"
        mots_de_passe.write_text(self.secrets.RECOURS_PG_ADMIN_PASSWORD, encoding="utf-8")
        if os.geteuid() == 0:
            shutil.chown(racine, "postgres", "postgres")
            shutil.chown(mots_de_passe, "postgres", "postgres")
        racine.chmod(0o700)
        mots_de_passe.chmod(0o600)
        try:
            subprocess.run(
                _en_postgres(
                    [
                        *(_binaire("initdb"), "-D", str(self.donnees_postgres), "-U", "postgres"),
                        *("--pwfile", str(mots_de_passe), "--auth", "scram-sha-256"),
                        *("-E", "UTF8", "--no-locale"),
                    ]
                ),
                check=True,
                capture_output=True,
            )
        finally:
            mots_de_passe.unlink()
        with (self.donnees_postgres / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("include_if_exists = 'recours.conf'\n")

    def _pg_ctl(self, *arguments: str) -> None:
        commande = [_binaire("pg_ctl"), "-D", str(self.donnees_postgres), "-w", "-t", "60"]
        subprocess.run(_en_postgres([*commande, *arguments]), check=True, capture_output=True)

    def _creer_role_et_base(self) -> None:
        """Create (or update the password of) the ``recours`` role, and its database."""
        moteur = create_engine(
            URL.create(
                "postgresql",
                username="postgres",
                password=self.secrets.RECOURS_PG_ADMIN_PASSWORD,
                host="127.0.0.1",
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

    def journaux(self) -> Iterator[Path]:
        """Every log file of the profile."""
        yield from sorted((self.dossier / "logs").glob("*.log"))


def _port_occupe(port: int) -> bool:
    """Whether something listens on ``127.0.0.1:port``."""
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _vivant(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie child counts as ended)."""
    try:
        os.kill(pid, 0)
        etat = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except (OSError, IndexError):
        return False
    return etat != "Z"
