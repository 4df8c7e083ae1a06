"""Read the facts of a case and give its orientation."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import ActionRecours, Evenements
from actions.lecture import FIN_DE_DATE, identite, organisation, reponses, texte_du_message
from actions.metriques import compter_orientation
from bot.faits import extraire_faits
from bot.orientation import Orientation, Qualification, orienter
from bot.parcours import construire_faits, plage_a_preciser, plage_de_la_date
from bot.presentation import en_json
from bot.resume import rediger_resume
from edge.contexte import contexte


def organisation_citee(tracker: Tracker) -> list[EventType]:
    """The organisation the message names, unless one is already known."""
    if tracker.get_slot("organisation"):
        return []
    citee = contexte().registre.reconnaitre(texte_du_message(tracker))
    return [SlotSet("organisation", citee.id)] if citee else []


def orientation_du_cas(tracker: Tracker) -> Orientation:
    """The case's orientation for today."""
    ctx = contexte()
    faits = construire_faits(
        reponses(tracker), organisation(tracker, ctx.registre), ctx.aujourdhui()
    )
    return orienter(faits)


def faits_du_message(tracker: Tracker) -> list[EventType]:
    """The slots the latest message answers (``bot.faits``), those not answered yet.

    An imprecise date whose day decides ("fin septembre") is kept as a range, and the
    form asks for the day (``bot.parcours.plage_a_preciser``).
    """
    ctx = contexte()
    texte = texte_du_message(tracker)
    faits = extraire_faits(texte, ctx.aujourdhui())
    plage = plage_a_preciser(faits, texte, organisation(tracker, ctx.registre), ctx.aujourdhui())
    recue = plage_de_la_date(faits, texte, ctx.aujourdhui())
    evenements: list[EventType] = []
    for champ in fields(faits):
        valeur = getattr(faits, champ.name)
        if valeur is None or tracker.get_slot(champ.name) is not None:
            continue
        if isinstance(valeur, date) and plage:
            evenements.append(SlotSet("date_approximative", [j.isoformat() for j in plage]))
            continue
        slot_valeur = valeur.isoformat() if isinstance(valeur, date) else valeur
        evenements.append(SlotSet(champ.name, slot_valeur))
        if isinstance(valeur, date):
            evenements.append(SlotSet(FIN_DE_DATE, recue[1].isoformat() if recue else None))
    return evenements


def dit_ou_en_est_une_reclamation(tracker: Tracker) -> bool:
    """Whether the latest message tells where a complaint stands (``bot.faits``)."""
    faits = extraire_faits(texte_du_message(tracker), contexte().aujourdhui())
    return faits.etat_d_une_reclamation


def ouvrir_une_reclamation(tracker: Tracker) -> list[EventType]:
    """Start a complaint with what the message already says of it."""
    qualification = SlotSet("qualification", Qualification.RECLAMATION.value)
    return [qualification, *faits_du_message(tracker), *organisation_citee(tracker)]


class ActionOrientation(ActionRecours):
    """Give the orientation: plain French and the ``orientation`` payload."""

    NOM = "action_orientation"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Decide with ``bot.orientation`` and send the text and the payload together.

        The text is the full explanation, or on the widget's channel (socket.io) only
        the lead sentence, the card showing the rest (``domain.yml``). Nothing is sent
        while no case is started (``qualification`` unset). The agent's summary
        follows a mere request here; a complaint's follows its record (``actions.dossiers``).
        """
        envoyer_orientation(dispatcher, tracker)
        return []


def envoyer_orientation(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Send the case's orientation: the text, the payload and a request's agent summary.

    Nothing is sent while no case is started (``qualification`` unset). A complaint's
    reference, letter and summary come once it is recorded (``actions.dossiers``).
    """
    if tracker.get_slot("qualification") is None:
        return
    orientation = orientation_du_cas(tracker)
    compter_orientation(orientation)
    resultat: dict[str, Any] = en_json(orientation)
    dispatcher.utter_message(
        response="utter_orientation",
        explication=resultat["explication"],
        chapeau=resultat["chapeau"],
    )
    dispatcher.utter_message(
        json_message={"type": "orientation", **resultat, "reference": None, "lettre_url": None}
    )
    if orientation.faits.qualification is Qualification.DEMANDE:
        # Only the agent's audience has a variation: the checklist and this summary.
        resume = rediger_resume(orientation, identite(tracker))
        dispatcher.utter_message(response="utter_synthese", resume=resume)


class ActionLireLesFaits(ActionRecours):
    """After a side answer to an opening: a message telling where a complaint stands opens it.

    "Bonjour, j'ai écrit le 3 septembre et toujours rien, c'est gratuit le médiateur ?"
    gets its answer, then the complaint starts with those facts: nothing is thrown away.
    """

    NOM = "action_lire_les_faits"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Open the complaint with the message's facts, if any and no case is started."""
        if tracker.get_slot("qualification") is None and dit_ou_en_est_une_reclamation(tracker):
            return [*ouvrir_une_reclamation(tracker), FollowupAction("recours_form")]
        return []
