"""Health-detail detection: evaluation, cross-validation, and the old-against-new benchmark.

``evaluer(chemin_yaml, detecteur)`` scores any detector on a file of the form::

    version: 1
    exemples:
      - {texte: "...", medical: true, categorie: operation, diagnostic_ou_operation: true}

``python -m bench.sante [FICHIER.yml ...]`` prints, in one run, the keyword detector that
``bot.sante`` replaced (``bench/sante_mots_cles.py``) beside the new one: on the training
files (:data:`APPRENTISSAGE`) by cross-validation (the classifier refitted on each fold, its
threshold chosen on the training folds only), and on every file named, as is.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from bench.sante_mots_cles import contient_donnees_medicales as detecteur_mots_cles
from bot.sante import contient_donnees_medicales, lecture, revele_par_le_lexique
from bot.sante.classifieur import ClassifieurLineaire, ngrammes
from bot.sante.expressions import ORDINAIRES, PHRASES_ORDINAIRES

RACINE = Path(__file__).resolve().parent.parent
ENTRAINEMENT = RACINE / "data" / "sante" / "entrainement.yml"
"""The team's training sentences."""
DEVELOPPEMENT = tuple(sorted((RACINE / "data" / "sante").glob("developpement_independant*.yml")))
"""The development sets written by independent authors from the brief alone: read to
find what the lexicon misses, and learnt by the classifier (never the held-out files of
``tests/sante/``)."""
APPRENTISSAGE = (ENTRAINEMENT, *DEVELOPPEMENT)
"""Everything the classifier learns from."""
FAUSSES_ALERTES_TOLEREES = 0.01
"""Share of ordinary training examples the classifier alone may flag, by cross-validation:
its threshold is the lowest (the best recall) that stays within it. The lexicon's own
false alarms come on top, and the product's budget is 5 %."""
REGULARISATION = 10.0
"""Inverse regularisation strength ``C`` of the logistic regression."""
FREQUENCE_MINIMALE = 2
"""An n-gram must occur in this many training sentences to be a feature: halves the
weights shipped (about 15 000) for a loss of cross-validated recall within noise."""
PLIS = 5

Detecteur = Callable[[str], bool]


@dataclass(frozen=True)
class Exemple:
    """One labelled message."""

    texte: str
    medical: bool
    categorie: str
    diagnostic_ou_operation: bool = False


@dataclass(frozen=True)
class ModeleLineaire:
    """What a fitted model leaves: an idf and a weight per n-gram, and a bias."""

    poids: dict[str, tuple[float, float]]
    biais: float

    def lignes(self) -> str:
        """The ``"n-gram<TAB>idf<TAB>weight"`` lines of :mod:`bot.sante.classifieur`.

        Five significant digits: a score moves by less than 1e-4, and the shipped file
        stays under the repository's 2 MB per file.
        """
        return "".join(f"{g}\t{i:.5g}\t{w:.5g}\n" for g, (i, w) in sorted(self.poids.items()))


CATEGORIES_DIAGNOSTIC_OU_OPERATION = frozenset({"diagnostic_operation", "diagnostic", "operation"})
"""The categories that mark a diagnosis or an operation in files that have no
``diagnostic_ou_operation`` flag (the independent development sets)."""


def charger_exemples(chemin: Path) -> list[Exemple]:
    """Read a ``{version: 1, exemples: [...]}`` file; an error names the bad item.

    An example says ``medical`` or, as the independent development set does, ``sante``;
    without a ``diagnostic_ou_operation`` flag, the category
    :data:`CATEGORIES_DIAGNOSTIC_OU_OPERATION` set it.
    """
    contenu = yaml.safe_load(chemin.read_text(encoding="utf-8"))
    if not isinstance(contenu, dict) or str(contenu.get("version")) != "1":
        raise ValueError(f"{chemin}: version 1 attendue")
    exemples = []
    for rang, item in enumerate(contenu.get("exemples") or []):
        medical = item.get("medical", item.get("sante"))
        if not isinstance(item.get("texte"), str) or not isinstance(medical, bool):
            raise ValueError(f"{chemin}: exemple {rang}: texte et medical (booléen) requis")
        categorie = str(item.get("categorie") or "?")
        exemples.append(
            Exemple(
                texte=item["texte"],
                medical=medical,
                categorie=categorie,
                diagnostic_ou_operation=bool(
                    item.get(
                        "diagnostic_ou_operation",
                        categorie in CATEGORIES_DIAGNOSTIC_OU_OPERATION,
                    )
                ),
            )
        )
    return exemples


def exemples_d_apprentissage() -> list[Exemple]:
    """The examples of :data:`APPRENTISSAGE`, in a fixed order."""
    return [exemple for chemin in APPRENTISSAGE for exemple in charger_exemples(chemin)]


@cache
def _ngrammes_memoises(texte: str) -> tuple[str, ...]:
    """:func:`ngrammes`, computed once per text across the folds of a cross-validation."""
    return tuple(ngrammes(texte))


