"""Storage of dossiers (SQLAlchemy 1.4 Core): the only module of ``bot/`` that uses a database.

A dossier is the dated written record of a complaint the person agreed to record: a
reference, the organisation, the identity fields, what is disputed, the documents, the
answers that decided the orientation, the orientation itself, the creation time
(Europe/Paris) and a status. Never any health detail: the orientation carries only the
boolean and the postal route, and free text is checked again before it is stored.

Also here: the outbox of dossiers to forward to the insurer, the versioned schema, and
the retention of Rasa's tracker store (same engine, another database).

References read well on the phone (``IM-2026-7KQ4-M2XD``): the organisation's prefix,
the year, and 8 characters drawn with ``secrets`` from an alphabet without look-alikes
(no 0/O, 1/I/L, U), about 6.6e11 possibilities per prefix and year, so that knowing one
reference tells nothing about another. Letter links carry a secret token of which only
the SHA-256 hash is stored.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from bot.conservation import Decision, Durees, Statut, decider, litige_ouvert
from bot.echeances import mediateur_au_plus_tard
from bot.horloge import FUSEAU
from bot.organisations import Organisation
from bot.orientation import Orientation, Qualification, orienter
from bot.parcours import Reponses, construire_faits
from bot.presentation import en_json, rediger_restriction
from bot.sante import contient_donnees_medicales

ALPHABET_REFERENCE = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Characters of a reference: digits and capitals without look-alikes (0/O, 1/I/L, U)."""

_REFERENCE = re.compile(
    rf"(?<![A-Z0-9])([A-Z]{{2,4}})[\s-]*(\d{{4}})[\s-]*([{ALPHABET_REFERENCE}]{{4}})"
    rf"[\s-]*([{ALPHABET_REFERENCE}]{{4}})(?![A-Z0-9])"
)
_ESSAIS_REFERENCE = 5
_ESSAIS_COUPURE = 10
"""Writes of one dossier while the connection is cut (a database restart), 1 s apart."""


class DonneesMedicalesRefusees(ValueError):
    """A field to store reveals health details: the dossier is not recorded."""


class SchemaTropRecent(RuntimeError):
    """The database was written by a newer version of Recours."""


# --- pure parts ---------------------------------------------------------------------


def generer_reference(
    prefixe: str, annee: int, choisir: Callable[[str], str] = secrets.choice
) -> str:
    """Draw a reference such as ``IM-2026-7KQ4-M2XD``.

    Args:
        prefixe: the organisation's ``prefixe_reference``.
        annee: the year of the record.
        choisir: draws one character of a string (``secrets.choice``; tests pass their own).

    """
    corps = "".join(choisir(ALPHABET_REFERENCE) for _ in range(8))
    return f"{prefixe}-{annee}-{corps[:4]}-{corps[4:]}"


def lire_reference(texte: str) -> str | None:
    """Find a reference in a message, whatever its case and separators (``im 2026 7kq4m2xd``)."""
    trouvee = _REFERENCE.search(texte.upper())
    return "-".join(trouvee.groups()) if trouvee else None


def empreinte(jeton: str) -> str:
    """SHA-256 of a letter token, the only form in which the token is stored."""
    return hashlib.sha256(jeton.encode()).hexdigest()


_EMPREINTE_FACTICE = empreinte("")
"""Compared against when no dossier matches, so that both cases take the same time."""


def _egaux(a: str, b: str) -> bool:
    """Constant-time comparison of two strings."""
    return hmac.compare_digest(a.encode(), b.encode())


@dataclass(frozen=True)
class Reclamation:
    """What the person agreed to record."""

    organisation: str
    numero_adherent: str | None
    nom: str
    prenom: str
    email: str
    nature: str
    pieces: str
    reponses: Reponses

    @property
    def date_ecrite(self) -> date | None:
        """The date of a written complaint sent before this record, if any."""
        return self.reponses.date_reclamation_ecrite if self.reponses.reclamation_ecrite else None

    def verifier_sans_donnees_medicales(self) -> None:
        """Refuse any field that reveals health details (brief §6).

        Raises:
            DonneesMedicalesRefusees: naming the first such field.

        """
        champs = {
            "numero_adherent": self.numero_adherent or "",
            "nom": self.nom,
            "prenom": self.prenom,
            "nature": self.nature,
            "pieces": self.pieces,
        }
        for champ, valeur in champs.items():
            if contient_donnees_medicales(valeur):
                raise DonneesMedicalesRefusees(champ)


