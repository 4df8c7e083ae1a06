"""The environment of every service, built in one place and in three layers."""

from __future__ import annotations

import sys
import warnings
from collections.abc import Mapping

from lanceur.ports import HOTE

LIAISONS = {
    "RASA_TELEMETRY_ENABLED": "false",
    "SANIC_HOST": HOTE,
    "RECOURS_WEB_HOST": HOTE,
}
"""What the launcher always sets: no telemetry, every server bound to loopback."""

SILENCES = {
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "PYTHONWARNINGS": "ignore::DeprecationWarning",  # SANS_DEPRECIATIONS
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
}
"""Noise kept out of the logs unless the environment asks for it: TensorFlow's C++ notes
(oneDNN, CUDA and TensorRT not found, CPU instructions), the libraries' deprecation
warnings, SQLAlchemy's 2.0 notice. Set ``TF_CPP_MIN_LOG_LEVEL=0`` or
``PYTHONWARNINGS=default`` to see them again."""

SANS_DEPRECIATIONS = "ignore::DeprecationWarning"


def taire_les_depreciations() -> None:
    """Keep hiding deprecation warnings in a server's process, as ``SILENCES`` asks.

    Sanic, when imported, puts ``once`` for ``DeprecationWarning`` in front of the
    filters that ``PYTHONWARNINGS`` set: each warning then shows once. Importing it first
    and putting the filter back in front keeps them hidden, unless the environment asks
    otherwise (``PYTHONWARNINGS`` without ``ignore::DeprecationWarning``).
    """
    if SANS_DEPRECIATIONS in sys.warnoptions:
        import sanic  # noqa: F401  (its import adds the filter to override)

        warnings.filterwarnings("ignore", category=DeprecationWarning)


def environnement(
    base: Mapping[str, str],
    defauts: Mapping[str, str] | None = None,
    imposees: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The variables a service starts with.

    ``SILENCES`` come first: anything else overrides them.

    Args:
        base: The caller's environment (``os.environ``, or a test's isolated copy).
        defauts: Values the profile derives (addresses, databases); ``base`` overrides
            them, so ``make run`` honours what the person exported.
        imposees: Values that override everything, after the loopback bindings
            (``LIAISONS``): the production settings, a test's ``RECOURS_TODAY``.

    """
    return {**SILENCES, **(defauts or {}), **base, **LIAISONS, **(imposees or {})}
