"""Health information never reaches the tracker store (brief §6)."""

from bot.confidentialite import MESSAGE_MASQUE, masquer_evenement

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