@dataclass(frozen=True)
class Dossier:
    """One recorded complaint."""

    reference: str
    reclamation: Reclamation
    cree_le: datetime
    statut: Statut
    orientation: dict[str, Any]
    motif_restriction: str | None = None

    @property
    def date_reclamation(self) -> date:
        """The first written complaint: an earlier one, else the dossier itself.

        Every period runs from it (brief §4 and §7): the dated record is the written
        complaint when none was sent before.
        """
        return self.reclamation.date_ecrite or self.cree_le.date()

    def orientation_enregistree(self, organisation: Organisation) -> Orientation:
        """The orientation shown when the dossier was recorded (what its letter follows)."""
        return orienter(
            construire_faits(self.reclamation.reponses, organisation, self.cree_le.date())
        )

    def orientation_au_suivi(self, organisation: Organisation, aujourdhui: date) -> Orientation:
        """Where the complaint stands on ``aujourdhui``, the written complaint being made."""
        reponses = replace(
            self.reclamation.reponses,
            contact_prealable=True,
            reclamation_ecrite=True,
            date_reclamation_ecrite=self.date_reclamation,
        )
        return orienter(construire_faits(reponses, organisation, aujourdhui))

    def en_json(self) -> dict[str, Any]:
        """The dossier for agents' exports and the insurer's endpoint."""
        r = self.reclamation
        return {
            "reference": self.reference,
            "organisation": r.organisation,
            "cree_le": self.cree_le.isoformat(),
            "statut": self.statut.value,
            "numero_adherent": r.numero_adherent,
            "nom": r.nom,
            "prenom": r.prenom,
            "email": r.email,
            "nature": r.nature,
            "pieces": r.pieces,
            "date_reclamation": self.date_reclamation.isoformat(),
            "orientation": self.orientation,
        }


@dataclass(frozen=True)
class Effacement:
    """What an erasure request did."""

    reference: str
    efface: bool
    motif: str | None = None


@dataclass(frozen=True)
class BilanPurge:
    """What the retention rules did to the dossiers."""

    archives: tuple[str, ...]
    supprimes: tuple[str, ...]


@dataclass(frozen=True)
class EnAttente:
    """A dossier not yet received by the insurer's endpoint."""

    identifiant: int
    reference: str
    depuis: datetime
    tentatives: int
    derniere_erreur: str | None
    charge: dict[str, Any]


# --- schema -------------------------------------------------------------------------

METADATA = sa.MetaData()

_version = sa.Table("schema_version", METADATA, sa.Column("version", sa.Integer, nullable=False))

_dossiers = sa.Table(
    "dossiers",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("reference", sa.String(24), nullable=False, unique=True),
    sa.Column("organisation", sa.String(64), nullable=False, index=True),
    sa.Column("numero_adherent", sa.String(64)),
    sa.Column("nom", sa.String(60), nullable=False),
    sa.Column("prenom", sa.String(60), nullable=False),
    sa.Column("email", sa.String(254), nullable=False),
    sa.Column("nature", sa.Text, nullable=False),
    sa.Column("pieces", sa.Text, nullable=False),
    sa.Column("contact_prealable", sa.Boolean),
    sa.Column("date_reclamation_ecrite", sa.Date),
    sa.Column("reponse_recue", sa.Boolean),
    sa.Column("reponse_satisfaisante", sa.Boolean),
    sa.Column("procedure_en_cours", sa.Boolean),
    sa.Column("donnees_medicales", sa.Boolean, nullable=False),
    sa.Column("orientation", sa.JSON, nullable=False),
    sa.Column("jeton_empreinte", sa.String(64), nullable=False),
    sa.Column("cree_le", sa.DateTime, nullable=False),
    sa.Column("statut", sa.String(16), nullable=False),
    sa.Column("motif_restriction", sa.Text),
)

_outbox = sa.Table(
    "outbox",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("dossier_id", sa.Integer, sa.ForeignKey("dossiers.id"), nullable=False),
    sa.Column("cree_le", sa.DateTime, nullable=False),
    sa.Column("tentatives", sa.Integer, nullable=False, default=0),
    sa.Column("derniere_erreur", sa.Text),
    sa.Column("transmis_le", sa.DateTime),
)

Migration = Callable[[Connection], None]

MIGRATIONS: tuple[Migration, ...] = ()
"""Schema changes after version 1, in order: ``MIGRATIONS[i]`` goes from version i + 1
to i + 2 and must keep the data (add a column with a default, copy, then drop). A new
database is created from ``METADATA`` directly at the latest version."""


