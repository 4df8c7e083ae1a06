"""The website widget and the agents' page in a real browser.

Debian's Chromium (``/usr/bin/chromium``, installed by ``make test``), driven headless by
the Python ``playwright`` package; the real web app, Rasa (socket.io channel) and action
server run on loopback, with today fixed at 2026-11-24. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright

from lanceur.embarque import Embarque
from lanceur.service import RACINE
from outillage.embarque import embarque_de_test
from tests.e2e.test_dossiers import code_recu

pytestmark = pytest.mark.e2e

CHROMIUM = Path("/usr/bin/chromium")
OPTIONS_CHROMIUM = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTEFACTS = RACINE / "tests" / "artifacts"
TELEPHONE = {"width": 375, "height": 812}
POSTE = {"width": 1280, "height": 860}


@pytest.fixture(scope="module")
def navigateur() -> Iterator[Browser]:
    """One Chromium for the module; each test has its own context (fresh storage)."""
    if not CHROMIUM.exists():
        message = "Chromium manque : apt-get install chromium (make test l'installe en root)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        # Playwright gives every launch a fresh temporary --user-data-dir.
        navigateur = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=OPTIONS_CHROMIUM
        )
        yield navigateur
        navigateur.close()


def nouvelle_page(navigateur: Browser, taille: dict[str, int]) -> Page:
    contexte = navigateur.new_context(viewport=taille, locale="fr-FR")  # type: ignore[arg-type]
    contexte.set_default_timeout(20_000)
    page = contexte.new_page()
    page.on("dialog", lambda dialogue: pytest.fail(f"boîte de dialogue : {dialogue.message}"))
    return page


class Widget:
    """A person (or an agent) using the widget of one page."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.bot = page.locator(".recours-message--bot")
        self.messages = page.locator(".recours-message")

    @property
    def champ(self) -> Locator:
        return self.page.locator(".recours-champ")

    def dernier(self) -> Locator:
        return self.bot.last

    def attendre_reponse(self, avant: int) -> None:
        """Wait for the assistant's answer to the last message, all its parts included."""
        self.bot.nth(avant).wait_for()
        compte = -1
        while compte != self.messages.count():
            compte = self.messages.count()
            time.sleep(0.4)

    def dire(self, texte: str) -> None:
        avant = self.bot.count()
        self.champ.fill(texte)
        self.champ.press("Enter")
        self.attendre_reponse(avant)

    def choisir(self, titre: str) -> None:
        avant = self.bot.count()
        self.page.locator(".recours-proposition").filter(has_text=titre).last.click()
        self.attendre_reponse(avant)


def dates_de(carte: Locator) -> dict[str, str]:
    """The card's key dates, label to date, as shown."""
    dates = carte.locator(".recours-dates")
    return dict(
        zip(
            dates.locator("dt").all_text_contents(),
            dates.locator("dd").all_text_contents(),
            strict=True,
        )
    )


def capture(page: Page, nom: str) -> Path:
    ARTEFACTS.mkdir(exist_ok=True)
    chemin = ARTEFACTS / nom
    page.screenshot(path=str(chemin), animations="disabled", caret="hide")
    assert chemin.stat().st_size < 300_000, f"{nom} : capture trop lourde pour le README"
    return chemin


