"""How many messages one socket.io connection may send: a token bucket per socket.

nginx limits socket.io connections and handshakes per address, but it cannot see the
messages inside an open websocket; this bound is the channel's own. A person types far
below it; a script flooding one socket gets a short French answer, and nothing of the
flood reaches Rasa.
"""

from __future__ import annotations

from dataclasses import dataclass, field

RAFALE = 10
"""Messages a socket may send at once (a paste of several lines, double clicks)."""
PAR_SECONDE = 2.0
"""Messages a socket may send per second, on average, after a burst."""
TROP_DE_MESSAGES = (
    "Trop de messages à la fois : patientez quelques secondes, puis renvoyez le vôtre."
)
"""The answer to a message over the limit (it is not handled)."""


@dataclass
class Seau:
    """``capacite`` messages at once, refilled at ``par_seconde``; times in seconds."""

    capacite: float = RAFALE
    par_seconde: float = PAR_SECONDE
    jetons: float = field(init=False)
    dernier: float | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.jetons = self.capacite

    def accepter(self, maintenant: float) -> bool:
        """Take one message at time ``maintenant`` (monotonic); ``False`` over the limit."""
        if self.dernier is not None:
            ecoule = max(0.0, maintenant - self.dernier)
            self.jetons = min(self.capacite, self.jetons + ecoule * self.par_seconde)
        self.dernier = maintenant
        if self.jetons < 1:
            return False
        self.jetons -= 1
        return True
