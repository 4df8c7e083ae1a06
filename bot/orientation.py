"""The one decision function: the facts of a case in, an orientation out.

Levels (domain brief §5): 1 customer relations, 2 complaints service, 3 the mediator.
Level 3 is given exactly when the mediator is admissible (Code de la consommation
L612-2); otherwise the reasons travel as ``motifs``. The mediator is the one of the
contract concerned (both when the person does not know); an exclusion it publishes
that matches the case travels as a warning, never as a decision on its remit; once the
mediator is closed for good, the routes that remain travel as ``suites`` (brief §8).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from bot.calendrier import Region
from bot.echeances import Echeances, calculer_echeances
from bot.litige import (
    CasLitige,
    MontantEnJeu,
    Suite,
    TypeContrat,
    suites_hors_mediation,
)
from bot.organisations import Canal, Exclusion, Mediateur, Organisation, Service


class Qualification(str, Enum):
    """A complaint (any expression of dissatisfaction) or a mere request."""

    RECLAMATION = "reclamation"
    DEMANDE = "demande"


class Motif(str, Enum):
    """Why the mediator cannot be referred (yet)."""

    DEMANDE = "demande"
    PAS_DE_RECLAMATION_ECRITE = "pas_de_reclamation_ecrite"
    TROP_TOT = "trop_tot"
    REPONSE_SATISFAISANTE = "reponse_satisfaisante"
    PLUS_D_UN_AN = "plus_d_un_an"
    PROCEDURE_EN_COURS = "procedure_en_cours"


@dataclass(frozen=True)
class Faits:
    """What is known of one case. ``reclamation_ecrite`` is the first written complaint.

    ``contrats``: the kinds of contract the dispute may concern (empty: unknown);
    ``cas``: what it is about, among the kinds mediators' exclusions name; ``montant``:
    the sum at stake against the 5 000 € threshold of CPC art. 750-1;
    ``reclamation_ecrite_au_plus_tard``: when the person gave a range of days whose exact
    day changes nothing, its last day (periods run from its first, the safe side).
    """

    organisation: Organisation
    aujourdhui: date
    qualification: Qualification = Qualification.RECLAMATION
    contact_prealable: bool = False
    reclamation_ecrite: date | None = None
    reponse_recue: bool = False
    reponse_satisfaisante: bool | None = None
    procedure_en_cours: bool = False
    donnees_medicales: bool = False
    region: Region | None = None
    contrats: frozenset[TypeContrat] = frozenset()
    cas: frozenset[CasLitige] = frozenset()
    montant: MontantEnJeu = MontantEnJeu.INCONNU
    reclamation_ecrite_au_plus_tard: date | None = None

    def __post_init__(self) -> None:
        if self.reclamation_ecrite and self.reclamation_ecrite > self.aujourdhui:
            raise ValueError("the written complaint cannot be sent after today")

    @property
    def region_calendrier(self) -> Region:
        """The calendar region: the explicit one, else the organisation's."""
        return self.region or self.organisation.region


@dataclass(frozen=True)
class ChoixMediateur:
    """A mediator that may have the case, and the kinds of contract it is named for."""

    mediateur: Mediateur
    contrats: tuple[TypeContrat, ...]


@dataclass(frozen=True)
class AvisMediateur:
    """Which mediator, whether, from when and until when it can be referred.

    ``candidats`` has one entry when the contract is known or the organisation has one
    mediator, several when the person does not know which contract is concerned; then
    ``nom`` and ``canaux`` name them all. ``exclusions``: the published exclusions that
    match the case (a warning: the mediator checks its remit itself).
    """

    nom: str
    canaux: tuple[Canal, ...]
    recevable: bool
    motifs: tuple[Motif, ...] = ()
    a_partir_du: date | None = None
    au_plus_tard: date | None = None
    candidats: tuple[ChoixMediateur, ...] = ()
    exclusions: tuple[Exclusion, ...] = ()

    def reunir(self, lire: Callable[[Mediateur], tuple[str, ...]]) -> tuple[str, ...]:
        """What ``lire`` gives for each possible mediator, each item once, in order."""
        return tuple(dict.fromkeys(x for c in self.candidats for x in lire(c.mediateur)))


@dataclass(frozen=True)
class Orientation:
    """Which level to contact, how, what to attach, and the dates that apply."""

    faits: Faits
    niveau: int
    service: str
    canaux: tuple[Canal, ...]
    mediateur: AvisMediateur
    echeances: Echeances | None
    pieces_a_joindre: tuple[str, ...]
    courrier_medical: Canal | None = None
    suites: tuple[Suite, ...] = ()

    @property
    def donnees_medicales(self) -> bool:
        """True when the complaint involves health information."""
        return self.faits.donnees_medicales


def mediateur_recevable(faits: Faits, echeances: Echeances) -> tuple[Motif, ...]:
    """Return why the mediator cannot be referred; empty when it can.

    Source: Code de la consommation L612-2 and both seed pages: a written complaint was
    made beforehand; its answer does not satisfy, or none came within the extended
    2-month delay; at most one year since the written complaint; no court and no other
    mediator has the dispute. Remit and abuse are checked by the mediator itself.
    """
    if faits.qualification is Qualification.DEMANDE:
        return (Motif.DEMANDE,)
    motifs: list[Motif] = []
    if faits.reclamation_ecrite is None:
        motifs.append(Motif.PAS_DE_RECLAMATION_ECRITE)
    elif faits.aujourdhui > echeances.mediateur_au_plus_tard:
        motifs.append(Motif.PLUS_D_UN_AN)
    elif faits.reponse_recue and faits.reponse_satisfaisante:
        motifs.append(Motif.REPONSE_SATISFAISANTE)
    elif not faits.reponse_recue and faits.aujourdhui < echeances.mediateur_a_partir_du:
        motifs.append(Motif.TROP_TOT)
    if faits.procedure_en_cours:
        motifs.append(Motif.PROCEDURE_EN_COURS)
    return tuple(motifs)


