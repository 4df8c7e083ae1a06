"""Which mediator, its exclusions and the contract question, over REST (brief §8).

The two-mediator organisation is served by servers of its own, started with
``RECOURS_ORGANISATIONS_DIR`` pointing at a folder holding it and the generic file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lanceur.embarque import Embarque
from outillage.embarque import embarque_de_test
from outillage.rest import Conversation
from outillage.scenarios import IDENTITE
from tests import deux_mediateurs

pytestmark = pytest.mark.e2e

MEDIATEUR_OUVERT = ("je conteste une décision de ma mutuelle", "oui", "oui", "le 3 août", "oui")


@pytest.fixture(scope="module")
def serveurs_a_deux_mediateurs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Embarque]:
    organisations = Path(tmp_path_factory.mktemp("organisations"))
    deux_mediateurs.ecrire_organisation(organisations)
    environnement = {"RECOURS_ORGANISATIONS_DIR": str(organisations)}
    with embarque_de_test(
        Path(tmp_path_factory.mktemp("serveurs-deux")), environnement=environnement
    ) as s:
        yield s


@pytest.mark.parametrize(
    ("reponse", "service"),
    [
        ("complémentaire santé", deux_mediateurs.MUTUALITE),
        ("prévoyance, décès, invalidité ou prêt", deux_mediateurs.LMA),
    ],
)
def test_le_contrat_choisit_le_mediateur(
    serveurs_a_deux_mediateurs: Embarque, reponse: str, service: str
) -> None:
    c = Conversation(serveurs_a_deux_mediateurs, {"organisation": deux_mediateurs.ID})
    c.dire(*MEDIATEUR_OUVERT, "non", "non")
    assert c.question == "contrat"
    assert "complémentaire santé" in c.textes()
    c.dire(reponse, *IDENTITE)
    o = c.orientation()
    assert (o["niveau"], o["service"]) == (3, service)
    assert [m["nom"] for m in o["mediateur"]["candidats"]] == [service]


def test_je_ne_sais_pas_donne_les_deux_mediateurs(serveurs_a_deux_mediateurs: Embarque) -> None:
    c = Conversation(serveurs_a_deux_mediateurs, {"organisation": deux_mediateurs.ID})
    c.dire(*MEDIATEUR_OUVERT, "non", "non", "je ne sais pas", *IDENTITE)
    o = c.orientation()
    assert o["niveau"] == 3
    noms = [m["nom"] for m in o["mediateur"]["candidats"]]
    assert noms == [deux_mediateurs.MUTUALITE, deux_mediateurs.LMA]
    assert "dernière réponse écrite" in o["mediateur"]["choix_du_contrat"]
    assert "dernière réponse écrite" in o["explication"]


def test_le_contrat_corrige_apres_un_consentement_refuse_n_ouvre_pas_une_demande(
    serveurs_a_deux_mediateurs: Embarque,
) -> None:
    c = Conversation(serveurs_a_deux_mediateurs, {"organisation": deux_mediateurs.ID})
    c.dire(*MEDIATEUR_OUVERT, "non", "non", "complémentaire santé", *IDENTITE, "non")
    assert c.slots["consentement"] is False
    c.dire("plutôt mon contrat prévoyance")
    assert "Je remplace le contrat que concerne votre litige" in c.textes()
    assert c.slots["qualification"] == "reclamation"
    c.dire("oui")
    assert c.slots["contrat"] == ["prevoyance"]
    o = c.orientation()
    assert (o["niveau"], o["service"]) == (3, deux_mediateurs.LMA)


def test_organisation_a_un_mediateur_sans_question_de_contrat(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire(*MEDIATEUR_OUVERT, "non", "non")
    assert c.question == "numero_adherent"


def test_avis_du_medecin_conseil_le_mediateur_reste_nomme_avec_l_avertissement(
    serveurs: Embarque,
) -> None:
    c = Conversation(serveurs, {"organisation": "identites-mutuelle"})
    c.dire(
        "je conteste l'avis du médecin conseil de ma mutuelle",
        *MEDIATEUR_OUVERT[1:],
        "non",
        "non",
        *IDENTITE,
    )
    o = c.orientation()
    assert o["niveau"] == 3
    assert o["service"] == "Médiateur désigné par Médiation Consommation Développement"
    assert o["mediateur"]["exclusions_codes"] == ["avis_conseils_medicaux"]
    assert "médecins ou chirurgiens-dentistes conseils" in o["mediateur"]["avertissements"][0]
    assert "Attention" in c.textes()
    assert c.slots["cas_litige"] == ["avis_medical"]
