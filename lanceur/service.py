"""What the launcher runs: a service described once, and the three of Recours.

The action server, Rasa and the web app are started from these descriptions by every
profile: ``make run``, the end-to-end tests, the benchmarks and production.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lanceur.ports import HOTE, url
from lanceur.sonde import Sonde, sonde_http

RACINE = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
MODELE = RACINE / "models" / "recours.tar.gz"
CREDENTIALS = RACINE / "credentials.yml"

RASA_RECOURS = "rasa_addons.serveur"
"""Rasa's command line with Recours's measured fix (the compiled response schema)."""
RASA_TEL_QUEL = "rasa.__main__"
"""Rasa's command line as shipped: the benchmarks' baseline."""

DELAI_DEMARRAGE = 180.0
"""Seconds a service has to answer after its start (Rasa loads TensorFlow and the model)."""


@dataclass(frozen=True)
class Service:
    """One process of a profile and how to tell that it is ready.

    Its log is ``logs/<nom>.log`` and its pid file ``run/<nom>.pid`` in the folder of the
    ``Superviseur`` that starts it.
    """

    nom: str
    commande: tuple[str, ...]
    port: int
    sonde: Sonde
    environnement: Mapping[str, str] = field(default_factory=dict, repr=False)
    delai: float = DELAI_DEMARRAGE


def serveur_actions(port: int, env: Mapping[str, str]) -> Service:
    """The Rasa SDK action server (``actions/``)."""
    module = (sys.executable, "-m", "lanceur.actions")
    commande = (*module, "--actions", "actions", "--port", str(port))
    return Service("actions", commande, port, sonde_http(url(port, "/health")), env)


def serveur_rasa(
    port: int,
    env: Mapping[str, str],
    *,
    modele: Path,
    endpoints: Path,
    origines: Sequence[str],
    jeton: str | None = None,
    nom: str = "rasa",
    module: str = RASA_RECOURS,
) -> Service:
    """One Rasa server, through ``python -m lanceur.rasa``.

    Args:
        port: Its port on loopback.
        env: Its environment (``endpoints`` may read variables from it).
        modele: Trained model.
        endpoints: Endpoints file (action server, tracker store, lock store).
        origines: Origins allowed by CORS (the web app's), and by the socket.io channel
            (``RECOURS_CORS_ORIGINS``).
        jeton: Token of Rasa's HTTP API; without one, the API stays closed. With one,
            Rasa is ready when ``/status`` answers: Rasa still starts when its model
            fails to load (``rasa.core.agent.load_agent`` logs the error), and then
            only ``/`` answers.
        nom: Service name (``rasa-0``, ``rasa-1`` for production replicas).
        module: ``RASA_RECOURS``, or ``RASA_TEL_QUEL`` for the baseline.

    """
    commande = [sys.executable, "-m", "lanceur.rasa", module, "run"]
    commande += ["--model", str(modele), "--endpoints", str(endpoints)]
    commande += ["--credentials", str(CREDENTIALS), "--port", str(port), "--interface", HOTE]
    sonde = sonde_http(url(port, "/"))
    if jeton is not None:
        commande.append("--enable-api")
        env = {**env, "RASA_AUTH_TOKEN": jeton}
        sonde = sonde_http(url(port, f"/status?token={jeton}"))
    commande += ["--cors", *origines]
    env = {**env, "RECOURS_CORS_ORIGINS": " ".join(origines)}
    return Service(nom, tuple(commande), port, sonde, env)


def application_web(port: int, env: Mapping[str, str]) -> Service:
    """The web app (demo site, contact-centre page, letters)."""
    commande = (sys.executable, "-m", "webapp.app")
    env = {**env, "RECOURS_WEB_PORT": str(port)}
    return Service("web", commande, port, sonde_http(url(port, "/sante")), env)
