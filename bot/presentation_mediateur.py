"""How the mediator part of an orientation is said: which one, what it may refuse, what next.

Split from ``bot.presentation`` (which uses it) to keep each module to one concept; the
same sentences feed the chat, the command line, the card, the summary and the follow-up.
"""

from __future__ import annotations

from typing import Any

from bot.litige import Suite, TypeContrat
from bot.organisations import Canal, Exclusion
from bot.orientation import ChoixMediateur, Orientation

CONTRATS_EN_MOTS = {
    TypeContrat.SANTE: "votre complémentaire santé",
    TypeContrat.PREVOYANCE: "une garantie prévoyance, décès, invalidité ou dépendance",
    TypeContrat.ASSURANCE_PRET: "une assurance de prêt",
}
"""The kinds of contract in the words a person uses (the question asks with them)."""
CONTRATS_EN_MOTS_POUR_AGENT = {
    **CONTRATS_EN_MOTS,
    TypeContrat.SANTE: "sa complémentaire santé",
}
"""The same, of the member (the agent's summary)."""

CONCILIATEUR_DE_JUSTICE = Canal(
    type="site",
    libelle="Trouver un conciliateur de justice près de chez vous (gratuit)",
    url="https://www.conciliateurs.fr",
)

_SUITES = {
    Suite.CONCILIATEUR_DE_JUSTICE: (
        "Pour une demande de 5 000 € ou moins, le tribunal déclare irrecevable une action "
        "engagée sans tentative préalable de règlement amiable (Code de procédure civile, "
        "art. 750-1, depuis le 1er octobre 2023) : adressez-vous d'abord à un conciliateur "
        "de justice. C'est gratuit ; vous le trouverez sur www.conciliateurs.fr, à votre "
        "mairie ou au tribunal le plus proche."
    ),
    Suite.CONSEIL_JURIDIQUE: (
        "Pour une demande de plus de 5 000 €, faites-vous conseiller avant d'agir : un "
        "juriste (point-justice, avocat) ou une association de consommateurs. Des délais "
        "de prescription s'appliquent."
    ),
}
_SUITES_POUR_AGENT = {
    Suite.CONCILIATEUR_DE_JUSTICE: (
        "pour 5 000 € ou moins, l'adhérent s'adresse d'abord à un conciliateur de justice, "
        "gratuit (www.conciliateurs.fr, sa mairie ou le tribunal le plus proche) : sans "
        "tentative amiable, son action serait irrecevable (Code de procédure civile, "
        "art. 750-1)."
    ),
    Suite.CONSEIL_JURIDIQUE: (
        "pour plus de 5 000 €, l'adhérent se fait conseiller avant d'agir (point-justice, "
        "avocat, association de consommateurs) ; des délais de prescription s'appliquent."
    ),
}


def _contrats_en_mots(choix: ChoixMediateur, pour_agent: bool = False) -> str:
    mots = CONTRATS_EN_MOTS_POUR_AGENT if pour_agent else CONTRATS_EN_MOTS
    return ", ou ".join(mots[c] for c in choix.contrats)


def rediger_choix_du_contrat(orientation: Orientation, pour_agent: bool = False) -> str | None:
    """When the contract is unknown and the mediator depends on it: who, for what, and how to check.

    An insurer's written rejection must name the mediator (ACPR 2022-R-01), so the last
    answer tells which one applies. ``pour_agent``: of the member, not to them.
    """
    choix = orientation.mediateur.candidats
    if len(choix) < 2:
        return None
    parts = " ; ".join(f"pour {_contrats_en_mots(c, pour_agent)}, {c.mediateur.nom}" for c in choix)
    verifier = (
        "de l'organisme doit nommer le médiateur compétent : l'adhérent la vérifie avant de "
        "le saisir, et ne saisit qu'un médiateur."
        if pour_agent
        else "de votre organisme doit nommer le médiateur compétent : vérifiez-la avant de "
        "le saisir, et ne saisissez qu'un médiateur."
    )
    return (
        f"Le médiateur dépend du contrat concerné : {parts}. La dernière réponse écrite " + verifier
    )


def rediger_avertissement(
    exclusion: Exclusion, orientation: Orientation, pour_agent: bool = False
) -> str:
    """Warn that the mediator publishes an exclusion matching the case, and give the rest.

    ``pour_agent``: of the member's request, not to them.
    """
    reclamations = orientation.faits.organisation.service_reclamations
    demande = "La demande de l'adhérent" if pour_agent else "Votre demande"
    return (
        f"Attention : {exclusion.texte} {demande} risque donc de ne pas être examinée "
        "par ce médiateur, qui en décide lui-même. D'autres voies restent ouvertes : "
        f"{reclamations.nom} et la justice ; pour une demande de 5 000 € ou moins, une "
        "tentative de conciliation, gratuite, auprès d'un conciliateur de justice doit "
        "précéder le tribunal (Code de procédure civile, art. 750-1)."
    )


def avertissements(orientation: Orientation, pour_agent: bool = False) -> list[str]:
    """One warning per published exclusion that matches the case."""
    return [
        rediger_avertissement(e, orientation, pour_agent) for e in orientation.mediateur.exclusions
    ]


def rediger_suites(orientation: Orientation, pour_agent: bool = False) -> list[str]:
    """The routes left once the mediator is closed for good, one sentence each.

    ``pour_agent``: of the member in the third person (the agent's summary), not to them.
    """
    textes = _SUITES_POUR_AGENT if pour_agent else _SUITES
    return [textes[suite] for suite in orientation.suites]


def suites_en_json(orientation: Orientation) -> dict[str, Any] | None:
    """The ``apres_mediateur`` part of the payload (``None`` while the mediator is open)."""
    if not orientation.suites:
        return None
    canaux = (
        [CONCILIATEUR_DE_JUSTICE.en_json()]
        if Suite.CONCILIATEUR_DE_JUSTICE in orientation.suites
        else []
    )
    return {
        "codes": [s.value for s in orientation.suites],
        "textes": rediger_suites(orientation),
        "canaux": canaux,
        "texte_de_loi": "Code de procédure civile, art. 750-1",
    }


def candidats_en_json(orientation: Orientation) -> list[dict[str, Any]]:
    """Each mediator that may have the case, with the contracts it is named for."""
    return [
        {
            "nom": c.mediateur.nom,
            "contrats": [t.value for t in c.contrats],
            "contrats_en_mots": _contrats_en_mots(c),
            "canaux": [canal.en_json() for canal in c.mediateur.canaux],
        }
        for c in orientation.mediateur.candidats
    ]
