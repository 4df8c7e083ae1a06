"""The operator's figures, scraped from the real servers of the production profile."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
import requests
from prometheus_client.parser import text_string_to_metric_families
from prometheus_client.samples import Sample

from outillage.rest import orientation, parler
from outillage.scenarios import SCENARIOS
from production.pile import Pile
from tests.prod.outils import base

pytestmark = pytest.mark.prod

CONVERSATIONS = 3
_numeros = itertools.count()


def echantillons(url: str) -> list[Sample]:
    """Every sample ``url/metrics`` exposes, in Prometheus's text format."""
    reponse = requests.get(f"{url}/metrics", timeout=30)
    reponse.raise_for_status()
    assert reponse.headers["Content-Type"].startswith("text/plain")
    familles: Iterator[object] = text_string_to_metric_families(reponse.text)
    return [s for f in familles for s in f.samples]  # type: ignore[attr-defined]


def valeur(liste: list[Sample], nom: str, **etiquettes: str) -> float:
    """The sum of the samples called ``nom`` whose labels include ``etiquettes``."""
    return sum(s.value for s in liste if s.name == nom and etiquettes.items() <= s.labels.items())


def repliques(pile: Pile) -> list[str]:
    return [pile.url_replique(i) for i in range(len(pile.ports.repliques))]


def sur_les_repliques(pile: Pile, nom: str, **etiquettes: str) -> float:
    return sum(valeur(echantillons(url), nom, **etiquettes) for url in repliques(pile))


def actions(pile: Pile) -> str:
    return f"http://127.0.0.1:{pile.ports.actions}"


def test_n_orientations_donnees_comptent_n(pile: Pile) -> None:
    demande = next(s for s in SCENARIOS if s.nom == "demande")
    etiquettes = {"niveau": str(demande.niveau), "qualification": demande.qualification}
    compteur = "recours_orientations_total"
    avant = valeur(echantillons(actions(pile)), compteur, **etiquettes)
    messages_avant = sur_les_repliques(pile, "recours_messages_recus_total", canal="rest")
    tours_avant = sur_les_repliques(pile, "recours_tour_duree_secondes_count", canal="rest")
    for _ in range(CONVERSATIONS):
        expediteur = f"metriques-{next(_numeros)}"
        for message in demande.messages:
            reponses = parler(
                pile.url_publique, expediteur, message, {"organisation": demande.organisation}
            )
        assert orientation(reponses) is not None
    envoyes = CONVERSATIONS * len(demande.messages)
    assert valeur(echantillons(actions(pile)), compteur, **etiquettes) - avant == CONVERSATIONS
    messages = sur_les_repliques(pile, "recours_messages_recus_total", canal="rest")
    assert messages - messages_avant == envoyes
    tours = sur_les_repliques(pile, "recours_tour_duree_secondes_count", canal="rest")
    assert tours - tours_avant == envoyes


def test_l_outbox_exposee_est_celle_de_la_base(pile: Pile) -> None:
    with base(pile) as moteur, moteur.connect() as connexion:
        en_base = connexion.exec_driver_sql(
            "SELECT count(*) FROM outbox WHERE transmis_le IS NULL"
        ).scalar_one()
    exposees = echantillons(actions(pile))
    assert valeur(exposees, "recours_outbox_en_attente") == en_base
    assert valeur(exposees, "recours_outbox_en_echec") <= en_base


def test_chaque_serveur_a_son_registre(pile: Pile) -> None:
    noms_rasa = {s.name for s in echantillons(pile.url_replique(0))}
    assert "recours_reponses_service_indisponible_total" in noms_rasa
    assert "recours_orientations_total" not in noms_rasa
    noms_web = {s.name for s in echantillons(f"http://127.0.0.1:{pile.ports.web}")}
    assert noms_web.isdisjoint(noms_rasa)


def test_pret_quand_le_modele_et_les_magasins_repondent(pile: Pile) -> None:
    for url in repliques(pile):
        reponse = requests.get(f"{url}/pret", timeout=30)
        assert reponse.status_code == 200
        assert reponse.json() == {"modele": True, "tracker_store": True, "lock_store": True}
    assert requests.get(f"{actions(pile)}/pret", timeout=30).json() == {"pret": True}


def test_nginx_ne_publie_pas_les_metriques(pile: Pile) -> None:
    for chemin in ("/metrics", "/metrics/", "/pret"):
        reponse = requests.get(f"{pile.url_publique}{chemin}", timeout=30)
        assert reponse.status_code == 404, chemin
        assert "recours_" not in reponse.text, chemin
