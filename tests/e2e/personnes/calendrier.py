"""The test author's own reading of the domain brief (shared/domain.md §4-§5).

Written independently of the bot: it only serves to double-check the expected
dates typed by hand in scenarios.yml (test_attendus_coherents)."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

AUJOURD_HUI = date(2026, 11, 24)


def feries(annee: int) -> set[date]:
    p = easter(annee)
    return {
        date(annee, 1, 1),
        p + timedelta(days=1),
        date(annee, 5, 1),
        date(annee, 5, 8),
        p + timedelta(days=39),
        p + timedelta(days=50),
        date(annee, 7, 14),
        date(annee, 8, 15),
        date(annee, 11, 1),
        date(annee, 11, 11),
        date(annee, 12, 25),
    }


def chome(d: date) -> bool:
    return d.weekday() >= 5 or d in feries(d.year)


def proroge(d: date) -> date:
    while chome(d):
        d += timedelta(days=1)
    return d


def mediateur_a_partir_du(envoi: date) -> date:
    """Day after the 2-month answer date, extended per CPC 642."""
    return proroge(envoi + relativedelta(months=2)) + timedelta(days=1)


def limite_un_an(envoi: date) -> date:
    return envoi + relativedelta(years=1)


def attendu(faits: dict, nature: str = "reclamation") -> dict:
    """Expected issue and dates from the facts, per the brief's table (§5)."""
    if nature == "demande":
        return {"issue": "demande", "dates": []}
    if not faits.get("contact"):
        return {"issue": "niveau1", "dates": []}
    if not faits.get("ecrit"):
        return {"issue": "niveau2_sans_ecrit", "dates": [mediateur_a_partir_du(AUJOURD_HUI)]}
    envoi = faits["date_ecrit"]
    if limite_un_an(envoi) < AUJOURD_HUI:
        return {"issue": "trop_tard", "dates": []}
    if faits.get("tribunal"):
        return {"issue": "tribunal", "dates": []}
    if faits.get("reponse"):
        if faits.get("satisfait"):
            return {"issue": "niveau2_satisfait", "dates": []}
        return {"issue": "niveau3", "dates": [limite_un_an(envoi)]}
    debut = mediateur_a_partir_du(envoi)
    if debut <= AUJOURD_HUI:
        return {"issue": "niveau3", "dates": [limite_un_an(envoi)]}
    return {"issue": "attendre", "dates": [debut]}
