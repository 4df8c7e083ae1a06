"""The dated summary and the letters, in French administrative form, as text and HTML."""

from datetime import date
from typing import Any

import pytest

from bot.conservation import Statut
from bot.dossier import Dossier
from bot.lettres import (
    Lettre,
    en_html,
    en_texte,
    libelle_du_lien,
    par_courrier,
    rediger_lettre,
    rediger_recapitulatif,
)
from bot.organisations import Registre
from bot.orientation import orienter
from bot.parcours import Reponses, construire_faits
from bot.presentation import rediger_explication
from tests.exemples_dossiers import MAINTENANT, ecrite_le, reclamation

REFERENCE = "MX-2026-7KQ4-M2XD"
MEDIATEUR_OUVERT = ecrite_le(
    date(2026, 8, 3), reponse_recue=True, reponse_satisfaisante=False, procedure_en_cours=False
)


def lettre(registre: Registre, organisation: str = "mutex", **champs: Any) -> Lettre:
    r = reclamation(organisation, **champs)
    dossier = Dossier(REFERENCE, r, MAINTENANT, Statut.ACTIF, {}, registre[organisation])
    return rediger_lettre(dossier)


def test_recapitulatif_date_avec_ce_qui_sera_enregistre(registre: Registre) -> None:
    r = reclamation(reponses=ecrite_le(date(2026, 10, 3)))
    texte = rediger_recapitulatif(r, registre["mutex"], date(2026, 11, 24))
    assert texte.startswith("Récapitulatif au mardi 24 novembre 2026 :")
    for attendu in (
        "Mutex",
        "Jeanne Dupont",
        "non communiqué",
        "jeanne.dupont@exemple.fr",
        "réclamation écrite du samedi 3 octobre 2026",
        "Le remboursement de mes lunettes a été refusé",
        "la facture et le courrier de refus",
    ):
        assert attendu in texte


def test_une_date_donnee_comme_une_plage_est_dite_comme_une_plage(registre: Registre) -> None:
    plage = ecrite_le(
        date(2026, 3, 1),
        fin_date_reclamation_ecrite=date(2026, 3, 10),
        reponse_recue=True,
        reponse_satisfaisante=False,
        procedure_en_cours=False,
    )
    texte = rediger_recapitulatif(reclamation(reponses=plage), registre["mutex"], MAINTENANT.date())
    assert "réclamation écrite envoyée entre le dimanche 1er mars 2026 et le mardi 10 mars" in texte
    courrier = " ".join(lettre(registre, reponses=plage).paragraphes)
    assert courrier.startswith("Je sollicite")
    assert "Entre le dimanche 1er mars 2026 et le mardi 10 mars 2026, j'ai adressé" in courrier
    attente = ecrite_le(
        date(2026, 10, 1), fin_date_reclamation_ecrite=date(2026, 10, 10), reponse_recue=False
    )
    faits = construire_faits(attente, registre["mutex"], MAINTENANT.date())
    assert "Envoi de la réclamation écrite entre le jeudi 1er octobre 2026 et le samedi 10 " in (
        rediger_explication(orienter(faits))
    )


def test_niveau_2_au_service_reclamations_avec_son_adresse(registre: Registre) -> None:
    courrier = lettre(registre, "identites-mutuelle", numero_adherent="AB123456")
    assert courrier.titre == "Lettre de réclamation"
    assert courrier.destinataire == (
        "Identités Mutuelle",
        "Service Qualité Réclamations",
        "BP 20836",
        "75828 Paris Cedex 17",
    )
    assert (
        courrier.expediteur[0] == "Jeanne Dupont"
        and "jeanne.dupont@exemple.fr" in courrier.expediteur[2]
    )
    assert courrier.date == "Le mardi 24 novembre 2026"
    assert courrier.objet == "Réclamation"
    assert courrier.references == (
        f"Référence du dossier : {REFERENCE}",
        "Numéro d'adhérent : AB123456",
    )
    texte = " ".join(courrier.paragraphes)
    assert "J'ai déjà signalé ce problème" in texte
    assert "Le remboursement de mes lunettes a été refusé." in texte
    assert "10 jours ouvrables" in texte and "2 mois" in texte
    assert courrier.pieces == ("la facture et le courrier de refus",)
    assert courrier.politesse.startswith("Je vous prie d'agréer, Madame, Monsieur, l'expression")


def test_niveau_1_sans_voie_postale_le_texte_a_coller_dans_le_formulaire(
    registre: Registre,
) -> None:
    """Level 1 is an online form only: no letter to post, the text to paste into it."""
    courrier = lettre(registre, reponses=Reponses(contact_prealable=False))
    assert courrier.formulaire == "https://www.mutex.fr"
    assert "J'ai déjà signalé" not in " ".join(courrier.paragraphes)
    texte, page = en_texte(courrier), en_html(courrier)
    assert texte.startswith("Objet : Réclamation")  # no sender nor recipient blocks
    assert "[votre adresse postale]" not in texte and "[votre adresse postale]" not in page
    assert 'href="https://www.mutex.fr" target="_blank"' in page
    assert "Imprimez" not in page and "<h1>Lettre de réclamation : le texte à coller</h1>" in page


