"""Hostile input on the public REST endpoint: a defined error or a safe answer, every time."""

from __future__ import annotations

import itertools
import json
import os
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
import requests

from outillage.rest import DELAI, orientation, parler
from outillage.scenarios import IDENTITE
from production.pile import Pile
from tests.prod.outils import Echange, base, evenements, requested_slot, verifier_stockage

pytestmark = pytest.mark.prod

EXPEDITEURS = int(os.environ.get("RECOURS_EXPEDITEURS", "1000"))
"""Distinct senders, one message each (``make stress`` sets 10 000)."""
PARALLELES = 16

INJECTIONS = (
    "'; DROP TABLE events; --",
    "Robert'); DELETE FROM events WHERE ('1'='1",
    '" OR 1=1 --',
    "<script>alert(document.cookie)</script>",
    '<img src=x onerror="alert(1)">',
    "{{7*7}} ${7*7} %s %n",
)
FUITES = ("Traceback", "psycopg2", "sqlalchemy", "Exception", "postgres")


def envoyer(url: str, corps: bytes | str, **entetes: str) -> requests.Response:
    """POST a raw body to the webhook."""
    return requests.post(
        f"{url}/webhooks/rest/webhook",
        data=corps.encode() if isinstance(corps, str) else corps,
        headers={"Content-Type": "application/json", **entetes},
        timeout=DELAI,
    )


REFUS = [
    ("{not json", "json_invalide"),
    (b"\xff\xfe\x00", "json_invalide"),
    ("", "json_invalide"),
    ("[" * 100_000, "json_invalide"),
    ("[1, 2]", "objet_attendu"),
    ('"bonjour"', "objet_attendu"),
    ('{"message": "bonjour"}', "sender_invalide"),
    ('{"sender": null, "message": "bonjour"}', "sender_invalide"),
    ('{"sender": 42, "message": "bonjour"}', "sender_invalide"),
    ('{"sender": "", "message": "bonjour"}', "sender_invalide"),
    (json.dumps({"sender": "x" * 129, "message": "bonjour"}), "sender_invalide"),
    (json.dumps({"sender": "a" * 100_000, "message": "bonjour"}), "sender_invalide"),
    (json.dumps({"sender": "a\u0000b", "message": "bonjour"}), "sender_invalide"),
    (json.dumps({"sender": "😀", "message": "bonjour"}), "sender_invalide"),
    (json.dumps({"sender": "a' OR '1'='1", "message": "bonjour"}), "sender_invalide"),
    ('{"sender": "hostile-1"}', "message_invalide"),
    ('{"sender": "hostile-1", "message": ["a"]}', "message_invalide"),
    ('{"sender": "hostile-1", "message": "\\ud800"}', "message_invalide"),
    (json.dumps({"sender": "hostile-1", "message": "x" * 20_001}), "message_trop_long"),
    ('{"sender": "hostile-1", "message": "a", "metadata": [1]}', "metadata_invalide"),
]


@pytest.mark.parametrize(
    ("corps", "code"), REFUS, ids=[f"{c}-{i}" for i, (_, c) in enumerate(REFUS)]
)
def test_requete_malformee_erreur_definie(pile: Pile, corps: str | bytes, code: str) -> None:
    reponse = envoyer(pile.url_publique, corps)
    assert (reponse.status_code, reponse.json()) == (400, {"erreur": code})


def test_un_mega_octet_refuse_par_nginx_et_par_rasa(pile: Pile) -> None:
    corps = json.dumps({"sender": "hostile-gros", "message": "x" * 1024 * 1024})
    reponse = envoyer(pile.url_publique, corps)
    assert (reponse.status_code, reponse.json()) == (413, {"erreur": "requete_trop_grande"})
    assert envoyer(pile.url_replique(0), corps).status_code == 413  # behind nginx too


