"""What must never count: a mutuelle's vocabulary, homonyms, idioms, names (brief §6)."""

from __future__ import annotations

import pytest

from bot.sante import constater

VOCABULAIRE_D_UNE_MUTUELLE = [
    "Le remboursement n'est pas arrivé.",
    "Mes soins ne sont pas remboursés.",
    "Les frais de santé de ma fille sont en attente.",
    "Mes lunettes ont été mal remboursées.",
    "Le dentiste attend votre accord.",
    "La consultation n'a pas été remboursée.",
    "Le devis de l'opticien est resté sans réponse.",
    "Mes séances de kiné sont refusées.",
    "La pharmacie me fait payer.",
    "J'ai une mutuelle santé chez vous.",
    "Mon arrêt maladie n'est pas indemnisé.",
    "Mon arrêt maladie a été transmis par mon employeur.",
    "Ma pension d'invalidité n'est pas versée.",
    "Le capital décès n'est pas versé.",
    "Vous me demandez l'acte de naissance de mon fils.",
    "Ma date de naissance est fausse.",
    "Je veux écrire au médecin conseil.",
    "Je vous écris sans détail médical.",
    "La franchise médicale a été prélevée deux fois.",
    "Mon mari est décédé en mars, je demande le capital.",
    "Ma mère est morte le 3 janvier.",
    "Je suis née le 12 mars 1985, pas en 1958.",
    "Nous venons d'adopter un enfant, comment l'ajouter au contrat ?",
    "Le chirurgien-dentiste a envoyé la facture.",
    "La garantie dépendance de ma mère a été résiliée.",
    "Ma prothèse dentaire n'est pas remboursée.",
    "Le devis de couronne dentaire attend votre accord.",
    "Le traitement d'orthodontie de ma fille n'est pas remboursé.",
    "L'ophtalmologue m'a facturé un dépassement pour renouveler mes lunettes.",
    "Le dermato m'a facturé 80 euros pour un contrôle annuel.",
    "La consultation chez la gynécologue est mal remboursée.",
    "Mes séances de podologue sont dans le forfait bien-être ?",
    "Remboursez-vous les consultations d'un psychologue ? Je compare les offres.",
    "En cas d'hospitalisation, la chambre particulière est-elle couverte ?",
    "Les vaccins obligatoires des enfants sont-ils remboursés ?",
    "La pharmacie me fait payer les médicaments remboursés à 15 %.",
    "Je porte des lunettes, vous me demandez l'ordonnance en plus de la facture.",
]

HOMONYMES = [
    "L'opération bancaire a été rejetée.",
    "Mon opération de virement n'apparaît pas.",
    "Mon dossier est bloqué depuis mon opération de changement d'adresse.",
    "Le traitement de mon dossier est bloqué.",
    "La radiation du contrat est une erreur.",
    "Je dois scanner mes documents.",
    "Le juge a rendu une ordonnance de référé.",
    "Le juge a rendu une ordonnance en ma faveur.",
    "Le greffe du tribunal m'a écrit.",
    "Le prélèvement a été opéré deux fois.",
    "Dans l'enceinte de l'agence, personne ne répond.",
    "Mon enceinte bluetooth a été volée.",
    "Le diagnostic immobilier était faux.",
    "Le technicien a fait un diagnostic de la chaudière.",
    "La porte a été fracturée pendant le cambriolage.",
    "Il y a une fracture numérique.",
    "J'ai une facture impayée.",
    "Le calcul du remboursement est faux.",
    "Mon dossier est traité en urgence.",
    "On m'a coupé la ligne trois fois.",
    "Le site internet est en maintenance.",
    "Ma boîte mail est pleine.",
    "Une boîte de dialogue s'ouvre sur votre site.",
    "Personne n'a été blessé, seule la voiture est abîmée.",
    "La dépression atmosphérique a inondé mon garage.",
    "J'ai reçu une facture d'injection de capital sur mon contrat retraite.",
    "Je suis infirmière, la mutuelle de la branche hospitalière est-elle obligatoire ?",
    "Je suis commercial dans le matériel médical.",
    "Ce débat est stérile, répondez à ma question.",
]

