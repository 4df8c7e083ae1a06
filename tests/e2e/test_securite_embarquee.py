"""Security of the embedded profile (make run): every server is on loopback only."""

from pathlib import Path

import pytest

from lanceur.embarque import Embarque
from lanceur.ports import PORT_RASA
from tests.prod.outils import adresses_d_ecoute

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("service", ["actions_url", "rasa_url", "web_url"])
def test_chaque_serveur_n_ecoute_que_sur_la_boucle_locale(serveurs: Embarque, service: str) -> None:
    port = int(getattr(serveurs, service).rsplit(":", 1)[1])
    assert adresses_d_ecoute(port) == {"0100007F"}


def test_make_run_lie_rasa_a_la_boucle_locale(tmp_path: Path) -> None:
    """The profile ``python -m lanceur run`` starts, on its fixed ports."""
    services = {s.nom: s for s in Embarque(tmp_path, base={}).services()}
    commande = services["rasa"].commande
    assert services["rasa"].port == PORT_RASA
    assert commande[commande.index("--interface") + 1] == "127.0.0.1"
    assert "0.0.0.0" not in " ".join(commande)
    assert services["web"].environnement["RECOURS_WEB_HOST"] == "127.0.0.1"
