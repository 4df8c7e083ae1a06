"""Properties of the whole detector: case and accents never change the verdict."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from bench.sante import ENTRAINEMENT, charger_exemples
from bot.sante import contient_donnees_medicales
from bot.sante.lexique import lexique
from bot.sante.mots_ordinaires import NOMS_PROPRES, SUFFIXES_ORDINAIRES, VOISINS_ORDINAIRES
from bot.texte import sans_accents

TEXTES = [e.texte for e in charger_exemples(ENTRAINEMENT)]


@given(texte=st.sampled_from(TEXTES), graine=st.randoms())
def test_la_casse_ne_change_jamais_le_verdict(texte: str, graine: random.Random) -> None:
    melange = "".join(c.upper() if graine.random() < 0.5 else c.lower() for c in texte)
    assert contient_donnees_medicales(melange) == contient_donnees_medicales(texte)


@given(texte=st.sampled_from(TEXTES))
def test_les_accents_ne_changent_jamais_le_verdict(texte: str) -> None:
    assert contient_donnees_medicales(sans_accents(texte)) == contient_donnees_medicales(texte)


def test_aucun_mot_ordinaire_genere_ne_cache_un_mot_du_lexique() -> None:
    """Fails when the lexicon gained a word still listed as ordinary: regenerate the lists."""
    mots = lexique().mots
    assert not (VOISINS_ORDINAIRES | NOMS_PROPRES) & mots
    assert not SUFFIXES_ORDINAIRES & set(lexique().categorie_par_cle)
