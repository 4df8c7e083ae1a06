"""Settings: read once from the environment into one typed value.

Every ``RECOURS_*`` variable the servers and the command line use is read here, and only
here (README, "Configuration").
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

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


def _port(texte: str, variable: str = "RECOURS_WEB_PORT") -> int:
    try:
        return int(texte)
    except ValueError:
        message = f"{variable} : numéro de port attendu, pas « {texte} »"
        raise ErreurReglages(message) from None


LONGUEUR_MIN_SECRET = 32
"""Characters of ``RECOURS_SESSION_SECRET`` at least (``secrets.token_hex(16)`` has 32)."""


def _secret(texte: str) -> bytes | None:
    """``RECOURS_SESSION_SECRET`` as the HMAC key, ``None`` when unset.

    Raises:
        ErreurReglages: the secret is shorter than ``LONGUEUR_MIN_SECRET``.

    """
    if not texte:
        return None
    if len(texte) < LONGUEUR_MIN_SECRET:
        message = f"RECOURS_SESSION_SECRET : {LONGUEUR_MIN_SECRET} caractères au moins"
        raise ErreurReglages(message)
    return texte.encode("utf-8")


def _oui_non(texte: str, variable: str) -> bool:
    valeur = texte.strip().lower()
    if valeur in ("", "0", "non", "false"):
        return False
    if valeur in ("1", "oui", "true"):
        return True
    raise ErreurReglages(f"{variable} : 1 ou 0 attendu, pas « {texte} »")


def _origine(url: str) -> str:
    """``scheme://host[:port]`` of ``url``, as a browser sends it in ``Origin``."""
    morceaux = urlsplit(url)
    return f"{morceaux.scheme}://{morceaux.netloc}"


MODES_TLS = ("starttls", "tls", "none")
"""``RECOURS_SMTP_TLS``: STARTTLS on a plain connection, implicit TLS, or neither."""
_PORTS_SMTP = {"starttls": 587, "tls": 465, "none": 25}


@dataclass(frozen=True)
class ReglagesSmtp:
    """The mail server (``RECOURS_SMTP_*``); without a host, e-mails go to files."""

    hote: str
    port: int
    tls: str = "starttls"
    utilisateur: str | None = None
    mot_de_passe: str | None = field(default=None, repr=False)

    @classmethod
    def depuis_environnement(cls, env: Mapping[str, str]) -> ReglagesSmtp | None:
        """The SMTP settings of ``env``, ``None`` without ``RECOURS_SMTP_HOST``.

        Raises:
            ErreurReglages: ``RECOURS_SMTP_TLS`` or ``RECOURS_SMTP_PORT`` is malformed.

        """
        hote = env.get("RECOURS_SMTP_HOST") or None
        if hote is None:
            return None
        tls = (env.get("RECOURS_SMTP_TLS") or "starttls").strip().lower()
        if tls not in MODES_TLS:
            attendus = ", ".join(MODES_TLS)
            raise ErreurReglages(f"RECOURS_SMTP_TLS : {attendus} attendu, pas « {tls} »")
        port = env.get("RECOURS_SMTP_PORT") or str(_PORTS_SMTP[tls])
        return cls(
            hote=hote,
            port=_port(port, "RECOURS_SMTP_PORT"),
            tls=tls,
            utilisateur=env.get("RECOURS_SMTP_USER") or None,
            mot_de_passe=env.get("RECOURS_SMTP_PASSWORD") or None,
        )


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
    smtp: ReglagesSmtp | None = None
    """``RECOURS_SMTP_*``: the mail server; ``None`` writes e-mails as files."""
    expediteur_courriels: str = "Recours <recours@localhost>"
    """``RECOURS_MAIL_FROM``: the ``From`` of every e-mail."""
    dossier_courriels: Path = RACINE / ".rasa" / "mails"
    """``RECOURS_MAIL_DIR``: where e-mails are written as ``.eml`` files without SMTP."""
    secret_de_session: bytes | None = field(default=None, repr=False)
    """``RECOURS_SESSION_SECRET``: key of the conversations' proofs and of the agents'
    sessions, shared by Rasa and the web app (``bot.preuves``); Rasa refuses to start
    without it."""
    rest_sans_preuve: bool = False
    """``RECOURS_REST_SANS_PREUVE=1``: the REST channel trusts the client's sender id and
    metadata (the embedded profile, every port on loopback); otherwise it asks for the
    conversation's proof and grants the agent audience to an agent pass only."""
    origines: tuple[str, ...] = ("http://127.0.0.1:8000",)
    """``RECOURS_CORS_ORIGINS`` (separated by spaces): the origins a browser may reach Rasa
    from, socket.io included; by default the web app's (``RECOURS_WEB_URL``)."""
    fichier_agents: Path = RACINE / ".rasa" / "agents"
    """``RECOURS_AGENTS_FILE``: the agents' accounts, one ``login:argon2 hash`` a line."""

    @classmethod
    def depuis_environnement(cls, env: Mapping[str, str] | None = None) -> Reglages:
        """Read the settings from ``env`` (the process environment by default).

        Raises:
            ErreurReglages: ``RECOURS_TODAY``, a port, ``RECOURS_SMTP_TLS``, the session
                secret or ``RECOURS_REST_SANS_PREUVE`` is malformed.

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
            smtp=ReglagesSmtp.depuis_environnement(env),
            expediteur_courriels=lire("RECOURS_MAIL_FROM", defaut.expediteur_courriels),
            dossier_courriels=Path(lire("RECOURS_MAIL_DIR", str(defaut.dossier_courriels))),
            secret_de_session=_secret(env.get("RECOURS_SESSION_SECRET", "")),
            rest_sans_preuve=_oui_non(
                env.get("RECOURS_REST_SANS_PREUVE", ""), "RECOURS_REST_SANS_PREUVE"
            ),
            origines=tuple(env.get("RECOURS_CORS_ORIGINS", "").split())
            or (_origine(lire("RECOURS_WEB_URL", defaut.url_web)),),
            fichier_agents=Path(lire("RECOURS_AGENTS_FILE", str(defaut.fichier_agents))),
        )
