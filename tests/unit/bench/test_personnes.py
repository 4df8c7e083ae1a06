"""Reading back the simulated people's totals (bench/personnes.py)."""

import pytest

from bench.personnes import Personnes, lire_totaux

TOTAUX = """Personnes simulées — modèle models/recours.tar.gz — aujourd'hui 2026-11-24

scénarios réussis : 38/44
bonnes orientations : 43/44
questions posées deux fois : 8
demandes de reformulation : 2 (dont sur du français clair : 1)
faits changés sans confirmation (dont recommencements) : 1
"""


def test_les_totaux_sont_relus() -> None:
    assert lire_totaux(TOTAUX) == Personnes(
        scenarios=44,
        reussis=38,
        bonnes_orientations=43,
        questions_deux_fois=8,
        reformulations=2,
        faits_changes=1,
    )


def test_un_total_manquant_est_une_erreur() -> None:
    with pytest.raises(ValueError, match="bonnes orientations"):
        lire_totaux(TOTAUX.replace("bonnes orientations", "orientations"))
