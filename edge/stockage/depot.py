"""The dossier repository: record, read, erase, retain, and the outbox for the insurer."""

from __future__ import annotations

import secrets
import time
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from bot.conservation import Decision, Durees, Statut, decider, litige_ouvert
from bot.dossier import (
    EMPREINTE_FACTICE,
    VALIDITE_LIEN_LETTRE,
    BilanPurge,
    Cas,
    Dossier,
    Effacement,
    EnAttente,
    EtatOutbox,
    Reclamation,
    egaux,
    empreinte,
    generer_reference,
)
from bot.echeances import mediateur_au_plus_tard
from bot.organisations import Registre
from bot.orientation import Orientation, Qualification
from bot.presentation import en_json, rediger_restriction
from bot.rappels import Nature
from bot.suivi import IssueSuivi, verrouille
from bot.verification import Verification
from edge.stockage.courrier import USAGE_LETTRE, Courrier, reserver
from edge.stockage.lignes import depuis_utc, dossier, du_dossier, en_utc, ligne
from edge.stockage.schema import (
    COURRIELS,
    DOSSIERS,
    ESSAIS_SUIVI,
    JETONS,
    OUTBOX,
    creer_moteur,
    migrer,
)

_ESSAIS_REFERENCE = 5
_ESSAIS_COUPURE = 10
"""Writes of one dossier while the connection is cut (a database restart), 1 s apart."""


