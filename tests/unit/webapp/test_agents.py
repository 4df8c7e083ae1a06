"""The agents' sign-in: accounts, cookie flags, CSRF, and the pass the page gives Rasa."""

import re
import time
from collections.abc import AsyncIterator
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.preuves import LAISSEZ_PASSER_AGENT, SESSION_AGENT, signer, verifier
from edge.comptes import CompteInvalide, Comptes, ajouter
from webapp.pages import ajouter_pages

SECRET = "z" * 40
CLE = SECRET.encode()
ORIGINE = "http://127.0.0.1:8000"


@pytest.fixture
async def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[TestClient]:
    comptes = tmp_path / "agents"
    ajouter(comptes, "claire", "mot de passe de Claire")
    monkeypatch.setenv("RECOURS_SESSION_SECRET", SECRET)
    monkeypatch.setenv("RECOURS_AGENTS_FILE", str(comptes))
    monkeypatch.setenv("RECOURS_WEB_URL", ORIGINE)
    app = web.Application()
    ajouter_pages(app)
    async with TestClient(TestServer(app)) as c:
        yield c


def cookies(reponse: web.StreamResponse) -> SimpleCookie:
    lus: SimpleCookie = SimpleCookie()
    for entete in reponse.headers.getall("Set-Cookie", []):
        lus.load(entete)
    return lus


async def formulaire(client: TestClient) -> tuple[str, str]:
    """The CSRF nonce cookie and the form's token."""
    reponse = await client.get("/agent/connexion")
    assert reponse.status == 200
    page = await reponse.text()
    jeton = re.search(r'name="csrf" value="([^"]+)"', page)
    assert jeton
    return cookies(reponse)["__Host-recours-csrf"].value, jeton.group(1)


async def se_connecter(
    client: TestClient, mot_de_passe: str = "mot de passe de Claire", **entetes: str
) -> web.StreamResponse:
    nonce, jeton = await formulaire(client)
    return await client.post(
        "/agent/connexion",
        data={
            "identifiant": "claire",
            "mot_de_passe": mot_de_passe,
            "csrf": jeton,
            "organisation": "mutex",
        },
        headers={"Cookie": f"__Host-recours-csrf={nonce}", "Origin": ORIGINE, **entetes},
        allow_redirects=False,
    )


async def test_sans_session_la_page_agent_renvoie_a_la_connexion(client: TestClient) -> None:
    reponse = await client.get("/agent?organisation=mutex", allow_redirects=False)
    assert reponse.status == 303
    assert reponse.headers["Location"] == "/agent/connexion?organisation=mutex"
    forge = signer(b"autre" * 8, SESSION_AGENT, "claire", int(time.time()) + 60)
    for cookie in (forge, "claire", signer(CLE, SESSION_AGENT, "inconnu", int(time.time()) + 60)):
        entetes = {"Cookie": f"__Host-recours-agent={cookie}"}
        assert (await client.get("/agent", headers=entetes, allow_redirects=False)).status == 303


async def test_la_connexion_pose_une_session_secure_httponly_samesite_strict(
    client: TestClient,
) -> None:
    reponse = await se_connecter(client)
    assert reponse.status == 303 and reponse.headers["Location"] == "/agent?organisation=mutex"
    session = cookies(reponse)["__Host-recours-agent"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Strict"
    assert session["path"] == "/" and not session["domain"]
    assert verifier(CLE, SESSION_AGENT, session.value, time.time()) == "claire"
    page = await client.get(
        "/agent?organisation=mutex", headers={"Cookie": f"__Host-recours-agent={session.value}"}
    )
    assert page.status == 200 and page.headers["Cache-Control"] == "no-store"
    laissez_passer = re.search(r'data-laissez-passer="([^"]+)"', await page.text())
    assert laissez_passer
    assert verifier(CLE, LAISSEZ_PASSER_AGENT, laissez_passer.group(1), time.time()) == "claire"


async def test_un_mauvais_mot_de_passe_ne_connecte_pas(client: TestClient) -> None:
    reponse = await se_connecter(client, "mot de passe de Bruno")
    assert reponse.status == 401 and "__Host-recours-agent" not in cookies(reponse)
    assert "Identifiant ou mot de passe incorrect." in await reponse.text()


async def test_un_formulaire_sans_son_jeton_ou_d_une_autre_origine_est_refuse(
    client: TestClient,
) -> None:
    nonce, jeton = await formulaire(client)
    autre_nonce, _ = await formulaire(client)
    donnees = {"identifiant": "claire", "mot_de_passe": "mot de passe de Claire"}
    for entetes, csrf in (
        ({}, jeton),  # no nonce cookie
        ({"Cookie": f"__Host-recours-csrf={autre_nonce}"}, jeton),  # another form's nonce
        ({"Cookie": f"__Host-recours-csrf={nonce}"}, ""),
        ({"Cookie": f"__Host-recours-csrf={nonce}", "Origin": "http://pirate.example"}, jeton),
    ):
        reponse = await client.post(
            "/agent/connexion",
            data={**donnees, "csrf": csrf},
            headers=entetes,
            allow_redirects=False,
        )
        assert reponse.status == 403
        assert "__Host-recours-agent" not in cookies(reponse)


async def test_la_deconnexion_demande_le_jeton_de_la_session(client: TestClient) -> None:
    session = cookies(await se_connecter(client))["__Host-recours-agent"].value
    entetes = {"Cookie": f"__Host-recours-agent={session}", "Origin": ORIGINE}
    page = await (await client.get("/agent", headers=entetes)).text()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)
    assert csrf
    refus = await client.post("/agent/deconnexion", data={"csrf": "x"}, headers=entetes)
    assert refus.status == 403
    sortie = await client.post(
        "/agent/deconnexion", data={"csrf": csrf.group(1)}, headers=entetes, allow_redirects=False
    )
    assert sortie.status == 303 and cookies(sortie)["__Host-recours-agent"].value == ""


def test_le_fichier_des_comptes_ne_garde_que_des_empreintes_argon2(tmp_path: Path) -> None:
    fichier = tmp_path / "agents"
    ajouter(fichier, "claire", "secret-1")
    ajouter(fichier, "bruno", "secret-2")
    ajouter(fichier, "claire", "secret-3")
    texte = fichier.read_text()
    assert "secret" not in texte and texte.count("$argon2id$") == 2
    assert fichier.stat().st_mode & 0o777 == 0o600
    comptes = Comptes.lire(fichier)
    assert comptes.verifier("claire", "secret-3") and not comptes.verifier("claire", "secret-1")
    assert not comptes.verifier("inconnu", "secret-2")
    with pytest.raises(CompteInvalide):
        ajouter(fichier, "claire:admin", "x")
