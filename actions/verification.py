"""The e-mail code step of the consent form: send the code, check what the person types.

After "yes" to the record, ``consentement_form`` asks for ``code_email``: the code sent
to the address given (``bot.verification``). The form ends when the code is right (the
dossier records ``verification_email = code``), when an agent skips the step
(``conseiller``), or when no more codes may be sent (nothing is recorded).
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.base import ActionRecours, Evenements, hors_boucle
from bot.verification import CODES_MAX, Demande, Issue, Verification, lire_demande
from edge.contexte import Contexte, contexte
from edge.veille import envoyer_code

journal = logging.getLogger(__name__)

BLOQUE = "bloque"
"""``code_email`` when no more codes may be sent: the form ends, nothing is recorded."""

_REPONSE = {
    Issue.FAUX: "utter_code_faux",
    Issue.EXPIRE: "utter_code_expire",
    Issue.EPUISE: "utter_code_epuise",
}


def _email(tracker: Tracker) -> str:
    valeur = tracker.get_slot("email")
    return valeur if isinstance(valeur, str) else ""


def _envoyer(ctx: Contexte, tracker: Tracker, dispatcher: CollectingDispatcher) -> bool:
    """Send a new code to the address of the form; say so when it could not leave."""
    envoye = envoyer_code(
        ctx.depot.courrier, ctx.poste, tracker.sender_id, _email(tracker), ctx.maintenant()
    )
    if not envoye:
        dispatcher.utter_message(response="utter_code_non_envoye")
    return envoye


class ActionAskCodeEmail(ActionRecours):
    """Send the first code to the address given, then ask for it."""

    NOM = "action_ask_code_email"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Send a code unless one was already sent to this address, then ask for it.

        The database and the mail server are reached off the event loop.
        """
        ctx = contexte()

        def envoyer_le_premier() -> None:
            if not ctx.depot.courrier.codes(tracker.sender_id, _email(tracker)):
                _envoyer(ctx, tracker, dispatcher)

        try:
            await hors_boucle(envoyer_le_premier)
        except SQLAlchemyError:
            journal.exception("dossier store unavailable")
            dispatcher.utter_message(response="utter_dossier_indisponible")
        dispatcher.utter_message(response="utter_ask_code_email", email=_email(tracker))
        return []


async def valider_code(
    valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker
) -> dict[str, Any]:
    """Check the typed code, send a new one on request, or let an agent skip the step.

    The database and the mail server are reached off the event loop.
    """
    return await hors_boucle(partial(_juger_le_code, valeur, dispatcher, tracker))


def _juger_le_code(
    valeur: Any, dispatcher: CollectingDispatcher, tracker: Tracker
) -> dict[str, Any]:
    ctx = contexte()
    demande, saisi = lire_demande(valeur if isinstance(valeur, str) else "")
    if demande is Demande.PASSER and tracker.get_slot("audience") == "agent":
        return {"code_email": "passe", "verification_email": Verification.CONSEILLER.value}
    courrier = ctx.depot.courrier
    codes = courrier.codes(tracker.sender_id, _email(tracker))
    if demande is Demande.NOUVEAU_CODE:
        if len(codes) >= CODES_MAX:
            return {"code_email": BLOQUE, "verification_email": None}
        if _envoyer(ctx, tracker, dispatcher):
            dispatcher.utter_message(response="utter_code_renvoye")
        return {"code_email": None}
    if demande is not Demande.CODE or saisi is None or not codes:
        dispatcher.utter_message(response="utter_code_incompris")
        return {"code_email": None}
    identifiant, dernier = codes[-1]
    maintenant = ctx.maintenant()
    issue = dernier.juger(saisi, maintenant)
    if issue is not Issue.EXPIRE:
        courrier.noter_essai(identifiant, maintenant if issue is Issue.ACCEPTE else None)
    if issue is Issue.ACCEPTE:
        return {"code_email": "verifie", "verification_email": Verification.CODE.value}
    dispatcher.utter_message(response=_REPONSE[issue], restants=dernier.essais_restants())
    return {"code_email": None}
