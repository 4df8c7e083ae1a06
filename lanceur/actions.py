"""``python -m lanceur.actions …``: the action server (rasa-sdk), as ``rasa run actions``.

The arguments are rasa-sdk's (``--actions actions --port 5055``); the deprecation
warnings stay hidden (``lanceur.environnement.taire_les_depreciations``).
"""

from __future__ import annotations

from lanceur.environnement import taire_les_depreciations


def main() -> None:
    """Run rasa-sdk's action server with the process's arguments."""
    taire_les_depreciations()
    from rasa_sdk.__main__ import main as serveur_d_actions

    serveur_d_actions()


if __name__ == "__main__":
    main()
