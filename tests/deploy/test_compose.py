"""The compose file: valid, the same topology as production/, its generated files current."""

from __future__ import annotations

import re
import subprocess
from typing import Any

from deploy.topologie import ICI, RACINE, fichiers
from production.configuration import topologie
from tests.deploy.conftest import COMPOSE, executer, outil

PYTHON = ("rasa-0", "rasa-1", "actions", "web", "taches")


def test_le_fichier_compose_suit_la_specification() -> None:
    executer(outil("check-jsonschema"), "--builtin-schema", "vendor.compose-spec", COMPOSE)


def test_les_fichiers_generes_sont_a_jour() -> None:
    for chemin, texte in fichiers().items():
        assert chemin.read_text(encoding="utf-8") == texte, f"{chemin}: make deploy-config"


def test_la_meme_topologie_que_production(compose: dict[str, Any]) -> None:
    vue, services = topologie(), compose["services"]
    ports = vue["ports"]
    assert [n for n in services if n.startswith("rasa-")] == [
        f"rasa-{i}" for i in range(vue["repliques_rasa"])
    ]
    commande = " ".join(services["postgres"]["command"])
    assert f"port={ports['postgres']}" in commande
    assert f"max_connections={vue['max_connections']}" in commande
    assert f"superuser_reserved_connections={vue['reserve_superutilisateur']}" in commande
    assert f"port {ports['redis']}" in services["redis"]["command"][-1]
    assert services["nginx"]["ports"] == [
        f"${{RECOURS_PORT_HTTP:-{ports['http']}}}:{ports['http']}"
    ]
    for nom in PYTHON:
        service = services[nom]
        assert service["env_file"] == ["kubernetes/base/topologie.env"], nom
        attendues = set(vue["du_site"]) | set(vue["secrets"])
        assert attendues <= set(service["environment"]), nom
        assert service["environment"]["RECOURS_PG_PORT"] == str(ports["postgres"])
        assert service["environment"]["RECOURS_REDIS_PORT"] == str(ports["redis"])


def test_chaque_service_redemarre_et_a_un_controle_de_sante(compose: dict[str, Any]) -> None:
    for nom, service in compose["services"].items():
        if nom != "taches":
            assert service["restart"] == "unless-stopped", nom
            assert service["healthcheck"]["test"], nom


def test_chaque_conteneur_est_non_root_en_lecture_seule(compose: dict[str, Any]) -> None:
    for nom, service in compose["services"].items():
        assert service["read_only"] is True, nom
        assert not str(service["user"]).startswith("0"), nom
        assert service["cap_drop"] == ["ALL"], nom


def test_les_secrets_viennent_d_un_fichier_hors_du_depot(compose: dict[str, Any]) -> None:
    ignore = subprocess.run(
        ["git", "check-ignore", "-q", str(ICI / ".env")], cwd=RACINE, check=False
    )
    assert ignore.returncode == 0, "deploy/.env must be ignored by git"
    exemple = (ICI / ".env.example").read_text(encoding="utf-8")
    for secret in (*topologie()["secrets"], "RECOURS_PG_ADMIN_PASSWORD"):
        assert re.search(rf"^{secret}=$", exemple, re.MULTILINE), secret
    for nom in PYTHON:
        for secret in topologie()["secrets"]:
            assert compose["services"][nom]["environment"][secret].startswith("${"), nom


def test_aucune_valeur_secrete_dans_deploy() -> None:
    suivis = subprocess.run(
        ["git", "ls-files", "deploy"], cwd=RACINE, capture_output=True, text=True, check=True
    ).stdout.split()
    suivis += [str(c.relative_to(RACINE)) for c in fichiers()]
    for chemin in set(suivis):
        texte = (RACINE / chemin).read_text(encoding="utf-8")
        assert not re.search(r"\b[0-9a-f]{32,}\b", texte), chemin  # a generated token
        assert not re.search(r"(PASSWORD|TOKEN)(=| *: +)[^\s$'\"{]", texte), chemin
        assert "kind: Secret" not in texte, chemin


def test_le_rest_publie_par_compose_demande_la_preuve(compose: dict[str, Any]) -> None:
    for nom, service in compose["services"].items():
        assert "RECOURS_REST_SANS_PREUVE" not in (service.get("environment") or {}), nom
    assert "RECOURS_SESSION_SECRET" in topologie()["secrets"]
