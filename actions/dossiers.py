"""Dossiers in the conversation: consent, record, letter link, dated copy, follow-up.

A recorded dossier closes its case: every slot of the case goes back to its initial
value (organisation and audience kept), so a later "oui", or the next caller on an
agent's desk, sees nothing of it. The database holds one dossier per case
(``bot.dossier.Cas``): a turn replayed with the same state gets the same dossier back.
A letter's link is shown once: its token is in the address's fragment, which the
tracker store drops (``bot.confidentialite``); the follow-up issues a new one.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import AllSlotsReset, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.base import ActionRecours, Evenements, hors_boucle
from actions.lecture import identite, metadonnees, reponses, texte_du_message
from actions.metriques import compter_dossier, compter_transmission
from actions.orientation import orientation_du_cas
from bot.dossier import (
    Cas,
    DonneesMedicalesRefusees,
    Dossier,
    Reclamation,
    adresse_de_lettre,
    lire_reference,
)
from bot.jalons import date_en_francais
from bot.lettres import libelle_du_lien, rediger_recapitulatif
from bot.orientation import Orientation
from bot.presentation import en_json, horodatage_en_francais, rediger_suivi
from bot.preuves import VALEUR_SIGNABLE
from bot.resume import rediger_resume
from bot.saisie import valider_email
from bot.suivi import IssueSuivi
from bot.verification import Verification
from edge.contexte import Contexte, contexte
from edge.veille import envoyer_lien_de_lettre

journal = logging.getLogger(__name__)

DEBUTS_DE_CAS = {"session_started", "restart", "reset_slots"}
"""Events after which a new case starts: a new session, a restart, every slot reset (a
recorded dossier, "Recommencer", a new call)."""

GARDES = ("organisation", "audience")
"""Slots a closed case keeps: they describe the channel, not the case."""


def _texte(tracker: Tracker, slot: str) -> str:
    valeur = tracker.get_slot(slot)
    return valeur if isinstance(valeur, str) else ""


def cas_de(tracker: Tracker) -> Cas:
    """The conversation's current case: the time of the event that started it.

    Two turns with the same history (a double "oui" on two replicas, a turn replayed
    after its save was lost) name the same case.
    """
    debuts = [
        str(e.get("timestamp"))
        for e in tracker.events
        if e.get("event") in DEBUTS_DE_CAS and e.get("timestamp") is not None
    ]
    return Cas(tracker.sender_id, debuts[-1] if debuts else "debut")


def fermer_le_cas(tracker: Tracker) -> Evenements:
    """Every slot back to its initial value, but the channel's (organisation, audience)."""
    return [
        AllSlotsReset(),
        *(SlotSet(slot, tracker.get_slot(slot)) for slot in GARDES if tracker.get_slot(slot)),
    ]


def _cas(tracker: Tracker) -> tuple[Reclamation, Orientation]:
    """The complaint as the forms collected it, and its orientation for today."""
    orientation = orientation_du_cas(tracker)
    reclamation = Reclamation.depuis(
        orientation.faits.organisation.id, identite(tracker), reponses(tracker)
    )
    return reclamation, orientation


def conseiller(tracker: Tracker) -> str | None:
    """The signed-in agent the channel names in the metadata (``rasa_addons.confiance``)."""
    agent = metadonnees(tracker).get("agent")
    return agent if isinstance(agent, str) and VALEUR_SIGNABLE.fullmatch(agent) else None


def _pour_agent(tracker: Tracker) -> bool:
    return bool(tracker.get_slot("audience") == "agent")


def lien(libelle: str) -> dict[str, str]:
    """How the card shows a letter link: its label, in a new tab, without referrer."""
    return {"libelle": libelle, "target": "_blank", "rel": "noopener noreferrer"}


