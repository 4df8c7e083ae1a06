"""Faults injected into the running profile: the person is answered, nothing is lost."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import pytest

from outillage.rest import orientation, parler, texte
from production.pile import Pile
from tests.prod.outils import (
    Echange,
    base,
    laissez_passer,
    reponse_du_domaine,
    requested_slot,
    verifier_stockage,
)
from tests.prod.test_coherence import (
    PARCOURS,
    Parcours,
    parcours_nomme,
    repliques_par_conversation,
    verifier_orientation,
)

pytestmark = pytest.mark.prod

CONVERSATIONS = 10
AVANT_LA_PANNE = 3


class Conversations:
    """``CONVERSATIONS`` long conversations, played in two halves around a fault."""

    def __init__(self, pile: Pile, prefixe: str) -> None:
        self.pile = pile
        longs = [p for p in PARCOURS if len(p.messages) > AVANT_LA_PANNE]
        self.scripts = [longs[i % len(longs)] for i in range(CONVERSATIONS)]
        self.echanges = [Echange(f"{prefixe}-{i}") for i in range(CONVERSATIONS)]

    def _jouer(self, parcours: Parcours, echange: Echange, messages: tuple[str, ...]) -> Any:
        reponses: list[dict[str, Any]] = []
        for message in messages:
            reponses = parler(
                self.pile.url_publique, echange.expediteur, message, parcours.metadata
            )
            echange.noter(message, reponses)
        return orientation(reponses)

    def jouer(self, groupe: ThreadPoolExecutor, avant_la_panne: bool) -> list[Any]:
        """Play the messages before the fault, or the rest; the last turns' orientations."""
        moitie = slice(None, AVANT_LA_PANNE) if avant_la_panne else slice(AVANT_LA_PANNE, None)
        futurs = [
            groupe.submit(self._jouer, p, e, p.messages[moitie])
            for p, e in zip(self.scripts, self.echanges, strict=True)
        ]
        return [f.result(timeout=300) for f in futurs]

    def verifier(self, obtenues: list[Any]) -> None:
        """Every orientation right, every turn stored once with the answers it got."""
        with base(self.pile) as moteur:
            for parcours, echange, obtenue in zip(
                self.scripts, self.echanges, obtenues, strict=True
            ):
                verifier_orientation(parcours, obtenue)
                verifier_stockage(moteur, echange)


def test_une_replique_tuee_les_conversations_continuent_sur_l_autre(pile: Pile) -> None:
    conversations = Conversations(pile, "panne-replique")
    with ThreadPoolExecutor(max_workers=CONVERSATIONS) as groupe:
        conversations.jouer(groupe, avant_la_panne=True)
        avant = repliques_par_conversation(pile)
        pile.arreter_service("rasa-0", signal.SIGKILL)
        try:
            obtenues = conversations.jouer(groupe, avant_la_panne=False)
        finally:
            pile.demarrer_replique(0)
            _attendre_rotation(pile, f"127.0.0.1:{pile.ports.repliques[0]}", en_rotation=True)

    survivante = f"127.0.0.1:{pile.ports.repliques[1]}"
    apres = repliques_par_conversation(pile)
    deplacees = [e for e in conversations.echanges if survivante not in avant[e.expediteur]]
    assert deplacees, "no conversation was on the killed replica: nothing was tested"
    conversations.verifier(obtenues)
    for echange in deplacees:
        assert survivante in apres[echange.expediteur]


SORTIE_DE_ROTATION_MAX = 10.0
"""Seconds within which a hung replica must leave nginx's rotation."""


def _attendre_rotation(pile: Pile, replique: str, en_rotation: bool) -> float:
    """Seconds until the watcher says ``replique`` is (or is not) in rotation."""
    debut = time.monotonic()
    while pile.en_rotation()[replique] != en_rotation:
        assert time.monotonic() - debut < 60, f"{replique} still {not en_rotation}"
        time.sleep(0.1)
    return time.monotonic() - debut


