"""Privacy rules applied to stored conversation events (brief §6 and §7).

A user message that reveals health details is replaced by a fixed notice before it is
stored, and so is any slot value that carries such text. The events are plain dicts
(Rasa's serialised form), so this stays free of Rasa imports.

The health rule (``bot.sante.contient_donnees_medicales``) is enforced in these places,
and only these:

- ``actions/validation_globale.py``: every user message, at every turn and in every
  form, sets ``donnees_medicales`` and warns the person (``utter_donnees_medicales``);
- ``rasa_addons/tracker_store.py``: this module's ``masquer_evenement`` runs on every
  event before Rasa's tracker store writes it (SQLite or PostgreSQL);
- ``actions/formulaires.py``: the free-text answers (nature, pièces) that reveal health
  details are refused and asked again "sans détail médical";
- ``bot/dossier.py``: ``Reclamation.verifier_sans_donnees_medicales`` refuses a dossier
  with such a field before anything is written, so the dossier table, the outbox, the
  insurer's webhook, the letters and the exports never hold one;
- ``rasa_addons/canal_socketio.py``: the socket.io channel answers a message that
  reveals health details with ``message_masque`` before Rasa handles it (so even when
  the action server is down), and ``webapp/static/recours.js`` keeps a person's message
  in the browser's storage only once the server has answered it, masked if so told.
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
