"""``make run`` (``python -m lanceur run``): one line when ready, loopback, one Ctrl-C stops."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from lanceur.embarque import Embarque
from lanceur.ports import port_occupe, ports_libres, url
from lanceur.service import RACINE
from outillage.rest import WEBHOOK
from production.configuration import LIMITES
from tests.prod.outils import adresses_d_ecoute

pytestmark = pytest.mark.e2e

BOUCLE_LOCALE = "0100007F"
"""127.0.0.1 as /proc/net/tcp writes it."""
BRUITS = ("tensorflow/core", "cuda", "DeprecationWarning", "MovedIn20Warning", "TF-TRT")
"""What the logs no longer show at the default log level."""


def _lignes(processus: subprocess.Popen[str]) -> queue.Queue[str]:
    lignes: queue.Queue[str] = queue.Queue()

    def lire() -> None:
        assert processus.stdout is not None
        for ligne in processus.stdout:
            lignes.put(ligne.rstrip("\n"))

    threading.Thread(target=lire, daemon=True).start()
    return lignes


def _attendre(lignes: queue.Queue[str], debut: str, delai: float) -> list[str]:
    lues: list[str] = []
    fin = time.monotonic() + delai
    while not (lues and lues[-1].startswith(debut)):
        lues.append(lignes.get(timeout=max(0.1, fin - time.monotonic())))
    return lues


def test_make_run_une_ligne_quand_tout_est_pret_boucle_locale_un_ctrl_c_arrete_tout(
    tmp_path: Path,
) -> None:
    ports = ports_libres(3)
    rasa, actions, web = ports
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RECOURS_", "TF_", "PYTHONW"))}
    processus = subprocess.Popen(
        [
            *(sys.executable, "-m", "lanceur", "run", "--dossier", str(tmp_path)),
            *("--port-rasa", str(rasa), "--port-actions", str(actions), "--port-web", str(web)),
            *("--cors", url(web)),
        ],
        cwd=RACINE,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        lignes = _lignes(processus)
        lues = _attendre(lignes, "Recours est prêt", 300)
        assert len(lues) == 2, lues  # "Démarrage…", then the ready line alone
        prete = lues[-1]
        assert f"{url(web)}/ (site de démonstration)" in prete
        assert f"{url(web)}/agent (conseiller)" in prete
        for port in ports:
            assert adresses_d_ecoute(port) == {BOUCLE_LOCALE}, port

        processus.send_signal(signal.SIGINT)
        assert processus.wait(timeout=90) == 0
        assert _attendre(lignes, "Recours est arrêté.", 5)
    finally:
        if processus.poll() is None:
            processus.kill()
    assert not any(port_occupe(port) for port in ports)
    assert not list((tmp_path / "run").glob("*.pid")), "every pid file removed"
    for journal in (tmp_path / "logs").glob("*.log"):
        texte = journal.read_text(errors="replace")
        assert not [b for b in BRUITS if b in texte], journal.name


def test_le_rest_de_la_boucle_locale_n_a_pas_de_limite(serveurs: Embarque) -> None:
    """More than production's limit for one conversation, at once: nothing refused."""
    nombre = 2 * LIMITES.conversation_rafale

    def envoyer(_: int) -> int:
        reponse = requests.post(
            f"{serveurs.rasa_url}{WEBHOOK}",
            json={},
            headers={"X-Recours-Session": "sans-limite"},
            timeout=30,
        )
        return reponse.status_code

    with ThreadPoolExecutor(max_workers=16) as groupe:
        statuts = list(groupe.map(envoyer, range(nombre)))
    assert statuts == [400] * nombre  # the channel's own answer to a body without a message
