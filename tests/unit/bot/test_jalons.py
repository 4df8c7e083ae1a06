"""One list of milestones, written the same way in the text, the summary and the card."""

from datetime import date

from bot.jalons import date_en_francais, jalons
from bot.organisations import Organisation
from bot.orientation import Faits, Qualification, orienter

AUJOURDHUI = date(2026, 11, 24)


def codes_et_dates(organisation: Organisation, **faits: object) -> dict[str, tuple[str, bool]]:
    orientation = orienter(Faits(organisation, AUJOURDHUI, **faits))  # type: ignore[arg-type]
    return {j.code: (j.date_fr, j.passe) for j in jalons(orientation)}


def test_premier_du_mois_ecrit_1er() -> None:
    assert date_en_francais(date(2026, 12, 1)) == "mardi 1er décembre 2026"


def test_reclamation_sans_reponse_dates_passees_marquees(identites: Organisation) -> None:
    dates = codes_et_dates(identites, contact_prealable=True, reclamation_ecrite=date(2026, 10, 3))
    assert dates == {
        "envoi": ("samedi 3 octobre 2026", True),
        "accuse_reception": ("jeudi 15 octobre 2026", True),
        "reponse": ("jeudi 3 décembre 2026", False),
        "mediateur_a_partir_du": ("vendredi 4 décembre 2026", False),
        "mediateur_au_plus_tard": ("dimanche 3 octobre 2027", False),
    }


def test_apres_une_reponse_plus_de_dates_de_reponse(mutex: Organisation) -> None:
    dates = codes_et_dates(
        mutex,
        contact_prealable=True,
        reclamation_ecrite=date(2026, 8, 3),
        reponse_recue=True,
        reponse_satisfaisante=False,
    )
    assert set(dates) == {"envoi", "mediateur_au_plus_tard"}


def test_objectif_de_mutex_entre_les_dates(mutex: Organisation) -> None:
    dates = codes_et_dates(mutex, contact_prealable=True, reclamation_ecrite=date(2026, 11, 20))
    assert dates["reponse_objectif"] == ("samedi 5 décembre 2026", False)
    assert list(dates)[:3] == ["envoi", "accuse_reception", "reponse_objectif"]


def test_une_demande_n_a_pas_de_jalons(mutex: Organisation) -> None:
    assert codes_et_dates(mutex, qualification=Qualification.DEMANDE) == {}