def date_d_ouverture(motifs: tuple[Motif, ...], echeances: Echeances) -> date | None:
    """Return the day the mediator opens when waiting is the only obstacle, else None.

    Without a written complaint yet, this is the day it would open if the complaint is
    sent today (brief §5, level-2 row).
    """
    if motifs in ((Motif.TROP_TOT,), (Motif.PAS_DE_RECLAMATION_ECRITE,)):
        return echeances.mediateur_a_partir_du
    return None


def route_medicale(organisation: Organisation) -> Canal:
    """Postal route for medical information (brief §6).

    The medical adviser's own address when the file gives one, else the complaints
    service's postal address, to the adviser's attention, as a confidential letter.
    """
    regle = organisation.donnees_medicales
    adresse = regle.adresse or organisation.service_reclamations.adresse_postale()
    libelle = f"Par courrier uniquement, à l'attention du {regle.destinataire} — pli confidentiel"
    if adresse is None:
        libelle += " (adresse postale du service réclamations indiquée dans votre contrat)"
        return Canal(type="courrier", libelle=libelle)
    return Canal(type="courrier", libelle=libelle, adresse=(regle.destinataire, *adresse))


def candidats(faits: Faits) -> tuple[ChoixMediateur, ...]:
    """The mediators of the contracts the dispute may concern (brief §8).

    Each kind of contract goes to its own mediator, else to the organisation's default
    one; unknown contracts give every distinct mediator of the organisation.
    """
    return tuple(
        ChoixMediateur(mediateur, contrats)
        for mediateur, contrats in faits.organisation.mediateurs.par_mediateur(faits.contrats)
    )


def exclusions_applicables(
    faits: Faits, choix: tuple[ChoixMediateur, ...]
) -> tuple[Exclusion, ...]:
    """The exclusions the named mediators publish that match what the case is about.

    A warning only: the mediator decides its remit itself (Code de la consommation
    L612-2; brief §5 and §8). A mere request has none (no mediator intervenes).
    """
    if faits.qualification is Qualification.DEMANDE:
        return ()
    retenues: list[Exclusion] = []
    for exclusion in (e for c in choix for e in c.mediateur.exclusions):
        if faits.cas.intersection(exclusion.cas) and exclusion not in retenues:
            retenues.append(exclusion)
    return tuple(retenues)


def _designation(choix: tuple[ChoixMediateur, ...]) -> tuple[str, tuple[Canal, ...]]:
    """The name and channels of the mediator, or of each possible one, by name."""
    if len(choix) == 1:
        return choix[0].mediateur.nom, choix[0].mediateur.canaux
    nom = " ou ".join(c.mediateur.nom for c in choix)
    canaux = tuple(
        canal.copy(update={"libelle": f"{c.mediateur.nom} — {canal.libelle}"})
        for c in choix
        for canal in c.mediateur.canaux
    )
    return nom, canaux


def _service_du_niveau(organisation: Organisation, niveau: int) -> Service:
    return organisation.relation_adherents if niveau == 1 else organisation.service_reclamations


def orienter(faits: Faits) -> Orientation:
    """Decide the level, the channels, the documents and the dates for one case.

    When no written complaint exists yet, the complaint is about to be written and its
    sending date is today, so the dates say what happens if it is sent today.
    """
    organisation = faits.organisation
    echeances = calculer_echeances(
        faits.reclamation_ecrite or faits.aujourdhui,
        organisation.engagements,
        faits.region_calendrier,
    )
    motifs = mediateur_recevable(faits, echeances)
    recevable = not motifs
    if faits.qualification is Qualification.DEMANDE or not (
        faits.contact_prealable or faits.reclamation_ecrite
    ):
        niveau = 1
    else:
        niveau = 3 if recevable else 2
    choix = candidats(faits)
    nom, canaux_du_mediateur = _designation(choix)
    avis = AvisMediateur(
        nom=nom,
        canaux=canaux_du_mediateur,
        recevable=recevable,
        motifs=motifs,
        a_partir_du=date_d_ouverture(motifs, echeances),
        au_plus_tard=echeances.mediateur_au_plus_tard if faits.reclamation_ecrite else None,
        candidats=choix,
        exclusions=exclusions_applicables(faits, choix),
    )
    courrier_medical = route_medicale(organisation) if faits.donnees_medicales else None
    if niveau == 3:
        service, canaux = nom, canaux_du_mediateur
        pieces = avis.reunir(lambda m: (*m.pieces_a_joindre, *m.documents))
    else:
        choisi = _service_du_niveau(organisation, niveau)
        service, canaux = choisi.nom, choisi.canaux
        pieces = (
            () if faits.qualification is Qualification.DEMANDE else organisation.pieces_a_joindre
        )
        if courrier_medical and organisation.donnees_medicales.courrier_uniquement:
            canaux = (courrier_medical,)
    return Orientation(
        faits=faits,
        niveau=niveau,
        service=service,
        canaux=canaux,
        mediateur=avis,
        echeances=None if faits.qualification is Qualification.DEMANDE else echeances,
        pieces_a_joindre=pieces,
        courrier_medical=courrier_medical,
        suites=suites_hors_mediation(faits.montant) if Motif.PLUS_D_UN_AN in motifs else (),
    )
