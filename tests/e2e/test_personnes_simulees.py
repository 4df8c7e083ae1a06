"""Simulated people (issue 19, "Method: independent test authors").

Each scenario of tests/e2e/personnes/scenarios.yml (and scenarios_2.yml, by a second
author) is a person with facts and a
style; the person talks to the whole embedded stack over REST, answers what the
bot asks, and stops at the orientation. The expectation (level, dates) comes from
shared/domain.md with today = 2026-11-24, not from the bot.

A scenario fails on: a wrong or missing orientation, a question asked twice, a
rephrase request on clear French, a fact changed without confirmation (e.g. the
recap shows another complaint date, or the answers were wiped), more than 25 turns,
a health warning missing (or given for figurative speech / homonyms).

The summary table goes to tests/artifacts/personnes_simulees.txt (transcripts to
tests/artifacts/personnes_simulees_transcriptions.txt).

Another model can be run against the same people with
RECOURS_MODELE_SIMULE=/path/to/model.tar.gz.
"""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path

import pytest
import yaml

from tests.e2e.personnes import calendrier
from tests.e2e.personnes.personne import MAX_TOURS, Personne, plier, texte_visible, verifier

RACINE = Path(__file__).resolve().parents[2]


def _charger(nom: str) -> list[dict]:
    return yaml.safe_load((Path(__file__).parent / "personnes" / nom).read_text(encoding="utf-8"))


PREMIERE_SUITE = _charger("scenarios.yml")
"""The first author's suite: at least 40 people, buttons in half of them (issue 19)."""
SCENARIOS = PREMIERE_SUITE + _charger("scenarios_2.yml")
"""Both authors' people (scenarios_2.yml: a second author, 16 people)."""
ARTEFACTS = RACINE / "tests" / "artifacts"
RESULTATS: dict[str, dict] = {}


def _faits(s: dict) -> dict:
    f = dict(s.get("faits") or {})
    for k in ("date_ecrit", "date_reponse"):
        if isinstance(f.get(k), str):
            f[k] = date.fromisoformat(f[k])
    return f


# --------------------------------------------------------------------------- #
# No server: the hand-written expectations agree with the author's calendar.   #
# --------------------------------------------------------------------------- #
def test_au_moins_40_personnes_moitie_boutons():
    assert len(PREMIERE_SUITE) >= 40
    assert len({s["id"] for s in SCENARIOS}) == len(SCENARIOS)
    boutons = sum(s["style"] == "boutons" for s in PREMIERE_SUITE)
    assert abs(2 * boutons - len(PREMIERE_SUITE)) <= 2


@pytest.mark.parametrize("s", SCENARIOS, ids=[s["id"] for s in SCENARIOS])
def test_attendus_coherents(s):
    calcule = calendrier.attendu(_faits(s), s.get("nature", "reclamation"))
    ecrit = {
        "issue": s["attendu"]["issue"],
        "dates": [date.fromisoformat(str(d)) for d in s["attendu"].get("dates", [])],
    }
    assert ecrit == calcule


# --------------------------------------------------------------------------- #
# With the servers                                                             #
# --------------------------------------------------------------------------- #
@pytest.fixture(scope="session")
def serveurs_simules(tmp_path_factory):
    from outillage.embarque import embarque_de_test

    base = tmp_path_factory.mktemp("personnes")
    maildir = base / "mails"
    maildir.mkdir()
    options = {}
    if os.environ.get("RECOURS_MODELE_SIMULE"):
        options["modele"] = Path(os.environ["RECOURS_MODELE_SIMULE"])
    with embarque_de_test(
        base / "run", environnement={"RECOURS_MAIL_DIR": str(maildir)}, **options
    ) as serveurs:
        yield serveurs, maildir


@pytest.fixture(scope="module", autouse=True)
def tableau_recapitulatif():
    yield
    if RESULTATS:
        _ecrire_tableau()


