"""Sentences about an orientation and recorded dossiers: the lead sentence of the card, the
time of a record, the follow-up, a restriction."""

from datetime import date, datetime
from typing import Any

from bot.calendrier import FUSEAU
from bot.organisations import Organisation
from bot.orientation import Faits, Qualification, orienter
from bot.presentation import (
    en_json,
    horodatage_en_francais,
    rediger_chapeau,
    rediger_explication,
    rediger_restriction,
    rediger_suivi,
)

ECRITE = date(2026, 10, 3)


def suivi(mutex: Organisation, aujourdhui: date, **faits: bool) -> str:
    return rediger_suivi(
        orienter(
            Faits(mutex, aujourdhui, contact_prealable=True, reclamation_ecrite=ECRITE, **faits)
        )
    )


def chapeau(organisation: Organisation, **faits: Any) -> str:
    return rediger_chapeau(orienter(Faits(organisation, date(2026, 11, 24), **faits)))


def test_chapeau_dit_quoi_faire_et_laisse_la_fiche_donner_le_detail(
    mutex: Organisation,
) -> None:
    assert chapeau(mutex, qualification=Qualification.DEMANDE).startswith(
        "Votre message ressemble à une demande"
    )
    assert chapeau(mutex, contact_prealable=True).startswith(
        "Adressez une réclamation écrite à : MUTEX – Service Qualité Relations Adhérents."
    )
    assert chapeau(mutex, contact_prealable=True, reclamation_ecrite=ECRITE).startswith(
        "Votre réclamation écrite suit son cours"
    )
    ouvert = {"reclamation_ecrite": ECRITE, "reponse_recue": True}
    assert chapeau(mutex, contact_prealable=True, **ouvert).startswith(
        "Vous pouvez saisir le médiateur"
    )
    satisfait = {**ouvert, "reponse_satisfaisante": True}
    assert chapeau(mutex, contact_prealable=True, **satisfait).startswith(
        "Le médiateur ne peut pas être saisi"
    )


def test_chapeau_court_sans_les_dates_de_la_fiche(mutex: Organisation) -> None:
    orientation = orienter(
        Faits(mutex, date(2026, 11, 24), contact_prealable=True, reclamation_ecrite=ECRITE)
    )
    sortie = en_json(orientation)
    assert sortie["chapeau"] == rediger_chapeau(orientation)
    assert "2026" not in sortie["chapeau"] and len(sortie["chapeau"]) < 160
    assert len(sortie["explication"]) > 2 * len(sortie["chapeau"])


def test_horodatage_a_la_francaise() -> None:
    instant = datetime(2026, 11, 24, 9, 5, tzinfo=FUSEAU)
    assert horodatage_en_francais(instant) == "mardi 24 novembre 2026 à 9 h 05"


def test_suivi_dates_passees_et_a_venir_et_ouverture_du_mediateur(mutex: Organisation) -> None:
    texte = suivi(mutex, date(2026, 11, 24))
    passees, a_venir = texte.split("Dates passées : ")[1].split("Dates à venir : ")
    assert "jeudi 15 octobre 2026" in passees and "dimanche 18 octobre 2026" in passees
    assert "jeudi 3 décembre 2026" in a_venir and "dimanche 3 octobre 2027" in a_venir
    assert "à partir du vendredi 4 décembre 2026" in texte
    assert "dès maintenant" not in texte


def test_suivi_sans_reponse_apres_deux_mois_mediateur_ouvert(mutex: Organisation) -> None:
    texte = suivi(mutex, date(2026, 12, 4))
    assert "Vous pouvez saisir le médiateur dès maintenant" in texte
    assert "https://formulaire.mediation-assurance.org" in texte
    assert "Dates à venir : médiateur au plus tard le dimanche 3 octobre 2027." in texte


def test_suivi_apres_une_reponse_sans_les_dates_de_reponse(mutex: Organisation) -> None:
    texte = suivi(mutex, date(2026, 11, 24), reponse_recue=True, reponse_satisfaisante=False)
    assert "accusé de réception" not in texte and "dès maintenant" in texte


def test_suivi_plus_d_un_an_apres_trop_tard(mutex: Organisation) -> None:
    texte = suivi(mutex, date(2027, 10, 4))
    assert "Dates à venir" not in texte
    assert "le médiateur ne peut plus être saisi" in texte


def test_restriction_dit_jusqu_a_quand_et_pourquoi() -> None:
    texte = rediger_restriction(date(2027, 10, 3))
    assert "dimanche 3 octobre 2027" in texte and "restreint" in texte


def test_une_echeance_passee_est_dite_au_passe(mutex: Organisation) -> None:
    faits = Faits(mutex, date(2026, 11, 24), contact_prealable=True, reclamation_ecrite=ECRITE)
    texte = rediger_explication(orienter(faits))
    assert "L'accusé de réception était dû au plus tard le jeudi 15 octobre 2026." in texte
    avant = Faits(mutex, date(2026, 10, 5), contact_prealable=True, reclamation_ecrite=ECRITE)
    texte = rediger_explication(orienter(avant))
    assert "L'accusé de réception est dû au plus tard le jeudi 15 octobre 2026." in texte


def test_au_niveau_2_les_pieces_vont_au_service_reclamations(mutex: Organisation) -> None:
    orientation = orienter(Faits(mutex, date(2026, 11, 24), contact_prealable=True))
    assert orientation.niveau == 2
    texte = rediger_explication(orientation)
    assert f"À joindre à votre réclamation écrite, pour {orientation.service} :" in texte
