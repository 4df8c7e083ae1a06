"""Health information never reaches the tracker store (brief §6)."""

from bot.confidentialite import MESSAGE_MASQUE, masquer_evenement
from bot.dossier import adresse_de_lettre

MEDICAL = "on refuse de rembourser ma chimiothérapie"


def test_message_medical_masque_texte_et_analyse() -> None:
    evenement = {
        "event": "user",
        "text": MEDICAL,
        "parse_data": {
            "text": MEDICAL,
            "intent": {"name": "reclamation"},
            "entities": [{"value": "x"}],
        },
        "entities": [{"value": "x"}],
    }
    masque = masquer_evenement(evenement)
    assert masque["text"] == MESSAGE_MASQUE
    assert masque["parse_data"]["text"] == MESSAGE_MASQUE
    assert masque["parse_data"]["entities"] == [] and masque["entities"] == []
    assert masque["parse_data"]["intent"] == {"name": "reclamation"}
    assert evenement["text"] == MEDICAL  # the input is not changed


def test_valeur_de_slot_medicale_effacee() -> None:
    assert masquer_evenement({"event": "slot", "name": "nature", "value": MEDICAL})["value"] is None


def test_evenements_ordinaires_inchanges() -> None:
    for evenement in (
        {"event": "user", "text": "ma mutuelle ne rembourse pas mes lunettes"},
        {"event": "slot", "name": "contact_prealable", "value": True},
        {"event": "bot", "text": "Bonjour"},
    ):
        assert masquer_evenement(evenement) is evenement


def test_lien_de_lettre_jamais_stocke_avec_son_jeton() -> None:
    """The bot's text, its payload and any slot keep the letter's address, not its key."""
    lien = adresse_de_lettre("https://r.exemple.fr", "MX-2026-7KQ4-M2XD", "s3cr3t-_jeton")
    texte = f"Votre lettre de réclamation : {lien} Ce lien est personnel."
    evenement = {
        "event": "bot",
        "text": texte,
        "data": {"custom": {"type": "orientation", "lettre_url": lien, "canaux": [lien]}},
    }
    masque = masquer_evenement(evenement)
    assert "s3cr3t" not in repr(masque)
    assert (
        masque["data"]["custom"]["lettre_url"]
        == "https://r.exemple.fr/dossiers/MX-2026-7KQ4-M2XD/lettre"
    )
    assert masque["text"].endswith("/lettre Ce lien est personnel.")
    assert evenement["text"] == texte  # the input is not changed
    assert "s3cr3t" not in repr(masquer_evenement({"event": "user", "text": f"voici {lien}"}))


def test_evenement_sans_lien_rendu_tel_quel() -> None:
    evenement = {"event": "bot", "text": "Bonjour", "data": {"custom": {"a": [1, "b"]}}}
    assert masquer_evenement(evenement) is evenement
