"""Health details told in a conversation land nowhere: every place is read back.

A person tells an operation and a treatment in the first message and again in the
nature of the complaint, over REST; the dossier is recorded (the agent skips the e-mail
code), forwarded to the insurer and e-mailed. Then the tracker store, the dossier and
outbox tables, the webhook body, the letter, the CSV and JSON exports, the e-mails and
the logs of the three servers at their default level are read: none holds the details.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from lanceur.embarque import Embarque
from outillage.embarque import embarque_de_test
from outillage.guichet import Guichet
from outillage.lettre import liens_de_lettre, ouvrir_lettre
from outillage.rest import Conversation
from tests.boite import lire_eml, texte

pytestmark = pytest.mark.e2e

PREMIER = (
    "ma mère s'est fait poser une prothèse de hanche et la mutuelle refuse de rembourser "
    "ses séances de kinésithérapie"
)
NATURE_MEDICALE = "refus de prise en charge de sa rééducation après son opération de la hanche"
NATURE = "le refus de remboursement des séances prescrites, sans explication"
SECRETS = ("prothese", "prothèse", "hanche", "kinésithérapie", "rééducation", "opération")


@pytest.fixture(scope="module")
def guichet() -> Iterator[Guichet]:
    with Guichet() as g:
        yield g


@pytest.fixture(scope="module")
def profil(tmp_path_factory: pytest.TempPathFactory, guichet: Guichet) -> Iterator[Embarque]:
    dossier = Path(tmp_path_factory.mktemp("sante"))
    environnement = {"RECOURS_WEBHOOK_URL": guichet.url, "RECOURS_MAIL_DIR": str(dossier / "mails")}
    with embarque_de_test(dossier, environnement=environnement) as s:
        yield s


def sans_secret(lieu: str, contenu: str) -> None:
    bas = contenu.lower()
    for mot in SECRETS:
        assert mot not in bas, f"« {mot} » trouvé dans {lieu}"


def test_aucun_detail_de_sante_nulle_part(profil: Embarque, guichet: Guichet) -> None:
    c = Conversation(profil, {"organisation": "mutex", "audience": "agent"})
    c.dire(PREMIER)
    assert c.slots["donnees_medicales"] is True
    c.dire("non", "aucun", "Martin", "Claire", "claire.martin@exemple.fr", NATURE_MEDICALE)
    assert c.question == "nature"  # the medical nature is refused, asked again
    c.dire(NATURE, "le décompte de refus", "oui", "passer")
    orientation = c.orientation()
    reference = orientation["reference"]
    assert reference and orientation["donnees_medicales"] is True

    with sqlite3.connect(profil.base_tracker) as base:
        sans_secret("le tracker store", repr(base.execute("SELECT data FROM events").fetchall()))
    with sqlite3.connect(profil.base_dossiers) as base:
        for table in ("dossiers", "outbox", "courriels"):
            lignes = base.execute(f"SELECT * FROM {table}").fetchall()
            sans_secret(f"la table {table}", repr(lignes))
    fin = time.monotonic() + 30  # the hand-off runs in the background
    while not guichet.recus and time.monotonic() < fin:
        time.sleep(0.2)
    assert guichet.recus, "le dossier n'a pas été transmis à l'assureur"
    sans_secret("le corps du webhook", json.dumps(guichet.recus, ensure_ascii=False))
    mails = sorted((profil.dossier / "mails").glob("*.eml"))
    assert mails, "aucune copie datée envoyée"
    [lettre] = [lien for mail in mails for lien in liens_de_lettre(texte(lire_eml(mail)))]
    page = ouvrir_lettre(lettre)
    assert page.status_code == 200 and reference in page.text
    sans_secret("la lettre", page.text)

    env = {**os.environ, "RECOURS_DATABASE_URL": f"sqlite:///{profil.base_dossiers}"}
    for format_ in ("csv", "json"):
        export = subprocess.run(
            [Path(sys.executable).with_name("recours"), "dossiers", "export",
             "--organisation", "mutex", "--format", format_],
            capture_output=True, text=True, env=env, check=True,
        )  # fmt: skip
        assert reference in export.stdout
        sans_secret(f"l'export {format_}", export.stdout)
    for mail in mails:
        sans_secret(f"le courriel {mail.name}", mail.read_text(errors="replace"))
    for journal in (profil.journal_rasa, profil.journal_actions, profil.journal_web):
        sans_secret(f"le journal {journal.name}", journal.read_text(errors="replace"))
