from __future__ import annotations

import pytest

from bot.sante import contient_donnees_medicales

REVELENT_DES_DONNEES_MEDICALES = [
    # diseases and diagnoses
    "On m'a diagnostiqué un cancer du sein en mars et la mutuelle refuse de payer.",
    "Je suis diabétique et mes bandelettes ne sont plus remboursées.",
    "Depuis ma dépression, je n'arrive plus à joindre personne.",
    "J'ai fait un burn-out l'année dernière.",
    "Mon mari est atteint de sclérose en plaques.",
    "Je suis séropositif depuis 2010, le VIH ne devrait rien changer à mon contrat.",
    "J'ai eu le COVID et j'ai été arrêté trois semaines.",
    "Ma hernie discale m'empêche de travailler.",
    "Mon père a fait un AVC en janvier.",
    "Ma mère a la maladie d'Alzheimer, je m'occupe de son dossier.",
    "Je suis enceinte de cinq mois et on me refuse le forfait.",
    "Après ma fausse couche, la prime naissance a été annulée.",
    "Mon fils est autiste et la prise en charge a été refusée.",
    "Elle est en affection de longue durée depuis deux ans.",
    # treatments and medical acts
    "Ma chimiothérapie n'est pas prise en charge à 100 %.",
    "Je dois me faire opérer du genou le mois prochain.",
    "Mon opération de la hanche a été remboursée à moitié.",
    "Après mon opération, l'hôpital m'a envoyé une facture énorme.",
    "J'ai été opérée le 3 octobre et je n'ai rien reçu.",
    "J'ai passé une IRM et un scanner cérébral le même jour.",
    "Mes séances de radiothérapie ont été refusées.",
    "Je suis sous traitement antidépresseur depuis six mois.",
    "Mon traitement coûte 300 euros par mois.",
    "La chirurgie de la cataracte devait être prise en charge.",
    # medical documents
    "J'ai joint le compte rendu opératoire à mon courrier.",
    "Voici mon certificat médical du docteur Martin.",
    # sick leave reasons
    "Je suis en arrêt maladie pour une sciatique depuis septembre.",
    "En arrêt pour dépression, je ne touche plus rien.",
    "Arrêt de travail suite à mon accident de voiture, indemnités jamais versées.",
    # disability rate
    "Mon taux d'invalidité de 40 % n'a pas été pris en compte.",
    "J'ai une incapacité permanente de 15% reconnue par la CPAM.",
    "Je suis en invalidité catégorie 2 depuis 2021.",
    # mental health told plainly, and a device: brief §6 now counts them
    "Je suis très angoissée par cette situation, c'est un stress permanent.",
    "Je suis déprimé de devoir relancer sans cesse.",
    "Mes séances de psychologue ne sont pas remboursées.",
    "Je demande le remboursement de l'appareil auditif de ma mère.",
    # an organ or teeth taken out, a bite, symptoms told as verbs
    "Mon père a eu la moitié du foie retirée en mai.",
    "On a extrait 3 dents à ma fille sous anesthésie.",
    "Les dents de sagesse de mon fils : 180 euros non remboursés.",
    "Surfaçage chez le parodontiste refusé.",
    "Mon mari est narcoleptique et ne peut pas conduire.",
    "Ma fille s'est fait mordre au visage par un chien.",
    "Il n'arrête pas de vomir depuis lundi.",
    "Des diarrhées depuis un mois et aucun remboursement.",
    "Elle tremble de plus en plus fort des mains.",
    "Mon grand-père ne mange presque plus, trois consultations non remboursées.",
    # rare procedures, split or misspelt names, an operation told with a question
    "Néphropexie en juin, rien reçu.",
    "Mon frère s'est fait stériliser, refus de prise en charge.",
    "Elle est passée sous le bistouri pour son genou.",
    "Septo plastie en mars, toujours pas remboursée.",
    "Ma fille s'est rompu les ligament croiser au ski.",
    "Gastrectomie partielle en mai, 9 jours d'hospitalisation, vous payez quoi ??",
    "Opération prévue le 14, le devis est toujours en attente.",
    # social-security number
    "Mon numéro est 1 85 05 75 123 456 78.",
    "NIR : 285052A12345673",
    "numéro de sécurité sociale 1850575123456",
]

NE_REVELENT_RIEN_DE_MEDICAL = [
    "Mes remboursements de soins arrivent avec trois mois de retard.",
    "Les frais de santé de mon fils ne sont pas remboursés.",
    "J'ai une mutuelle santé chez vous depuis dix ans.",
    "Mes lunettes n'ont été remboursées qu'à moitié.",
    "Le dentiste m'a fait un devis que vous n'avez jamais traité.",
    "La consultation chez le spécialiste n'est pas remboursée.",
    "L'opération bancaire a été rejetée deux fois.",
    "Mon opération de virement n'apparaît pas sur mon compte.",
    "Le traitement de ma réclamation prend beaucoup trop de temps.",
    "Le traitement de mon dossier est bloqué depuis juillet.",
    "Je dois scanner mes documents mais je n'ai pas de scanner.",
    "J'ai scanné les factures et je les ai envoyées par mail.",
    "Mes indemnités d'arrêt maladie ne sont pas versées.",
    "Mon arrêt maladie pour trois semaines n'a pas été indemnisé.",
    "Arrêt de travail pour une durée de deux mois, toujours rien.",
    "Ma pension d'invalidité n'a pas été versée ce mois-ci.",
    "Le juge a rendu une ordonnance de référé la semaine dernière.",
    "Mon numéro d'adhérent est 123456789.",
    "Appelez-moi au 06 12 34 56 78.",
    "Le prélèvement a été opéré deux fois le même mois.",
    "Je veux résilier mon contrat au 31 décembre.",
    "Dans l'enceinte de l'agence, personne n'a voulu me recevoir.",
    "Votre service m'a dit que mon dossier était en cours de traitement.",
    "J'ai envoyé mon RIB 1234 5678 9012 3456 789 trois fois.",
    "Le numéro de sécurité sociale est demandé sur le formulaire.",
]


@pytest.mark.parametrize("texte", REVELENT_DES_DONNEES_MEDICALES)
def test_une_maladie_un_soin_un_document_ou_un_nir_sont_des_donnees_medicales(
    texte: str,
) -> None:
    assert contient_donnees_medicales(texte)


@pytest.mark.parametrize("texte", NE_REVELENT_RIEN_DE_MEDICAL)
def test_le_vocabulaire_ordinaire_d_une_mutuelle_n_est_pas_une_donnee_medicale(
    texte: str,
) -> None:
    assert not contient_donnees_medicales(texte)


def test_la_detection_ignore_la_casse_et_les_accents() -> None:
    assert contient_donnees_medicales("CHIMIOTHERAPIE")
    assert contient_donnees_medicales("chimiothérapie")
    assert contient_donnees_medicales("Chimiothérapie")


def test_un_mot_medical_ne_compte_que_s_il_est_entier() -> None:
    assert not contient_donnees_medicales("Je suis résidant à Lyon")  # "sida"
    assert not contient_donnees_medicales("La firme refuse")  # "irm"
    assert not contient_donnees_medicales("Philippe, mon conseiller")  # "ipp"


def test_un_numero_de_treize_chiffres_sans_cle_ne_compte_qu_a_cote_de_la_secu() -> None:
    assert not contient_donnees_medicales("Contrat 1850575123456")
    assert contient_donnees_medicales("Ma carte vitale : 1850575123456")
