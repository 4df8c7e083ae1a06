"""A/B of each change to the Rasa server, measured in the same run on the same load."""

from __future__ import annotations

import asyncio
import statistics
from dataclasses import dataclass
from pathlib import Path

from bench.charge import charge, repeter_requete
from bench.variantes import VARIANTES, Variante, demarrer
from outillage.rest import WEBHOOK, corps


@dataclass(frozen=True)
class Mesure:
    """Single-message latency and saturated throughput of one variant."""

    bonjour_ms: float
    debit: float


def mesurer(variante: Variante, modele: Path) -> Mesure:
    """Start the servers as ``variante`` says; time 100 messages, then 16 clients for 10 s."""
    with demarrer(variante, modele) as serveurs:
        webhook = f"{serveurs.rasa_url}{WEBHOOK}"
        latences = asyncio.run(repeter_requete(webhook, corps("ab", "bonjour"), 100))
        saturation = asyncio.run(charge(serveurs.rasa_url, 16, 0.0, 10.0))
    return Mesure(statistics.median(latences), saturation.debit)


def comparer(modele: Path, repetitions: int = 1) -> list[str]:
    """Markdown lines: each variant, interleaved ``repetitions`` times, with ratios."""
    mesures: dict[str, list[Mesure]] = {v.nom: [] for v in VARIANTES}
    for _ in range(repetitions):
        for variante in VARIANTES:
            mesures[variante.nom].append(mesurer(variante, modele))
    base = VARIANTES[0].nom
    debit_base = statistics.median(m.debit for m in mesures[base])
    latence_base = statistics.median(m.bonjour_ms for m in mesures[base])
    lignes = [
        "| variante | « bonjour » seul, ms (médiane) | débit à saturation, msg/s | ratio débit | "
        "ratio latence |",
        "|---|---|---|---|---|",
    ]
    for nom, liste in mesures.items():
        debit = statistics.median(m.debit for m in liste)
        latence = statistics.median(m.bonjour_ms for m in liste)
        lignes.append(
            f"| {nom} | {latence:.1f} | {debit:.1f} | ×{debit / debit_base:.2f} | "
            f"×{latence_base / latence:.2f} |"
        )
    return lignes