def test_reclamation_complete_sur_telephone_carte_et_reprise_apres_rechargement(
    navigateur: Browser, serveurs: Embarque, dossier_mails: Path
) -> None:
    page = nouvelle_page(navigateur, TELEPHONE)
    page.goto(f"{serveurs.web_url}/")
    w = Widget(page)

    lanceur = page.get_by_role("button", name="Une réclamation ? Recours vous guide")
    lanceur.focus()
    page.keyboard.press("Enter")
    expect(w.champ).to_be_focused()
    expect(w.dernier()).to_contain_text("Bonjour, je suis Recours")
    expect(page.get_by_text("Identités Mutuelle", exact=False).first).to_be_visible()

    w.dire("Ma mutuelle refuse de rembourser mes lunettes")
    expect(w.dernier()).to_contain_text("Avez-vous déjà contacté votre organisme")
    # Keyboard only: from the text field, Shift+Tab reaches the last quick reply.
    w.champ.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    expect(page.locator(".recours-proposition").filter(has_text="Oui")).to_be_focused()
    avant = w.bot.count()
    page.keyboard.press("Enter")
    w.attendre_reponse(avant)
    expect(w.dernier()).to_contain_text("réclamation écrite")
    w.choisir("Oui")
    w.dire("le 3 octobre")
    expect(w.dernier()).to_contain_text("Avez-vous reçu une réponse")

    # A reload in the middle: the history is shown again and the form goes on.
    affiches = w.messages.count()
    page.reload()
    expect(w.messages).to_have_count(affiches)
    expect(w.dernier()).to_contain_text("Avez-vous reçu une réponse")
    w.choisir("Non")
    expect(w.dernier()).to_contain_text("numéro d'adhérent")

    w.choisir("Je n'en ai pas")
    for reponse in (
        "Dupont",
        "Jeanne",
        "jeanne.dupont@exemple.fr",
        "Le remboursement de mes lunettes a été refusé",
    ):
        w.dire(reponse)
    w.choisir("Aucune pièce")

    carte = page.locator(".recours-carte").last
    expect(carte).to_have_attribute("data-niveau", "2")
    expect(carte.locator(".recours-niveau")).to_have_text("Étape 2 sur 3 : réclamation écrite")
    expect(carte).to_contain_text("Service Réclamations")
    # Written on Sat 3 Oct 2026: answer due Thu 3 Dec (2 months), mediator from Fri 4 Dec.
    assert dates_de(carte) == {
        "Envoi de la réclamation écrite": "samedi 3 octobre 2026",
        "Accusé de réception au plus tard": "jeudi 15 octobre 2026",
        "Réponse au plus tard": "jeudi 3 décembre 2026",
        "Médiateur possible à partir du": "vendredi 4 décembre 2026",
        "Médiateur au plus tard": "dimanche 3 octobre 2027",
    }
    expect(carte.locator(".recours-mediateur")).to_contain_text("jusqu'au jeudi 3 décembre 2026")
    expect(page.locator(".recours-synthese")).to_have_count(0)  # the agent's only

    carte.scroll_into_view_if_needed()
    page.locator(".recours-niveau").last.scroll_into_view_if_needed()
    capture(page, "widget-reclamation.png")

    # Consent, then the code e-mailed (an .eml file): the dossier is recorded, the card
    # comes again with its reference and letter.
    w.choisir("Oui")
    w.dire(code_recu(dossier_mails, "jeanne.dupont@exemple.fr"))
    enregistre = page.locator(".recours-carte").last
    expect(enregistre.locator(".recours-reference")).to_contain_text("Référence du dossier : IM")
    lettre = enregistre.get_by_role("link", name="Télécharger la lettre de réclamation")
    expect(lettre).to_have_attribute(
        "href", re.compile(f"^{re.escape(serveurs.web_url)}/dossiers/")
    )
    assert requests.get(str(lettre.get_attribute("href")), timeout=10).status_code == 200

    affiches = w.messages.count()
    page.reload()
    expect(w.messages).to_have_count(affiches)
    expect(page.locator(".recours-carte")).to_have_count(2)
    expect(page.locator(".recours-reference")).to_have_count(1)
    page.context.close()


