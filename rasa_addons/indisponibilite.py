"""What a channel says when a turn produced no answer at all.

Every message gets an answer from this bot when it is healthy, so silence always means
a failure on the way: the action server is down (Rasa 3.6 only logs the failed call),
or the tracker or lock store failed (the channel only logs the exception). The person
is then told that the service is momentarily unavailable, and can send the same answer
again once it is back: the conversation is still where it was.
"""

from __future__ import annotations

from typing import Any

from rasa.core.channels.channel import OutputChannel
from rasa.shared.core.trackers import DialogueStateTracker

from rasa_addons.observabilite import metriques

REPONSE = "utter_service_indisponible"


async def annoncer_indisponibilite(
    agent: Any, sortie: OutputChannel, expediteur: str, metadata: dict[str, Any]
) -> None:
    """Send ``utter_service_indisponible`` to ``expediteur`` through ``sortie``.

    Nothing is read or stored (the stores may be what failed): the response's variation
    is chosen on the metadata that name a slot (``audience`` for the contact centre).
    """
    tracker = DialogueStateTracker(expediteur, agent.domain.slots)
    for nom, valeur in metadata.items():
        if nom in tracker.slots:
            tracker.slots[nom].value = valeur
    metriques().indisponible.inc()
    reponse = await agent.nlg.generate(REPONSE, tracker, sortie.name())
    if reponse:
        await sortie.send_response(expediteur, reponse)
