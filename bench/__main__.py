"""Run every benchmark for our configuration and the baseline, then write BENCHMARKS.md."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from bench.comparer import comparer
from bench.modeles import entrainer, histoires_reussies, modele_de_reference
from bench.rapport import ecrire_rapport
from bench.serveurs import mesurer_serveurs
from bench.variantes import VARIANTES
from lanceur.service import RACINE
from outillage.evaluation import evaluer


def main() -> None:
    """Measure both configurations and write BENCHMARKS.md at the root."""
    os.environ["RECOURS_TODAY"] = "2026-11-24"
    reference, duree_reference = modele_de_reference()
    resultats: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as dossier:
        duree_nous = entrainer(RACINE / "config.yml", "recours", Path(dossier))
        notre = Path(dossier) / "recours.tar.gz"
        for cle, modele, duree, variante in (
            ("recours", notre, duree_nous, VARIANTES[-1]),
            ("reference", reference, duree_reference, VARIANTES[0]),
        ):
            print(f"… {cle}", flush=True)
            resultats[cle] = {
                "nlu": evaluer(modele),
                "histoires": histoires_reussies(modele),
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
