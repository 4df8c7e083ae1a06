"""What the production profile runs with: ports, sizes, secrets, and the generated files.

Values in, text out: nothing here starts a process or touches the disk but
``Secrets.charger``, so the sizing and the nginx rules can be read and tested alone.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from lanceur.delais import DELAIS
from lanceur.environnement import LIAISONS
from lanceur.ports import PORT_ACTIONS, PORT_RASA, PORT_WEB, url

TAILLE_MAX_REQUETE = 256 * 1024
"""Largest request body (bytes) that nginx and Rasa accept: a message is at most 20 000
characters (``rasa_addons.canal_rest``), which stays far below even as escaped JSON."""

BASE = "recours"
"""Name of the PostgreSQL role and database."""

FORMAT_JOURNAL_NGINX = "$time_iso8601 $status $request_time $recours_session $upstream_addr"
"""nginx access log: which replica served which conversation (no body, no query string;
the replicas tried come last, separated by ", ")."""


@dataclass(frozen=True)
class Ports:
    """Loopback ports of every service of the profile."""

    http: int = 8080
    repliques: tuple[int, ...] = (PORT_RASA, PORT_RASA + 1)
    actions: int = PORT_ACTIONS
    web: int = PORT_WEB
    postgres: int = 5433
    redis: int = 6380
    veille: int = 8079

    @classmethod
    def depuis_environnement(cls, env: Mapping[str, str]) -> Ports:
        """Defaults, overridden by the ``RECOURS_PORT_*``, ``_PG_PORT``, ``_REDIS_PORT`` variables.

        ``RECOURS_PORT_HTTP``, ``RECOURS_PORT_RASA`` (first replica, the next ones
        follow), ``RECOURS_PORT_ACTIONS``, ``RECOURS_PORT_WEB``, ``RECOURS_PG_PORT``,
        ``RECOURS_REDIS_PORT`` and ``RECOURS_PORT_VEILLE`` (the replicas' watcher,
        ``production.veille``).
        """
        defaut = cls()
        premier = int(env.get("RECOURS_PORT_RASA", defaut.repliques[0]))
        return cls(
            http=int(env.get("RECOURS_PORT_HTTP", defaut.http)),
            repliques=tuple(premier + i for i in range(len(defaut.repliques))),
            actions=int(env.get("RECOURS_PORT_ACTIONS", defaut.actions)),
            web=int(env.get("RECOURS_PORT_WEB", defaut.web)),
            postgres=int(env.get("RECOURS_PG_PORT", defaut.postgres)),
            redis=int(env.get("RECOURS_REDIS_PORT", defaut.redis)),
            veille=int(env.get("RECOURS_PORT_VEILLE", defaut.veille)),
        )


POOL_SQLALCHEMY = 5 + 10
"""Connections one process holds at most with SQLAlchemy's default pool (size + overflow)."""


@dataclass(frozen=True)
class Dimensions:
    """Connection pools, and PostgreSQL's ``max_connections`` derived from them.

    Each Rasa replica holds at most ``pool_rasa + debordement_rasa`` connections
    (``SQL_POOL_SIZE`` + ``SQL_MAX_OVERFLOW``; Rasa's defaults, 50 + 100, would ask for
    300 with two replicas). A replica runs one turn at a time on its event loop (the
    SQL calls are synchronous), so a handful is plenty. The action server and the web
    app reach the dossiers through ``RECOURS_DATABASE_URL`` with SQLAlchemy's default
    pool (5 + 10 overflow) each.
    """

    repliques: int = 2
    pool_rasa: int = 5
    debordement_rasa: int = 5
    connexions_dossiers: int = 2 * POOL_SQLALCHEMY
    reserve_superutilisateur: int = 3
    marge: int = 5

    @classmethod
    def pour(cls, repliques: int, processus_dossiers: int) -> Dimensions:
        """The same pools for more processes, with SQLAlchemy's default pool for the dossiers.

        ``repliques`` Rasa processes; ``processus_dossiers`` others (action servers, web
        apps, jobs).
        """
        return cls(repliques=repliques, connexions_dossiers=processus_dossiers * POOL_SQLALCHEMY)

    @property
    def max_connections(self) -> int:
        """Enough for every pool full at once, the superuser reserve and a margin."""
        return (
            self.repliques * (self.pool_rasa + self.debordement_rasa)
            + self.connexions_dossiers
            + self.reserve_superutilisateur
            + self.marge
        )