def _ecrire_tableau() -> None:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    modele = os.environ.get("RECOURS_MODELE_SIMULE", "models/recours.tar.gz")
    lignes = [f"Personnes simulées — modèle {modele} — aujourd'hui 2026-11-24", ""]
    entete = f"{'scénario':48} {'style':7} {'attendu':19} {'orient.':7} {'tours':5} {'2x':3} {'reform':6} {'modif':5} {'?':3} {'résultat'}"
    lignes += [entete, "-" * len(entete)]
    tot = {"ok": 0, "orient": 0, "deux": 0, "reform": 0, "reform_cl": 0, "modif": 0}
    for sid, r in RESULTATS.items():
        c = r["compte"]
        lignes.append(
            f"{sid:48} {r['style']:7} {r['attendu']:19} {'oui' if r['orientation_ok'] else 'NON':7} "
            f"{c.tours:<5} {c.deux_fois:<3} {c.reformulations:<6} {c.faits_modifies + c.recommencements:<5} {c.inconnues:<3} "
            f"{'OK' if r['ok'] else 'ÉCHEC'}"
        )
        tot["ok"] += r["ok"]
        tot["orient"] += r["orientation_ok"]
        tot["deux"] += c.deux_fois
        tot["reform"] += c.reformulations
        tot["reform_cl"] += c.reformulations_claires
        tot["modif"] += c.faits_modifies + c.recommencements
    n = len(RESULTATS)
    lignes += [
        "",
        f"scénarios réussis : {tot['ok']}/{n}",
        f"bonnes orientations : {tot['orient']}/{n}",
        f"questions posées deux fois : {tot['deux']}",
        f"demandes de reformulation : {tot['reform']} (dont sur du français clair : {tot['reform_cl']})",
        f"faits changés sans confirmation (dont recommencements) : {tot['modif']}",
        "colonnes : 2x = questions posées deux fois, reform = demandes de reformulation,",
        "modif = faits changés/effacés sans confirmation, ? = questions que la personne n'a pas reconnues",
        "",
        "Échecs :",
    ]
    for sid, r in RESULTATS.items():
        if not r["ok"]:
            precisions = [
                d for d in r["compte"].details if not d.startswith("question non reconnue")
            ][:3]
            lignes.append(f"- {sid}: " + " ; ".join(r["raisons"] + precisions))
    (ARTEFACTS / "personnes_simulees.txt").write_text("\n".join(lignes) + "\n", encoding="utf-8")
    trans = []
    for sid, r in RESULTATS.items():
        trans += [
            f"=== {sid} ({'OK' if r['ok'] else 'ÉCHEC'}) attendu {r['attendu']}",
            *r["transcription"],
            *("  ! " + d for d in r["compte"].details),
            *("  ✗ " + x for x in r["raisons"]),
            "",
        ]
    (ARTEFACTS / "personnes_simulees_transcriptions.txt").write_text(
        "\n".join(trans) + "\n", encoding="utf-8"
    )


