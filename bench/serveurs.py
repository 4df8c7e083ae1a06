"""Speed and footprint of the servers: message cost decomposed, load, saturation, memory."""

from __future__ import annotations

import asyncio
import statistics
import time
from pathlib import Path
from typing import Any

from bench.charge import charge, repeter_requete
from bench.variantes import Variante, demarrer
from lanceur.embarque import Embarque
from outillage.rest import WEBHOOK, ClientRest, corps

REPETITIONS = 3
NIVEAUX_DE_CHARGE = (1, 10, 50)
DUREE_CHARGE = 10.0
DUREE_SATURATION = 10.0
CONCURRENCE_SATURATION = 16


ACTION_CONSEILLER = {
    "next_action": "action_conseiller",
    "sender_id": "bench",
    "domain": {"responses": {}},
    "tracker": {
        "sender_id": "bench",
        "slots": {"organisation": "mutex"},
        "events": [],
        "latest_message": {},
        "paused": False,
        "followup_action": None,
        "active_loop": {},
        "latest_action_name": None,
    },
}
"""A call of the action server as Rasa makes it, for an action that reads one slot."""


def _pic_rss_mo(pid: int | None) -> float:
    """Peak resident memory of ``pid``, in MB."""
    if pid is not None:
        for ligne in Path(f"/proc/{pid}/status").read_text().splitlines():
            if ligne.startswith("VmHWM:"):
                return int(ligne.split()[1]) / 1024
    return float("nan")


def _decomposer(serveurs: Embarque) -> dict[str, float]:
    """Median milliseconds of each step of a message, 200 calls each, without load."""
    client = ClientRest(serveurs.rasa_url, serveurs.jeton)
    jeton = {"token": client.jeton or ""}
    rasa = serveurs.rasa_url
    analyse = repeter_requete(
        f"{rasa}/model/parse", {"text": "ma mutuelle ne me rembourse pas"}, 200, jeton
    )
    parse = asyncio.run(analyse)
    client.parler("prediction", "bonjour")
    predire = repeter_requete(f"{rasa}/conversations/prediction/predict", {}, 200, jeton)
    prediction = asyncio.run(predire)
    action = asyncio.run(repeter_requete(f"{serveurs.actions_url}/webhook", ACTION_CONSEILLER, 200))
    bonjour = repeter_requete(f"{rasa}{WEBHOOK}", lambda rang: corps(f"m{rang}", "bonjour"), 200)
    message = asyncio.run(bonjour)
    return {
        "analyse NLU seule (/model/parse)": statistics.median(parse),
        "prédiction de la politique (/predict)": statistics.median(prediction),
        "aller-retour du serveur d'actions": statistics.median(action),
        "message complet (REST, « bonjour »)": statistics.median(message),
    }


def mesurer_serveurs(modele: Path, variante: Variante) -> dict[str, Any]:
    """Start the servers on ``modele`` as ``variante`` says; measure speed and footprint."""
    resultats: dict[str, Any] = {}
    debut = time.perf_counter()
    with demarrer(variante, modele) as serveurs:
        ClientRest(serveurs.rasa_url).parler("froid", "bonjour")
        resultats["demarrage_s"] = time.perf_counter() - debut
        resultats["decomposition_ms"] = _decomposer(serveurs)
        rasa = serveurs.rasa_url
        resultats["scenarios"] = asyncio.run(charge(rasa, 1, 0.0, 600.0, une_fois=True))
        resultats["charge"] = {
            niveau: [
                asyncio.run(charge(rasa, niveau, 1.0, DUREE_CHARGE)) for _ in range(REPETITIONS)
            ]
            for niveau in NIVEAUX_DE_CHARGE
        }
        resultats["saturation"] = [
            asyncio.run(charge(rasa, CONCURRENCE_SATURATION, 0.0, DUREE_SATURATION))
            for _ in range(REPETITIONS)
        ]
        resultats["rss_rasa_mo"] = _pic_rss_mo(serveurs.pid_rasa)
        resultats["rss_actions_mo"] = _pic_rss_mo(serveurs.pid_actions)
    return resultats
