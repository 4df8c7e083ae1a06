"""Which reminders a dossier gets, and on which day (dates of bot.echeances)."""

from dataclasses import replace
from datetime import date, datetime

from bot.calendrier import FUSEAU
from bot.dossier import Dossier
from bot.organisations import Registre
from bot.rappels import Nature, Rappel, rappel_du, rappels_prevus
from edge.stockage.depot import Depot
from tests.exemples_dossiers import ecrite_le, enregistrer


def sans_reclamation_ecrite(depot: Depot, registre: Registre) -> Dossier:
    """Recorded Tue 24/11/2026 with no earlier written complaint: the dossier is it."""
    dossier, _ = enregistrer(depot, registre)
    return dossier


def test_dates_de_rappel_d_une_reclamation_sans_reponse(depot: Depot, registre: Registre) -> None:
    # 24/11/2026 + 10 jours ouvrables = Sat 05/12; + 2 months = Sun 24/01/2027 -> Mon 25/01
    # (CPC 642), mediator from Tue 26/01; one year = 24/11/2027, one month before = 24/10.
    assert rappels_prevus(sans_reclamation_ecrite(depot, registre)) == (
        Rappel(Nature.ACCUSE_RECEPTION, date(2026, 12, 6)),
        Rappel(Nature.MEDIATEUR, date(2027, 1, 26)),
        Rappel(Nature.LIMITE_UN_AN, date(2027, 10, 24)),
    )


def test_le_rappel_du_est_le_dernier_venu(depot: Depot, registre: Registre) -> None:
    dossier = sans_reclamation_ecrite(depot, registre)
    assert rappel_du(dossier, date(2026, 12, 5)) is None
    assert rappel_du(dossier, date(2026, 12, 6)) == Rappel(
        Nature.ACCUSE_RECEPTION, date(2026, 12, 6)
    )
    assert rappel_du(dossier, date(2027, 1, 25)).nature is Nature.ACCUSE_RECEPTION  # type: ignore[union-attr]
    assert rappel_du(dossier, date(2027, 2, 10)).nature is Nature.MEDIATEUR  # type: ignore[union-attr]
    assert rappel_du(dossier, date(2027, 11, 24)).nature is Nature.LIMITE_UN_AN  # type: ignore[union-attr]
    assert rappel_du(dossier, date(2027, 11, 25)) is None  # the window is closed


def test_reponse_insatisfaisante_seule_la_limite_d_un_an(depot: Depot, registre: Registre) -> None:
    reponses = ecrite_le(
        date(2026, 8, 3), reponse_recue=True, reponse_satisfaisante=False, procedure_en_cours=False
    )
    dossier, _ = enregistrer(depot, registre, reponses=reponses)
    assert rappels_prevus(dossier) == (Rappel(Nature.LIMITE_UN_AN, date(2027, 7, 3)),)


def test_reponse_satisfaisante_ou_tribunal_aucun_rappel_du_mediateur(
    depot: Depot, registre: Registre
) -> None:
    satisfait, _ = enregistrer(
        depot,
        registre,
        reponses=ecrite_le(date(2026, 11, 3), reponse_recue=True, reponse_satisfaisante=True),
    )
    tribunal, _ = enregistrer(
        depot, registre, reponses=ecrite_le(date(2026, 11, 20), procedure_en_cours=True)
    )
    assert rappels_prevus(satisfait) == ()
    assert [r.nature for r in rappels_prevus(tribunal)] == [Nature.ACCUSE_RECEPTION]


def test_une_date_deja_passee_a_l_enregistrement_n_est_pas_rappelee(
    depot: Depot, registre: Registre
) -> None:
    dossier, _ = enregistrer(depot, registre, reponses=ecrite_le(date(2026, 8, 3)))
    assert [r.nature for r in rappels_prevus(dossier)] == [Nature.LIMITE_UN_AN]
    plus_tard = replace(dossier, cree_le=datetime(2027, 7, 10, 9, tzinfo=FUSEAU))
    assert rappels_prevus(plus_tard) == ()
