"""Faults injected into the running profile: the person is answered, nothing is lost."""

from __future__ import annotations

import signal
from concurrent.futures import ThreadPoolExecutor
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


def test_une_replique_tuee_les_conversations_continuent_sur_l_autre(pile: Pile) -> None:
    longs = [p for p in PARCOURS if len(p.messages) > AVANT_LA_PANNE]
    scripts = [longs[i % len(longs)] for i in range(CONVERSATIONS)]
    echanges = [Echange(f"panne-replique-{i}") for i in range(CONVERSATIONS)]

    def jouer(parcours: Parcours, echange: Echange, messages: tuple[str, ...]) -> Any:
        reponses: list[dict[str, Any]] = []
        for message in messages:
            reponses = parler(pile.url_publique, echange.expediteur, message, parcours.metadata)
            echange.noter(message, reponses)
        return orientation(reponses)

    with ThreadPoolExecutor(max_workers=CONVERSATIONS) as groupe:
        for f in [
            groupe.submit(jouer, p, e, p.messages[:AVANT_LA_PANNE])
            for p, e in zip(scripts, echanges, strict=True)
        ]:
            f.result(timeout=300)
        avant = repliques_par_conversation(pile)
        pile.arreter_service("rasa-0", signal.SIGKILL)
        try:
            obtenues = [
                f.result(timeout=300)
                for f in [
                    groupe.submit(jouer, p, e, p.messages[AVANT_LA_PANNE:])
                    for p, e in zip(scripts, echanges, strict=True)
                ]
            ]
        finally:
            pile.demarrer_replique(0)

    survivante = f"127.0.0.1:{pile.ports.repliques[1]}"
    apres = repliques_par_conversation(pile)
    deplacees = [e for e in echanges if survivante not in avant[e.expediteur]]
    assert deplacees, "no conversation was on the killed replica: nothing was tested"
    with base(pile) as moteur:
        for parcours, echange, obtenue in zip(scripts, echanges, obtenues, strict=True):
            verifier_orientation(parcours, obtenue)
            verifier_stockage(moteur, echange)
    for echange in deplacees:
        assert survivante in apres[echange.expediteur]


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