def migrer(
    moteur: Engine, metadata: sa.MetaData = METADATA, migrations: Sequence[Migration] = MIGRATIONS
) -> int:
    """Create the schema, or bring an existing one to the latest version; return it.

    Raises:
        SchemaTropRecent: the database is at a version this code does not know.

    """
    derniere = 1 + len(migrations)
    version = metadata.tables["schema_version"]
    with moteur.begin() as cx:
        if not sa.inspect(cx).has_table("schema_version"):
            metadata.create_all(cx)
            cx.execute(sa.insert(version).values(version=derniere))
            return derniere
        actuelle = int(cx.execute(sa.select(version.c.version)).scalar_one())
        if actuelle > derniere:
            raise SchemaTropRecent(f"schéma en version {actuelle}, ce code connaît {derniere}")
        for migration in migrations[actuelle - 1 :]:
            migration(cx)
        cx.execute(sa.update(version).values(version=derniere))
    return derniere


def creer_moteur(url: str) -> Engine:
    """An engine for ``url``; a SQLite file gets its folder created first."""
    adresse = sa.engine.make_url(url)
    if adresse.get_backend_name() == "sqlite" and adresse.database not in (None, "", ":memory:"):
        Path(adresse.database).parent.mkdir(parents=True, exist_ok=True)
    # pre-ping: after a database restart, a pooled connection is tested and replaced
    # when it is checked out, instead of failing the next request.
    return sa.create_engine(adresse, future=True, pool_pre_ping=True)


def _en_utc(instant: datetime) -> datetime:
    """Stored form of a time: naive UTC, the same on every database."""
    return instant.astimezone(timezone.utc).replace(tzinfo=None)


def _depuis_utc(stocke: datetime) -> datetime:
    return stocke.replace(tzinfo=timezone.utc).astimezone(FUSEAU)


def _ligne(reference: str, reclamation: Reclamation) -> dict[str, Any]:
    """Columns of a new dossier that come from the complaint."""
    reponses = reclamation.reponses
    return {
        "reference": reference,
        "organisation": reclamation.organisation,
        "numero_adherent": reclamation.numero_adherent,
        "nom": reclamation.nom,
        "prenom": reclamation.prenom,
        "email": reclamation.email,
        "nature": reclamation.nature,
        "pieces": reclamation.pieces,
        "contact_prealable": reponses.contact_prealable,
        "date_reclamation_ecrite": reclamation.date_ecrite,
        "reponse_recue": reponses.reponse_recue,
        "reponse_satisfaisante": reponses.reponse_satisfaisante,
        "procedure_en_cours": reponses.procedure_en_cours,
        "donnees_medicales": reponses.donnees_medicales,
    }


def _dossier(ligne: Any) -> Dossier:
    """Read one row of ``dossiers`` back into a value."""
    ecrite: date | None = ligne.date_reclamation_ecrite
    reponses = Reponses(
        qualification=Qualification.RECLAMATION,
        contact_prealable=ligne.contact_prealable,
        reclamation_ecrite=ecrite is not None,
        date_reclamation_ecrite=ecrite,
        reponse_recue=ligne.reponse_recue,
        reponse_satisfaisante=ligne.reponse_satisfaisante,
        procedure_en_cours=ligne.procedure_en_cours,
        donnees_medicales=ligne.donnees_medicales,
    )
    reclamation = Reclamation(
        organisation=ligne.organisation,
        numero_adherent=ligne.numero_adherent,
        nom=ligne.nom,
        prenom=ligne.prenom,
        email=ligne.email,
        nature=ligne.nature,
        pieces=ligne.pieces,
        reponses=reponses,
    )
    return Dossier(
        reference=ligne.reference,
        reclamation=reclamation,
        cree_le=_depuis_utc(ligne.cree_le),
        statut=Statut(ligne.statut),
        orientation=dict(ligne.orientation),
        motif_restriction=ligne.motif_restriction,
    )


# --- the store ----------------------------------------------------------------------