@pytest.mark.parametrize(
    ("organisation", "reponses", "libelle"),
    [
        ("mutex", Reponses(contact_prealable=False), "Le texte de votre réclamation, à coller"),
        ("identites-mutuelle", Reponses(contact_prealable=True), "Votre lettre de réclamation"),
        ("mutex", MEDIATEUR_OUVERT, "Votre saisine du médiateur"),
        ("autre", MEDIATEUR_OUVERT, "Le texte de votre saisine du médiateur, à coller"),
    ],
)
def test_le_lien_dit_quelle_lettre_et_s_il_y_a_une_voie_postale(
    registre: Registre, organisation: str, reponses: Reponses, libelle: str
) -> None:
    r = reclamation(organisation, reponses=reponses)
    faits = construire_faits(r.reponses, registre[organisation], MAINTENANT.date())
    orientation = orienter(faits)
    assert libelle_du_lien(orientation).startswith(libelle)
    assert par_courrier(orientation) is libelle.startswith("Votre")


def test_une_lettre_postale_nomme_l_adresse_du_destinataire(registre: Registre) -> None:
    courrier = lettre(registre, "identites-mutuelle", reponses=Reponses(contact_prealable=True))
    assert courrier.formulaire is None
    assert "BP 20836" in " ".join(courrier.destinataire)
    assert "BP 20836" in en_html(courrier) and "Imprimez" in en_html(courrier)


def test_relance_d_une_reclamation_restee_sans_reponse(registre: Registre) -> None:
    courrier = lettre(registre, reponses=ecrite_le(date(2026, 10, 3), reponse_recue=False))
    assert courrier.objet == "Réclamation, suite à ma réclamation écrite du samedi 3 octobre 2026"
    assert "restée sans réponse à ce jour" in courrier.paragraphes[0]


def test_niveau_3_saisine_du_mediateur_apres_une_reponse_insatisfaisante(
    registre: Registre,
) -> None:
    reponses = ecrite_le(
        date(2026, 8, 3), reponse_recue=True, reponse_satisfaisante=False, procedure_en_cours=False
    )
    courrier = lettre(registre, reponses=reponses)
    assert courrier.titre == "Saisine du médiateur"
    assert courrier.destinataire == (
        "La Médiation de l'Assurance",
        "TSA 50110",
        "75441 Paris Cedex 09",
    )
    assert courrier.objet == "Saisine du médiateur, litige avec Mutex"
    assert courrier.appel == "Madame, Monsieur le Médiateur,"
    texte = " ".join(courrier.paragraphes)
    assert "Le lundi 3 août 2026, j'ai adressé une réclamation écrite à Mutex." in texte
    assert "La réponse reçue ne me satisfait pas." in texte
    assert "Aucun tribunal ni aucun autre médiateur" in texte
    assert courrier.pieces == (
        "copie de ma réclamation écrite du lundi 3 août 2026",
        "copie de la réponse reçue",
        "la facture et le courrier de refus",
    )


def test_niveau_3_sans_reponse_apres_le_delai_proroge(registre: Registre) -> None:
    reponses = ecrite_le(date(2026, 8, 3), reponse_recue=False, procedure_en_cours=False)
    courrier = lettre(registre, "identites-mutuelle", reponses=reponses)
    assert courrier.destinataire[0] == "Monsieur le Médiateur"
    assert "aucune réponse dans le délai de 2 mois, échu le lundi 5 octobre 2026" in " ".join(
        courrier.paragraphes
    )


def test_informations_medicales_au_medecin_conseil_sous_pli_confidentiel(
    registre: Registre,
) -> None:
    reponses = Reponses(contact_prealable=True, donnees_medicales=True)
    courrier = lettre(registre, reponses=reponses)
    assert courrier.destinataire[:2] == (
        "Médecin Conseil de Mutex",
        "MUTEX – Service Qualité Relations Adhérents",
    )
    assert any("pli confidentiel" in p for p in courrier.paragraphes)


def test_organisme_inconnu_la_lettre_dit_mon_assureur(registre: Registre) -> None:
    reponses = ecrite_le(date(2026, 8, 3), reponse_recue=True, procedure_en_cours=False)
    courrier = lettre(registre, "autre", reponses=reponses)
    assert courrier.objet == "Saisine du médiateur, litige avec mon assureur"


def test_texte_dans_l_ordre_administratif(registre: Registre) -> None:
    texte = en_texte(lettre(registre, "identites-mutuelle"))
    ordre = [
        "Jeanne Dupont",
        "Service Qualité Réclamations",
        "Le mardi 24 novembre 2026",
        "Objet : Réclamation",
        f"Référence du dossier : {REFERENCE}",
        "Madame, Monsieur,",
        "Objet de ma réclamation",
        "Je vous prie d'agréer",
        "Pièces jointes :\n- la facture et le courrier de refus",
    ]
    positions = [texte.index(morceau) for morceau in ordre]
    assert positions == sorted(positions)


def test_html_imprimable_et_echappe(registre: Registre) -> None:
    piege = "<script>alert('x')</script> & co"
    courrier = lettre(registre, nature=piege, nom="O'Brien<b>")
    page = en_html(courrier)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fr">' in page
    assert "@media print" in page and "size: A4" in page
    assert page.count("<main>") == 1 and page.count("<h1>") == 1  # axe: landmark, heading
    assert "justify" not in page  # no gaps spread across a line on a 390 px screen
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co" in page
    assert piege in en_texte(courrier)
