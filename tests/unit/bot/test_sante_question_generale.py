"""General questions on cover, figures of care applied to things, and the rules added for
injuries, births and body parts that no longer work (bot.sante)."""

from __future__ import annotations

import pytest

from bot.sante import contient_donnees_medicales
from bot.sante.question_generale import question_generale

QUESTIONS_GENERALES = [
    "Les séances d'ergothérapie sont-elles remboursées par la formule Confort ?",
    "Le contrat prend-il en charge la pose d'implants ?",
    "est ce que vous remboursez les semelles orthopediques",
    "Quel est le forfait pour une chambre particulière à la clinique ?",
    "Les bilans sanguins sont-ils couverts sans ordonnance ?",
    "La garantie couvre-t-elle un fauteuil roulant électrique ?",
]

LA_MEME_QUESTION_POUR_UNE_PERSONNE = [
    "Mes séances d'ergothérapie sont-elles remboursées par la formule Confort ?",
    "Le contrat prend-il en charge la pose de mes implants ?",
    "est ce que vous remboursez les semelles orthopediques de mon fils",
    "La dame demande si la garantie couvre son fauteuil roulant électrique.",
]

UN_ETAT_DE_SANTE_COMPTE_MEME_DANS_UNE_QUESTION = [
    "Le diabète est-il couvert par la garantie prévoyance ?",
    "Est-ce que la formule rembourse quelque chose en cas de dépression ?",
    "Les crises d'épilepsie sont-elles prises en charge par le contrat ?",
]


@pytest.mark.parametrize("texte", QUESTIONS_GENERALES)
def test_une_question_generale_sur_un_soin_n_est_pas_une_donnee_de_sante(texte: str) -> None:
    assert not contient_donnees_medicales(texte)


@pytest.mark.parametrize("texte", LA_MEME_QUESTION_POUR_UNE_PERSONNE)
def test_la_meme_question_pour_une_personne_compte(texte: str) -> None:
    assert contient_donnees_medicales(texte)


@pytest.mark.parametrize("texte", UN_ETAT_DE_SANTE_COMPTE_MEME_DANS_UNE_QUESTION)
def test_une_maladie_nommee_dans_une_question_generale_compte(texte: str) -> None:
    assert contient_donnees_medicales(texte)


def test_l_inversion_du_pronom_n_est_personne_mais_il_a_ete_opere_si() -> None:
    assert question_generale("le contrat couvre t il la chirurgie", point_d_interrogation=True)
    assert question_generale("les frais sont ils rembourses", point_d_interrogation=True)
    assert not question_generale(
        "il a ete opere est ce rembourse par le contrat", point_d_interrogation=True
    )
    assert not question_generale("les frais de chirurgie", point_d_interrogation=False)


@pytest.mark.parametrize(
    "texte",
    [
        "Une transfusion de votre comptabilité vers la mienne serait bienvenue.",
        "Il faudrait une thérapie de choc dans votre service recouvrement.",
        "C'est une hémorragie sur mon compte à cause de vos prélèvements.",
        "Le dépistage des doublons, c'est votre travail.",
        "jen ai la nausee de vos relances",
        "Vous avez traité mon dossier avec une précision chirurgicale, bravo.",
    ],
)
def test_un_soin_applique_a_une_chose_est_une_figure(texte: str) -> None:
    assert not contient_donnees_medicales(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Je me suis bousillé le dos en soulevant un meuble et la prévoyance ne verse rien.",
        "Il s'est luxé le coude au travail.",
        "On a dû lui retirer une partie de l'estomac en mai.",
        "Mon épaule ne bouge toujours plus et le médecin conseil me dit guéri.",
        "bb né le 3/02, toujours pas de carte à son nom",
        "Notre deuxième fils est né le 4 avril et il n'est pas sur l'attestation.",
        "Il est né à 7 mois et la facture de l'hôpital est arrivée chez nous.",
        "Ma sœur est muette, elle ne peut pas vous appeler.",
        "On m'a découvert un prédiabète à la visite de contrôle.",
        "Mon père a été admis en unité neurovasculaire dimanche.",
    ],
)
def test_blessures_naissances_et_etats_dits_autrement(texte: str) -> None:
    assert contient_donnees_medicales(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "J'ai les pieds engourdis le matin et l'examen n'est pas remboursé.",
        "Une oppression dans la poitrine depuis une semaine, consultation refusée.",
        "Mon fils arrête de respirer la nuit, l'examen du sommeil est refusé.",
        "je pisse rouge depuis lundi",
        "Mon genou me lance dès que je monte un escalier.",
        "Ma mère tombe souvent, le kiné à domicile est refusé.",
        "Je n'arrive pas à dormir plus de trois heures, la consultation est hors parcours.",
        "On lui a posé une chambre implantable en mars.",
        "Il s'est fait charcuter l'épaule deux fois.",
        "Ses implants mammaires ont été retirés en juin.",
        "Aux urgences on m'a remis l'épaule en place.",
        "Ils l'ont ventilé pendant trois jours.",
    ],
)
def test_symptomes_et_actes_dits_avec_les_mots_de_tous_les_jours(texte: str) -> None:
    assert contient_donnees_medicales(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "C'est la migraine assurée avec vos formulaires.",
        "Je vais finir aux urgences à force d'attendre votre rappel.",
        "Vous êtes allergiques aux courriers ou quoi ?",
        "Votre procédure est aveugle et sourde.",
        "Votre application est atteinte de bugs à répétition.",
        "Une injection de frais cachés dans mon contrat, merci bien.",
        "Le forfait naissance n'a jamais été versé.",
        "Votre contrat est une usine à gaz, j'en ai des vertiges.",
        "Je n'arrive pas à remettre la main sur ma facture.",
    ],
)
def test_figures_de_la_plainte(texte: str) -> None:
    assert not contient_donnees_medicales(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "L'hémorragie de mon mari, vos services refusent de la prendre en charge.",
        "La fièvre de mon fils, votre mutuelle s'en moque.",
        "Des perfusions à domicile, vos délais sont trop longs.",
    ],
)
def test_un_soin_suivi_de_vos_ou_votre_reste_un_soin(texte: str) -> None:
    assert contient_donnees_medicales(texte)
