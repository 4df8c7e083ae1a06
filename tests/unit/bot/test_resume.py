"""The agent's case summary: the facts the person gave and what the engine decided."""

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.dossier import Identite
from bot.litige import CasLitige
from bot.organisations import Organisation, Registre
from bot.orientation import Faits, MontantEnJeu, Qualification, orienter
from bot.resume import rediger_resume
from edge.organisations import charger_registre
from tests import deux_mediateurs

AUJOURDHUI = date(2026, 11, 24)
JEANNE = Identite(
    prenom="Jeanne",
    nom="Dupont",
    numero_adherent=None,
    email="jeanne.dupont@exemple.fr",
    nature="Refus de remboursement de lunettes",
    pieces="la facture",
)


def resume(organisation: Organisation, identite: Identite = JEANNE, **faits: Any) -> str:
    return rediger_resume(
        orienter(Faits(organisation=organisation, aujourdhui=AUJOURDHUI, **faits)), identite
    )


def test_reclamation_trop_tot_identite_dates_et_ouverture_du_mediateur(mutex: Organisation) -> None:
    lignes = resume(
        mutex, contact_prealable=True, reclamation_ecrite=date(2026, 10, 3)
    ).splitlines()
    assert lignes[0] == "Dossier Recours — Mutex"
    assert "Adhérent : Jeanne Dupont" in lignes
    assert "Numéro d'adhérent de l'adhérent : non communiqué" in lignes  # as in the recap
    assert "E-mail de l'adhérent : jeanne.dupont@exemple.fr" in lignes
    assert "Objet : Refus de remboursement de lunettes" in lignes
    assert "Envoi de la réclamation écrite le samedi 3 octobre 2026" in lignes
    assert "Réponse au plus tard le jeudi 3 décembre 2026" in lignes
    assert "Médiateur : possible à partir du vendredi 4 décembre 2026" in lignes
    assert lignes[-1] == "Établi le mardi 24 novembre 2026"


def test_mediateur_saisissable_donne_sa_date_limite(mutex: Organisation) -> None:
    texte = resume(
        mutex,
        contact_prealable=True,
        reclamation_ecrite=date(2026, 8, 3),
        reponse_recue=True,
        reponse_satisfaisante=False,
    )
    assert "Orientation : niveau 3, La Médiation de l'Assurance (LMA)" in texte
    assert "au plus tard le mardi 3 août 2027" in texte
    assert "Accusé de réception" not in texte  # the answer already came


def test_sans_ecrit_les_dates_sont_celles_d_un_envoi_aujourd_hui(mutex: Organisation) -> None:
    assert "Réclamation écrite à envoyer (dates calculées pour un envoi le mardi 24" in resume(
        mutex
    )


def test_une_demande_n_a_ni_identite_ni_dates_ni_mediateur(identites: Organisation) -> None:
    texte = resume(identites, Identite(), qualification=Qualification.DEMANDE)
    assert "Qualification : demande" in texte
    assert "None" not in texte
    absents = ("Adhérent :", "E-mail de l'adhérent :", "Médiateur :", "Réclamation écrite")
    for absent in (*absents, "À joindre :"):
        assert absent not in texte


def test_donnees_medicales_rappel_du_courrier_au_medecin_conseil(mutex: Organisation) -> None:
    texte = resume(mutex, donnees_medicales=True)
    assert "Informations médicales : Par courrier uniquement" in texte
    assert "Médecin Conseil de Mutex" in texte


@pytest.mark.parametrize(
    "faits",
    [
        {"contact_prealable": True, "procedure_en_cours": True},  # no written complaint yet
        {"contact_prealable": True, "reclamation_ecrite": date(2026, 10, 3)},  # too early
        {"reclamation_ecrite": date(2026, 8, 3), "reponse_recue": True},
        {
            "reclamation_ecrite": date(2026, 8, 3),
            "reponse_recue": True,
            "reponse_satisfaisante": True,
        },
        {"reclamation_ecrite": date(2025, 8, 3), "montant": MontantEnJeu.AU_PLUS_5000},
        {"reclamation_ecrite": date(2025, 8, 3), "montant": MontantEnJeu.PLUS_DE_5000},
    ],
)
@pytest.mark.parametrize("nom", ["mutex", "identites-mutuelle"])
def test_le_resume_parle_de_l_adherent_a_l_agent(
    registre: Registre, nom: str, faits: dict[str, Any]
) -> None:
    texte = resume(registre[nom], **{"contact_prealable": True, **faits})
    assert "À joindre :" in texte
    assert a_la_personne(texte) == []


def a_la_personne(texte: str) -> list[str]:
    """The lines that speak to the member ("vous", "votre", "vos") instead of of them."""
    return re.findall(r".*\b(?:vous|votre|vos)\b.*", texte, re.IGNORECASE)


def test_le_choix_du_contrat_et_les_exclusions_aussi(
    tmp_path: Path, identites: Organisation
) -> None:
    ouvert = {
        "contact_prealable": True,
        "reclamation_ecrite": date(2026, 8, 3),
        "reponse_recue": True,
        "reponse_satisfaisante": False,
    }
    exclusion = resume(identites, cas=frozenset({CasLitige.AVIS_MEDICAL}), **ouvert)
    assert "Exclusion possible : Attention : " in exclusion
    assert "La demande de l'adhérent risque" in exclusion
    deux_mediateurs.ecrire_organisation(tmp_path)
    contrat = resume(charger_registre(tmp_path)[deux_mediateurs.ID], **ouvert)
    assert "Contrat : Le médiateur dépend du contrat concerné : pour sa complémentaire" in contrat
    assert a_la_personne(exclusion) == a_la_personne(contrat) == []