@dataclass(frozen=True)
class Secrets:
    """Passwords and the API token: from the environment, else generated once per folder."""

    RECOURS_PG_ADMIN_PASSWORD: str
    RECOURS_PG_PASSWORD: str
    RECOURS_REDIS_PASSWORD: str
    RASA_AUTH_TOKEN: str
    RECOURS_SESSION_SECRET: str
    """Key of the conversations' proofs and the agents' sessions (``bot.preuves``)."""

    @classmethod
    def charger(cls, fichier: Path, env: Mapping[str, str]) -> Secrets:
        """Take each secret from ``env``, else from ``fichier``, else generate it.

        The generated ones are written to ``fichier`` (mode 600, in the work folder that
        git ignores) so that a restart finds the same passwords as the stored data.
        """
        connus: dict[str, str] = {}
        if fichier.exists():
            for ligne in fichier.read_text(encoding="utf-8").splitlines():
                nom, _, valeur = ligne.partition("=")
                connus[nom] = valeur
        valeurs = {
            champ.name: env.get(champ.name) or connus.get(champ.name) or secrets.token_hex(24)
            for champ in fields(cls)
        }
        fichier.touch(mode=0o600)
        fichier.write_text("".join(f"{k}={v}\n" for k, v in valeurs.items()), encoding="utf-8")
        return cls(**valeurs)

    def en_environnement(self) -> dict[str, str]:
        """The secrets as environment variables (the admin password stays out)."""
        valeurs = asdict(self)
        del valeurs["RECOURS_PG_ADMIN_PASSWORD"]
        return valeurs


def url_base(ports: Ports, mot_de_passe: str, utilisateur: str = BASE) -> str:
    """SQLAlchemy URL of the profile's PostgreSQL database."""
    return f"postgresql://{utilisateur}:{mot_de_passe}@127.0.0.1:{ports.postgres}/{BASE}"


def environnement_commun(ports: Ports, dims: Dimensions, caches: Secrets) -> dict[str, str]:
    """Variables every Python service of the profile gets (``endpoints.prod.yml`` reads them).

    The letters' links and the widget use the public address (nginx); the insurer's
    endpoint, ``RECOURS_WEBHOOK_URL``, passes through from the caller's environment.
    """
    return {
        "RECOURS_ACTION_URL": url(ports.actions, "/webhook"),
        "RECOURS_PG_HOST": "127.0.0.1",
        "RECOURS_PG_PORT": str(ports.postgres),
        "RECOURS_PG_DB": BASE,
        "RECOURS_PG_USER": BASE,
        "RECOURS_REDIS_HOST": "127.0.0.1",
        "RECOURS_REDIS_PORT": str(ports.redis),
        "RECOURS_DATABASE_URL": url_base(ports, caches.RECOURS_PG_PASSWORD),
        "RECOURS_TRACKER_DATABASE_URL": url_base(ports, caches.RECOURS_PG_PASSWORD),
        "RECOURS_WEB_URL": url(ports.http),
        "RECOURS_RASA_URL": url(ports.http),
        "SQL_POOL_SIZE": str(dims.pool_rasa),
        "SQL_MAX_OVERFLOW": str(dims.debordement_rasa),
        "SANIC_REQUEST_MAX_SIZE": str(TAILLE_MAX_REQUETE),
        "SANIC_WEBSOCKET_MAX_SIZE": str(TAILLE_MAX_REQUETE),
        "SANIC_REQUEST_TIMEOUT": "30",
        **caches.en_environnement(),
    }


