"""Attacks on conversation ownership through nginx: what the production profile publishes.

A victim's conversation id, reused over REST or from a second socket, reads and changes
nothing; a forged or tampered proof opens a new, empty conversation of one's own; the
agent audience needs a pass the web app signs for a signed-in agent; socket.io refuses
a browser Origin that is not the site's.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
import socketio

from bot.preuves import jeton_de_conversation
from outillage.rest import DELAI, PREUVES, WEBHOOK, corps, parler
from production.pile import Pile
from tests.prod.outils import api, base, evenements, laissez_passer
from tests.prod.test_socketio import Widget

pytestmark = pytest.mark.prod

MUTEX = {"organisation": "mutex"}


def jeton_altere(jeton: str) -> str:
    """The same proof with its last hex digit changed (never the proof itself)."""
    return jeton[:-1] + ("1" if jeton.endswith("0") else "0")


def envoyer(pile: Pile, expediteur: str, message: str, **entetes: str) -> requests.Response:
    """A REST message through nginx, with the headers an attacker chooses."""
    return requests.post(
        f"{pile.url_publique}{WEBHOOK}",
        json=corps(expediteur, message, {**MUTEX, "audience": "agent"}),
        headers={"X-Recours-Session": expediteur, **entetes},
        timeout=DELAI,
    )


@pytest.fixture
def widgets(pile: Pile) -> Iterator[list[Widget]]:
    ouverts: list[Widget] = []
    try:
        yield ouverts
    finally:
        for widget in ouverts:
            widget.client.eio.disconnect(abort=True)


def test_l_identifiant_rest_d_une_victime_ne_lit_ni_ne_change_rien(pile: Pile) -> None:
    victime = "victime-rest"
    parler(pile.url_publique, victime, "ma mutuelle refuse de rembourser mes lunettes", MUTEX)
    parler(pile.url_publique, victime, "non", MUTEX)
    with base(pile) as moteur:
        avant = evenements(moteur, victime)
        cle_forgee = b"f" * 48
        for entetes in (
            {},
            {"X-Recours-Jeton": "0" * 64},
            {"X-Recours-Jeton": jeton_de_conversation(cle_forgee, victime)},
            {"X-Recours-Jeton": PREUVES[victime][:-1] + "x"},
            {"X-Recours-Jeton": jeton_de_conversation(cle_forgee, "autre")},
        ):
            reponse = envoyer(pile, victime, "oui", **entetes)
            assert reponse.status_code == 403
            assert reponse.json() == {"erreur": "preuve_invalide"}
            assert "X-Recours-Jeton" not in reponse.headers
        assert evenements(moteur, victime) == avant
    assert api(pile, 0).tracker(victime)["slots"]["requested_slot"] == "numero_adherent"
    suite = envoyer(pile, victime, "aucun", **{"X-Recours-Jeton": PREUVES[victime]})
    assert suite.status_code == 200 and suite.json()  # the owner goes on


def test_l_audience_conseiller_en_rest_demande_un_laissez_passer(pile: Pile) -> None:
    public, conseiller = "audience-sans-passe", "audience-avec-passe"
    assert envoyer(pile, public, "bonjour").status_code == 200
    passe = laissez_passer(pile, "claire")
    faux = laissez_passer(pile, "claire", duree=-1)
    assert envoyer(pile, "audience-passe-perime", "bonjour", **{"X-Recours-Agent": faux}).ok
    assert envoyer(pile, conseiller, "bonjour", **{"X-Recours-Agent": passe}).ok
    audiences = {
        e: api(pile, 0).tracker(e)["slots"]["audience"]
        for e in (public, "audience-passe-perime", conseiller)
    }
    assert audiences == {
        public: "public",
        "audience-passe-perime": "public",
        conseiller: "agent",
    }


def test_une_session_socket_io_ne_se_reprend_ni_d_un_autre_socket_ni_en_rest(
    pile: Pile, widgets: list[Widget]
) -> None:
    victime, pirate = Widget(pile), Widget(pile)
    widgets += [victime, pirate]
    session = victime.ouvrir({})
    assert victime.dire(session, "ma mutuelle refuse de rembourser mes lunettes").get("text")
    victime.vider()
    with base(pile) as moteur:
        avant = evenements(moteur, session)
        for demande in (
            {"session_id": session},
            {"session_id": session, "jeton": "0" * 64},
            {"session_id": session, "jeton": jeton_altere(victime.jeton)},
            {"session_id": session, "jeton": jeton_de_conversation(b"f" * 48, session)},
        ):
            assert pirate.ouvrir(demande) != session  # a new, empty session instead
        pirate.client.emit("user_uttered", {"message": "oui", "session_id": session})
        pirate.client.emit("user_uttered", {"message": "Dupont", "session_id": session})
        assert envoyer(pile, session, "oui").status_code == 403
        assert pirate.silence() and victime.silence(1)
        assert evenements(moteur, session) == avant
    propre = pirate.ouvrir({"session_id": session})
    assert pirate.dire(propre, "bonjour").get("text")  # the attacker's own session works
    reprise = Widget(pile)
    widgets.append(reprise)
    assert reprise.ouvrir({"session_id": session, "jeton": victime.jeton}) == session


def test_une_origine_etrangere_ne_se_connecte_pas_en_socket_io(
    pile: Pile, widgets: list[Widget]
) -> None:
    with pytest.raises(socketio.exceptions.ConnectionError):
        Widget(pile, {"Origin": "http://pirate.example"})
    admis = Widget(pile, {"Origin": pile.url_publique})
    widgets.append(admis)
    assert admis.ouvrir({})
