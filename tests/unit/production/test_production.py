"""Sizing and generated configuration of the production profile (production.configuration)."""

import os
import subprocess
import sys
from pathlib import Path

from production.configuration import (
    LIMITES,
    MESSAGE_TROP_DE_DEMANDES_DE_LETTRE,
    MESSAGE_TROP_DE_REQUETES,
    TAILLE_MAX_REQUETE,
    Dimensions,
    Ports,
    Secrets,
    configuration_nginx,
    configuration_postgres,
    environnement_commun,
    origines_cors,
)


def test_max_connections_couvre_tous_les_pools_pleins_et_la_reserve() -> None:
    dims = Dimensions(repliques=3, pool_rasa=4, debordement_rasa=6)
    pleins = 3 * (4 + 6) + dims.connexions_dossiers
    assert dims.max_connections >= pleins + dims.reserve_superutilisateur
    assert f"max_connections = {dims.max_connections}" in configuration_postgres(Ports(), dims)


def test_les_pools_de_rasa_sont_passes_par_l_environnement() -> None:
    dims = Dimensions(pool_rasa=3, debordement_rasa=2)
    env = environnement_commun(Ports(), dims, Secrets("a", "b", "c", "d", "e"))
    assert (env["SQL_POOL_SIZE"], env["SQL_MAX_OVERFLOW"]) == ("3", "2")
    assert env["SANIC_REQUEST_MAX_SIZE"] == str(TAILLE_MAX_REQUETE)
    assert "RECOURS_PG_ADMIN_PASSWORD" not in env


def test_nginx_colle_par_session_et_n_ecoute_que_la_boucle_locale() -> None:
    ports = Ports(http=9000, repliques=(9001, 9002, 9003))
    conf = configuration_nginx(ports, Path("/srv/recours"))
    assert "listen 127.0.0.1:9000;" in conf
    assert "hash $recours_session consistent;" in conf
    assert conf.count("server 127.0.0.1:900") == 3 * 3  # each upstream group, every replica
    assert f"client_max_body_size {TAILLE_MAX_REQUETE};" in conf
    assert "0.0.0.0" not in conf and "/conversations" not in conf


def test_nginx_limite_rest_socketio_et_lettres_avec_un_429_en_francais() -> None:
    conf = configuration_nginx(Ports(), Path("/srv/recours"))
    assert f"zone=conversation:10m rate={LIMITES.conversation_par_s}r/s;" in conf
    assert f"limit_req zone=rest burst={LIMITES.rest_rafale} nodelay;" in conf
    assert f"limit_conn connexions_socketio {LIMITES.socketio_connexions};" in conf
    assert f"limit_req zone=lettres burst={LIMITES.lettres_rafale} nodelay;" in conf
    assert "limit_req_status 429;" in conf and "limit_conn_status 429;" in conf
    assert MESSAGE_TROP_DE_REQUETES in conf and MESSAGE_TROP_DE_DEMANDES_DE_LETTRE in conf


def test_postgres_n_ecoute_que_la_boucle_locale() -> None:
    conf = configuration_postgres(Ports(postgres=6000), Dimensions())
    assert "listen_addresses = '127.0.0.1'" in conf and "port = 6000" in conf


def test_les_secrets_viennent_de_l_environnement_sinon_sont_generes_une_fois(
    tmp_path: Path,
) -> None:
    fichier = tmp_path / "secrets.env"
    premiers = Secrets.charger(fichier, {"RASA_AUTH_TOKEN": "jeton-de-l-env"})
    assert premiers.RASA_AUTH_TOKEN == "jeton-de-l-env"
    assert len(premiers.RECOURS_PG_PASSWORD) >= 32
    assert fichier.stat().st_mode & 0o077 == 0
    assert Secrets.charger(fichier, {}).RECOURS_PG_PASSWORD == premiers.RECOURS_PG_PASSWORD


def test_ports_et_cors_depuis_l_environnement() -> None:
    ports = Ports.depuis_environnement({"RECOURS_PORT_HTTP": "81", "RECOURS_PORT_RASA": "7000"})
    assert (ports.http, ports.repliques) == (81, (7000, 7001))
    assert origines_cors(ports, {}) == ["http://127.0.0.1:81"]
    assert origines_cors(ports, {"RECOURS_CORS_ORIGINS": "https://a.fr https://b.fr"}) == [
        "https://a.fr",
        "https://b.fr",
    ]


def test_une_replique_ne_demarre_pas_sans_jeton_d_api() -> None:
    env = {k: v for k, v in os.environ.items() if k != "RASA_AUTH_TOKEN"}
    fini = subprocess.run(
        [sys.executable, "-m", "lanceur.rasa", "rasa_addons.serveur", "run", "--enable-api"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert fini.returncode != 0 and "RASA_AUTH_TOKEN" in fini.stderr