@pytest.mark.parametrize("s", SCENARIOS, ids=[s["id"] for s in SCENARIOS])
def test_personne_simulee(s, serveurs_simules):
    from outillage.rest import ClientRest

    serveurs, maildir = serveurs_simules
    scenario = dict(s, faits=_faits(s))
    personne = Personne(scenario, maildir)
    client = ClientRest(serveurs.rasa_url)
    raisons: list[str] = []
    try:
        personne.converser(client, f"simule-{s['id']}-{uuid.uuid4().hex[:8]}")
    except Exception as exc:  # the bot failing to answer is a failure of the scenario
        raisons.append(f"erreur pendant la conversation: {exc!r}")
    c = personne.compte
    orientation_ok = False
    if personne.orientation is None:
        raisons.append(
            "aucune orientation donnée" + (f" en {MAX_TOURS} tours" if c.tours >= MAX_TOURS else "")
        )
    else:
        pb = verifier(s["attendu"], s["organisation"], texte_visible(personne.orientation))
        orientation_ok = not pb
        if pb:
            raisons.append("orientation fausse: " + ", ".join(pb))
    if s.get("sante"):
        if not personne.voie_medicale:
            raisons.append(
                "pas de voie postale vers le médecin conseil (avec l'adresse) malgré des informations médicales"
            )
            orientation_ok = False
        if not c.alertes_sante:
            raisons.append("aucun avertissement sur les informations médicales")
    if s.get("pas_sante") and c.alertes_sante:
        raisons.append("avertissement médical à tort (figure de style / homonyme)")
    if c.deux_fois:
        raisons.append(f"{c.deux_fois} question(s) posée(s) deux fois")
    if c.reformulations_claires:
        raisons.append(
            f"{c.reformulations_claires} demande(s) de reformulation sur du français clair"
        )
    if c.faits_modifies or c.recommencements:
        raisons.append(
            f"{c.faits_modifies + c.recommencements} fait(s) changé(s) ou effacé(s) sans confirmation"
        )
    if c.tours > MAX_TOURS:
        raisons.append(f"plus de {MAX_TOURS} tours")
    fin = plier("\n".join(personne.transcription[-6:]))
    if s.get("enregistrer") and personne.orientation is not None and "reference" not in fin:
        raisons.append("dossier accepté mais aucune référence donnée")
    RESULTATS[s["id"]] = {
        "ok": not raisons,
        "orientation_ok": orientation_ok,
        "compte": c,
        "raisons": raisons,
        "style": s["style"],
        "attendu": s["attendu"]["issue"],
        "transcription": personne.transcription,
    }
    assert not raisons, "\n".join(
        raisons + c.details + ["--- transcription ---"] + personne.transcription
    )


# --------------------------------------------------------------------------- #
# No server: the checks reject wrong orientations (synthetic texts).           #
# --------------------------------------------------------------------------- #
_N3 = (
    "vous pouvez saisir le médiateur : la médiation de l'assurance (lma). "
    "faites-le au plus tard le mercredi 15 septembre 2027."
)
_ATT = (
    "mutex – service qualité relations adhérents. votre assureur a jusqu'au jeudi 3 décembre 2026 "
    "pour répondre. sans réponse d'ici là, vous pourrez saisir le médiateur à partir du vendredi 4 décembre 2026."
)


@pytest.mark.parametrize(
    "texte, attendu, bon",
    [
        (_N3, {"issue": "niveau3", "dates": ["2027-09-15"]}, True),
        (_N3, {"issue": "niveau3", "dates": ["2027-09-16"]}, False),
        (_N3, {"issue": "attendre", "dates": ["2027-09-15"]}, False),
        (_ATT, {"issue": "attendre", "dates": ["2026-12-04"]}, True),
        (_ATT, {"issue": "attendre", "dates": ["2026-12-03"]}, False),
        (_ATT, {"issue": "niveau3", "dates": ["2026-12-04"]}, False),
        (_ATT, {"issue": "niveau2_satisfait", "dates": []}, False),
        (
            "récapitulatif au mardi 24 novembre 2026. " + _N3,
            {"issue": "niveau3", "dates": ["2026-11-24"]},
            False,
        ),
        (
            "votre message ressemble à une demande, pas à une réclamation. adressez-la à : organisme qui gère vos prestations",
            {"issue": "niveau1", "dates": []},
            False,
        ),
        (
            "mutex – service qualité relations adhérents. plus d'un an s'est écoulé : le médiateur ne peut plus être saisi. "
            "un juriste ou une association de consommateurs",
            {"issue": "trop_tard", "dates": [], "conciliateur": True},
            False,
        ),
    ],
)
def test_verifications_discriminent(texte, attendu, bon):
    assert (verifier(attendu, "mutex", plier(texte)) == []) is bon