def ajuster(exemples: Sequence[Exemple]) -> tuple[TfidfVectorizer, LogisticRegression]:
    """Fit scikit-learn's tf-idf and logistic regression on ``exemples``."""
    vectoriseur = TfidfVectorizer(
        analyzer=_ngrammes_memoises, sublinear_tf=True, min_df=FREQUENCE_MINIMALE
    )
    matrice = vectoriseur.fit_transform([e.texte for e in exemples])
    modele = LogisticRegression(C=REGULARISATION, max_iter=5000, class_weight="balanced")
    modele.fit(matrice, [e.medical for e in exemples])
    return vectoriseur, modele


def entrainer(exemples: Sequence[Exemple]) -> ModeleLineaire:
    """Fit the model of :mod:`bot.sante.classifieur` on ``exemples``; keep its numbers."""
    vectoriseur, modele = ajuster(exemples)
    noms = vectoriseur.get_feature_names_out()
    triplets = zip(noms, vectoriseur.idf_, modele.coef_[0], strict=True)
    poids = {str(n): (float(i), float(w)) for n, i, w in triplets}
    return ModeleLineaire(poids, float(modele.intercept_[0]))


def _classifieur(modele: ModeleLineaire, seuil: float) -> ClassifieurLineaire:
    return ClassifieurLineaire(modele.lignes(), modele.biais, seuil)


def _scores_croises(exemples: Sequence[Exemple], plis: int) -> np.ndarray[Any, Any]:
    """Score of every example by a model fitted on the other folds."""
    etiquettes = np.array([e.medical for e in exemples])
    scores = np.zeros(len(exemples))
    decoupe = StratifiedKFold(n_splits=plis, shuffle=True, random_state=0)
    for dedans, dehors in decoupe.split(np.zeros(len(exemples)), etiquettes):
        classifieur = _classifieur(entrainer([exemples[i] for i in dedans]), 0.5)
        for i in dehors:
            scores[i] = classifieur.score(exemples[i].texte)
    return scores


def seuil_pour_le_rappel(
    exemples: Sequence[Exemple], tolerees: float = FAUSSES_ALERTES_TOLEREES, plis: int = PLIS
) -> float:
    """The lowest threshold whose cross-validated false alarms stay within ``tolerees``.

    The lowest threshold gives the best recall: a miss breaks medical secrecy, a false
    alarm only sends the text by post (brief §6).
    """
    scores = _scores_croises(exemples, plis)
    ordinaires = np.sort(scores[[not e.medical for e in exemples]])[::-1]
    permises = int(np.floor(tolerees * len(ordinaires)))
    return float(np.nextafter(ordinaires[permises], np.inf))


def evaluer(chemin_yaml: Path | str, detecteur: Detecteur) -> dict[str, Any]:
    """Score ``detecteur`` on the examples of ``chemin_yaml``.

    Returns:
        ``rappel`` (share of medical examples flagged), ``rappel_diagnostic_ou_operation``
        (the same on those that name a diagnosis or an operation), ``fausses_alertes``
        (share of ordinary examples flagged), ``rappel_par_categorie``, ``ms_par_message``
        (mean time of one call) and the counts: figures only, never the sentences, so that
        measuring a held-out file cannot show what it holds.

    """
    return _scorer(charger_exemples(Path(chemin_yaml)), detecteur)


def _part(valeurs: Sequence[bool]) -> float:
    return sum(valeurs) / len(valeurs) if valeurs else float("nan")


def _scorer(exemples: Sequence[Exemple], detecteur: Detecteur) -> dict[str, Any]:
    verdicts, durees = [], []
    for exemple in exemples:
        debut = time.perf_counter()
        verdicts.append(detecteur(exemple.texte))
        durees.append(time.perf_counter() - debut)
    return _bilan(exemples, verdicts, durees)


def _bilan(
    exemples: Sequence[Exemple], verdicts: Sequence[bool], durees: Sequence[float]
) -> dict[str, Any]:
    paires = list(zip(exemples, verdicts, strict=True))
    medicaux = [v for e, v in paires if e.medical]
    categories = sorted({e.categorie for e in exemples if e.medical})
    return {
        "exemples": len(exemples),
        "medicaux": len(medicaux),
        "ordinaires": len(exemples) - len(medicaux),
        "rappel": _part(medicaux),
        "rappel_diagnostic_ou_operation": _part(
            [v for e, v in paires if e.medical and e.diagnostic_ou_operation]
        ),
        "fausses_alertes": _part([v for e, v in paires if not e.medical]),
        "rappel_par_categorie": {
            c: _part([v for e, v in paires if e.medical and e.categorie == c]) for c in categories
        },
        "ms_par_message": 1000 * statistics.fmean(durees) if durees else float("nan"),
        "ms_par_message_max": 1000 * max(durees) if durees else float("nan"),
        "manques": medicaux.count(False),
    }


