"""French medical morphology: a word with a medical ending counts even when unknown.

It names a disease, an act or a specialist that the lexicon does not list
("spondylodiscite", "cholangiographie", "mon algologue").

The endings are those of medical word formation (-ite inflammation, -ose chronic
condition and its adjective -osique, -ome tumour, -ectomie, -otomie and -stomie surgery,
-plastie repair, -thérapie treatment, -pathie disease, -algie pain, -émie blood, -plégie
paralysis, -scopie and -graphie examinations, -logue specialist, and -phagie, -asie,
-plasie, -trophie, -urie, -iase, -cèle, -sthénie, -pénie, -rragie, -rrhée, -esthésie,
-céphalie, -plexie, -spadias for eating, growth, urine, parasites, hernias, weakness,
deficits, bleeding, discharges, sensation, the skull, strokes and malformations). A word
counts unless it is an ordinary word with that ending:
:data:`bot.sante.mots_ordinaires.SUFFIXES_ORDINAIRES`, taken from the Debian word list
``wfrench``, plus :data:`ORDINAIRES_EN_PLUS` below (our own).
"""

from __future__ import annotations

import re

from bot.sante.floue import a_une_faute_pres
from bot.sante.mots_ordinaires import SUFFIXES_ORDINAIRES

SUFFIXES = (
    "ite", "ose", "osique", "ome", "ectomie", "otomie", "stomie", "plastie", "therapie",
    "pathie", "algie", "emie", "plegie", "scopie", "graphie", "logue", "phagie", "asie",
    "plasie", "trophie", "urie", "iase", "cele", "sthenie", "penie", "ragie", "rrhee",
    "esthesie", "cephalie", "plexie", "pexie", "spadia",
)  # fmt: skip
"""Medical endings, folded (``"thérapie"`` is ``"therapie"``)."""

SUFFIXES_DE_SOIN = frozenset(
    {"ectomie", "otomie", "stomie", "plastie", "pexie", "therapie", "scopie", "graphie", "logue"}
)
"""The endings that name a kind of care (an operation, a therapy, an examination, a
specialist), not a state: they do not count in a general question on cover
(:mod:`bot.sante.question_generale`)."""

LETTRES_AVANT_LE_SUFFIXE = 3
"""A word counts only with at least this many letters before its ending ("otite" is in
the lexicon; "suite", "chose", "tome" are too short to count)."""

ORDINAIRES_EN_PLUS = frozenset(
    {
        # Words of a complaint that wfrench lacks, or spelt as people write them.
        "website", "desinscrite", "reinscrite", "circonscrite", "imputabilite", "joignabilite",
        "reactivite", "mutualite", "recevabilite",
        "dialoguer", "catalogue", "kinetherapie", "kinesitherapie", "physiotherapie",
        "osteopathie", "homeopathie", "naturopathie", "sophrologue", "sophrologie",
        "thalassotherapie", "balneotherapie", "relaxotherapie", "ergonome",
        # Specialists of routine care (brief §6: a kind of care without a condition).
        "ophtalmologue", "gynecologue", "dermatologue", "radiologue", "podologue",
        "ophtalmologie", "gynecologie", "dermatologie", "radiologie", "podologie",
        # Routine imaging named without why (brief §6: a kind of care, like a consultation);
        # a body part, a reason or a pregnancy makes it count (bot.sante.expressions).
        "radiographie", "echographie", "mammographie",
        "diplome", "econome", "autonome", "jerome", "chrysostome", "hippodrome", "velodrome",
        "aerodrome",
        "pandemie", "epidemie", "academie", "economie", "anatomie", "biographie", "photographie",
        "orthographie", "geographie", "bibliographie", "calligraphie", "cartographie",
        "infographie", "graphologue", "decalogue", "prologue", "epilogue", "monologue",
        "dialogue", "homologue", "analogue", "sociologue", "ideologue", "astrologue",
        "archeologue", "geologue", "oenologue", "zoologue", "technologue", "marguerite",
        "favorite", "reussite", "faillite", "conduite", "poursuite", "retraite", "visite",
        "limite", "ensuite", "gratuite", "petite", "site", "parasite", "termite",
        "dynamite", "satellite", "pepite", "marmite", "guerite", "hypocrite", "insolite",
        "explicite", "implicite", "illicite", "licite", "subite", "tacite", "fortuite",
        "elite", "grandiose", "virtuose", "morose", "metamorphose", "apotheose", "osmose",
        "hypnose", "glucose", "lactose", "fructose", "cellulose", "viscose",
    }
)  # fmt: skip
"""Ordinary words with a medical ending, written by us (wfrench's come generated), and
first names that look like one ("Jérôme")."""

_SUFFIXE = re.compile("(?:" + "|".join(sorted(SUFFIXES, key=len, reverse=True)) + ")$")


_ELISIONS = ("qu", "j", "l", "m", "t", "s", "n", "d", "c")


def _lectures(token: str) -> tuple[str, ...]:
    """The token, and the word it holds when an apostrophe was left out ("jhabite")."""
    return (token, *(token[len(e) :] for e in _ELISIONS if token.startswith(e)))


def suffixe_medical(token: str, ite_accentue: bool = False) -> str | None:
    """Return the medical ending of a folded, singular token, or ``None``.

    Args:
        token: one folded token (see :func:`bot.sante.formes.singulier`).
        ite_accentue: the person wrote this word with ``-ité`` (``"activité"``): the
            folded ``-ite`` is then a noun of quality, never an inflammation.

    """
    trouve = _SUFFIXE.search(token)
    if trouve is None or trouve.start() < LETTRES_AVANT_LE_SUFFIXE:
        return None
    if any(mot in SUFFIXES_ORDINAIRES or mot in ORDINAIRES_EN_PLUS for mot in _lectures(token)):
        return None
    if trouve.group() == "ite" and ite_accentue:
        return None
    return trouve.group()


_LETTRE_DOUBLEE = re.compile(r"(.)\1")

SUFFIXES_FLOUS = ("ectomie", "plastie", "stomie")
"""Endings still read with one typo in them ("vasectoomie", "septolpastie"): long enough
that no ordinary French word ends one edit away from them."""


def suffixe_medical_a_une_faute_pres(token: str) -> str | None:
    """Return the ending of :data:`SUFFIXES_FLOUS` that ``token`` ends with, one typo apart.

    The token with its ending mended must itself read as medical (:func:`suffixe_medical`:
    letters before the ending, not an ordinary word). A doubled letter in an ending of six
    letters or more is read single ("colostommie").
    """
    if token in SUFFIXES_ORDINAIRES or token in ORDINAIRES_EN_PLUS:
        return None
    simple = _LETTRE_DOUBLEE.sub(r"\1", token)
    if simple != token:
        trouve = suffixe_medical(simple)
        if trouve is not None and len(trouve) >= len("stomie"):
            return trouve
    for suffixe in SUFFIXES_FLOUS:
        for longueur in (len(suffixe) - 1, len(suffixe), len(suffixe) + 1):
            fin = token[-longueur:]
            if len(token) > longueur and a_une_faute_pres(fin, suffixe):
                trouve = suffixe_medical(token[:-longueur] + suffixe)
                if trouve is not None:
                    return trouve
    return None
