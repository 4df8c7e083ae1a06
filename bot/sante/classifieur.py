"""A logistic regression over word and character n-grams, evaluated in pure Python.

The n-grams are those of the NLU pipeline (``config.yml``): word 1-2 grams and
character 1-5 grams inside word boundaries (scikit-learn's ``char_wb``), here on the
folded tokens of :func:`bot.sante.formes.tokens`, less the ordinary phrases, homonyms and
figures of speech of :data:`bot.sante.expressions.ORDINAIRES` (the lexicon blanks them
too: "allergique à la paperasse" gives the classifier nothing to read). They are weighted
as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` does (``(1 + ln count) × idf``,
then the vector scaled to unit length), which cross-validation preferred to raw counts. The model is
trained outside ``bot/`` (``python -m bench.sante_construire poids``, scikit-learn, on
``data/sante/entrainement.yml``) and shipped as data in :mod:`bot.sante.poids`: an idf
and a weight per n-gram, a bias, and the decision threshold. Scoring a message is a few
sums and a sigmoid: no scikit-learn, no file at run time.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise

from bot.sante import poids
from bot.sante.expressions import neutraliser
from bot.sante.formes import tokens

LONGUEUR_MAX_CARACTERES = 5
MOTS_MINIMUM = 5
"""The classifier reads only messages of at least this many words of two letters or
more: a name, a date, "oui", "plus d'un an" give it too little to read (it scored short
ordinary answers above its threshold), and the lexicon still reads them."""


def segments(texte: str) -> list[list[str]]:
    """The runs of tokens of ``texte`` left once its ordinary phrases are blanked out."""
    neutre = neutraliser(" ".join(tokens(texte)))
    return [s.split() for s in neutre.split("|") if s.strip()]


@lru_cache(maxsize=1 << 16)
def _caracteres(mot: str) -> tuple[str, ...]:
    """The ``c:`` character 1-5 grams of one word, with its boundaries (memoised)."""
    borne = f" {mot} "
    return tuple(
        f"c:{borne[i : i + n]}"
        for n in range(1, LONGUEUR_MAX_CARACTERES + 1)
        for i in range(len(borne) - n + 1)
    )


def _ngrammes_des_segments(morceaux: list[list[str]]) -> list[str]:
    mots = [m for morceau in morceaux for m in morceau]
    sortie = [f"w:{m}" for m in mots]
    sortie += [f"w:{a} {b}" for morceau in morceaux for a, b in pairwise(morceau)]
    for mot in mots:
        sortie += _caracteres(mot)
    return sortie


def ngrammes(texte: str) -> list[str]:
    """Return the n-grams of ``texte``: ``w:`` word 1-2 grams, ``c:`` character 1-5 grams.

    This function is also the analyzer given to scikit-learn when the model is trained,
    so both sides see exactly the same features. Word pairs never span a blanked phrase.
    """
    return _ngrammes_des_segments(segments(texte))


@dataclass(frozen=True)
class ClassifieurLineaire:
    """A trained model: ``"n-gram<TAB>idf<TAB>weight"`` lines, a bias, a threshold."""

    lignes_des_poids: str
    biais: float
    seuil: float

    @cached_property
    def poids(self) -> dict[str, tuple[float, float]]:
        """The idf and the weight of each n-gram, read from the lines on first use."""
        lignes = (ligne.split("\t") for ligne in self.lignes_des_poids.splitlines() if ligne)
        return {ngramme: (float(idf), float(poids)) for ngramme, idf, poids in lignes}

    def score(self, texte: str) -> float:
        """Return the probability, by the model, that ``texte`` reveals health details.

        ``0.0`` for a message of fewer than :data:`MOTS_MINIMUM` words.
        """
        morceaux = segments(texte)
        if sum(m.isalpha() and len(m) > 1 for morceau in morceaux for m in morceau) < MOTS_MINIMUM:
            return 0.0
        table = self.poids
        valeurs = [
            ((1.0 + math.log(n)) * table[g][0], table[g][1])
            for g, n in Counter(_ngrammes_des_segments(morceaux)).items()
            if g in table
        ]
        norme = math.sqrt(sum(v * v for v, _ in valeurs)) or 1.0
        z = self.biais + sum(v * w for v, w in valeurs) / norme
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


CLASSIFIEUR = ClassifieurLineaire(poids.POIDS, poids.BIAIS, poids.SEUIL)
"""The model shipped in :mod:`bot.sante.poids`."""
