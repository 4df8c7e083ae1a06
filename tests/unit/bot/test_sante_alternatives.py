"""Grouping an alternation by first letter matches exactly what the plain one matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.sante.alternatives import par_premiere_lettre, sous_ses_premieres_lettres
from bot.sante.expressions import ORDINAIRES, PHRASES_ORDINAIRES, REGLES

SOURCE = (
    r"(?:cotisations?|comptes?) (?:\w+ ){0,3}?ponctionn\w*|(?:la )?nausee de vos"
    r"|ca fait mal|(?:un |une )?(?:lifting|cure) de jouvence|\w+ rien qu a l idee"
    r"|(?<!\bmon )coeur (?:qui )?saigne|[0-9]+ euros|mal au portefeuille|mal"
)
MOTS = ["cotisation", "ponctionnee", "la", "nausee", "de", "vos", "ca", "fait", "mal", "au",
        "portefeuille", "une", "cure", "jouvence", "migraine", "rien", "qu", "a", "l", "idee",
        "mon", "coeur", "qui", "saigne", "12", "euros", "deux", "fois"]  # fmt: skip


@given(st.lists(st.sampled_from(MOTS), max_size=12))
def test_le_groupement_trouve_les_memes_phrases_aux_memes_places(mots: list[str]) -> None:
    phrase = " ".join(mots)
    simple = re.compile(rf"\b(?:{SOURCE})\b")
    groupee = re.compile(rf"\b(?:{par_premiere_lettre(SOURCE)})\b")
    assert simple.sub(" | ", phrase) == groupee.sub(" | ", phrase)


@pytest.mark.parametrize(
    "phrase",
    ["ca fait mal au portefeuille", "une cure de jouvence", "mon coeur saigne", "12 euros"],
)
def test_la_premiere_branche_qui_convient_l_emporte_comme_avant(phrase: str) -> None:
    simple = re.compile(rf"\b(?:{SOURCE})\b")
    groupee = re.compile(rf"\b(?:{par_premiere_lettre(SOURCE)})\b")
    assert [m.span() for m in simple.finditer(phrase)] == [
        m.span() for m in groupee.finditer(phrase)
    ]


def test_les_phrases_ordinaires_livrees_sont_groupees_par_lettre() -> None:
    assert "(?=a)(?:" in ORDINAIRES.pattern
    plain = re.compile(rf"\b(?:{PHRASES_ORDINAIRES})\b")
    phrase = "je bosse en reanimation et votre appli c est un cancer ca fait mal au portefeuille"
    assert plain.sub(" | ", phrase) == ORDINAIRES.sub(" | ", phrase)


REGLE = r"(?<!\ble )\bgreff\w*|\b(?:mon|ma) (?:\w+ )?opere\w*|\b[0-9]+ ?% d ipp"
MOTS_DE_REGLE = ["le", "greffe", "mon", "ma", "fille", "operee", "30", "%", "d", "ipp", "au"]


@given(st.lists(st.sampled_from(MOTS_DE_REGLE), max_size=10))
def test_une_regle_sous_ses_premieres_lettres_trouve_la_meme_chose(mots: list[str]) -> None:
    phrase = " ".join(mots)
    simple = re.compile(REGLE)
    abritee = re.compile(sous_ses_premieres_lettres(REGLE))
    assert [m.span() for m in simple.finditer(phrase)] == [
        m.span() for m in abritee.finditer(phrase)
    ]


def test_une_regle_qui_peut_commencer_par_tout_reste_telle_quelle() -> None:
    assert sous_ses_premieres_lettres(REGLE).startswith("(?=[0123456789gm])(?:")
    assert sous_ses_premieres_lettres(r"\bfoo|(?:\w+ )?semaines? d avance") == (
        r"\bfoo|(?:\w+ )?semaines? d avance"
    )
    assert REGLES["enceinte"].pattern.startswith("(?=[")
