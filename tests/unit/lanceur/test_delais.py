"""The timeouts of a turn: each layer gives up after the one it waits for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lanceur.delais import DELAIS, Delais
from lanceur.rasa import arguments_rasa
from lanceur.service import RACINE
from production.configuration import Ports, configuration_nginx


def test_appel_action_verrou_sanic_nginx_widget_strictement_croissants() -> None:
    d = DELAIS
    assert d.appel_action < d.verrou < d.reponse_rasa < d.lecture_nginx < d.widget


def test_des_delais_dans_le_desordre_sont_refuses() -> None:
    with pytest.raises(ValueError, match="croissants"):
        Delais(appel_action=30, verrou=20)


def test_nginx_lit_un_tour_le_temps_prevu() -> None:
    conf = configuration_nginx(Ports(), Path("/srv/recours"))
    lectures = re.findall(r"proxy_read_timeout (\d+)s;", conf)
    assert set(lectures) == {str(DELAIS.lecture_nginx), str(DELAIS.inactivite_socketio)}


def test_le_widget_attend_plus_longtemps_que_nginx() -> None:
    outils = (RACINE / "webapp" / "static" / "recours-outils.js").read_text(encoding="utf-8")
    attente = re.search(r"const ATTENTE_MAX_MS = (\d+);", outils)
    assert attente is not None
    assert int(attente.group(1)) == DELAIS.widget * 1000


def test_rasa_recoit_le_delai_de_reponse_sauf_s_il_en_a_un() -> None:
    arguments = arguments_rasa(["run"], {})
    assert arguments[arguments.index("--response-timeout") + 1] == str(DELAIS.reponse_rasa)
    assert arguments_rasa(["run", "--response-timeout", "7"], {}).count("--response-timeout") == 1
