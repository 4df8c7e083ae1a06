"""rasa-sdk's plugin package: the action server imports it, if present, when it starts.

``rasa run actions`` calls ``init_hooks`` with its plugin manager, then
``attach_sanic_app_extensions`` with its Sanic app: that is where the operator's routes
(``/metrics``, ``/pret``, see ``actions.metriques``) join ``/webhook``.
"""

from __future__ import annotations

import pluggy
from sanic import Sanic

hookimpl = pluggy.HookimplMarker("rasa_sdk")


class RoutesDeLExploitant:
    """The plugin: adds the metrics and readiness routes to the action server."""

    @hookimpl
    def attach_sanic_app_extensions(self, app: Sanic) -> None:
        """Register the routes of ``actions.metriques`` on ``app``."""
        from actions.metriques import ajouter_routes

        ajouter_routes(app)


def init_hooks(manager: pluggy.PluginManager) -> None:
    """Register the plugin (rasa-sdk's entry point for ``rasa_sdk_plugins``)."""
    manager.register(RoutesDeLExploitant())
