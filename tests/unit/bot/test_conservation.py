"""Retention of personal data (brief §7): dossiers and conversations."""

from datetime import date, datetime, timedelta

import pytest

from bot.calendrier import FUSEAU
from bot.conservation import (
    Decision,
    Durees,
    Statut,
    conversations_expirees_avant,
    decider,
    litige_ouvert,
)

RECLAMATION = date(2026, 1, 15)
DUREES = Durees()


@pytest.mark.parametrize(
    ("statut", "aujourdhui", "attendu"),
    [
        (Statut.ACTIF, date(2027, 1, 15), Decision.GARDER),  # last day of the mediation window
        (Statut.ACTIF, date(2027, 1, 16), Decision.ARCHIVER),
        (Statut.ARCHIVE, date(2032, 1, 15), Decision.GARDER),  # 1 + 5 years
        (Statut.ARCHIVE, date(2032, 1, 16), Decision.SUPPRIMER),
        (Statut.ACTIF, date(2032, 1, 16), Decision.SUPPRIMER),  # a purge missed for years
        (Statut.RESTREINT, date(2027, 1, 15), Decision.GARDER),
        (Statut.RESTREINT, date(2027, 1, 16), Decision.SUPPRIMER),
    ],
)
def test_actif_un_an_archive_cinq_ans_puis_supprime(
    statut: Statut, aujourdhui: date, attendu: Decision
) -> None:
    assert decider(statut, RECLAMATION, aujourdhui, DUREES) is attendu


def test_reclamation_du_29_fevrier_active_jusqu_au_28_fevrier() -> None:
    assert decider(Statut.ACTIF, date(2028, 2, 29), date(2029, 2, 28), DUREES) is Decision.GARDER
    assert decider(Statut.ACTIF, date(2028, 2, 29), date(2029, 3, 1), DUREES) is Decision.ARCHIVER


def test_durees_configurables() -> None:
    courtes = Durees(actif_ans=2, archive_ans=1)
    assert decider(Statut.ACTIF, RECLAMATION, date(2027, 6, 1), courtes) is Decision.GARDER
    assert decider(Statut.ARCHIVE, RECLAMATION, date(2029, 1, 16), courtes) is Decision.SUPPRIMER


def test_litige_ouvert_tant_que_le_mediateur_peut_etre_saisi() -> None:
    assert litige_ouvert(RECLAMATION, date(2027, 1, 15))
    assert not litige_ouvert(RECLAMATION, date(2027, 1, 16))


def test_conversations_gardees_30_jours_apres_le_dernier_message() -> None:
    maintenant = datetime(2026, 11, 24, 10, 0, tzinfo=FUSEAU)
    assert conversations_expirees_avant(maintenant, DUREES) == maintenant - timedelta(days=30)
