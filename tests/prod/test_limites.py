"""Rate limits at the public entry: over them, a 429 in French at once; the server stays up."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections import Counter
from urllib.parse import urlsplit

import aiohttp
import pytest
import requests

from outillage.rest import WEBHOOK, parler, texte
from production.configuration import (
    LIMITES,
    MESSAGE_TROP_DE_DEMANDES_DE_LETTRE,
    MESSAGE_TROP_DE_REQUETES,
)
from production.pile import Pile

pytestmark = pytest.mark.prod


async def _salve(
    url: str,
    source: str,
    nombre: int,
    cles: list[str] | None = None,
    formulaire: dict[str, str] | None = None,
) -> list[tuple[int, str, str]]:
    """``nombre`` requests at once from the loopback address ``source`` (its own limits).

    With ``cles`` (conversation keys, in turn), POSTs to the REST channel whose body is
    not a message: it is refused at once (400), no turn runs, so what is measured is nginx's
    limit, not Rasa's speed. With ``formulaire``, form POSTs (a letter's key). Otherwise,
    GETs of ``url``. Each: status, body, content type.
    """
    connecteur = aiohttp.TCPConnector(local_addr=(source, 0), limit=64)
    async with aiohttp.ClientSession(connector=connecteur) as session:

        async def une(i: int) -> tuple[int, str, str]:
            if formulaire is not None:
                requete = session.post(url, data=formulaire)
            elif cles is None:
                requete = session.get(url)
            else:
                entetes = {"X-Recours-Session": cles[i % len(cles)]}
                requete = session.post(url, json={}, headers=entetes)
            async with requete as r:
                return r.status, await r.text(), r.headers.get("Content-Type", "")

        return await asyncio.gather(*(une(i) for i in range(nombre)))


def _webhook(pile: Pile) -> str:
    return f"{pile.url_publique}{WEBHOOK}"


def _verifier_429(reponses: list[tuple[int, str, str]]) -> Counter[int]:
    statuts = Counter(statut for statut, _, _ in reponses)
    assert all(400 <= statut < 500 for statut in statuts), statuts  # refused, never a 5xx
    for statut, corps, _ in reponses:
        if statut == 429:
            assert json.loads(corps)["message"] == MESSAGE_TROP_DE_REQUETES
    return statuts


def test_une_conversation_au_dela_de_sa_limite_recoit_429_en_francais(
    pile: Pile, mesures: list[str]
) -> None:
    nombre = LIMITES.conversation_rafale * 2
    reponses = asyncio.run(_salve(_webhook(pile), "127.0.0.21", nombre, ["limite-conversation"]))
    statuts = _verifier_429(reponses)
    assert statuts[429] >= nombre - LIMITES.conversation_rafale - 2 * LIMITES.conversation_par_s
    mesures.append(f"one conversation, {nombre} requests at once: {statuts[429]} × 429")
    time.sleep(2)
    assert texte(parler(pile.url_publique, "limite-conversation", "bonjour"))


def test_une_adresse_au_dela_de_sa_limite_recoit_429_en_francais(
    pile: Pile, mesures: list[str]
) -> None:
    nombre = LIMITES.rest_rafale * 4
    cles = [f"limite-adresse-{i}" for i in range(nombre)]
    debut = time.monotonic()
    reponses = asyncio.run(_salve(_webhook(pile), "127.0.0.22", nombre, cles))
    duree = time.monotonic() - debut
    statuts = _verifier_429(reponses)
    assert statuts[429] > 0, f"{nombre} requests in {duree:.1f} s: none over the limit"
    mesures.append(f"one address, {nombre} requests in {duree:.1f} s: {statuts[429]} × 429")
    time.sleep(2)
    assert texte(parler(pile.url_publique, "limite-adresse-apres", "bonjour"))


def _ouvrir_websocket(pile: Pile, source: str) -> tuple[socket.socket, int]:
    """A socket.io websocket opened by hand (held open); the HTTP status nginx gave."""
    adresse = urlsplit(pile.url_publique)
    connexion = socket.create_connection(
        ("127.0.0.1", pile.ports.http), timeout=10, source_address=(source, 0)
    )
    connexion.sendall(
        (
            "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\n"
            f"Host: {adresse.netloc}\r\nOrigin: {pile.url_publique}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        ).encode()
    )
    entete = b""
    while b"\r\n\r\n" not in entete:
        morceau = connexion.recv(4096)
        if not morceau:
            break
        entete += morceau
    return connexion, int(entete.split()[1])


def test_trop_de_connexions_socketio_d_une_adresse_recoivent_429(
    pile: Pile, mesures: list[str]
) -> None:
    ouvertes: list[socket.socket] = []
    statuts: list[int] = []
    try:
        for _ in range(LIMITES.socketio_connexions + 5):
            connexion, statut = _ouvrir_websocket(pile, "127.0.0.23")
            ouvertes.append(connexion)
            statuts.append(statut)
    finally:
        for connexion in ouvertes:
            connexion.close()
    assert statuts[: LIMITES.socketio_connexions] == [101] * LIMITES.socketio_connexions
    assert statuts[LIMITES.socketio_connexions :] == [429] * 5
    mesures.append(f"socket.io: {statuts.count(101)} websockets open, the next 5 refused (429)")
    time.sleep(1)
    connexion, statut = _ouvrir_websocket(pile, "127.0.0.23")
    connexion.close()
    assert statut == 101, "closed connections free the address's slots"


def test_trop_de_lettres_ouvertes_recoivent_429_en_francais(pile: Pile, mesures: list[str]) -> None:
    lettre = f"{pile.url_publique}/dossiers/MX-2026-AAAA-AAAA/lettre"
    nombre = LIMITES.lettres_rafale * 2
    cle = {"jeton": "A" * 43}  # what the letter page posts from its link's fragment
    reponses = asyncio.run(_salve(lettre, "127.0.0.24", nombre, formulaire=cle))
    statuts = Counter(statut for statut, _, _ in reponses)
    assert set(statuts) == {404, 429}, statuts
    _, corps, genre = next(r for r in reponses if r[0] == 429)
    assert corps == MESSAGE_TROP_DE_DEMANDES_DE_LETTRE and genre.startswith("text/plain")
    mesures.append(f"letters, {nombre} opened at once: {statuts[429]} × 429")
    assert requests.get(f"{pile.url_publique}/", timeout=10).status_code == 200
