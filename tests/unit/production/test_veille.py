"""The watcher's rotation: a hung replica leaves after a few failed probes, then returns."""

from __future__ import annotations

import itertools
import os
import time
from pathlib import Path

import pytest

from production import veille
from production.configuration import Ports, configuration_nginx
from production.veille import Rotation

A, B = "127.0.0.1:5005", "127.0.0.1:5006"


def test_une_replique_sort_apres_deux_echecs_de_suite_et_revient_apres_deux_reponses() -> None:
    rotation = Rotation((A, B))
    assert not rotation.noter({A: False, B: True})
    assert rotation.noter({A: False, B: True})
    assert rotation.pour_nginx() == {A}
    assert not rotation.noter({A: True, B: True})
    assert rotation.noter({A: True, B: True})
    assert rotation.pour_nginx() == frozenset()


def test_un_echec_isole_ne_sort_pas_la_replique() -> None:
    rotation = Rotation((A, B))
    for verdict in (False, True, False, True):
        assert not rotation.noter({A: verdict, B: True})
    assert rotation.hors_service == set()


def test_jamais_toutes_les_repliques_hors_service_pour_nginx() -> None:
    rotation = Rotation((A, B))
    for _ in range(2):
        rotation.noter({A: False, B: False})
    assert rotation.hors_service == {A, B}
    assert rotation.pour_nginx() == frozenset()


def test_nginx_marque_down_la_replique_hors_service_dans_chaque_groupe() -> None:
    conf = configuration_nginx(Ports(), Path("/srv/recours"), hors_service=frozenset({B}))
    assert conf.count(f"server {B} max_fails=1 fail_timeout=5s down;") == 3
    assert conf.count(f"server {A} max_fails=1 fail_timeout=5s;") == 3


def test_une_replique_muette_qui_calcule_n_est_pas_bloquee_une_muette_immobile_l_est(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(veille, "SILENCE_MAX", 0.3)
    horloge_cpu = itertools.count()
    occupee = veille.Interrogation(A, lambda _: False, lambda: float(next(horloge_cpu)))
    immobile = veille.Interrogation(B, lambda _: False, lambda: 1.0)
    time.sleep(0.5)
    assert not occupee.bloquee()
    assert immobile.bloquee()


def test_le_temps_cpu_d_un_processus_vivant_et_d_un_absent(tmp_path: Path) -> None:
    fichier = tmp_path / "rasa-0.pid"
    fichier.write_text(str(os.getpid()))
    assert veille.temps_cpu(fichier) is not None
    fichier.write_text("999999999")
    assert veille.temps_cpu(fichier) is None
