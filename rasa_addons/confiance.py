"""What Rasa's channels trust in a message: the proofs of ``bot.preuves``, checked.

The conversation proof and the agent pass are checked with ``RECOURS_SESSION_SECRET``,
shared with the web app that signs the passes of signed-in agents. The metadata a
channel hands to Rasa are rebuilt here: the client's ``organisation`` (which insurer's
rules apply: the person may choose it), and the audience the server grants, ``agent``
with the agent's login only for a valid pass, ``public`` otherwise.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from bot.preuves import LAISSEZ_PASSER_AGENT, conversation_prouvee, jeton_de_conversation, verifier
from edge.reglages import Reglages

ENTETE_PREUVE = "X-Recours-Jeton"
"""REST header carrying a conversation's proof, both ways."""
ENTETE_AGENT = "X-Recours-Agent"
"""REST header carrying a signed-in agent's pass."""


@dataclass(frozen=True)
class Confiance:
    """The server secret and what the channels accept (``edge.reglages.Reglages``)."""

    cle: bytes = field(repr=False)
    rest_sans_preuve: bool = False
    origines: tuple[str, ...] = ()

    @classmethod
    def depuis_reglages(cls, reglages: Reglages) -> Confiance:
        """The channels' trust settings; read once, when Rasa builds its channels.

        Raises:
            SystemExit: ``RECOURS_SESSION_SECRET`` is not set.

        """
        if reglages.secret_de_session is None:
            raise SystemExit(
                "RECOURS_SESSION_SECRET manquant : Rasa ne démarre pas sans la clé "
                "des preuves de conversation (README, « Configuration »)."
            )
        return cls(reglages.secret_de_session, reglages.rest_sans_preuve, reglages.origines)

    def jeton(self, conversation: str) -> str:
        """The proof handed to the client that opened ``conversation``."""
        return jeton_de_conversation(self.cle, conversation)

    def prouvee(self, conversation: object, jeton: object) -> bool:
        """Whether ``jeton`` proves ``conversation``."""
        return conversation_prouvee(self.cle, conversation, jeton)

    def agent(self, laissez_passer: object) -> str | None:
        """The agent's login a valid, unexpired pass vouches for, else ``None``."""
        return verifier(self.cle, LAISSEZ_PASSER_AGENT, laissez_passer, time.time())

    def origine_admise(self, origine: str | None) -> bool:
        """A browser's ``Origin`` is one of the allowed ones; no header (not a browser) passes."""
        return origine is None or origine in self.origines


def metadonnees_accordees(client: dict[str, Any], agent: str | None) -> dict[str, Any]:
    """The metadata Rasa gets: the client's organisation, the audience the server grants."""
    metadonnees: dict[str, Any] = {"audience": "agent" if agent else "public"}
    organisation = client.get("organisation")
    if isinstance(organisation, str):
        metadonnees["organisation"] = organisation
    if agent:
        metadonnees["agent"] = agent
    return metadonnees
