"""Evaluate a trained model's intent classification on the held-out file.

Used by the test suite (tests/nlu/test_heldout.py) and by the benchmarks.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import structlog
from rasa.core.agent import Agent
from rasa.shared.nlu.training_data.loading import load_data
from sklearn.metrics import f1_score

from bot.intentions import INTENTIONS_DE_SUITE, intention_agie_a_l_ouverture
from lanceur.service import RACINE

HELDOUT = RACINE / "tests" / "nlu" / "heldout.yml"
"""Held-out examples, never trained on."""
CONFUSABLES = ("reclamation", "demande")


@dataclass(frozen=True)
class Evaluation:
    """Scores of one model on the held-out file."""

    exemples: int
    macro_f1: float
    exactitude: float
    reclamation_lue_demande: int
    demande_lue_reclamation: int
    reclamation_demande_exactitude: float
    erreurs: tuple[tuple[str, str, str], ...]


@contextmanager
def _sans_journal_des_messages() -> Iterator[None]:
    """Silence Rasa's debug log, which prints the text of every parsed message.

    A held-out file is measured without a single one of its sentences on screen or in a
    log (logging and structlog are put back as they were).
    """
    avant = structlog.get_config()
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    logging.disable(logging.INFO)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)
        structlog.configure(**avant)


def evaluer(modele: Path, fichier: Path = HELDOUT) -> Evaluation:
    """Parse every held-out example with ``modele`` and score the intents.

    In a file of first messages (no example labelled with a follow-up intent, answer or
    correction), an example's intent is the one the assistant acts on (``bot.intentions``:
    an opening the NLU reads as an answer or a correction is acted on with its best
    opening intent); in a file that has follow-up intents, the NLU's own intent.

    Rasa's per-message debug log is silenced meanwhile (:func:`_sans_journal_des_messages`).
    """
    with _sans_journal_des_messages():
        return _evaluer(modele, fichier)


def _evaluer(modele: Path, fichier: Path) -> Evaluation:
    agent = Agent.load(str(modele))
    exemples = [(m.get("text"), m.get("intent")) for m in load_data(str(fichier)).intent_examples]

    attendus = [intention for _, intention in exemples]
    premiers_messages = not INTENTIONS_DE_SUITE & set(attendus)

    async def predire() -> list[str]:
        resultats = [await agent.parse_message(texte) for texte, _ in exemples]
        if not premiers_messages:
            return [str(r["intent"]["name"]) for r in resultats]
        return [intention_agie_a_l_ouverture(r) for r in resultats]

    predits = asyncio.run(predire())
    paires = list(zip(attendus, predits, strict=True))
    ciblees = [(a, p) for a, p in paires if a in CONFUSABLES]
    return Evaluation(
        exemples=len(exemples),
        macro_f1=float(f1_score(attendus, predits, average="macro", labels=sorted(set(attendus)))),
        exactitude=sum(a == p for a, p in paires) / len(paires),
        reclamation_lue_demande=sum(a == "reclamation" and p == "demande" for a, p in paires),
        demande_lue_reclamation=sum(a == "demande" and p == "reclamation" for a, p in paires),
        reclamation_demande_exactitude=sum(a == p for a, p in ciblees) / len(ciblees),
        erreurs=tuple(
            (texte, a, p) for (texte, _), (a, p) in zip(exemples, paires, strict=True) if a != p
        ),
    )


def principal(arguments: list[str]) -> None:
    """``python -m outillage.evaluation MODEL [FILE ...] [--chiffres]``.

    One line of figures per file, then the errors; with ``--chiffres`` (held-out files),
    the confusion pairs instead, so that no sentence is printed (Rasa's debug log of each
    parsed message never is, see :func:`evaluer`).
    """
    chiffres = "--chiffres" in arguments
    chemins = [Path(a) for a in arguments if a != "--chiffres"]
    for fichier in chemins[1:] or [HELDOUT]:
        resultat = evaluer(chemins[0], fichier)
        print(
            f"{fichier}: exemples={resultat.exemples} macro_f1={resultat.macro_f1:.3f} "
            f"exactitude={resultat.exactitude:.3f} rec->dem={resultat.reclamation_lue_demande} "
            f"dem->rec={resultat.demande_lue_reclamation}"
        )
        if chiffres:
            paires = Counter((attendu, predit) for _, attendu, predit in resultat.erreurs)
            print("  " + ", ".join(f"{a}->{p}: {n}" for (a, p), n in paires.most_common()))
        else:
            for texte, attendu, predit in resultat.erreurs:
                print(f"  {attendu:>22} -> {predit:<22} {texte}")


if __name__ == "__main__":
    import sys

    principal(sys.argv[1:])
