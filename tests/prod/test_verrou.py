"""The lock store itself, against the profile's Redis, from several processes at once."""

from __future__ import annotations

import asyncio
import multiprocessing
import time

import pytest
import redis

from production.pile import Pile
from rasa_addons.verrou_redis import AtomicRedisLockStore

pytestmark = pytest.mark.prod

PROCESSUS = 4
PASSAGES = 25
CONVERSATION = "verrou-test"


def _magasin(port: int, mot_de_passe: str) -> AtomicRedisLockStore:
    return AtomicRedisLockStore(
        host="127.0.0.1", port=port, password=mot_de_passe, key_prefix="test"
    )


def _passer(port: int, mot_de_passe: str, chevauchements: multiprocessing.Queue[int]) -> None:
    """Enter the conversation's lock ``PASSAGES`` times; count who else was inside."""
    magasin = _magasin(port, mot_de_passe)
    compteur = redis.Redis(host="127.0.0.1", port=port, password=mot_de_passe)

    async def passer() -> int:
        vus = 0
        for _ in range(PASSAGES):
            async with magasin.lock(CONVERSATION, lock_lifetime=30, wait_time_in_seconds=0.005):
                if compteur.incr("test:dedans") != 1:
                    vus += 1
                await asyncio.sleep(0.002)
                compteur.decr("test:dedans")
        return vus

    chevauchements.put(asyncio.run(passer()))


def test_un_seul_tour_a_la_fois_entre_processus(pile: Pile, mesures: list[str]) -> None:
    port, mot_de_passe = pile.ports.redis, pile.secrets.RECOURS_REDIS_PASSWORD
    contexte = multiprocessing.get_context("spawn")
    chevauchements: multiprocessing.Queue[int] = contexte.Queue()
    groupe = [
        contexte.Process(target=_passer, args=(port, mot_de_passe, chevauchements))
        for _ in range(PROCESSUS)
    ]
    debut = time.monotonic()
    for processus in groupe:
        processus.start()
    for processus in groupe:
        processus.join(timeout=120)
        assert processus.exitcode == 0
    vus = [chevauchements.get(timeout=5) for _ in groupe]
    duree = time.monotonic() - debut
    mesures.append(f"lock store: {PROCESSUS} processes x {PASSAGES} turns in {duree:.1f} s")
    assert sum(vus) == 0, f"{sum(vus)} turns ran while another held the lock"
    assert _magasin(port, mot_de_passe).get_lock(CONVERSATION) is None, "lock left behind"