def validation_croisee(exemples: Sequence[Exemple], plis: int = PLIS) -> dict[str, dict[str, Any]]:
    """Cross-validated figures of the classifier alone, the lexicon alone, and both.

    On each fold the classifier is fitted on the other folds, its threshold chosen by an
    inner cross-validation on those folds only. The lexicon is the same on every fold: it
    was written with the training sentences in view, so its figures here are optimistic.
    """
    etiquettes = np.array([e.medical for e in exemples])
    seul, combine = [False] * len(exemples), [False] * len(exemples)
    lexical = [revele_par_le_lexique(e.texte) for e in exemples]
    decoupe = StratifiedKFold(n_splits=plis, shuffle=True, random_state=1)
    for dedans, dehors in decoupe.split(np.zeros(len(exemples)), etiquettes):
        apprises = [exemples[i] for i in dedans]
        classifieur = _classifieur(entrainer(apprises), seuil_pour_le_rappel(apprises, plis=3))
        for i in dehors:
            seul[i] = classifieur.score(exemples[i].texte) >= classifieur.seuil
            combine[i] = lexical[i] or seul[i]
    sans_mesure = [float("nan")] * len(exemples)
    return {
        "classifieur seul": _bilan(exemples, seul, sans_mesure),
        "lexique et morphologie seuls": _bilan(exemples, lexical, sans_mesure),
        "les trois": _bilan(exemples, combine, sans_mesure),
    }


def ordinaires_par_premiere_lettre(textes: Sequence[str]) -> dict[str, float]:
    """Time the ordinary phrases tried by first letter against the same phrases in one block.

    Both blank out the ordinary phrases of every message as the rules read it
    (:func:`bot.sante.lecture`), side by side in one run; ``differences`` counts the
    messages where the two results differ (it must be 0).
    """
    d_un_bloc = re.compile(rf"\b(?:{PHRASES_ORDINAIRES})\b")
    phrases = [lecture(texte)[0] for texte in textes]
    mesures: dict[str, float] = {
        "differences": sum(d_un_bloc.sub(" | ", p) != ORDINAIRES.sub(" | ", p) for p in phrases)
    }
    for nom, motif in (("ms_d_un_bloc", d_un_bloc), ("ms_par_premiere_lettre", ORDINAIRES)):
        debut = time.perf_counter()
        for phrase in phrases:
            motif.sub(" | ", phrase)
        mesures[nom] = 1000 * (time.perf_counter() - debut) / max(len(phrases), 1)
    return mesures


def _ligne(nom: str, bilan: dict[str, Any]) -> str:
    ms = bilan["ms_par_message"]
    return (
        f"| {nom} | {bilan['rappel']:.1%} | {bilan['rappel_diagnostic_ou_operation']:.1%}"
        f" | {bilan['fausses_alertes']:.1%} | {'—' if ms != ms else f'{ms:.3f}'} |"
    )


def rapport(fichiers: Sequence[Path]) -> str:
    """The benchmark's table, old and new detectors, in Markdown."""
    entete = (
        "| détecteur | rappel | rappel diagnostic ou opération | fausses alertes | ms/message |\n"
        "|---|---|---|---|---|"
    )
    exemples = exemples_d_apprentissage()
    lignes = [f"Entraînement ({len(exemples)} exemples), validation croisée en {PLIS} plis", entete]
    lignes.append(_ligne("mots-clés (ancien)", _scorer(exemples, detecteur_mots_cles)))
    for nom, bilan in validation_croisee(exemples).items():
        lignes.append(_ligne(f"{nom} (validation croisée)", bilan))
    livre = _scorer(exemples, contient_donnees_medicales)
    lignes += [
        _ligne("nouveau, tel que livré (appris sur ces phrases)", livre),
        "",
        f"Coût du détecteur livré : {livre['ms_par_message']:.3f} ms par message en moyenne,"
        f" {livre['ms_par_message_max']:.3f} ms au plus, sur {livre['exemples']} messages.",
    ]
    o = ordinaires_par_premiere_lettre([e.texte for e in exemples])
    lignes.append(
        f"Phrases ordinaires essayées par première lettre : {o['ms_par_premiere_lettre']:.3f}"
        f" ms par message, contre {o['ms_d_un_bloc']:.3f} ms d'un seul bloc (rapport"
        f" {o['ms_d_un_bloc'] / o['ms_par_premiere_lettre']:.1f}),"
        f" {o['differences']:.0f} résultat différent sur {len(exemples)} messages."
    )
    for fichier in fichiers:
        lignes += ["", f"`{os.path.relpath(fichier)}` (tel quel)", entete]
        lignes.append(_ligne("mots-clés (ancien)", evaluer(fichier, detecteur_mots_cles)))
        lignes.append(_ligne("nouveau", evaluer(fichier, contient_donnees_medicales)))
    return "\n".join(lignes)


if __name__ == "__main__":
    print(rapport([Path(a) for a in sys.argv[1:]]))
