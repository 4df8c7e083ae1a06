"""The Kubernetes manifests: valid, sticky, closed, sized, and in step with production/."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from deploy.topologie import connexions_requises
from lanceur.delais import DELAIS
from production.configuration import LIMITES, topologie
from tests.deploy.conftest import OVERLAY, executer, gabarits, outil, par_genre

INTERDITS = ("/metrics", "/pret", "/sante", "/conversations/x/tracker", "/model", "/status")
"""Paths the Ingress must never publish: metrics, probes, Rasa's HTTP API."""


def _correspond(chemin: dict[str, Any], url: str) -> bool:
    """Whether an Ingress path (Exact or Prefix, by path elements) takes ``url``."""
    motif = chemin["path"]
    if chemin["pathType"] == "Exact":
        return bool(url == motif)
    racine = motif.rstrip("/")
    return bool(url == racine or url.startswith(racine + "/"))


def _chemins(manifestes: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (ingress["metadata"]["name"], chemin)
        for ingress in par_genre(manifestes, "Ingress").values()
        for regle in ingress["spec"]["rules"]
        for chemin in regle["http"]["paths"]
    ]


def test_les_manifestes_sont_valides_en_mode_strict(rendu: Path) -> None:
    sortie = executer(outil("kubernetes-validate"), "--strict", "--quiet", rendu)
    assert "error" not in sortie.lower()


def test_l_ingress_ne_publie_ni_l_api_de_rasa_ni_les_metriques(
    manifestes: list[dict[str, Any]],
) -> None:
    chemins = _chemins(manifestes)
    assert {c["pathType"] for _, c in chemins} <= {"Exact", "Prefix"}
    for nom, chemin in chemins:
        assert not any(_correspond(chemin, url) for url in INTERDITS), (nom, chemin)
        if chemin["backend"]["service"]["name"] == "rasa":
            assert chemin["path"] in ("/webhooks/", "/socket.io/"), (nom, chemin)


def test_une_conversation_reste_sur_un_pod_rasa(manifestes: list[dict[str, Any]]) -> None:
    for nom, ingress in par_genre(manifestes, "Ingress").items():
        services = {
            c["backend"]["service"]["name"]
            for r in ingress["spec"]["rules"]
            for c in r["http"]["paths"]
        }
        if "rasa" in services:
            cle = ingress["metadata"]["annotations"]["nginx.ingress.kubernetes.io/upstream-hash-by"]
            assert cle.startswith("$http_x_recours_session$arg_sender"), nom


def _annotations(manifestes: list[dict[str, Any]], nom: str) -> dict[str, str]:
    annotations: dict[str, str] = par_genre(manifestes, "Ingress")[nom]["metadata"]["annotations"]
    return {k.removeprefix("nginx.ingress.kubernetes.io/"): v for k, v in annotations.items()}


def test_l_ingress_limite_chaque_adresse_comme_nginx(manifestes: list[dict[str, Any]]) -> None:
    def rafale(annotations: dict[str, str]) -> int:
        return int(annotations["limit-rps"]) * int(annotations["limit-burst-multiplier"])

    webhooks = _annotations(manifestes, "recours-webhooks")
    assert int(webhooks["limit-rps"]) == LIMITES.rest_par_s
    assert rafale(webhooks) == LIMITES.rest_rafale
    socketio = _annotations(manifestes, "recours-socketio")
    assert int(socketio["limit-rps"]) == LIMITES.socketio_par_s
    assert rafale(socketio) == LIMITES.socketio_rafale
    assert int(socketio["limit-connections"]) == LIMITES.socketio_connexions
    lettres = _annotations(manifestes, "recours-lettres")
    assert int(lettres["limit-rps"]) * 60 == LIMITES.lettres_par_min
    assert rafale(lettres) == LIMITES.lettres_rafale
    lettres_publiees = [nom for nom, c in _chemins(manifestes) if c["path"].startswith("/dossiers")]
    assert lettres_publiees == ["recours-lettres"]


def test_l_ingress_suit_les_delais_d_un_tour(manifestes: list[dict[str, Any]]) -> None:
    assert int(_annotations(manifestes, "recours-webhooks")["proxy-read-timeout"]) == (
        DELAIS.lecture_nginx
    )
    assert int(_annotations(manifestes, "recours-socketio")["proxy-read-timeout"]) == (
        DELAIS.inactivite_socketio
    )
    sonde = gabarits(manifestes)["rasa"]["containers"][0]["readinessProbe"]
    assert sonde["periodSeconds"] * sonde["failureThreshold"] <= 5  # a hung pod leaves fast


def test_les_ports_suivent_la_topologie(manifestes: list[dict[str, Any]]) -> None:
    ports = topologie()["ports"]
    for nom in ("rasa", "actions", "web"):
        service = par_genre(manifestes, "Service")[nom]
        assert [p["port"] for p in service["spec"]["ports"]] == [ports[nom]]
        conteneur = gabarits(manifestes)[nom]["containers"][0]
        assert [p["containerPort"] for p in conteneur["ports"]] == [ports[nom]]
        annotations = par_genre(manifestes, "Deployment")[nom]["spec"]["template"]["metadata"]
        assert annotations["annotations"]["prometheus.io/port"] == str(ports[nom])


def test_les_variables_suivent_la_topologie(manifestes: list[dict[str, Any]]) -> None:
    vue = topologie()
    configmaps = par_genre(manifestes, "ConfigMap")
    partagees = next(c["data"] for n, c in configmaps.items() if n.startswith("recours-topologie"))
    site = next(c["data"] for n, c in configmaps.items() if n.startswith("recours-site"))
    assert partagees == vue["communes"]
    assert set(vue["du_site"]) - {"RECOURS_DATABASE_URL", "RECOURS_TRACKER_DATABASE_URL"} <= set(
        site
    )
    assert site["RECOURS_PG_PORT"] == str(vue["ports"]["postgres"])
    assert site["RECOURS_REDIS_PORT"] == str(vue["ports"]["redis"])
    assert site["RECOURS_ACTION_URL"] == f"http://actions:{vue['ports']['actions']}/webhook"


