"""``make shell``: the model given explicitly, and a French line without a terminal."""

from __future__ import annotations

import subprocess
import sys

from bench.modeles import MODELES
from lanceur.service import MODELE, RACINE
from lanceur.shell import SANS_TERMINAL, commande_shell


def test_le_shell_recoit_le_modele_de_recours_et_ecoute_la_boucle_locale() -> None:
    commande = commande_shell()
    assert commande[commande.index("--model") + 1] == str(MODELE)
    assert commande[commande.index("--interface") + 1] == "127.0.0.1"


def test_sans_terminal_une_ligne_en_francais_sans_traceback() -> None:
    fini = subprocess.run(
        [sys.executable, "-m", "lanceur", "shell"],
        cwd=RACINE,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert fini.returncode == 2
    assert fini.stderr == SANS_TERMINAL + "\n"


def test_les_modeles_du_banc_ne_sont_pas_dans_models() -> None:
    assert not MODELES.resolve().is_relative_to((RACINE / "models").resolve())
