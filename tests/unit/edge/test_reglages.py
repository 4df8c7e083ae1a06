"""Settings read once from the environment; the clock on a fixed day."""

from datetime import date, datetime
from pathlib import Path

import pytest

from bot.calendrier import FUSEAU
from edge import cli
from edge.horloge import Horloge
from edge.reglages import RACINE, ErreurReglages, Reglages


def test_sans_variable_les_defauts_embarques() -> None:
    reglages = Reglages.depuis_environnement({})
    assert reglages == Reglages()
    assert reglages.url_base_dossiers == f"sqlite:///{RACINE / '.rasa' / 'dossiers.db'}"
    assert reglages.aujourdhui_fixe is None and reglages.url_webhook is None


def test_chaque_variable_lue_une_fois() -> None:
    reglages = Reglages.depuis_environnement(
        {
            "RECOURS_ORGANISATIONS_DIR": "/srv/organisations",
            "RECOURS_ORGANISATION": "mutex",
            "RECOURS_DATABASE_URL": "postgresql://base/dossiers",
            "RECOURS_WEB_URL": "https://recours.exemple.fr/",
            "RECOURS_WEBHOOK_URL": "https://assureur.exemple.fr/dossiers",
            "RECOURS_WEB_PORT": "8100",
            "RECOURS_TODAY": "2026-11-24",
        }
    )
    assert reglages.dossier_organisations == Path("/srv/organisations")
    assert reglages.organisation_par_defaut == "mutex"
    assert reglages.url_web == "https://recours.exemple.fr"  # no trailing slash in links
    assert reglages.port_web == 8100 and reglages.aujourdhui_fixe == date(2026, 11, 24)


@pytest.mark.parametrize(
    ("variable", "valeur"), [("RECOURS_TODAY", "24/11/2026"), ("RECOURS_WEB_PORT", "huit")]
)
def test_variable_mal_formee_nommee_dans_l_erreur(variable: str, valeur: str) -> None:
    with pytest.raises(ErreurReglages, match=variable):
        Reglages.depuis_environnement({variable: valeur})


def test_la_commande_dit_la_variable_mal_formee(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RECOURS_TODAY", "demain")
    assert cli.main(["organisations"]) == 2
    assert "RECOURS_TODAY" in capsys.readouterr().err


def test_jour_fixe_garde_l_heure_du_moment() -> None:
    instant = datetime(2030, 5, 6, 14, 35, tzinfo=FUSEAU)
    horloge = Horloge(date(2026, 11, 24), instant=lambda: instant)
    assert horloge.maintenant() == datetime(2026, 11, 24, 14, 35, tzinfo=FUSEAU)
    assert horloge.aujourdhui() == date(2026, 11, 24)
    assert Horloge(instant=lambda: instant).aujourdhui() == date(2030, 5, 6)


def test_le_secret_de_session_trop_court_est_refuse_et_les_origines_suivent_le_web() -> None:
    with pytest.raises(ErreurReglages, match="RECOURS_SESSION_SECRET"):
        Reglages.depuis_environnement({"RECOURS_SESSION_SECRET": "court"})
    reglages = Reglages.depuis_environnement(
        {"RECOURS_SESSION_SECRET": "x" * 32, "RECOURS_WEB_URL": "https://recours.fr/chemin"}
    )
    assert reglages.secret_de_session == b"x" * 32 and not reglages.rest_sans_preuve
    assert reglages.origines == ("https://recours.fr",)
    assert "x" * 32 not in repr(reglages)
    origines = {"RECOURS_CORS_ORIGINS": "https://a.fr https://b.fr"}
    assert Reglages.depuis_environnement(origines).origines == ("https://a.fr", "https://b.fr")


def test_le_rest_sans_preuve_se_demande_explicitement() -> None:
    assert Reglages.depuis_environnement({"RECOURS_REST_SANS_PREUVE": "1"}).rest_sans_preuve
    with pytest.raises(ErreurReglages, match="RECOURS_REST_SANS_PREUVE"):
        Reglages.depuis_environnement({"RECOURS_REST_SANS_PREUVE": "peut-être"})
