"""Rasa's command line, with one measured fix: action results validated by a cached schema.

It also adds ``/metrics`` and ``/pret`` to the server (``rasa_addons.observabilite``),
and bounds the call to the action server by ``lanceur.delais`` (Rasa 3.6 waits 5 minutes).

Rasa 3.6 checks every answer of the action server with ``jsonschema.validate``, which
re-checks the (large) schema itself and rebuilds a validator on each call. A profile of
the Rasa server under load (py-spy, see BENCHMARKS.md) put that at about 40 % of the CPU
of a message. The same schema, compiled once, gives the same verdicts.

Usage: ``python -m rasa_addons.serveur run …`` — the arguments of ``rasa``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import rasa.core.actions.action
import rasa.core.run
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from sanic import Sanic

from lanceur.delais import DELAIS
from rasa_addons.observabilite import ajouter_routes


@cache
def validateur_des_reponses() -> Validator:
    """The action-server response schema of Rasa, compiled once."""
    schema = RemoteAction.action_response_format_spec()
    classe = validator_for(schema)
    classe.check_schema(schema)
    validateur: Validator = classe(schema)
    return validateur


def _valider(_action: RemoteAction, resultat: dict[str, Any]) -> bool:
    """Drop-in for ``RemoteAction._validate_action_result``: raises ``ValidationError``."""
    validateur_des_reponses().validate(resultat)
    return True


def _avec_les_routes(configurer: Callable[..., Sanic]) -> Callable[..., Sanic]:
    """Wrap Rasa's ``configure_app`` so that every server it builds has our routes."""

    def configure_app(*args: Any, **kwargs: Any) -> Sanic:
        app = configurer(*args, **kwargs)
        ajouter_routes(app)
        return app

    return configure_app


def installer() -> None:
    """Install the fixes and the operator's routes.

    Every ``RemoteAction`` uses the compiled validator and the action timeout of
    ``lanceur.delais``; every server gets ``/metrics`` and ``/pret``.
    """
    RemoteAction._validate_action_result = _valider
    rasa.core.actions.action.DEFAULT_REQUEST_TIMEOUT = DELAIS.appel_action
    rasa.core.run.configure_app = _avec_les_routes(rasa.core.run.configure_app)


def main() -> None:
    """Run Rasa's command line with the fix installed."""
    from rasa.__main__ import main as rasa_main

    installer()
    rasa_main()


if __name__ == "__main__":
    main()