def test_le_budget_de_connexions_annonce_est_celui_de_dimensions(
    manifestes: list[dict[str, Any]],
) -> None:
    site = next(
        c for n, c in par_genre(manifestes, "ConfigMap").items() if n.startswith("recours-site")
    )
    annonce = int(site["metadata"]["annotations"]["recours/max-connections-requis"])
    assert annonce == connexions_requises(manifestes)


def test_postgres_et_redis_ne_sont_joignables_que_des_pods_qui_en_ont_besoin(
    manifestes: list[dict[str, Any]],
) -> None:
    ports = topologie()["ports"]
    sorties: dict[str, set[int]] = {}
    for nom, politique in par_genre(manifestes, "NetworkPolicy").items():
        sorties[nom] = {
            p["port"] for e in politique["spec"].get("egress", []) for p in e.get("ports", [])
        }
    assert {n for n, s in sorties.items() if ports["postgres"] in s} == {
        "rasa",
        "actions",
        "web",
        "taches",
    }
    assert {n for n, s in sorties.items() if ports["redis"] in s} == {"rasa"}
    actions = par_genre(manifestes, "NetworkPolicy")["actions"]["spec"]["ingress"][0]["from"]
    assert {"podSelector": {"matchLabels": {"app.kubernetes.io/name": "rasa"}}} in actions
    defaut = par_genre(manifestes, "NetworkPolicy")["rien-par-defaut"]["spec"]
    assert defaut["podSelector"] == {} and set(defaut["policyTypes"]) == {"Ingress", "Egress"}


def test_chaque_conteneur_est_non_root_en_lecture_seule(manifestes: list[dict[str, Any]]) -> None:
    for nom, pod in gabarits(manifestes).items():
        assert pod["securityContext"]["runAsNonRoot"] is True, nom
        assert pod["automountServiceAccountToken"] is False, nom
        for conteneur in pod["containers"]:
            durci = conteneur["securityContext"]
            assert durci["readOnlyRootFilesystem"] is True, nom
            assert durci["allowPrivilegeEscalation"] is False, nom
            assert durci["capabilities"]["drop"] == ["ALL"], nom


def test_les_secrets_sont_references_jamais_donnes(manifestes: list[dict[str, Any]]) -> None:
    assert par_genre(manifestes, "Secret") == {}
    secrets_ = set(topologie()["secrets"])
    for nom, pod in gabarits(manifestes).items():
        for conteneur in pod["containers"]:
            for variable in conteneur.get("env", []):
                if variable["name"] in secrets_:
                    assert "secretKeyRef" in variable["valueFrom"], (nom, variable)
                # a URL names its password by reference, $(RECOURS_PG_PASSWORD), never literally
                assert not re.search(r"://[^:/@]*:[^@$]+@", variable.get("value", "")), nom


def test_les_sondes_n_ont_besoin_d_aucun_secret(manifestes: list[dict[str, Any]]) -> None:
    for nom, pod in gabarits(manifestes).items():
        for conteneur in pod["containers"]:
            for sonde in ("startupProbe", "readinessProbe", "livenessProbe"):
                if sonde in conteneur:
                    assert "token" not in conteneur[sonde]["httpGet"]["path"], (nom, sonde)
        if nom in ("rasa", "actions"):
            assert pod["containers"][0]["readinessProbe"]["httpGet"]["path"] == "/pret"


def test_la_memoire_demandee_couvre_le_pic_mesure(manifestes: list[dict[str, Any]]) -> None:
    mesures = (OVERLAY.parents[2].parent / "BENCHMARKS.md").read_text(encoding="utf-8")
    for nom, ligne in (("rasa", "serveur Rasa"), ("actions", "serveur d'actions")):
        trouve = re.search(rf"pic de mémoire du {ligne} \| ([\d.]+) Mo", mesures)
        assert trouve, ligne
        pic_mio = float(trouve.group(1)) * 1e6 / 2**20
        ressources = gabarits(manifestes)[nom]["containers"][0]["resources"]
        assert int(ressources["requests"]["memory"].removesuffix("Mi")) >= pic_mio, nom
        assert _mio(ressources["limits"]["memory"]) >= 1.5 * pic_mio, nom


def _mio(quantite: str) -> float:
    return (
        float(quantite.removesuffix("Gi")) * 1024
        if quantite.endswith("Gi")
        else float(quantite.removesuffix("Mi"))
    )


def test_rasa_et_le_web_partagent_la_cle_des_preuves_et_le_rest_en_demande_une(
    manifestes: list[dict[str, Any]],
) -> None:
    """What the Ingress publishes takes the conversation proof, as nginx does in production/."""
    pods = gabarits(manifestes)
    for nom in ("rasa", "web"):
        [conteneur] = pods[nom]["containers"]
        variables = {v["name"]: v for v in conteneur.get("env", [])}
        reference = variables["RECOURS_SESSION_SECRET"]["valueFrom"]["secretKeyRef"]
        assert reference == {"name": "recours-secrets", "key": "RECOURS_SESSION_SECRET"}, nom
    for nom, pod in pods.items():
        for conteneur in pod["containers"]:
            noms = {v["name"] for v in conteneur.get("env", [])}
            assert "RECOURS_REST_SANS_PREUVE" not in noms, nom
