"""Privacy rules applied to stored conversation events (brief §6 and §7).

A user message that reveals health details is replaced by a fixed notice before it is
stored, and so is any slot value that carries such text. The events are plain dicts
(Rasa's serialised form), so this stays free of Rasa imports.
"""

from __future__ import annotations

import copy
from typing import Any

from bot.sante import contient_donnees_medicales

MESSAGE_MASQUE = "[message masqué : informations médicales]"


def masquer_evenement(evenement: dict[str, Any]) -> dict[str, Any]:
    """Return ``evenement`` with any health information replaced; the input is not changed."""
    genre = evenement.get("event")
    if genre == "user" and contient_donnees_medicales(str(evenement.get("text") or "")):
        masque = copy.deepcopy(evenement)
        masque["text"] = MESSAGE_MASQUE
        masque["entities"] = []
        analyse = masque.get("parse_data")
        if isinstance(analyse, dict):
            analyse["text"] = MESSAGE_MASQUE
            analyse["entities"] = []
        return masque
    valeur = evenement.get("value")
    if genre == "slot" and isinstance(valeur, str) and contient_donnees_medicales(valeur):
        return {**evenement, "value": None}
    return evenement
