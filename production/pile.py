"""Start and stop the production profile on this machine, one service at a time.

PostgreSQL, Redis and nginx come from Debian's packages (installed here when missing,
as root); the Rasa replicas, the action server and the web app are the launcher's
services (``lanceur.service``), as in ``make run``. Everything listens on loopback only
and lives in one work folder: configuration, data, logs and one pid file per service,
so ``stop`` and ``status`` work from another process than ``start``. ``status`` asks
every service whether it is ready (its probe over HTTP, or PING, or ``SELECT 1``), not
only whether its process lives. The watcher (``production.veille``) takes a hung replica
out of nginx's rotation.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import redis
import requests

from lanceur.environnement import environnement
from lanceur.ports import HOTE, url
from lanceur.service import (
    BIN,
    MODELE,
    RACINE,
    Service,
    application_web,
    serveur_actions,
    serveur_rasa,
)
from lanceur.sonde import ErreurDeDemarrage, Sonde, sonde_http
from lanceur.superviseur import Superviseur
from production.configuration import (
    Dimensions,
    Ports,
    Secrets,
    configuration_nginx,
    configuration_redis,
    environnement_commun,
    origines_cors,
)
from production.debian import binaire, installer_si_absent
from production.postgres import Postgres


def sonde_redis(port: int, mot_de_passe: str) -> Sonde:
    """Ready when Redis answers PING."""
    client = redis.Redis(host=HOTE, port=port, password=mot_de_passe)

    def repond() -> bool:
        try:
            return bool(client.ping())
        except redis.RedisError:
            return False

    return repond


@dataclass
class Pile:
    """The services of the profile, in ``dossier``.

    Args:
        dossier: Work folder (created; its parents must let the ``postgres`` user through).
        ports: Where each service listens.
        dims: Connection pools and PostgreSQL's ``max_connections``.
        modele: Trained Rasa model.
        environnement: Extra variables for the Python services (``RECOURS_TODAY`` in tests).
        endpoints: Endpoints file of the replicas.

    """

    dossier: Path
    ports: Ports = field(default_factory=Ports)
    dims: Dimensions = field(default_factory=Dimensions)
    modele: Path = MODELE
    environnement: dict[str, str] = field(default_factory=dict)
    endpoints: Path = RACINE / "endpoints.prod.yml"

    def __post_init__(self) -> None:
        self.superviseur = Superviseur(self.dossier)
        (self.dossier / "tmp").mkdir(exist_ok=True)
        self.secrets = Secrets.charger(self.dossier / "secrets.env", os.environ)
        self.postgres = Postgres(self.dossier / "postgres", self.ports, self.dims, self.secrets)

    @property
    def url_publique(self) -> str:
        """The nginx entry point."""
        return url(self.ports.http)

    def url_replique(self, indice: int) -> str:
        """One Rasa replica, directly (its HTTP API needs the token)."""
        return url(self.ports.repliques[indice])

    # -- the whole profile ---------------------------------------------------------

    def demarrer(self) -> None:
        """Start every service that is not running, in dependency order, and wait for it."""
        installer_si_absent()
        self.postgres.demarrer()
        self.demarrer_redis()
        repliques = [self._replique(i) for i in range(len(self.ports.repliques))]
        self.superviseur.demarrer(self._actions(), *repliques, self._web())
        self.demarrer_nginx()
        self.superviseur.demarrer(self._veille())

    def arreter(self) -> None:
        """Stop every service, the entry first and the databases last."""
        for nom in self._noms():
            self.arreter_service(nom)
        self.postgres.arreter()

    def etat(self) -> dict[str, dict[str, bool]]:
        """Each service: whether its process is alive and whether it answers its probe.

        A replica stopped by SIGSTOP is alive and not ready.
        """
        services = {service.nom: service for service in self._services()}
        etats = {}
        for nom in self._noms():
            processus = self.superviseur.pid(nom) is not None
            etats[nom] = {"processus": processus, "pret": processus and services[nom].sonde()}
        processus = self.postgres.pid() is not None
        etats["postgres"] = {"processus": processus, "pret": processus and self.postgres.repond()}
        return etats

    # -- one service at a time (the fault tests use these) -------------------------

    def redemarrer_postgres(self) -> None:
        """Restart PostgreSQL (fast: open transactions are rolled back, sessions cut)."""
        self.postgres.redemarrer()

    def demarrer_redis(self) -> None:
        """Start Redis with a generated configuration (password, loopback, no persistence)."""
        conf = self.dossier / "redis.conf"
        conf.touch(mode=0o600)
        mot_de_passe = self.secrets.RECOURS_REDIS_PASSWORD
        conf.write_text(
            configuration_redis(self.ports, self.dossier / "tmp", mot_de_passe), encoding="utf-8"
        )
        self.superviseur.demarrer(self._redis())

    def demarrer_actions(self) -> None:
        """Start the action server on loopback."""
        self.superviseur.demarrer(self._actions())

    def demarrer_replique(self, indice: int) -> None:
        """Start one Rasa replica and wait until it answers."""
        self.superviseur.demarrer(self._replique(indice))

    def demarrer_nginx(self) -> None:
        """Write ``nginx.conf`` and start nginx in front of the replicas."""
        conf = self.dossier / "nginx.conf"
        conf.write_text(configuration_nginx(self.ports, self.dossier), encoding="utf-8")
        for nom in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (self.dossier / "tmp" / nom).mkdir(exist_ok=True)
        self.superviseur.demarrer(self._nginx())

    def en_rotation(self) -> dict[str, bool]:
        """The watcher's view: each replica (``host:port``), whether nginx may use it."""
        reponse = requests.get(url(self.ports.veille, "/"), timeout=2)
        reponse.raise_for_status()
        vue: dict[str, bool] = reponse.json()
        return vue

    def suspendre_replique(self, indice: int) -> None:
        """SIGSTOP one replica: alive, listening, answering nothing (a hang)."""
        pid = self.superviseur.pid(f"rasa-{indice}")
        if pid is None:
            raise ErreurDeDemarrage(f"rasa-{indice} ne tourne pas.")
        os.kill(pid, signal.SIGSTOP)

    def reprendre_replique(self, indice: int) -> None:
        """SIGCONT a replica stopped by ``suspendre_replique``."""
        pid = self.superviseur.pid(f"rasa-{indice}")
        if pid is not None:
            os.kill(pid, signal.SIGCONT)

    def arreter_service(self, nom: str, sig: signal.Signals = signal.SIGTERM) -> None:
        """Send ``sig`` to a service and wait for it to end (SIGKILL to simulate a crash)."""
        self.superviseur.arreter(nom, sig)

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

    def journaux(self) -> Iterator[Path]:
        """Every log file of the profile."""
        yield from sorted((self.dossier / "logs").glob("*.log"))

    # -- internals -----------------------------------------------------------------

    def _noms(self) -> list[str]:
        """The supervised services, the entry first."""
        return [service.nom for service in self._services()]

    def _services(self) -> list[Service]:
        """The supervised services, in the order they stop: the entry first."""
        repliques = [self._replique(i) for i in range(len(self.ports.repliques))]
        entree = [self._veille(), self._nginx(), self._web()]
        return [*entree, *repliques, self._actions(), self._redis()]

    def _redis(self) -> Service:
        commande = (binaire("redis-server"), str(self.dossier / "redis.conf"))
        sonde = sonde_redis(self.ports.redis, self.secrets.RECOURS_REDIS_PASSWORD)
        return Service("redis", commande, self.ports.redis, sonde, self._environnement())

    def _nginx(self) -> Service:
        conf = self.dossier / "nginx.conf"
        erreurs = self.dossier / "logs" / "nginx-erreurs.log"
        options = ("-p", str(self.dossier), "-c", str(conf), "-e", str(erreurs))
        commande = (binaire("nginx"), *options, "-g", "daemon off;")
        sonde = sonde_http(url(self.ports.http, "/webhooks/rest/"))
        return Service("nginx", commande, self.ports.http, sonde, self._environnement())

    def _veille(self) -> Service:
        commande = (
            *(sys.executable, "-m", "production.veille", str(self.dossier)),
            *("--http", str(self.ports.http), "--web", str(self.ports.web)),
            *("--veille", str(self.ports.veille), "--repliques"),
            *(str(port) for port in self.ports.repliques),
        )
        sonde = sonde_http(url(self.ports.veille, "/"))
        return Service("veille", commande, self.ports.veille, sonde, self._environnement())

    def _environnement(self) -> dict[str, str]:
        imposees = environnement_commun(self.ports, self.dims, self.secrets)
        defauts = {"RECOURS_AGENTS_FILE": str(self.dossier / "agents")}
        # what nginx publishes always takes the conversation proof, whatever is exported
        publie = {"RECOURS_REST_SANS_PREUVE": "0"}
        return environnement(os.environ, defauts, {**imposees, **publie, **self.environnement})

    def _actions(self) -> Service:
        return serveur_actions(self.ports.actions, self._environnement())

    def _web(self) -> Service:
        return application_web(self.ports.web, self._environnement())

    def _replique(self, indice: int) -> Service:
        return serveur_rasa(
            self.ports.repliques[indice],
            self._environnement(),
            modele=self.modele,
            endpoints=self.endpoints,
            origines=origines_cors(self.ports, os.environ),
            jeton=self.secrets.RASA_AUTH_TOKEN,
            nom=f"rasa-{indice}",
        )
