"""The letter page in a real browser: opened from its link, accessible, on a phone and A4.

Debian's Chromium driven by Playwright, as in ``test_widget.py``; axe-core (npm,
``node_modules/``) is injected through the DevTools protocol, so the page keeps its real
Content-Security-Policy.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, sync_playwright

from lanceur.embarque import Embarque
from lanceur.service import RACINE
from tests.e2e.test_liens_de_lettre import enregistrer_en_ligne
from tests.e2e.test_widget import CHROMIUM, OPTIONS_CHROMIUM

pytestmark = pytest.mark.e2e

AXE = RACINE / "node_modules" / "axe-core" / "axe.min.js"
TELEPHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    if not CHROMIUM.exists() or not AXE.exists():
        pytest.skip("Chromium ou axe-core manque (make test les installe)")
    with sync_playwright() as playwright:
        navigateur = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=OPTIONS_CHROMIUM
        )
        yield navigateur
        navigateur.close()


def test_la_lettre_s_ouvre_accessible_lisible_sur_telephone_et_imprimable(
    chromium: Browser, serveurs: Embarque, dossier_mails: Path
) -> None:
    lien = enregistrer_en_ligne(serveurs, dossier_mails, "Leroy").orientation()["lettre_url"]
    contexte = chromium.new_context(viewport=TELEPHONE)
    page = contexte.new_page()
    page.goto(lien)
    page.wait_for_selector("main .objet")
    assert page.locator("h1").inner_text() == "Lettre de réclamation"
    assert "Jeanne Leroy" in page.inner_text("main") and "BP 20836" in page.inner_text("main")

    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")
    violations: list[dict[str, Any]] = page.evaluate(
        """async () => (await axe.run(document, { resultTypes: ["violations"] })).violations
            .map((v) => ({ id: v.id, impact: v.impact }))"""
    )
    assert violations == []
    assert page.evaluate("() => document.documentElement.scrollWidth") <= TELEPHONE["width"]
    alignements = page.evaluate(
        "() => [...document.querySelectorAll('p')].map((p) => getComputedStyle(p).textAlign)"
    )
    assert "justify" not in alignements

    page.emulate_media(media="print")
    assert page.locator(".aide").is_hidden()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page>") <= 2
    contexte.close()
