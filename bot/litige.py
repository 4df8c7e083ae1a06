"""The dispute itself: which contract, what it is about, how much is at stake.

Three facts decide which mediator to name, what it may refuse, and where to go when it
is closed (domain brief §8):

- the kind of contract (``TypeContrat``): a mutuelle's own health cover often has one
  mediator, the guarantees it distributes for an insurer (prévoyance, assurance de prêt)
  another;
- what the dispute is about (``CasLitige``), matched against the exclusions mediators
  publish (CNPM: the medical advisers' opinion, the general pricing policy, the legal
  recovery of contributions, social-fund decisions);
- the sum at stake (``MontantEnJeu``): since 1 October 2023 (décret 2023-357, CPC art.
  750-1) a claim of at most 5 000 € is inadmissible in court without a prior attempt at
  amicable resolution, the conciliateur de justice being the free and usual one.

The readers of free answers follow ``bot.faits``: folded text, plain patterns. Reading a
case kind (``lire_cas``) errs on the side of warning: a false match costs a warning, the
mediator staying named.
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import Enum

from bot.saisie import interpreter_oui_non
from bot.texte import normaliser

SEUIL_TENTATIVE_AMIABLE = Decimal(5000)
"""CPC art. 750-1: up to this sum (in euros), an amicable attempt must precede court."""


class TypeContrat(str, Enum):
    """The kind of contract a dispute concerns (keys of an organisation's ``mediateurs``)."""

    SANTE = "sante"
    PREVOYANCE = "prevoyance"
    ASSURANCE_PRET = "assurance_pret"


class CasLitige(str, Enum):
    """What a dispute is about, when a mediator's published exclusion may match it."""

    AVIS_MEDICAL = "avis_medical"
    """The opinion of the medical or dental advisers (contrôle médical) is contested."""
    TARIFICATION = "tarification"
    """The general pricing policy voted by the mutuelle's assembly."""
    RECOUVREMENT = "recouvrement"
    """The legal procedures for recovering contributions."""
    FONDS_SOCIAL = "fonds_social"
    """A decision of the social fund (action sociale)."""


class MontantEnJeu(str, Enum):
    """The sum at stake, as CPC art. 750-1 sorts it."""

    AU_PLUS_5000 = "au_plus_5000"
    PLUS_DE_5000 = "plus_de_5000"
    INCONNU = "inconnu"


class Suite(str, Enum):
    """Where to go when the mediator is closed for good (more than a year has passed)."""

    CONCILIATEUR_DE_JUSTICE = "conciliateur_de_justice"
    CONSEIL_JURIDIQUE = "conseil_juridique"


def classer_montant(euros: Decimal | None) -> MontantEnJeu:
    """Sort a sum against the 5 000 € threshold of CPC art. 750-1 ("at most" is included)."""
    if euros is None:
        return MontantEnJeu.INCONNU
    return (
        MontantEnJeu.AU_PLUS_5000 if euros <= SEUIL_TENTATIVE_AMIABLE else MontantEnJeu.PLUS_DE_5000
    )


def suites_hors_mediation(montant: MontantEnJeu) -> tuple[Suite, ...]:
    """The routes left when the mediator's one-year limit has passed (brief §8).

    Source: CPC art. 750-1 (décret 2023-357, in force since 1 October 2023): a claim of
    at most 5 000 € needs a prior attempt at amicable resolution, the conciliateur de
    justice being free; above, a legal adviser or a consumer association. When the sum
    is unknown, both are given, each with its condition.
    """
    if montant is MontantEnJeu.AU_PLUS_5000:
        return (Suite.CONCILIATEUR_DE_JUSTICE,)
    if montant is MontantEnJeu.PLUS_DE_5000:
        return (Suite.CONSEIL_JURIDIQUE,)
    return (Suite.CONCILIATEUR_DE_JUSTICE, Suite.CONSEIL_JURIDIQUE)


# --- reading free answers -------------------------------------------------------------

_NE_SAIT_PAS = re.compile(
    r"\b(?:(?:je )?ne sais (?:pas|plus)|(?:je )?sais pas|ne sait pas|aucune idee"
    r"|pas sure?|je ne suis pas sure?|inconnue?|je l'ignore|ne se souvient pas)\b"
)
_CONTRATS = {
    TypeContrat.SANTE: re.compile(
        r"\b(?:sante|complementaire|soins?|remboursements?|frais medicaux|optique|dentaire"
        r"|hospitalisation|lunettes)\b"
    ),
    TypeContrat.PREVOYANCE: re.compile(
        r"\b(?:prevoyance|deces|invalidite|incapacite|dependance|obseques|capital"
        r"|rente|indemnites journalieres)\b"
    ),
    TypeContrat.ASSURANCE_PRET: re.compile(
        r"\b(?:prets?|emprunts?|emprunteurs?|credits?|immobilier)\b"
    ),
}


def lire_contrats(texte: str) -> frozenset[TypeContrat] | None:
    """Read which kinds of contract an answer names.

    Returns:
        The kinds named ("prévoyance ou prêt" names two); the empty set when the person
        does not know ("je ne sais pas"); ``None`` when the answer names none.

    """
    replie = normaliser(texte)
    if _NE_SAIT_PAS.search(replie):
        return frozenset()
    trouves = frozenset(t for t, motif in _CONTRATS.items() if motif.search(replie))
    return trouves or None


def codes_contrats(texte: str) -> list[str] | None:
    """The ``contrat`` slot's value for an answer: the codes named, sorted (``lire_contrats``)."""
    contrats = lire_contrats(texte)
    return None if contrats is None else sorted(c.value for c in contrats)


_CAS = {
    CasLitige.AVIS_MEDICAL: re.compile(
        r"\b(?:medecins?|dentistes?|chirurgiens? dentistes?|praticiens?) conseils?\b"
        r"|\b(?:controle|expert|expertise|avis|examen) medica(?:l|le|ux)\b"
        r"|\bmedecin (?:de|du|de la) (?:mutuelle|l'assureur|l'assurance|compagnie)\b"
    ),
    CasLitige.TARIFICATION: re.compile(
        r"\b(?:hausse|augmentation|relevement)s? (?:\S+ ){0,3}?(?:cotisations?|tarifs?)\b"
        r"|\bpolitique tarifaire\b|\bassemblee generale\b|\bgrille tarifaire\b"
    ),
    CasLitige.RECOUVREMENT: re.compile(
        r"\brecouvrement\b|\bhuissier\b|\bcommissaire de justice\b|\binjonction de payer\b"
        r"|\bmise en demeure de payer\b"
    ),
    CasLitige.FONDS_SOCIAL: re.compile(
        r"\bfonds (?:social|d'action sociale|de solidarite)\b|\baction sociale\b"
        r"|\baide (?:sociale|exceptionnelle|financiere exceptionnelle)\b"
    ),
}


def lire_cas(texte: str) -> frozenset[CasLitige]:
    """Read what a message says the dispute is about, among the cases exclusions name.

    "Le médecin conseil a refusé", "je conteste l'avis du dentiste conseil" or "après le
    contrôle médical" are a dispute of the medical advisers' opinion; "la hausse de ma
    cotisation" the pricing policy; "un huissier", "le recouvrement" the recovery of
    contributions; "le fonds social" a social-fund decision.
    """
    replie = normaliser(texte)
    return frozenset(cas for cas, motif in _CAS.items() if motif.search(replie))


_SOMME = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d{1,2}))?(?! ?%)")
_AU_DELA = re.compile(r"\b(?:plus de|au dela de|superieure? a|depasse)\s*$")
_EN_DECA = re.compile(r"\b(?:moins de|inferieure? a|pas plus de|au plus|jusqu'a)\s*$")
_MILLIERS = re.compile(r"^\s*(?:k|mille)\b")


