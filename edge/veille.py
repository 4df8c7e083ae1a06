"""The assistant keeps watch: the code that proves an address, the copy, the reminders.

``envoyer_code`` sends a verification code (only its salted hash is kept, once the
message is handed over). ``envoyer_rappels`` (the ``recours rappels`` command, for cron)
claims the reminder due today for each dossier that still receives e-mails, then hands
over every claimed e-mail not yet sent, the dated copies included; ``envoyer_en_attente``
does only the latter. Each e-mail carries links with tokens of its own: the letter,
"c'est réglé" and "ne plus recevoir" (also in ``List-Unsubscribe``).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.courriels import (
    Courriel,
    Liens,
    rediger_code,
    rediger_copie,
    rediger_lien_de_lettre,
    rediger_rappel,
)
from bot.dossier import Dossier, adresse_de_lettre
from bot.rappels import Arret, Nature, rappel_du
from bot.verification import CodeEnvoye, empreinte_code, tirer_code
from edge.messagerie import Enveloppe, ErreurEnvoi, Expediteur, construire, nouvel_identifiant
from edge.stockage.courrier import USAGE_LETTRE, USAGES_ARRET, AEnvoyer, Courrier


@dataclass(frozen=True)
class Poste:
    """How e-mails leave: the sender (SMTP or files), the ``From``, the web app's address."""

    expediteur: Expediteur
    de: str
    url_web: str

    def liens(self, element: AEnvoyer) -> tuple[Liens, dict[str, str]]:
        """New links for one e-mail, and their tokens by usage (to store as hashes)."""
        jetons = {
            usage: secrets.token_urlsafe(32) for usage in (USAGE_LETTRE, *USAGES_ARRET.values())
        }
        reference = element.dossier.reference
        base = f"{self.url_web}/dossiers/{reference}"
        saisine = None
        if element.nature in (Nature.MEDIATEUR, Nature.LIMITE_UN_AN):
            saisine = element.du_le
        lettre = adresse_de_lettre(self.url_web, reference, jetons[USAGE_LETTRE], saisine)
        regle, desabonner = (jetons[USAGES_ARRET[a]] for a in (Arret.REGLE, Arret.DESABONNE))
        return (
            Liens(
                lettre=lettre,
                regle=f"{base}/regle?jeton={regle}",
                desabonner=f"{base}/desabonner?jeton={desabonner}",
            ),
            jetons,
        )


@dataclass(frozen=True)
class Envoi:
    """One e-mail of a dossier handed over, or not."""

    reference: str
    nature: Nature
    message_id: str
    erreur: str | None = None


def _rediger(element: AEnvoyer, liens: Liens) -> Courriel:
    if element.nature is Nature.COPIE:
        return rediger_copie(element.dossier, liens)
    return rediger_rappel(element.dossier, element.nature, element.du_le, liens)


def _envoyer(courrier: Courrier, poste: Poste, element: AEnvoyer, maintenant: datetime) -> Envoi:
    """Hand one claimed e-mail over; record the attempt."""
    liens, jetons = poste.liens(element)
    message_id = courrier.preparer(element, nouvel_identifiant(poste.de), jetons, maintenant)
    dossier = element.dossier
    enveloppe = Enveloppe(
        dossier.reclamation.email, poste.de, message_id, maintenant, liens.desabonner
    )
    message = construire(_rediger(element, liens), enveloppe)
    try:
        poste.expediteur.envoyer(message)
    except ErreurEnvoi as erreur:
        courrier.noter_envoi(element.identifiant, maintenant, str(erreur))
        return Envoi(dossier.reference, element.nature, message_id, str(erreur))
    courrier.noter_envoi(element.identifiant, maintenant, None)
    return Envoi(dossier.reference, element.nature, message_id)


def envoyer_en_attente(
    courrier: Courrier, poste: Poste, maintenant: datetime, reference: str | None = None
) -> list[Envoi]:
    """Hand over every claimed e-mail not yet sent (of ``reference`` only, if given)."""
    return [_envoyer(courrier, poste, e, maintenant) for e in courrier.a_envoyer(reference)]


def envoyer_rappels(courrier: Courrier, poste: Poste, maintenant: datetime) -> list[Envoi]:
    """Claim the reminders due today, then hand over every claimed e-mail not yet sent.

    Idempotent: a reminder is claimed once per dossier (a second run finds it claimed and
    sent), and a run killed after a claim leaves it to the next run, same ``Message-ID``.
    """
    for dossier in courrier.recevant():
        rappel = rappel_du(dossier, maintenant.date())
        if rappel is not None:
            courrier.reserver(dossier.reference, rappel.nature, maintenant)
    return envoyer_en_attente(courrier, poste, maintenant)


def envoyer_code(
    courrier: Courrier,
    poste: Poste,
    conversation: str,
    email: str,
    maintenant: datetime,
    tirer: Callable[[], str] = tirer_code,
) -> bool:
    """Send a new verification code to ``email``; ``False`` when it could not leave."""
    code = tirer()
    sel = secrets.token_hex(16)
    enveloppe = Enveloppe(email, poste.de, nouvel_identifiant(poste.de), maintenant)
    try:
        poste.expediteur.envoyer(construire(rediger_code(code), enveloppe))
    except ErreurEnvoi:
        return False
    courrier.noter_code(conversation, email, CodeEnvoye(empreinte_code(code, sel), sel, maintenant))
    return True


def envoyer_lien_de_lettre(
    courrier: Courrier, poste: Poste, dossier: Dossier, maintenant: datetime
) -> bool:
    """E-mail a new letter link to the dossier's address; ``False`` when it could not leave.

    Over the phone, an agent has the letter sent instead of reading out its address.
    """
    jeton = secrets.token_urlsafe(32)
    courrier.noter_jetons(dossier.reference, {USAGE_LETTRE: jeton}, maintenant)
    lien = adresse_de_lettre(poste.url_web, dossier.reference, jeton)
    email = dossier.reclamation.email
    enveloppe = Enveloppe(email, poste.de, nouvel_identifiant(poste.de), maintenant)
    try:
        poste.expediteur.envoyer(construire(rediger_lien_de_lettre(dossier, lien), enveloppe))
    except ErreurEnvoi:
        return False
    return True
