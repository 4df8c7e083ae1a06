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

A letter link is shown once and never stored in clear: its secret is the address's
fragment (``…/lettre#jeton=…``), which ``masquer_evenement`` drops from every string of
every event (the bot's text, its payload, a slot, a message the person pasted), so the
tracker store keeps the address without its key.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from bot.sante import contient_donnees_medicales

MESSAGE_MASQUE = "[message masqué : informations médicales]"

_CLE_DE_LETTRE = re.compile(r"(/dossiers/[^/\s#?]+/lettre)#[^\s\"'<>]*")
"""A letter address and its fragment, the token (``bot.dossier``)."""


def sans_cle_de_lettre(texte: str) -> str:
    """``texte`` with the token of every letter link removed (the address is kept)."""
    return _CLE_DE_LETTRE.sub(r"\1", texte)


def _sans_cles(valeur: Any) -> Any:
    """``valeur`` (JSON-like) without letter tokens; the same object when it has none."""
    if isinstance(valeur, str):
        masquee = sans_cle_de_lettre(valeur)
        return valeur if masquee == valeur else masquee
    if isinstance(valeur, dict):
        nouvelles = {cle: _sans_cles(v) for cle, v in valeur.items()}
        changee = any(nouvelles[cle] is not v for cle, v in valeur.items())
        return nouvelles if changee else valeur
    if isinstance(valeur, list):
        elements = [_sans_cles(v) for v in valeur]
        changee = any(a is not b for a, b in zip(elements, valeur, strict=True))
        return elements if changee else valeur
    return valeur


def masquer_evenement(evenement: dict[str, Any]) -> dict[str, Any]:
    """Return ``evenement`` without health information nor letter tokens.

    The input is not changed; it is returned itself when there is nothing to mask.
    """
    masque: dict[str, Any] = _sans_cles(evenement)
    return _sans_sante(masque)


def _sans_sante(evenement: dict[str, Any]) -> dict[str, Any]:
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
