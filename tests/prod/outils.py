"""Talk to the production profile and read what PostgreSQL stored."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

from bot.confidentialite import MESSAGE_MASQUE
from bot.preuves import LAISSEZ_PASSER_AGENT, signer
from bot.sante import contient_donnees_medicales
from outillage.rest import ClientRest, texte
from production.configuration import url_base
from production.pile import Pile


def laissez_passer(pile: Pile, agent: str, duree: int = 600) -> str:
    """The pass the agents' page of a signed-in ``agent`` hands to Rasa."""
    cle = pile.secrets.RECOURS_SESSION_SECRET.encode()
    return signer(cle, LAISSEZ_PASSER_AGENT, agent, int(time.time()) + duree)


def api(pile: Pile, indice: int) -> ClientRest:
    """The HTTP API of replica ``indice`` (nginx does not publish it)."""
    return ClientRest(pile.url_replique(indice), pile.secrets.RASA_AUTH_TOKEN)


@dataclass
class Tour:
    """One message of the person and what the assistant answered to it."""

    message: str
    texte: str


@dataclass
class Echange:
    """What a client sent and received in one conversation, to compare with the store."""

    expediteur: str
    tours: list[Tour] = field(default_factory=list)

    def noter(self, message: str, reponses: list[dict[str, Any]]) -> None:
        """Record one turn as the client saw it."""
        self.tours.append(Tour(message, texte(reponses)))


@contextmanager
def base(pile: Pile) -> Iterator[Engine]:
    """An engine on the profile's PostgreSQL database."""
    moteur = create_engine(url_base(pile.ports, pile.secrets.RECOURS_PG_PASSWORD))
    try:
        yield moteur
    finally:
        moteur.dispose()


def evenements(moteur: Engine, expediteur: str) -> list[dict[str, Any]]:
    """The stored events of one conversation, in the order they were written."""
    with moteur.connect() as connexion:
        lignes = connexion.exec_driver_sql(
            "SELECT data FROM events WHERE sender_id = %s ORDER BY id", (expediteur,)
        ).fetchall()
    return [json.loads(ligne[0]) for ligne in lignes]


def tours_stockes(stockes: list[dict[str, Any]]) -> list[Tour]:
    """Rebuild the turns from the stored events: each user message and the bot texts after it.

    As Rasa replays them: a ``rewind`` takes the latest user message back (an opening
    told again with another intent, ``actions.ouverture.relire_comme_ouverture``).
    """
    tours: list[tuple[str, list[str]]] = []
    for evenement in stockes:
        if evenement["event"] == "rewind" and tours:
            tours.pop()
        elif evenement["event"] == "user":
            tours.append((evenement.get("text") or "", []))
        elif evenement["event"] == "bot" and evenement.get("text") and tours:
            tours[-1][1].append(evenement["text"].strip())
    return [Tour(message, "\n\n".join(textes)) for message, textes in tours]


def comme_stocke(message: str) -> str:
    """A user message as Rasa (which strips it) and the redacting tracker store write it."""
    return MESSAGE_MASQUE if contient_donnees_medicales(message) else message.strip()


def verifier_stockage(moteur: Engine, echange: Echange, ordre_libre: bool = False) -> None:
    """Every turn the client saw is stored once, with exactly the answers it got.

    Args:
        moteur: The profile's database.
        echange: What the client sent and received.
        ordre_libre: The turns were sent concurrently: any order will do, but the
            stored turns must still be whole (no turn's answers mixed with another's).
    """
    stockes = evenements(moteur, echange.expediteur)
    horodatages = [e["timestamp"] for e in stockes]
    assert horodatages == sorted(horodatages), "events stored out of order"
    identites = [json.dumps(e, sort_keys=True) for e in stockes]
    assert len(identites) == len(set(identites)), "an event is stored twice"
    attendus = [Tour(comme_stocke(t.message), t.texte) for t in echange.tours]
    obtenus = tours_stockes(stockes)
    if ordre_libre:
        cle = lambda t: (t.message, t.texte)  # noqa: E731
        attendus, obtenus = sorted(attendus, key=cle), sorted(obtenus, key=cle)
    assert obtenus == attendus, f"{echange.expediteur}: stored turns differ from the answers"


def adresses_d_ecoute(port: int) -> set[str]:
    """Local addresses (hex, as in /proc/net/tcp*) listening on ``port``."""
    adresses = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for ligne in Path(table).read_text().splitlines()[1:]:
            locale, etat = ligne.split()[1], ligne.split()[3]
            adresse, port_hex = locale.split(":")
            if etat == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                adresses.add(adresse)
    return adresses


def requested_slot(pile: Pile, expediteur: str) -> Any:
    """The slot the form asks for, read through a replica's token-protected API."""
    return api(pile, 1).tracker(expediteur)["slots"]["requested_slot"]


def reponse_du_domaine(pile: Pile, nom: str, conditionnelle: bool = False) -> str:
    """The text of a response in the replicas' domain: its variation without condition,
    or the one with a condition (the contact centre's)."""
    variantes = api(pile, 0).domaine()["responses"][nom]
    return next(str(v["text"]) for v in variantes if bool(v.get("condition")) == conditionnelle)
