"""The environment of every service, built in one place and in three layers."""

from __future__ import annotations

from collections.abc import Mapping

from lanceur.ports import HOTE

LIAISONS = {
    "RASA_TELEMETRY_ENABLED": "false",
    "SANIC_HOST": HOTE,
    "RECOURS_WEB_HOST": HOTE,
}
"""What the launcher always sets: no telemetry, every server bound to loopback."""


def environnement(
    base: Mapping[str, str],
    defauts: Mapping[str, str] | None = None,
    imposees: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The variables a service starts with.

    Args:
        base: The caller's environment (``os.environ``, or a test's isolated copy).
        defauts: Values the profile derives (addresses, databases); ``base`` overrides
            them, so ``make run`` honours what the person exported.
        imposees: Values that override everything, after the loopback bindings
            (``LIAISONS``): the production settings, a test's ``RECOURS_TODAY``.

    """
    return {**(defauts or {}), **base, **LIAISONS, **(imposees or {})}
