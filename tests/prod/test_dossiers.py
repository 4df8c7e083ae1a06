"""Dossiers under faults: PostgreSQL restarted mid-write, the insurer down, letter links."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy.engine import Engine

from bot.organisations import Registre
from edge.stockage.depot import ouvrir_depot
from outillage.guichet import Guichet
from outillage.lettre import ouvrir_lettre
from outillage.rest import DELAI, parler
from outillage.scenarios import IDENTITE
from production.configuration import url_base
from production.pile import Pile
from tests.prod.outils import base, laissez_passer, requested_slot

pytestmark = pytest.mark.prod

MUTEX = {"organisation": "mutex"}
"""An agent's conversation (with ``laissez_passer``): the e-mail code can be skipped."""


def jusqu_au_consentement(pile: Pile, expediteur: str, nom: str) -> None:
    """A complaint played up to its record, under the family name ``nom``: consent given,
    the e-mail code asked."""
    identite = [nom if message == "Dupont" else message for message in IDENTITE]
    tours = []
    passe = laissez_passer(pile, "claire")
    for message in ("ma mutuelle refuse de rembourser mes lunettes", "non", *identite, "oui"):
        tours.append((message, parler(pile.url_publique, expediteur, message, MUTEX, passe)))
    assert requested_slot(pile, expediteur) == "code_email", tours


def consentir(pile: Pile, expediteur: str) -> list[dict[str, Any]]:
    """The message that records the dossier: the agent skips the e-mail code."""
    return parler(pile.url_publique, expediteur, "passer", MUTEX, laissez_passer(pile, "claire"))


def lettre(reponses: list[dict[str, Any]]) -> str | None:
    """The letter link the assistant gave, if any."""
    liens = [r["custom"]["lettre_url"] for r in reponses if "lettre_url" in r.get("custom", {})]
    return liens[-1] if liens else None


def dossiers_de(moteur: Engine, nom: str) -> list[tuple[int, str]]:
    with moteur.connect() as connexion:
        lignes = connexion.exec_driver_sql(
            "SELECT id, reference FROM dossiers WHERE nom = %s ORDER BY id", (nom,)
        ).fetchall()
    return [(int(ligne[0]), str(ligne[1])) for ligne in lignes]


@contextmanager
def table_verrouillee(moteur: Engine, table: str) -> Iterator[None]:
    """Hold an EXCLUSIVE lock on ``table``: reads go on, writes wait (until the restart)."""
    connexion = moteur.connect()
    transaction = connexion.begin()
    connexion.exec_driver_sql(f"LOCK TABLE {table} IN EXCLUSIVE MODE")
    try:
        yield
    finally:
        try:
            transaction.rollback()
            connexion.close()
        except Exception:  # cut by the restart, as intended
            connexion.invalidate()


def attendre_une_ecriture_bloquee(moteur: Engine, table: str) -> None:
    """Wait (bounded) until another session waits for a lock on ``table``."""
    fin = time.monotonic() + 60
    with moteur.connect() as connexion:
        while time.monotonic() < fin:
            if connexion.exec_driver_sql(
                "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = %s::regclass",
                (table,),
            ).scalar():
                return
            time.sleep(0.1)
    raise TimeoutError(f"nothing waited to write into {table}")


@pytest.mark.parametrize("table", ["dossiers", "events"])
def test_postgres_redemarre_pendant_l_enregistrement_un_seul_dossier(
    pile: Pile, table: str, registre: Registre
) -> None:
    """The restart cuts the dossier's insert (``dossiers``) or Rasa's save of the turn
    that recorded it (``events``); the person then says yes again."""
    nom = {"dossiers": "Moreau", "events": "Garnier"}[table]
    expediteur = f"dossier-pg-{table}"
    jusqu_au_consentement(pile, expediteur, nom)
    # the tables exist before the restart
    ouvrir_depot(url_base(pile.ports, pile.secrets.RECOURS_PG_PASSWORD), registre)
    with base(pile) as moteur, ThreadPoolExecutor(max_workers=1) as groupe:
        with table_verrouillee(moteur, table):
            futur = groupe.submit(consentir, pile, expediteur)
            attendre_une_ecriture_bloquee(moteur, table)
            pile.redemarrer_postgres()
        premiere = futur.result(timeout=DELAI)
    assert lettre(premiere), f"the record outlived the restart: {premiere}"
    seconde = consentir(pile, expediteur)  # a double click, or a doubt
    with base(pile) as moteur:
        enregistres = dossiers_de(moteur, nom)
    assert len(enregistres) == 1, f"{len(enregistres)} dossiers: {premiere} / {seconde}"
    assert enregistres[0][1] in lettre(premiere)