FIGURES = [
    "J'en suis malade de votre lenteur.",
    "Ça me rend malade de voir ça.",
    "Vous me cassez les pieds.",
    "Je me suis cassé la tête sur votre formulaire.",
    "Vous faites la sourde oreille.",
    "C'est un dialogue de sourds.",
    "Je vous fais une confiance aveugle.",
    "Votre courrier m'a blessée par son ton.",
    "Je souffre de votre manque de réactivité.",
    "Je souffre de devoir attendre.",
    "Je vais faire une crise de nerfs.",
    "Ça me fait mal au cœur de payer.",
    "Vos procédures me donnent mal au crâne.",
    "Je suis mort de rire.",
    "Petite piqûre de rappel : ma demande date de mars.",
    "Mon remboursement a été amputé de 30 %.",
    "Le service est complètement paralysé depuis la grève.",
    "Vous êtes sourds ou quoi ?",
    "Votre administration est schizophrène.",
    "Je suis allergique à la paperasse.",
    "J'ai fait une overdose de formulaires.",
    "Ne pas avoir internet est un vrai handicap pour moi.",
    "Ça m'a vacciné, je ne signerai plus rien chez vous.",
    "J'ai l'angoisse de ne jamais être remboursé.",
    "Cette mutuelle est sous perfusion.",
    "C'est le symptôme d'un service qui ne marche pas.",
    "Votre réponse est symptomatique de votre mépris.",
    "Mon dossier est dans le coma.",
    "Votre site est atteint d'un virus.",
    "J'ai failli faire une crise cardiaque en voyant ma cotisation.",
    "C'est une vraie migraine, ce dossier.",
    "Je vais finir par faire une dépression à force d'attendre.",
    "Vous êtes aveugles ou quoi ?",
    "Cette hausse est une saignée pour les retraités.",
    "J'en ai la nausée, de vos musiques d'attente.",
    "Votre politique tarifaire me donne de l'urticaire.",
    "On m'a mis la tête sous l'eau avec vos pièces à fournir.",
    "Je ne vais pas en faire une maladie.",
    "Votre gestion est un cancer pour les adhérents.",
    "Mon dossier est en souffrance depuis des semaines.",
    "Je suis née à la maternité de Nantes, pas à Lille.",
    "Votre service est en pleine convalescence depuis la migration.",
    "Mon contrat a été transplanté d'un gestionnaire à un autre.",
    "Vous avez fait une greffe de mon dossier sur celui d'un homonyme.",
    "Une vraie opération à cœur ouvert, votre changement de plateforme.",
]

NOMS_ET_REPONSES_COURTES = [
    "Martin",
    "Boyer",
    "Reynaud",
    "Marie Dupont",
    "Jérôme Marguerite",
    "oui",
    "non merci",
    "le 3 mars",
    "Mutex",
    "marie.dupont@example.fr",
    "IM-2026-7KQ4-M2XD",
]


@pytest.mark.parametrize(
    "texte", VOCABULAIRE_D_UNE_MUTUELLE + HOMONYMES + FIGURES + NOMS_ET_REPONSES_COURTES
)
def test_ne_revele_rien_de_medical(texte: str) -> None:
    assert constater(texte) is None


@pytest.mark.parametrize(
    "texte",
    [
        "J'ai eu ma piqûre de rappel du vaccin contre le tétanos.",
        "Ma fille est allergique aux arachides.",
        "Mon fils est sourd, il ne peut pas vous appeler.",
        "Mon mari est paralysé depuis son accident.",
        "Mon père est dans le coma.",
        "Ma psychologue m'a dit d'écrire à la mutuelle.",
        "La psychomotricienne de mon fils facture 45 euros la séance.",
        "Les frais de mon hospitalisation ne sont pas couverts.",
        "Je me suis fait poser deux implants dentaires.",
        "J'ai fait un infarctus en mars.",
    ],
)
def test_le_meme_mot_au_sens_propre_compte_toujours(texte: str) -> None:
    assert constater(texte) is not None
