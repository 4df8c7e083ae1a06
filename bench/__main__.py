"""Run every benchmark for our configuration and the baseline, then write BENCHMARKS.md."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import platform
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.charge import charge, repeter_requete
from bench.comparer import comparer
from bench.variantes import VARIANTES, Variante, demarrer
from lanceur.embarque import Embarque
from lanceur.service import RACINE
from outillage.evaluation import evaluer
from outillage.rasa_cli import jouer_histoires, lancer_rasa
from outillage.rest import WEBHOOK, ClientRest, corps
from outillage.scenarios import QUESTIONS_D_UN_FORMULAIRE_COMPLET

DONNEES = ("data/nlu", "data/rules", "data/stories")
MODELES = RACINE / "models"
REPETITIONS = 3
NIVEAUX_DE_CHARGE = (1, 10, 50)
DUREE_CHARGE = 10.0
DUREE_SATURATION = 10.0
CONCURRENCE_SATURATION = 16


def _entrainer(config: Path, nom: str, dossier: Path) -> float:
    """Train a model; return the wall time in seconds."""
    debut = time.perf_counter()
    lancer_rasa(
        "train",
        "--config",
        str(config),
        "--data",
        *DONNEES,
        "--out",
        str(dossier),
        "--fixed-model-name",
        nom,
        "--force",
    ).check_returncode()
    return time.perf_counter() - debut


def _empreinte_des_donnees(config: Path) -> str:
    contenu = hashlib.sha256(config.read_bytes() + (RACINE / "domain.yml").read_bytes())
    for dossier in DONNEES:
        for fichier in sorted((RACINE / dossier).rglob("*.yml")):
            contenu.update(fichier.read_bytes())
    return contenu.hexdigest()[:12]


def modele_de_reference() -> tuple[Path, float]:
    """The baseline model, trained once and reused while its data are unchanged."""
    config = RACINE / "bench" / "config_reference.yml"
    nom = f"reference-{_empreinte_des_donnees(config)}"
    modele, duree = MODELES / f"{nom}.tar.gz", MODELES / f"{nom}.duree"
    if not modele.exists():
        duree.write_text(str(_entrainer(config, nom, MODELES)))
    return modele, float(duree.read_text())


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


def _histoires_reussies(modele: Path) -> float:
    with tempfile.TemporaryDirectory() as sortie:
        jouer_histoires(modele, Path(sortie))
        rapport = json.loads((Path(sortie) / "story_report.json").read_text())
    return float(rapport["conversation_accuracy"]["accuracy"])


def _resume(valeurs: Sequence[float]) -> tuple[float, float, float]:
    return min(valeurs), statistics.median(valeurs), max(valeurs)


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


def _ligne(nom: str, notre: float, reference: float, unite: str, plus_bas: bool = True) -> str:
    ratio = reference / notre if plus_bas else notre / reference
    return f"| {nom} | {notre:.3g} {unite} | {reference:.3g} {unite} | ×{ratio:.2f} |"


def _trois(valeurs: Sequence[float], format_: Callable[[float], str] = "{:.1f}".format) -> str:
    bas, median, haut = _resume(valeurs)
    return f"{format_(median)} ({format_(bas)}–{format_(haut)})"


def ecrire_rapport(
    resultats: dict[str, dict[str, Any]], ameliorations: list[str], chemin: Path
) -> None:
    """Write BENCHMARKS.md from the measured figures."""
    nous, ref = resultats["recours"], resultats["reference"]
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=RACINE,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    lignes = [
        "# Benchmarks",
        "",
        f"Mesuré par `make bench` le {datetime.now():%Y-%m-%d %H:%M}, commit `{commit}`, "
        f"{os.cpu_count()} cœurs, {platform.python_version()}, {platform.machine()}.",
        "« Référence » : la configuration de `rasa init` (pipeline et politiques par défaut de "
        "Rasa, `bench/config_reference.yml`) entraînée sur les mêmes données et servie par Rasa "
        "tel quel (`rasa run`, `SQLTrackerStore` sur SQLite). Les ratios "
        "comparent les deux dans la même exécution (×2 = deux fois mieux que la référence).",
        f"Médiane (min–max) sur {REPETITIONS} répétitions quand une mesure est répétée.",
        "",
        "## Compréhension (tests/nlu/heldout.yml, jamais entraîné)",
        "",
        "| mesure | Recours | référence |",
        "|---|---|---|",
    ]
    for nom, cle in (
        ("macro-F1 des intentions", "macro_f1"),
        ("exactitude", "exactitude"),
        ("réclamation/demande : exactitude", "reclamation_demande_exactitude"),
    ):
        lignes.append(
            f"| {nom} | {getattr(nous['nlu'], cle):.3f} | {getattr(ref['nlu'], cle):.3f} |"
        )
    lignes += [
        f"| réclamation lue comme demande | {nous['nlu'].reclamation_lue_demande} | "
        f"{ref['nlu'].reclamation_lue_demande} |",
        f"| demande lue comme réclamation | {nous['nlu'].demande_lue_reclamation} | "
        f"{ref['nlu'].demande_lue_reclamation} |",
        "",
        "## Réussite des conversations",
        "",
        "| mesure | Recours | référence |",
        "|---|---|---|",
        f"| histoires de test réussies (tests/stories) | {nous['histoires']:.0%} "
        f"| {ref['histoires']:.0%} |",
    ]
    for cle in ("recours", "reference"):
        sous_charge = [m for ms in resultats[cle]["charge"].values() for m in ms]
        sous_charge += resultats[cle]["saturation"]
        resultats[cle]["sous_charge"] = sum(m.reussites for m in sous_charge) / max(
            1, sum(m.reussites + m.echecs for m in sous_charge)
        )
    scen_nous, scen_ref = nous["scenarios"], ref["scenarios"]
    lignes += [
        "| scénarios scriptés (REST, chacun une fois) avec la bonne orientation | "
        f"{scen_nous.taux_de_reussite:.0%} | {scen_ref.taux_de_reussite:.0%} |",
        "| conversations terminées sous charge avec la bonne orientation | "
        f"{nous['sous_charge']:.1%} | {ref['sous_charge']:.1%} |",
        "| messages jusqu'à l'orientation (moyenne des scénarios) | "
        f"{statistics.mean(scen_nous.tours):.1f} | {statistics.mean(scen_ref.tours):.1f} |",
        f"| tours d'un formulaire qui demande tout | {QUESTIONS_D_UN_FORMULAIRE_COMPLET} | "
        f"{QUESTIONS_D_UN_FORMULAIRE_COMPLET} |",
        "",
        "## Latence par message sous charge (conversations simultanées, ~1 message/s chacune)",
        "",
        "| conversations | config | p50 ms | p95 ms | p99 ms | erreurs |",
        "|---|---|---|---|---|---|",
    ]
    for niveau in NIVEAUX_DE_CHARGE:
        for nom, cle in (("Recours", "recours"), ("référence", "reference")):
            ms = resultats[cle]["charge"][niveau]
            lignes.append(
                f"| {niveau} | {nom} | {_trois([m.centile(50) for m in ms])} | "
                f"{_trois([m.centile(95) for m in ms])} | {_trois([m.centile(99) for m in ms])} | "
                f"{sum(m.erreurs for m in ms)} |"
            )
    debit = {c: [m.debit for m in resultats[c]["saturation"]] for c in ("recours", "reference")}
    erreurs = {c: sum(m.erreurs for m in resultats[c]["saturation"]) for c in debit}
    ratio_debit = statistics.median(debit["recours"]) / statistics.median(debit["reference"])
    lignes += [
        "",
        f"## Débit à saturation ({CONCURRENCE_SATURATION} clients sans pause, "
        f"{DUREE_SATURATION:.0f} s, un processus Rasa)",
        "",
        "| config | messages/s | erreurs |",
        "|---|---|---|",
        f"| Recours | {_trois(debit['recours'])} | {erreurs['recours']} |",
        f"| référence | {_trois(debit['reference'])} | {erreurs['reference']} |",
        f"| ratio | ×{ratio_debit:.2f} | |",
        "",
        "## Coût d'un message, décomposé (médiane de 200 appels, sans charge)",
        "",
        "| étape | Recours ms | référence ms | ratio |",
        "|---|---|---|---|",
    ]
    for etape, valeur in nous["decomposition_ms"].items():
        autre = ref["decomposition_ms"][etape]
        lignes.append(f"| {etape} | {valeur:.2f} | {autre:.2f} | ×{autre / valeur:.2f} |")
    lignes += [
        "",
        "## Empreinte",
        "",
        "| mesure | Recours | référence | ratio |",
        "|---|---|---|---|",
        _ligne("pic de mémoire du serveur Rasa", nous["rss_rasa_mo"], ref["rss_rasa_mo"], "Mo"),
        _ligne(
            "pic de mémoire du serveur d'actions",
            nous["rss_actions_mo"],
            ref["rss_actions_mo"],
            "Mo",
        ),
        _ligne("taille du modèle", nous["taille_mo"], ref["taille_mo"], "Mo"),
        _ligne(
            "démarrage à froid jusqu'à la première réponse",
            nous["demarrage_s"],
            ref["demarrage_s"],
            "s",
        ),
        _ligne("entraînement", nous["entrainement_s"], ref["entrainement_s"], "s"),
        "",
        "TensorFlow est importé par Rasa dans les deux cas : une partie de la mémoire et du "
        "démarrage est un plancher commun.",
        "",
    ]
    lignes += [
        "## Améliorations, mesurées côte à côte (même exécution, même charge)",
        "",
        (RACINE / "bench" / "historique.md").read_text(encoding="utf-8"),
        *ameliorations,
        "",
    ]
    chemin.write_text("\n".join(lignes), encoding="utf-8")


def main() -> None:
    """Measure both configurations and write BENCHMARKS.md at the root."""
    os.environ["RECOURS_TODAY"] = "2026-11-24"
    reference, duree_reference = modele_de_reference()
    resultats: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as dossier:
        duree_nous = _entrainer(RACINE / "config.yml", "recours", Path(dossier))
        notre = Path(dossier) / "recours.tar.gz"
        for cle, modele, duree, variante in (
            ("recours", notre, duree_nous, VARIANTES[-1]),
            ("reference", reference, duree_reference, VARIANTES[0]),
        ):
            print(f"… {cle}", flush=True)
            resultats[cle] = {
                "nlu": evaluer(modele),
                "histoires": _histoires_reussies(modele),
                "entrainement_s": duree,
                "taille_mo": modele.stat().st_size / 1e6,
                **mesurer_serveurs(modele, variante),
            }
        print("… comparaisons A/B", flush=True)
        ameliorations = comparer(notre)
    ecrire_rapport(resultats, ameliorations, RACINE / "BENCHMARKS.md")
    print((RACINE / "BENCHMARKS.md").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