VARIABLES_DU_SITE = frozenset(
    {
        *("RECOURS_ACTION_URL", "RECOURS_PG_HOST", "RECOURS_PG_PORT", "RECOURS_REDIS_HOST"),
        *("RECOURS_REDIS_PORT", "RECOURS_DATABASE_URL", "RECOURS_TRACKER_DATABASE_URL"),
        *("RECOURS_WEB_URL", "RECOURS_RASA_URL", "SANIC_HOST"),
    }
)
"""Variables of ``environnement_commun`` whose value depends on where the services run."""


def topologie(ports: Ports | None = None, dims: Dimensions | None = None) -> dict[str, Any]:
    """The one description that deploy/ (compose, Kubernetes) follows, as plain values.

    ``communes``: the variables every Python service gets, with the same value in every
    deployment; ``du_site``: the ones each deployment sets (addresses); ``secrets``: the
    ones a secret store provides, never a file of the repository.
    """
    ports, dims = ports or Ports(), dims or Dimensions()
    sans_valeur = Secrets(**{champ.name: "" for champ in fields(Secrets)})
    secrets_ = set(sans_valeur.en_environnement())
    valeurs = environnement_commun(ports, dims, sans_valeur)
    return {
        "ports": {
            "http": ports.http,
            "rasa": ports.repliques[0],
            "actions": ports.actions,
            "web": ports.web,
            "postgres": ports.postgres,
            "redis": ports.redis,
        },
        "repliques_rasa": len(ports.repliques),
        "communes": {
            "RASA_TELEMETRY_ENABLED": LIAISONS["RASA_TELEMETRY_ENABLED"],
            **{k: v for k, v in valeurs.items() if k not in VARIABLES_DU_SITE | secrets_},
        },
        "du_site": sorted(VARIABLES_DU_SITE),
        "secrets": sorted(secrets_),
        "max_connections": dims.max_connections,
        "reserve_superutilisateur": dims.reserve_superutilisateur,
        "taille_max_requete": TAILLE_MAX_REQUETE,
    }


def origines_cors(ports: Ports, env: Mapping[str, str]) -> list[str]:
    """Origins allowed to call Rasa from a browser.

    ``RECOURS_CORS_ORIGINS`` (separated by spaces), else the profile's own public
    address (the widget served by the web app).
    """
    return env.get("RECOURS_CORS_ORIGINS", "").split() or [url(ports.http)]


def configuration_postgres(ports: Ports, dims: Dimensions) -> str:
    """Settings appended to ``postgresql.conf``: loopback TCP only, sized connections."""
    return (
        "listen_addresses = '127.0.0.1'\n"
        f"port = {ports.postgres}\n"
        "unix_socket_directories = ''\n"
        f"max_connections = {dims.max_connections}\n"
        f"superuser_reserved_connections = {dims.reserve_superutilisateur}\n"
    )


def configuration_redis(ports: Ports, dossier: Path, mot_de_passe: str) -> str:
    """``redis.conf``: loopback, password, no persistence (locks live for a minute)."""
    return (
        f"bind 127.0.0.1\nport {ports.redis}\nprotected-mode yes\n"
        f"requirepass {mot_de_passe}\n"
        f'save ""\nappendonly no\ndir {dossier}\ndaemonize no\nlogfile ""\n'
    )


@dataclass(frozen=True)
class Adresses:
    """Where nginx listens and finds the replicas and the web app (``host:port`` each)."""

    ecoute: str
    repliques: tuple[str, ...]
    web: str

    @classmethod
    def locales(cls, ports: Ports) -> Adresses:
        """The loopback of this host: the production profile."""
        return cls(
            ecoute=f"127.0.0.1:{ports.http}",
            repliques=tuple(f"127.0.0.1:{port}" for port in ports.repliques),
            web=f"127.0.0.1:{ports.web}",
        )


