"""Every timeout of a turn, in one place, each shorter than the one that waits for it.

A message goes widget → nginx → Rasa (which holds the conversation's lock) → action
server. Each layer gives up a little after the layer it waits for, so that the
innermost failure is the one reported, and reported cleanly:

- the action call ends first (Rasa answers ``utter_service_indisponible``);
- the conversation's lock outlives that call, so a slow turn keeps it to the end, but
  it expires before anything outside gives up: a replica that hangs holding it does not
  block the conversation on the other replica for longer;
- Sanic answers the REST request before nginx stops reading it;
- nginx answers (``service_indisponible``) before the widget tells the person that
  nothing came back.

The README's "Délais" lists them; ``tests/unit/lanceur/test_delais.py`` checks the
order, nginx's configuration, the ingress and the widget's constant against them.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass


@dataclass(frozen=True)
class Delais:
    """The timeouts of one turn, in seconds, innermost first."""

    appel_action: int = 15
    """Rasa's call to the action server (Rasa 3.6 waits 5 minutes)."""
    verrou: int = 20
    """Lifetime of a conversation's lock (``TICKET_LOCK_LIFETIME``; Rasa: 60 s)."""
    reponse_rasa: int = 25
    """Sanic's response timeout on Rasa (``--response-timeout``; Rasa: 1 hour)."""
    lecture_nginx: int = 30
    """nginx's ``proxy_read_timeout`` (production, compose) and the ingress's."""
    widget: int = 35
    """The widget's wait before it says that nothing came back (``ATTENTE_MAX_MS``)."""
    inactivite_socketio: int = 60
    """nginx's ``proxy_read_timeout`` on socket.io: an open websocket or long poll is quiet
    until engine.io's ping (every 25 s); a turn's answer there is not bound to a request."""

    def __post_init__(self) -> None:
        """Refuse timeouts of a turn that are not strictly increasing."""
        tour = self.d_un_tour()
        if list(tour) != sorted(set(tour)):
            raise ValueError(f"délais d'un tour non strictement croissants : {tour}")

    def d_un_tour(self) -> tuple[int, ...]:
        """The timeouts of a turn, innermost first (not socket.io's idle time)."""
        return astuple(self)[:5]


DELAIS = Delais()
"""The timeouts every profile runs with."""
