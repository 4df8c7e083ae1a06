"""The decision table of the brief §5, the dates of §4 and the health rule of §6."""

from datetime import date

import pytest

from bot.calendrier import Region
from bot.organisations import Organisation, Registre
from bot.orientation import Faits, Motif, Qualification, orienter
from bot.presentation import en_json

AUJOURDHUI = date(2026, 11, 24)


def faits(organisation: Organisation, **kwargs: object) -> Faits:
    return Faits(
        organisation=organisation, aujourdhui=kwargs.pop("aujourdhui", AUJOURDHUI), **kwargs
    )  # type: ignore[arg-type]


def test_une_demande_va_au_niveau_1_sans_mediateur(identites: Organisation) -> None:
    o = orienter(faits(identites, qualification=Qualification.DEMANDE, contact_prealable=True))
    assert o.niveau == 1
    assert o.service == "Service Relation Adhérents"
    assert o.mediateur.motifs == (Motif.DEMANDE,)
    assert o.echeances is None
    assert o.pieces_a_joindre == ()


def test_sans_contact_prealable_niveau_1_et_date_d_ouverture_si_envoi_aujourdhui(
    identites: Organisation,
) -> None:
    o = orienter(faits(identites))
    assert o.niveau == 1
    assert not o.mediateur.recevable
    assert o.mediateur.motifs == (Motif.PAS_DE_RECLAMATION_ECRITE,)
    assert o.echeances is not None and o.echeances.envoi == AUJOURDHUI
    # 24/11/2026 + 2 months = Sun 24/01/2027 → Mon 25/01 → mediator from Tue 26/01.
    assert o.mediateur.a_partir_du == date(2027, 1, 26)
    assert o.mediateur.au_plus_tard is None


def test_contact_sans_reclamation_ecrite_niveau_2_service_reclamations(mutex: Organisation) -> None:
    o = orienter(faits(mutex, contact_prealable=True))
    assert o.niveau == 2
    assert o.service == "MUTEX – Service Qualité Relations Adhérents"
    assert {c.type for c in o.canaux} == {"formulaire", "courrier"}
    assert o.mediateur.motifs == (Motif.PAS_DE_RECLAMATION_ECRITE,)


def test_reponse_insatisfaisante_dans_l_annee_donne_le_mediateur(mutex: Organisation) -> None:
    o = orienter(
        faits(
            mutex,
            contact_prealable=True,
            reclamation_ecrite=date(2026, 10, 1),
            reponse_recue=True,
            reponse_satisfaisante=False,
        )
    )
    assert o.niveau == 3
    assert o.mediateur.recevable and o.mediateur.motifs == ()
    assert o.service == "La Médiation de l'Assurance (LMA)"
    assert o.mediateur.au_plus_tard == date(2027, 10, 1)
    assert "la copie de la réclamation écrite" in o.pieces_a_joindre


def test_sans_reponse_apres_deux_mois_proroges_le_mediateur_est_ouvert(
    identites: Organisation,
) -> None:
    # Sent 31/12/2025: 2 months = Sat 28/02/2026 → Mon 02/03 → open from Tue 03/03.
    envoi = date(2025, 12, 31)
    assert (
        orienter(faits(identites, reclamation_ecrite=envoi, aujourdhui=date(2026, 3, 3))).niveau
        == 3
    )


def test_le_lendemain_des_deux_mois_non_proroges_est_encore_trop_tot(
    identites: Organisation,
) -> None:
    o = orienter(
        faits(identites, reclamation_ecrite=date(2025, 12, 31), aujourdhui=date(2026, 3, 2))
    )
    assert o.niveau == 2
    assert o.mediateur.motifs == (Motif.TROP_TOT,)
    assert o.mediateur.a_partir_du == date(2026, 3, 3)


