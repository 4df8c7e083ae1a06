"""The demo site and the agents' page: the widget's settings, escaping, security headers."""

import re
import shutil
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import yaml
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.preuves import SESSION_AGENT, signer
from tests.conftest import DOSSIER_ORGANISATIONS
from webapp.pages import AdresseRasa, ajouter_pages

SECRET = "p" * 40


@pytest.fixture
async def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[TestClient]:
    (tmp_path / "agents").write_text("claire:$argon2id$v=19$m=65536,t=3,p=4$c2Vs$aGFjaGU\n")
    monkeypatch.setenv("RECOURS_RASA_URL", "https://assistant.exemple.fr/rasa/")
    monkeypatch.setenv("RECOURS_SESSION_SECRET", SECRET)
    monkeypatch.setenv("RECOURS_AGENTS_FILE", str(tmp_path / "agents"))
    app = web.Application()
    ajouter_pages(app)
    async with TestClient(TestServer(app)) as c:
        yield c


def session_de_claire() -> dict[str, str]:
    """The cookie of a signed-in agent (the sign-in itself: test_agents.py)."""
    cookie = signer(SECRET.encode(), SESSION_AGENT, "claire", int(time.time()) + 60)
    return {"Cookie": f"__Host-recours-agent={cookie}"}


def reglages(page: str) -> dict[str, str]:
    """The data-* attributes of the widget's root element."""
    racine = re.search(r'<div id="recours"[^>]*>', page)
    assert racine, page
    return dict(re.findall(r'data-([a-z-]+)="([^"]*)"', racine.group(0)))


async def test_le_site_par_defaut_est_celui_d_identites_mutuelle(client: TestClient) -> None:
    reponse = await client.get("/")
    assert reponse.status == 200
    page = await reponse.text()
    assert reglages(page) == {
        "rasa-origine": "https://assistant.exemple.fr",
        "socket-chemin": "/rasa/socket.io",
        "organisation": "identites-mutuelle",
        "organisation-nom": "Identités Mutuelle",
        "audience": "public",
    }
    assert '<script src="/vendor/socket.io.min.js"></script>' in page


async def test_l_organisme_se_choisit_dans_l_adresse(client: TestClient) -> None:
    page = await (await client.get("/?organisation=mutex")).text()
    assert reglages(page)["organisation"] == "mutex"
    assert "<title>Mutex" in page


@pytest.mark.parametrize("organisation", ["pirate", "autre", "../mutex"])
async def test_organisme_inconnu_ou_generique_introuvable(
    client: TestClient, organisation: str
) -> None:
    assert (await client.get("/", params={"organisation": organisation})).status == 404
    agent = await client.get(
        "/agent", params={"organisation": organisation}, headers=session_de_claire()
    )
    assert agent.status == 404


async def test_la_page_agent_parle_au_conseiller_et_laisse_demander_l_organisme(
    client: TestClient,
) -> None:
    page = await (await client.get("/agent", headers=session_de_claire())).text()
    assert reglages(page)["audience"] == "agent"
    assert reglages(page)["organisation"] == ""
    avec = await (await client.get("/agent?organisation=mutex", headers=session_de_claire())).text()
    assert reglages(avec)["organisation"] == "mutex"
    assert '<option value="mutex" selected="selected">Mutex</option>' in avec


async def test_les_pages_n_autorisent_que_leurs_scripts_et_rasa(client: TestClient) -> None:
    reponse = await client.get("/")
    politique = reponse.headers["Content-Security-Policy"]
    assert "script-src 'self';" in politique
    assert (
        "connect-src 'self' https://assistant.exemple.fr wss://assistant.exemple.fr;" in politique
    )
    assert "unsafe" not in politique
    assert reponse.headers["X-Content-Type-Options"] == "nosniff"


async def test_le_widget_et_le_client_socket_io_sont_servis_sans_cdn(client: TestClient) -> None:
    for chemin in (
        "/widget/recours-outils.js",
        "/widget/recours-carte.js",
        "/widget/recours.js",
        "/widget/recours.css",
        "/vendor/socket.io.min.js",
    ):
        reponse = await client.get(chemin)
        assert reponse.status == 200, f"{chemin} : lancez make install (npm)"


async def test_un_nom_d_organisme_ne_peut_pas_injecter_de_html(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(DOSSIER_ORGANISATIONS / "autre.yml", tmp_path)
    piege = yaml.safe_load((DOSSIER_ORGANISATIONS / "mutex.yml").read_text(encoding="utf-8"))
    piege["nom"] = '<script>alert(1)</script> "Cie" & fils'
    (tmp_path / "mutex.yml").write_text(yaml.safe_dump(piege, allow_unicode=True))
    monkeypatch.setenv("RECOURS_ORGANISATIONS_DIR", str(tmp_path))
    app = web.Application()
    ajouter_pages(app)
    async with TestClient(TestServer(app)) as c:
        page = await (await c.get("/?organisation=mutex")).text()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &quot;Cie&quot; &amp; fils" in page


@pytest.mark.parametrize("url", ["ftp://exemple.fr", "127.0.0.1:5005", "javascript:alert(1)"])
def test_une_adresse_de_rasa_qui_n_est_pas_http_est_refusee(url: str) -> None:
    with pytest.raises(ValueError, match="RECOURS_RASA_URL"):
        AdresseRasa.depuis_url(url)
