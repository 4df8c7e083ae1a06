"""Rasa's ``RedisLockStore`` with every change of a lock made atomically.

Rasa 3.6.21 reads a conversation's ticket lock from Redis, changes it in Python and
writes it back (``issue_ticket``, ``finish_serving``, ``cleanup``, ``update_lock``).
Two replicas handling messages of the same conversation at the same moment can
interleave those steps: both draw the same ticket and run the conversation at once,
or one writes back a lock without the other's ticket, which then fails with a
``LockError`` (the fix, rasa PR #11256, was reverted in #11428).

Here each of those read-modify-write steps runs inside a Redis transaction
(``WATCH``/``MULTI``/``EXEC``): if another process changed the lock in between,
Redis refuses the write and the step is replayed on the fresh value. The ticket
algorithm and the stored format stay Rasa's own, so replicas using this class and
replicas using Rasa's would still read each other's locks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

T = TypeVar("T")

ESSAIS_MAX = 100
"""Replays of one step before giving up: each replay means another process won a race."""


class AtomicRedisLockStore(RedisLockStore):
    """``RedisLockStore`` whose lock changes are Redis transactions (see module docstring)."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        """Build from ``endpoints.yml`` (``endpoint_config``) or from keyword arguments.

        Rasa creates a lock store named by its module path with ``endpoint_config``
        only; the keys are the ones ``type: redis`` accepts (``url`` is the host).
        """
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs}
        super().__init__(**kwargs)

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        """Draw the next ticket for ``conversation_id``, creating the lock if needed."""
        numero = self._modifier(conversation_id, lambda v: v.issue_ticket(lock_lifetime))
        if numero is None:  # cannot happen: the lock is created when missing
            raise LockError(f"No ticket issued for '{conversation_id}'")
        return int(numero)

    def update_lock(self, conversation_id: str) -> None:
        """Drop the expired tickets of the lock (the lock goes when none is left)."""
        self._modifier(conversation_id, lambda v: v.remove_expired_tickets(), creer=False)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        """Remove ``ticket_number`` from the lock (the lock goes when none is left)."""
        self._modifier(conversation_id, lambda v: v.remove_ticket_for(ticket_number), creer=False)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Finish serving ``ticket_number``; a lock nobody waits for is deleted in the same step.

        Rasa's version reads "is anyone waiting?" and deletes in two steps, which can
        delete a ticket another replica has just drawn.
        """
        self.finish_serving(conversation_id, ticket_number)

    def _modifier(
        self, conversation_id: str, changement: Callable[[TicketLock], T], creer: bool = True
    ) -> T | None:
        """Apply ``changement`` to the stored lock in one transaction and return its result.

        Args:
            conversation_id: Whose lock.
            changement: Changes the lock in place.
            creer: Start from an empty lock when none is stored; otherwise do nothing.

        Returns:
            What ``changement`` returned, or ``None`` if there was no lock to change.

        Raises:
            LockError: Redis failed, or other processes won the race ``ESSAIS_MAX`` times.

        """
        cle = self.key_prefix + conversation_id
        try:
            for _ in range(ESSAIS_MAX):
                with self.red.pipeline() as transaction:
                    try:
                        transaction.watch(cle)
                        brut = transaction.get(cle)
                        if brut is None and not creer:
                            return None
                        verrou = (
                            TicketLock.from_dict(json.loads(brut))
                            if brut is not None
                            else self.create_lock(conversation_id)
                        )
                        resultat = changement(verrou)
                        transaction.multi()
                        if verrou.is_someone_waiting():
                            transaction.set(cle, verrou.dumps())
                        else:
                            transaction.delete(cle)
                        transaction.execute()
                        return resultat
                    except redis.WatchError:
                        continue
        except redis.RedisError as erreur:
            raise LockError(
                f"Redis failed on the lock of '{conversation_id}': {erreur}"
            ) from erreur
        raise LockError(f"Lock of '{conversation_id}' kept changing: {ESSAIS_MAX} tries")
