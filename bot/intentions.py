"""The intent an opening message is acted on, from the NLU's ranking.

The NLU reads one message without its context. Two of its intents only make sense once
a case is open: ``informer`` (an answer to a form's question: "le 3 mars", "refus du
remboursement") and ``corriger`` (a correction of an earlier answer). When no case is
open, a message they win is acted on with the best-ranked intent that can open a
conversation, instead of being asked to rephrase.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

INTENTIONS_DE_SUITE = frozenset({"informer", "corriger"})
"""Intents that need a case in progress: an answer, a correction."""
REPLI = "nlu_fallback"
"""The fallback classifier's intent: the NLU was not confident enough to choose."""


def intention_d_ouverture(classement: Iterable[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The best-ranked intent of ``classement`` that can open a conversation.

    Args:
        classement: the NLU's ``intent_ranking`` (``name`` and ``confidence``), best first.

    Returns:
        Its first entry that is neither a follow-up intent nor the fallback, or ``None``.

    """
    for intention in classement:
        if intention.get("name") not in INTENTIONS_DE_SUITE | {REPLI}:
            return intention
    return None


def intention_agie_a_l_ouverture(analyse: Mapping[str, Any]) -> str:
    """The intent the assistant acts on when ``analyse`` is a conversation's first message.

    The NLU's own intent, unless it is a follow-up intent and another intent is ranked.
    """
    nom = str((analyse.get("intent") or {}).get("name") or "")
    if nom not in INTENTIONS_DE_SUITE:
        return nom
    ouverture = intention_d_ouverture(analyse.get("intent_ranking") or [])
    return str(ouverture["name"]) if ouverture else nom
