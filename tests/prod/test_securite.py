"""Security configuration of the running profile: token, loopback, CORS, secrets."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from production.pile import Pile
from tests.prod.outils import adresses_d_ecoute

pytestmark = pytest.mark.prod

RACINE = Path(__file__).resolve().parents[2]
AUTORISEE, ETRANGERE = "http://127.0.0.1", "https://pirate.example"


def test_chaque_service_n_ecoute_que_sur_la_boucle_locale(pile: Pile) -> None:
    ports = pile.ports
    for port in (
        ports.http,
        *ports.repliques,
        ports.actions,
        ports.web,
        ports.postgres,
        ports.redis,
    ):
        assert adresses_d_ecoute(port) == {"0100007F"}, port  # 127.0.0.1 and nothing else


@pytest.mark.parametrize("chemin", ["/status", "/conversations/x/tracker", "/domain"])
def test_l_api_de_rasa_exige_le_jeton(pile: Pile, chemin: str) -> None:
    url, json_svp = f"{pile.url_replique(0)}{chemin}", {"Accept": "application/json"}
    for jeton, statut in ((None, 401), ("devine", 401), (pile.secrets.RASA_AUTH_TOKEN, 200)):
        reponse = requests.get(url, params={"token": jeton}, headers=json_svp, timeout=10)
        assert reponse.status_code == statut, jeton


def test_l_api_de_rasa_n_est_pas_publiee_par_nginx(pile: Pile) -> None:
    jeton = pile.secrets.RASA_AUTH_TOKEN
    for chemin in ("/status", "/conversations/x/tracker", "/model"):
        reponse = requests.get(f"{pile.url_publique}{chemin}", params={"token": jeton}, timeout=10)
        assert reponse.status_code == 404, chemin


def test_cors_pour_l_origine_du_widget_seulement(pile: Pile) -> None:
    autorisee = f"{AUTORISEE}:{pile.ports.http}"
    for origine, attendue in ((autorisee, autorisee), (ETRANGERE, None)):
        reponse = requests.options(
            f"{pile.url_publique}/webhooks/rest/webhook",
            headers={"Origin": origine, "Access-Control-Request-Method": "POST"},
            timeout=10,
        )
        assert reponse.headers.get("Access-Control-Allow-Origin") == attendue


def test_aucun_secret_dans_le_depot_ni_sur_la_ligne_de_commande(pile: Pile) -> None:
    valeurs = [
        pile.secrets.RASA_AUTH_TOKEN,
        pile.secrets.RECOURS_PG_PASSWORD,
        pile.secrets.RECOURS_REDIS_PASSWORD,
    ]
    for pid_fichier in (pile.dossier / "run").glob("*.pid"):
        ligne = Path(f"/proc/{pid_fichier.read_text().strip()}/cmdline").read_bytes().decode()
        assert not any(valeur in ligne for valeur in valeurs), pid_fichier.stem
    endpoints = (RACINE / "endpoints.prod.yml").read_text(encoding="utf-8")
    assert "password: ${RECOURS_PG_PASSWORD}" in endpoints
    assert "password: ${RECOURS_REDIS_PASSWORD}" in endpoints
    assert (pile.dossier / "secrets.env").stat().st_mode & 0o077 == 0
