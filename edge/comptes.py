"""The agents' accounts: configured by the operator, passwords hashed with Argon2id.

``RECOURS_AGENTS_FILE`` holds one ``login:hash`` a line (``#`` starts a comment); the
hash is argon2-cffi's (Argon2id, its recommended parameters, salt included), so the file
never holds a password. ``recours agents ajouter LOGIN`` writes a line. The file is read
once, when the web app starts: a removed line takes effect at the next start.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bot.preuves import VALEUR_SIGNABLE

_HACHEUR = PasswordHasher()


class CompteInvalide(ValueError):
    """A login or a line of the accounts file is malformed; the message says which."""


def hacher(mot_de_passe: str) -> str:
    """The Argon2id hash of ``mot_de_passe``, as the accounts file keeps it."""
    return _HACHEUR.hash(mot_de_passe)


@cache
def _leurre() -> str:
    """A hash no password matches, verified for unknown logins so they take as long."""
    return hacher(os.urandom(16).hex())


@dataclass(frozen=True)
class Comptes:
    """The accounts of the agents, login → Argon2id hash."""

    empreintes: Mapping[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def lire(cls, fichier: Path) -> Comptes:
        """The accounts of ``fichier``; none when it does not exist.

        Raises:
            CompteInvalide: a line is not ``login:hash`` with a valid login.

        """
        if not fichier.exists():
            return cls()
        empreintes: dict[str, str] = {}
        for numero, ligne in enumerate(fichier.read_text(encoding="utf-8").splitlines(), 1):
            ligne = ligne.strip()
            if not ligne or ligne.startswith("#"):
                continue
            login, _, empreinte = ligne.partition(":")
            if VALEUR_SIGNABLE.fullmatch(login) is None or not empreinte:
                attendu = "« identifiant:empreinte » attendu"
                raise CompteInvalide(f"{fichier}, ligne {numero} : {attendu}")
            empreintes[login] = empreinte
        return cls(empreintes)

    def verifier(self, login: str, mot_de_passe: str) -> bool:
        """Whether ``mot_de_passe`` is ``login``'s; as slow for an unknown login (no oracle)."""
        empreinte = self.empreintes.get(login) or _leurre()
        try:
            juste = _HACHEUR.verify(empreinte, mot_de_passe)
        except (VerificationError, InvalidHashError):
            return False
        return juste and login in self.empreintes

    def existe(self, login: str) -> bool:
        """Whether ``login`` is still an account (a session of a removed one is refused)."""
        return login in self.empreintes


def ajouter(fichier: Path, login: str, mot_de_passe: str) -> None:
    """Add ``login`` to ``fichier`` (or change its password), the file kept private (600).

    The file is rewritten from its accounts: comments are not kept.

    Raises:
        CompteInvalide: ``login`` is not a valid login, or the password is empty.

    """
    if VALEUR_SIGNABLE.fullmatch(login) is None:
        raise CompteInvalide(f"identifiant invalide : {login!r} (lettres, chiffres, - et _)")
    if not mot_de_passe:
        raise CompteInvalide("mot de passe vide")
    comptes = dict(Comptes.lire(fichier).empreintes)
    comptes[login] = hacher(mot_de_passe)
    fichier.parent.mkdir(parents=True, exist_ok=True)
    fichier.touch(mode=0o600)
    fichier.chmod(0o600)
    fichier.write_text("".join(f"{k}:{v}\n" for k, v in comptes.items()), encoding="utf-8")
