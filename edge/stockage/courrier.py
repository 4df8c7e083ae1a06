"""The e-mails' side of the store: verification codes, each dossier's e-mails, their links.

An e-mail of a dossier is a row of ``courriels``, at most one per nature and dossier
(the unique constraint is what makes a reminder go out once). It is claimed (inserted)
in a transaction before anything is sent, given its ``Message-ID`` and its links' tokens
in a second one, then marked sent. A run killed in between leaves the row unsent: the
next run sends it again under the same ``Message-ID``, so the receiver can drop a copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from bot.conservation import Statut
from bot.dossier import EMPREINTE_FACTICE, Dossier, egaux, empreinte
from bot.organisations import Registre
from bot.rappels import Arret, Nature
from bot.verification import CodeEnvoye
from edge.stockage.lignes import depuis_utc, dossier, du_dossier, en_utc
from edge.stockage.schema import COURRIELS, DOSSIERS, JETONS, VERIFICATIONS

USAGE_LETTRE = "lettre"
USAGES_ARRET = {Arret.REGLE: "regle", Arret.DESABONNE: "desabonner"}
"""The token usage of each link that stops the reminders."""


def reserver(cx: Connection, dossier_id: int, nature: Nature, maintenant: datetime) -> None:
    """Claim the e-mail ``nature`` of a dossier (raises ``IntegrityError`` if claimed).

    ``maintenant`` is in Europe/Paris: the e-mail is due on that day.
    """
    cx.execute(
        sa.insert(COURRIELS).values(
            dossier_id=dossier_id,
            nature=nature.value,
            du_le=maintenant.date(),
            cree_le=en_utc(maintenant),
            tentatives=0,
        )
    )


def _inserer_jetons(
    cx: Connection, dossier_id: Any, jetons: dict[str, str], maintenant: datetime
) -> None:
    """Store the SHA-256 of ``jetons`` (``usage -> token``) for the dossier ``dossier_id``."""
    for usage, jeton in jetons.items():
        cx.execute(
            sa.insert(JETONS).values(
                dossier_id=dossier_id.scalar_subquery(),
                usage=usage,
                empreinte=empreinte(jeton),
                cree_le=en_utc(maintenant),
            )
        )


@dataclass(frozen=True)
class AEnvoyer:
    """One claimed e-mail not yet handed over."""

    identifiant: int
    nature: Nature
    du_le: date
    dossier: Dossier
    message_id: str | None
    tentatives: int
    derniere_erreur: str | None


class Courrier:
    """Codes, e-mails and links, in the dossiers' database."""

    def __init__(self, moteur: Engine, registre: Registre) -> None:
        """Use ``moteur``, whose schema is up to date."""
        self._moteur = moteur
        self._registre = registre

    # --- verification codes -----------------------------------------------------------

    def noter_code(self, conversation: str, email: str, code: CodeEnvoye) -> None:
        """Keep the hash of a code just sent to ``email`` in ``conversation``."""
        with self._moteur.begin() as cx:
            cx.execute(
                sa.insert(VERIFICATIONS).values(
                    conversation=conversation,
                    email=email,
                    empreinte=code.empreinte,
                    sel=code.sel,
                    envoye_le=en_utc(code.envoye_le),
                    essais=0,
                )
            )

    def codes(self, conversation: str, email: str) -> list[tuple[int, CodeEnvoye]]:
        """The codes sent to ``email`` in ``conversation``, oldest first."""
        requete = (
            sa.select(VERIFICATIONS)
            .where(VERIFICATIONS.c.conversation == conversation)
            .where(VERIFICATIONS.c.email == email)
            .order_by(VERIFICATIONS.c.id)
        )
        with self._moteur.connect() as cx:
            lignes = cx.execute(requete).all()
        return [
            (v.id, CodeEnvoye(v.empreinte, v.sel, depuis_utc(v.envoye_le), v.essais))
            for v in lignes
        ]

    def noter_essai(self, identifiant: int, verifie_le: datetime | None) -> None:
        """Count one attempt on a code; ``verifie_le`` when it was the right one."""
        valeurs: dict[str, Any] = {"essais": VERIFICATIONS.c.essais + 1}
        if verifie_le is not None:
            valeurs["verifie_le"] = en_utc(verifie_le)
        with self._moteur.begin() as cx:
            cx.execute(
                sa.update(VERIFICATIONS).where(VERIFICATIONS.c.id == identifiant).values(**valeurs)
            )

    def oublier_codes(self, avant: datetime) -> int:
        """Delete the codes sent before ``avant``; return how many."""
        with self._moteur.begin() as cx:
            resultat = cx.execute(
                sa.delete(VERIFICATIONS).where(VERIFICATIONS.c.envoye_le < en_utc(avant))
            )
        return int(resultat.rowcount)

    # --- e-mails of the dossiers ------------------------------------------------------

    def reserver(self, reference: str, nature: Nature, maintenant: datetime) -> bool:
        """Claim the e-mail ``nature`` of a dossier; ``False`` if it already was."""
        requete = sa.select(DOSSIERS.c.id).where(DOSSIERS.c.reference == reference)
        try:
            with self._moteur.begin() as cx:
                reserver(cx, cx.execute(requete).scalar_one(), nature, maintenant)
        except IntegrityError:
            return False
        return True

    def recevant(self) -> list[Dossier]:
        """The dossiers that still receive e-mails: active, reminders not stopped."""
        requete = (
            sa.select(DOSSIERS).where(self._recoit()).order_by(DOSSIERS.c.cree_le, DOSSIERS.c.id)
        )
        with self._moteur.connect() as cx:
            return [dossier(ligne, self._registre) for ligne in cx.execute(requete)]

    @staticmethod
    def _recoit() -> Any:
        return (DOSSIERS.c.statut == Statut.ACTIF.value) & DOSSIERS.c.rappels_arretes.is_(None)

    def a_envoyer(self, reference: str | None = None) -> list[AEnvoyer]:
        """Claimed e-mails not yet handed over, of dossiers that still receive them."""
        requete = (
            sa.select(
                COURRIELS.c.id.label("courriel_id"),
                COURRIELS.c.nature,
                COURRIELS.c.du_le,
                COURRIELS.c.message_id,
                COURRIELS.c.tentatives,
                COURRIELS.c.derniere_erreur,
                DOSSIERS,
            )
            .join(DOSSIERS, COURRIELS.c.dossier_id == DOSSIERS.c.id)
            .where(COURRIELS.c.envoye_le.is_(None) & self._recoit())
            .order_by(COURRIELS.c.id)
        )
        lignes = du_dossier(self._moteur, requete, reference)
        return [
            AEnvoyer(
                v.courriel_id,
                Nature(v.nature),
                v.du_le,
                dossier(v, self._registre),
                v.message_id,
                v.tentatives,
                v.derniere_erreur,
            )
            for v in lignes
        ]

    def preparer(
        self, element: AEnvoyer, message_id: str, jetons: dict[str, str], maintenant: datetime
    ) -> str:
        """Give a claimed e-mail its ``Message-ID`` and record its links' tokens.

        A ``Message-ID`` given at an earlier attempt is kept (and returned); the tokens
        (``usage -> token``) are stored as SHA-256.
        """
        with self._moteur.begin() as cx:
            cx.execute(
                sa.update(COURRIELS)
                .where((COURRIELS.c.id == element.identifiant) & COURRIELS.c.message_id.is_(None))
                .values(message_id=message_id)
            )
            dossier_id = sa.select(COURRIELS.c.dossier_id).where(
                COURRIELS.c.id == element.identifiant
            )
            _inserer_jetons(cx, dossier_id, jetons, maintenant)
            retenu = cx.execute(
                sa.select(COURRIELS.c.message_id).where(COURRIELS.c.id == element.identifiant)
            ).scalar_one()
        return str(retenu)

    def noter_envoi(self, identifiant: int, maintenant: datetime, erreur: str | None) -> None:
        """Record one attempt at an e-mail: handed over when ``erreur`` is ``None``."""
        valeurs: dict[str, Any] = {"tentatives": COURRIELS.c.tentatives + 1}
        valeurs["derniere_erreur"] = erreur
        if erreur is None:
            valeurs["envoye_le"] = en_utc(maintenant)
        with self._moteur.begin() as cx:
            cx.execute(sa.update(COURRIELS).where(COURRIELS.c.id == identifiant).values(**valeurs))

    def envoyes(self, reference: str) -> list[tuple[Nature, datetime]]:
        """The e-mails of a dossier already handed over, and when."""
        requete = (
            sa.select(COURRIELS.c.nature, COURRIELS.c.envoye_le)
            .join(DOSSIERS, COURRIELS.c.dossier_id == DOSSIERS.c.id)
            .where((DOSSIERS.c.reference == reference) & COURRIELS.c.envoye_le.is_not(None))
            .order_by(COURRIELS.c.id)
        )
        with self._moteur.connect() as cx:
            return [(Nature(n), depuis_utc(le)) for n, le in cx.execute(requete)]

    # --- links ------------------------------------------------------------------------

    def noter_jetons(self, reference: str, jetons: dict[str, str], maintenant: datetime) -> None:
        """Store the hashes of new tokens (``usage -> token``) of a dossier's links."""
        dossier_id = sa.select(DOSSIERS.c.id).where(DOSSIERS.c.reference == reference)
        with self._moteur.begin() as cx:
            _inserer_jetons(cx, dossier_id, jetons, maintenant)

    def empreintes(self, reference: str, usage: str, depuis: datetime | None = None) -> list[str]:
        """Hashes of the tokens of one usage issued for a dossier (after ``depuis``)."""
        requete = (
            sa.select(JETONS.c.empreinte)
            .join(DOSSIERS, JETONS.c.dossier_id == DOSSIERS.c.id)
            .where((DOSSIERS.c.reference == reference) & (JETONS.c.usage == usage))
        )
        if depuis is not None:
            requete = requete.where(JETONS.c.cree_le > en_utc(depuis))
        with self._moteur.connect() as cx:
            return [str(e) for e in cx.execute(requete).scalars()]

    def jeton_juste(self, reference: str, arret: Arret, jeton: str) -> bool:
        """Tell whether ``jeton`` is one of the dossier's tokens for the link ``arret``."""
        attendues = self.empreintes(reference, USAGES_ARRET[arret]) or [EMPREINTE_FACTICE]
        return any([egaux(empreinte(jeton), attendue) for attendue in attendues])

    def arreter(self, reference: str, arret: Arret, jeton: str, maintenant: datetime) -> bool:
        """Stop the reminders of a dossier for the holder of the link's token.

        Returns:
            ``True`` when the token is right (stopping twice is still ``True``).

        """
        if not self.jeton_juste(reference, arret, jeton):
            return False
        with self._moteur.begin() as cx:
            cx.execute(
                sa.update(DOSSIERS)
                .where((DOSSIERS.c.reference == reference) & DOSSIERS.c.rappels_arretes.is_(None))
                .values(rappels_arretes=arret.value, rappels_arretes_le=en_utc(maintenant))
            )
        return True