def test_mode_conseiller_questions_pour_l_agent_liste_et_resume_a_copier(
    navigateur: Browser, serveurs: Embarque
) -> None:
    page = nouvelle_page(navigateur, POSTE)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"{serveurs.web_url}/agent?organisation=mutex")
    w = Widget(page)
    expect(w.dernier()).to_contain_text("Je vous guide pour traiter la réclamation d'un adhérent")

    w.dire("L'adhérent conteste un refus de remboursement de ses lunettes")
    expect(w.dernier()).to_contain_text("L'adhérent a-t-il déjà contacté l'organisme")
    w.choisir("Oui")
    expect(w.dernier()).to_contain_text("L'adhérent a-t-il déjà envoyé")
    w.choisir("Oui")
    w.dire("le 3 août")
    w.choisir("Oui")
    w.choisir("Non")
    w.choisir("Non")
    expect(w.dernier()).to_contain_text("Demandez à l'adhérent son numéro d'adhérent")
    w.choisir("Il n'en a pas")
    for reponse in ("Dupont", "Jeanne", "jeanne.dupont@exemple.fr", "Refus de remboursement"):
        w.dire(reponse)
    w.choisir("Aucune pièce")

    expect(
        page.locator(".recours-message--bot .recours-bulle").filter(
            has_text="À communiquer à l'adhérent : Vous pouvez saisir le médiateur"
        )
    ).to_have_count(1)
    expect(page.locator(".recours-carte").last).to_have_attribute("data-niveau", "3")
    synthese = page.locator(".recours-synthese")
    expect(synthese.get_by_role("checkbox")).to_have_count(5)
    resume = synthese.get_by_label("Résumé du dossier")
    expect(resume).to_have_value(re.compile(r"^Adhérent : Jeanne Dupont$", re.MULTILINE))
    expect(resume).to_have_value(re.compile(r"^Orientation : niveau 3, La Médiation", re.MULTILINE))
    synthese.get_by_role("checkbox").first.check()
    synthese.get_by_role("button", name="Copier le résumé").click()
    expect(synthese.get_by_role("status")).to_have_text("Résumé copié.")
    copie = page.evaluate("() => navigator.clipboard.readText()")
    assert copie.startswith("Dossier Recours — Mutex\nAdhérent : Jeanne Dupont")

    synthese.scroll_into_view_if_needed()
    capture(page, "agent.png")
    page.reload()
    expect(page.locator(".recours-synthese").get_by_role("checkbox").first).to_be_checked()
    page.context.close()


def test_un_message_html_s_affiche_comme_du_texte(navigateur: Browser, serveurs: Embarque) -> None:
    page = nouvelle_page(navigateur, TELEPHONE)
    page.goto(f"{serveurs.web_url}/?organisation=mutex")
    page.get_by_role("button", name="Une réclamation ? Recours vous guide").click()
    w = Widget(page)
    expect(w.dernier()).to_contain_text("Bonjour")
    piege = "<img src=x onerror=alert(1)>"
    w.dire(piege)
    envoye = page.locator(".recours-message--personne .recours-bulle").last
    expect(envoye).to_have_text(piege)
    expect(page.locator(".recours-fil img")).to_have_count(0)
    page.keyboard.press("Escape")
    expect(page.locator(".recours-panneau")).to_be_hidden()
    expect(page.get_by_role("button", name="Une réclamation ? Recours vous guide")).to_be_focused()
    page.context.close()


def test_rasa_n_accepte_que_l_origine_de_l_application_web(serveurs: Embarque) -> None:
    url = f"{serveurs.rasa_url}/socket.io/?EIO=4&transport=polling"
    permis = requests.get(url, headers={"Origin": serveurs.web_url}, timeout=10)
    assert permis.headers.get("Access-Control-Allow-Origin") == serveurs.web_url
    autre = requests.get(url, headers={"Origin": "http://site-tiers.example"}, timeout=10)
    assert "Access-Control-Allow-Origin" not in autre.headers


@pytest.fixture(scope="module")
def sans_actions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Embarque]:
    """A profile of its own whose action server is stopped once it has started."""
    with embarque_de_test(Path(tmp_path_factory.mktemp("sans-actions"))) as profil:
        profil.superviseur.arreter("actions")
        yield profil


def test_message_medical_masque_dans_le_navigateur_meme_sans_serveur_d_actions(
    navigateur: Browser, sans_actions: Embarque
) -> None:
    page = nouvelle_page(navigateur, TELEPHONE)
    page.goto(f"{sans_actions.web_url}/?organisation=mutex")
    page.get_by_role("button", name="Une réclamation ? Recours vous guide").click()
    w = Widget(page)
    expect(w.dernier()).to_contain_text("Bonjour")  # a rule: no action needed
    w.dire("mon mari est sous chimiothérapie et la mutuelle refuse le remboursement")
    expect(w.dernier()).to_contain_text("indisponible")  # a complaint needs the actions
    envoye = page.locator(".recours-message--personne .recours-bulle").last
    expect(envoye).not_to_contain_text("chimio")
    stockage = str(page.evaluate("JSON.stringify(window.localStorage)"))
    assert "recours:" in stockage and "chimio" not in stockage
    assert "masqu" in stockage
    page.context.close()
