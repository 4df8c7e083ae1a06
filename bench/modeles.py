"""The models the benchmarks compare: ours trained in the run, the baseline's trained once."""

from __future__ import annotations

import hashlib
import json
import tempfile
import time
from pathlib import Path

from lanceur.service import RACINE
from outillage.rasa_cli import jouer_histoires, lancer_rasa

DONNEES = ("data/nlu", "data/rules", "data/stories")
MODELES = RACINE / ".bench" / "modeles"
"""The baseline's models, out of ``models/``: ``rasa shell`` and ``rasa run`` without
``--model`` load the newest model there, which must stay Recours's own."""


def entrainer(config: Path, nom: str, dossier: Path) -> float:
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
    """A digest of the configuration, the domain and the training data."""
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
        MODELES.mkdir(parents=True, exist_ok=True)
        duree.write_text(str(entrainer(config, nom, MODELES)))
    return modele, float(duree.read_text())


def histoires_reussies(modele: Path) -> float:
    """Share of the test stories (tests/stories) that ``modele`` plays right."""
    with tempfile.TemporaryDirectory() as sortie:
        jouer_histoires(modele, Path(sortie))
        rapport = json.loads((Path(sortie) / "story_report.json").read_text())
    return float(rapport["conversation_accuracy"]["accuracy"])