def test_reponse_satisfaisante_pas_de_mediateur(identites: Organisation) -> None:
    o = orienter(
        faits(
            identites,
            reclamation_ecrite=date(2026, 10, 1),
            reponse_recue=True,
            reponse_satisfaisante=True,
        )
    )
    assert o.niveau == 2
    assert o.mediateur.motifs == (Motif.REPONSE_SATISFAISANTE,)
    assert o.mediateur.a_partir_du is None


def test_plus_d_un_an_apres_la_reclamation_ecrite_trop_tard(identites: Organisation) -> None:
    o = orienter(faits(identites, reclamation_ecrite=date(2025, 11, 23), reponse_recue=True))
    assert o.niveau == 2
    assert o.mediateur.motifs == (Motif.PLUS_D_UN_AN,)
    assert o.mediateur.au_plus_tard == date(2026, 11, 23)


def test_un_an_jour_pour_jour_est_encore_dans_le_delai(identites: Organisation) -> None:
    o = orienter(faits(identites, reclamation_ecrite=date(2025, 11, 24), reponse_recue=True))
    assert o.niveau == 3


def test_la_limite_d_un_an_n_est_jamais_prorogee(identites: Organisation) -> None:
    # 24/10/2026 + 1 year = Sunday 24/10/2027: the limit stays on the Sunday.
    o = orienter(faits(identites, reclamation_ecrite=date(2026, 10, 24), reponse_recue=True))
    assert o.mediateur.au_plus_tard == date(2027, 10, 24)


def test_tribunal_ou_autre_mediateur_ferme_la_mediation(mutex: Organisation) -> None:
    o = orienter(
        faits(
            mutex,
            reclamation_ecrite=date(2026, 6, 1),
            reponse_recue=True,
            reponse_satisfaisante=False,
            procedure_en_cours=True,
        )
    )
    assert o.niveau == 2
    assert o.mediateur.motifs == (Motif.PROCEDURE_EN_COURS,)


def test_seule_l_echeance_de_deux_mois_est_prorogee(mutex: Organisation) -> None:
    o = orienter(faits(mutex, reclamation_ecrite=date(2025, 12, 31), aujourdhui=date(2026, 1, 5)))
    e = o.echeances
    assert e is not None
    assert e.accuse_reception_au_plus_tard == date(2026, 1, 13)
    assert e.reponse_au_plus_tard == date(2026, 2, 28)
    assert e.reponse_au_plus_tard_prorogee == date(2026, 3, 2)
    assert e.reponse_objectif == date(2026, 1, 15)  # Mutex: 15 calendar days, not extended
    assert e.mediateur_au_plus_tard == date(2026, 12, 31)


def test_objectif_de_quinze_jours_seulement_pour_mutex(identites: Organisation) -> None:
    o = orienter(faits(identites, reclamation_ecrite=date(2026, 11, 2)))
    assert o.echeances is not None and o.echeances.reponse_objectif is None


def test_region_alsace_moselle_decale_l_accuse_de_reception(identites: Organisation) -> None:
    national = orienter(
        faits(identites, reclamation_ecrite=date(2025, 12, 19), aujourdhui=date(2026, 1, 5))
    )
    alsace = orienter(
        faits(
            identites,
            reclamation_ecrite=date(2025, 12, 19),
            aujourdhui=date(2026, 1, 5),
            region=Region.ALSACE_MOSELLE,
        )
    )
    assert national.echeances and national.echeances.accuse_reception_au_plus_tard == date(
        2026, 1, 2
    )
    assert alsace.echeances and alsace.echeances.accuse_reception_au_plus_tard == date(2026, 1, 3)


def test_donnees_medicales_route_postale_au_medecin_conseil_sans_canal_en_ligne(
    mutex: Organisation,
) -> None:
    o = orienter(faits(mutex, contact_prealable=True, donnees_medicales=True))
    assert [c.type for c in o.canaux] == ["courrier"]
    assert o.canaux[0].adresse is not None
    assert o.canaux[0].adresse[0] == "Médecin Conseil de Mutex"
    assert "140 avenue de la République" in o.canaux[0].adresse
    assert "pli confidentiel" in o.canaux[0].libelle


