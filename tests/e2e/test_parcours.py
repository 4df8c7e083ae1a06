"""Every path of the conversation, played over REST against the real servers.

Today is fixed at 2026-11-24 (RECOURS_TODAY) so the dates are exact.
"""

from __future__ import annotations

import queue
import sqlite3
from typing import Any

import pytest

from lanceur.embarque import Embarque
from outillage.rest import Conversation
from outillage.scenarios import IDENTITE
from tests.e2e.test_conseiller import DELAI, Socket

pytestmark = pytest.mark.e2e


def test_une_demande_obtient_le_niveau_1_sans_questions_d_identite(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "identites-mutuelle"})
    c.dire("bonjour, comment je fais pour changer mon RIB ?")
    o = c.orientation()
    assert (o["qualification"], o["niveau"]) == ("demande", 1)
    assert o["service"] == "Service Relation Adhérents"
    assert c.slots["nom"] is None


def test_sans_contact_niveau_1_apres_l_identite(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("ma mutuelle refuse de rembourser mes lunettes")
    assert c.question == "contact_prealable"
    c.dire("non")
    assert c.question == "numero_adherent"
    assert "conservé" in c.textes()  # the GDPR sentence comes before the first identity question
    c.dire(*IDENTITE)
    o = c.orientation()
    assert o["niveau"] == 1
    assert o["mediateur"]["motifs_codes"] == ["pas_de_reclamation_ecrite"]


def test_contact_sans_ecrit_niveau_2_avec_la_date_d_ouverture(serveurs: Embarque) -> None:
    c = Conversation(serveurs)
    c.dire(
        "je suis mécontent, on ne me rembourse pas", "Identités Mutuelle", "oui", "non", *IDENTITE
    )
    o = c.orientation()
    assert o["niveau"] == 2
    assert o["service"] == "Service Réclamations"
    assert o["echeances"]["envoi"] == "2026-11-24"
    assert o["mediateur"]["a_partir_du"] == "2027-01-26"


def test_reponse_insatisfaisante_le_mediateur_est_ouvert(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("puis-je saisir le médiateur ?")
    assert c.question == "contact_prealable"
    c.dire("oui", "oui", "le 3 août", "oui", "non")
    assert c.question == "procedure_en_cours"
    c.dire("non", *IDENTITE)
    o = c.orientation()
    assert o["niveau"] == 3 and o["mediateur"]["recevable"]
    assert o["mediateur"]["au_plus_tard"] == "2027-08-03"
    assert o["service"] == "La Médiation de l'Assurance (LMA)"


def test_faits_du_premier_message_et_trop_tot_avec_la_date(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("J'ai envoyé une réclamation écrite le 3 octobre et toujours aucune réponse")
    assert c.question == "numero_adherent"  # the history is already known
    c.dire(*IDENTITE)
    o = c.orientation()
    assert o["niveau"] == 2
    assert o["mediateur"]["motifs_codes"] == ["trop_tot"]
    assert o["mediateur"]["a_partir_du"] == "2026-12-04"
    assert o["echeances"]["reponse_objectif"] == "2026-10-18"


def test_plus_d_un_an_trop_tard(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "identites-mutuelle"})
    c.dire(
        "je conteste une décision de ma mutuelle",
        "oui",
        "oui",
        "12/10/2025",
        "oui",
        "non",
    )
    assert c.question == "montant_litige"  # asked only when the mediator is closed
    c.dire("300 €", *IDENTITE)
    o = c.orientation()
    assert o["niveau"] == 2
    assert o["mediateur"]["motifs_codes"] == ["plus_d_un_an"]
    assert o["apres_mediateur"]["codes"] == ["conciliateur_de_justice"]
    assert "conciliateur de justice" in o["explication"] and "750-1" in o["explication"]


def test_tribunal_saisi_pas_de_mediateur(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "identites-mutuelle"})
    c.dire(
        "je conteste une décision de ma mutuelle",
        "oui",
        "oui",
        "le 1er septembre",
        "oui",
        "non",
        "oui",
    )
    c.dire(*IDENTITE)
    o = c.orientation()
    assert o["niveau"] == 2
    assert o["mediateur"]["motifs_codes"] == ["procedure_en_cours"]


def test_organisation_inconnue_regles_generales(serveurs: Embarque) -> None:
    c = Conversation(serveurs)
    c.dire("mon assurance ne me rembourse pas", "je suis chez une autre mutuelle")
    assert c.slots["organisation"] == "autre"
    c.dire("non", *IDENTITE)
    assert c.orientation()["organisation"]["id"] == "autre"


def test_question_annexe_pendant_le_formulaire_puis_reprise(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("votre service client ne répond jamais")  # they were contacted: not asked again
    assert c.question == "reclamation_ecrite"
    c.dire("est-ce que la médiation est payante ?")
    assert "gratuite" in c.textes()
    assert c.question == "reclamation_ecrite"
    # the answer, then the question again in one short line
    assert c.dernieres[-1]["text"] == (
        "Et pour reprendre : avez-vous déjà envoyé une réclamation écrite ?"
    )
    assert "formulaire en ligne" not in c.textes()  # not the whole question again


@pytest.mark.parametrize(
    "question",
    ["c'est gratuit ?", "combien de temps ils ont pour répondre ?", "vous êtes un robot ?"],
)
def test_une_question_annexe_puis_le_numero_redemande_en_une_ligne(
    serveurs: Embarque, question: str
) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("ma mutuelle refuse de rembourser mes lunettes", "non")
    assert c.question == "numero_adherent"
    c.dire(question)
    assert c.question == "numero_adherent"
    assert len(c.dernieres) == 2  # the answer, then the reminder
    assert c.dernieres[-1]["text"] == "Et pour reprendre : votre numéro d'adhérent ?"
    assert "servent uniquement" not in c.textes()  # the privacy notice was said once


def test_pour_le_conseiller_le_rappel_est_a_la_troisieme_personne(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex", "audience": "agent"})
    c.dire("l'adhérent dit que sa mutuelle refuse de rembourser ses lunettes", "non")
    assert c.question == "numero_adherent"
    c.dire("c'est gratuit ?")
    assert c.dernieres[-1]["text"].startswith("Et pour reprendre : demandez son numéro")


def _tour(socket: Socket, message: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
    """Every message the widget receives for one message it sends."""
    socket.client.emit("user_uttered", {"message": message, "metadata": metadata})
    recus = [socket.messages.get(timeout=DELAI)]
    while True:
        try:
            recus.append(socket.messages.get(timeout=3))
        except queue.Empty:
            return recus


def test_sur_le_widget_la_question_reprend_en_une_ligne(serveurs: Embarque) -> None:
    socket = Socket(serveurs)
    metadata = {"organisation": "mutex"}
    try:
        socket.ouvrir({})
        _tour(socket, "ma mutuelle refuse de rembourser mes lunettes", metadata)
        _tour(socket, "non", metadata)
        recus = _tour(socket, "c'est gratuit ?", metadata)
    finally:
        socket.client.disconnect()
    textes = [m.get("text") for m in recus]
    assert len(textes) == 2 and "gratuites" in str(textes[0])
    assert textes[1] == "Et pour reprendre : votre numéro d'adhérent ?"
    assert [b["title"] for b in recus[1]["quick_replies"]] == ["Je n'en ai pas"]


def test_correction_de_la_date_pendant_l_identite(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("J'ai envoyé une réclamation écrite le 3 octobre et toujours aucune réponse")
    c.dire("je n'en ai pas")
    assert c.question == "nom"
    c.dire("en fait c'était le 5 octobre")
    assert "Je remplace la date de votre réclamation écrite" in c.textes()
    assert c.slots["date_reclamation_ecrite"] == "2026-10-03"  # not before a yes
    c.dire("oui")
    assert c.slots["date_reclamation_ecrite"] == "2026-10-05"
    assert c.question == "nom"
    c.dire("Dupont", "Jeanne", "jeanne@exemple.fr", "refus de remboursement", "aucune pièce")
    assert c.orientation()["echeances"]["envoi"] == "2026-10-05"


def test_date_impossible_ou_future_redemandee(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("ma mutuelle ne répond pas à mes courriers", "oui", "oui")
    assert c.question == "date_reclamation_ecrite"
    c.dire("le 31 février")
    assert c.question == "date_reclamation_ecrite"
    assert c.slots["date_reclamation_ecrite"] is None
    c.dire("le 12 décembre 2026")
    assert c.slots["date_reclamation_ecrite"] is None
    c.dire("le 12 septembre")
    assert c.slots["date_reclamation_ecrite"] == "2026-09-12"


def test_email_invalide_redemande_avec_un_indice(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire(
        "ma mutuelle refuse de rembourser mes lunettes", "non", "je n'en ai pas", "Dupont", "Jeanne"
    )
    assert c.question == "email"
    c.dire("jeanne@")
    assert c.question == "email" and "@exemple.fr" in c.textes()
    c.dire("jeanne.dupont@exemple.fr")
    assert c.question == "nature"


@pytest.mark.parametrize("message", ["😡😡😡", "   ", "x" * 20000, "<script>alert(1)</script>"])
def test_entrees_bizarres_ne_cassent_rien(serveurs: Embarque, message: str) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("ma mutuelle refuse de rembourser mes lunettes")
    avant = c.slots
    reponses = c.dire(message)
    assert reponses, "a clear answer every time"
    apres = c.slots
    assert apres["contact_prealable"] is None and apres["organisation"] == avant["organisation"]
    assert c.question == "contact_prealable"
    assert c.dire("non") and c.question == "numero_adherent"


def test_conseiller_humain_selon_l_organisation(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("je voudrais parler à un conseiller")
    assert "https://www.mutex.fr" in c.textes()


def test_confiance_faible_propose_des_boutons(serveurs: Embarque) -> None:
    c = Conversation(serveurs)
    reponses = c.dire("/nlu_fallback")  # what the FallbackClassifier predicts when unsure
    assert any(r.get("buttons") for r in reponses)
    assert c.slots["qualification"] is None  # no guess was made


def test_recommencer_vide_les_slots(serveurs: Embarque) -> None:
    c = Conversation(serveurs)
    c.dire("ma mutuelle refuse de rembourser mes lunettes", "Mutex", "oui")
    assert c.slots["contact_prealable"] is True
    c.dire("recommencer")
    assert c.slots["contact_prealable"] is True  # a case in progress: confirmed first
    c.dire("oui")
    slots = c.slots
    assert slots["contact_prealable"] is None and slots["organisation"] is None


def test_salutations_remerciements_robot_hors_sujet(serveurs: Embarque) -> None:
    c = Conversation(serveurs)
    for message in (
        "bonjour",
        "merci beaucoup",
        "êtes-vous un robot ?",
        "quel temps fait-il à Lyon ?",
    ):
        assert c.dire(message), message


MEDICAL = "On m'a refusé le remboursement de ma chimiothérapie pour mon cancer du sein"


def test_donnees_medicales_avertissement_route_postale_et_aucune_trace(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire(MEDICAL)
    assert "médicales" in c.textes()
    assert c.slots["donnees_medicales"] is True
    c.dire("non", *IDENTITE)
    o = c.orientation()
    assert o["donnees_medicales"] is True
    assert [canal["type"] for canal in o["canaux"]] == ["courrier"]
    assert "Médecin Conseil de Mutex" in o["canaux"][0]["adresse"]

    with sqlite3.connect(serveurs.base_tracker) as base:
        lignes = base.execute(
            "SELECT data FROM events WHERE sender_id = ?", (c.expediteur,)
        ).fetchall()
    assert lignes
    stockees = "\n".join(ligne[0] for ligne in lignes)
    assert "chimioth" not in stockees and "cancer" not in stockees
    assert "masqu" in stockees  # "[message masqué…]", JSON-escaped
    for journal in (serveurs.journal_rasa, serveurs.journal_actions):
        assert "cancer" not in journal.read_text(errors="replace")


def test_une_ouverture_avec_une_date_ouvre_la_reclamation_sans_rien_perdre(
    serveurs: Embarque,
) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("En fait j'ai envoyé mon courrier le 3 octobre et toujours aucune réponse")
    assert "reformuler" not in c.textes()
    slots = c.slots
    assert slots["qualification"] == "reclamation"
    assert slots["date_reclamation_ecrite"] == "2026-10-03"
    assert c.question is not None  # the form goes on with what is missing


@pytest.mark.parametrize(
    "ouverture", ["refus remboursement lunettes", "jconteste le montant", "on se moque de moi"]
)
def test_une_ouverture_breve_comme_une_reponse_ouvre_la_reclamation(
    serveurs: Embarque, ouverture: str
) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire(ouverture)
    assert "reformuler" not in c.textes()
    assert c.question == "contact_prealable"


def test_une_reponse_et_une_question_annexe_dans_le_meme_message(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("ma mutuelle refuse de rembourser mes lunettes")
    c.dire("non, et c'est gratuit le médiateur ?")
    assert c.slots["contact_prealable"] is False  # the answer is kept
    assert "gratuite" in c.textes()  # and the side question answered
    assert c.question == "numero_adherent"


def test_recommencer_refuse_reprend_la_question(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("ma mutuelle refuse de rembourser mes lunettes", "oui")
    c.dire("je veux tout recommencer")
    c.dire("non")
    assert c.slots["contact_prealable"] is True
    assert c.question == "reclamation_ecrite"


def test_correction_refusee_rien_ne_change(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("J'ai envoyé une réclamation écrite le 3 octobre et toujours aucune réponse")
    c.dire("non plutôt le 13 octobre")
    assert "Je remplace" in c.textes()
    c.dire("non")
    assert c.slots["date_reclamation_ecrite"] == "2026-10-03"
    assert c.question == "numero_adherent"


def test_les_reponses_ordinaires_ne_sont_pas_des_questions_annexes(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("mon assurance ne rembourse pas mes lunettes")
    c.dire("je les ai eus au téléphone")
    assert c.slots["contact_prealable"] is True
    c.dire("je leur ai écrit un courriel le 12 septembre")
    assert c.slots["date_reclamation_ecrite"] == "2026-09-12"
    c.dire("toujours rien", "non", "je n'en ai pas")
    assert c.question == "nom"
    c.dire("c'est DUPONT")
    assert c.slots["nom"] == "Dupont"
    c.dire("Jeanne", "mon mail cest jeanne.dupont@free.fr")
    assert c.slots["email"] == "jeanne.dupont@free.fr"
    c.dire("des frais de dossier facturés alors que c'était censé être gratuit")
    c.dire("leur réponse du 20 octobre et mon courrier")
    assert c.slots["date_reclamation_ecrite"] == "2026-09-12"  # a date in a free answer
    assert "servent uniquement" not in c.textes()  # the notice came once, before the number


def test_la_notice_de_confidentialite_une_seule_fois(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("ma mutuelle refuse de rembourser mes lunettes", "non")
    assert "servent uniquement" in c.textes()
    c.dire("c'est payant ?")
    assert "gratuite" in c.textes() and "servent uniquement" not in c.textes()
    assert c.question == "numero_adherent"


def test_une_date_imprecise_qui_decide_demande_le_jour(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("ma mutuelle ne répond pas à mes courriers", "oui", "oui")
    c.dire("fin septembre")
    assert c.question == "jour_reclamation_ecrite"
    c.dire("le 28")
    assert c.slots["date_reclamation_ecrite"] == "2026-09-28"
    assert c.question == "numero_adherent"  # no answer, 2 months not over: too early


def test_une_question_annexe_d_ouverture_garde_les_faits(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire(
        "Bonjour, j'ai écrit à ma mutuelle le 3 septembre et toujours aucune réponse. "
        "Est-ce que le médiateur est gratuit ?"
    )
    assert "reformuler" not in c.textes()
    assert c.slots["date_reclamation_ecrite"] == "2026-09-03"
    assert c.slots["reponse_recue"] is False
    assert c.question in ("procedure_en_cours", "numero_adherent")


def test_correction_apres_l_orientation_confirmee_puis_nouvelle_orientation(
    serveurs: Embarque,
) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("J'ai envoyé une réclamation écrite le 3 octobre et toujours aucune réponse")
    c.dire(*IDENTITE, "non")
    assert c.slots["consentement"] is False
    c.dire("en fait c'était le 5 octobre")
    assert "Je remplace" in c.textes()
    c.dire("oui")
    assert c.orientation()["echeances"]["envoi"] == "2026-10-05"


def test_correction_du_nom_confirmee(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("ma mutuelle refuse de rembourser mes lunettes", "non", "je n'en ai pas", "Dupont")
    c.dire("Jeanne")
    assert c.question == "email"
    c.dire("pardon, mon nom c'est Durand")
    assert "Je remplace votre nom" in c.textes()
    c.dire("oui")
    assert c.slots["nom"] == "Durand"
    assert c.question == "email"


def test_la_question_phare_avec_une_date_imprecise(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire(
        "J'ai écrit à ma mutuelle fin septembre et personne ne m'a répondu, "
        "est-ce que je peux saisir le médiateur maintenant ?"
    )
    assert "reformuler" not in c.textes()
    assert c.question == "jour_reclamation_ecrite"
    c.dire("le 22")
    assert c.slots["date_reclamation_ecrite"] == "2026-09-22"
    assert c.slots["reponse_recue"] is False


@pytest.mark.parametrize(
    ("ouverture", "question"),
    [
        ("Ma mutuelle ne répond pas à ma réclamation", "date_reclamation_ecrite"),
        ("Bonjour, mon assureur ne m'a jamais répondu", "reclamation_ecrite"),
        ("jai envoyer un courié le 3 octobre et tjr pas de rep", "numero_adherent"),
        ("elle a envoyé une lettre le 3 octobre et elle n'a toujours rien reçu", "numero_adherent"),
    ],
)
def test_apres_l_ouverture_rien_de_ce_qu_elle_dit_n_est_redemande(
    serveurs: Embarque, ouverture: str, question: str
) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire(ouverture)
    assert "reformuler" not in c.textes()
    assert c.slots["qualification"] == "reclamation"
    assert c.question == question


def test_correction_de_l_organisation_confirmee_puis_refusee(serveurs: Embarque) -> None:
    c = Conversation(serveurs)
    c.dire("ma mutuelle refuse de rembourser mes lunettes", "Identités Mutuelle", "non")
    assert c.question == "numero_adherent"
    c.dire("en fait c'est chez Mutex")
    assert "Je remplace votre organisme, Identités Mutuelle, par Mutex ?" in c.textes()
    assert c.slots["organisation"] == "identites-mutuelle"  # not before a yes
    c.dire("oui")
    assert c.slots["organisation"] == "mutex"
    assert c.question == "numero_adherent"
    c.dire("je me suis trompé, c'est Identités Mutuelle")
    assert "Je remplace votre organisme, Mutex, par Identités Mutuelle ?" in c.textes()
    c.dire("non")
    assert c.slots["organisation"] == "mutex"
    c.dire(*IDENTITE)
    assert c.orientation()["organisation"]["id"] == "mutex"


def test_un_document_ajoute_apres_l_orientation(serveurs: Embarque) -> None:
    c = Conversation(serveurs, {"organisation": "mutex"})
    c.dire("ma mutuelle refuse de rembourser mes lunettes", "non", *IDENTITE)
    assert c.question == "consentement"
    c.dire("en fait il faut ajouter le décompte")
    assert "J'ajoute « le décompte » aux documents à joindre" in c.textes()
    c.dire("oui")
    assert c.slots["pieces"] == "la facture et le courrier de refus ; le décompte"
    assert c.question == "consentement"
