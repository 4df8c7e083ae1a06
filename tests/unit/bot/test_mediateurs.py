"""Which mediator, what it will not take, and what comes after it (brief §8)."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bot.conservation import Statut
from bot.dossier import Dossier
from bot.lettres import MEDIATEUR_A_COMPLETER, rediger_lettre
from bot.litige import (
    CasLitige,
    MontantEnJeu,
    Suite,
    TypeContrat,
    classer_montant,
    lire_cas,
    lire_contrats,
    lire_montant,
)
from bot.organisations import Organisation
from bot.orientation import Faits, Motif, orienter
from bot.parcours import Reponses, questions_historique
from bot.presentation import en_json, rediger_explication
from edge.organisations import charger_organisation
from tests import deux_mediateurs
from tests.exemples_dossiers import MAINTENANT, ecrite_le, reclamation

AUJOURDHUI = date(2026, 11, 24)
INSATISFAIT = {"reponse_recue": True, "reponse_satisfaisante": False}


@pytest.fixture
def deux(tmp_path: Path) -> Organisation:
    return charger_organisation(deux_mediateurs.ecrire_organisation(tmp_path))


def au_niveau_3(organisation: Organisation, **faits: object) -> Faits:
    """A written complaint of 3 August 2026 whose answer did not satisfy: the mediator opens."""
    return Faits(
        organisation=organisation,
        aujourdhui=AUJOURDHUI,
        contact_prealable=True,
        reclamation_ecrite=date(2026, 8, 3),
        **INSATISFAIT,  # type: ignore[arg-type]
        **faits,  # type: ignore[arg-type]
    )


# --- which mediator -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("contrat", "mediateur"),
    [
        (TypeContrat.SANTE, deux_mediateurs.MUTUALITE),
        (TypeContrat.PREVOYANCE, deux_mediateurs.LMA),
        (TypeContrat.ASSURANCE_PRET, deux_mediateurs.LMA),
    ],
)
def test_chaque_contrat_a_son_mediateur(
    deux: Organisation, contrat: TypeContrat, mediateur: str
) -> None:
    o = orienter(au_niveau_3(deux, contrats=frozenset({contrat})))
    assert o.niveau == 3 and o.service == mediateur == o.mediateur.nom
    assert [c.mediateur.nom for c in o.mediateur.candidats] == [mediateur]
    assert "Vous pouvez saisir le médiateur : " + mediateur in rediger_explication(o)


def test_je_ne_sais_pas_donne_les_deux_mediateurs_et_le_conseil_de_la_derniere_reponse(
    deux: Organisation,
) -> None:
    o = orienter(au_niveau_3(deux))
    assert [c.mediateur.nom for c in o.mediateur.candidats] == [
        deux_mediateurs.MUTUALITE,
        deux_mediateurs.LMA,
    ]
    assert o.service == f"{deux_mediateurs.MUTUALITE} ou {deux_mediateurs.LMA}"
    assert {c.libelle.split(" — ")[0] for c in o.canaux} == {
        deux_mediateurs.MUTUALITE,
        deux_mediateurs.LMA,
    }
    texte = rediger_explication(o)
    assert "pour votre complémentaire santé, Médiateur de la Mutualité Française" in texte
    assert "La dernière réponse écrite de votre organisme doit nommer le médiateur" in texte
    sortie = en_json(o)["mediateur"]
    assert [c["contrats"] for c in sortie["candidats"]] == [
        ["sante"],
        ["prevoyance", "assurance_pret"],
    ]
    assert sortie["choix_du_contrat"]


def test_une_organisation_a_un_seul_mediateur_ne_parle_pas_de_contrat(
    mutex: Organisation,
) -> None:
    o = orienter(au_niveau_3(mutex))
    assert len(o.mediateur.candidats) == 1
    assert en_json(o)["mediateur"]["choix_du_contrat"] is None
    assert not mutex.mediateurs.plusieurs


def test_le_contrat_n_est_demande_qu_a_une_organisation_a_deux_mediateurs(
    deux: Organisation, identites: Organisation
) -> None:
    reponses = Reponses(
        reclamation_ecrite=True,
        date_reclamation_ecrite=date(2026, 8, 3),
        procedure_en_cours=False,
        **INSATISFAIT,  # type: ignore[arg-type]
    )
    assert questions_historique(reponses, deux, AUJOURDHUI)[-1] == "contrat"
    assert "contrat" not in questions_historique(reponses, identites, AUJOURDHUI)
    satisfait = Reponses(
        reclamation_ecrite=True,
        date_reclamation_ecrite=date(2026, 8, 3),
        reponse_recue=True,
        reponse_satisfaisante=True,
    )
    assert "contrat" not in questions_historique(satisfait, deux, AUJOURDHUI)


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("complémentaire santé", {TypeContrat.SANTE}),
        (
            "prévoyance, décès, invalidité ou prêt",
            {TypeContrat.PREVOYANCE, TypeContrat.ASSURANCE_PRET},
        ),
        ("mon assurance emprunteur", {TypeContrat.ASSURANCE_PRET}),
        ("le capital décès de mon père", {TypeContrat.PREVOYANCE}),
        ("je ne sais pas", set()),
        ("Aucune idée", set()),
        ("bof", None),
    ],
)
def test_lire_le_contrat(texte: str, attendu: set[TypeContrat] | None) -> None:
    assert lire_contrats(texte) == (None if attendu is None else frozenset(attendu))


# --- exclusions -----------------------------------------------------------------------


def test_avis_du_medecin_conseil_averti_chez_identites_mutuelle(identites: Organisation) -> None:
    o = orienter(au_niveau_3(identites, cas=frozenset({CasLitige.AVIS_MEDICAL})))
    assert o.niveau == 3 and o.mediateur.recevable  # the mediator stays named
    assert o.service == "Médiateur désigné par Médiation Consommation Développement"
    assert [e.code for e in o.mediateur.exclusions] == ["avis_conseils_medicaux"]
    texte = rediger_explication(o)
    attention = texte.index("Attention : ")
    assert attention < texte.index("Vous pouvez saisir le médiateur")  # warned before
    assert "médecins ou chirurgiens-dentistes conseils" in texte
    assert "D'autres voies restent ouvertes : Service Réclamations et la justice" in texte
    sortie = en_json(o)["mediateur"]
    assert sortie["exclusions_codes"] == ["avis_conseils_medicaux"]
    assert sortie["avertissements"] and "contrôle médical" in sortie["avertissements"][0]


def test_sans_objet_exclu_aucun_avertissement(identites: Organisation, mutex: Organisation) -> None:
    assert orienter(au_niveau_3(identites)).mediateur.exclusions == ()
    avis_medical = frozenset({CasLitige.AVIS_MEDICAL})
    assert orienter(au_niveau_3(mutex, cas=avis_medical)).mediateur.exclusions == ()


def test_l_avertissement_accompagne_aussi_un_mediateur_a_venir(identites: Organisation) -> None:
    faits = Faits(
        organisation=identites,
        aujourdhui=AUJOURDHUI,
        contact_prealable=True,
        reclamation_ecrite=date(2026, 11, 2),
        cas=frozenset({CasLitige.FONDS_SOCIAL}),
    )
    o = orienter(faits)
    assert o.niveau == 2 and o.mediateur.motifs == (Motif.TROP_TOT,)
    assert "décisions de son fonds social" in rediger_explication(o)


@pytest.mark.parametrize(
    ("texte", "cas"),
    [
        ("Je conteste l'avis du médecin conseil de la mutuelle", {CasLitige.AVIS_MEDICAL}),
        ("le médecin-conseil a refusé ma pension", {CasLitige.AVIS_MEDICAL}),
        ("le dentiste conseil refuse ma prise en charge", {CasLitige.AVIS_MEDICAL}),
        ("après le contrôle médical, plus rien", {CasLitige.AVIS_MEDICAL}),
        ("la hausse de ma cotisation est injuste", {CasLitige.TARIFICATION}),
        ("ils m'envoient un huissier", {CasLitige.RECOUVREMENT}),
        ("le fonds social a refusé mon aide", {CasLitige.FONDS_SOCIAL}),
        ("on ne me rembourse pas mes lunettes", set()),
    ],
)
def test_lire_l_objet_du_litige(texte: str, cas: set[CasLitige]) -> None:
    assert lire_cas(texte) == frozenset(cas)


# --- after the one-year limit ---------------------------------------------------------


def plus_d_un_an(organisation: Organisation, montant: MontantEnJeu) -> Faits:
    """A written complaint sent 13 months ago, whose answer did not satisfy."""
    return Faits(
        organisation=organisation,
        aujourdhui=AUJOURDHUI,
        contact_prealable=True,
        reclamation_ecrite=date(2025, 10, 24),
        montant=montant,
        **INSATISFAIT,  # type: ignore[arg-type]
    )


def test_treize_mois_et_300_euros_le_conciliateur_de_justice(identites: Organisation) -> None:
    o = orienter(plus_d_un_an(identites, classer_montant(Decimal(300))))
    assert o.niveau == 2 and o.mediateur.motifs == (Motif.PLUS_D_UN_AN,)
    assert o.suites == (Suite.CONCILIATEUR_DE_JUSTICE,)
    texte = rediger_explication(o)
    assert "conciliateur de justice" in texte and "art. 750-1" in texte
    assert "plus de 5 000 €" not in texte
    apres = en_json(o)["apres_mediateur"]
    assert apres["codes"] == ["conciliateur_de_justice"]
    assert apres["canaux"][0]["url"] == "https://www.conciliateurs.fr"


def test_au_dela_de_5000_euros_un_juriste_ou_une_association(identites: Organisation) -> None:
    o = orienter(plus_d_un_an(identites, MontantEnJeu.PLUS_DE_5000))
    assert o.suites == (Suite.CONSEIL_JURIDIQUE,)
    assert "association de consommateurs" in rediger_explication(o)
    assert en_json(o)["apres_mediateur"]["canaux"] == []


def test_montant_inconnu_les_deux_voies(identites: Organisation) -> None:
    o = orienter(plus_d_un_an(identites, MontantEnJeu.INCONNU))
    assert o.suites == (Suite.CONCILIATEUR_DE_JUSTICE, Suite.CONSEIL_JURIDIQUE)


def test_mediateur_ouvert_pas_de_suite(identites: Organisation) -> None:
    assert orienter(au_niveau_3(identites)).suites == ()
    assert en_json(orienter(au_niveau_3(identites)))["apres_mediateur"] is None


def test_le_montant_n_est_demande_qu_apres_un_an(identites: Organisation) -> None:
    reponses = Reponses(
        reclamation_ecrite=True,
        date_reclamation_ecrite=date(2025, 10, 24),
        **INSATISFAIT,  # type: ignore[arg-type]
    )
    assert questions_historique(reponses, identites, AUJOURDHUI)[-1] == "montant_litige"
    recente = Reponses(
        reclamation_ecrite=True,
        date_reclamation_ecrite=date(2026, 10, 24),
        **INSATISFAIT,  # type: ignore[arg-type]
    )
    assert "montant_litige" not in questions_historique(recente, identites, AUJOURDHUI)


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("oui", MontantEnJeu.AU_PLUS_5000),
        ("non", MontantEnJeu.PLUS_DE_5000),
        ("300 €", MontantEnJeu.AU_PLUS_5000),
        ("5 000 euros", MontantEnJeu.AU_PLUS_5000),
        ("1 200,50 €", MontantEnJeu.AU_PLUS_5000),
        ("environ 6000", MontantEnJeu.PLUS_DE_5000),
        ("12k€", MontantEnJeu.PLUS_DE_5000),
        ("plus de 5 000 €", MontantEnJeu.PLUS_DE_5000),
        ("moins de 5000", MontantEnJeu.AU_PLUS_5000),
        ("plus de 1000", MontantEnJeu.INCONNU),
        ("je ne sais pas", MontantEnJeu.INCONNU),
        ("bof", None),
    ],
)
def test_lire_le_montant(texte: str, attendu: MontantEnJeu | None) -> None:
    assert lire_montant(texte) == attendu


# --- the referral letter --------------------------------------------------------------


def lettre_au_mediateur(organisation: Organisation, **reponses: object) -> tuple[str, ...]:
    r = reclamation(
        organisation.id,
        reponses=ecrite_le(date(2026, 8, 3), **INSATISFAIT, **reponses),  # type: ignore[arg-type]
    )
    dossier = Dossier("MD-2026-7KQ4-M2XD", r, MAINTENANT, Statut.ACTIF, {}, organisation)
    lettre = rediger_lettre(dossier)
    assert lettre.titre == "Saisine du médiateur"
    return (*lettre.destinataire, "|", *lettre.pieces)


def test_la_saisine_va_au_mediateur_du_contrat_avec_ses_documents(deux: Organisation) -> None:
    prevoyance = lettre_au_mediateur(deux, contrats=frozenset({TypeContrat.PREVOYANCE}))
    assert prevoyance[:3] == ("La Médiation de l'Assurance", "TSA 50110", "75441 Paris Cedex 09")
    sante = lettre_au_mediateur(deux, contrats=frozenset({TypeContrat.SANTE}))
    assert sante[0] == "Monsieur le Médiateur de la Mutualité Française"
    assert "copie du bulletin d'adhésion" in sante
    assert lettre_au_mediateur(deux, contrats=frozenset())[0] == MEDIATEUR_A_COMPLETER


def test_la_saisine_de_cnpm_liste_bulletin_et_reglement(identites: Organisation) -> None:
    lignes = lettre_au_mediateur(identites)
    assert lignes[0] == "Monsieur le Médiateur"
    assert "copie du bulletin d'adhésion" in lignes
    assert any("règlement mutualiste ou de la notice" in ligne for ligne in lignes)
