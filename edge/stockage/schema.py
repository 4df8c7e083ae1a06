"""The dossier database's schema, its versions and its engine.

``schema_version`` and the ordered ``MIGRATIONS`` bring an existing database to the
latest version without losing its data; a new one is created from ``METADATA``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from bot.saisie import LONGUEUR_MAX_NUMERO


class SchemaTropRecent(RuntimeError):
    """The database was written by a newer version of Recours."""


METADATA = sa.MetaData()

sa.Table("schema_version", METADATA, sa.Column("version", sa.Integer, nullable=False))

DOSSIERS = sa.Table(
    "dossiers",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("reference", sa.String(24), nullable=False, unique=True),
    sa.Column("organisation", sa.String(64), nullable=False, index=True),
    sa.Column("numero_adherent", sa.String(LONGUEUR_MAX_NUMERO)),
    sa.Column("nom", sa.String(60), nullable=False),
    sa.Column("prenom", sa.String(60), nullable=False),
    sa.Column("email", sa.String(254), nullable=False),
    sa.Column("nature", sa.Text, nullable=False),
    sa.Column("pieces", sa.Text, nullable=False),
    sa.Column("contact_prealable", sa.Boolean),
    sa.Column("date_reclamation_ecrite", sa.Date),
    sa.Column("fin_date_reclamation_ecrite", sa.Date),
    sa.Column("reponse_recue", sa.Boolean),
    sa.Column("reponse_satisfaisante", sa.Boolean),
    sa.Column("procedure_en_cours", sa.Boolean),
    sa.Column("donnees_medicales", sa.Boolean, nullable=False),
    sa.Column("orientation", sa.JSON, nullable=False),
    sa.Column("jeton_empreinte", sa.String(64), nullable=False),
    sa.Column("cree_le", sa.DateTime, nullable=False),
    sa.Column("statut", sa.String(16), nullable=False),
    sa.Column("motif_restriction", sa.Text),
    sa.Column("organisation_instantane", sa.JSON),
    sa.Column("contrats", sa.JSON),
    sa.Column("montant_litige", sa.String(16)),
    sa.Column("cas_litige", sa.JSON),
    sa.Column("email_verifie", sa.String(16)),
    sa.Column("rappels_arretes", sa.String(16)),
    sa.Column("rappels_arretes_le", sa.DateTime),
    sa.Column("conseiller", sa.String(64)),
    sa.Column("conversation", sa.String(255)),
    sa.Column("cas", sa.String(64)),
    sa.UniqueConstraint("conversation", "cas", name="un_dossier_par_cas"),
)
"""``organisation_instantane``: the organisation file as it was on the day of the record
(version 2), so that a letter never changes when the file does. ``contrats``,
``montant_litige``, ``cas_litige`` (version 3): the facts that choose the mediator, its
warnings and the next step (``bot.litige`` codes). ``email_verifie`` (version 4): how
the address was verified (``bot.verification.Verification``; empty before);
``rappels_arretes``: why the reminders stopped (``bot.rappels.Arret``), and when.
``conseiller`` (version 5): the login of the signed-in agent who filed the dossier from
the agents' page (empty for a dossier a person filed, and before).
``conversation`` and ``cas`` (version 6): the Rasa conversation (sender) and the case
within it that the dossier closes; one dossier per case (``un_dossier_par_cas``), so a
double "oui", a replayed turn or a lost tracker save never records a second one (empty
before: older dossiers are not constrained)."""

OUTBOX = sa.Table(
    "outbox",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("dossier_id", sa.Integer, sa.ForeignKey("dossiers.id"), nullable=False),
    sa.Column("cree_le", sa.DateTime, nullable=False),
    sa.Column("tentatives", sa.Integer, nullable=False, default=0),
    sa.Column("derniere_erreur", sa.Text),
    sa.Column("transmis_le", sa.DateTime),
)

COURRIELS = sa.Table(
    "courriels",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("dossier_id", sa.Integer, sa.ForeignKey("dossiers.id"), nullable=False),
    sa.Column("nature", sa.String(24), nullable=False),
    sa.Column("du_le", sa.Date, nullable=False),
    sa.Column("message_id", sa.String(255)),
    sa.Column("cree_le", sa.DateTime, nullable=False),
    sa.Column("envoye_le", sa.DateTime),
    sa.Column("tentatives", sa.Integer, nullable=False, default=0),
    sa.Column("derniere_erreur", sa.Text),
    sa.UniqueConstraint("dossier_id", "nature"),
)
"""The e-mails of each dossier (the dated copy, the reminders), at most one of each
nature: a row is claimed before its message is sent and marked sent after."""

JETONS = sa.Table(
    "jetons",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("dossier_id", sa.Integer, sa.ForeignKey("dossiers.id"), nullable=False, index=True),
    sa.Column("usage", sa.String(16), nullable=False),
    sa.Column("empreinte", sa.String(64), nullable=False),
    sa.Column("cree_le", sa.DateTime, nullable=False),
)
"""SHA-256 of the tokens of the links sent by e-mail (letter, "c'est réglé", "ne plus
recevoir"): each e-mail carries tokens of its own."""

VERIFICATIONS = sa.Table(
    "verifications",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("conversation", sa.String(255), nullable=False, index=True),
    sa.Column("email", sa.String(254), nullable=False),
    sa.Column("empreinte", sa.String(64), nullable=False),
    sa.Column("sel", sa.String(64), nullable=False),
    sa.Column("envoye_le", sa.DateTime, nullable=False),
    sa.Column("essais", sa.Integer, nullable=False, default=0),
    sa.Column("verifie_le", sa.DateTime),
)
"""The e-mail codes sent to conversations, as salted HMACs only."""

ESSAIS_SUIVI = sa.Table(
    "essais_suivi",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("reference", sa.String(24), nullable=False, index=True),
    sa.Column("essaye_le", sa.DateTime, nullable=False),
)
"""Wrong e-mails given in the follow-up of one reference (known or not), when: after a
few, the follow-up of that reference is locked for a while (``bot.suivi``)."""

Migration = Callable[[Connection], None]


def _ajouter_instantane(cx: Connection) -> None:
    """Version 2: the organisation's snapshot (empty for older dossiers)."""
    cx.execute(sa.text("ALTER TABLE dossiers ADD COLUMN organisation_instantane JSON"))


def _ajouter_litige(cx: Connection) -> None:
    """Version 3: the contract, the sum at stake and the kind of dispute (empty before)."""
    for colonne, genre in (("contrats", "JSON"), ("montant_litige", "VARCHAR(16)"),
                           ("cas_litige", "JSON")):  # fmt: skip
        cx.execute(sa.text(f"ALTER TABLE dossiers ADD COLUMN {colonne} {genre}"))


def _ajouter_courriels(cx: Connection) -> None:
    """Version 4: e-mail verification, the e-mails of each dossier and their tokens."""
    horodatage = "TIMESTAMP" if cx.dialect.name == "postgresql" else "DATETIME"
    colonnes = {
        "email_verifie": "VARCHAR(16)",
        "rappels_arretes": "VARCHAR(16)",
        "rappels_arretes_le": horodatage,
    }
    existantes = {colonne["name"] for colonne in sa.inspect(cx).get_columns("dossiers")}
    for nom, genre in colonnes.items():
        if nom not in existantes:
            cx.execute(sa.text(f"ALTER TABLE dossiers ADD COLUMN {nom} {genre}"))
    for table in (COURRIELS, JETONS, VERIFICATIONS):
        table.create(cx, checkfirst=True)


def _ajouter_conseiller(cx: Connection) -> None:
    """Version 5: the agent who filed the dossier (empty before)."""
    if "conseiller" not in {colonne["name"] for colonne in sa.inspect(cx).get_columns("dossiers")}:
        cx.execute(sa.text("ALTER TABLE dossiers ADD COLUMN conseiller VARCHAR(64)"))


def _ajouter_cas(cx: Connection) -> None:
    """Version 6: one dossier per conversation case, and the follow-up's wrong e-mails."""
    inspection = sa.inspect(cx)
    existantes = {colonne["name"] for colonne in inspection.get_columns("dossiers")}
    for colonne, genre in (("conversation", "VARCHAR(255)"), ("cas", "VARCHAR(64)")):
        if colonne not in existantes:
            cx.execute(sa.text(f"ALTER TABLE dossiers ADD COLUMN {colonne} {genre}"))
    uniques = {u["name"] for u in inspection.get_unique_constraints("dossiers")}
    uniques |= {i["name"] for i in inspection.get_indexes("dossiers")}
    if "un_dossier_par_cas" not in uniques:
        cx.execute(
            sa.text("CREATE UNIQUE INDEX un_dossier_par_cas ON dossiers (conversation, cas)")
        )
    ESSAIS_SUIVI.create(cx, checkfirst=True)


def _ajouter_fin_de_date(cx: Connection) -> None:
    """Version 7: the last day of a written-complaint date given as a range (empty before)."""
    if "fin_date_reclamation_ecrite" not in {
        c["name"] for c in sa.inspect(cx).get_columns("dossiers")
    }:
        cx.execute(sa.text("ALTER TABLE dossiers ADD COLUMN fin_date_reclamation_ecrite DATE"))


MIGRATIONS: tuple[Migration, ...] = (
    _ajouter_instantane,
    _ajouter_litige,
    _ajouter_courriels,
    _ajouter_conseiller,
    _ajouter_cas,
    _ajouter_fin_de_date,
)
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
    # hide_parameters: an error's message never carries the bound values (names,
    # e-mails, nature) into a log.
    return sa.create_engine(adresse, future=True, pool_pre_ping=True, hide_parameters=True)