class Depot:
    """The dossiers and their outbox, in one SQLAlchemy database."""

    def __init__(self, moteur: Engine, registre: Registre) -> None:
        """Use ``moteur``, whose schema must be up to date (see ``ouvrir_depot``).

        ``registre`` gives the organisation of dossiers recorded before their snapshot
        was kept (schema version 1).
        """
        self._moteur = moteur
        self._registre = registre

    def enregistrer(
        self,
        reclamation: Reclamation,
        orientation: Orientation,
        maintenant: datetime,
        *,
        transmettre: bool,
        verification: Verification | None = None,
        conseiller: str | None = None,
        cas: Cas | None = None,
    ) -> tuple[Dossier, str]:
        """Record a complaint with its orientation; return the dossier and its letter token.

        A reference already taken (about one chance in 1e11) is drawn again. A case that
        already has its dossier (a double "oui", a replayed turn) gets that dossier back,
        with a new letter token, and nothing is written twice.

        Args:
            reclamation: what the person agreed to record.
            orientation: the orientation shown to the person (its payload gets the reference).
            maintenant: the time of the record (Europe/Paris).
            transmettre: also queue the dossier for the insurer's endpoint.
            verification: how the e-mail address was verified; the dated copy is queued
                for it in the same transaction.
            conseiller: the signed-in agent who filed it from the agents' page.
            cas: the conversation case the dossier closes (one dossier per case).

        Raises:
            DonneesMedicalesRefusees: a field reveals health details; nothing is stored.
            ValueError: the orientation is a mere request, which is not recorded.

        """
        reclamation.verifier_sans_donnees_medicales()
        if orientation.faits.qualification is not Qualification.RECLAMATION:
            raise ValueError("only complaints are recorded")
        cree_le = maintenant.replace(microsecond=0)
        organisation = orientation.faits.organisation
        prefixe = organisation.prefixe_reference
        essais = 0
        while True:
            essais += 1
            reference = generer_reference(prefixe, cree_le.year)
            jeton = secrets.token_urlsafe(32)
            charge = {**en_json(orientation), "reference": reference}
            colonnes = {
                **ligne(reference, reclamation, organisation),
                "orientation": charge,
                "jeton_empreinte": empreinte(jeton),
                "cree_le": en_utc(cree_le),
                "statut": Statut.ACTIF.value,
                "email_verifie": verification.value if verification else None,
                "conseiller": conseiller,
                "conversation": cas.conversation if cas else None,
                "cas": cas.numero if cas else None,
            }
            try:
                self._inserer_malgre_les_coupures(colonnes, transmettre)
            except IntegrityError:
                existant = self._du_cas(cas) if cas else None
                if existant is not None:
                    return existant, self.nouveau_lien(existant.reference, maintenant)
                if essais == _ESSAIS_REFERENCE:
                    raise
                continue
            dossier = Dossier(
                reference,
                reclamation,
                cree_le,
                Statut.ACTIF,
                charge,
                organisation,
                verification=verification,
            )
            return dossier, jeton

    def _inserer_malgre_les_coupures(self, colonnes: dict[str, Any], transmettre: bool) -> None:
        """``_inserer``, replayed while the connection is cut (the database restarts).

        A cut during the commit leaves its outcome unknown: the reference, drawn once
        for all the replays, tells whether the dossier is there, so it is written once.
        """
        for essai in range(_ESSAIS_COUPURE):
            try:
                if essai and self.lire(colonnes["reference"]) is not None:
                    return
                self._inserer(colonnes, transmettre)
                return
            except OperationalError:
                if essai == _ESSAIS_COUPURE - 1:
                    raise
                time.sleep(1)

    def _inserer(self, colonnes: dict[str, Any], transmettre: bool) -> None:
        """Insert one dossier, and its outbox item, in one transaction."""
        with self._moteur.begin() as cx:
            insertion = cx.execute(sa.insert(DOSSIERS).values(**colonnes))
            identifiant = insertion.inserted_primary_key[0]
            if transmettre:
                cx.execute(
                    sa.insert(OUTBOX).values(
                        dossier_id=identifiant, cree_le=colonnes["cree_le"], tentatives=0
                    )
                )
            if colonnes["email_verifie"]:
                reserver(cx, identifiant, Nature.COPIE, depuis_utc(colonnes["cree_le"]))

    def _un(self, condition: Any) -> tuple[Dossier, str] | None:
        with self._moteur.connect() as cx:
            trouvee = cx.execute(sa.select(DOSSIERS).where(condition)).first()
        return (dossier(trouvee, self._registre), trouvee.jeton_empreinte) if trouvee else None

    def _du_cas(self, cas: Cas) -> Dossier | None:
        trouve = self._un(
            (DOSSIERS.c.conversation == cas.conversation) & (DOSSIERS.c.cas == cas.numero)
        )
        return trouve[0] if trouve else None

    def nouveau_lien(self, reference: str, maintenant: datetime) -> str:
        """A new letter token for a dossier (its hash stored), valid from ``maintenant``."""
        jeton = secrets.token_urlsafe(32)
        self.courrier.noter_jetons(reference, {USAGE_LETTRE: jeton}, maintenant)
        return jeton

    def lire(self, reference: str) -> Dossier | None:
        """The dossier with this reference, whatever its status."""
        trouve = self._un(DOSSIERS.c.reference == reference)
        return trouve[0] if trouve else None

    def lire_avec_jeton(self, reference: str, jeton: str, maintenant: datetime) -> Dossier | None:
        """The active dossier whose letter token is ``jeton``, still valid; else ``None``.

        The token is the one given in the conversation, one sent by e-mail or one the
        follow-up issued, for ``VALIDITE_LIEN_LETTRE`` after its issue. An unknown
        reference, a wrong token and an expired one take the same path.
        """
        trouve = self._un(
            (DOSSIERS.c.reference == reference) & (DOSSIERS.c.statut == Statut.ACTIF.value)
        )
        depuis = maintenant - VALIDITE_LIEN_LETTRE
        attendues = [EMPREINTE_FACTICE]
        if trouve:
            attendues = self.courrier.empreintes(reference, USAGE_LETTRE, depuis)
            if trouve[0].cree_le > depuis:
                attendues.append(trouve[1])
        justes = [egaux(empreinte(jeton), attendue) for attendue in attendues]
        return trouve[0] if trouve and any(justes) else None

    @property
    def courrier(self) -> Courrier:
        """The e-mails of the dossiers: codes, copies, reminders and their links."""
        return Courrier(self._moteur, self._registre)

    def lire_pour_suivi(
        self, reference: str, email: str, maintenant: datetime
    ) -> tuple[IssueSuivi, Dossier | None]:
        """The active dossier with this reference and e-mail (case ignored), if unlocked.

        A wrong e-mail (or an unknown reference) is counted against the reference; after
        a few, its follow-up is locked for a while (``bot.suivi``), right e-mail or not.
        """
        if verrouille(self._echecs_du_suivi(reference), maintenant):
            return IssueSuivi.VERROUILLE, None
        trouve = self._un(
            (DOSSIERS.c.reference == reference) & (DOSSIERS.c.statut == Statut.ACTIF.value)
        )
        attendu = trouve[0].reclamation.email if trouve else ""
        if egaux(email.casefold(), attendu.casefold()) and trouve:
            return IssueSuivi.TROUVE, trouve[0]
        with self._moteur.begin() as cx:
            cx.execute(
                sa.insert(ESSAIS_SUIVI).values(reference=reference, essaye_le=en_utc(maintenant))
            )
        return IssueSuivi.INTROUVABLE, None

    def _echecs_du_suivi(self, reference: str) -> Sequence[datetime]:
        requete = sa.select(ESSAIS_SUIVI.c.essaye_le).where(ESSAIS_SUIVI.c.reference == reference)
        with self._moteur.connect() as cx:
            return [depuis_utc(le) for le in cx.execute(requete).scalars()]

    def oublier_essais_de_suivi(self, avant: datetime) -> int:
        """Delete the follow-up's wrong e-mails counted before ``avant``; return how many."""
        with self._moteur.begin() as cx:
            resultat = cx.execute(
                sa.delete(ESSAIS_SUIVI).where(ESSAIS_SUIVI.c.essaye_le < en_utc(avant))
            )
        return int(resultat.rowcount)

    def dossiers(
        self, organisation: str | None = None, statut: Statut | None = None
    ) -> list[Dossier]:
        """Dossiers in creation order, optionally of one organisation and one status."""
        requete = sa.select(DOSSIERS).order_by(DOSSIERS.c.cree_le, DOSSIERS.c.id)
        if organisation is not None:
            requete = requete.where(DOSSIERS.c.organisation == organisation)
        if statut is not None:
            requete = requete.where(DOSSIERS.c.statut == statut.value)
        with self._moteur.connect() as cx:
            return [dossier(trouvee, self._registre) for trouvee in cx.execute(requete)]

    def _supprimer(self, cx: Connection, reference: str) -> None:
        """Delete a dossier and what its outbox holds of it."""
        identifiants = sa.select(DOSSIERS.c.id).where(DOSSIERS.c.reference == reference)
        for table in (OUTBOX, COURRIELS, JETONS):
            cx.execute(sa.delete(table).where(table.c.dossier_id.in_(identifiants)))
        cx.execute(sa.delete(DOSSIERS).where(DOSSIERS.c.reference == reference))

    def _changer_statut(
        self, cx: Connection, reference: str, statut: Statut, motif: str | None = None
    ) -> None:
        cx.execute(
            sa.update(DOSSIERS)
            .where(DOSSIERS.c.reference == reference)
            .values(statut=statut.value, motif_restriction=motif)
        )

    def effacer(self, reference: str, aujourdhui: date) -> Effacement | None:
        """Erase a dossier, or restrict it while its dispute is open (brief §7).

        Returns:
            What was done, with the reason of a restriction and the conversation the
            dossier came from (to erase from the tracker store in both cases: the
            dossier is the record); ``None`` for an unknown reference.

        """
        with self._moteur.connect() as cx:
            conversation = cx.execute(
                sa.select(DOSSIERS.c.conversation).where(DOSSIERS.c.reference == reference)
            ).scalar_one_or_none()
        dossier = self.lire(reference)
        if dossier is None:
            return None
        if litige_ouvert(dossier.date_reclamation, aujourdhui):
            motif = rediger_restriction(mediateur_au_plus_tard(dossier.date_reclamation))
            with self._moteur.begin() as cx:
                self._changer_statut(cx, reference, Statut.RESTREINT, motif)
            return Effacement(reference, efface=False, motif=motif, conversation=conversation)
        with self._moteur.begin() as cx:
            self._supprimer(cx, reference)
        return Effacement(reference, efface=True, conversation=conversation)

    def purger(self, aujourdhui: date, durees: Durees) -> BilanPurge:
        """Archive and delete dossiers as the retention rules say."""
        archives: list[str] = []
        supprimes: list[str] = []
        dossiers = self.dossiers()
        with self._moteur.begin() as cx:
            for dossier in dossiers:
                decision = decider(dossier.statut, dossier.date_reclamation, aujourdhui, durees)
                if decision is Decision.ARCHIVER:
                    self._changer_statut(cx, dossier.reference, Statut.ARCHIVE)
                    archives.append(dossier.reference)
                elif decision is Decision.SUPPRIMER:
                    self._supprimer(cx, dossier.reference)
                    supprimes.append(dossier.reference)
        return BilanPurge(tuple(archives), tuple(supprimes))

    def en_attente(self, reference: str | None = None) -> list[EnAttente]:
        """Active dossiers queued for the insurer and not yet received, oldest first.

        A restricted or archived dossier is not delivered (it stays queued: lifted
        restriction, it leaves).
        """
        requete = (
            sa.select(
                OUTBOX.c.id.label("outbox_id"),
                OUTBOX.c.cree_le.label("outbox_cree_le"),
                OUTBOX.c.tentatives,
                OUTBOX.c.derniere_erreur,
                DOSSIERS,
            )
            .join(DOSSIERS, OUTBOX.c.dossier_id == DOSSIERS.c.id)
            .where(OUTBOX.c.transmis_le.is_(None) & (DOSSIERS.c.statut == Statut.ACTIF.value))
            .order_by(OUTBOX.c.id)
        )
        lignes = du_dossier(self._moteur, requete, reference)
        return [
            EnAttente(
                identifiant=trouvee.outbox_id,
                reference=trouvee.reference,
                depuis=depuis_utc(trouvee.outbox_cree_le),
                tentatives=trouvee.tentatives,
                derniere_erreur=trouvee.derniere_erreur,
                charge=dossier(trouvee, self._registre).en_json(),
            )
            for trouvee in lignes
        ]

    def etat_outbox(self) -> EtatOutbox:
        """Counts of the queued active dossiers, in one aggregate query (none is read)."""
        attente = OUTBOX.c.transmis_le.is_(None) & (DOSSIERS.c.statut == Statut.ACTIF.value)
        requete = (
            sa.select(
                sa.func.count(),
                sa.func.coalesce(sa.func.sum(sa.case((OUTBOX.c.tentatives > 0, 1), else_=0)), 0),
                sa.func.min(OUTBOX.c.cree_le),
            )
            .select_from(OUTBOX.join(DOSSIERS, OUTBOX.c.dossier_id == DOSSIERS.c.id))
            .where(attente)
        )
        with self._moteur.connect() as cx:
            nombre, en_echec, plus_ancien = cx.execute(requete).one()
        depuis = depuis_utc(plus_ancien) if plus_ancien is not None else None
        return EtatOutbox(int(nombre), int(en_echec), depuis)

    def noter_envoi(self, identifiant: int, maintenant: datetime, erreur: str | None) -> None:
        """Record one delivery attempt: received when ``erreur`` is ``None``."""
        valeurs: dict[str, Any] = {
            "tentatives": OUTBOX.c.tentatives + 1,
            "derniere_erreur": erreur,
        }
        if erreur is None:
            valeurs["transmis_le"] = en_utc(maintenant)
        with self._moteur.begin() as cx:
            cx.execute(sa.update(OUTBOX).where(OUTBOX.c.id == identifiant).values(**valeurs))


def ouvrir_depot(url: str, registre: Registre) -> Depot:
    """Open the store at ``url``, creating or migrating its schema."""
    moteur = creer_moteur(url)
    migrer(moteur)
    return Depot(moteur, registre)