@dataclass(frozen=True)
class Limites:
    """What one client may ask of the public entry (nginx ``limit_req``/``limit_conn``).

    A request over a limit gets a 429 with a French message, at once (``nodelay``):
    nothing queues, so the servers behind stay free for everyone else. ``*_par_s`` are
    sustained rates, ``*_rafale`` the requests allowed at once above them.

    - per conversation (the sticky key, ``X-Recours-Session`` or ``?sender=``) on REST:
      a person types far slower; a script driving one conversation hits it;
    - per client address on REST: above what the whole profile serves (about 60
      messages/s on two cores, README), so that one address cannot take it all but an
      office behind one address, or the test crowds, still pass;
    - per client address on socket.io: requests (handshakes, long-polling) and open
      connections (a websocket stays open for the whole conversation). Messages inside
      an open websocket are frames that nginx does not see;
    - per client address on the letters and the e-mails' links (``/dossiers/``): a
      person opens a few; guessing a token takes millions.
    """

    conversation_par_s: int = 5
    conversation_rafale: int = 20
    rest_par_s: int = 100
    rest_rafale: int = 200
    socketio_par_s: int = 20
    socketio_rafale: int = 100
    socketio_connexions: int = 20
    lettres_par_min: int = 60
    lettres_rafale: int = 20


LIMITES = Limites()
"""The limits of the production profile, compose and the Kubernetes Ingress."""

MESSAGE_TROP_DE_REQUETES = (
    "Trop de messages en peu de temps. Patientez quelques secondes, puis réessayez."
)
"""What a client over a limit of the conversation routes reads (JSON ``message``)."""
MESSAGE_TROP_DE_DEMANDES_DE_LETTRE = (
    "Trop de demandes en peu de temps. Patientez une minute, puis rouvrez le lien."
)
"""What a browser over the letters' limit shows (plain text)."""


