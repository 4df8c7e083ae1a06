"""Proofs the servers hand out and check: HMAC-SHA256 under one server secret.

A conversation's proof (``jeton_de_conversation``) is the HMAC of its id: the server
gives it to whoever opened the conversation, and only that client can present it
again, since the server keeps no copy. A signed value (``signer``) carries a purpose,
a value and an expiry: the agents' session cookie, the agent pass a signed-in page
hands to Rasa, the sign-in form's CSRF token. Each purpose is part of what is signed,
so a value signed for one can never pass for another. Pure: the key and "now" are
parameters.
"""

from __future__ import annotations

import hashlib
import hmac
import re

CONVERSATION = re.compile(r"[A-Za-z0-9_.:@+-]{1,128}")
"""What a conversation id (Rasa's sender id) may be."""

VALEUR_SIGNABLE = re.compile(r"[A-Za-z0-9_-]{1,64}")
"""What a signed value may be: an agent's login, a random nonce."""

SESSION_AGENT = "session-agent"
"""Purpose of the agents' session cookie (web app)."""
LAISSEZ_PASSER_AGENT = "agent-rasa"
"""Purpose of the pass a signed-in agent's page gives Rasa to get the agent audience."""
CSRF = "csrf"
"""Purpose of the sign-in form's token."""


def _hmac(cle: bytes, *morceaux: str) -> str:
    return hmac.new(cle, "|".join(morceaux).encode("utf-8"), hashlib.sha256).hexdigest()


def jeton_de_conversation(cle: bytes, conversation: str) -> str:
    """The proof that a client opened ``conversation`` (64 hexadecimal digits)."""
    return _hmac(cle, "conversation", conversation)


def conversation_prouvee(cle: bytes, conversation: object, jeton: object) -> bool:
    """Whether ``jeton`` is the proof of ``conversation`` (constant-time comparison)."""
    if not isinstance(conversation, str) or not isinstance(jeton, str):
        return False
    if CONVERSATION.fullmatch(conversation) is None:
        return False
    return hmac.compare_digest(jeton_de_conversation(cle, conversation), jeton)


def signer(cle: bytes, usage: str, valeur: str, expire_a: int) -> str:
    """``valeur.expire_a.signature``: ``valeur`` vouched for ``usage`` until ``expire_a``.

    Args:
        cle: The server secret.
        usage: What the signature is for (``session-agent``, ``agent-rasa``, ``csrf``).
        valeur: An agent's login or a nonce (``VALEUR_SIGNABLE``).
        expire_a: POSIX time after which the signed value is refused.

    Raises:
        ValueError: ``valeur`` is not signable.

    """
    if VALEUR_SIGNABLE.fullmatch(valeur) is None:
        raise ValueError(f"valeur non signable : {valeur!r}")
    return f"{valeur}.{expire_a}.{_hmac(cle, usage, valeur, str(expire_a))}"


def verifier(cle: bytes, usage: str, signe: object, maintenant: float) -> str | None:
    """The value ``signe`` vouches for, ``None`` if forged, tampered, expired or malformed."""
    if not isinstance(signe, str):
        return None
    morceaux = signe.split(".")
    if len(morceaux) != 3 or not morceaux[1].isdigit():
        return None
    valeur, expire_a, signature = morceaux
    if VALEUR_SIGNABLE.fullmatch(valeur) is None or int(expire_a) <= maintenant:
        return None
    if not hmac.compare_digest(_hmac(cle, usage, valeur, expire_a), signature):
        return None
    return valeur
