"""Consistency across replicas: sticky routing, then the cases where it cannot hold.

Today is 2026-11-24 (RECOURS_TODAY), so the orientations are exact. Every stored
conversation is compared, turn by turn, with what its client received.
"""

from __future__ import annotations

import itertools
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pytest

from outillage.rest import orientation, parler
from outillage.scenarios import IDENTITE, SCENARIOS
from production.pile import Pile
from tests.prod.outils import Echange, base, verifier_stockage

pytestmark = pytest.mark.prod

CONVERSATIONS = 50
DELAI_TOTAL = 600


@dataclass(frozen=True)
class Parcours:
    """A scripted conversation and the orientation it must reach."""

    nom: str
    messages: tuple[str, ...]
    attendu: dict[str, Any]
    metadata: dict[str, str] = field(default_factory=dict)


DETAILS = {
    "demande": {"qualification": "demande"},
    "sans contact": {"mediateur.motifs_codes": ["pas_de_reclamation_ecrite"]},
    "médiateur": {"mediateur.recevable": True, "mediateur.au_plus_tard": "2027-08-03"},
    "trop tôt": {"mediateur.motifs_codes": ["trop_tot"]},
    "plus d'un an": {"mediateur.motifs_codes": ["plus_d_un_an"]},
}
"""What the shared scenarios (outillage/scenarios.py) must also reach, beyond the level."""

MECONTENT = "je suis mécontent, on ne me rembourse pas"
CONTESTATION = ("je conteste une décision de ma mutuelle", "oui", "oui")
PARCOURS = (
    *(
        Parcours(
            s.nom,
            s.messages,
            {"niveau": s.niveau, "qualification": s.qualification, **DETAILS.get(s.nom, {})},
            {"organisation": s.organisation},
        )
        for s in SCENARIOS
    ),
    Parcours(
        "contact sans écrit, organisation donnée en cours de route",
        (MECONTENT, "Identités Mutuelle", "oui", "non", *IDENTITE),
        {"niveau": 2, "mediateur.a_partir_du": "2027-01-26"},
    ),
    Parcours(
        "tribunal saisi",
        (*CONTESTATION, "le 1er septembre", "oui", "non", "oui", *IDENTITE),
        {"niveau": 2, "mediateur.motifs_codes": ["procedure_en_cours"]},
        {"organisation": "identites-mutuelle"},
    ),
)


def parcours_nomme(nom: str) -> Parcours:
    """The scripted conversation called ``nom``."""
    return next(p for p in PARCOURS if p.nom == nom)


_numeros = itertools.count()


def lire(charge: dict[str, Any], chemin: str) -> Any:
    """``charge["a"]["b"]`` for ``"a.b"``."""
    valeur: Any = charge
    for cle in chemin.split("."):
        valeur = valeur[cle]
    return valeur


def jouer(url: str | list[str], parcours: Parcours, prefixe: str) -> tuple[Echange, Any]:
    """Play one script; ``url`` alternates when it is a list. Returns the exchange and
    the orientation of the last turn."""
    adresses = itertools.cycle([url] if isinstance(url, str) else url)
    echange = Echange(f"{prefixe}-{next(_numeros)}")
    reponses: list[dict[str, Any]] = []
    for message in parcours.messages:
        reponses = parler(next(adresses), echange.expediteur, message, parcours.metadata)
        echange.noter(message, reponses)
    return echange, orientation(reponses)


def verifier_orientation(parcours: Parcours, obtenue: dict[str, Any] | None) -> None:
    assert obtenue is not None, f"no orientation after {parcours.messages[0]!r}"
    for chemin, valeur in parcours.attendu.items():
        assert lire(obtenue, chemin) == valeur, (parcours.messages[0], chemin)


def repliques_par_conversation(pile: Pile) -> dict[str, set[str]]:
    """From nginx's access log: which replicas served each conversation."""
    servies: dict[str, set[str]] = defaultdict(set)
    journal = pile.dossier / "logs" / "nginx-acces.log"
    for ligne in journal.read_text(encoding="utf-8").splitlines():
        _, statut, _, session, amont = ligne.split(" ", 4)
        if statut == "200" and session != "-" and amont != "-":
            servies[session].add(amont.split(", ")[-1])
    return servies


def test_50_conversations_simultanees_orientations_justes_et_rien_de_perdu(
    pile: Pile, mesures: list[str]
) -> None:
    scripts = [PARCOURS[i % len(PARCOURS)] for i in range(CONVERSATIONS)]
    debut = time.monotonic()
    with ThreadPoolExecutor(max_workers=CONVERSATIONS) as groupe:
        futurs = [groupe.submit(jouer, pile.url_publique, p, "charge") for p in scripts]
        resultats = [f.result(timeout=DELAI_TOTAL) for f in futurs]
    duree = time.monotonic() - debut
    tours = sum(len(echange.tours) for echange, _ in resultats)
    mesures.append(f"{CONVERSATIONS} conversations, {tours} messages in {duree:.1f} s")

    with base(pile) as moteur:
        for parcours, (echange, obtenue) in zip(scripts, resultats, strict=True):
            verifier_orientation(parcours, obtenue)
            verifier_stockage(moteur, echange)

    servies = repliques_par_conversation(pile)
    for echange, _ in resultats:
        assert len(servies[echange.expediteur]) == 1, "a conversation left its replica"
    utilisees = set().union(*(servies[e.expediteur] for e, _ in resultats))
    assert len(utilisees) == len(pile.ports.repliques), "the load was not spread"


def test_messages_alternant_entre_les_repliques(pile: Pile) -> None:
    repliques = [pile.url_replique(i) for i in range(len(pile.ports.repliques))]
    with base(pile) as moteur:
        for script in PARCOURS[1:4]:
            echange, obtenue = jouer(repliques, script, "alterne")
            verifier_orientation(script, obtenue)
            verifier_stockage(moteur, echange)


RAFALES = 8
MESSAGES_PAR_RAFALE = 4


def test_rafales_dans_une_conversation_sur_les_deux_repliques(pile: Pile) -> None:
    """A double-click, many times: concurrent messages of one conversation on both replicas."""
    repliques = [pile.url_replique(i) for i in range(len(pile.ports.repliques))]
    phrases = ("bonjour", "merci beaucoup", "êtes-vous un robot ?", "quel temps fait-il ?")
    with base(pile) as moteur, ThreadPoolExecutor(max_workers=MESSAGES_PAR_RAFALE) as groupe:
        for rafale in range(RAFALES):
            echange = Echange(f"rafale-{rafale}-{next(_numeros)}")
            # The conversation opened first: its proof (X-Recours-Jeton) comes with the first
            # answer, and every later message of the burst carries it.
            echange.noter("bonjour", parler(repliques[0], echange.expediteur, "bonjour"))
            messages = [f"{phrases[i % len(phrases)]} ({i})" for i in range(MESSAGES_PAR_RAFALE)]
            futurs = {
                message: groupe.submit(
                    parler, repliques[i % len(repliques)], echange.expediteur, message
                )
                for i, message in enumerate(messages)
            }
            for message, futur in futurs.items():
                reponses = futur.result(timeout=DELAI_TOTAL)
                assert reponses, f"no answer to {message!r}"
                echange.noter(message, reponses)
            verifier_stockage(moteur, echange, ordre_libre=True)
