"""The REST channel's contract: what a request body must be (rasa_addons.canal_rest)."""

import json

import pytest

from rasa_addons.canal_rest import LONGUEUR_MAX_MESSAGE, Demande, DemandeInvalide, lire_demande


def corps(**champs: object) -> bytes:
    return json.dumps(champs).encode()


def test_une_demande_bien_formee_est_lue_telle_quelle() -> None:
    demande = lire_demande(corps(sender="c-1", message=" Bonjour ", metadata={"a": 1}))
    assert demande == Demande("c-1", " Bonjour ", {"a": 1})


def test_metadata_absentes_ou_nulles_valent_un_objet_vide() -> None:
    assert lire_demande(corps(sender="c", message="m")).metadata == {}
    assert lire_demande(corps(sender="c", message="m", metadata=None)).metadata == {}


@pytest.mark.parametrize(
    ("brut", "code"),
    [
        (b"{", "json_invalide"),
        (b"\xff", "json_invalide"),
        (b"[" * 50_000, "json_invalide"),
        (b"null", "objet_attendu"),
        (corps(message="m"), "sender_invalide"),
        (corps(sender="", message="m"), "sender_invalide"),
        (corps(sender="a b", message="m"), "sender_invalide"),
        (corps(sender="a" * 129, message="m"), "sender_invalide"),
        (corps(sender=["a"], message="m"), "sender_invalide"),
        (corps(sender="c"), "message_invalide"),
        (b'{"sender": "c", "message": "\\udc00"}', "message_invalide"),
        (corps(sender="c", message="x" * (LONGUEUR_MAX_MESSAGE + 1)), "message_trop_long"),
        (corps(sender="c", message="m", metadata="x"), "metadata_invalide"),
        (b'{"sender": "c", "message": "m", "metadata": {"k": "\\ud800"}}', "metadata_invalide"),
    ],
)
def test_une_demande_hors_contrat_est_refusee_avec_son_code(brut: bytes, code: str) -> None:
    with pytest.raises(DemandeInvalide) as refus:
        lire_demande(brut)
    assert refus.value.code == code


def test_les_identifiants_usuels_sont_acceptes() -> None:
    for expediteur in ("0f" * 16, "e2e-12", "jeanne.dupont+crm@exemple.fr", "crm:4521_b"):
        assert lire_demande(corps(sender=expediteur, message="m")).expediteur == expediteur
