"""Which questions a case still needs, and the facts its answers make.

The form in the conversation asks exactly the questions returned here, in this order;
nothing is asked that the decision does not need (a question that cannot change the
orientation is skipped).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from bot.dates_fr import analyser_dates
from bot.faits import FaitsExtraits
from bot.litige import CasLitige, MontantEnJeu, TypeContrat
from bot.organisations import Organisation
from bot.orientation import Faits, Motif, Qualification, orienter

QUESTIONS_IDENTITE = ("numero_adherent", "nom", "prenom", "email", "nature", "pieces")
"""What a written complaint must contain (Identités Mutuelle seed page, brief §3)."""


@dataclass(frozen=True)
class Reponses(FaitsExtraits):
    """The person's answers so far (``None``: not answered yet), and the kind of case.

    ``contrats``: the kinds of contract named (empty: "je ne sais pas"); ``cas``: what
    the messages said the dispute is about (``bot.litige.lire_cas``);
    ``fin_date_reclamation_ecrite``: the last day the written complaint may have been sent
    when the person gave a range whose day changes nothing ("début octobre"): the date
    of the written complaint is then its first day, and is told as the range.
    """

    qualification: Qualification = Qualification.RECLAMATION
    fin_date_reclamation_ecrite: date | None = None

    @property
    def reclamation_ecrite_au_plus_tard(self) -> date | None:
        """The last day of the range the written complaint was sent in.

        ``None`` when its day is known, or when no written complaint was sent.
        """
        debut, fin = self.date_reclamation_ecrite, self.fin_date_reclamation_ecrite
        return fin if self.reclamation_ecrite and debut and fin and fin > debut else None

    donnees_medicales: bool = False
    contrats: frozenset[TypeContrat] | None = None
    montant: MontantEnJeu | None = None
    cas: frozenset[CasLitige] = frozenset()


def construire_faits(reponses: Reponses, organisation: Organisation, aujourdhui: date) -> Faits:
    """Turn answers into the facts of the decision; unknown answers count as "no".

    A written complaint implies a prior contact; an answer only counts when a written
    complaint was made (the decision table speaks of answers to written complaints).
    """
    ecrite = reponses.date_reclamation_ecrite if reponses.reclamation_ecrite else None
    reponse_recue = bool(ecrite and reponses.reponse_recue)
    return Faits(
        organisation=organisation,
        aujourdhui=aujourdhui,
        qualification=reponses.qualification,
        contact_prealable=bool(reponses.contact_prealable or reponses.reclamation_ecrite),
        reclamation_ecrite=ecrite,
        reclamation_ecrite_au_plus_tard=reponses.reclamation_ecrite_au_plus_tard,
        reponse_recue=reponse_recue,
        reponse_satisfaisante=bool(reponse_recue and reponses.reponse_satisfaisante),
        procedure_en_cours=bool(reponses.procedure_en_cours),
        donnees_medicales=reponses.donnees_medicales,
        contrats=reponses.contrats or frozenset(),
        cas=reponses.cas,
        montant=reponses.montant or MontantEnJeu.INCONNU,
    )


def questions_historique(
    reponses: Reponses, organisation: Organisation, aujourdhui: date
) -> tuple[str, ...]:
    """Return the history questions this case needs, in the order to ask them.

    Court or other mediator is asked only when the mediator would otherwise be
    admissible: in every other case the answer cannot change the orientation. Once the
    history is known: the contract, only when the organisation has several mediators
    and the mediator is or will be open; the sum at stake, only when the mediator is
    closed by the one-year limit (CPC art. 750-1 then decides the next step).
    """
    if reponses.qualification is Qualification.DEMANDE:
        return ()
    questions: list[str] = []
    if not reponses.reclamation_ecrite:
        questions.append("contact_prealable")
    if reponses.contact_prealable or reponses.reclamation_ecrite:
        questions.append("reclamation_ecrite")
    if reponses.reclamation_ecrite:
        questions += ["date_reclamation_ecrite", "reponse_recue"]
        if reponses.reponse_recue:
            questions.append("reponse_satisfaisante")
        connues = reponses.date_reclamation_ecrite is not None and (
            reponses.reponse_recue is False or reponses.reponse_satisfaisante is not None
        )
        if connues:
            sans_procedure = replace(reponses, procedure_en_cours=False)
            faits = construire_faits(sans_procedure, organisation, aujourdhui)
            if orienter(faits).mediateur.recevable:
                questions.append("procedure_en_cours")
    return (*questions, *_questions_du_litige(reponses, organisation, aujourdhui))


def _questions_du_litige(
    reponses: Reponses, organisation: Organisation, aujourdhui: date
) -> tuple[str, ...]:
    """The contract and the sum at stake, when they change what the person is told."""
    avis = orienter(construire_faits(reponses, organisation, aujourdhui)).mediateur
    questions = []
    if organisation.mediateurs.plusieurs and (avis.recevable or avis.a_partir_du):
        questions.append("contrat")
    if Motif.PLUS_D_UN_AN in avis.motifs:
        questions.append("montant_litige")
    return tuple(questions)


def questions_a_poser(
    reponses: Reponses, organisation: Organisation, aujourdhui: date
) -> tuple[str, ...]:
    """Return every question of the case: history, then what a written complaint needs."""
    historique = questions_historique(reponses, organisation, aujourdhui)
    if reponses.qualification is Qualification.DEMANDE:
        return historique
    return (*historique, *QUESTIONS_IDENTITE)


def jour_exact_utile(
    reponses: Reponses, organisation: Organisation, aujourdhui: date, plage: tuple[date, date]
) -> bool:
    """Tell whether the exact day of a written complaint known as a range changes the decision.

    It does when the 2-month or the 1-year boundary falls inside the range: the
    mediator is open for one end and closed for the other. An answer not given yet is
    tried both ways (none; received and not satisfying).
    """
    if reponses.reponse_recue is None:
        variantes = [
            replace(reponses, reponse_recue=False),
            replace(reponses, reponse_recue=True, reponse_satisfaisante=False),
        ]
    else:
        variantes = [reponses]
    for variante in variantes:
        avis = {
            orienter(
                construire_faits(
                    replace(variante, reclamation_ecrite=True, date_reclamation_ecrite=jour),
                    organisation,
                    aujourdhui,
                )
            ).mediateur.recevable
            for jour in plage
        }
        if len(avis) > 1:
            return True
    return False


def plage_a_preciser(
    faits: FaitsExtraits, texte: str, organisation: Organisation, aujourdhui: date
) -> tuple[date, date] | None:
    """The range of an imprecise written-complaint date in a message, if its day decides.

    "J'ai écrit fin septembre et toujours rien" gives 21-30 September when the 2-month
    boundary falls inside (``jour_exact_utile``); an exact date, or a range whose day
    changes nothing, gives ``None`` (the date is used as is).
    """
    plage = plage_de_la_date(faits, texte, aujourdhui)
    if plage is None:
        return None
    reponses = Reponses(**{champ.name: getattr(faits, champ.name) for champ in fields(faits)})
    return plage if jour_exact_utile(reponses, organisation, aujourdhui, plage) else None


def plage_de_la_date(
    faits: FaitsExtraits, texte: str, aujourdhui: date
) -> tuple[date, date] | None:
    """The range the written-complaint date of ``faits`` was read from ("début octobre").

    ``None`` when the message gave an exact day, or no date.
    """
    jour = faits.date_reclamation_ecrite
    if jour is None:
        return None
    plages = [d.plage for d in analyser_dates(texte, aujourdhui) if d.valeur == jour and d.plage]
    return plages[0] if plages else None