class ActionAskConsentement(ActionRecours):
    """Show the dated summary and ask whether to record the complaint."""

    NOM = "action_ask_consentement"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Utter the summary (``bot.lettres``) inside the consent question."""
        reclamation, orientation = _cas(tracker)
        faits = orientation.faits
        recapitulatif = rediger_recapitulatif(reclamation, faits.organisation, faits.aujourdhui)
        dispatcher.utter_message(response="utter_ask_consentement", recapitulatif=recapitulatif)
        return []


class ActionEnregistrerDossier(ActionRecours):
    """Record the complaint the person agreed to, and give its reference and letter."""

    NOM = "action_enregistrer_dossier"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Store the dossier once the address is verified (or an agent skipped it).

        Then say its reference, date and letter link (an agent's caller gets it by
        e-mail, with the dated copy), give the agent's summary, close the case, and
        e-mail the copy and forward the dossier to the insurer in the background.
        """
        if tracker.get_slot("consentement") is not True:
            dispatcher.utter_message(response="utter_dossier_non_enregistre")
            self._resume(dispatcher, tracker, None)
            return []
        verification = tracker.get_slot("verification_email")
        if verification not in {v.value for v in Verification}:
            dispatcher.utter_message(response="utter_dossier_non_verifie")
            self._resume(dispatcher, tracker, None)
            return []
        ctx = contexte()
        reclamation, orientation = _cas(tracker)
        enregistrer = partial(
            ctx.depot.enregistrer,
            reclamation,
            orientation,
            ctx.maintenant(),
            transmettre=ctx.url_webhook is not None,
            verification=Verification(verification),
            cas=cas_de(tracker),
            conseiller=conseiller(tracker),
        )
        try:
            dossier, jeton = await hors_boucle(enregistrer)
        except DonneesMedicalesRefusees:
            compter_dossier("refuse_sante")
            dispatcher.utter_message(response="utter_dossier_medical")
            return []
        except SQLAlchemyError:
            journal.exception("dossier store unavailable")
            compter_dossier("indisponible")
            dispatcher.utter_message(response="utter_dossier_indisponible")
            return []
        compter_dossier("enregistre")
        self._annoncer(dispatcher, ctx, dossier, jeton)
        ctx.envoyer_copie(dossier.reference)
        envoi = ctx.transmettre(dossier.reference)
        if envoi is not None:
            envoi.add_done_callback(compter_transmission)
        self._resume(dispatcher, tracker, dossier.reference)
        return fermer_le_cas(tracker)

    @staticmethod
    def _annoncer(
        dispatcher: CollectingDispatcher,
        ctx: Contexte,
        dossier: Dossier,
        jeton: str,
    ) -> None:
        """The reference, the date, and the letter's link.

        An agent's text reads out no address (the letter goes by e-mail with the dated
        copy); the card still carries the link, for the agent to open or print it.
        """
        libelle = libelle_du_lien(dossier.orientation_enregistree())
        lettre_url = adresse_de_lettre(ctx.url_web, dossier.reference, jeton)
        dispatcher.utter_message(
            response="utter_dossier_enregistre",
            reference=dossier.reference,
            horodatage=horodatage_en_francais(dossier.cree_le),
            lettre_url=lettre_url,
            libelle=libelle,
        )
        dispatcher.utter_message(
            json_message={
                "type": "orientation",
                **dossier.orientation,
                "lettre_url": lettre_url,
                "lettre": lien(libelle),
            }
        )

    @staticmethod
    def _resume(dispatcher: CollectingDispatcher, tracker: Tracker, reference: str | None) -> None:
        """The agent's summary to copy, with the reference once recorded."""
        resume = rediger_resume(orientation_du_cas(tracker), identite(tracker), reference)
        dispatcher.utter_message(response="utter_synthese", resume=resume)


class ActionPreparerSuivi(ActionRecours):
    """Keep the reference and e-mail the first message of a follow-up already gives."""

    NOM = "action_preparer_suivi"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Set ``suivi_reference`` and ``suivi_email`` when the message holds them."""
        texte = texte_du_message(tracker)
        lus = {"suivi_reference": lire_reference(texte), "suivi_email": valider_email(texte)}
        return [SlotSet(slot, valeur) for slot, valeur in lus.items() if valeur]


class ActionSuiviDossier(ActionRecours):
    """Tell a returning person where their complaint stands today, and a new letter link."""

    NOM = "action_suivi_dossier"

    async def executer(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Evenements:
        """Find the dossier by reference and e-mail, recompute its dates for today.

        A reference with too many wrong e-mails is locked for a while (``bot.suivi``).
        The letter gets a new link: shown to a person, e-mailed to the dossier's address
        when an agent asks (over the phone, nobody reads out an address).
        """
        ctx = contexte()
        oublier = [SlotSet("suivi_reference", None), SlotSet("suivi_email", None)]
        lire = partial(
            ctx.depot.lire_pour_suivi,
            _texte(tracker, "suivi_reference"),
            _texte(tracker, "suivi_email"),
            ctx.maintenant(),
        )
        try:
            issue, dossier = await hors_boucle(lire)
        except SQLAlchemyError:
            journal.exception("dossier store unavailable")
            dispatcher.utter_message(response="utter_dossier_indisponible")
            return oublier
        if issue is IssueSuivi.VERROUILLE:
            dispatcher.utter_message(response="utter_suivi_verrouille")
            return oublier
        if dossier is None:
            dispatcher.utter_message(response="utter_suivi_introuvable")
            return oublier
        orientation = dossier.orientation_au_suivi(ctx.aujourdhui())
        dispatcher.utter_message(
            response="utter_suivi",
            reference=dossier.reference,
            date=date_en_francais(dossier.cree_le.date()),
            suivi=rediger_suivi(orientation),
        )
        lettre = await self._nouvelle_lettre(dispatcher, tracker, ctx, dossier)
        charge = {**en_json(orientation), "reference": dossier.reference, **lettre}
        dispatcher.utter_message(json_message={"type": "suivi", **charge})
        return oublier

    @staticmethod
    async def _nouvelle_lettre(
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        ctx: Contexte,
        dossier: Dossier,
    ) -> dict[str, Any]:
        """A new letter link: shown (and returned for the card), or e-mailed for an agent."""
        libelle = libelle_du_lien(dossier.orientation_enregistree())
        maintenant = ctx.maintenant()
        if _pour_agent(tracker):
            envoyer = partial(
                envoyer_lien_de_lettre, ctx.depot.courrier, ctx.poste, dossier, maintenant
            )
            envoye = await hors_boucle(envoyer)
            reponse = "envoyee" if envoye else "non_envoyee"
            dispatcher.utter_message(response=f"utter_suivi_lettre_{reponse}")
            return {}
        jeton = await hors_boucle(partial(ctx.depot.nouveau_lien, dossier.reference, maintenant))
        lettre_url = adresse_de_lettre(ctx.url_web, dossier.reference, jeton)
        dispatcher.utter_message(
            response="utter_suivi_lettre", libelle=libelle, lettre_url=lettre_url
        )
        return {"lettre_url": lettre_url, "lettre": lien(libelle)}