def lire_montant(texte: str) -> MontantEnJeu | None:
    """Read the answer to "is the sum at stake 5 000 € or less?".

    A sum ("300 €", "1 200,50 euros", "6000"), a bound ("plus de 5 000"), a yes or a no
    (yes: 5 000 € or less), or doubt ("je ne sais pas"). A bound on the wrong side of
    the threshold ("plus de 1 000 €") leaves the sum unknown. ``None`` when the answer
    is none of these.
    """
    replie = normaliser(texte)
    if _NE_SAIT_PAS.search(replie):
        return MontantEnJeu.INCONNU
    somme = _SOMME.search(replie)
    if somme is None:
        oui = interpreter_oui_non(texte)
        if oui is None:
            return None
        return MontantEnJeu.AU_PLUS_5000 if oui else MontantEnJeu.PLUS_DE_5000
    euros = Decimal(f"{re.sub(r'[ .]', '', somme[1])}.{somme[2] or '0'}")
    if _MILLIERS.match(replie[somme.end() :]):
        euros *= 1000
    avant = replie[: somme.start()]
    if _AU_DELA.search(avant):  # "plus de N" is above 5 000 € only when N is 5 000 or more
        au_dela = euros >= SEUIL_TENTATIVE_AMIABLE
        return MontantEnJeu.PLUS_DE_5000 if au_dela else MontantEnJeu.INCONNU
    if _EN_DECA.search(avant):  # "moins de N" is at most 5 000 € only when N is 5 000 or less
        en_deca = euros <= SEUIL_TENTATIVE_AMIABLE
        return MontantEnJeu.AU_PLUS_5000 if en_deca else MontantEnJeu.INCONNU
    return classer_montant(euros)


def code_montant(texte: str) -> str | None:
    """The ``montant_litige`` slot's value for an answer (``lire_montant``)."""
    montant = lire_montant(texte)
    return None if montant is None else montant.value