def test_double_oui_simultane_sur_les_deux_repliques_un_seul_dossier(pile: Pile) -> None:
    """The record-triggering message sent twice at once, once to each replica (nginx
    would keep them on one: this is what a lost stickiness or a replayed turn does)."""
    nom = "Roussel"
    expediteur = "dossier-double-oui"
    jusqu_au_consentement(pile, expediteur, nom)
    passe = laissez_passer(pile, "claire")
    with ThreadPoolExecutor(max_workers=2) as groupe:
        futurs = [
            groupe.submit(parler, pile.url_replique(i), expediteur, "passer", MUTEX, passe)
            for i in range(2)
        ]
        reponses = [f.result(timeout=DELAI) for f in futurs]
    with base(pile) as moteur:
        enregistres = dossiers_de(moteur, nom)
    assert len(enregistres) == 1, f"{len(enregistres)} dossiers: {reponses}"
    assert any(lettre(r) for r in reponses), reponses


def test_assureur_injoignable_le_dossier_reste_dans_l_outbox_puis_part(pile: Pile) -> None:
    nom = "Fournier"
    expediteur = "dossier-outbox"
    jusqu_au_consentement(pile, expediteur, nom)
    reponses = consentir(pile, expediteur)
    assert lettre(reponses)
    with base(pile) as moteur:
        ((identifiant, reference),) = dossiers_de(moteur, nom)
        fin = time.monotonic() + 60
        while time.monotonic() < fin:  # the action server tries in the background
            with moteur.connect() as connexion:
                tentatives, transmis = connexion.exec_driver_sql(
                    "SELECT tentatives, transmis_le FROM outbox WHERE dossier_id = %s",
                    (identifiant,),
                ).one()
            if tentatives:
                break
            time.sleep(0.5)
        assert tentatives >= 1 and transmis is None, "kept in the outbox, not lost"

        adresse = urlsplit(pile.environnement["RECOURS_WEBHOOK_URL"])
        with Guichet(adresse.port or 80) as guichet:
            passe = pile.executer_recours("outbox")
        assert passe.returncode == 0, passe.stdout + passe.stderr
        assert sum(recu["reference"] == reference for recu in guichet.recus) == 1
        with moteur.connect() as connexion:
            transmis = connexion.exec_driver_sql(
                "SELECT transmis_le FROM outbox WHERE dossier_id = %s", (identifiant,)
            ).scalar()
        assert transmis is not None


def test_lettres_jeton_devine_ou_d_un_autre_dossier(pile: Pile) -> None:
    liens = []
    for nom in ("Lemaire", "Chevalier"):
        jusqu_au_consentement(pile, f"dossier-{nom}", nom)
        lien = lettre(consentir(pile, f"dossier-{nom}"))
        assert lien and lien.startswith(pile.url_publique)
        liens.append(urlsplit(lien))
    a, b = liens
    assert ouvrir_lettre(a.geturl()).status_code == 200
    adresse = f"{pile.url_publique}{a.path}"
    autre = f"{adresse}#{b.fragment}"  # B's token on A's letter
    devine = f"{adresse}#jeton={'A' * 43}"
    inconnu = f"{pile.url_publique}/dossiers/MX-2026-AAAA-AAAA/lettre#{a.fragment}"
    for url in (autre, devine, adresse, inconnu, f"{devine}'%20OR%20'1'='1"):
        reponse = ouvrir_lettre(url)
        assert reponse.status_code == 404, url
        assert "Lemaire" not in reponse.text and "Chevalier" not in reponse.text
    jetons = [parse_qs(lien.fragment)["jeton"][0] for lien in liens]
    for journal in pile.journaux():  # nginx, the replicas, actions, web: no letter's key
        contenu = journal.read_text(errors="replace")
        assert not any(jeton in contenu for jeton in jetons), journal.name
