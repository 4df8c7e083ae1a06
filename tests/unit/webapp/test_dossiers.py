"""The letter page: only for the holder of the link, printable, never cached."""

import email
import email.policy
import re
import shutil
from collections.abc import AsyncIterator
from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.dossier import VALIDITE_LIEN_LETTRE
from bot.organisations import Registre
from bot.verification import Verification
from edge import contexte
from edge.messagerie import ExpediteurFichiers
from edge.stockage.depot import Depot
from edge.veille import Poste, envoyer_en_attente
from tests.boite import texte
from tests.conftest import DOSSIER_ORGANISATIONS
from tests.exemples_dossiers import MAINTENANT, ecrite_le, enregistrer
from webapp.app import creer_app
from webapp.dossiers import INTROUVABLE


@pytest.fixture
async def client(
    depot: Depot, registre: Registre, url_dossiers: str, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[TestClient]:
    monkeypatch.setenv("RECOURS_DATABASE_URL", url_dossiers)
    monkeypatch.setenv("RECOURS_TODAY", MAINTENANT.date().isoformat())  # links last 7 days
    contexte.installer(None)  # the app's own factory, reading the environment
    async with TestClient(TestServer(creer_app())) as c:
        yield c
    contexte.installer(None)


async def test_lettre_html_imprimable_pour_le_detenteur_du_lien(
    client: TestClient, depot: Depot, registre: Registre
) -> None:
    dossier, jeton = enregistrer(depot, registre, organisation="identites-mutuelle")
    reponse = await client.post(f"/dossiers/{dossier.reference}/lettre", data={"jeton": jeton})
    assert reponse.status == 200
    assert reponse.content_type == "text/html" and reponse.charset == "utf-8"
    page = await reponse.text()
    assert "Service Qualité Réclamations" in page and dossier.reference in page
    assert "Jeanne Dupont" in page
    assert reponse.headers["Cache-Control"] == "no-store"
    assert reponse.headers["Referrer-Policy"] == "no-referrer"
    assert "default-src 'none'" in reponse.headers["Content-Security-Policy"]


async def test_la_page_du_lien_ne_lit_rien_et_poste_le_fragment(
    client: TestClient, depot: Depot, registre: Registre
) -> None:
    """What a server receives of a link (no fragment) opens nothing; a query is ignored."""
    dossier, jeton = enregistrer(depot, registre)
    reponse = await client.get(f"/dossiers/{dossier.reference}/lettre", params={"jeton": jeton})
    page = await reponse.text()
    assert reponse.status == 200 and "Jeanne Dupont" not in page
    assert "<main>" in page and "<h1>" in page and 'src="/dossiers/lettre.js"' in page
    assert "script-src 'self'" in reponse.headers["Content-Security-Policy"]
    assert reponse.headers["Referrer-Policy"] == "no-referrer"
    script = await client.get("/dossiers/lettre.js")
    assert script.status == 200 and "location.hash" in await script.text()


async def test_lien_perime_apres_sept_jours(
    client: TestClient, depot: Depot, registre: Registre
) -> None:
    ancien = MAINTENANT - VALIDITE_LIEN_LETTRE - timedelta(days=1)  # the day is fixed, not the hour
    dossier, jeton = enregistrer(depot, registre, maintenant=ancien)
    reponse = await client.post(f"/dossiers/{dossier.reference}/lettre", data={"jeton": jeton})
    assert reponse.status == 404


async def test_lettre_au_mediateur_en_texte(
    client: TestClient, depot: Depot, registre: Registre
) -> None:
    reponses = ecrite_le(
        date(2026, 8, 3), reponse_recue=True, reponse_satisfaisante=False, procedure_en_cours=False
    )
    dossier, jeton = enregistrer(depot, registre, reponses=reponses)
    reponse = await client.post(
        f"/dossiers/{dossier.reference}/lettre", data={"jeton": jeton, "format": "texte"}
    )
    assert reponse.status == 200 and reponse.content_type == "text/plain"
    texte = await reponse.text()
    assert "Objet : Saisine du médiateur, litige avec Mutex" in texte
    assert "La Médiation de l'Assurance\nTSA 50110" in texte


async def test_reference_inconnue_ou_jeton_faux_meme_404(
    client: TestClient, depot: Depot, registre: Registre
) -> None:
    dossier, jeton = enregistrer(depot, registre)
    autre, _ = enregistrer(depot, registre)
    essais = [
        (dossier.reference, jeton[:-2]),
        (dossier.reference, ""),
        (autre.reference, jeton),  # a valid token opens only its own dossier
        ("MX-2026-AAAA-AAAA", jeton),
    ]
    for reference, faux in essais:
        reponse = await client.post(f"/dossiers/{reference}/lettre", data={"jeton": faux})
        assert reponse.status == 404
        assert await reponse.text() == INTROUVABLE
        assert reponse.headers["Cache-Control"] == "no-store"


async def test_dossier_restreint_plus_de_lettre(
    client: TestClient, depot: Depot, registre: Registre
) -> None:
    dossier, jeton = enregistrer(depot, registre)
    depot.effacer(dossier.reference, MAINTENANT.date())
    reponse = await client.post(f"/dossiers/{dossier.reference}/lettre", data={"jeton": jeton})
    assert reponse.status == 404


async def test_la_lettre_ne_change_pas_quand_le_fichier_de_l_organisation_change(
    depot: Depot,
    registre: Registre,
    url_dossiers: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dossier, jeton = enregistrer(depot, registre, organisation="identites-mutuelle")
    dossier_organisations = tmp_path / "organisations"
    shutil.copytree(DOSSIER_ORGANISATIONS, dossier_organisations)
    fichier = dossier_organisations / "identites-mutuelle.yml"
    fichier.write_text(
        fichier.read_text(encoding="utf-8").replace("BP 20836", "BP 99999"), encoding="utf-8"
    )
    monkeypatch.setenv("RECOURS_DATABASE_URL", url_dossiers)
    monkeypatch.setenv("RECOURS_ORGANISATIONS_DIR", str(dossier_organisations))
    monkeypatch.setenv("RECOURS_TODAY", MAINTENANT.date().isoformat())
    contexte.installer(None)
    async with TestClient(TestServer(creer_app())) as c:
        reponse = await c.post(
            f"/dossiers/{dossier.reference}/lettre", data={"jeton": jeton, "format": "texte"}
        )
        lettre = await reponse.text()
    assert "BP 20836" in lettre and "BP 99999" not in lettre


# --- the links of the e-mails: "c'est réglé", "ne plus recevoir" ------------------------


def _lien_envoye(depot: Depot, registre: Registre, dossier: Path, chemin: str) -> tuple[str, str]:
    """Record a dossier and e-mail its copy as .eml; return its reference and one link."""
    enregistre, _ = enregistrer(depot, registre, verification=Verification.CODE)
    poste = Poste(ExpediteurFichiers(dossier), "r@exemple.fr", "http://x")
    envoyer_en_attente(depot.courrier, poste, MAINTENANT)
    [fichier] = dossier.glob("*.eml")
    message = email.message_from_bytes(fichier.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    [lien] = [m for m in re.findall(r"http://x(\S+)", texte(message)) if chemin in m]
    return enregistre.reference, lien


@pytest.mark.parametrize("chemin", ["regle", "desabonner"])
async def test_lien_d_arret_confirme_puis_arrete(
    client: TestClient, depot: Depot, registre: Registre, chemin: str, tmp_path: Path
) -> None:
    reference, lien = _lien_envoye(depot, registre, tmp_path / "mails", f"/{chemin}?")
    page = await client.get(lien)  # a mail scanner's visit changes nothing
    assert page.status == 200 and reference in await page.text()
    assert page.headers["Cache-Control"] == "no-store"
    assert depot.courrier.recevant() != []
    faux = await client.post(f"/dossiers/{reference}/{chemin}", params={"jeton": "faux"})
    assert faux.status == 404
    fait = await client.post(lien, data={"List-Unsubscribe": "One-Click"})
    assert fait.status == 200 and "est noté" in await fait.text()
    assert depot.courrier.recevant() == []


async def test_lettre_de_saisine_d_un_rappel(
    client: TestClient, depot: Depot, registre: Registre
) -> None:
    dossier, jeton = enregistrer(depot, registre)
    params = {"jeton": jeton, "format": "texte"}
    avant = await (await client.post(f"/dossiers/{dossier.reference}/lettre", data=params)).text()
    params["saisine"] = "2027-01-26"
    apres = await (await client.post(f"/dossiers/{dossier.reference}/lettre", data=params)).text()
    assert "Objet : Réclamation" in avant
    assert "Objet : Saisine du médiateur" in apres and "Le mardi 26 janvier 2027" in apres
