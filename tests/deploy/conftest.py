"""deploy/ checked offline: rendered manifests, the compose file, the images' recipe."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from deploy.topologie import ICI, RACINE

OUTILS = RACINE / ".make" / "outils" / "bin"
OVERLAY = ICI / "kubernetes" / "overlays" / "production"
COMPOSE = ICI / "compose.yaml"


def outil(nom: str) -> Path:
    """A checker of deploy/ (make outils-deploiement installs them; make test does)."""
    chemin = OUTILS / nom
    if not chemin.exists():
        pytest.skip(f"{nom} manque : make outils-deploiement")
    return chemin


def executer(*commande: str | Path) -> str:
    """Run a checker; its output is the assertion message when it fails."""
    fait = subprocess.run(
        [str(c) for c in commande], capture_output=True, text=True, timeout=300, check=False
    )
    assert fait.returncode == 0, fait.stdout + fait.stderr
    return fait.stdout


@pytest.fixture(scope="session")
def rendu(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The production overlay rendered by kustomize (kubectl kustomize), as a file."""
    fichier = tmp_path_factory.mktemp("kustomize") / "production.yaml"
    fichier.write_text(executer(outil("kubectl"), "kustomize", OVERLAY), encoding="utf-8")
    return fichier


@pytest.fixture(scope="session")
def manifestes(rendu: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(rendu.read_text(encoding="utf-8")) if d]


@pytest.fixture(scope="session")
def compose() -> dict[str, Any]:
    donnees: dict[str, Any] = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    return donnees


def par_genre(manifestes: list[dict[str, Any]], genre: str) -> dict[str, dict[str, Any]]:
    return {d["metadata"]["name"]: d for d in manifestes if d["kind"] == genre}


def gabarits(manifestes: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The pod spec of every Deployment and CronJob, by name."""
    pods = {
        n: d["spec"]["template"]["spec"] for n, d in par_genre(manifestes, "Deployment").items()
    }
    for nom, tache in par_genre(manifestes, "CronJob").items():
        pods[nom] = tache["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    return pods
