"""A real SMTP server for tests (aiosmtpd) on loopback: it keeps what it accepts."""

from __future__ import annotations

import email
import email.policy
import re
import socket
import time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

UTILISATEUR, MOT_DE_PASSE = "recours", "secret-de-test"


def port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Boite:
    """The mail server: accepts everything after AUTH, or refuses with ``refus`` in turn."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or port_libre()
        self.recus: list[EmailMessage] = []
        self.refus: list[str] = []
        """SMTP replies given to the next DATA commands instead of accepting."""
        self._controleur: Controller | None = None

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        if self.refus:
            return self.refus.pop(0)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.recus.append(message)
        return "250 OK"

    @staticmethod
    def _authentifier(
        server: Any, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        juste = isinstance(data, LoginPassword) and (data.login, data.password) == (
            UTILISATEUR.encode(),
            MOT_DE_PASSE.encode(),
        )
        return AuthResult(success=juste)

    def ouvrir(self) -> None:
        self._controleur = Controller(
            self,
            hostname="127.0.0.1",
            port=self.port,
            authenticator=self._authentifier,
            auth_required=True,
            auth_require_tls=False,
        )
        self._controleur.start()

    def fermer(self) -> None:
        if self._controleur is not None:
            self._controleur.stop()
            self._controleur = None

    def environnement(self) -> dict[str, str]:
        return {
            "RECOURS_SMTP_HOST": "127.0.0.1",
            "RECOURS_SMTP_PORT": str(self.port),
            "RECOURS_SMTP_TLS": "none",
            "RECOURS_SMTP_USER": UTILISATEUR,
            "RECOURS_SMTP_PASSWORD": MOT_DE_PASSE,
            "RECOURS_MAIL_FROM": "Recours <recours@recours.exemple.fr>",
        }


def texte(message: EmailMessage) -> str:
    """The plain-text body of a message."""
    corps = message.get_body(preferencelist=("plain",))
    assert corps is not None
    return str(corps.get_content())


def html(message: EmailMessage) -> str:
    corps = message.get_body(preferencelist=("html",))
    assert corps is not None
    return str(corps.get_content())


def code_de(message_texte: str) -> str:
    """The 6-digit code of a verification e-mail."""
    trouve = re.search(r"code de vérification est : (\d{3}) (\d{3})", message_texte)
    assert trouve, message_texte
    return "".join(trouve.groups())


def liens(message_texte: str) -> list[str]:
    return re.findall(r"https?://\S+", message_texte)


def lire_eml(fichier: Path) -> EmailMessage:
    message = email.message_from_bytes(fichier.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def courriels_a(dossier: Path, destinataire: str, attente: float = 10) -> list[EmailMessage]:
    """The .eml files of ``dossier`` sent to ``destinataire``, oldest first (waits for one)."""
    fin = time.monotonic() + attente
    while True:
        fichiers = sorted(dossier.glob("*.eml"), key=lambda f: f.stat().st_mtime_ns)
        recus = [m for m in map(lire_eml, fichiers) if m["To"] == destinataire]
        if recus or time.monotonic() > fin:
            return recus
        time.sleep(0.1)