def test_donnees_medicales_organisation_generique_sans_adresse(registre: Registre) -> None:
    o = orienter(faits(registre.generique(), contact_prealable=True, donnees_medicales=True))
    assert o.canaux[0].adresse is None
    assert "indiquée dans votre contrat" in o.canaux[0].libelle


def test_organisation_inconnue_canaux_generiques(registre: Registre) -> None:
    o = orienter(
        faits(registre.generique(), reclamation_ecrite=date(2026, 6, 1), reponse_recue=True)
    )
    assert o.niveau == 3
    assert "conditions générales" in o.service


def test_reclamation_ecrite_posterieure_a_aujourdhui_refusee(identites: Organisation) -> None:
    with pytest.raises(ValueError):
        faits(identites, reclamation_ecrite=date(2026, 11, 25))


@pytest.mark.parametrize(
    ("kwargs", "niveau"),
    [
        ({}, 1),
        ({"contact_prealable": True}, 2),
        ({"reclamation_ecrite": date(2026, 1, 1), "reponse_recue": True}, 3),
        ({"reclamation_ecrite": date(2026, 11, 1)}, 2),
    ],
)
def test_json_garde_les_cles_de_l_interface(
    identites: Organisation, kwargs: dict[str, object], niveau: int
) -> None:
    sortie = en_json(orienter(faits(identites, **kwargs)))
    assert sortie["niveau"] == niveau
    assert {
        "qualification",
        "niveau",
        "service",
        "canaux",
        "mediateur",
        "echeances",
        "pieces_a_joindre",
        "donnees_medicales",
        "explication",
    } <= set(sortie)
    assert {"nom", "canaux", "recevable", "motifs", "a_partir_du", "au_plus_tard"} <= set(
        sortie["mediateur"]
    )
    assert {
        "envoi",
        "accuse_reception_au_plus_tard",
        "reponse_au_plus_tard",
        "reponse_au_plus_tard_prorogee",
    } <= set(sortie["echeances"])
    assert sortie["mediateur"]["recevable"] == (niveau == 3)
    assert (len(sortie["mediateur"]["motifs"]) == 0) == (niveau == 3)
    assert all(
        c["type"] in {"formulaire", "courrier", "site", "telephone"} for c in sortie["canaux"]
    )


def test_explication_donne_la_date_d_ouverture_quand_il_est_trop_tot(
    identites: Organisation,
) -> None:
    sortie = en_json(
        orienter(
            faits(identites, reclamation_ecrite=date(2025, 12, 31), aujourdhui=date(2026, 1, 5))
        )
    )
    assert "mardi 3 mars 2026" in sortie["explication"]
    assert sortie["mediateur"]["a_partir_du"] == "2026-03-03"


def test_le_mediateur_juge_lui_meme_de_sa_competence(mutex: Organisation) -> None:
    sortie = en_json(
        orienter(faits(mutex, reclamation_ecrite=date(2026, 9, 1), reponse_recue=True))
    )
    assert "vérifie lui-même" in sortie["explication"]
    assert "une seule fois" in sortie["explication"]  # LMA: online or by post, not both


def test_mutex_demande_les_copies_des_reponses_deja_recues(mutex: Organisation) -> None:
    o = orienter(faits(mutex, contact_prealable=True))
    assert "les copies des réponses écrites déjà reçues" in o.pieces_a_joindre


def test_une_demande_est_expliquee_gentiment_comme_non_reclamation(
    identites: Organisation,
) -> None:
    sortie = en_json(orienter(faits(identites, qualification=Qualification.DEMANDE)))
    assert "pas à une réclamation" in sortie["explication"]
    assert sortie["mediateur"]["motifs_codes"] == ["demande"]
