from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.texte import (
    cle_phonetique,
    corriger_fautes,
    forme_normale,
    normaliser,
    normaliser_sms,
    sans_accents,
)


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


@pytest.mark.parametrize(
    ("faute", "mot"),
    [
        ("courie", "courrier"),
        ("courier", "courrier"),
        ("envoyer", "envoye"),
        ("envoyez", "envoye"),
        ("reponce", "reponse"),
        ("toujour", "toujours"),
        ("jame", "jamais"),
        ("ecri", "ecrit"),
        ("recomande", "recommande"),
    ],
)
def test_deux_graphies_d_un_meme_son_ont_la_meme_cle(faute: str, mot: str) -> None:
    assert cle_phonetique(faute) == cle_phonetique(mot)


@pytest.mark.parametrize(("mot", "autre"), [("lettre", "mettre"), ("envoye", "envoi")])
def test_deux_mots_differents_gardent_des_cles_differentes(mot: str, autre: str) -> None:
    assert cle_phonetique(mot) != cle_phonetique(autre)


MOTS = ("courrier", "lettre", "reclamation", "reponse", "toujours", "jamais")
PARTICIPES = ("envoye", "ecrit")


@pytest.mark.parametrize(
    ("texte", "corrige"),
    [
        ("j'ai envoyer un courie", "j'ai envoye un courrier"),
        ("je leur ai deja ecri", "je leur ai deja ecrit"),
        ("elle n'a jamai envoyer sa reclamtion", "elle n'a jamais envoye sa reclamation"),
        ("toujour pas de reponce", "toujours pas de reponse"),
        ("je dois envoyer un courrier", "je dois envoyer un courrier"),
        ("un courrier a envoyer", "un courrier a envoyer"),
        ("il faut mettre la lettre", "il faut mettre la lettre"),
        ("le 3/10/2026 a 10h", "le 3/10/2026 a 10h"),
    ],
)
def test_corriger_fautes_ne_touche_que_les_mots_attendus(texte: str, corrige: str) -> None:
    assert corriger_fautes(texte, MOTS, PARTICIPES) == corrige
