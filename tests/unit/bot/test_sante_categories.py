"""Each kind of health information of brief §6 is found, and by the lexicon alone."""

from __future__ import annotations

import pytest

from bot.sante import constater, contient_donnees_medicales, revele_par_le_lexique
from bot.sante.formes import developper_sms
from bot.sante.substances import SUBSTANCES

PAR_CATEGORIE = {
    "opération racontée par un verbe": [
        "Je dois me faire opérer de la main en mai.",
        "On m'a enlevé la vésicule en urgence.",
        "On m'a posé une prothèse de genou.",
        "Ils m'ont retiré un kyste sous anesthésie locale.",
        "Ma mère a été opérée du cœur.",
        "Elle doit subir une intervention le mois prochain.",
        "L'intervention a eu lieu le 3 mars à la clinique.",
        "Il doit passer sur le billard la semaine prochaine.",
        "Mon fils rentre au bloc demain.",
        "J'ai été recousue aux urgences.",
        "Mon fils s'est fait opérer des végétations.",
        "mon opé du ménisque était en mars",
        "Mon frère est greffé depuis 2015.",
        "Je suis transplantée du foie.",
        "Elle s'est fait refaire la poitrine.",
    ],
    "spécialiste sans diagnostic": [
        "Mon oncologue m'a conseillé de vous écrire.",
        "Ma rhumatologue a rempli le formulaire.",
        "J'ai payé l'endocrino de ma poche.",
        "Le pédopsychiatre de mon fils n'est pas conventionné.",
    ],
    "maladie dite par un adjectif": [
        "Je suis diabétique.",
        "Mon fils est épileptique.",
        "Ma fille est asthmatique et allergique.",
        "Mon mari est parkinsonien.",
        "Ma fille est dépressive.",
    ],
    "handicap et appareil": [
        "Je suis en fauteuil roulant.",
        "Ma prothèse de jambe n'est pas remboursée.",
        "Ma mère marche avec une canne tripode.",
        "Mon fils est infirme moteur cérébral.",
        "Je me déplace en fauteuil de transfert, je suis à mobilité réduite.",
        "Mon appareil auditif est en panne.",
        "Mon père a un pacemaker.",
        "Je suis non-voyante.",
        "Il est invalide depuis son accident.",
    ],
    "santé mentale dite simplement": [
        "Je fais des crises d'angoisse.",
        "J'ai fait un burn-out.",
        "Je suis en dépression depuis deux ans.",
        "Mon fils a fait une tentative de suicide.",
        "Je suis suivi par un psy.",
        "Mon frère est en centre de désintoxication.",
        "Mon père est dépendant à l'alcool.",
        "Je n'ai plus goût à rien.",
        "Je n'ai plus envie de vivre.",
        "Elle a fait une TS l'an dernier.",
        "Mon frère s'est tailladé les veines.",
    ],
    "grossesse, naissance, fausse couche": [
        "Je suis enceinte de cinq mois.",
        "Notre bébé est né prématuré.",
        "J'ai fait une fausse couche.",
        "J'attends un enfant pour juin.",
        "J'ai accouché par césarienne.",
        "Mon fils est né le 12 mars, je veux l'ajouter au contrat.",
        "Je viens d'avoir un bébé, comment l'ajouter ?",
        "Nous avons eu des triplés le 5 octobre.",
        "Je suis à 20 semaines.",
        "Le bébé est prévu pour juin.",
        "On attend notre premier enfant pour l'été.",
        "On a eu une petite fille hier.",
        "J'ai des contractions depuis hier.",
        "On a fait un transfert d'embryon.",
        "J'ai loué un tire-lait.",
    ],
    "cause de décès": [
        "Mon mari est décédé d'un cancer.",
        "Ma mère est morte des suites d'une longue maladie.",
        "Mon frère s'est suicidé.",
        "Mon fils est mort dans un accident de moto.",
    ],
    "lieu de soins qui dit un état": [
        "Mon bébé est en néonatologie.",
        "Mon père est en réanimation.",
        "Ma mère va en dialyse trois fois par semaine.",
        "Ma fille est hospitalisée en psychiatrie.",
    ],
    "maladie rare": [
        "Ma fille a le syndrome d'Ehlers-Danlos.",
        "Mon fils a une drépanocytose.",
        "J'ai une maladie de Behçet.",
        "Mon neveu a une myopathie de Duchenne.",
        "Ma mère a une polyglobulie.",
        "Mon fils a un hypospadias.",
        "Ma fille a une hydrocéphalie.",
        "Elle a une fente palatine.",
        "Il est né sans avant-bras.",
        "Ma mère a eu la polio.",
        "On m'a découvert une grosseur.",
        "Il a une éventration.",
        "Mon mari a une azoospermie.",
    ],
    "maladie mal orthographiée": [
        "J'ai un diabette.",
        "Mon mari a un cansère du poumon.",
        "Mon frère a une schizofrénie.",
        "Je suis diabetik.",
        "Je suis bipolère.",
        "Mon frère est skizofrène.",
        "Mon fils est otiste.",
        "jai tres mal a la jambe depuis lundi",
        "on ma operee du genou",
        "chui enceinte de 3 mois",
        "il ma plâtré le bras",
        "Ma femme est enseinte.",
        "Elle a un cansair.",
        "Ma femme a une endometrioz.",
        "Elle s'est fait operé du genou.",
        "Je suis sous anti dépresseur.",
        "Ma mère a l'alzeimer.",
    ],
    "symptôme": [
        "J'ai des vertiges tous les matins.",
        "J'ai très mal au dos.",
        "Mon fils a de la fièvre.",
        "Je ne dors plus depuis des mois.",
        "Mon scanner a montré une tache au poumon.",
        "Il ne se lève plus et a besoin d'aide pour manger.",
        "Elle entend des voix.",
        "Je crache du sang.",
        "Je n'ai plus mes règles depuis trois mois.",
        "J'ai la tête qui tourne depuis ma chute.",
        "Mon fils ne grandit pas.",
        "Ma mère commence à perdre la tête.",
        "Mon œil est gonflé depuis lundi.",
        "Depuis l'accident, le stress lui donne des palpitations.",
    ],
    "corps blessé ou soigné": [
        "Je me suis cassé le poignet.",
        "Mon genou est bloqué.",
        "J'ai une tendinite à l'épaule.",
        "Ma rééducation du genou est refusée.",
        "Mon père a été trépané.",
        "Je suis daltonien.",
        "Je suis intolérant au lactose.",
        "Nous avons des problèmes de fertilité.",
        "Il a perdu un œil.",
        "Il est alcoolo-dépendant.",
        "Elle a besoin d'une aide à domicile pour la toilette.",
        "Ma fille a des problèmes de genoux.",
        "Mon fils s'est cassé deux dents en tombant.",
        "Il s'est tordu la cheville.",
        "Elle s'est fêlé une côte.",
        "Ma fille a un abcès dentaire.",
        "Il a trois côtes fissurées depuis sa chute.",
        "Elle s'est rompu le tendon d'Achille au tennis.",
        "Je me suis écrasé le petit doigt dans la portière.",
        "J'ai un tassement de vertèbres.",
        "Je me suis cassé le coccyx en glissant.",
        "Ils ont vu des calculs dans sa vésicule.",
    ],
    "maladie nommée par la CIM-11": [
        "Ma fille a une candidose.",
        "On lui a trouvé une cholestase gravidique.",
        "Mon père a une thrombocytopénie.",
        "Mon fils est hémophilique.",
        "J'ai une spondylolyse.",
    ],
    "sigle d'un diagnostic": [
        "Je suis sous traitement pour mon HTA.",
        "Mon mari a une IRC, il est dialysé.",
        "Elle a une MICI depuis ses vingt ans.",
        "J'ai fait une TVP après l'avion.",
        "Ma mère a une SEP.",
        "Il a fait un AIT la semaine dernière.",
        "Je suis en HAD depuis lundi.",
        "Elle a fait une congélation d'ovocytes.",
    ],
    "traitement et médicament": [
        "Je suis sous insuline.",
        "Mon Levothyrox n'est plus remboursé.",
        "Je suis en mi-temps thérapeutique.",
        "Ma chimio commence lundi.",
        "Mon mari prend de l'hydroxychloroquine.",
        "Le Dupixent de mon fils n'est pas remboursé.",
        "Il prend des cachets pour le cœur.",
        "Elle est nourrie par sonde.",
        "Le rituximab de ma femme n'est pas pris en charge.",
        "La pharmacie n'avait plus de valaciclovir.",
        "il est sous anticoagulants depuis mars",
    ],
    "administratif médical": [
        "Je suis en arrêt maladie pour une sciatique.",
        "Mon taux d'invalidité de 40 % est ignoré.",
        "On m'a reconnu une invalidité de 2e catégorie.",
        "Ma pension d'invalidité est de catégorie 2.",
        "Je suis en invalidité depuis mars.",
        "Je conteste l'avis de votre médecin conseil.",
        "J'ai été licencié pour inaptitude.",
        "J'ai été arrêtée trois mois pour épuisement.",
        "arrêté deux semaines pour mon épaule, rien reçu de la prévoyance",
        "en arrêt depuis le 3 mai pour le genou, l'employeur a tout envoyé",
        "Le dentiste conseil a refusé mes implants alors que mon dentiste les juge indispensables.",
        "Vous refusez mes indemnités à cause d'un état antérieur.",
        "Le médecin expert dit que mon épaule n'a rien.",
        "J'ai la lettre de sortie de l'hôpital, je vous l'envoie ?",
    ],
    "sigles et récits": [
        "ma mère a eu un TAVI en juin, la chambre seule est refusée",
        "RTUP prévue en janvier, le dépassement sera remboursé ?",
        "ma fille est DT1 depuis ses quatre ans",
        "il est en maison de repos depuis sa sortie de l'hôpital",
        "la cure thermale est prescrite pour ses articulations",
        "on a enfin mis un nom sur ce qu'a mon fils",
        "ma mère ne reconnaît même plus ses petits-enfants",
        "mon mari est parti en trois mois, on n'a rien vu venir",
        "je maigris sans raison depuis l'été",
        "elle est épuisée moralement depuis son licenciement",
        "la kimio de mon père est à 50 km",
        "la location de l'appareil à pression positive continue est mal remboursée",
    ],
    "réponses courtes d'un formulaire": [
        "opérée épaule en mai",
        "il sort du bloc",
        "fait un acv l'an dernier",
        "deux vertèbres tassées",
        "bébé né à 32 SA",
        "doigt coupé au travail",
        "résultats de la biopsie joints",
        "compte rendu écho joint",
        "le dossier médical de mon père ci-joint",
        "des examens pour comprendre ce qu'elle a",
        "elle ne marche plus du tout",
        "arrêt pour épuisement",
        "refus du médecin conseil pour mon arrêt",
        "expertise médicale contestée",
        "la pilule de ma fille n'est pas remboursée",
        "appareil auditif gauche cassé, remboursé ?",
        "chopé le palu en voyage",
        "diag récent de SEP",
        "Mme enceinte de six mois, demande le forfait",
        "Mme DUPONT ENCEINTE, forfait maternité refusé",
        "suivie au centre Léon Bérard depuis mars",
        "j'ai la crève depuis dix jours",
        "sa fibro l'empêche de travailler",
        "la mucovi de mon fils",
        "son parki s'aggrave",
        "mon père a une LLC",
        "SEP rémittente depuis 2018",
        "opération de Longo en février",
        "maladie de Takayasu chez ma compagne",
        "nystagmus congénital chez ma fille",
        "Bichectomie en clinique, la mutuelle refuse l'anesthésie, c'est normal ?",
        "elle est sous trt depuis mars",
    ],
    "décision médicale contestée (Médecin Conseil, brief §6)": [
        "Votre médecin conseil estime que je peux reprendre, je ne suis pas d'accord.",
        "La décision du médecin contrôleur me coupe les indemnités.",
        "J'ai été examiné par votre médecin conseil en dix minutes.",
        "L'expert de la compagnie a fixé mon taux bien trop bas.",
        "Ils ont réduit mon taux, je veux le contester.",
        "Ma rente a été supprimée suite à la visite médicale de contrôle.",
        "Déclarée inapte, la prévoyance refuse de payer.",
        "On m'oppose des antécédents non déclarés.",
        "Refus de souscription à cause du questionnaire médical.",
        "Mon arrêt est jugé non justifié par votre contrôle.",
        "Je demande une contre-visite, la première était bâclée.",
        "Ma mère est classée GIR 4 alors qu'elle ne peut plus sortir.",
        "le medecin consiel a jugé que je pouvais reprendre",
    ],
    "document médical": [
        "Vous avez bien reçu mes analyses ?",
        "Prise de sang perdue par le laboratoire, il faut tout refaire.",
        "L'IRM montre une lésion, je vous l'envoie.",
        "Le compte rendu opératoire est joint.",
        "Mon dossier médical est chez l'ancien médecin.",
        "TSH à 8, le médecin m'a prescrit un nouveau dosage.",
        "Il a fallu refaire l'échographie abdominale.",
        "J'ai 30 % d'IPP selon l'expertise.",
        "Son taux d'invalidité a été revu.",
    ],
    "soins sous contrainte": [
        "Mon frère a été hospitalisé sous contrainte en mars.",
        "Des soins sans consentement ont été décidés pour mon fils.",
    ],
}


