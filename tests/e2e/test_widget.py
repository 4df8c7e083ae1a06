"""The website widget and the agents' page in a real browser.

Debian's Chromium (``/usr/bin/chromium``, installed by ``make test``), driven headless by
the Python ``playwright`` package; the real web app, Rasa (socket.io channel) and action
server run on loopback, with today fixed at 2026-11-24. Screenshots go to tests/artifacts/.
Accessibility is checked with axe-core (npm, ``node_modules/``), injected into each page.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright

from lanceur.embarque import Embarque
from lanceur.service import RACINE
from outillage.embarque import embarque_de_test
from outillage.rest import ClientRest
from tests.e2e.conftest import CONSEILLER
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
AXE = RACINE / "node_modules" / "axe-core" / "axe.min.js"
NOTICE = "Vos données servent uniquement"
# A turn of the real servers on a busy machine can outlast Playwright's 5 s default.
expect.set_options(timeout=15_000)
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


def ouvrir_sur_telephone(navigateur: Browser, serveurs: Embarque) -> tuple[Page, Widget]:
    """Mutex's demo site on a phone, the widget opened and its greeting shown."""
    page = nouvelle_page(navigateur, TELEPHONE)
    page.goto(f"{serveurs.web_url}/?organisation=mutex")
    page.get_by_role("button", name="Une réclamation ? Recours vous guide").click()
    w = Widget(page)
    expect(w.dernier()).to_contain_text("Bonjour")
    return page, w


def se_connecter(page: Page, serveurs: Embarque) -> None:
    """Sign in as the session's agent: /agent sends to the form, which comes back."""
    page.goto(f"{serveurs.web_url}/agent?organisation=mutex")
    expect(page).to_have_url(re.compile(r"/agent/connexion\?organisation=mutex$"))
    page.get_by_label("Identifiant").fill(CONSEILLER[0])
    page.get_by_label("Mot de passe").fill(CONSEILLER[1])
    page.get_by_role("button", name="Se connecter").click()
    expect(page).to_have_url(re.compile(r"/agent\?organisation=mutex$"))


def etat_du_widget(page: Page) -> dict[str, Any]:
    """What the agents' widget keeps in the browser's storage (organisation mutex)."""
    etat: dict[str, Any] = json.loads(
        page.evaluate("() => localStorage.getItem('recours:agent:mutex')")
    )
    return etat


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
    assert chemin.stat().st_size < 200_000, f"{nom} : capture trop lourde pour le README"
    return chemin