class Depot:
    """The dossiers and their outbox, in one SQLAlchemy database."""

    def __init__(self, moteur: Engine) -> None:
        """Use ``moteur``, whose schema must be up to date (see ``ouvrir_depot``)."""
        self._moteur = moteur

    def enregistrer(
        self,
        reclamation: Reclamation,
        orientation: Orientation,
        maintenant: datetime,
        *,
        transmettre: bool,
    ) -> tuple[Dossier, str]:
        """Record a complaint with its orientation; return the dossier and its letter token.

        A reference already taken (about one chance in 1e11) is drawn again.

        Args:
            reclamation: what the person agreed to record.
            orientation: the orientation shown to the person (its ``reference`` is set here).
            maintenant: the time of the record (Europe/Paris).
            transmettre: also queue the dossier for the insurer's endpoint.

        Raises:
            DonneesMedicalesRefusees: a field reveals health details; nothing is stored.
            ValueError: the orientation is a mere request, which is not recorded.

        """
        reclamation.verifier_sans_donnees_medicales()
        if orientation.qualification is not Qualification.RECLAMATION:
            raise ValueError("only complaints are recorded")
        cree_le = maintenant.replace(microsecond=0)
        prefixe = orientation.faits.organisation.prefixe_reference
        essais = 0
        while True:
            essais += 1
            reference = generer_reference(prefixe, cree_le.year)
            jeton = secrets.token_urlsafe(32)
            charge = en_json(replace(orientation, reference=reference))
            ligne = {
                **_ligne(reference, reclamation),
                "orientation": charge,
                "jeton_empreinte": empreinte(jeton),
                "cree_le": _en_utc(cree_le),
                "statut": Statut.ACTIF.value,
            }
            try:
                self._inserer_malgre_les_coupures(ligne, transmettre)
            except IntegrityError:
                if essais == _ESSAIS_REFERENCE:
                    raise
                continue
            return Dossier(reference, reclamation, cree_le, Statut.ACTIF, charge), jeton

    def _inserer_malgre_les_coupures(self, ligne: dict[str, Any], transmettre: bool) -> None:
        """``_inserer``, replayed while the connection is cut (the database restarts).

        A cut during the commit leaves its outcome unknown: the reference, drawn once
        for all the replays, tells whether the dossier is there, so it is written once.
        """
        for essai in range(_ESSAIS_COUPURE):
            try:
                if essai and self.lire(ligne["reference"]) is not None:
                    return
                self._inserer(ligne, transmettre)
                return
            except OperationalError:
                if essai == _ESSAIS_COUPURE - 1:
                    raise
                time.sleep(1)

    def _inserer(self, ligne: dict[str, Any], transmettre: bool) -> None:
        """Insert one dossier, and its outbox item, in one transaction."""
        with self._moteur.begin() as cx:
            identifiant = cx.execute(sa.insert(_dossiers).values(**ligne)).inserted_primary_key[0]
            if transmettre:
                cx.execute(
                    sa.insert(_outbox).values(
                        dossier_id=identifiant, cree_le=ligne["cree_le"], tentatives=0
                    )
                )

    def _un(self, condition: Any) -> tuple[Dossier, str] | None:
        with self._moteur.connect() as cx:
            ligne = cx.execute(sa.select(_dossiers).where(condition)).first()
        return (_dossier(ligne), ligne.jeton_empreinte) if ligne else None

    def lire(self, reference: str) -> Dossier | None:
        """The dossier with this reference, whatever its status."""
        trouve = self._un(_dossiers.c.reference == reference)
        return trouve[0] if trouve else None

    def lire_avec_jeton(self, reference: str, jeton: str) -> Dossier | None:
        """The active dossier whose letter token is ``jeton``; ``None`` otherwise.

        An unknown reference and a wrong token take the same path and the same time.
        """
        trouve = self._un(
            (_dossiers.c.reference == reference) & (_dossiers.c.statut == Statut.ACTIF.value)
        )
        attendue = trouve[1] if trouve else _EMPREINTE_FACTICE
        if _egaux(empreinte(jeton), attendue) and trouve:
            return trouve[0]
        return None

    def lire_pour_suivi(self, reference: str, email: str) -> Dossier | None:
        """The active dossier with this reference and e-mail (case ignored); else ``None``."""
        trouve = self._un(
            (_dossiers.c.reference == reference) & (_dossiers.c.statut == Statut.ACTIF.value)
        )
        attendu = trouve[0].reclamation.email if trouve else ""
        if _egaux(email.casefold(), attendu.casefold()) and trouve:
            return trouve[0]
        return None

    def dossiers(
        self, organisation: str | None = None, statut: Statut | None = None
    ) -> list[Dossier]:
        """Dossiers in creation order, optionally of one organisation and one status."""
        requete = sa.select(_dossiers).order_by(_dossiers.c.cree_le, _dossiers.c.id)
        if organisation is not None:
            requete = requete.where(_dossiers.c.organisation == organisation)
        if statut is not None:
            requete = requete.where(_dossiers.c.statut == statut.value)
        with self._moteur.connect() as cx:
            return [_dossier(ligne) for ligne in cx.execute(requete)]

    def _supprimer(self, cx: Connection, reference: str) -> None:
        """Delete a dossier and what its outbox holds of it."""
        identifiants = sa.select(_dossiers.c.id).where(_dossiers.c.reference == reference)
        cx.execute(sa.delete(_outbox).where(_outbox.c.dossier_id.in_(identifiants)))
        cx.execute(sa.delete(_dossiers).where(_dossiers.c.reference == reference))

    def _changer_statut(
        self, cx: Connection, reference: str, statut: Statut, motif: str | None = None
    ) -> None:
        cx.execute(
            sa.update(_dossiers)
            .where(_dossiers.c.reference == reference)
            .values(statut=statut.value, motif_restriction=motif)
        )

    def effacer(self, reference: str, aujourdhui: date) -> Effacement | None:
        """Erase a dossier, or restrict it while its dispute is open (brief §7).

        Returns:
            What was done, with the reason of a restriction; ``None`` for an unknown
            reference.

        """
        dossier = self.lire(reference)
        if dossier is None:
            return None
        if litige_ouvert(dossier.date_reclamation, aujourdhui):
            motif = rediger_restriction(mediateur_au_plus_tard(dossier.date_reclamation))
            with self._moteur.begin() as cx:
                self._changer_statut(cx, reference, Statut.RESTREINT, motif)
            return Effacement(reference, efface=False, motif=motif)
        with self._moteur.begin() as cx:
            self._supprimer(cx, reference)
        return Effacement(reference, efface=True)

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
        """Dossiers queued for the insurer and not yet received, oldest first."""
        requete = (
            sa.select(
                _outbox.c.id.label("outbox_id"),
                _outbox.c.cree_le.label("outbox_cree_le"),
                _outbox.c.tentatives,
                _outbox.c.derniere_erreur,
                _dossiers,
            )
            .join(_dossiers, _outbox.c.dossier_id == _dossiers.c.id)
            .where(_outbox.c.transmis_le.is_(None))
            .order_by(_outbox.c.id)
        )
        if reference is not None:
            requete = requete.where(_dossiers.c.reference == reference)
        with self._moteur.connect() as cx:
            lignes = cx.execute(requete).all()
        return [
            EnAttente(
                identifiant=ligne.outbox_id,
                reference=ligne.reference,
                depuis=_depuis_utc(ligne.outbox_cree_le),
                tentatives=ligne.tentatives,
                derniere_erreur=ligne.derniere_erreur,
                charge=_dossier(ligne).en_json(),
            )
            for ligne in lignes
        ]

    def noter_envoi(self, identifiant: int, maintenant: datetime, erreur: str | None) -> None:
        """Record one delivery attempt: received when ``erreur`` is ``None``."""
        valeurs: dict[str, Any] = {
            "tentatives": _outbox.c.tentatives + 1,
            "derniere_erreur": erreur,
        }
        if erreur is None:
            valeurs["transmis_le"] = _en_utc(maintenant)
        with self._moteur.begin() as cx:
            cx.execute(sa.update(_outbox).where(_outbox.c.id == identifiant).values(**valeurs))


def ouvrir_depot(url: str) -> Depot:
    """Open the store at ``url``, creating or migrating its schema."""
    moteur = creer_moteur(url)
    migrer(moteur)
    return Depot(moteur)


# --- Rasa's tracker store -----------------------------------------------------------

_evenements = sa.table("events", sa.column("sender_id"), sa.column("timestamp"))
"""The two columns of Rasa's ``SQLTrackerStore`` table that retention needs."""


def purger_conversations(url: str, avant: datetime) -> int:
    """Delete every conversation whose last event is older than ``avant``; return how many.

    Args:
        url: SQLAlchemy URL of Rasa's tracker store (table ``events``).
        avant: the limit; events carry Unix timestamps.

    """
    moteur = creer_moteur(url)
    with moteur.begin() as cx:
        if not sa.inspect(cx).has_table("events"):
            return 0
        expirees = (
            sa.select(_evenements.c.sender_id)
            .group_by(_evenements.c.sender_id)
            .having(sa.func.max(_evenements.c.timestamp) < avant.timestamp())
        )
        nombre = len(cx.execute(expirees).all())
        cx.execute(sa.delete(_evenements).where(_evenements.c.sender_id.in_(expirees)))
    moteur.dispose()
    return nombre
