"""A dossier's pure values: references people can read on the phone."""

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.dossier import ALPHABET_REFERENCE, generer_reference, lire_reference

FORMAT_REFERENCE = re.compile(r"^[A-Z]{2,4}-\d{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$")


def test_reference_prefixe_annee_et_deux_blocs_de_quatre() -> None:
    tirage = itertools.cycle("7KQ4M2XD")
    assert generer_reference("IM", 2026, lambda _: next(tirage)) == "IM-2026-7KQ4-M2XD"


@given(st.randoms(use_true_random=False))
def test_reference_sans_caracteres_ambigus(aleatoire: object) -> None:
    reference = generer_reference("MX", 2026, aleatoire.choice)  # type: ignore[attr-defined]
    assert FORMAT_REFERENCE.match(reference)
    assert not set(reference[8:]) & set("01ILOU")


def test_alphabet_sans_sosies_et_assez_de_combinaisons() -> None:
    assert not set(ALPHABET_REFERENCE) & set("01ILOU")
    assert len(set(ALPHABET_REFERENCE)) ** 8 > 5 * 10**11


@pytest.mark.parametrize(
    "texte",
    [
        "IM-2026-7KQ4-M2XD",
        "ma référence : im-2026-7kq4-m2xd merci",
        "IM 2026 7KQ4 M2XD",
        "im20267kq4m2xd",
        "dossier IM-2026-7KQ4M2XD ?",
    ],
)
def test_reference_relue_quelle_que_soit_la_saisie(texte: str) -> None:
    assert lire_reference(texte) == "IM-2026-7KQ4-M2XD"


@pytest.mark.parametrize(
    "texte", ["bonjour", "mon numéro adhérent 12345678", "IM-2026-7KQ4-M2X", "IM-2026-0KQ4-M2XD"]
)
def test_pas_de_reference_sans_le_format_complet(texte: str) -> None:
    assert lire_reference(texte) is None