@pytest.mark.parametrize(
    "message",
    ids=["controle", "emoji", "invisibles", "retours", *(f"injection-{i}" for i in range(6))],
    argvalues=[
        "\u0000\u0001\u0007\u001b[31m\u007f bonjour",
        "😡🔥💥 " * 50,
        "\u202e\u200b\ufeff zéro largeur",
        "ma mutuelle\r\n\r\nrefuse\ttout",
        *INJECTIONS,
    ],
)
def test_texte_hostile_reponse_sure_et_stockee_intacte(pile: Pile, message: str) -> None:
    echange = Echange(f"hostile-texte-{abs(hash(message))}")
    reponses = parler(pile.url_publique, echange.expediteur, message)
    assert reponses, "a safe answer every time"
    assert not any(fuite in json.dumps(reponses) for fuite in FUITES)
    echange.noter(message, reponses)
    with base(pile) as moteur:
        verifier_stockage(moteur, echange)


def test_injections_dans_chaque_reponse_du_formulaire(pile: Pile) -> None:
    """Each question gets an injection string first, then the real answer if it was refused."""
    echange = Echange("hostile-formulaire")
    metadata = {"organisation": "mutex", "audience": "<script>alert(1)</script>"}
    injections = itertools.cycle(INJECTIONS)
    orientations = []

    def dire(message: str) -> None:
        reponses = parler(pile.url_publique, echange.expediteur, message, metadata)
        assert reponses and not any(f in json.dumps(reponses) for f in FUITES)
        echange.noter(message, reponses)
        orientations.append(orientation(reponses))

    dire("ma mutuelle refuse de rembourser mes lunettes")
    for message in ("non", *IDENTITE):
        question = requested_slot(pile, echange.expediteur)
        dire(next(injections))
        if requested_slot(pile, echange.expediteur) == question:  # refused, asked again
            dire(message)
    assert any(orientations), "the conversation still ends with its orientation"
    with base(pile) as moteur:
        verifier_stockage(moteur, echange)
        stockees = {
            e["value"]
            for e in evenements(moteur, echange.expediteur)
            if e["event"] == "slot" and isinstance(e.get("value"), str)
        }
        assert stockees & set(INJECTIONS), "free-text answers are stored as typed"
        with moteur.connect() as connexion:
            assert connexion.exec_driver_sql("SELECT count(*) FROM events").scalar()


def test_mille_expediteurs_distincts(pile: Pile, mesures: list[str]) -> None:
    prefixe = f"foule-{time.time_ns()}"
    expediteurs = [f"{prefixe}-{i}" for i in range(EXPEDITEURS)]
    debut = time.monotonic()
    with ThreadPoolExecutor(max_workers=PARALLELES) as groupe:
        reponses = list(
            groupe.map(lambda e: parler(pile.url_publique, e, "bonjour"), expediteurs, timeout=1800)
        )
    duree = time.monotonic() - debut
    mesures.append(f"{EXPEDITEURS} senders in {duree:.1f} s ({EXPEDITEURS / duree:.1f} messages/s)")
    assert all(reponses), "every sender gets an answer"
    with base(pile) as moteur, moteur.connect() as connexion:
        distincts = connexion.exec_driver_sql(
            "SELECT count(DISTINCT sender_id) FROM events WHERE sender_id LIKE %s",
            (f"{prefixe}-%",),
        ).scalar()
        utilisateurs = connexion.exec_driver_sql(
            "SELECT count(*) FROM events WHERE sender_id LIKE %s AND type_name = 'user'",
            (f"{prefixe}-%",),
        ).scalar()
    assert distincts == utilisateurs == EXPEDITEURS
    verrous = redis.Redis(
        host="127.0.0.1", port=pile.ports.redis, password=pile.secrets.RECOURS_REDIS_PASSWORD, db=1
    ).keys("recours:lock:*")
    assert verrous == [], "locks left behind in Redis"


def test_le_service_repond_toujours_apres_tout_cela(pile: Pile) -> None:
    assert requests.get(f"{pile.url_publique}/webhooks/rest/", timeout=10).ok
    assert parler(pile.url_publique, "hostile-apres", "bonjour")
