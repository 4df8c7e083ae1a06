"""Attacks on the letter links and the follow-up, against the real servers.

A letter link is shown once and stored nowhere in clear (tracker store, logs), expires,
and a new one comes through the follow-up; the follow-up of a reference locks after a
few wrong e-mails; a recorded dossier closes its case, and a turn replayed after a lost
tracker save does not record a second dossier. Today is 2026-11-24 (RECOURS_TODAY).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import requests

from lanceur.embarque import Embarque
from outillage.lettre import liens_de_lettre, ouvrir_lettre
from outillage.rest import Conversation
from outillage.scenarios import IDENTITE
from tests.e2e.test_dossiers import code_recu

pytestmark = pytest.mark.e2e


def enregistrer_en_ligne(serveurs: Embarque, dossier_mails: Path, nom: str) -> Conversation:
    """A person records a complaint on the website (identites-mutuelle, level 2)."""
    adresse = f"{nom.lower()}@exemple.fr"
    c = Conversation(serveurs, {"organisation": "identites-mutuelle"})
    c.dire("je suis mécontent, on ne me rembourse pas", "oui", "non")
    c.dire(IDENTITE[0], nom, IDENTITE[2], adresse, *IDENTITE[4:], "oui")
    c.dire(code_recu(dossier_mails, adresse))
    return c


def enregistrer_au_telephone(serveurs: Embarque, nom: str) -> Conversation:
    """An agent records a caller's complaint, skipping the e-mail code (mutex, level 2)."""
    c = Conversation(serveurs, {"organisation": "mutex", "audience": "agent"})
    c.dire("L'adhérent conteste un refus de remboursement de ses lunettes", "non")
    c.dire(IDENTITE[0], nom, IDENTITE[2], f"{nom.lower()}@exemple.fr", *IDENTITE[4:])
    c.dire("oui", "passer")
    return c


def octets(*fichiers: Path) -> bytes:
    """The content of files that exist (a SQLite file and its write-ahead log)."""
    return b"".join(f.read_bytes() for f in fichiers if f.exists())


def vieillir(serveurs: Embarque, reference: str, jours: int) -> None:
    """Move a dossier's links back in time (as if ``jours`` had passed)."""
    with sqlite3.connect(serveurs.base_dossiers) as base:
        decalage = f"-{jours} days"
        base.execute(
            "UPDATE dossiers SET cree_le = datetime(cree_le, ?) WHERE reference = ?",
            (decalage, reference),
        )
        base.execute(
            "UPDATE jetons SET cree_le = datetime(cree_le, ?) WHERE dossier_id = "
            "(SELECT id FROM dossiers WHERE reference = ?)",
            (decalage, reference),
        )


def test_le_lien_montre_une_fois_nulle_part_en_clair_perime_puis_renouvele(
    serveurs: Embarque, dossier_mails: Path
) -> None:
    c = enregistrer_en_ligne(serveurs, dossier_mails, "Garnier")
    charge = c.orientation()
    reference, lien = charge["reference"], charge["lettre_url"]
    jeton = lien.split("jeton=")[1]
    assert ouvrir_lettre(lien).status_code == 200

    tracker = serveurs.base_tracker
    stocke = octets(tracker, tracker.with_name(tracker.name + "-wal"))
    assert reference.encode() in stocke  # the conversation is stored...
    assert jeton.encode() not in stocke  # ...without the letter's key
    for journal in (serveurs.journal_rasa, serveurs.journal_actions, serveurs.journal_web):
        contenu = journal.read_text(errors="replace")
        assert jeton not in contenu and "jeton=" not in contenu, journal.name
    assert "lettre_url" not in c.slots

    c.dire("oui")  # a later "oui" repeats nothing of the recorded case
    assert reference not in str(c.dernieres) and "Garnier" not in str(c.dernieres)

    page = requests.get(lien.partition("#")[0], timeout=10)  # what a server ever receives
    assert page.status_code == 200 and "Garnier" not in page.text
    assert "<main>" in page.text and "<h1>" in page.text

    vieillir(serveurs, reference, 8)
    assert ouvrir_lettre(lien).status_code == 404  # replayed after its expiry: refused

    suivi = Conversation(serveurs)
    suivi.dire(f"où en est mon dossier {reference} ? mon mail : garnier@exemple.fr")
    [nouveau] = liens_de_lettre(suivi.textes())
    assert nouveau != lien and ouvrir_lettre(nouveau).status_code == 200
    stocke = octets(tracker, tracker.with_name(tracker.name + "-wal"))
    assert nouveau.split("jeton=")[1].encode() not in stocke


def test_vingt_adresses_fausses_sur_une_reference_la_verrouillent(serveurs: Embarque) -> None:
    c = enregistrer_au_telephone(serveurs, "Perrin")
    reference = c.orientation()["reference"]
    assert "part à son adresse e-mail" in c.textes()  # over the phone, no address read out
    assert c.textes().index("part à son adresse e-mail") < c.textes().index("/lettre")
    for n in range(20):
        curieux = Conversation(serveurs)  # a new client each time: the lock is per reference
        curieux.dire(f"où en est mon dossier {reference} ? mon mail : essai{n}@exemple.fr")
    assert "bloqué pendant une heure" in curieux.textes()
    assert "Dates à venir" not in curieux.textes()
    proprietaire = Conversation(serveurs)
    proprietaire.dire(f"où en est mon dossier {reference} ? mon mail : perrin@exemple.fr")
    assert "bloqué pendant une heure" in proprietaire.textes()


def test_un_tour_rejoue_apres_une_sauvegarde_perdue_ne_cree_pas_de_second_dossier(
    serveurs: Embarque,
) -> None:
    c = enregistrer_au_telephone(serveurs, "Fabre")
    reference = c.orientation()["reference"]
    with sqlite3.connect(serveurs.base_tracker) as base:  # Rasa's save of that turn is lost
        [(dernier,)] = base.execute(
            "SELECT max(id) FROM events WHERE sender_id = ? AND type_name = 'user'",
            (c.expediteur,),
        ).fetchall()
        base.execute("DELETE FROM events WHERE sender_id = ? AND id >= ?", (c.expediteur, dernier))
    assert c.slots["nom"] == "Fabre"
    c.dire("passer")  # the same turn, replayed
    assert c.orientation()["reference"] == reference
    with sqlite3.connect(serveurs.base_dossiers) as base:
        assert base.execute("SELECT count(*) FROM dossiers WHERE nom = 'Fabre'").fetchall() == [
            (1,)
        ]
    assert c.slots["nom"] is None  # and the case is closed
