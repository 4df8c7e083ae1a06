"""BENCHMARKS.md, written from the figures of one run."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.serveurs import CONCURRENCE_SATURATION, DUREE_SATURATION, NIVEAUX_DE_CHARGE, REPETITIONS
from lanceur.service import RACINE
from outillage.scenarios import QUESTIONS_D_UN_FORMULAIRE_COMPLET


def _resume(valeurs: Sequence[float]) -> tuple[float, float, float]:
    return min(valeurs), statistics.median(valeurs), max(valeurs)


def _ligne(nom: str, notre: float, reference: float, unite: str, plus_bas: bool = True) -> str:
    ratio = reference / notre if plus_bas else notre / reference
    return f"| {nom} | {notre:.3g} {unite} | {reference:.3g} {unite} | ×{ratio:.2f} |"


def _trois(valeurs: Sequence[float], format_: Callable[[float], str] = "{:.1f}".format) -> str:
    bas, median, haut = _resume(valeurs)
    return f"{format_(median)} ({format_(bas)}–{format_(haut)})"


def ecrire_rapport(
    resultats: dict[str, dict[str, Any]], ameliorations: list[str], sante: str, chemin: Path
) -> None:
    """Write BENCHMARKS.md from the measured figures (``sante``: the health table)."""
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
        "## Compréhension des premiers messages (fichiers tenus à l'écart, jamais entraînés)",
        "",
        "Macro-F1 des intentions sur lesquelles l'assistant agit pour un premier message (une "
        "ouverture que le NLU lit comme une réponse ou une correction l'est avec sa meilleure "
        "intention d'ouverture, `bot/intentions.py`, pour les deux modèles). "
        "« Indépendant 2 » (440), « indépendant 3 » (412) et « indépendant » (429) : premiers "
        "messages écrits chacun par un auteur qui n'a lu que le brief et les pages des "
        "organisations (tests/nlu/), et leurs variantes dérivées par le script du premier ; "
        "« indépendant 2 » est la référence, une partie du premier ayant été vue par un "
        "développeur (aucune phrase du troisième ne l'a été) ; « ancien » : écrit à côté des "
        "données d'entraînement.",
        "",
        "| jeu | Recours | référence |",
        "|---|---|---|",
    ]
    for jeu, evaluation in nous["nlu"].items():
        lignes.append(f"| {jeu} | {evaluation.macro_f1:.3f} | {ref['nlu'][jeu].macro_f1:.3f} |")
    principal = next(iter(nous["nlu"]))
    n_nous, n_ref = nous["nlu"][principal], ref["nlu"][principal]
    lignes += [
        "",
        f"Sur le jeu {principal} :",
        "",
        "| mesure | Recours | référence |",
        "|---|---|---|",
    ]
    for nom, cle in (
        ("exactitude", "exactitude"),
        ("réclamation/demande : exactitude", "reclamation_demande_exactitude"),
    ):
        lignes.append(f"| {nom} | {getattr(n_nous, cle):.3f} | {getattr(n_ref, cle):.3f} |")
    lignes += [
        f"| réclamation lue comme demande | {n_nous.reclamation_lue_demande} | "
        f"{n_ref.reclamation_lue_demande} |",
        f"| demande lue comme réclamation | {n_nous.demande_lue_reclamation} | "
        f"{n_ref.demande_lue_reclamation} |",
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
    p_nous, p_ref = nous["personnes"], ref["personnes"]
    lignes += [
        f"| personnes simulées indépendantes ({p_nous.scenarios}, tests/e2e) : bonne orientation "
        f"| {p_nous.bonnes_orientations}/{p_nous.scenarios} "
        f"| {p_ref.bonnes_orientations}/{p_ref.scenarios} |",
        f"| personnes simulées : conversations sans défaut | {p_nous.reussis} | {p_ref.reussis} |",
        f"| personnes simulées : questions posées deux fois | {p_nous.questions_deux_fois} "
        f"| {p_ref.questions_deux_fois} |",
        f"| personnes simulées : demandes de reformulation | {p_nous.reformulations} "
        f"| {p_ref.reformulations} |",
        f"| personnes simulées : faits changés sans confirmation | {p_nous.faits_changes} "
        f"| {p_ref.faits_changes} |",
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
        "## Détection des informations de santé (`bench/sante.py`)",
        "",
        "L'ancienne liste de mots-clés (`bench/sante_mots_cles.py`) et le détecteur de "
        "`bot/sante/`, dans la même exécution. Les fichiers `tests/sante/heldout_independant*.yml` "
        "sont écrits chacun par un auteur qui n'a lu que le brief §6 et les pages des "
        "organisations (jamais lus ni appris) ; le premier de la liste, le huitième écrit "
        "(2026-12-04), est la référence : jamais lu, mesuré par `make bench` après le "
        "travail de développement du 2026-12-04 (quatre nouveaux jeux de développement), "
        "puis une deuxième fois, chiffres seuls, pour le seul coût par message. Les manqués "
        "du septième et du premier ont été vus après leur mesure ; le sixième a été mesuré "
        "deux fois, le cinquième deux fois (fausses alertes comptées par catégorie une "
        "fois), le quatrième deux fois, le troisième et le deuxième plusieurs fois en cours "
        "de route, chiffres seuls.",
        "",
        sante,
        "",
    ]
    chemin.write_text("\n".join(lignes), encoding="utf-8")