def configuration_nginx(
    ports: Ports,
    dossier: Path,
    adresses: Adresses | None = None,
    hors_service: frozenset[str] = frozenset(),
) -> str:
    """``nginx.conf``: the public entry, on loopback (or at ``adresses``: deploy/compose).

    - ``/webhooks/`` and ``/socket.io/`` go to Rasa. A conversation sticks to one
      replica, chosen by hashing its key: the ``X-Recours-Session`` header, else the
      ``sender`` query parameter (nginx cannot read the JSON body). Requests with no key
      go round-robin, but socket.io's, which then stick by the client's address (its
      long-polling transport needs one replica per session). If a replica does not
      answer the connection, the next one serves; ``hors_service`` (addresses of
      ``adresses.repliques``) are marked ``down``: the production watcher
      (``production.veille``) takes a hung replica out of rotation that way.
    - ``LIMITES``: over a limit, a 429 with a French message.
    - ``DELAIS``: nginx stops reading a turn after ``lecture_nginx`` seconds.
    - Rasa's HTTP API (``/conversations``, ``/model``, ...) is not published at all,
      nor any server's ``/metrics``.
    - Everything else goes to the web app (pages, widget, letters).
    """
    adresses = adresses or Adresses.locales(ports)
    amont = "\n".join(
        f"        server {adresse} max_fails=1 fail_timeout=5s"
        + (" down;" if adresse in hors_service else ";")
        for adresse in adresses.repliques
    )
    lim = LIMITES

    def proxy(lecture: int) -> str:
        return (
            "            proxy_http_version 1.1;\n"
            "            proxy_set_header Host $host;\n"
            "            proxy_set_header X-Forwarded-For $remote_addr;\n"
            "            proxy_set_header Upgrade $http_upgrade;\n"
            "            proxy_set_header Connection $connexion;\n"
            "            proxy_connect_timeout 1s;\n"
            f"            proxy_read_timeout {lecture}s;\n"
        )

    temporaire = "\n".join(
        f"    {nom}_temp_path {dossier}/tmp/{nom};"
        for nom in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    trop = json.dumps(
        {"erreur": "trop_de_requetes", "message": MESSAGE_TROP_DE_REQUETES}, ensure_ascii=False
    )
    return f"""worker_processes 1;
pid {dossier}/nginx.pid;
error_log {dossier}/logs/nginx-erreurs.log warn;
events {{ worker_connections 1024; }}

http {{
    server_tokens off;
    client_max_body_size {TAILLE_MAX_REQUETE};
    client_body_buffer_size {TAILLE_MAX_REQUETE};
{temporaire}
    log_format recours '{FORMAT_JOURNAL_NGINX}';
    access_log {dossier}/logs/nginx-acces.log recours;

    map $http_x_recours_session $recours_session {{
        ""      $arg_sender;
        default $http_x_recours_session;
    }}
    map $recours_session $rasa {{
        ""      rasa_tourniquet;
        default rasa_collant;
    }}
    map $recours_session $cle_socketio {{
        ""      $remote_addr;
        default $recours_session;
    }}
    map $http_upgrade $connexion {{
        ""      "";
        default upgrade;
    }}
    upstream rasa_collant {{
        hash $recours_session consistent;
{amont}
    }}
    upstream rasa_tourniquet {{
{amont}
    }}
    upstream rasa_socketio {{
        hash $cle_socketio consistent;
{amont}
    }}

    limit_req_zone $recours_session zone=conversation:10m rate={lim.conversation_par_s}r/s;
    limit_req_zone $binary_remote_addr zone=rest:10m rate={lim.rest_par_s}r/s;
    limit_req_zone $binary_remote_addr zone=socketio:10m rate={lim.socketio_par_s}r/s;
    limit_req_zone $binary_remote_addr zone=lettres:10m rate={lim.lettres_par_min}r/m;
    limit_conn_zone $binary_remote_addr zone=connexions_socketio:10m;
    limit_req_status 429;
    limit_conn_status 429;
    limit_req_log_level warn;
    limit_conn_log_level warn;

    server {{
        listen {adresses.ecoute};
        error_page 413 = @trop_grande;
        error_page 429 = @trop_de_requetes;
        error_page 502 503 504 = @indisponible;

        location /webhooks/ {{
            limit_req zone=conversation burst={lim.conversation_rafale} nodelay;
            limit_req zone=rest burst={lim.rest_rafale} nodelay;
            proxy_pass http://$rasa;
{proxy(DELAIS.lecture_nginx)}        }}
        location /socket.io/ {{
            limit_req zone=socketio burst={lim.socketio_rafale} nodelay;
            limit_conn connexions_socketio {lim.socketio_connexions};
            proxy_pass http://rasa_socketio;
{proxy(DELAIS.inactivite_socketio)}        }}
        location /dossiers/ {{
            limit_req zone=lettres burst={lim.lettres_rafale} nodelay;
            error_page 413 = @trop_grande;
            error_page 429 = @trop_de_demandes_de_lettre;
            error_page 502 503 504 = @indisponible;
            proxy_pass http://{adresses.web};
{proxy(DELAIS.lecture_nginx)}        }}
        location /metrics {{
            return 404;
        }}
        location / {{
            proxy_pass http://{adresses.web};
{proxy(DELAIS.lecture_nginx)}        }}
        location @trop_grande {{
            default_type application/json;
            return 413 '{{"erreur": "requete_trop_grande"}}';
        }}
        location @trop_de_requetes {{
            default_type "application/json; charset=utf-8";
            add_header Retry-After 5 always;
            return 429 '{trop}';
        }}
        location @trop_de_demandes_de_lettre {{
            default_type "text/plain; charset=utf-8";
            add_header Retry-After 60 always;
            return 429 '{MESSAGE_TROP_DE_DEMANDES_DE_LETTRE}';
        }}
        location @indisponible {{
            default_type application/json;
            return 503 '{{"erreur": "service_indisponible"}}';
        }}
    }}
}}
"""
