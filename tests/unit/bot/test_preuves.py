"""Proofs of conversations and signed values (HMAC under the server secret)."""

from bot.preuves import (
    CSRF,
    SESSION_AGENT,
    conversation_prouvee,
    jeton_de_conversation,
    signer,
    verifier,
)

CLE = b"k" * 32


def test_seule_la_preuve_de_la_conversation_la_prouve() -> None:
    jeton = jeton_de_conversation(CLE, "abc")
    assert conversation_prouvee(CLE, "abc", jeton)
    assert not conversation_prouvee(CLE, "abd", jeton)
    assert not conversation_prouvee(b"autre" * 8, "abc", jeton)
    assert not conversation_prouvee(CLE, "abc", jeton[:-1] + ("0" if jeton[-1] != "0" else "1"))
    for faux in (None, "", 42, jeton.upper()):
        assert not conversation_prouvee(CLE, "abc", faux)
    assert not conversation_prouvee(CLE, "a b", jeton_de_conversation(CLE, "a b"))


def test_une_valeur_signee_vaut_pour_son_usage_jusqu_a_son_expiration() -> None:
    signe = signer(CLE, SESSION_AGENT, "claire", 1000)
    assert verifier(CLE, SESSION_AGENT, signe, 999) == "claire"
    assert verifier(CLE, SESSION_AGENT, signe, 1000) is None
    assert verifier(CLE, CSRF, signe, 999) is None
    assert verifier(b"autre" * 8, SESSION_AGENT, signe, 999) is None


def test_une_valeur_signee_alteree_est_refusee() -> None:
    valeur, expire, signature = signer(CLE, SESSION_AGENT, "claire", 1000).split(".")
    for altere in (
        f"bruno.{expire}.{signature}",
        f"{valeur}.9999.{signature}",
        f"{valeur}.{expire}.{signature[::-1]}",
        f"{valeur}.{expire}",
        f"{valeur}.-1.{signature}",
        "",
        None,
    ):
        assert verifier(CLE, SESSION_AGENT, altere, 0) is None