@contextmanager
def replique_suspendue(pile: Pile, indice: int) -> Iterator[float]:
    """Replica ``indice`` SIGSTOPped; yields the seconds it took to leave the rotation."""
    replique = f"127.0.0.1:{pile.ports.repliques[indice]}"
    pile.suspendre_replique(indice)
    try:
        yield _attendre_rotation(pile, replique, en_rotation=False)
    finally:
        pile.reprendre_replique(indice)
        _attendre_rotation(pile, replique, en_rotation=True)


def test_une_replique_suspendue_sort_de_la_rotation_les_conversations_finissent_sur_l_autre(
    pile: Pile, mesures: list[str]
) -> None:
    conversations = Conversations(pile, "replique-suspendue")
    assert all(pile.en_rotation().values())
    with ThreadPoolExecutor(max_workers=CONVERSATIONS) as groupe:
        conversations.jouer(groupe, avant_la_panne=True)
        avant = repliques_par_conversation(pile)
        with replique_suspendue(pile, 0) as sortie:
            etat = pile.etat()
            assert etat["rasa-0"] == {"processus": True, "pret": False}
            assert etat["rasa-1"] == {"processus": True, "pret": True}
            debut = time.monotonic()
            obtenues = conversations.jouer(groupe, avant_la_panne=False)
            duree = time.monotonic() - debut
            apres = repliques_par_conversation(pile)

    suspendue, survivante = (f"127.0.0.1:{port}" for port in pile.ports.repliques)
    deplacees = [e for e in conversations.echanges if suspendue in avant[e.expediteur]]
    assert deplacees, "no conversation was on the stopped replica: nothing was tested"
    assert sortie < SORTIE_DE_ROTATION_MAX
    conversations.verifier(obtenues)
    for echange in deplacees:
        assert survivante in apres[echange.expediteur]
    mesures.append(
        f"replica SIGSTOPped: out of rotation in {sortie:.1f} s; {len(deplacees)} of "
        f"{CONVERSATIONS} conversations moved, all finished in {duree:.1f} s"
    )


def test_status_dit_qu_une_replique_suspendue_n_est_pas_prete(pile: Pile) -> None:
    with replique_suspendue(pile, 1):
        etat = pile.etat()
    assert etat["rasa-1"] == {"processus": True, "pret": False}
    assert all(e["pret"] for nom, e in etat.items() if nom != "rasa-1"), etat
    assert all(e["pret"] for e in pile.etat().values())


def test_serveur_d_actions_arrete_message_clair_puis_reprise(pile: Pile) -> None:
    nom = "utter_service_indisponible"
    indisponible = reponse_du_domaine(pile, nom)
    parcours = parcours_nomme("sans contact")
    premier, reponse, *suite = parcours.messages
    assert reponse == "non"
    expediteur = "panne-actions"
    parler(pile.url_publique, expediteur, premier, parcours.metadata)
    assert requested_slot(pile, expediteur) == "contact_prealable"

    pile.arreter_service("actions")
    try:
        for _ in range(2):  # the person tries again while it is down
            reponses = parler(pile.url_publique, expediteur, reponse, parcours.metadata)
            assert texte(reponses) == indisponible
        passe = laissez_passer(pile, "claire")  # the audience is the server's to grant
        reponses = parler(pile.url_publique, expediteur, reponse, parcours.metadata, passe)
        assert texte(reponses) == reponse_du_domaine(pile, nom, conditionnelle=True)
    finally:
        pile.demarrer_actions()

    assert requested_slot(pile, expediteur) == "contact_prealable"  # where it was
    parler(pile.url_publique, expediteur, reponse, parcours.metadata)
    assert requested_slot(pile, expediteur) == "numero_adherent"
    reponses: list[dict[str, Any]] = []
    for message in suite:
        reponses = parler(pile.url_publique, expediteur, message, parcours.metadata)
    verifier_orientation(parcours, orientation(reponses))
