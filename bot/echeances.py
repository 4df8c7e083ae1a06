"""The dates that apply to one written complaint (domain brief §4).

Every date runs from the sending date of the **first** written complaint, whichever
service received it (Mutex seed page; ACPR 2022-R-01). Only the 2-month answer date is
extended when it ends on a Saturday, Sunday or holiday: the acknowledgement date, the
15-day target and the one-year mediator limit are never extended, because for a limit
the person must meet, the earlier date is the safe one to tell.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bot.calendrier import (
    Region,
    ajouter_ans,
    ajouter_jours_ouvrables,
    ajouter_mois,
    proroger_au_jour_ouvrable,
)
from bot.organisations import Engagements


@dataclass(frozen=True)
class Echeances:
    """Deadlines of one written complaint, all computed from its sending date."""

    envoi: date
    accuse_reception_au_plus_tard: date
    reponse_au_plus_tard: date
    reponse_au_plus_tard_prorogee: date
    reponse_objectif: date | None
    mediateur_a_partir_du: date
    mediateur_au_plus_tard: date

    def en_json(self) -> dict[str, str | None]:
        """Return the deadlines as ISO dates, keyed by the interface's names."""
        return {
            "envoi": self.envoi.isoformat(),
            "accuse_reception_au_plus_tard": self.accuse_reception_au_plus_tard.isoformat(),
            "reponse_au_plus_tard": self.reponse_au_plus_tard.isoformat(),
            "reponse_au_plus_tard_prorogee": self.reponse_au_plus_tard_prorogee.isoformat(),
            "reponse_objectif": self.reponse_objectif.isoformat()
            if self.reponse_objectif
            else None,
            "mediateur_a_partir_du": self.mediateur_a_partir_du.isoformat(),
            "mediateur_au_plus_tard": self.mediateur_au_plus_tard.isoformat(),
        }


def accuse_reception_au_plus_tard(envoi: date, jours_ouvrables: int, region: Region) -> date:
    """Last day for the acknowledgement: N jours ouvrables after sending, not extended.

    Source: both seed pages ("10 jours ouvrables à compter de votre envoi"); CPC 641 for
    not counting the sending day.
    """
    return ajouter_jours_ouvrables(envoi, jours_ouvrables, region)


def reponse_au_plus_tard(envoi: date, mois: int) -> date:
    """Last day for the answer: N months after sending, end-of-month rule (CPC 641)."""
    return ajouter_mois(envoi, mois)


def mediateur_a_partir_du(reponse_prorogee: date) -> date:
    """First day the mediator may be referred for want of an answer.

    The day after the extended answer date (Code de la consommation L612-2; CPC 642), so
    that nobody is sent to the mediator a day too early.
    """
    return reponse_prorogee + timedelta(days=1)


def mediateur_au_plus_tard(envoi: date) -> date:
    """Last day to refer the mediator: one year after the written complaint, not extended.

    Source: Code de la consommation L612-2 (a referral made more than one year after the
    written complaint is inadmissible).
    """
    return ajouter_ans(envoi, 1)


def calculer_echeances(envoi: date, engagements: Engagements, region: Region) -> Echeances:
    """Compute every deadline of a written complaint sent on ``envoi``."""
    reponse = reponse_au_plus_tard(envoi, engagements.reponse_mois)
    prorogee = proroger_au_jour_ouvrable(reponse, region)
    objectif = engagements.objectif_reponse_jours_calendaires
    return Echeances(
        envoi=envoi,
        accuse_reception_au_plus_tard=accuse_reception_au_plus_tard(
            envoi, engagements.accuse_reception_jours_ouvrables, region
        ),
        reponse_au_plus_tard=reponse,
        reponse_au_plus_tard_prorogee=prorogee,
        reponse_objectif=envoi + timedelta(days=objectif) if objectif else None,
        mediateur_a_partir_du=mediateur_a_partir_du(prorogee),
        mediateur_au_plus_tard=mediateur_au_plus_tard(envoi),
    )
