"""Scripted people: what they type, and the level they must be sent to (today 2026-11-24)."""

from __future__ import annotations

from dataclasses import dataclass

IDENTITE = (
    "je n'en ai pas",
    "Dupont",
    "Jeanne",
    "jeanne.dupont@exemple.fr",
    "Le remboursement de mes lunettes a été refusé",
    "la facture et le courrier de refus",
)
"""The answers to the identity questions, from the member number to the documents."""
QUESTIONS_D_UN_FORMULAIRE_COMPLET = 1 + 13
"""Turns of a form that asks everything: the problem, then every slot of the complaint."""


@dataclass(frozen=True)
class Scenario:
    """One scripted conversation and its expected orientation."""

    nom: str
    organisation: str
    messages: tuple[str, ...]
    niveau: int
    qualification: str = "reclamation"


SCENARIOS = (
    Scenario(
        "demande", "identites-mutuelle", ("comment je fais pour changer mon RIB ?",), 1, "demande"
    ),
    Scenario(
        "sans contact",
        "mutex",
        ("ma mutuelle refuse de rembourser mes lunettes", "non", *IDENTITE),
        1,
    ),
    Scenario(
        "médiateur",
        "mutex",
        (
            "puis-je saisir le médiateur ?",
            "oui",
            "oui",
            "le 3 août",
            "oui",
            "non",
            "non",
            *IDENTITE,
        ),
        3,
    ),
    Scenario(
        "trop tôt",
        "mutex",
        ("J'ai envoyé une réclamation écrite le 3 octobre et toujours aucune réponse", *IDENTITE),
        2,
    ),
    Scenario(
        "plus d'un an",
        "identites-mutuelle",
        (
            "je conteste une décision de ma mutuelle",
            "oui",
            "oui",
            "12/10/2025",
            "oui",
            "non",
            "300 €",
            *IDENTITE,
        ),
        2,
    ),
)


def scenario(nom: str) -> Scenario:
    """The scripted conversation called ``nom``."""
    return next(s for s in SCENARIOS if s.nom == nom)
