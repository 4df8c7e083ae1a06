"""The `recours` command: JSON out, one French line and a non-zero code on bad input."""

import argparse
import csv
import io
import json
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from bot.calendrier import FUSEAU
from bot.dossier import Cas
from bot.organisations import Registre
from edge import cli
from edge.argparse_fr import en_francais
from edge.comptes import Comptes
from edge.stockage.depot import Depot
from outillage.guichet import Guichet
from tests.conftest import RACINE
from tests.exemples_dossiers import MAINTENANT, conversation, ecrite_le, enregistrer


def lancer(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as sortie:
        code = cli.main(list(argv))
        raise SystemExit(code)
    capture = capsys.readouterr()
    return int(sortie.value.code or 0), capture.out, capture.err


def test_echeances_exemple_du_brief(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = lancer(capsys, "echeances", "--envoi", "2025-12-31")
    assert code == 0
    assert json.loads(out) == {
        "envoi": "2025-12-31",
        "region": "national",
        "accuse_reception_au_plus_tard": "2026-01-13",
        "reponse_au_plus_tard": "2026-02-28",
        "reponse_au_plus_tard_prorogee": "2026-03-02",
        "mediateur_a_partir_du": "2026-03-03",
    }


def test_echeances_alsace_moselle(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = lancer(capsys, "echeances", "--envoi", "2025-12-19", "--region", "alsace-moselle")
    assert json.loads(out)["accuse_reception_au_plus_tard"] == "2026-01-03"


def test_orientation_json_non_echappe(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = lancer(
        capsys,
        "orientation",
        "--organisation",
        "identites-mutuelle",
        "--aujourdhui",
        "2026-11-24",
        "--reclamation-ecrite",
        "2026-09-01",
        "--reponse-recue",
    )
    assert code == 0
    assert "Médiation Consommation Développement" in out  # UTF-8, not \u-escaped
    assert json.loads(out)["niveau"] == 3


def test_region_en_option_remplace_celle_du_fichier(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = lancer(
        capsys,
        "orientation",
        "--organisation",
        "mutex",
        "--aujourdhui",
        "2026-01-05",
        "--reclamation-ecrite",
        "2025-12-19",
        "--region",
        "alsace-moselle",
    )
    assert json.loads(out)["echeances"]["accuse_reception_au_plus_tard"] == "2026-01-03"


@pytest.mark.parametrize(
    ("argv", "attendu"),
    [
        (
            ["orientation", "--organisation", "inconnue", "--aujourdhui", "2026-01-01"],
            "organisation inconnue",
        ),
        (
            ["orientation", "--organisation", "mutex", "--aujourdhui", "2026-02-30"],
            "date inexistante",
        ),
        (["echeances", "--envoi", "le lendemain"], "date illisible"),
        (["echeances", "--envoi", "début mars"], "date imprécise"),
        (["echeances"], "arguments obligatoires manquants : --envoi"),
        (["echeances", "--envoi", "2026-01-05", "--region", "x"], "choix invalide : 'x'"),
        (["purge", "--actif-ans", "x"], "nombre entier attendu"),
        (["inconnue"], "choix invalide : 'inconnue'"),
        (["organisations", "--en-trop"], "arguments inconnus : --en-trop"),
        (
            [
                "orientation",
                "--organisation",
                "mutex",
                "--aujourdhui",
                "2026-01-01",
                "--reclamation-ecrite",
                "2026-01-02",
            ],
            "postérieure",
        ),
    ],
)
def test_mauvaise_entree_une_ligne_en_francais_code_non_nul(
    capsys: pytest.CaptureFixture[str], argv: list[str], attendu: str
) -> None:
    code, out, err = lancer(capsys, *argv)
    assert code != 0
    assert out == ""
    assert attendu in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("texte", "attendue"),
    [
        ("2025-12-31", "2025-12-31"),
        ("31/12/2025", "2025-12-31"),
        ("31 décembre 2025", "2025-12-31"),
        ("le 31 decembre", "2025-12-31"),
        ("hier", "2026-11-23"),
        ("il y a deux mois", "2026-09-24"),
    ],
)
def test_dates_en_francais_relatives_a_aujourdhui(
    capsys: pytest.CaptureFixture[str], texte: str, attendue: str
) -> None:
    code, out, _ = lancer(
        capsys,
        *("orientation", "--organisation", "mutex", "--aujourdhui", "24 novembre 2026"),
        *("--reclamation-ecrite", texte),
    )
    assert code == 0
    assert json.loads(out)["echeances"]["envoi"] == attendue


def test_echeances_date_du_jour_de_l_horloge(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECOURS_TODAY", "2026-11-24")
    code, out, _ = lancer(capsys, "echeances", "--envoi", "hier")
    assert code == 0 and json.loads(out)["envoi"] == "2026-11-23"


def _analyseurs(analyseur: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    sous = [
        a
        for action in analyseur._actions
        if isinstance(action, argparse._SubParsersAction)
        for a in action.choices.values()
    ]
    return [analyseur, *(b for a in sous for b in _analyseurs(a))]


def test_chaque_option_est_decrite_en_francais(capsys: pytest.CaptureFixture[str]) -> None:
    with en_francais():
        analyseurs = _analyseurs(cli._analyseur())
    for analyseur in analyseurs:
        for action in analyseur._actions:
            assert action.help, (analyseur.prog, action.dest)
    code, out, _ = lancer(capsys, "orientation", "--help")
    assert code == 0
    assert out.startswith("utilisation : recours orientation")
    assert "afficher cette aide et quitter" in out
    assert "show this help" not in out and "usage:" not in out


def test_commande_installee_sans_traceback() -> None:
    recours = Path(sys.executable).parent / "recours"
    resultat = subprocess.run(
        [str(recours), "orientation", "--organisation", "x", "--aujourdhui", "2026-01-01"],
        capture_output=True,
        text=True,
        cwd=RACINE,
        check=False,
    )
    assert resultat.returncode == 2
    assert resultat.stderr.startswith("recours : organisation inconnue")


# --- dossiers, retention, outbox: on a real SQLite database ---------------------------


@pytest.fixture
def bases(url_dossiers: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The command's dossier store and tracker store, SQLite files read back by the tests."""
    conversations = tmp_path / "tracker.db"
    monkeypatch.setenv("RECOURS_DATABASE_URL", url_dossiers)
    monkeypatch.setenv("RECOURS_TRACKER_DATABASE_URL", f"sqlite:///{conversations}")
    monkeypatch.delenv("RECOURS_WEBHOOK_URL", raising=False)
    return tmp_path / "dossiers.db", conversations


def relire(base: Path, requete: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(base) as connexion:
        return connexion.execute(requete).fetchall()


def test_export_json_des_dossiers_actifs_d_une_organisation(
    capsys: pytest.CaptureFixture[str], bases: tuple[Path, Path], depot: Depot, registre: Registre
) -> None:
    dossier, _ = enregistrer(depot, registre)
    enregistrer(depot, registre, organisation="identites-mutuelle")
    restreint, _ = enregistrer(depot, registre, nom="Martin")
    depot.effacer(restreint.reference, MAINTENANT.date())
    code, out, _ = lancer(capsys, "dossiers", "export", "--organisation", "mutex")
    assert code == 0
    [exporte] = json.loads(out)
    assert exporte["reference"] == dossier.reference
    assert (exporte["nom"], exporte["email"]) == ("Dupont", "jeanne.dupont@exemple.fr")
    assert exporte["orientation"]["reference"] == dossier.reference


def test_export_csv_sans_formule_executable(
    capsys: pytest.CaptureFixture[str], bases: tuple[Path, Path], depot: Depot, registre: Registre
) -> None:
    dossier, _ = enregistrer(depot, registre, nature='=HYPERLINK("http://x","clic")')
    code, out, _ = lancer(
        capsys, "dossiers", "export", "--organisation", "mutex", "--format", "csv"
    )
    assert code == 0
    [entete, ligne] = list(csv.reader(io.StringIO(out)))
    assert entete == list(cli.COLONNES_CSV)
    valeurs = dict(zip(entete, ligne, strict=True))
    assert valeurs["reference"] == dossier.reference and valeurs["niveau"] == "2"
    assert valeurs["nature"] == '\'=HYPERLINK("http://x","clic")'


def test_effacer_pendant_le_litige_restreint_et_le_dit(
    capsys: pytest.CaptureFixture[str], bases: tuple[Path, Path], depot: Depot, registre: Registre
) -> None:
    dossier, _ = enregistrer(depot, registre)
    code, out, _ = lancer(
        capsys, "dossiers", "effacer", dossier.reference, "--aujourdhui", "2027-11-24"
    )
    assert code == 0
    resultat = json.loads(out)
    assert resultat["resultat"] == "restreint"
    assert "le médiateur peut être saisi jusqu'au mercredi 24 novembre 2027" in resultat["motif"]
    assert relire(bases[0], "SELECT reference, statut FROM dossiers") == [
        (dossier.reference, "restreint")
    ]


def test_effacer_apres_le_litige_plus_rien_dans_la_base(
    capsys: pytest.CaptureFixture[str], bases: tuple[Path, Path], depot: Depot, registre: Registre
) -> None:
    dossier, _ = enregistrer(depot, registre, transmettre=True)
    code, out, _ = lancer(
        capsys, "dossiers", "effacer", dossier.reference, "--aujourdhui", "2027-11-25"
    )
    assert code == 0 and json.loads(out)["resultat"] == "efface"
    assert relire(bases[0], "SELECT * FROM dossiers") == []
    assert relire(bases[0], "SELECT * FROM outbox") == []
    contenu = bases[0].read_bytes()
    assert b"jeanne.dupont@exemple.fr" not in contenu and b"Dupont" not in contenu


@pytest.mark.parametrize(
    ("jour", "resultat"), [("2027-11-24", "restreint"), ("2027-11-25", "efface")]
)
def test_effacer_efface_aussi_la_conversation(
    capsys: pytest.CaptureFixture[str],
    bases: tuple[Path, Path],
    depot: Depot,
    registre: Registre,
    jour: str,
    resultat: str,
) -> None:
    """ "Efface tout": the tracker store loses the conversation the dossier came from."""
    dossier, _ = enregistrer(depot, registre, cas=Cas("conversation-de-jeanne", "1"))
    conversation(bases[1], "conversation-de-jeanne", MAINTENANT)
    conversation(bases[1], "une-autre", MAINTENANT)
    code, out, _ = lancer(capsys, "dossiers", "effacer", dossier.reference, "--aujourdhui", jour)
    assert code == 0
    assert json.loads(out)["resultat"] == resultat and json.loads(out)["conversation_effacee"]
    assert relire(bases[1], "SELECT DISTINCT sender_id FROM events") == [("une-autre",)]


def test_effacer_une_reference_inconnue(
    capsys: pytest.CaptureFixture[str], bases: tuple[Path, Path]
) -> None:
    code, out, err = lancer(capsys, "dossiers", "effacer", "MX-2026-AAAA-AAAA")
    assert (code, out) == (2, "")
    assert err == "recours : dossier inconnu « MX-2026-AAAA-AAAA »\n"


def test_purge_dossiers_et_conversations(
    capsys: pytest.CaptureFixture[str], bases: tuple[Path, Path], depot: Depot, registre: Registre
) -> None:
    ancien, _ = enregistrer(depot, registre, reponses=ecrite_le(date(2025, 11, 3)))
    perime, _ = enregistrer(depot, registre, reponses=ecrite_le(date(2020, 11, 3)))
    recent, _ = enregistrer(depot, registre)
    conversation(bases[1], "ancienne", datetime(2026, 10, 20, 12, 0, tzinfo=FUSEAU))
    conversation(bases[1], "recente", datetime(2026, 11, 20, 12, 0, tzinfo=FUSEAU))
    code, out, _ = lancer(capsys, "purge", "--aujourdhui", "2026-11-24")
    assert code == 0
    assert json.loads(out) == {
        "dossiers_archives": [ancien.reference],
        "dossiers_supprimes": [perime.reference],
        "conversations_supprimees": 1,
        "codes_supprimes": 0,
        "essais_de_suivi_supprimes": 0,
    }
    assert sorted(relire(bases[0], "SELECT reference, statut FROM dossiers")) == sorted(
        [(ancien.reference, "archive"), (recent.reference, "actif")]
    )
    assert relire(bases[1], "SELECT DISTINCT sender_id FROM events") == [("recente",)]


def test_outbox_liste_puis_transmet_quand_le_guichet_revient(
    capsys: pytest.CaptureFixture[str],
    bases: tuple[Path, Path],
    depot: Depot,
    registre: Registre,
    guichet: Guichet,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dossier, _ = enregistrer(depot, registre, transmettre=True)
    _, out, _ = lancer(capsys, "outbox")
    sans_adresse = json.loads(out)
    assert sans_adresse["webhook_configure"] is False
    assert [e["reference"] for e in sans_adresse["en_attente"]] == [dossier.reference]
    monkeypatch.setenv("RECOURS_WEBHOOK_URL", guichet.url)
    guichet.statuts = [400]  # refused: no retry, kept for the next pass
    _, out, _ = lancer(capsys, "outbox")
    [attente] = json.loads(out)["en_attente"]
    assert (attente["tentatives"], attente["derniere_erreur"]) == (1, "HTTP 400")
    code, out, _ = lancer(capsys, "outbox")
    assert code == 0
    assert json.loads(out) == {
        "webhook_configure": True,
        "transmis": [dossier.reference],
        "en_attente": [],
        "courriels": {"envoyes": [], "en_attente": []},
    }
    assert guichet.recus == [dossier.en_json()]


def test_base_inaccessible_une_ligne(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECOURS_DATABASE_URL", "pas-une-url")
    code, out, err = lancer(capsys, "outbox")
    assert (code, out) == (2, "")
    assert err.startswith("recours : base de données inaccessible") and err.count("\n") == 1


def test_agents_ajouter_lit_le_mot_de_passe_et_n_ecrit_que_son_empreinte(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fichier = tmp_path / "agents"
    monkeypatch.setenv("RECOURS_AGENTS_FILE", str(fichier))
    monkeypatch.setattr(sys, "stdin", io.StringIO("Mot de passe de Claire\n"))
    code, out, _ = lancer(capsys, "agents", "ajouter", "claire")
    assert code == 0 and json.loads(out)["ajoute"] == "claire"
    assert Comptes.lire(fichier).verifier("claire", "Mot de passe de Claire")
    assert "Mot de passe" not in fichier.read_text()
    monkeypatch.setattr(sys, "stdin", io.StringIO("x\n"))
    code, out, err = lancer(capsys, "agents", "ajouter", "claire:admin")
    assert code == 2 and out == "" and "identifiant invalide" in err
