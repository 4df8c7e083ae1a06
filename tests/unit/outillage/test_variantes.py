"""The generated NLU variants: deterministic, balanced, current with the hand-written files."""

import random
from collections import Counter

import yaml

from outillage import variantes as v
from tests.conftest import RACINE

GENERE = RACINE / "data" / "nlu" / v.NOM_GENERE


def test_le_fichier_genere_est_a_jour() -> None:
    assert GENERE.read_text(encoding="utf-8") == v.contenu_attendu(), (
        "data/nlu/variantes.yml n'est pas à jour : make variantes"
    )


def test_le_fichier_genere_est_du_yaml_rasa_avec_son_entete() -> None:
    texte = GENERE.read_text(encoding="utf-8")
    assert texte.startswith("# FICHIER GÉNÉRÉ")
    assert "make variantes" in texte.splitlines()[3]
    contenu = yaml.safe_load(texte)
    assert contenu["version"] == "3.1"
    assert all(set(bloc) == {"intent", "examples"} for bloc in contenu["nlu"])


def test_les_sources_ne_contiennent_pas_le_fichier_genere() -> None:
    exemples = v.lire_exemples()
    assert len(exemples) > 1000
    variantes = {t for ts in v.generer(exemples).values() for t in ts}
    assert not variantes & {e.texte for e in exemples}


def test_environ_un_tiers_de_chaque_intention_plus_les_messages_courts_et_jamais_un_doublon() -> (
    None
):
    exemples = v.lire_exemples()
    par_intention = Counter(e.intention for e in exemples)
    courts = Counter(e.intention for e in exemples if len(e.texte.split()) <= v.COURT)
    generees = v.generer(exemples)
    connus = {e.texte.casefold() for e in exemples}
    for intention, textes in generees.items():
        assert len(textes) == len({t.casefold() for t in textes})
        assert not {t.casefold() for t in textes} & connus
        n = par_intention[intention]
        if n >= 40:
            assert 0.2 * n <= len(textes) <= 0.5 * n + courts[intention], intention


def test_un_message_court_a_toujours_sa_faute_de_frappe() -> None:
    exemples = v.lire_exemples()
    generees = {t for ts in v.generer(exemples).values() for t in ts}
    robot = v.Exemple("bot_challenge", "robot")
    faute = v.faute_d_un_message_court(robot)
    assert faute is not None and faute != "robot" and faute == v.faute_d_un_message_court(robot)
    assert v.faute_d_un_message_court(v.Exemple("reclamation", "je ne suis pas remboursé")) is None
    assert v.faute_d_un_message_court(v.Exemple("affirm", "oui")) is None  # no word of 4 letters
    ecrits = {e.texte.casefold() for e in exemples}
    for exemple in exemples:
        faute = v.faute_d_un_message_court(exemple)
        if faute is not None and faute.casefold() not in ecrits:
            assert faute in generees, exemple


def test_le_choix_depend_de_l_exemple_seul() -> None:
    exemple = v.Exemple("reclamation", "ma mutuelle ne m'a toujours pas remboursé")
    assert v.deriver(exemple) == v.deriver(exemple)
    assert v.graine(exemple) == v.graine(v.Exemple("reclamation", exemple.texte))
    ajout = [v.Exemple("demande", f"exemple ajouté numéro {i}") for i in range(50)]
    seul = v.generer([exemple])
    assert v.generer([*ajout, exemple]).get("reclamation") == seul.get("reclamation")


def test_sans_accents() -> None:
    assert v.retirer_accents("Médiateur, Œuvre, ça, déçue") == "Mediateur, OEuvre, ca, decue"


def test_style_sms() -> None:
    hasard = random.Random(1)
    sorties = {
        v.variante_sms("Pourquoi je ne suis toujours pas remboursé ?", hasard) for _ in range(20)
    }
    assert all(s == s.lower() and "é" not in s for s in sorties)
    assert any(mot in s for s in sorties for mot in ("pk", "pq", "pourkoi"))
    assert any("tjrs" in s or "tjs" in s for s in sorties)
    assert any(" ne " not in f" {s} " for s in sorties)


def test_les_fautes_epargnent_adresses_nombres_et_references() -> None:
    texte = "mon dossier IM-2026-7KQ4-M2XD et mon adresse jean.dupont@orange.fr le 12/03"
    for graine in range(30):
        sortie = v.variante_fautes(texte, random.Random(graine))
        assert "IM-2026-7KQ4-M2XD" in sortie
        assert "jean.dupont@orange.fr" in sortie
        assert "12/03" in sortie
        assert sortie != texte
