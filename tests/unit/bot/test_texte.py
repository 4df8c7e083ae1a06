from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.texte import forme_normale, normaliser, normaliser_sms, sans_accents


def test_sans_accents_retire_les_diacritiques_et_developpe_les_ligatures() -> None:
    assert sans_accents("Févr. Août Noël Œuvre cœur ç") == "Fevr. Aout Noel OEuvre coeur c"


def test_normaliser_replie_casse_apostrophes_tirets_et_espaces() -> None:
    assert normaliser("  AUJOURD’HUI,\tl'Avant-Hier  du 2026-10-03 ") == (
        "aujourd'hui, l'avant hier du 2026-10-03"
    )


def test_normaliser_lit_l_exposant_de_premier() -> None:
    assert normaliser("le 1ᵉʳ mars") == "le 1er mars"


@given(texte=st.text())
def test_normaliser_est_idempotent(texte: str) -> None:
    assert normaliser(normaliser(texte)) == normaliser(texte)


@pytest.mark.parametrize(
    ("mot", "forme"),
    [("Réponse", "reponse"), ("rep", "reponse"), ("tjrs", "toujours"), ("PB", "probleme"),
     ("jai", "ai"), ("médiateur", "mediateur"), ("Mutex", "mutex")],
)  # fmt: skip
def test_forme_normale_accents_casse_et_sms(mot: str, forme: str) -> None:
    assert forme_normale(mot) == forme


def test_les_analyseurs_lisent_l_ecriture_sms_en_toutes_lettres() -> None:
    assert normaliser_sms("G appelé, tjrs pa de rep.") == "j'ai appele, toujours pas de reponse."
    assert normaliser_sms("jai écrit") == "j'ai ecrit"