def violations_axe(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations, of any impact, on the page as it is now.

    axe is evaluated through the DevTools protocol, which the pages' CSP (``script-src
    'self'``) does not block, so the page is checked with its real policy.
    """
    assert AXE.exists(), "axe-core manque : npm ci (make test l'installe)"
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")
    violations: list[dict[str, Any]] = page.evaluate(
        """async () => (await axe.run(document, { resultTypes: ["violations"] })).violations
            .map((v) => ({ id: v.id, impact: v.impact, cibles: v.nodes.map((n) => n.target) }))"""
    )
    return violations


def focus_dans(page: Page, selecteur: str) -> bool:
    """Whether the focused element is inside the element ``selecteur``."""
    return bool(
        page.evaluate(
            "(s) => document.querySelector(s).contains(document.activeElement)", selecteur
        )
    )


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
    # A side question mid-form: its answer fits its polarity (no "Oui" to "c'est
    # payant ?"), then the pending question in one short line; the notice is not repeated.
    expect(w.dernier()).to_contain_text("Quel est votre nom de famille ?")
    avant = w.bot.count()
    w.dire("C'est payant le médiateur ?")
    reponse_annexe = w.bot.nth(avant)
    expect(reponse_annexe).to_contain_text("La réclamation et la médiation sont gratuites.")
    expect(reponse_annexe).not_to_contain_text("Oui")
    expect(w.dernier().locator(".recours-bulle")).to_have_text(
        "Et pour reprendre : votre nom de famille ?"
    )
    for reponse in (
        "Dupont",
        "Jeanne",
        "jeanne.dupont@exemple.fr",
        "Le remboursement de mes lunettes a été refusé",
    ):
        w.dire(reponse)
    w.choisir("Aucune pièce")

    # The orientation once: a lead sentence, then the card (the explanation is the
    # REST channel's and the shell's).
    carte = page.locator(".recours-carte")
    expect(carte).to_have_count(1)
    chapeau = carte.locator("xpath=../preceding-sibling::div[1]")
    expect(chapeau).to_have_text(re.compile("Votre réclamation écrite suit son cours"))
    bulles = page.locator(".recours-message--bot .recours-bulle")
    expect(bulles.filter(has_text="Accusé de réception au plus tard")).to_have_count(0)
    expect(bulles.filter(has_text=NOTICE)).to_have_count(1)
    expect(carte).to_have_attribute("data-niveau", "2")
    expect(carte.locator(".recours-niveau")).to_have_text("Étape 2 sur 3 : réclamation écrite")
    expect(carte).to_contain_text("Service Réclamations")
    # Written on Sat 3 Oct 2026: answer due Thu 3 Dec (2 months), mediator from Fri 4 Dec.
    assert dates_de(carte) == {
        "Envoi de la réclamation écrite": "samedi 3 octobre 2026",
        "Accusé de réception au plus tard": "jeudi 15 octobre 2026 (date passée)",
        "Réponse au plus tard": "jeudi 3 décembre 2026",
        "Médiateur possible à partir du": "vendredi 4 décembre 2026",
        "Médiateur au plus tard": "dimanche 3 octobre 2027",
    }
    mediateur = carte.locator(".recours-mediateur")
    expect(mediateur).to_contain_text("jusqu'au jeudi 3 décembre 2026")
    # Names as written, not in capitals.
    nom = mediateur.locator(".recours-nom")
    expect(nom).to_have_text(re.compile("^Médiateur désigné par Médiation Consommation"))
    assert nom.evaluate("(n) => getComputedStyle(n).textTransform") == "none"
    expect(page.locator(".recours-synthese")).to_have_count(0)  # the agent's only

    carte.scroll_into_view_if_needed()
    page.locator(".recours-niveau").last.scroll_into_view_if_needed()
    capture(page, "widget-reclamation.png")

    # Consent, then the code e-mailed (an .eml file): the dossier is recorded; its
    # reference and letter come under the card, which is not shown again.
    w.choisir("Oui")
    w.dire(code_recu(dossier_mails, "jeanne.dupont@exemple.fr"))
    dossier = page.locator(".recours-dossier")
    expect(dossier.locator(".recours-reference")).to_contain_text("Référence du dossier : IM")
    expect(carte).to_have_count(1)
    lettre = dossier.locator("a.recours-lettre")
    expect(lettre).to_have_text(re.compile("lettre de réclamation.*\\(nouvel onglet\\)$"))
    expect(lettre).to_have_attribute("target", "_blank")
    expect(lettre).to_have_attribute(
        "href", re.compile(f"^{re.escape(serveurs.web_url)}/dossiers/")
    )
    assert violations_axe(page) == []
    # The letter, in its new tab: addressed to the service's postal address, accessible.
    with page.context.expect_page() as onglet:
        lettre.click()
    courrier = onglet.value
    courrier.wait_for_selector("main .objet")
    expect(courrier.locator("h1")).to_have_text("Lettre de réclamation")
    destinataire = courrier.locator("main")
    for ligne in ("Service Qualité Réclamations", "BP 20836", "75828 Paris Cedex 17"):
        expect(destinataire).to_contain_text(ligne)
    expect(destinataire).to_contain_text("Jeanne Dupont")
    assert violations_axe(courrier) == []
    courrier.close()
    # The link's key is shown once: never kept in the browser's storage.
    stockage = page.evaluate("() => Object.values(localStorage).join()")
    assert "#jeton=" not in stockage and "/lettre" not in stockage

    # Full screen on the phone: Tab and Shift+Tab go round the panel, never behind it.
    panneau = ".recours-panneau"
    page.get_by_role("button", name="Fermer l'assistant").focus()
    page.keyboard.press("Shift+Tab")
    expect(page.get_by_role("button", name="Recommencer")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Fermer l'assistant")).to_be_focused()
    for _ in range(12):
        page.keyboard.press("Tab")
        assert focus_dans(page, panneau)

    affiches = w.messages.count()
    page.reload()
    expect(w.messages).to_have_count(affiches)
    expect(carte).to_have_count(1)
    expect(page.locator(".recours-reference")).to_have_count(1)
    expect(page.locator("a.recours-lettre")).to_have_count(0)  # not stored, not shown again
    expect(page.locator(".recours-lettre-montree")).to_contain_text("montré qu'une fois")
    page.keyboard.press("Tab")  # reopened by the reload, focus on the page behind
    assert focus_dans(page, panneau)

    # "Recommencer" asks first; "Annuler" (or Escape) keeps the conversation.
    page.get_by_role("button", name="Recommencer").click()
    confirmation = page.get_by_role("group", name="Effacer cette conversation et recommencer ?")
    expect(confirmation.get_by_role("button", name="Annuler")).to_be_focused()
    page.keyboard.press("Escape")
    expect(confirmation).to_be_hidden()
    expect(page.get_by_role("button", name="Recommencer")).to_be_focused()
    expect(w.messages).to_have_count(affiches)
    page.get_by_role("button", name="Recommencer").click()
    confirmation.get_by_role("button", name="Oui, recommencer").click()
    expect(w.messages).to_have_count(1)
    expect(w.dernier()).to_contain_text("Bonjour, je suis Recours")
    # Escape closes the full-screen panel and gives the focus back to its launcher.
    w.champ.focus()
    page.keyboard.press("Escape")
    expect(page.locator(panneau)).to_be_hidden()
    expect(lanceur).to_be_focused()
    page.context.close()


def test_mode_conseiller_questions_pour_l_agent_dossier_et_resume_a_copier(
    navigateur: Browser, serveurs: Embarque
) -> None:
    page = nouvelle_page(navigateur, POSTE)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    se_connecter(page, serveurs)
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
    # A question whose "oui" means one thing (not "Vérifiez qu'aucun tribunal…").
    expect(w.dernier()).to_contain_text(
        "Un tribunal ou un autre médiateur est-il (ou a-t-il été) saisi du litige de l'adhérent ?"
    )
    w.choisir("Non")
    expect(w.dernier()).to_contain_text("Demandez à l'adhérent son numéro d'adhérent")
    w.dire("il l'a pas")  # the caller, in the third person
    expect(w.dernier()).to_contain_text("Demandez le nom de famille de l'adhérent")
    for reponse in ("Dupont", "Jeanne", "jeanne.dupont@exemple.fr", "Refus de remboursement"):
        w.dire(reponse)
    w.choisir("Aucune pièce")

    bulles = page.locator(".recours-message--bot .recours-bulle")
    expect(
        bulles.filter(has_text="À communiquer à l'adhérent : Vous pouvez saisir le médiateur")
    ).to_have_count(1)
    expect(bulles.filter(has_text="La médiation est gratuite")).to_have_count(0)  # on the card
    expect(bulles.filter(has_text="Informez l'adhérent : ses données")).to_have_count(1)
    carte = page.locator(".recours-carte")
    expect(carte).to_have_count(1)
    expect(carte).to_have_attribute("data-niveau", "3")
    expect(page.locator(".recours-synthese")).to_have_count(0)  # after the record only

    # Recorded with the caller's consent, the code skipped (the caller is on the phone).
    w.choisir("Oui")
    w.dire("passer")
    reference = page.locator(".recours-dossier .recours-reference strong")
    expect(reference).to_have_text(re.compile(r"^MX-2026-"))
    expect(carte).to_have_count(1)

    synthese = page.locator(".recours-synthese").last
    expect(synthese.get_by_role("checkbox")).to_have_count(5)
    resume = synthese.get_by_label("Résumé du dossier")
    expect(resume).to_have_value(re.compile(r"^Référence : MX-2026-\S+$", re.MULTILINE))
    expect(resume).to_have_value(re.compile(r"^Adhérent : Jeanne Dupont$", re.MULTILINE))
    expect(resume).to_have_value(re.compile(r"^Orientation : niveau 3, La Médiation", re.MULTILINE))
    synthese.get_by_role("checkbox").first.check()
    synthese.get_by_role("button", name="Copier le résumé").click()
    expect(synthese.get_by_role("status")).to_have_text("Résumé copié.")
    copie = page.evaluate("() => navigator.clipboard.readText()")
    assert re.match(r"Dossier Recours — Mutex\nRéférence : MX-\S+\nAdhérent : Jeanne Dupont", copie)
    assert violations_axe(page) == []

    synthese.scroll_into_view_if_needed()
    capture(page, "agent.png")
    page.reload()
    expect(page.locator(".recours-synthese").last.get_by_role("checkbox").first).to_be_checked()
    page.get_by_role("button", name="Nouvel appel").click()  # asks first
    expect(page.get_by_role("group", name=re.compile("^Terminer cet appel"))).to_be_visible()
    page.get_by_role("button", name="Annuler").click()
    expect(page.get_by_role("button", name="Nouvel appel")).to_be_focused()
    # The summary is written once the dossier is recorded: it carries the reference.
    expect(resume).to_have_value(re.compile(re.escape(reference.inner_text())))
    page.context.close()


def test_nouvel_appel_le_second_appelant_ne_voit_rien_du_premier(
    navigateur: Browser, serveurs: Embarque
) -> None:
    page = nouvelle_page(navigateur, POSTE)
    se_connecter(page, serveurs)
    w = Widget(page)
    expect(w.dernier()).to_contain_text("Je vous guide pour traiter la réclamation d'un adhérent")
    w.dire("L'adhérent conteste un refus de remboursement de ses lunettes")
    w.dire("non")
    for reponse in ("il n'en a pas", "Marchal", "Odile", "odile.marchal@exemple.fr"):
        w.dire(reponse)
    w.dire("Refus de remboursement des lunettes")
    w.dire("aucune")
    w.dire("oui")
    w.dire("passer")
    reference = page.locator(".recours-reference").last.text_content() or ""
    assert re.search(r"MX-2026-", reference), reference
    with sqlite3.connect(serveurs.base_dossiers) as base:
        assert base.execute("SELECT conseiller FROM dossiers WHERE nom = 'Marchal'").fetchall() == [
            (CONSEILLER[0],)
        ]
    premiere = etat_du_widget(page)["session"]

    page.get_by_role("button", name="Nouvel appel").click()
    page.get_by_role("button", name="Oui, nouvel appel").click()
    expect(w.dernier()).to_contain_text("Je vous guide pour traiter la réclamation d'un adhérent")
    w.dire("oui")
    fil = page.locator(".recours-fil").text_content() or ""
    assert "Marchal" not in fil and "MX-2026-" not in fil and "lettre" not in fil
    stockage = page.evaluate("() => Object.values(localStorage).join()")
    assert "Marchal" not in stockage and "MX-2026-" not in stockage
    etat = etat_du_widget(page)
    assert etat["session"] != premiere
    slots = ClientRest(serveurs.rasa_url, serveurs.jeton).tracker(etat["session"])["slots"]
    assert (slots["nom"], slots["email"], slots["numero_adherent"]) == (None, None, None)
    assert slots["audience"] == "agent"
    page.context.close()


def test_un_message_html_s_affiche_comme_du_texte(navigateur: Browser, serveurs: Embarque) -> None:
    page, w = ouvrir_sur_telephone(navigateur, serveurs)
    piege = "<img src=x onerror=alert(1)>"
    w.dire(piege)
    envoye = page.locator(".recours-message--personne .recours-bulle").last
    expect(envoye).to_have_text(piege)
    expect(page.locator(".recours-fil img")).to_have_count(0)
    page.keyboard.press("Escape")
    expect(page.locator(".recours-panneau")).to_be_hidden()
    expect(page.get_by_role("button", name="Une réclamation ? Recours vous guide")).to_be_focused()
    page.context.close()


def test_le_site_de_mutex_montre_une_reference_de_mutex(
    navigateur: Browser, serveurs: Embarque
) -> None:
    page, w = ouvrir_sur_telephone(navigateur, serveurs)
    w.dire("Où en est mon dossier ?")
    expect(w.dernier()).to_contain_text("« MX-2026-7KQ4-M2XD »")
    page.context.close()


def test_une_simple_demande_n_est_pas_une_etape_de_reclamation(
    navigateur: Browser, serveurs: Embarque
) -> None:
    page, w = ouvrir_sur_telephone(navigateur, serveurs)
    w.dire("Je voudrais changer mon RIB")
    carte = page.locator(".recours-carte")
    expect(carte).to_have_count(1)
    expect(carte.locator(".recours-niveau")).to_have_text("demande au service concerné")
    expect(page.locator(".recours-panneau")).not_to_contain_text("Étape 1 sur 3")
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
    page, w = ouvrir_sur_telephone(navigateur, sans_actions)  # a rule: no action needed
    w.dire("mon mari est sous chimiothérapie et la mutuelle refuse le remboursement")
    expect(w.dernier()).to_contain_text("indisponible")  # a complaint needs the actions
    envoye = page.locator(".recours-message--personne .recours-bulle").last
    expect(envoye).not_to_contain_text("chimio")
    stockage = str(page.evaluate("JSON.stringify(window.localStorage)"))
    assert "recours:" in stockage and "chimio" not in stockage
    assert "masqu" in stockage
    page.context.close()
