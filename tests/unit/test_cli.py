"""The `recours` command: JSON out, one French line and a non-zero code on bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli
from tests.conftest import RACINE


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
        (["orientation", "--organisation", "mutex", "--aujourdhui", "2026-02-30"], "date invalide"),
        (["echeances", "--envoi", "31/12/2025"], "date invalide"),
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
