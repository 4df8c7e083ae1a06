"""Sending e-mails: MIME messages, over SMTP (``smtplib``) or as ``.eml`` files.

Each message is a text body with an HTML alternative, with ``Message-ID``, ``Date`` and,
for the e-mails of a dossier, ``List-Unsubscribe`` (with the one-click POST of RFC 8058).
A re-sent message keeps its ``Message-ID``, so the receiver can drop a duplicate.

With ``RECOURS_SMTP_HOST``, messages go to that server (STARTTLS, implicit TLS or plain,
with authentication when a user is set), with a few retries on temporary failures.
Without it, each message is written to ``RECOURS_MAIL_DIR`` as a file named after its
``Message-ID``: ``make run`` needs no mail server, and a re-sent message overwrites its
own file.
"""

from __future__ import annotations

import os
import re
import smtplib
import ssl
import time
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from pathlib import Path
from typing import Protocol

from bot.courriels import Courriel
from edge.reglages import Reglages, ReglagesSmtp

_NOM_DE_FICHIER = re.compile(r"[^A-Za-z0-9._-]")


class ErreurEnvoi(Exception):
    """The message was not handed over; the message says why in one line."""


@dataclass(frozen=True)
class Enveloppe:
    """Who sends, to whom, under which identifier and date."""

    destinataire: str
    expediteur: str
    message_id: str
    date: datetime
    desabonner: str | None = None
    """The one-click unsubscribe link, for the e-mails of a dossier."""


def nouvel_identifiant(expediteur: str) -> str:
    """A new ``Message-ID`` in the sender's domain."""
    domaine = parseaddr(expediteur)[1].rpartition("@")[2] or "localhost"
    return make_msgid("recours", domain=domaine)


def construire(courriel: Courriel, enveloppe: Enveloppe) -> EmailMessage:
    """The MIME message: plain text with its HTML alternative, and the headers."""
    message = EmailMessage()
    message["From"] = enveloppe.expediteur
    message["To"] = enveloppe.destinataire
    message["Subject"] = courriel.sujet
    message["Date"] = format_datetime(enveloppe.date)
    message["Message-ID"] = enveloppe.message_id
    message["Auto-Submitted"] = "auto-generated"
    if enveloppe.desabonner:
        message["List-Unsubscribe"] = f"<{enveloppe.desabonner}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(courriel.texte)
    message.add_alternative(courriel.html, subtype="html")
    return message


class Expediteur(Protocol):
    """Hands a message over, or raises ``ErreurEnvoi``."""

    def envoyer(self, message: EmailMessage) -> None:
        """Hand ``message`` over to its recipient's side."""


class ExpediteurSmtp:
    """Sends through one SMTP server, retrying temporary failures with back-off."""

    def __init__(
        self, reglages: ReglagesSmtp, *, essais: int = 3, attente: float = 0.5, delai: float = 10
    ) -> None:
        """Prepare sending through ``reglages``' server.

        Args:
            reglages: host, port, TLS mode and credentials.
            essais: attempts in all, ``attente * 2 ** n`` seconds apart.
            attente: the back-off factor, in seconds.
            delai: seconds to wait for the server at each step.

        """
        self._reglages = reglages
        self._essais = essais
        self._attente = attente
        self._delai = delai

    def _connexion(self) -> smtplib.SMTP:
        r = self._reglages
        contexte = ssl.create_default_context()
        if r.tls == "tls":
            return smtplib.SMTP_SSL(r.hote, r.port, timeout=self._delai, context=contexte)
        connexion = smtplib.SMTP(r.hote, r.port, timeout=self._delai)
        if r.tls == "starttls":
            connexion.starttls(context=contexte)
        return connexion

    def _une_fois(self, message: EmailMessage) -> None:
        with self._connexion() as connexion:
            if self._reglages.utilisateur:
                connexion.login(self._reglages.utilisateur, self._reglages.mot_de_passe or "")
            connexion.send_message(message)

    def envoyer(self, message: EmailMessage) -> None:
        """Send ``message``; a refusal by the server (5xx) is not retried.

        Raises:
            ErreurEnvoi: after the last attempt, or at once on a permanent refusal.

        """
        for essai in range(self._essais):
            try:
                self._une_fois(message)
                return
            except smtplib.SMTPResponseException as erreur:
                texte = erreur.smtp_error
                if isinstance(texte, bytes):
                    texte = texte.decode(errors="replace")
                raison = f"SMTP {erreur.smtp_code}: {texte}"
                if erreur.smtp_code >= 500 or essai == self._essais - 1:
                    raise ErreurEnvoi(raison) from erreur
            except (smtplib.SMTPException, OSError) as erreur:
                if essai == self._essais - 1:
                    raise ErreurEnvoi(f"{type(erreur).__name__}: {erreur}") from erreur
            time.sleep(self._attente * 2**essai)


class ExpediteurFichiers:
    """Writes each message as ``<Message-ID>.eml`` into a folder (no mail server)."""

    def __init__(self, dossier: Path) -> None:
        """Write into ``dossier``, created on the first message."""
        self.dossier = dossier

    def chemin(self, message_id: str) -> Path:
        """The file of the message ``message_id``."""
        return self.dossier / f"{_NOM_DE_FICHIER.sub('_', message_id.strip('<>'))}.eml"

    def envoyer(self, message: EmailMessage) -> None:
        """Write ``message`` atomically (a reader never sees half a file).

        Raises:
            ErreurEnvoi: the folder cannot be written.

        """
        chemin = self.chemin(str(message["Message-ID"]))
        provisoire = chemin.with_suffix(".tmp")
        try:
            self.dossier.mkdir(parents=True, exist_ok=True)
            provisoire.write_bytes(message.as_bytes())
            os.replace(provisoire, chemin)
        except OSError as erreur:
            raise ErreurEnvoi(f"{type(erreur).__name__}: {erreur}") from erreur


def expediteur_depuis(reglages: Reglages) -> Expediteur:
    """SMTP when ``RECOURS_SMTP_HOST`` is set, else files in ``RECOURS_MAIL_DIR``."""
    if reglages.smtp is not None:
        return ExpediteurSmtp(reglages.smtp)
    return ExpediteurFichiers(reglages.dossier_courriels)
