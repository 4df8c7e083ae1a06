"""A complaint recorded over REST: summary, consent, e-mail code, reference, letter link,
dated copy, follow-up.

Today is 2026-11-24 (RECOURS_TODAY); the dossier store is the servers' own SQLite file,
read back here without the code under test.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from lanceur.embarque import Embarque
from outillage.lettre import ouvrir_lettre
from outillage.rest import Conversation
from outillage.scenarios import IDENTITE
from tests.boite import code_de, courriels_a, texte

pytestmark = pytest.mark.e2e


def dossiers_de(serveurs: Embarque, nom: str) -> list[tuple[str, str]]:
    with sqlite3.connect(serveurs.base_dossiers) as base:
        return base.execute(
            "SELECT reference, statut FROM dossiers WHERE nom = ?", (nom,)
        ).fetchall()


def code_recu(dossier_mails: Path, adresse: str) -> str:
    """The code of the latest verification e-mail sent to ``adresse`` (an .eml file)."""
    codes = [m for m in courriels_a(dossier_mails, adresse) if "vérification" in m["Subject"]]
    assert codes, f"no code sent to {adresse}"
    return code_de(texte(codes[-1]))


def test_reclamation_enregistree_lettre_et_suivi(serveurs: Embarque, dossier_mails: Path) -> None:
    adresse = "jeanne.lefevre@exemple.fr"
    c = Conversation(serveurs, {"organisation": "identites-mutuelle"})
    c.dire("je suis mécontent, on ne me rembourse pas", "oui", "non")
    c.dire(*IDENTITE[:1], "Lefèvre", IDENTITE[2], adresse, *IDENTITE[4:])
    assert c.orientation()["reference"] is None  # shown first, before any record
    assert c.question == "consentement"
    assert "Récapitulatif au mardi 24 novembre 2026" in c.textes()
    assert any(r.get("buttons") for r in c.dernieres)

    c.dire("oui")
    assert c.question == "code_email"
    assert adresse in c.textes() and dossiers_de(serveurs, "Lefèvre") == []
    c.dire("000000" if code_recu(dossier_mails, adresse) != "000000" else "111111")
    assert c.question == "code_email" and "pas le bon" in c.textes()
    c.dire(code_recu(dossier_mails, adresse))
    charge = c.orientation()
    reference, lien = charge["reference"], charge["lettre_url"]
    assert re.fullmatch(r"IM-2026-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}", reference)
    assert reference in c.textes() and lien in c.textes()
    assert "Votre lettre de réclamation : " in c.textes()  # which letter, by post (level 2)
    assert charge["lettre"]["target"] == "_blank"
    assert "mardi 24 novembre 2026 à" in c.textes()
    assert c.slots["nom"] is None  # the case is closed
    assert dossiers_de(serveurs, "Lefèvre") == [(reference, "actif")]

    assert lien.startswith(f"{serveurs.web_url}/dossiers/{reference}/lettre#jeton=")
    lettre = ouvrir_lettre(lien)
    assert lettre.status_code == 200
    assert "Service Qualité Réclamations" in lettre.text and "Jeanne Lefèvre" in lettre.text
    assert "BP 20836" in lettre.text  # it names the postal address
    assert ouvrir_lettre(lien[:-3]).status_code == 404

    copie = [m for m in courriels_a(dossier_mails, adresse) if reference in m["Subject"]]
    assert len(copie) == 1, "the dated copy, once"
    assert "Réponse au plus tard le lundi 25 janvier 2027" in texte(copie[0])
    with sqlite3.connect(serveurs.base_dossiers) as base:
        assert base.execute(
            "SELECT email_verifie FROM dossiers WHERE reference = ?", (reference,)
        ).fetchall() == [("code",)]

    suivi = Conversation(serveurs)
    suivi.dire(f"bonjour, où en est mon dossier {reference.lower()} ?")
    assert suivi.question == "suivi_email"
    suivi.dire(adresse)
    assert "Dates à venir" in suivi.textes()
    [etat] = [r["custom"] for r in suivi.dernieres if r.get("custom", {}).get("type") == "suivi"]
    assert etat["reference"] == reference and etat["niveau"] == 2


def test_le_conseiller_passe_le_code_le_dossier_le_dit(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex", "audience": "agent"})
    c.dire("L'adhérent conteste un refus de remboursement de ses lunettes", "non")
    c.dire(*IDENTITE[:1], "Girard", *IDENTITE[2:])
    c.dire("oui")
    assert c.question == "code_email" and "passer" in c.textes()
    c.dire("passer")
    reference = c.orientation()["reference"]
    with sqlite3.connect(serveurs.base_dossiers) as base:
        assert base.execute(
            "SELECT email_verifie FROM dossiers WHERE reference = ?", (reference,)
        ).fetchall() == [("conseiller",)]


def test_sans_consentement_rien_n_est_enregistre(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("ma mutuelle refuse de rembourser mes lunettes", "non")
    c.dire(*IDENTITE[:1], "Rousseau", *IDENTITE[2:])
    assert c.question == "consentement"
    c.dire("non")
    assert "je n'enregistre rien" in c.textes()
    assert dossiers_de(serveurs, "Rousseau") == []


def test_correction_pendant_le_consentement_nouveau_recapitulatif(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("J'ai envoyé une réclamation écrite le 3 octobre et toujours aucune réponse")
    c.dire(*IDENTITE)
    assert c.question == "consentement"
    c.dire("en fait c'était le 5 octobre")
    assert "Je remplace" in c.textes()  # nothing changes before a yes
    assert c.slots["date_reclamation_ecrite"] == "2026-10-03"
    c.dire("oui")
    assert "réclamation écrite du lundi 5 octobre 2026" in c.textes()
    assert c.orientation()["echeances"]["envoi"] == "2026-10-05"
    assert c.question == "consentement"


def test_suivi_reference_inconnue(serveurs: Embarque) -> None:
    c = Conversation(serveurs)
    c.dire("je voudrais suivre mon dossier")
    assert c.question == "suivi_reference"
    c.dire("MX-2026-AAAA-AAAA", "jeanne.dupont@exemple.fr")
    assert "aucun dossier actif" in c.textes()
    assert c.slots["suivi_reference"] is None