@pytest.mark.parametrize(
    "texte", [t for textes in PAR_CATEGORIE.values() for t in textes], ids=lambda t: t[:40]
)
def test_chaque_categorie_du_brief_est_une_donnee_medicale(texte: str) -> None:
    assert contient_donnees_medicales(texte)


@pytest.mark.parametrize(
    "texte", [t for textes in PAR_CATEGORIE.values() for t in textes], ids=lambda t: t[:40]
)
def test_le_lexique_seul_les_trouve_sans_le_classifieur(texte: str) -> None:
    assert revele_par_le_lexique(texte)


def test_un_constat_dit_quel_lecteur_a_trouve_et_quoi() -> None:
    constat = constater("Mon fils est épileptique.")
    assert constat is not None
    assert (constat.lecteur, constat.detail) == ("lexique", "maladie: epileptique")
    assert constater("Mes lunettes ne sont pas remboursées.") is None


def test_le_pluriel_et_le_feminin_d_une_entree_comptent() -> None:
    assert revele_par_le_lexique("Mes deux filles sont épileptiques.")
    assert revele_par_le_lexique("Elle est dépressive.")
    assert revele_par_le_lexique("Mes fils sont autistes.")
    assert revele_par_le_lexique("Elles sont opérées demain.")


def test_une_substance_du_thesaurus_de_l_ansm_est_un_traitement() -> None:
    constat = constater("La pharmacie n'avait plus de tocilizumab.")
    assert constat is not None
    assert (constat.lecteur, constat.detail) == ("lexique", "traitement: tocilizumab")


def test_un_mot_ordinaire_du_thesaurus_n_est_pas_une_substance() -> None:
    assert {"calcium", "menthe", "fer", "zinc", "booste"}.isdisjoint(SUBSTANCES)


def test_le_style_sms_est_developpe_pour_les_regles() -> None:
    assert developper_sms(["jai", "mal", "au", "dos"]) == ["j", "ai", "mal", "au", "dos"]
    assert developper_sms(["on", "ma", "opere"]) == ["on", "m", "a", "opere"]
    assert developper_sms(["ma", "fille"]) == ["ma", "fille"]
