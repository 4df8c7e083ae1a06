"""Security of the embedded profile (make run): the action server is on loopback only."""

import pytest

from lanceur.embarque import Embarque
from tests.prod.outils import adresses_d_ecoute

pytestmark = pytest.mark.e2e


def test_le_serveur_d_actions_n_ecoute_que_sur_la_boucle_locale(serveurs: Embarque) -> None:
    port = int(serveurs.actions_url.rsplit(":", 1)[1])
    assert adresses_d_ecoute(port) == {"0100007F"}
