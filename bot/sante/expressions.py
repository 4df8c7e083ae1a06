"""Context rules: ambiguous words that reveal health only in some phrases, and homonyms.

They read the message as its tokens joined by single spaces (:func:`bot.sante.formes.tokens`,
so ``"l'hôpital"`` is ``l hopital`` and ``"m'a"`` is ``m a``), after the fuzzy
corrections. Each rule is one regular expression, named after what it finds; our own
writing, from the wording of complaints.

:data:`ORDINAIRES` are the phrases of a mutuelle's ordinary vocabulary, the kinds of care
or goods named without a condition, and the homonyms, idioms and hyperbole that must never
count (domain brief §6: ``"arrêt maladie"`` without a reason,
``"capital décès"``, ``"acte de naissance"``, ``"la radiation du contrat"``, ``"j'en suis
malade de votre lenteur"``). They are blanked out before the lexicon is read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.dates_fr import NOMBRES
from bot.sante.alternatives import par_premiere_lettre, sous_ses_premieres_lettres
from bot.sante.lexique_personne import PARTIES_DU_CORPS
from bot.sante.lexique_soins import OBJETS_DE_SOIN
from bot.texte import sans_accents


def _alternative(mots: tuple[str, ...]) -> str:
    replies = sorted({sans_accents(m).lower() for m in mots}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(m) + "[sx]?" for m in replies) + ")"


_CORPS = _alternative(PARTIES_DU_CORPS) + r"\b"
_OBJET = _alternative(PARTIES_DU_CORPS + OBJETS_DE_SOIN) + r"\b"
_NOMBRE = rf"(?:\d+|{_alternative(tuple(NOMBRES))})"
"""A count in digits or in words, one to thirty-one ("quatre mois", "ITT de 10 jours")."""
_DET = (
    r"(?:du|de la|de l|des|au|a la|a l|aux|le|la|les|l|mon|ma|mes|son|sa|ses|d un|d une|un|une"
    r"|deux|trois|plusieurs)"
)
_PROCHE = (
    r"(?:mari|femme|epouse|epoux|conjoint|conjointe|compagnon|compagne|concubin|concubine"
    r"|fils|fille|enfant|enfants|bebe|pere|mere|papa|maman|frere|soeur|grand mere"
    r"|grand pere|belle mere|beau pere|oncle|tante|neveu|niece|petit fils|petite fille"
    r"|adherent|adherente|assure|assuree|beneficiaire|patient|patiente|client|cliente"
    r"|ami|amie|voisin|voisine|cousin|cousine)"
)
_SUJET_AVOIR = (
    rf"(?:j ai|il a|elle a|ils ont|elles ont|nous avons|vous avez|tu as|on a|qui a|avoir"
    rf"|j avais|il avait|elle avait|(?:mon|ma|son|sa|notre|leur|l|le|la) {_PROCHE} a)"
)
_SUJET_ETRE = (
    rf"(?:je suis|tu es|il est|elle est|nous sommes|vous etes|ils sont|elles sont|j etais"
    rf"|il etait|elle etait|je serai|il sera|elle sera|vais etre|va etre|vont etre"
    rf"|dois etre|doit etre|doivent etre|vient d etre|viens d etre|etant|me faire|se faire"
    rf"|(?:mon|ma|son|sa|notre|leur|l|le|la) {_PROCHE} (?:est|etait|sera|va etre))"
)

_INSTITUTION = (
    r"(?:service|systeme|societe|administration|organisation|mutuelle|assurance|compagnie"
    r"|entreprise|site|application|appli|plateforme|standard|agence|direction|gestion"
    r"|banque|assureur|caisse|serveur|logiciel|informatique|dossier|procedure|fonctionnement"
    r"|boite|reseau|messagerie|ordinateur|telephone|ligne|pays|bureaucratie"
    r"|institution|gouvernement|secteur|economie|relation client|robot|facturation"
    r"|centre d appels?|centre de gestion|centre"
    r"|repondeur|serveur vocal|mur|contrat|compte|historique|interface|tarif|politique"
    r"|patience|porte monnaie|portefeuille|porte feuille|budget|compte en banque|formulaire"
    r"|courrier)s?"
)
_ETAT_FIGURE = (
    r"(?:schizo\w*|bipolaire|paranoiaque|parano|autiste|aveugle|sourde?|malade|paralyse\w*"
    r"|amnesique|hysterique|dans le coma|en coma|sous perfusion|sous respiration artificielle"
    r"|a l agonie|agonisante?|moribonde?|en phase terminale|en rea|gangrene\w*|cancereu\w*"
    r"|handicape\w*|anesthesie\w*"
    r"|sclerose\w*|asphyxie\w*|myope|infecte\w*|contamine\w*|atteinte? d un virus"
    r"|en etat de mort cerebrale|cliniquement morte?|sous anesthesie|sous assistance"
    r"|en (?:pleine )?convalescence|en reanimation|en soins intensifs|transplante\w*"
    r"|greffe\w*|ampute\w*|en coma \w+|sous respirateur|en souffrance|en soins palliatifs"
    r"|atteinte? (?:de|d) (?:bugs?|bogues?|pannes?|lenteurs?|surdite|cecite|amnesie|mutisme"
    r"|paralysie|myopie|lenteur|folie"
    r"|schizophrenie|bipolarite|alzheimer|gigantisme|sclerose))"
)
_PAPIERS = (
    r"(?:formulaires?|papiers?|paperasses?|courriers?|e ?mails?|mails?|relances?|appels?"
    r"|attentes?|promesses?|excuses?|mensonges?|justificatifs?|documents?|demarches?"
    r"|procedures?|questions?|pubs?|publicites?|messages?|lettres?|factures?|bureaucratie"
    r"|administrations?|informatique|chiffres?|reponses?(?: type)?|musiques? d attente"
    r"|reclamations?"
    r"|changements?|reformes?|hausses?|augmentations?|prelevements?|frais)"
)
"""The paperwork of a complaint, as nouns."""
_PAPERASSE = rf"(?:{_PAPIERS}|vos|votre|ce genre)"
_MAL_FIGURE = (
    r"(?:crises? cardiaques?|arrets? cardiaques?|infarctus|avc|attaques?|depressions?"
    r"|depression nerveuse|burn out|ulceres?|crises? d angoisse|crises? de nerfs|syncopes?"
    r"|malaises?|apoplexie|crises?|migraines?|urticaire|eczema|boutons|nausees?|aigreurs?"
    r"|palpitations|sueurs froides|cheveux blancs|insomnies?|hypertension|tension|diarrhee"
    r"|mal au ventre|mal a la tete|mal au crane|envie de vomir|indigestion|allergies?"
    r"|maladies?|cancers?|angoisses?)"
)
_MAL_IDIOME = (
    r"(?:nausees?|boutons|urticaire|migraines?|la migraine|cheveux blancs|mal au ventre"
    r"|mal a la tete|mal au crane|envie de vomir|aigreurs?|indigestion|allergies?|crise"
    r"|tete qui tourne|vertiges?)"
)
"""What an insurer "gives" someone in an idiom ("ça me donne des boutons", "j'en ai la
nausée"); a symptom it causes for real ("des insomnies", "des palpitations") still counts."""
_SOIN_FIGURE = (
    r"(?:therapies?(?: de choc)?|electrochocs?|vaccinations?|vaccins?|depistages?"
    r"|convalescences?|transfusions?|perfusions?|hemorragies?|fievres?|saignees?"
    r"|acharnement therapeutique|precision chirurgicale|anesthesies?|autopsies?"
    r"|radiographies?|amputations?|greffes?|chirurgies?|injections?|diagnostics?|pansements?)"
)
"""Care and symptom nouns that people apply to things ("une thérapie de choc à votre
service", "une hémorragie à cause de vos prélèvements", "la fièvre des augmentations")."""
_ORGANE_GREFFE = (
    r"(?:reins?|coeurs?|foie|poumons?|moelle|cornees?|peau|genoux?|hanches?|dents?|seins?"
    r"|mains?|os|pancreas|cheveux|osseuse|cutanee|cellules?|gencives?|intestins?|organes?)"
)
"""An organ a graft, a transfusion or a surgery is of: the care is real ("greffe de rein
pour le contrat ?")."""
_CHOSE = (
    rf"(?:{_INSTITUTION}|{_PAPIERS}|erreurs?|doublons?|base de donnees|direction|services?"
    r"|recouvrement|comptabilite|tarifs?|augmentations?|delais?|prix|cotisations?|options?"
    r"|garanties?|clauses?|facons?|manieres?|logiciels?|sites?|systemes?|organisation|bon sens"
    r"|grilles?(?: tarifaires?)?|facturation|budget|porte monnaie|portefeuille|finances"
    r"|remboursements?|indemnisations?|prestations?|versements?|montants?|salaires?|retraites?)"
)
_FIGURES = (
    # A care or symptom noun whose complement is a thing: "la vaccination de votre base de
    # données", "une transfusion de mon contrat", "une hémorragie à cause de vos prélèvements".
    rf"{_SOIN_FIGURE} (?:(?!{_ORGANE_GREFFE}\b)\w+ ){{0,2}}?(?:de|du|des|d|a|au|aux|dans|sur"
    r"|pour|contre|chez)"
    rf" (?:(?:votre|vos|ce|cette|ces|mon|ma|mes|son|sa|ses|leur|leurs|le|la|les|l|un|une) )?"
    rf"(?:\w+ )?{_CHOSE}\b"
    rf"|"
    # "Votre administration est schizophrène", "le service est paralysé", "le dossier
    # est dans le coma", "une mutuelle sous perfusion", "le site est atteint d'un virus".
    rf"{_INSTITUTION} (?:\w+ ){{0,3}}?(?:est|sont|semble|semblent|parait|etait|devient"
    rf"|reste|restent|deja|completement|totalement|me parait|a ete|ont ete)"
    rf" (?:\w+ ){{0,2}}?{_ETAT_FIGURE}(?: et {_ETAT_FIGURE})?"
    rf"|{_INSTITUTION} {_ETAT_FIGURE}"
    # "Mon porte-monnaie a fait un malaise", "votre standard va faire un infarctus".
    rf"|{_INSTITUTION} (?:\w+ ){{0,2}}?(?:a fait|fait|a eu|va faire|vont faire|ont fait|a failli"
    rf" faire) (?:un|une|des) {_MAL_FIGURE}"
    # "Un cancer administratif", "on m'a saigné à blanc", "un pansement sur une jambe de bois".
    rf"|(?:cancers?|maladies?|gangrenes?|virus|plaies?|fleaux?|paralysies?)"
    rf" (?:administrati\w+|bureaucratique\w*)"
    rf"|saign\w* (?:a blanc|financierement|aux quatre veines)"
    rf"|pansements? sur une jambe de bois|greffes? (?:de|du) (?:cerveau|cervelle|neurones?)"
    # "Une surdité sélective", "du travail de chirurgien", "crever l'abcès", "vos tarifs
    # ont la fièvre", "comme une perfusion qu'on aurait oubliée".
    rf"|surdite selective|travail de (?:chirurgien|boucher)|crev\w* (?:l |le |cet |l )?abces"
    rf"|abces (?:\w+ ){{0,4}}?crev\w*|{_CHOSE} (?:ont|a|avaient|avait) (?:la|de la) fievre"
    rf"|comme (?:un|une) {_SOIN_FIGURE}\b"
    # "Votre logiciel a la gangrène", "vos réponses sont anémiques", "il faudrait un
    # chirurgien pour les lire", "votre service a besoin d'un bon électrochoc", "amputer votre
    # grille tarifaire", "une crise cardiaque pour mon budget", "un électroencéphalogramme plat".
    rf"|(?:{_INSTITUTION}|{_CHOSE}) (?:\w+ ){{0,3}}?(?:a|ont|avait|avaient) (?:la|une|de la)"
    rf" (?:gangrene|fievre|grippe|peste|lepre|rage)"
    rf"|(?:vos|votre|ces|cette|ce|les|la|le) {_PAPIERS} (?:\w+ )?(?:sont|est|etaient|etait"
    rf"|restent|reste) (?:\w+ )?(?:anemiques?|rachitiques?|squelettiques?|anorexiques?)"
    rf"|(?:faudrait|faut|faudra) (?:un|une) (?:chirurgien|medecin|docteur|psy|psychiatre"
    rf"|neurologue) pour (?:les|le|la|l|vous|comprendre|dechiffrer|lire|dissequer|decrypter)"
    rf"|{_INSTITUTION} (?:\w+ ){{0,3}}?(?:a|aurait|aura|ont|auraient) (?:grand |bien )?besoin d"
    rf" (?:un|une) (?:bon |bonne |vrai |vraie |sacre |sacree )?{_SOIN_FIGURE}"
    rf"|amput\w* (?:\w+ ){{0,2}}?(?:votre|vos|la|le|les|ce|cette|ma|mon|mes|l) (?:\w+ )?{_CHOSE}"
    rf"|(?:c est|c etait) (?:une|un) (?:vraie? )?{_MAL_FIGURE} pour (?:mon|ma|mes|notre|nos"
    rf"|votre|vos|le|la) (?:budget|porte monnaie|compte|portefeuille|finances|moral|nerfs)"
    rf"|electroencephalogrammes? plats?|diagnostic gratuit"
    # Homonyms: "une demande en souffrance" (pending), "une opération de régularisation".
    rf"|(?:demande|dossier|facture|paiement|courrier|resiliation|remboursement|reclamation"
    rf"|virement|lettre)s? (?:\w+ ){{0,5}}?en souffrance"
    rf"|operations? (?:de|d) (?:regularisation|maintenance|mise a jour|recouvrement"
    rf"|prelevement|virement|fusion|migration|transfert|rattrapage|remboursement|nettoyage"
    rf"|controle|verification|communication)"
    rf"|(?:ca|cela|vous|tout ca|votre \w+|vos \w+) (?:me|nous|lui|leur) (?:fait|font|faites"
    rf"|donne|donnent|donnez) (?:envie de )?vomir"
    # "C'est la migraine assurée", "je vais finir aux urgences à force d'attendre", "vous
    # êtes allergiques aux réponses écrites", "une fracture entre vous et vos adhérents".
    rf"|(?:la )?migraine assuree|mal au crane (?:rien qu|a force|a lire|en lisant|de lire)"
    rf"|(?:vais|va|allez|vont|on va) finir (?:aux urgences|a l hopital|a l asile|chez le psy)"
    rf"|allergiques? (?:a|aux|au) (?:la |l |les |vos |votre )?(?:\w+ )?{_CHOSE}\b"
    rf"|fractures? entre|c est l hemorragie|(?:est|etait|c est|fut) (?:un|une)"
    rf" (?:vrai |veritable )?electrochoc"
    rf"|(?:avec une |d une )?precision chirurgicale|(?:le |mon |j ai le )?coeur (?:qui )?saigne"
    # Hyperbole: "j'ai failli faire une crise cardiaque en voyant ma cotisation", "vous
    # allez me donner de l'urticaire", "j'en ai la nausée", "une vraie migraine".
    rf"|(?:failli|frole|frise|faillir|manque de|manque d|a deux doigts d\w*|a deux doigts de"
    rf"|vais finir par|va finir par|allez finir par|je vais|vous allez|ca va|de quoi|finir par)"
    rf" (?:me |nous |lui |leur )?(?:faire|fait|avoir|donner|filer|provoquer|declencher|piquer"
    rf"|taper|choper|attraper)? ?(?:une?|1|l|la|le|de l|de la|des|du)? ?{_MAL_FIGURE}"
    rf"|(?:vous|ca|cela|tout ca|votre \w+(?: \w+)?|vos \w+(?: \w+)?|cette \w+|ce \w+)"
    rf" (?:me|nous|lui|leur|vous) (?:donne|donnent|donnez|file|filent|filez|provoque"
    rf"|provoquent|colle|collent|flanque|flanquent) (?:\w+ )?(?:(?:une?|l|la|le|de l|de la|des"
    rf"|du) )?{_MAL_IDIOME}"
    rf"|en (?:ai|a|avons|avez|ont|aurai|aurais) (?:eu )?(?:presque )?(?:la|des|de l|une|un|le|les)"
    rf" {_MAL_IDIOME}"
    rf"|(?:une|un) (?:vraie?|veritable) (?:operations? a coeur ouvert|lobotomies?|autopsies?"
    rf"|chirurgies? esthetiques?)"
    rf"|(?:c est|c etait|quelle|quel|cette|ce|ca devient|c est devenu) (?:une |un )?"
    rf"(?:vraie?|veritable|pure|sacree?|belle|jolie)"
    rf" (?:{_MAL_FIGURE}|saignees?|hemorragies?|plaies?|calvaires?|tortures?|gangrenes?"
    rf"|operations? a coeur ouvert|chirurgies?(?: esthetiques?)?|greffes?|amputations?"
    rf"|transplantations?|anesthesies?|perfusions?|lobotomies?|autopsies?|paralysies?)"
    rf"|(?:saignees?|hemorragies?|plaies?|tortures?) (?:pour|financieres?|economiques?|dans)"
    rf"|(?:est|sont|c est|etait|devient|reste|etes|es) (?:un|une|le|la)"
    rf" (?:vrai |vraie |veritable )?"
    rf"(?:cancer|plaie|poison|maladie|douleur|torture|calvaire|gangrene|virus|fleau)"
    rf" (?:pour|de|des|du|chez) (?:les|nous|moi|vous|la|le|l|ma|mon|mes|notre|nos|tous|toute"
    rf"|votre|vos|cette|ce|ces)\b"
    rf"(?! {_CORPS})"
    rf"|en faire (?:une|toute une) (?:maladie|montagne|crise)|en fait (?:une|toute une) maladie"
    rf"|(?:aveugles?|sourde?s?|myopes?|malades?|amnesiques?|autistes?|schizo\w*|bipolaires?"
    rf"|paranos?|seniles?|gagas?|fous|folles?|dingues?) ou quoi"
    rf"|(?:vous etes|etes vous|vous devenez|seriez vous|vous seriez) (?:\w+ )?(?:aveugles?"
    rf"|sourde?s?|myopes?|amnesiques?|schizo\w*|bipolaires?|paranos?|autistes?|seniles?"
    rf"|malades?|gagas?)"
    rf"|n est pas moi qui (?:suis|est|serais) \w+"
    rf"|tete qui tourne (?:avec|devant|a cause de|a lire|rien qu|en lisant|quand je (?:lis|vois))"
    rf" (?:tous |toutes )?(?:vos|votre|ces|ce|cette|les|tous|toutes|vous|votre|le|la)\b"
    rf"|prescrit\w* (?:de|d) (?:patienter|attendre|rappeler|renvoyer|envoyer|ecrire|relancer"
    rf"|reessayer|recommencer|remplir|fournir|joindre|contacter|appeler|prendre mon mal)"
    rf"|(?:me|nous) (?:prenez|prend|prennent|prendre|prends|pris) pour (?:un|une|des) \w+"
    rf"|(?:ne|n) (?:suis|sommes|est|es|etes) (?:pas|plus) (?:aveugle|sourde?|idiote?|amnesique"
    rf"|myope|fou|folle|debile|demente?|gaga|senile)s?"
    rf"|{_INSTITUTION} (?:\w+ ){{0,2}}?souffr\w*"
    rf"|souffr\w* (?:d un|d une|de|du) (?:penurie|deficit d image|lenteur|sous effectif"
    rf"|desorganisation|mauvaise reputation|probleme d organisation)"
    rf"|(?:un |une )?(?:electrochocs?|check up|cure de jouvence|lifting|bon coup de fouet)"
    rf" (?:a|pour|de|sur) (?:votre|vos|ce|cette|la|le|les|l|leur) {_INSTITUTION}"
    rf"|diagnostics? (?:de|du|d) (?:votre|mon|ce|un|le|la|l|vos|leur) (?:conseill\w+|gestionnaire"
    rf"|service|agent|interlocut\w+|technicien|expert|assureur|mutuelle|banque|notaire|avocat)"
    rf"|(?:conseill\w+|gestionnaire|agent|interlocut\w+|assureur|mutuelle|banque)s?"
    rf" (?:\w+ ){{0,3}}?(?:un |le |son |leur |mauvais |faux )*diagnostics?"
    rf"|(?:chat|chien|cheval|animal|animaux|lapin|chiot|chaton|perroquet|hamster)s?"
    rf" (?:\w+ )?(?:est|sont|a ete|ont ete|etait|doit etre|va etre|s est fait|tombe)"
    rf" (?:\w+ )?(?:malade|opere|blesse|soigne|vaccine|hospitalise|ampute|castre"
    rf"|sterilise)\w*"
    rf"|(?:voiture|vehicule|moteur|auto|camion|moto|toiture|chaudiere|ordinateur|portail"
    rf"|boite de vitesse)s? (?:a|ont|doit|va) (?:subi|eu|besoin d|necessite|faire|fait)"
    rf" (?:une|la|l|cette|des|d une|un|le) (?:\w+ )?(?:operations?|protheses?|chirurgie"
    rf"|diagnostics?)"
    rf"|(?:voiture|vehicule|moto|camion)s? (?:\w+ ){{0,2}}?amputee? (?:de|d) (?:son|sa|ses|un|une)"
    rf"|je suis nee? (?:\w+ ){{0,4}}?(?:a la |dans une |dans la |en )maternite"
    rf"|(?:mis|mettre|met|mets|mettez|mettent|garder|gardez|garde|avoir|ai|a) (?:\w+ )?la tete"
    rf" (?:sous|hors de) l eau|la tete sous l eau|(?:plus|pas|manque) de souffle"
    rf"|(?:mettre|mis|met|mets) la main (?:a|dans) (?:la|le) (?:poche|porte monnaie|portefeuille)"
    rf"|coute (?:un bras|les yeux de la tete|un rein)|les yeux de la tete|un bras et une jambe"
    rf"|sur les (?:rotules|genoux)|a genoux|coup de poignard dans le dos"
    rf"|jeter un (?:oeil|coup d oeil)"
    rf"|coup de pouce|tendre la main|bras long|bras de fer|bras croises"
    rf"|les doigts dans le nez|mettre le doigt sur|montrer du doigt|du bout des doigts"
    rf"|tete de turc|tenir tete|tete de liste|tete a tete"
    rf"|(?:ouvert|ouvrir|ouvre|ouvrez|ouvrent) (?:\w+ )?les yeux|coupe\w* l herbe sous le pied"
    rf"|casser les oreilles|pieds et poings lies|pied de la lettre|pied d egalite|mis a pied"
    rf"|(?:au|du|le) pied du mur|sur pied|a pied|prendre son pied|casse pieds?"
    rf"|(?:de|d une|une|la) fievre (?:acheteuse|administrative|bureaucratique)"
    rf"|depressions? (?:\w+ ){{0,3}}?(?:atmospheriques?|tropicales?|meteo\w*|barometriques?"
    rf"|sur (?:la |le |l |les )?(?:bretagne|normandie|france|region|ouest|est|nord|sud"
    rf"|atlantique|manche|pays|cotes?|littoral|mediterranee|corse|alsace|provence|alpes"
    rf"|pyrenees|massif central))"
    rf"|injections? (?:de|d) (?:capital|capitaux|fonds|liquidites|argent|cash|\d+)"
    rf"|(?:greffes?|chirurgies?(?: esthetiques?)?|operations? a coeur ouvert|liftings?"
    rf"|amputations?|transplantations?|autopsies?|radiographies?|diagnostics?) (?:de|d|du|des|sur)"
    rf" (?!(?:la |le |l |les |son |sa |ses |mon |ma |mes )?{_CORPS})"
    rf"(?:\w+ ){{0,3}}?(?:dossiers?|contrats?|sites?|comptes?|fichiers?|historiques?"
    rf"|plateformes?|systemes?|services?|logiciels?|applications?|organisation|gestion"
    rf"|interfaces?|budgets?|tarifs?|garanties?|formules?|offres?)"
    rf"|(?:branche|fonction publique|secteur|convention|etablissements?|mutuelle|praticiens?"
    rf"|personnels?|metiers?|centres?) (?:de )?(?:\w+ )?hospitali(?:ere|er|ers|eres)"
    rf"|(?:commercia\w*|vendeu\w*|representant\w*|technicien\w*|travaill\w*|salarie\w*"
    rf"|employe\w*|societe|entreprise|secteur|industrie|fabricant|fournisseur|magasin|vente"
    rf"|location|boite|metier) (?:\w+ ){{0,3}}?(?:materiels?|dispositifs?|appareils?|equipements?"
    rf"|fournitures?) medica\w*"
    r"|(?:vous etes|etes vous|vous faites|faites les|faire les|font les|fait le|faire le"
    r"|jouer les|jouez les|jouent les) (?:\w+ )?sourds?|sourds? ou quoi"
    r"|piqures? de rappel(?! (?:du |de |contre |pour )?(?:vaccin|tetanos|covid|grippe|dtp))"
    r"|amput\w* (?:de |d )(?:\d+|la moitie|moitie|plus|pres|presque|environ|quasiment|un tiers"
    r"|un quart|\w+ (?:euros?|%|pour cent))"
    r"|(?:remboursements?|montants?|indemnites?|prestations?|salaires?|pensions?|retraites?"
    r"|budgets?|revenus?|versements?|sommes?|virements?|rentes?|aides?|allocations?|droits?"
    r"|garanties?|remises?|primes?) (?:\w+ ){0,3}?amput\w*"
    rf"|allergiques? (?:a la|aux|a l|au|a) {_PAPERASSE}"
    rf"|(?:overdose|indigestion|epidemie|avalanche)s? (?:de|d) {_PAPERASSE}"
    r"|(?:est|c est|serait|reste|constitue|represente) (?:un|une) (?:vrai |veritable |gros"
    r" |grand |enorme |serieux )?handicap (?:pour (?:moi|nous|vous|les clients|les adherents"
    r"|les assures|l entreprise|mon activite|mon travail|mon entreprise)|de ne|d etre|de devoir)"
    r"|handicap commercial"
    r"|(?:ca|cela|ce|vous|cette histoire) m (?:a|ont|avez) vaccine\w*"
    r"|vaccinee?s? contre (?:vos|votre|ce|cette|ces|les (?:assurances|mutuelles|promesses"
    r"|arnaques))"
    r"|(?:l|quelle|une telle|cette) angoisse (?:de|d) (?:ne|attendre|l attente|recevoir|devoir"
    r"|voir|perdre|payer|rester|savoir|ne pas|tout perdre)"
    r"|symptom\w* (?:d un|d une|de (?:votre|vos|la|l|ce|cette|leur)|du|des) (?:\w+ ){0,2}?"
    r"(?:service|systeme|gestion|organisation|dysfonctionnement|mepris|incompetence"
    r"|desorganisation|societe|mutuelle|administration|laxisme"
    r"|negligence|amateurisme)"
    r"|symptomatiques? (?:d un|d une|de (?:votre|vos|la|l|ce|cette|leur)|du|des)"
    r"|virus informatique|(?:site|ordinateur|pc|telephone|fichier|mail|logiciel|systeme"
    r"|serveur|reseau|messagerie|application|appli)s? (?:\w+ ){0,3}?(?:atteinte?s?|infectee?s?"
    r"|contaminee?s?) (?:par |d )?(?:un |une )?(?:virus|malware|logiciel malveillant)"
)
"""Figurative speech (brief §6): a service "paralysé", a refund "amputé de 30 %", a
"piqûre de rappel" that is a reminder, "allergique à la paperasse"."""

_SOIN_DE_ROUTINE = (
    r"(?:psychologues?|psys?|psychomotricien\w*|orthophonistes?|ergotherapeutes?"
    r"|dieteticien\w*|nutritionnistes?|sophrologues?|sages? femmes?|audioprothesistes?"
    r"|specialistes?|psychotherapeutes?|chiropracteurs?|acupuncteurs?)"
)
_POUR_QUELQU_UN = (
    r"(?! (?:de|d|du|des|pour|a) (?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|moi|lui|elle"
    r"|eux|mon fils|ma fille)\b(?! (?:contrat|formule|garantie|option|offre|complementaire"
    r"|mutuelle|assurance|adhesion|niveau|tableau)))"
)
"""Not followed by a person ("… de mon fils", "… pour ma fille"): care tied to someone counts."""
_MEMBRE = (
    r"(?:jambe|bras|main|pied|hanche|genou|sein|mammaire|capillaire|auditive|oculaire|oeil"
    r"|cheville|epaule|coude|doigt|orteil|membre)"
)
_SOINS_SANS_ETAT = (
    # Care or goods named in general, for no one in particular: "les consultations d'un
    # psychologue sont-elles remboursées ?", "en cas d'hospitalisation", "les vaccins
    # obligatoires", "les médicaments remboursés à 15 %", "le devis de prothèse dentaire".
    r"(?<!\bmes )(?<!\bses )(?<!\bma )(?<!\bsa )(?<!\bmon )(?<!\bson )(?<!\bnos )"
    r"(?<!\bleurs )(?<!\bleur )(?<!\bnotre )"
    r"(?:consultations?|seances?|rendez vous|rdv|visites?|bilans?|factures?|frais|forfaits?"
    r"|prises? en charge|actes?|soins?|tarifs?|remboursements?|plafonds?)"
    rf" (?:(?:de|d|des) (?:un |une |les |des )?|(?:chez|avec|aupres d) (?:un |une |le |la |l"
    rf" |les |des )?){_SOIN_DE_ROUTINE}{_POUR_QUELQU_UN}"
    r"|en cas d (?:hospitalisation|accident|maladie|deces|invalidite|grossesse|naissance"
    r"|operation|intervention chirurgicale|arret de travail|chirurgie|handicap)"
    r"|(?:chambres? particulieres?|forfaits?|garanties?|options?|formules?|postes?|niveaux?"
    r"|couvertures?|plafonds?|frais|assistance) (?:d |de l |en cas d |pour (?:une |l )?)?"
    rf"hospitali\w*(?: chirurgicale| medicale)?{_POUR_QUELQU_UN}"
    r"|(?:vaccins?|vaccinations?) (?:obligatoires?|recommandee?s?|du calendrier|des enfants"
    r"|pour les enfants)|calendrier vaccinal"
    # A vaccine is prevention, whatever it is against: "le vaccin contre la grippe".
    r"|(?:vaccin\w*|rappels?) (?:\w+ )?(?:contre|de|anti|pour) (?:la |le |l |les )?(?:grippe"
    r"|covid|tetanos|rougeole|hepatite b|hepatites|zona|pneumocoques?|fievre jaune|hpv"
    r"|papillomavirus|meningites?|meningocoques?|coqueluche|rage|typhoide|dtp|ror|bcg"
    r"|tuberculose|encephalite|polio|diphterie|varicelle|bronchiolite|rsv|vrs)\b"
    r"|(?<!\bmes )(?<!\bses )(?<!\bmon )(?<!\bson )(?<!\bnos )(?<!\bleurs )"
    r"(?:les |des )?medicaments? (?:rembourses?|non rembourses?|generiques?|sans ordonnance"
    r"|en vente libre|a \d+|achetee?s?|en pharmacie|de la pharmacie)"
    r"|medicaments? (?:\w+ )?a \d+ ?%|boites? de medicaments?"
    r"|(?:franchises?|vignettes?) (?:\w+ )?(?:sur )?(?:les |des |mes )?medicaments?"
    r"|protheses? dentaires?|(?:couronnes?|bridges?|soins?) dentaires?"
    r"|radios? (?:des |de la |du )?dents?|radios? (?:dentaires?|panoramiques?)"
    r"|(?<!\bposer )(?<!\bpose )(?<!\bposes )(?<!\bposee )(?<!\bposees )(?<!\bdeux )"
    r"(?<!\bposer un )(?<!\bpose un )(?<!\bpose d un )(?<!\bposer des )(?<!\bpose des )"
    r"(?<!\bposer l )(?<!\bpose de l )"
    r"(?<!\btrois )(?<!\bquatre )(?<!\d )implants? dentaires?"
    # Screening and check-ups: "une prise de sang de routine", "la mammographie de dépistage".
    r"|(?:prises? de sang|bilans? sanguins?|analyses?(?: de sang)?|radios?|radiographies?"
    r"|echographies?|irm|examens?|consultations?|visites?|bilans?|depistages?|vaccins?"
    r"|vaccinations?|frottis|mammographies?|detartrages?) (?:de routine"
    r"|de controle|annuel\w*|de prevention|preventi\w*|systematiques?|de depistage"
    r"|d embauche|du travail|de reprise|de la vue|scolaires?)"
    r"|(?:visites?|examens?) medica\w* (?:d embauche|du travail|de reprise|annuel\w*"
    r"|obligatoires?|scolaires?|pour (?:le|la|un|une) (?:permis|sport|licence|travail))"
    r"|analyses? (?:de |d )?laboratoires?|laboratoires? d analyses?"
    r"|(?:pansements?|compresses?|thermometres?|tensiometres?) (?:achetee?s? |en pharmacie"
    r"|rembours\w*|non rembours\w*)"
    # A general question on goods: "combien remboursez-vous pour des appareils auditifs ?".
    r"|(?:combien|comment|est ce que|quel montant|quelle part|quel taux|vous remboursez"
    r"|remboursez vous|rembourse t elle|rembourse t il|prenez vous en charge|couvrez vous"
    r"|couvre t elle|couvre t il)(?: \w+){0,3}? (?:pour |de )?(?:des|les|un|une)"
    r" (?:appareils? auditifs?|aides? auditives?|protheses?(?: capillaires?| auditives?)?"
    r"|fauteuils? roulants?|semelles? orthopediques?|bas de contention|lits? medicalises?"
    r"|lunettes|lentilles|vaccins?|(?:seances?|consultations?) (?:de|d|chez)"
    rf" (?:un |une |le |la |l )?\w+){_POUR_QUELQU_UN}"
    rf"|devis (?:\w+ ){{0,3}}?(?:de |d |pour (?:une? |des )?)?(?:protheses?"
    r"(?! mammaires?| capillaires?| oculaires?| (?:de|d|du|pour|a)"
    rf" (?:la |le |l |ma |mon |sa |son |ses |mes )?{_MEMBRE})|implants?|couronnes?"
    r"|bridges?)|traitements? (?:d orthodontie|orthodontiques?|dentaires?)"
)
"""Kinds of care or goods named without a condition (brief §6)."""

_LIEUX_DE_SOINS = (
    r"(?:service (?:de |d |des )?\w+|cabinet (?:de |d )?\w+"
    r"|unite (?:de |d )?\w+|reanimation|oncologie|psychiatrie|cardiologie|pediatrie"
    r"|neonatologie|urgences|ehpad|centre de reeducation|soins palliatifs|maternite|geriatrie"
    r"|chirurgie|radiologie|dialyse|bloc operatoire|bloc|usld|hopital psychiatrique"
    r"|centre de dialyse|hematologie|neurologie|cancerologie|pneumologie|addictologie)"
)
_LIEU_DE_TRAVAIL = rf"(?:en|au|a l|a la|dans (?:un|une|le|la|l)|aux) {_LIEUX_DE_SOINS}"
"""Where someone works when a care setting is their job ("aide-soignante en oncologie")."""

PHRASES_ORDINAIRES = (
    rf"{_FIGURES}|{_SOINS_SANS_ETAT}|"
    r"(?:caisse (?:primaire )?d )?assurances? maladie|(?:arret|conge)s? (?:de )?maladie"
    r"|indemnites? (?:journalieres? )?maladie|(?:risque|branche|garantie|caisse) maladie"
    r"|maladie ordinaire|(?:frais|mutuelle|complementaire|assurance|contrat|garantie"
    r"|centre|professionnels?|questionnaire|etat civil|espace|ministere|agence regionale"
    r"|protection) de sante|(?:mutuelle|complementaire|assurance|contrat|garantie|formule"
    r"|offre|couverture|cotisation|option|niveau) sante|parcours de soins|feuilles? de soins"
    r"|questionnaires? (?:medica|de sante)\w*|medecins? (?:conseils?|traitants?|generalistes?)"
    r"|service (?:du )?medical de (?:la|votre) mutuelle|chirurgiens? dentistes?"
    r"|(?:capital|capitaux|acte|actes|certificat|extrait d acte|garantie|allocation|assurance"
    r"|rente|prime|declaration|avis) (?:de |d )?deces"
    r"|(?:date|acte|lieu|nom|extrait d acte|extrait|certificat|pays|annee|copie de l acte)"
    r" de naissance|(?:forfait|prime|allocation|bonus|cadeau)s? (?:de )?naissance"
    r"|(?:garantie|option|formule|poste|niveau|couverture) (?:hospitalisation|hospitaliere)"
    r"|(?:contrat|garantie|assurance|rente|option|cotisation|couverture|prestation)s?"
    r" (?:\w+ )?(?:dependance|perte d autonomie|invalidite|incapacite)(?: de travail)?"
    r"|certificats? medica\w* (?:\w+ )?(?:pour|de|d) (?:la |le |l |une |un |mon |ma |sa |son )?"
    r"(?:licence|sport|club|inscription|piscine|permis|colonie|embauche|aptitude|course"
    r"|competition|marathon|centre de loisirs|creche|ecole)"
    r"|confiance aveugle|aveugles? (?:a|aux) |sourde oreille|dialogue de sourds?"
    r"|tremblements? de terre|fievre acheteuse|operations? escargot"
    r"|bequilles? (?:de|d|du) (?:\w+ )?(?:moto|scooter|velo|mobylette|vehicule|trottinette)"
    r"|(?:factures?|dossiers?|paiements?|remboursements?|demandes?|courriers?|colis|cheques?"
    r"|sommes?|creances?|versements?|prestations?|reglements?|cotisations?) (?:\w+ ){0,2}?"
    r"en souffrance"
    r"|(?:demandes?|saisines?|actions?|decisions?|reclamations?|recours|conclusions?|annonces?"
    r"|questions?|requetes?|plaintes?|demarches?|relances?|mediations?) (?:\w+ ){0,3}?"
    r"prematuree?s?|(?:c est|il est|serait|semble|parait) (?:un peu |trop |bien )?prematuree?"
    r" (?:de|d)"
    r"|regimes? (?:matrimonia\w*|fiscal|fiscaux|social|sociaux|general|obligatoire|local"
    r"|de retraite|de (?:la )?securite sociale|alsace moselle|d assurance\w*|de base|complementaire"
    r"|de prevoyance|de (?:la )?communaute|de separation|des independants|agricole|special"
    r"|speciaux)"
    r"|saignees? dans (?:les|ses|nos|vos|leurs) effectifs"
    r"|crise (?:sanitaire|economique|du logement)|fracture numerique"
    r"|blessure d amour propre|(?:me|nous|lui|vous|te|se) (?:suis |sommes |etes |est )?cass\w*"
    r" (?:la tete|les pieds|les oreilles)|casse tete|prise de tete|mal au coeur de"
    r"|fait mal au coeur|donne la migraine|c est une maladie chez|maladie chez vous"
    r"|(?:devenu\w*|est|sont|c est) (?:une |la )?maladies? (?:\w+ )?chez (?:vous|eux)"
    r"|(?:service|systeme|societe|administration|organisation|mutuelle) (?:est )?malade"
    r"|(?:un|une) (?:vrai|vraie|veritable) (?:cancer|plaie|maladie)"
    r"|(?:sans|aucun|pas de|ni) blesse\w*|personne n a ete blesse\w*"
    r"|n (?:a|ont|avons|ai) (?:pas |jamais )?ete blesse\w*|pas blesse\w*"
    r"|fractur\w* (?:la|une|ma|sa|notre|leur|les|mon|son) (?:porte|serrure|fenetre|vitre"
    r"|boite|voiture|cave|coffre|garage|portail|volet)"
    r"|(?:porte|serrure|fenetre|vitre|cave|coffre|garage|portail|volet|voiture)s?"
    r" (?:\w+ ){0,4}?fractur\w*"
    r"|(?:travaille\w*|employee?|salariee?|poste|emploi|stage|embauchee?|cuisiniere?"
    r"|secretaire|agent|directeur|directrice) (?:\w+ ){0,3}?(?:en|dans un|dans une|a l|au|a la)"
    r" (?:ehpad|hopital|clinique|maternite|chu|centre hospitalier|pharmacie"
    r"|cabinet(?: (?:de |d )\w+)?)"
    # A place to find one's way: "l'agence à côté de la maternité", "le parking de
    # l'hôpital", "une hausse qualifiée de saignée".
    r"|(?:a cote|pres|en face|pas loin|proche|derriere|devant|face) (?:de la|de l|du|des|d)"
    r" (?:maternite|hopital|clinique|chu|pharmacie|ehpad|centre hospitalier)"
    r"|lieu de travail (?:\w+ )?(?:la|le|l|a la|a l) (?:maternite|hopital|clinique|chu|ehpad"
    r"|pharmacie)"
    r"|(?:parking|accueil|cafeteria|entree|arret de bus|station) (?:de l|du|de la)"
    r" (?:hopital|clinique|chu|maternite)"
    r"|(?:qualifi\w*|appel\w*|trait\w*) (?:\w+ ){0,3}?de saignee"
    r"|(?:technicien|garagiste|expert|plombier|artisan|chauffagiste|electricien"
    r"|reparateur|diagnostiqueur)s? (?:\w+ ){0,4}?diagnostics?"
    r"|diagnostics? (?:\w+ ){0,3}?(?:chaudiere|panne|vehicule|voiture|logement|maison"
    r"|toiture|installation|informatique|ordinateur|moteur|batterie|sinistre|degat|fuite"
    r"|dossier|situation|erreur)"
    r"|diagnostics? (?:d un |du |de la |de l )(?:garagiste|technicien|plombier|expert|artisan"
    r"|chauffagiste|electricien|reparateur|diagnostiqueur)"
    r"|(?:juge|tribunal|avocat|justice|cour|refere|greffe|huissier|commissaire)s?"
    r" (?:\w+ ){0,6}?ordonnances?|ordonnances? (?:\w+ ){0,6}?(?:juge|tribunal|justice)"
    r"|en (?:ai|a|avons|avait) mal (?:au|a la|aux|a l) "
    r"|(?:me|nous|vous|lui) (?:donne|donnent|file|filent|fait|font) (?:mal a la tete"
    r"|mal au crane|la migraine|des boutons|des cheveux blancs|la nausee|envie de vomir)"
    r"|(?:details?|elements?|informations?|donnees?) medica\w*|(?:rien|pas|plus) de medical"
    r"|(?:frais|cabinet|secretaire|secretariat|service|questionnaire|centre|plateau"
    r"|personnel|corps|secret|etudes?|visiteur|delegue|equipe|maison|laboratoire"
    r"|fournisseur|materiel de bureau|franchise)s? medica\w*"
    r"|diagnostics? (?:immobiliers?|energetiques?|de performance"
    r"|techniques?|amiante|plomb|electriques?|gaz|termites?|dpe)"
    # Idioms and homonyms: "un coup au cœur en voyant", "avaler la pilule", "une ponction
    # de 45 € sur mon compte", "une overdose de vos mails", "la serrure est grippée",
    # "depuis le covid vos délais...", "je suis cancer ascendant lion", "un vrai
    # accouchement", "une migraine de comprendre", "paralysé par la grève", "le nouveau ne
    # retrouve pas", "greffer une option à mon contrat", "la greffe n'a pas pris entre".
    r"|coups? au coeur|avaler la pilule|pilules? (?:\w+ )?(?:dure|difficile|amere|dur) a avaler"
    r"|pilules? amere"
    r"|ponctions? (?:de \d+|sur (?:mon|mes|notre|son|le|les|ma|sa|nos|ses) (?:comptes?|salaires?"
    r"|retraites?|pensions?|paies?|fiches? de paie|budgets?|revenus?|economies)|bancaires?)"
    r"|overdoses? (?:de|d) (?:vos|votre|ces|ce|cette|leurs?|mails|courriers|relances|pubs?"
    r"|mises? a jour|bugs?|requetes?"
    r"|publicites?|appels|formulaires|papiers|paperasse|demarches)"
    r"|(?:serrures?|moteurs?|mecanismes?|machines?|rouages?|portes?|verrous?|cles?|systemes?"
    r"|volets?|fenetres?|freins?|boites? aux lettres) (?:\w+ ){0,5}?grippee?s?"
    r"|(?:depuis|avant|apres|pendant|avec|a cause) (?:du|de la|le|la) (?:covid|pandemie"
    r"|crise sanitaire|confinement)(?! (?:long|de|d|que j|qu il|qu elle))"
    r"|(?:signe|ascendant) (?:du |de la )?(?:cancer|vierge|balance|lion|capricorne)"
    r"|(?:suis|est|es) cancer(?: ascendant)?\b(?= ascendant| et alors| donc| comme signe)"
    r"|(?:un|une) (?:vrai |vraie |veritable |veritablement )?accouchements?"
    r" (?:dans la douleur|au forceps|aux forceps)|(?:vrai|veritable) accouchement"
    r"|(?:un|une) (?:vrai|veritable|gros|sacre|enorme) handicap pour"
    r" (?!(?:mon|ma|mes|notre|nos|son|sa|ses|leur|le|la|les|l|une|un) (?:enfant|fils|fille|mere"
    r"|pere|mari|femme|epoux|epouse|conjoint))"
    r"|(?:une|la) migraine (?:de|d|a) (?:comprendre|lire|dechiffrer|remplir|suivre|naviguer"
    r"|trouver)"
    r"|paralyse\w* (?:par|pendant|a cause d\w*) (?:la |les |une |un |des |le |l )?(?:greve"
    r"|pannes?|bugs?|informatique|logiciel|migration|mouvement social)"
    r"|schizophrenie (?:administrative|bureaucratique|de vos services|de votre service)"
    r"|nouveaux? ne (?:\w+ ){0,2}?(?:pas|plus|jamais|rien|personne|guere)"
    r"|greff\w* (?:\w+ ){0,4}?(?:a|au|sur) (?:mon|ma|mes|votre|vos|le|la|notre|son|sa)"
    r" (?:contrat|dossier|compte|facture|cotisation|formule|abonnement|option)s?"
    r"|(?:la|cette) greffe n (?:a|avait) (?:jamais|pas|toujours pas) pris"
    r"|(?:c est|c etait|ce serait|faut|faudrait|faudra|necessite|demande)"
    r" (?:une|un) operations? (?:a coeur ouvert|chirurgicale)"
    r"|(?:faudrait|faut|faudra) (?:m|me|nous|l|le|la|lui|vous) operer (?:\w+ ){0,3}?pour"
    rf"|(?:vous allez|vont|va|allez) (?:me|nous|lui|leur) faire faire (?:un|une|des) {_MAL_FIGURE}"
    r"|donne\w* le vertige|cru (?:faire|avoir) (?:un|une) (?:malaise|infarctus|avc|crise"
    r"|syncope|arret cardiaque|attaque)"
    r"|en (?:ai|a|avons|avez) (?:eu )?(?:des|la|une|un|le) \w+ rien qu a (?:le|la|les|l) ?\w*"
    r"|(?:angoisses?|depressions?|tumeurs?|greffes?|syndromes?|crises?|amnesies?|comas?|myopies?"
    r"|ankyloses?|surdites?|cecites?|phobies?|paralysies?)"
    r" (?:administrati\w+|bureaucratique\w*)"
    r"|contrats? (?:est |etait )?mort ne|mal au coeur pour|c est la mort (?:du|de la|des|de l)"
    r"|(?:mourir|meurs|meurt|mourrai|mourra|mort|morte) (?:de vieillesse|d ennui) avant"
    r"|(?:faudrait|faut|devriez|allez|vous devriez)"
    r" vous faire soigner|bugs? cardiaques?|maladie du siecle"
    r"|(?:aux soins intensifs|en reanimation|en convalescence|a l hopital|sous perfusion"
    r"|dans le coma) ou quoi"
    r"|fractures? dans (?:le|la|les|l) (?:suivi|relation|dialogue|communication|gestion)"
    r"|amputee?s? de (?:deux|trois|\d+|plusieurs|sa|ses|son|ces|cette) (?:\w+ )?(?:garanties?"
    r"|options?|prestations?|euros?|%|jours|mois)"
    r"|paralysie (?:totale |complete )?(?:chez vous|(?:dans|de) (?:vos|votre|les|le|la)"
    r" (?:services?|agences?|gestion|administration|standard))|syndrome (?:\w+ ){0,2}?chez vous"
    r"|c est (?:la|une) (?:gangrene|peste|lepre|metastase) (?:de |du |de la )?"
    r"(?:votre|vos|ce|cette)"
    r"|(?:vous etes|etes vous|vous etes tous) atteinte?s? (?:de la |de l |d une |de |d )\w+"
    r"(?: \w+)? ou quoi"
    r"|(?:hotline|service|site|standard|appli\w*|systeme|dossier|plateforme)s? (?:\w+ ){0,3}?"
    r"en etat de mort cerebrale"
    r"|(?:c est|est|c etait) de la chirurgie esthetique"
    r"|(?:nausees?|migraines?|urticaire|boutons|ulceres?|eczema|malaises?|infarctus|avc"
    r"|depression|angoisses?|vertiges?|crise \w+|mal au ventre|mal a la tete) rien qu"
    r" (?:a l idee|(?:en pensant|a (?:lire|voir|ouvrir|recevoir|entendre|penser))"
    r" (?:d |de |a |au |aux )?(?:votre|vos|ce|cette|vous"
    r"|appeler|rappeler|recontacter|remplir|ecrire|service|mutuelle|assureur))"
    r"|(?:je suis|suis|on est|nous sommes|j suis|chui|jsuis) (?:pas|plus) (?:aveugle|sourde?"
    r"|idiote?|amnesique|myope|fou|folle|debile|gaga|senile)s?"
    r"|(?:pourriez|pouvez|pourrez|pourriez vous|pouvez vous) (?:vous )?(?:le|la|les) reanimer"
    r"|accouch\w* (?:d un|d une|de la|du) (?:lettre|courrier|reclamation|dossier|reponse|mail"
    r"|devis|formulaire|plainte|idee|decision|recommandee?)"
    r"|operer a chaque (?:echeance|augmentation|hausse|facture|prelevement|renouvellement)"
    r"|(?:souffr\w* (?:\w+ )?d une )?allergies? (?:\w+ ){0,2}?(?:a|aux|au) (?:la |l |les |vos"
    r" |votre )?(?:\w+ )?(?:reponses?|courriers?|mails?|appels?|telephone|ecrits?|lettres?"
    r"|reclamations?|delais?|clients?|adherents?|remboursements?|paiements?|dossiers?|lecture"
    r"|messages?|transparence|verite|honnetete"
    r"|pieces?|papiers?|documents?|justificatifs?|rib|formulaires?)"
    r"|(?:faut|faudrait|vaut mieux) (?:pas|ne pas|mieux ne pas) etre cardiaques?"
    r"|cass\w* les (?:oreilles|tympans)"
    r"|(?:chez vous|lenteur|contrat|service|administration|bureaucratie|gestion) (?:\w+ ){0,4}?"
    r"(?:c est|est|devient) une maladie(?: chronique| honteuse| contagieuse| incurable)?\b"
    r"|en (?:ai|a|avons|avez|ont) fait une jaunisse"
    r"|(?:transplant|oper)\w* (?:mon|ma|votre|le|la|ce|notre|du|de mon|de ma) (?:contrat|dossier"
    r"|compte|portefeuille|porte monnaie|budget|epargne)"
    r"|valves? (?:anti|de|d) (?:retour|arret|radiateur|pneu|securite)"
    r"|(?:pneus?|pneumatiques?|chambres? a air) (?:\w+ ){0,3}?hernies?"
    r"|vaccinee?s? (?:pour|contre) (?:la vie|de vous|vous|vos|les mutuelles|ce genre|les assur\w+)"
    r"|suis vaccinee? plus jamais"
    r"|(?:porte monnaie|portefeuille|compte|budget|finances|adherents?|clients?|assures?)"
    r" (?:qui )?saign\w*"
    r"|atteinte?s? (?:d une |de |d )(?:surdite selective|mauvaise foi|paresse|flemme|lenteur"
    r"|amnesie selective)"
    r"|hemorragies? (?:de|d) (?:temps|argent|moyens|clients|adherents|personnel|effectifs"
    r"|conseillers|agents|salaries|collaborateurs)"
    r"|(?:avez|a|ont) donne (?:mal a la tete|mal au crane|la migraine|des boutons|la nausee)"
    r"|(?:donne|donnent|donnez|file|filent) (?:de l urticaire|des boutons|de l eczema|des ulceres?"
    r"|un ulcere)"
    r"|(?:paralysee?s?|malades?|fous|folles?) ou quoi"
    r"|(?:a ete|fut|etait|sera|serait) une operations? a coeur ouvert"
    r"|formalites? medicales?"
    r"|(?:note|facture|addition)s? (?:est |sont |etait |a ete )?(?:\w+ )?douloureuses?"
    r"|la douleur c est (?:le prix|la facture|la note)|(?:hausses?|tarifs?|prix|cotisations?"
    r"|factures?|notes?) (?:\w+ ){0,3}?(?:c est|est) une douleur"
    r"|a l aveugle|(?:faut|faudrait|faudra) etre (?:aveugle|sourde?|myope|amnesique)s? pour"
    r"|(?:une|la|quelle) (?:vraie |veritable )?saignee (?:ce mois|cette annee|a chaque|pour)"
    r"|coma administratif|(?:urticaire|crise \w+) administrative"
    r"|(?:plants?|arbres?|rosiers?|vignes?|pommiers?|arbustes?|fruitiers?) (?:\w+ ){0,4}?"
    r"greffee?s?"
    r"|(?:peut|peuvent|pourrait|pourra) (?:le|la|les) reanimer"
    r"|(?:cancer|maladie chronique|maladie|gangrene|lepre|peste|metastases?|tumeur)s?"
    r" (?:de|du|des) (?:l |la )?(?:administration|paperasse|bureaucratie|administratif"
    r"|formulaires?|relances?|systeme \w+|systeme|mutualisme|gestion)\b"
    r"|soins intensifs (?:de|du|des) (?:votre|vos|ce|cette|leur) (?:service|standard"
    r"|conseill\w*|mutuelle|plateforme|hotline)"
    r"|(?:bureaucratie|paperasse|administration|lenteur|gestion|chez vous|votre \w+|appli\w*"
    r"|site|logiciel|systeme|service|hotline|plateforme)"
    r" (?:\w+ ){0,3}?c est (?:un|le) cancer"
    r"|(?:ete|l effet d) (?:un|une) electrochocs?"
    r"|(?:faudrait|faut|faudra|faudrait il) (?:le|la|les|vous) reanimer"
    r"|phobies? (?:du|de la|des|de l) (?:telephone|papier|courrier|reponses?|mails?|clients?"
    r"|adherents?|ecrit)"
    r"|(?:sites?|services?|systemes?|logiciels?|applications?|standards?|dossiers?)"
    r" (?:\w+ ){0,2}?atteinte?s? (?:d une|d un|de)"
    r"|(?:finir|fini|finirai|finira) en (?:depression|burn out)(?: nerveuse)? a force"
    r"|de quoi devenir (?:fou|folle|dingue|schizo|parano|chevre)"
    r"|(?:fait|faire|fais|faillir) (?:un|une) (?:syncope|crise cardiaque|infarctus|attaque|avc"
    r"|malaise|arret cardiaque) en (?:voyant|lisant|recevant|decouvrant|ouvrant) (?:\w+ ){0,2}?"
    r"(?:cotisations?|factures?|courriers?|montants?|prelevements?|releves?|lettres?|avis"
    r"|echeanciers?|mails?|decomptes?|tarifs?)"
    r"|malade imaginaire"
    r"|(?:est|suis|es|etes|sont|etait|etais) (?:\w+ )?(?:chirurgien|infirmier|infirmiere"
    r"|pharmacien|pharmacienne|aide soignante?|sage femme)s?(?: de (?:profession|metier))?"
    rf"(?: {_LIEU_DE_TRAVAIL})?\b"
    r"(?! (?:de|d|du) (?:mon|ma|son|sa|leur|mes|ses))"
    r"|(?:votre|le|ce|vos|les) (?:standard|service|site|conseill\w+|systeme|logiciel"
    r"|informatique|application|appli|ordinateur)s? (?:a|ont|aurait|auraient)"
    r" (?:la maladie d |l |la |le )?(?:alzheimer|amnesie|parkinson)"
    # "on lui arrache les yeux avec la hausse", "parler à un sourd", "il va faire un AVC si
    # on lui répond encore", "ça fait mal au porte-monnaie", "mon dossier est passé au
    # bloc", "la cotisation a pris une fièvre", "en convalescence financière", "la
    # transfusion des données", "une lobotomie à votre service", "vous avez un trou de
    # mémoire ?", "une opération de démarchage", "un diagnostic de mes besoins", "le
    # symptôme classique chez vous", "vous êtes paralysés dès qu'il faut payer".
    r"|arrach\w* (?:les yeux|une dent|les dents|un bras|la peau|un rein) (?:avec|a chaque|pour"
    r"|en|rien|quand|des que|chaque)"
    r"|(?:parler|parle|parlez|parlons|discuter|m adresser) (?:\w+ ){0,5}?a (?:un|des) sourds?"
    r"|(?:va|vais|vas|allez|vont|aller) (?:me |lui |leur |nous )?faire (?:un|une) (?:avc|infarctus"
    r"|crise cardiaque|syncope|malaise|arret cardiaque|attaque|ulcere|depression) si"
    r"|mal (?:au|a la|aux|a l) (?:porte monnaie|portefeuille|porte feuille|budget|compte"
    r"|finances?|bourse|banquier|epargne|fin de mois)"
    r"|(?:dossiers?|demandes?|reclamations?|factures?|contrats?|remboursements?) (?:\w+ ){0,3}?"
    r"(?:au bloc|sur le billard|en reanimation|en soins intensifs|aux urgences|en convalescence"
    r"|en soins palliatifs|dans le coma)"
    r"|(?:cotisations?|tarifs?|prix|factures?|hausses?|primes?|mensualites?) (?:\w+ ){0,3}?"
    r"(?:pris|prend|attrape)\w* (?:une |la |de la )?(?:\w+ )?fievre"
    r"|convalescence (?:financiere|budgetaire|bancaire)"
    # "un SLA de 48 h", "c'était du toc", "la ligne HTA", "la loi de Parkinson", "des
    # cataractes de pluie", "un remboursement anémique", "une administration ankylosée",
    # "mon handicap au golf", "votre réponse m'a ulcéré", "la coqueluche de l'agence", "une
    # entorse au règlement", "mettre le doigt sur le problème", "transplanter ses oliviers",
    # "ils m'ont ponctionné 40 €", "la paperasse gangrène tout", "la page blanche".
    r"|(?:un|le|les|des|du|vos|nos|notre|votre|ce) slas?\b|(?:etai\w*|c est|sont|est) du toc"
    r"|(?:lignes?|postes?|reseaux?|cables?|poteaux?) (?:\w+ ){0,2}?hta|lois? de (?:parkinson"
    r"|murphy)|cataractes? (?:de|d) (?:pluie|eau)|(?:remboursements?|reponses?|budgets?"
    r"|garanties?|prestations?|montants?|offres?) anemiques?|(?:administration|service|gestion"
    r"|systeme|entreprise|mutuelle)s? (?:est |sont |etait )?(?:\w+ )?ankylose\w*"
    r"|handicap (?:au|de) golf|(?:m a|m ont|nous a|vous m avez|ca m a) ulcere\w*"
    r"|coqueluche (?:de|du|des) (?:l |la |le )?(?:agence|service|bureau|quartier|equipe"
    r"|entreprise|clients?)|entorses? (?:au|a la|aux) (?:reglement|regles?|contrat|principe"
    r"|loi|procedure)|(?:reglement|regle|contrat|procedure)s? (?:\w+ ){0,3}?entorse"
    r"|mis\w* le doigt sur|transplant\w* (?:\w+ ){0,2}?(?:oliviers?|arbres?|plants?|rosiers?"
    r"|arbustes?|fleurs?|haies?)|ponctionn\w* (?:de )?\d+|(?:paperasse|bureaucratie"
    r"|administration|lenteur|gestion)s? (?:\w+ )?gangren\w*"
    r"|syndrome (?:de la page blanche|de l imposteur)"
    r"|cass\w* la tete (?:avec|a force|pour)|le diagnostic est (?:simple|clair|sans appel|facile)"
    r"|symptomes? (?:d une|d un|de l|de la) (?:erreur|bug|probleme|dysfonctionnement|panne"
    r"|mauvaise)|(?:la )?crise du covid|aveugles? de (?:colere|rage)"
    r"|infiltrations? (?:d eau|dans (?:le|la|les|mon|ma|mes|notre|nos) (?:plafonds?|murs?|toits?"
    r"|toiture|cave|sous sol|salle de bain|plancher|garage|grenier)|par (?:la|le|les|l)"
    r" (?:toiture|toit|fenetres?|facade|murs?|terrasse|balcon))"
    r"|ponctions? (?:mensuelles?|annuelles?|trimestrielles?)"
    r"|(?:numeros?|codes?|adresses?|formats?|cartes?|iban|rib|mots? de passe|liens?|dates?"
    r"|champs?|saisies?|fichiers?|identifiants?|e ?mails?) (?:\w+ ){0,6}?(?:est|sont|etait"
    r"|serait|reste) invalides?"
    r"|(?:la )?nausee (?:de|avec) (?:vos|votre|ces|cette|ce|leurs?) "
    r"|operer (?:du|de la|des) \w+ ou quoi"
    r"|(?:options?|garanties?|formules?|couvertures?|niveaux?) (?:chirurgicale|maternite)s?\b"
    r"|transfusions? (?:des|de|du|de mes|de vos) (?:donnees|dossiers?|fichiers?|informations?"
    r"|comptes?|contrats?)"
    r"|lobotom\w* (?:a|de|du) (?:votre|vos|ce|cette|leur|le|la) "
    r"|(?:vous|votre service|vos services|vos conseillers) (?:avez|a|ont) (?:eu )?(?:un|des)"
    r" trous? de memoire"
    r"|operations? (?:de|d) (?:demarchage|communication|marketing|prelevement|recouvrement"
    r"|regularisation|maintenance|migration|portabilite|resiliation|fusion|seduction|charme)"
    r"|diagnostics? (?:de |des )?(?:mes |vos |nos |ses |leurs? )?besoins"
    r"|symptomes? (?:\w+ )?(?:chez vous|de votre|de vos|du service|de la gestion"
    r"|de l administration)"
    r"|(?:vous etes|vous etiez|etes vous) (?:\w+ )?paralyse\w*"
    r"|pansements? sur une jambe cassee"
    r"|(?:perdre|perdu|perds|perd) (?:\w+ ){0,4}?(?:ma|sa|la) sante mentale (?:avec|a cause|a force"
    r"|en)"
    # Money and mail, not care: "une injonction de payer", "ma cotisation ponctionnée deux
    # fois", "la rémission des pénalités", "un pli en souffrance", "votre diagnostic est faux"
    # (the insurer diagnoses nothing), "une fracture de 94 euros" (a misspelt invoice).
    r"|inj(?:onc|ec)tions? de payer|remissions? (?:des |de |d )(?:penalites|dettes?|frais"
    r"|majorations?|interets|sommes?|cotisations?)"
    r"|(?:cotisations?|comptes?|prelevements?|salaires?|retraites?|pensions?|sommes?|euros"
    r"|€|argent|budgets?|economies) (?:\w+ ){0,3}?ponctionn\w*"
    r"|(?:plis?|courriers?|colis|dossiers?|factures?|paiements?|lettres?|remboursements?"
    r"|demandes?) (?:\w+ )?en souffrance"
    r"|(?:votre|vos) diagnostics?|fractures? (?:de |d )?\d+(?: \d+)? ?(?:euros?|eur|€)"
    r"|(?:recu|envoye\w*|payer|paye|regle\w*|contester|conteste) (?:une |la |votre |cette |ma )"
    r"fracture(?! (?:du|de la|d|des|au|a la|ouverte|fermee))"
    # Idioms: "je me suis cassé les dents sur votre formulaire", "jusqu'à la nausée",
    # "c'est une saignée", "l'hémorragie de vos adhérents", "votre informatique a attrapé
    # la grippe", "une réponse d'une stérilité désolante".
    r"|cass\w* les dents (?:sur|contre)|jusqu a la nausee"
    r"|(?:services?|sites?|standards?|systemes?|plateformes?|agences?|reseaux?|applis?"
    r"|applications?|logiciels?|prelevements?|remboursements?|dossiers?) (?:\w+ ){0,3}?(?:de )?"
    r"(?:paralyse\w*|sous perfusion)"
    r"|pansements? (?:sur une jambe de bois|tarifaires?|commercia\w*|financiers?|que vous"
    r"|propose\w*|de \d+|d un avoir|d une remise)"
    r"|(?:failli|manque de|presque|a deux doigts de|vais|va|allez|vont) tomber dans les pommes"
    r"|tombee?s? dans les pommes en (?:voyant|lisant|recevant|decouvrant|ouvrant)"
    r"|(?:c est|une) (?:vraie |veritable )?(?:saignee|hemorragie)(?! (?:du|de la|d|au|a la"
    r"|interne|cerebrale|digestive|meningee))"
    # "la réforme a accouché d'une souris", "vous m'avez pris en grippe", "on dirait que
    # vous avez la gale", "de l'acharnement thérapeutique sur un dossier", "c'est un
    # handicap énorme de ne plus avoir d'agence", "réclamation diagnostiquée hors délai",
    # "une erreur d'injection dans la base de données".
    r"|accouch\w* d une souris|(?:pris|prendre|prend|prennent|prenez|prends) (?:\w+ )?en grippe"
    r"|(?:vous|on dirait que vous|impression que vous) (?:avez|aviez) la (?:gale|peste|lepre)"
    r"|acharnement therapeutique"
    # "j'ai le cœur qui lâche à chaque courrier", "c'est du pansement, on colmate".
    r"|coeur qui (?:lache|flanche|s arrete|bondit|saute|fait un bond) (?:a chaque|quand|en"
    r" (?:voyant|lisant|ouvrant|recevant))"
    r"|(?:c est|ce sont|du|des) (?:du |des )?pansements?(?= (?:on|sur|pour|que|qui|rien|mais)\b)"
    r"|(?:personne de|sans|aucun|pas de|ni) blesse\w*"
    # "j'ai la nausée rien que d'appeler", "le dossier est mort-né", "on saigne les
    # adhérents", "c'est schizophrène chez vous".
    r"|nausees? (?:rien que|en (?:voyant|lisant|recevant|ouvrant|pensant)|quand j|a l idee)"
    r"|(?:dossiers?|projets?|demandes?|reclamations?|contrats?|offres?|reformes?) (?:\w+ )?"
    r"(?:est |etait |a ete |sont )?mort nee?s?"
    r"|saign\w* (?:les|vos|ses|nos|leurs) (?:adherent\w*|clients?|clientes?|assure\w*"
    r"|cotisants?|gens|familles|retraite\w*|beneficiaires?)"
    r"|(?:c est|cest) (?:\w+ )?schizophren\w* (?:chez vous|chez eux|ici|votre|vos|cette|ce)"
    # Working in a care setting is a job, not a condition: "je bosse en réanimation",
    # "aide-soignante en oncologie", "kiné dans un centre de rééducation", "interne en
    # psychiatrie" (unless the words between say care: "infirmière, hospitalisée en…").
    r"|(?:travaill\w*|j?bosse\w*|exerce\w*|employee?s?|affectee?s?|en poste|de garde"
    r"|internes?(?= en (?!psychiatrie|addictologie|hopital psychiatrique))|stagiaires?"
    r"|infirmiere?s?|infirmier|aides? soignante?s?|medecins?|kines?|kinesitherapeute"
    r"|cadres? de sante|secretaires? medicales?|brancardiers?|agents? hospitaliers?|ash|ide"
    r"|sages? femmes?|chirurgiens?|anesthesistes?|pharmaciens?|pharmaciennes?|psychologues?"
    r"|educat\w*|ergotherapeutes?|manipulat\w* radio|auxiliaires? de puericulture)"
    rf" (?:(?!hospitalis|admis|soign|trait|oper|suivi|transfer|place|intern|malade|souffr"
    rf"|attein|depuis)\w+ ){{0,3}}?{_LIEU_DE_TRAVAIL}\b"
    rf"|stages? (?:de |d |en ){_LIEUX_DE_SOINS}\b"
    # "psychologue de profession", "ancien chirurgien à la retraite".
    r"|(?:anciens? |ancienne |ex )?(?:psychologues?|chirurgiens?|infirmier\w*|medecins?"
    r"|pharmacien\w*|kines?|aides? soignante?s?|sages? femmes?|psychiatres?|dentistes?"
    r"|orthophonistes?|psychomotricien\w*|anesthesistes?|radiologues?|cardiologues?)"
    r"(?: \w+)? (?:de profession|de metier|a la retraite|retraitee?s?)\b"
    # "un aveugle verrait que…", "obtenu aux forceps", "une amnésie sélective", "je vomis
    # vos publicités", "vos conseillers ont l'air sous anesthésie".
    r"|(?:un|meme un) aveugle (?:le |la |les |l )?(?:verrait|voit|aurait vu)"
    r"|(?:aux|des|les|au) forceps (?:pour|a|qu)|(?:obtenu\w*|arrache\w*) (?:\w+ ){0,3}?aux forceps"
    r"|amnesies? selectives?"
    # Comparisons and idioms: "pire qu'une rage de dents", "on dirait un patient en fin de
    # vie", "faire une jaunisse pour 20 €", "c'est à vomir", "une cure de désintoxication
    # bureaucratique", "le pronostic de votre conseiller", "une chirurgie sur ma carrosserie".
    r"|pire qu (?:une?|la|le|l|des) (?:\w+ ){0,2}?\w+"
    r"|(?:on dirait|comme) (?:un|une|des) (?:grands? )?(?:patients?|malades?|mourants?|agonisants?)"
    r"(?: (?:en fin de vie|en reanimation|sous perfusion|dans le coma|en phase terminale))?"
    r"|(?:faire|fait|fais|ferai|ferais) une jaunisse|(?:c est|est|c etait) a (?:vomir|gerber)"
    r"|(?:cure|sevrage|desintox\w*)(?: de desintoxication)? (?:bureaucratique|administrative"
    r"|numerique|de paperasse)"
    r"|pronostics? (?:de|du|d) (?:votre |vos |ce |cette |la |le |l )?(?:conseill\w+|service"
    r"|agent|gestionnaire|commercial|banquier|expert\w*|assureur|mutuelle)"
    r"|(?:votre|vos) pronostics?"
    r"|chirurgies? (?:\w+ ){0,2}?(?:sur|de) (?:ma |la |mon |le |sa |son |leur )?(?:carrosserie"
    r"|voiture|moteur|vehicule|code|dossier|budget|contrat|texte|cuisine|toiture)"
    r"|(?:fait|fais|faire|faite) une allergie (?:a|aux|au) (?:la |l |les |vos |votre |ces )?"
    r"(?:serveurs? vocaux|paperasse|formulaires?|administration|bureaucratie|relances?|mails?"
    r"|courriers?|attente|musique d attente|robots?|repondeurs?)"
    r"|sequelles? (?:de |d |du )(?:votre |vos |cette |ce |ces |l |la |le )(?:\w+ )?(?:erreur|retard"
    r"|gestion|decision|refus|incident|bug|panne|prelevement|greve|faillite|crise|fusion)"
    r"|vomi\w* (?:vos|votre|ce|cette|ces|les|leurs?) (?:\w+ )?(?:pub\w*|mails?|courriers?"
    r"|services?|methodes?|tarifs?|politiques?|hausses?|mutuelles?|relances?|reponses?"
    r"|conseillers?|excuses?|promesses?)"
    r"|l air (?:d etre )?sous (?:anesthesie|morphine|calmants?|tranquillisants?|somniferes?)"
    r"|(?:c est|ce serait|ce sera|quel) (?:un )?(?:vrai |enorme |gros |sacre |veritable |lourd )?"
    r"handicap(?: enorme| de taille| certain| pour nous| pour moi)? (?:de ne|d avoir|de devoir"
    r"|de ne plus|de ne pas)"
    r"|(?:reclamations?|dossiers?|demandes?|problemes?|pannes?|erreurs?|bugs?) (?:\w+ ){0,3}?"
    r"diagnostique\w*|erreurs? d injection|injections? (?:dans|de) (?:la |les |une |des )?"
    r"(?:bases?|donnees|fonds|capital|liquidites|sql|code)"
    r"|hemorragies? (?:de |des |d )(?:vos |nos |ses |leurs )?(?:adherents|clients|abonnes"
    r"|effectifs|cotisants|capitaux|fonds|talents|personnel)"
    r"|(?:informatique|systemes?|sites?|ordinateurs?|serveurs?|applis?|applications?"
    r"|logiciels?|standards?|services?) (?:\w+ ){0,4}?(?:attrape|a|aurait|ont|avoir) (?:la grippe"
    r"|le covid|un virus|la gastro|la peste)"
    r"|(?:reponses?|courriers?|lettres?|debats?|echanges?|discussions?|arguments?)"
    r" (?:\w+ ){0,6}?d une sterilite"
    # "c'est schizophrène, votre organisation", "ça m'a coupé les jambes", "votre plateforme
    # est à l'agonie, il faudrait penser à la réanimer", "le sevrage de l'ancien logiciel".
    r"|c est (?:completement |totalement |un peu |vraiment |carrement )?(?:schizo\w*|parano\w*"
    r"|bipolaire|hysterique)(?= (?:votre|vos|ce|cette|ces|leur|leurs|ton|ta|tes|notre|nos)\b)"
    r"|(?:m|nous|lui|vous|leur|te|ca m|ca nous|ca lui) (?:a|ont|avait|avaient) coupe les jambes"
    r"|(?:ca|cela) (?:me |nous |lui |vous )?coupe les jambes"
    r"|(?:plateformes?|services?|sites?|standards?|entreprises?|mutuelles?|systemes?|agences?)"
    r" (?:\w+ ){0,2}?(?:a l agonie|agonise\w*)"
    r"|(?:faudrait|faut|faudra)(?: \w+){0,2}? (?:a )?(?:le|la|les) reanimer"
    r"|sevrages? (?:de |d |du )(?:l |la |le )?(?:ancien |vieux |nouvel |nouveau )?(?:logiciels?"
    r"|systemes?|outils?|applis?|applications?|sites?|papier|courrier|fax|minitel)"
    r"|consolidations? (?:de |d |des )(?:mes |ses |vos |nos |leurs |la |ma |sa )?(?:credits?"
    r"|dettes?|prets?|emprunts?|encours)"
    r"|infiltrations? (?:\w+ ){0,4}?(?:eau|eaux|toit|toiture|plafond|murs?|facade|cave|pluie"
    r"|fenetres?|sous sol)"
    r"|(?:resultats?|analyses?|examens?) (?:de |du |d |des )(?:la |l |votre |notre |leur |ce"
    r" |cette |vos |sa |ma |mon |son )?(?:enquete|simulation|tirage|jeu|concours|sondage|vote"
    r"|elections?|calcul|audit|exercice|assemblee|ag|recl\w*|dossiers?|demandes?|situations?|requetes?"
    r"|fichiers?|contrats?|comptes?|plainte|cas|besoins?)\w*"
)
ORDINAIRES = re.compile(rf"\b(?:{par_premiere_lettre(PHRASES_ORDINAIRES)})\b")
"""Ordinary phrases blanked out before the lexicon and the morphology are read (tried by
first letter: :mod:`bot.sante.alternatives`)."""

_POSSESSIF = r"(?:mes|ma|mon|son|sa|ses|leur|leurs|vos|votre)"
_DETENTEUR = r"(?:mes|ma|mon|son|sa|ses|leur|leurs|les|l|des|le|la|vos|votre)"
_EXAMEN = (
    r"(?:analyses?|irm|scanners?|mammographies?|mammos?|cliches?|radios?|radiographies?"
    r"|echographies?|echos?|examens?|resultats?|bilans? (?:sanguins?|biologiques?|lipidiques?"
    r"|hepatiques?|de coagulation|thyroidiens?|\w+iques?)|prises? de sang|biopsies?"
    r"|tests? d effort|frottis|scintigraphies?|audiogrammes?|ecg|electrocardiogrammes?)"
)
_TRANSMIS = (
    r"(?:envoye\w*|recu\w*|perdu\w*|transmi\w*|transmettre|envoyer|egare\w*|parti\w*"
    r"|lu|lue|lus|lues|lire|communique\w*|chez vous|remis\w*|recuperer|restitu\w*"
    r"|joint\w*|au lieu|arrive\w*|reclame\w*|demande\w*)"
)
_IMAGERIE = (
    r"(?:irm|scanners?|mammographies?|radios?|radiographies?|echographies?|biopsies?"
    r"|prises? de sang|scintigraphies?|audiogrammes?|ecg|electrocardiogrammes?|frottis"
    r"|bilans? (?:sanguins?|biologiques?))"
)
_ORGANE_EXAMINE = (
    r"(?:hypophys\w*|thyroid\w*|cerebra\w*|cardiaques?|hepatiques?|renale?s?|pulmonaires?"
    r"|lombaires?|cervica\w*|mammaires?|pelviennes?|abdominale?s?|prostat\w*"
    r"|(?:du|de la|de l|des) (?:genoux?|crane|cerveau|coeur|foie|reins?|poumons?|dos|seins?"
    r"|bassin|rachis|thorax|ventre|pieds?|poignets?|coudes?|cou|hanches?|thyroide|colonne"
    r"|chevilles?|prostate|mains?|jambes?|tete|epaules?|abdomen|yeux|oeil|uterus|estomac))"
)
_SANS_REMBOURSEMENT = (
    r"^(?!.*\b(?:rembours\w*|factur\w*|tiers payant|decomptes?|tarifs?|prix|euros?|\d+ ?e"
    r"|frais|depassements?|devis|panne|imprimante|photos?|photocopies?|numeris\w*)\b)"
)
"""A medical document held or sent ("mes analyses sont chez vous", "vous avez reçu mon
scanner ?", "prise de sang perdue") but not billed (a bill is an ordinary complaint), what
an examination showed ("l'IRM montre…") and the part of the body it looked at ("IRM
hypophysaire")."""

_REGLES = {
    "opéré (personne)": (
        rf"\b{_SUJET_AVOIR} (?:\w+ )?ete (?:re)?operee?s?\b"
        rf"|\b{_SUJET_ETRE} (?:\w+ )?(?:re)?(?:operee?s?|greffee?s?|transplantee?s?)\b"
    ),
    "opéré de": (
        rf"\b(?:re)?operee?s? (?:d urgence|en urgence|a coeur ouvert|(?:{_DET} )?{_CORPS}"
        r"|en pleine nuit|au chu|a l hopital|a la clinique|au bloc|sous anesthesie"
        r"|(?:d un|d une|du|de la|de l|des) (?!compte|virement|prelevement|paiement|montant)\w+)"
    ),
    "boiter": r"\b(?:je|tu|il|elle|on|qui) boite\b|\bboiter\b",
    # A device or a care at home told plainly: "on lui a mis de l'oxygène à la maison",
    # "elle porte des protections", "il se nourrit par une sonde", "après ses chutes".
    "appareil de la vie courante": (
        r"\b(?:sous|mis|met|mettre|besoin d|de l) oxygene\b|\boxygene (?:a la maison|a domicile)"
        r"|\b(?:porte|porter|portent|portait|mettre|met|mets|change|changer) des protections\b"
        r"|\bprotections? (?:pour (?:les |ses |mes )?fuites|urinaires?|jour et nuit|la nuit"
        r"|d incontinence|pour adultes?|anatomiques?)"
        r"|\bsondes? (?:dans le nez|a demeure|urinaires?|d aspiration|naso\w*|gastriques?)"
        r"|\bnourri\w* par (?:une |la )?sonde"
        r"|\b(?:apres|suite a|a cause de|depuis) (?:ses|sa|mes|ma|leurs|son|plusieurs) chutes?\b"
        r"|\btombee? (?:deux|trois|quatre|plusieurs|\d+) fois\b"
        r"|\bbracelets? (?:anti chute|de teleassistance|d alerte)"
    ),
    # A symptom told as what happens to the person: the memory, the senses, the body.
    "symptôme raconté": (
        r"\b(?:ne|n) (?:retient|retiens) plus rien|\ba des absences (?:depuis|de plus|repetees)"
        r"|\btombee?s? dans les pommes\b"
        r"|\b(?:se|me) perd\w* (?:dans|en ville|dans le quartier)|\bne sait plus rentrer"
        r"|\b(?:perd|perds|trouve plus|trouve pas|cherche) (?:mes|ses|leurs|son|ton) mots\b"
        r"|\bconfond\w* (?:les jours|tout(?! le temps (?:mon|ma|mes|l|le|la|les|nos|vos|son|sa)\b)"
        r"|les gens|les dates|les noms)"
        r"|\boublie\w* tout\b|\bse souvien\w* (?:plus|pas) de rien"
        r"|\b(?:reconnait|reconnais) (?:meme |toujours |presque |quasiment )?plus"
        r" (?:sa|son|ses|personne|sa maison|ses enfants|ses proches)"
        r"|\b(?:mis|met|mettre) (?:enfin |finalement )?un nom sur (?:ce qu (?:a|avait|il a|elle a)"
        r"|sa maladie|son mal|ses symptomes|ce dont|ses troubles)"
        r"|\b(?:je bois|il boit|elle boit|buvait|bois|boit) (?:beaucoup |bien )?"
        r"(?:trop|de plus en plus)\b"
        r"|\b(?:epuisee?s?|a bout) (?:moralement|psychologiquement|nerveusement)"
        r"|\b(?:trouver|savoir|comprendre|chercher|cherchent|cherche) ce qu (?:il|elle|j|on|ils)"
        r" (?:a|ai|avait|ont)$"
        r"|\b(?:je|il|elle) (?:ne|n) marche (?:presque |quasiment )?plus (?:du tout|seule?|sans)"
        r"|\bbesoin d (?:une )?aide pour (?:tout$|tout au quotidien|se laver|s habiller|manger"
        r"|marcher|se lever|la toilette)"
        r"|\bepuisement(?: professionnel| nerveux| psychique| moral| physique)?$"
        r"|\bpour epuisement\b"
        r"|\bparle\w* toute? seule?s?\b|\b(?:devenue?|est|etait) (?:\w+ )?confuse? (?:le soir"
        r"|la nuit|depuis)"
        rf"|\b(?:je|il|elle|(?:mon|ma|son|sa|notre|leur) {_PROCHE}) (?:ne|n) (?:voit|vois"
        r"|entend|entends|parle|mange|dort|dors|avale|respire)"
        r" (?:presque |quasiment |pratiquement |toujours )?"
        r"(?:plus|pas|rien)\b(?! (?:de|d) (?:moi|lui|elle|eux|ca|cela|mon cas|ma situation)\b"
        r"| (?:tres |bien |tres bien |encore )?(?:francais|anglais|la langue)"
        r"| (?:le rapport|l interet|le lien|le probleme|la difference|pourquoi|comment|ou|quand"
        r"|en quoi|la raison|d autre|trop|bien|grand chose|de solution|d issue)\b)"
        r"(?! (?:(?:de|d) )?(?:votre|vos|ce|cette|ces|mon|ma|mes|ses|son|sa|nos"
        r"|la|le|les|l) (?:courrier|lettre|mail|dossier|reponse|conseill\w+|service|rembourse\w*"
        r"|message|facture|document|contrat|cotisation|prelevement|decompte|releve|paiement"
        r"|versement|information|demande|reclamation|compte|espace|attestation|carte"
        r"|garantie)s?\b)"
        r"|\bentend\w* (?:plus|pas|rien|mal) (?:\w+ )?(?:de l oreille|d une oreille|des oreilles"
        r"|de l oreille \w+)"
        r"|\bs endort (?:n importe ou|au volant|en pleine journee|partout)"
        r"|\bsiffle\w* quand (?:il|elle|je) respire|\bvoix (?:cassee|eteinte) depuis"
        r"|\bsueurs? (?:nocturnes?|la nuit)|\b(?:grande|grosse|immense|enorme) fatigue\b"
        r"|\bepuisee? meme au reveil|\btout le temps froid"
        r"|\bmarche a (?:tout )?petits pas|\bparle (?:de facon|de maniere) incomprehensible"
        r"|\b(?:a|ont|fait|font) des tics\b|\bgrince\w* des dents|\bregard fixe\b"
        r"|\bperdu l appetit|\bmaigri\w* a vue d oeil"
        r"|\b(?:plus de|pas de|perte de) sensibilite (?:dans|aux|au|a la|a l|des) "
        r"|\b(?:ne|n) (?:peut|peux|pouvait) plus (?:rien faire seule?|marcher|manger seule?"
        r"|se laver|s habiller|se lever|aller aux toilettes|tenir (?:sa|son|ses|un|une))"
    ),
    "perte d'un sens": (
        r"\bpert\w* (?:de |d )?(?:la |l )?(?:vue?|audition|odorat|gout|equilibre|usage)"
        r" (?:de|d|du|des|a|au|aux) (?:\w+ )?(?:mon|ma|mes|son|sa|ses|l|la|le|les|un|une)?"
        rf" ?{_CORPS}"
    ),
    "traité pour": (
        rf"\b{_SUJET_ETRE} (?:\w+ )?(?:traitee?s?|soignee?s?|suivie?s?) pour (?:un|une|la|le|l|les"
        r"|des|son|sa|ses|mon|ma|mes|de|d) \w+"
        r"|\btraitements? pour (?:maigrir|dormir|grossir|arreter de fumer|l obesite)"
        r"|\bgouttes (?:dans|pour) (?:les|le|la|l|ses|mes) (?:oreilles?|yeux|oeil|nez)"
        r"|\b(?:prendre|prend|prends|fait|faire|fais) des aerosols\b"
        r"|\b(?:prend|prends|prendre|pris|sur ordonnance|medicaments?|cachets?|comprimes?"
        r"|melatonine|somniferes?|gouttes) (?:\w+ ){0,3}?pour (?:dormir|le sommeil)\b"
        r"|\bresultats? (?:de la |du |des |de l |de mes |de ses )?(?:prise de sang|analyses?"
        r"|bilans?|examens?|irm|scanner|biopsie) (?:\w+ ){0,2}?(?:montr|revel|indiqu|confirm"
        r"|sont mauvais|ne sont pas bons)"
    ),
    "ne plus se retenir": (
        r"\b(?:retient|retiens|retenir|retenait|controle|controler|controlait) (?:plus|pas)"
        r" (?:ses|mes|son|ma|sa|leurs|tes) (?:urines?|selles|vessie|sphincters?)\b"
    ),
    "se casser un os, une dent": (
        r"\b(?:s est|me suis|se sont|s etait|m etais|t es|nous sommes|vous etes) (?:\w+ )?"
        r"(?:cassee?s?|fracturee?s?|brisee?s?|luxee?s?|foulee?s?|tordue?s?|dechiree?s?|ebrechee?s?"
        rf"|deboitee?s?|demise?s?) (?:{_DET}|un|une|deux|des) (?:\w+ )?{_CORPS}"
    ),
    "un organe enlevé": (
        r"\b(?:a|ont|avait|avaient|ai|avons) eu (?:la|le|les|l|un|une|des|deux) (?:\w+ )?"
        rf"{_OBJET} (?:\w+ )?(?:enlevee?s?|retiree?s?|posee?s?|greffee?s?|operee?s?|recousue?s?"
        r"|recollee?s?|ot[e]e?s?|remplacee?s?)"
    ),
    "le soignant qui suit": (
        r"\b(?:gyneco\w*|medecin|docteur|\w+logue|psy\w*|kine\w*|osteo\w*|chirurgien\w*"
        r"|cardio\w*|onco\w*|pneumo\w*|neuro\w*|derma\w*|rhumato\w*|endocrino\w*|pediatre"
        r"|psychiatre|infirmi\w*|orthophoniste|sage femme|specialiste) qui (?:me|le|la|les|nous"
        r"|lui|leur) (?:suit|suivent|suivait|soigne|soignent|soignait|traite|traitent|traitait)\b"
    ),
    "K (cancer) d'un organe": (
        rf"\b(?:k|kc|kk|caner|canser) (?:du|de la|des|de l|au|a la|aux|a l) {_CORPS}"
    ),
    # "on a dû me réopérer", "ils vont l'opérer": a person is the object of the verb
    # ("opérer un virement" has none).
    "opérer quelqu'un": (
        r"\b(?:me|m|te|t|le|la|l|lui|les|nous|vous) (?:re)?operer\b"
        r"(?! (?:un|une|des|le|la|les|ce|cette|votre|vos|d) (?:\w+ )?(?:prelevements?|virements?"
        r"|retenues?|remboursements?|regularisations?|changements?|modifications?|rappels?))"
    ),
    "on m'a opéré, enlevé, posé": (
        r"\b(?:on|il|elle|ils|elles|qui|le chirurgien|la chirurgienne|le medecin|le docteur"
        r"|l hopital"
        r"|la clinique|les medecins|l equipe|le dentiste)"
        r" (?:m|l|lui|leur|nous|vous|les|t) (?:a|ont|avait|avaient) (?:\w+ )?(?:re)?(?:operee?s?"
        r"|greffe\w*|ampute\w*|platre\w*|hospitalise\w*|transfuse\w*|diagnostique\w*"
        r"|prescrit\w*|mis sous \w+|recoud\w*|recousu\w*|suture\w*|intube\w*|perfuse\w*"
        r"|ventile\w*"
        r"|anesthesie\w*|endormi\w*|soigne\w*|reanime\w*|vaccine\w*|ausculte\w*)\b"
    ),
    "enlever ou poser un organe, un implant": (
        r"\b(?:enlev|retir|ot|pos|implant|greff|mis|mett|plac|arrach|extrai|extra|coup|change|recoll"
        rf"|remplac|install)\w* (?:\w+ ){{0,2}}?(?:{_DET}|deux|trois|quatre|plusieurs|\d+) {_OBJET}"
    ),
    "se faire soigner": (
        r"\b(?:ai|a|avons|avez|ont|avait|avais) fait (?:re)?(?:oper|greff|implant|amput|platr"
        r"|sutur|biopsi|ponctionn|perfus|infiltr|radiographi)(?:er|ee?s?)\b"
        r"|\b(?:me|se|te|nous|vous|le|la|les|lui|m|s|t) (?:suis |est |sont |etre |etais |etait )?"
        r"(?:fait|faite|faits|faire|fais|fera|ferai|ferons|ferez) (?:re)?(?:(?:pos|enlev|retir"
        r"|oper|greff|implant|amput|soign|hospitalis|platr|sutur|arrach|auscult|examin"
        r"|sterilis"
        r"|charcut"
        r"|radiographi|infiltr|perfus|ponctionn|biopsi|depist|intern|reanim|accouch)(?:er|ee?s?)"
        r"|recoudre|extraire|traiter pour|suivre par)\b"
        # Cosmetic surgery: "je me suis fait refaire le nez".
        r"|\b(?:me|se|te|nous|vous|m|s|t) (?:suis |est |sont |etre )?(?:fait|faite|faits|faire"
        r"|fais|fera|ferai) refaire (?:le|la|les|l|mon|ma|mes|son|sa|ses) (?:nez|seins?|poitrine"
        r"|ventre|paupieres?|levres?|visage|oreilles?|fesses?|menton)\b"
    ),
    "opération chirurgicale": (
        r"\boperations? (?:chirurgicales?|lourdes?|d urgence|en urgence|a coeur ouvert"
        rf"|(?:{_DET} )?{_CORPS})"
        r"|\b(?:mon|ma|son|sa|leur|notre|mes|ses|une petite|une grosse|une lourde|une nouvelle"
        r"|deuxieme|seconde|derniere) operations?\b(?! (?:bancaire|financiere|comptable"
        r"|commerciale|promotionnelle|informatique|sur (?:mon|le|son) compte|(?:de|d) (?:virement"
        r"|prelevement|paiement|retrait|credit|debit|changement|maintenance|mise a jour|transfert"
        r"|migration|resiliation|adhesion|remboursement|regularisation|rattrapage|communication"
        r"|marketing|parrainage|fidelite|nettoyage|recouvrement|controle|verification|saisie"
        r"|archivage|fusion|demenagement|souscription|portabilite)))"
    ),
    "traitement médical": (
        r"\bsous traitement\b|\btraitements? (?:medica\w+|hormona\w+|anti\w+|de fond|lourds?"
        r"|contre|a vie|du cancer|psychiatrique|de substitution|pour (?:le|la|l|mon|ma|son"
        r"|sa|une?|ses|mes) (?!dossier|demande|reclamation|contrat|resiliation)\w+)\b"
        r"|\b(?:mon|mes|son|ses|leur|nouveau) traitements?\b(?! (?:de|du|des|d) )"
        r"|\b(?:suivre|suit|suis|suivi|prendre|prend|prends|pris|arreter|arrete|commencer"
        r"|commence|debut|changer|change) (?:un|mon|son|le|ce|leur|de) traitement\b"
    ),
    "opération à la clinique": (
        r"\b(?:l|cette|une|son|mon|ma|sa|la|leur|derniere|nouvelle) (?:operation|intervention)s?"
        r" (?:\w+ ){0,8}?(?:a la clinique|a l hopital|au chu|chirurgien\w*|au bloc|anesthesi\w*"
        r"|convalescence|cicatri\w*|points de suture|complications?|reeducation|hospitalisation)"
        r"|\b(?:clinique|hopital|chu|chirurgien\w*|anesthesiste) (?:\w+ ){0,8}?(?:l|cette|une"
        r"|son|mon|ma|sa|la|leur) (?:operation|intervention)s?\b"
    ),
    "un proche perd la tête": (
        rf"\b(?:mon|ma|son|sa|notre|leur|mes|ses) {_PROCHE}s? (?:\w+ ){{0,3}}?perd\w*"
        r" (?:la tete|la memoire|la boule|l esprit|ses esprits|la raison|le nord)"
    ),
    "né avec, né sans": (
        rf"\bnee?s? (?:avec|sans) (?:un |une |des |le |la |les |l )?(?:\w+ )?{_CORPS}"
    ),
    "subir une intervention": (
        r"\b(?:subir|subi|subie|subit|subis|subira|subirai|subiront)"
        r" (?:une?|des|plusieurs|deux|trois|nouvelle|sa|son|ma|mon) (?:\w+ )?"
        r"(?:interventions?|operations?|actes? chirurgica\w*"
        r"|greffes?|ablations?|amputations?|chimio\w*|traitements?|examens? medica\w*)"
    ),
    # An examination of a body part or of a pregnancy: "une IRM lombaire", "l'écho du
    # deuxième trimestre", "une échographie pelvienne".
    "examen d'un organe": (
        r"\b(?:irm|scanners?|echo\w*|radio\w*|mammographies?|scintigraphies?|examens?|bilans?)"
        r" (?:\w+ )?(?:cerebra\w*|lombaires?|pelvien\w*|abdomina\w*|thoraciques?|cardiaques?"
        r"|rena\w*|hepatiques?|mammaires?|pulmonaires?|osseu\w*|cervica\w*|dorsa\w*|vertebra\w*"
        r"|articulaires?|prostatiques?|thyroidien\w*|vesica\w*|endovagina\w*|transvagina\w*"
        r"|obstetrica\w*|foeta\w*|morphologiques?|de datation|de grossesse|du bebe|neurologiques?"
        r"|cardiologiques?|urologiques?|digesti\w*|gyneco\w*|doppler)\b"
        r"|\b(?:irm|scanners?|echo\w*|examens?|visites?|consultations?) (?:\w+ ){0,2}?(?:du|de)"
        r" (?:premier|deuxieme|second|troisieme|\d(?: ?(?:er|e|eme))?) trimestre\b"
    ),
    "scanner médical": (
        r"\b(?:scanners?|radios?|irm|echographies?|echos?|mammographies?|radiographies?"
        r"|examens?|analyses?|bilans?) (?:\w+ ){0,2}?(?:a|ont|avait|avaient|aurait)"
        r" (?:montre|revele"
        r"|detecte|trouve|mis en evidence|confirme|decele)"
        r"|\bresultats? d(?:u|e mon|e son) scanner\b|\bscanners? (?:cerebral|thoracique"
        r"|abdominal|pelvien|osseux|lombaire|avec injection|du|de la|des)\b"
    ),
    "diagnostic": r"\bdiagnostics?\b",
    "sigle médical en contexte": (
        # Acronyms that are also ordinary tokens: "une SEP" (sclérose en plaques, not
        # "sep." for September), "une SPA" (not "ma SPA", the animal shelter), "un AIT",
        # "une FA", "fait une IMG" (not "une img", an image), "en HAD".
        r"\b(?:une|ma|sa|leur|notre|d une|de ma|de sa|cette) (?:sep|fa)\b|\b(?:une|d une) spa\b"
        r"|\b(?:diag\w*|diagnostic\w*|atteinte?) (?:\w+ )?(?:de|d une) sep\b"
        r"|\bsep (?:remittente|progressive|primaire|secondaire|rr|evolutive)\b"
        r"|\boperations? de (?:longo|milligan|latarjet|whipple|bentall|ross|nissen|hartmann|frey"
        r"|kasai)\b"
        r"|\b(?:un|mon|son|leur|d un|cet) ait\b|\b(?:fait|subi|eu) une img\b|\ben had\b"
        # "un TSA" (trouble du spectre autistique), not "la TSA" (the insurance tax).
        r"|\b(?:un|mon|son|leur|d un|a un|avec un|du|ton) tsa\b"
    ),
    "opé": (
        r"\b(?:mon|ma|son|sa|leur|une|l|cette|apres|avant) ope\b"
        r"(?! (?:de|d) \d| bancaire| sur (?:mon|le|votre|notre) compte| de (?:remplacement"
        r"|renovation|travaux|maintenance|prelevement|virement))"
        rf"|^ope (?:{_DET} )?(?:\w+ )?{_CORPS}|\bope (?:du|de la|des|de l|d) \w+"
    ),
    "interné": (
        r"\b(?:ete|etre) internee?s?\b|\binternee?s? (?:d office|de force|contre|en psychiatrie"
        r"|a l hopital psychiatrique|dans un)"
        r"|\bhospitalis\w* (?:\w+ ){0,2}?sous contrainte|\bsoins? sans consentement"
        r"|\bhospitalisations? d office"
    ),
    "invalide (personne)": rf"\b{_SUJET_ETRE} (?:\w+ )?invalides?\b",
    "stérile (personne)": rf"\b{_SUJET_ETRE} (?:\w+ )?steriles?\b",
    "médicament pour un organe": (
        rf"\b(?:cachets?|comprimes?|gelules?|pilules?|medocs?|traitements?|gouttes|sirops?"
        rf"|appareils? d \w+)"
        rf" (?:\w+ )?(?:pour|contre) (?:le|la|les|l|son|sa|ses|mon|ma|mes) {_CORPS}"
        # "une cure thermale prescrite pour mes articulations", "des séances pour son dos".
        rf"|\b(?:cures?|seances?|soins?|reeducation|massages?|infiltrations?)"
        rf" (?:\w+ ){{0,8}}?pour (?:son|sa|ses|mon|ma|mes|leur|leurs) {_CORPS}"
        # "il conclut que mon genou n'a rien" (after an examination).
        rf"|\b(?:mon|ma|mes|son|sa|ses|leur|leurs) {_CORPS} (?:n a|n avait|n ont|n avaient)"
        r" (?:plus )?rien\b"
    ),
    "problème de santé d'un organe": (
        rf"\b(?:problemes?|soucis|ennuis|pepins?) (?:de|d|du|des|au|a la|a l|aux) {_CORPS}"
    ),
    "opération d'un proche": rf"\boperations? (?:de|d) (?:mon|ma|son|sa|notre|leur) {_PROCHE}\b",
    "poids": (
        r"\b(?:perdu|pris) (?:\d+|\w+) (?:kilos?|kgs?|kilogrammes?)\b"
        r"|\b(?:maigri\w*|grossi\w*|perd\w* du poids) (?:\w+ )?(?:sans raison|a vue d oeil)"
    ),
    "trembler": rf"\b{_CORPS} (?:qui )?(?:trembl\w*)\b",
    "organe qui ne marche plus": (
        rf"\b(?:une|la|ma|sa|son|mon|leur|les|mes|ses) {_CORPS} qui (?:ne |n )?(?:marche|marchent"
        r"|fonctionne|fonctionnent) (?:plus|mal|pas)\b"
    ),
    "âge d'un bébé": (
        r"\b(?:bebe|nourrisson|nouveau ne) (?:a|de|d) \d+ (?:mois|semaines|jours)\b"
        r"|\b(?:fils|fille|enfant|bebe|petit|petite) (?:a|avait) (?:maintenant |deja |tout juste"
        rf" |seulement |a peine )?{_NOMBRE} (?:mois|semaines|jours)\b(?! (?:de|d) )"
    ),
    "tué par": (
        r"\b(?:fauchee?|renversee?|percutee?|ecrasee?|tuee?) par (?:une|un|le|la) (?:voiture|camion"
        r"|train|moto|bus|tram|tramway|vehicule|chauffard)"
    ),
    "greffe": (
        r"(?<!\ble )(?<!\bau )(?<!\bdu )(?<!\bun )\bgreffes?\b"
        r"(?! du tribunal| de commerce| du tribunal de commerce| du conseil| des prud"
        r"| de (?:mes|mon|nos|vos|ses|les|des) (?:donnees|fichiers|informations|historiques?)"
        r"| de (?:\w+ ){0,2}?(?:pommiers?|arbres?|rosiers?|vignes?|fruitiers?|oliviers?|poiriers?"
        r"|cerisiers?))"
    ),
    "intervention": (
        rf"\bintervention (?:{_DET} {_CORPS}|sur (?:le|la|les|mon|ma|son|sa) {_CORPS})"
        r"|\b(?:mon|ma|son|sa|leur) intervention (?:a|est|chirurg|du|de la|d|prevue|le)"
    ),
    "malade (au sens propre)": (
        r"(?<!\ben )(?<!\ben suis )(?<!\ben etais )(?<!\bme rend )(?<!\bme rendent )"
        r"(?<!\bnous rend )(?<!\bme rendez )(?<!\ben est )(?<!\ben deviens )(?<!\bc est )"
        r"(?<!\ble rend )(?<!\bla rend )(?<!\bles rend )(?<!\bles rendent )(?<!\bvous rend )"
        r"(?<!\bpas )(?<!\bjamais )"
        r"\bmalades?\b(?! (?:rien qu|a l idee|rien que"
        r"|de (?:votre|vos|cette|ce|voir|devoir|attendre|rage|colere|honte"
        r"|jalousie|inquietude|la lenteur|l attente|ces|tous)|a cause de (?:votre|vos|vous)))"
    ),
    "blessé (au sens propre)": (
        r"\bblessee?s?\b(?! (?:par (?:votre|vos|ce|cette|ces|la|le|les|l|vous|ton|son|sa|ses"
        r"|leur|leurs)"
        r"|dans mon (?:amour|orgueil)))"
    ),
    "ligaments croisés": (r"\bligaments? (?:\w+ )?crois\w*"),
    "by-pass": (r"\bby pass\b"),
    "tremblement d'un membre": (
        r"\btrembl\w* (?:\w+ ){0,4}?(?:des|de la|du|de ses|de mes|de sa|de son)"
        r" (?:mains?|bras|jambes?|doigts?|tete)\b"
    ),
    "ne plus manger": (
        r"\b(?:ne|n) (?:mange|mangent|mangeait|manges|mangeons)"
        r" (?:presque |quasiment |toujours |plus )*(?:plus|rien|pas)\b"
        r"(?! (?:que|qu|de (?:viande|sucre|gluten|porc|poisson)))"
    ),
    "douleur au corps": (
        rf"\b(?:mal|douleurs?|blessee?s?|fracture\w*|cass\w*|opere\w*|operation|entorse"
        rf"|luxation|lesion|protheses?|infiltrations?|reeducation|chirurgie|ablation|radios?"
        rf"|irm|echographie|tendinite|inflammation|enflamm\w*|abime\w*|bloque\w*|coince\w*"
        rf"|dechir\w*|rupture|fouler|foule\w*|platre|immobilise\w*|paralyse\w*|ampute\w*"
        rf"|souffr\w*|tumeur|kyste|infection|cancer|greffe|soigner|brule\w*|plaie|ope|plaques?"
        rf"|broches?|vis|clous?|agrafes?|points|repar\w*|fissure\w*|deformation\w*|tordu\w*"
        rf"|fele\w*|deboite\w*|demis\w*|coupe\w*|ouvert\w*|rompu\w*|ecrase\w*|tassements?"
        rf"|bousill\w*|esquint\w*|flingu\w*|demoli\w*|pete\w*|nique\w*|bouffe\w*|luxe\w*"
        rf"|charcut\w*)"
        rf" (?:\w+ ){{0,2}}?(?:(?:un bout|une partie|un morceau|la moitie)"
        rf" (?:de la|de l|du|des|d|de)|{_DET}) (?:gros |petit |petite |grand )?{_CORPS}"
        rf"|\bremis\w* (?:\w+ ){{0,2}}?{_DET} {_CORPS} en place"
        rf"|\b{_CORPS} (?:est |sont |etait |a ete |ont ete |s est |reste )?"
        rf"(?:casse\w*|fracture\w*|abime\w*|bloque\w*|foule\w*|luxe\w*|opere\w*|fele\w*"
        rf"|fissure\w*|rompu\w*|dechire\w*|ecrase\w*|retiree?s?|enlevee?s?|otee?s?|greffee?s?"
        rf"|coupee?s?|tassee?s?|sectionnee?s?"
        rf"|qui (?:se )?(?:deregle|detraque|lache|fatigue|fonctionne mal|fait mal|saigne|gonfle"
        rf"|enfle|brule|demange|tremble|coule|siffle|bourdonne|devien\w*|pele\w*)"
        rf"|(?:me|le|la|lui|les|nous) (?:lance|lancent|elance\w*|tire|tirent|lache|lachent"
        rf"|brule|brulent)\b"
        rf"|dans le platre|immobilise\w*|douloureu\w*|enfle\w*|gonfle\w*|paralyse\w*"
        rf"|en vrac|ampute\w*|platre\w*"
        rf"|ne (?:plie|bouge|tient|supporte|repond|marche|fonctionne|se leve|s ouvre|se ferme)\w*"
        rf" (?:toujours |plus |presque |quasiment )?(?:pas|plus|rien))"
    ),
    "crise de": (
        r"\bcrises? (?:cardiaque|d angoisse|de panique|d epilepsie|epileptique|d asthme"
        r"|de goutte|de foie|d appendicite|de colique|convulsive|de spasmophilie|de tetanie"
        r"|de migraine|d eczema|de sciatique|de drepanocytose|d hypoglycemie|de delirium"
        r"|de manie|d anxiete|de larmes)"
        r"|\b(?:fait|fais|faire|faisait|refait|refaire|avoir|eu) (?:une|des|plusieurs) crises?\b"
        r"(?! (?:de (?:nerfs|colere|rire|fou rire|larmes|jalousie)|au telephone"
        r"|avec (?:votre|vos|le|la|les|l|ce|cette|un|une) (?:conseill\w*|agent|gestionnaire"
        r"|service|standard|interlocut\w*|mutuelle|assureur)))"
    ),
    "calculs et troubles": (
        r"\bcalculs? (?:renaux|renal|biliaires?|urinaires?|dans (?:les|le) reins?)"
        r"|\bcalculs? (?:\w+ ){0,2}?(?:dans|a|au|a la) (?:la|le|les|l|ma|mon|mes|sa|son|ses)"
        r" (?:vesicule|reins?|vessie|ureteres?|glandes? salivaires?)\b"
        r"|\btroubles? (?:du sommeil|de la vision|de l audition|cardiaques?|musculo\w*"
        r"|digestifs?|urinaires?|hormona\w+|de la memoire|cognitifs?|de l attention"
        r"|du langage|dys\w*|neurologiques?|respiratoires?|du rythme|de l equilibre|psy\w*"
        r"|anxieux|alimentaires?|bipolaires?|mentaux|du comportement|de la personnalite"
        r"|obsessionnels?|erectiles?|de la deglutition|visuels?|auditifs?|moteurs?"
        r"|de l humeur|du neuro\w*|du spectre|de la concentration)|\btms\b"
    ),
    "avoir mal": (
        r"\b(?:j ai|il a|elle a|a|ai|avait|avais|ont|avoir|as|fait|font) (?:tres |trop |si "
        r"|toujours |encore |vraiment |tellement |atrocement )?mal (?:au|a la|a l|aux"
        r"|partout|dans le|dans la|dans les)\b(?! coeur de)"
        r"|\b(?:me|lui|leur|te|nous|vous) fai(?:t|s|sait|ont) (?:tres |trop |tellement )?"
        r"(?:mal|souffrir)\b(?! au coeur)"
    ),
    "souffrir (au sens propre)": (
        r"(?<!\bvous )(?<!\bvous semblez )(?<!\bvous devez )"
        r"\bsouffr\w*\b(?! (?:de|des|du|d) (?:votre|vos|ce|ces|cette|la situation|l attente"
        r"|retards?|lenteurs?|manque|vos services|l absence|la lenteur|ne pas|la solitude"
        r"|votre service|l incompetence|la mauvaise)| (?:de|d) (?:attendre|voir|devoir))"
    ),
    "malaise": r"\b(?:fait|faire|eu|avoir|fais|refait) (?:un|des|plusieurs|deux) malaises?\b",
    "enceinte": (
        r"(?<!\bl )(?<!\bune )(?<!\bcette )(?<!\bdans l )(?<!\bde l )(?<!\bson )(?<!\bsa )"
        r"(?<!\bmon )(?<!\bton )(?<!\bvotre )(?<!\bnotre )(?<!\bleur )(?<!\bla )(?<!\bdes )"
        r"(?<!\bles )(?<!\bmes )(?<!\bvos )(?<!\bnos )\benceintes?\b"
    ),
    "naissance": (
        r"\b(?:a|depuis|apres|avant|lors de|pour|de) (?:sa|la|ma|leur|notre|son) naissance\b"
        r"|\bnee? (?:premature|avant terme|a \d+ (?:semaines|mois|sa)|par cesarienne|avec)\b"
        r"|\b(?:bebe|nouveau ne|nourrisson|fils|fille|enfant|garcon) (?:est )?nee?"
        r" (?:le|en(?! (?:19|20)\d\d\b)|il y a|hier|a \d|depuis)\b"
        r"|\b(?:donne|donner|donnant|donnee) naissance\b"
        r"|\benfants? et (?:attend\w*|en attend\w*) (?:le|un|une) (?:deuxieme|troisieme|quatrieme"
        r"|cinquieme|second|seconde)\b"
        r"|\b(?:\w+ )?semaines? d avance\b"
        rf"|\b(?:mon|ma|notre|nos|son|sa|leur|mes|ses)"
        r" (?:(?:premier|premiere|deuxieme|second|seconde|troisieme|dernier|derniere|petit"
        rf"|petite|nouveau) )?(?:{_PROCHE}|jumeaux|jumelles|triples"
        r"|garcon|bebes?|nouveau ne) (?:\w+ )?(?:est|sont|etait|vient d etre|a ete) nee?s?"
        r" (?:le|en(?! (?:19|20)\d\d\b)|il y a|hier|ce|cette|cet|au|a la|a \d|avant|pendant"
        r"|depuis|la semaine"
        r"|le mois|\d)"
        r"|\b(?:viens|vient|venons|venez|viennent) d (?:avoir|accueillir|mettre au monde)"
        r" (?:un|une|notre|mon|ma|des|nos|leur) (?:\w+ )?(?:bebe|enfant|fils|fille|jumeaux"
        r"|garcon|petite? (?:fille|garcon))"
        r"|\bnee? (?:le|en) \w+ (?:\w+ )?a la maternite\b"
        r"|\b(?:je suis|j etais|elle est|elle etait|(?:ma|sa|notre) (?:femme|compagne|conjointe"
        r"|fille|soeur|epouse|belle fille) (?:est|etait)) a \d+ (?:semaines|mois)\b"
        r"(?! (?:de|d|du|des|sans|apres|avant)\b(?<! de grossesse))"
        r"|\battend\w* (?:un|une|notre|leur) (?:(?:premier|premiere|deuxieme|second|seconde"
        r"|troisieme|quatrieme|petit|petite|nouveau|nouvel) )?(?:enfant|bebe|heureux evenement)"
        r"|\battend\w* (?:mon|son|ma|sa|notre|leur) (?:premier|premiere|deuxieme|second|seconde"
        r"|troisieme|quatrieme) (?:enfant|bebe)?"
        r"|\b(?:avons|avez|ont|a|ai) eu (?:un|une|notre|des) (?:(?:petit|petite|beau|belle) )?"
        r"(?:bebe|fille|garcon|fils|enfant|jumeaux|jumelles|triples)"
        r" (?:hier|avant hier|ce matin|cette nuit|la semaine|le mois|il y a|le \d|en \w+ \d)"
    ),
    "cause de décès": (
        r"\b(?:decedee?s?|deces|morte?s?|tuee?s?|succombee?)"
        r" (?:\w+ ){0,2}?(?:dans|lors d|suite a|des suites d|a la suite d|a cause d|en raison d"
        r"|du fait d|apres) (?:un|une|l|le|la|son|sa|ses|d)\b"
        r"|\b(?:decedee?s?|morte?s?|tuee?s?) (?:d un|d une|du|de la|de l|des)"
        r" (?!(?:rire|fatigue|peur|honte|ennui|inquietude|chagrin)\b)\w+"
        r"|\b(?:decedee?s?|deces|morte?s?) suite (?:a |aux |au )?(?:des |de )?(?:complications?"
        r"|chute|malaise|infection|maladie|crise|arret|operation|intervention|accident)"
        rf"|\b{_PROCHE} (?:est |etait )?(?:partie?|emportee?|decedee?|morte?) en"
        rf" (?:quelques|{_NOMBRE}) (?:semaines|mois|jours)\b"
        r"|\bdes suites d\b|\bmort subite\b|\bdonne la mort\b|\b(?:noyee?|noyade|overdose"
        r"|surdose|s est pendue?|pendaison|mort naturelle|de vieillesse|morte? brutalement"
        r"|decedee? (?:brutalement|subitement|soudainement)|deces (?:brutal|soudain|accidentel)"
        r"|mort (?:soudaine|accidentelle)|accident mortel|s est tuee?|s est suicidee?)\b"
    ),
    # A medical document the person has or sends (its content is health data: it goes by
    # post to the medical adviser), a result, a health problem told vaguely. A document or
    # a step the insurer asks for ("vous demandez un certificat médical", "l'expertise
    # médicale prévue le 12", "la garantie incapacité temporaire totale") is administrative:
    # every independent development set says so.
    "document médical": (
        r"\blettres? de sortie\b|\bcertificats? (?:du|de mon|de son|de leur|d un|de l|de notre)"
        r" (?:medecin|docteur|specialiste|chirurgien|neurologue|psychiatre|cardiologue)\b"
        r"|\bcomptes? rendus? (?:de l hopital|de la clinique|du chirurgien|du medecin"
        r"|des urgences|du specialiste|de l oncologue|operatoire|medica\w+|d hospitalisation"
        r"|de consultation"
        r"|de radiologie|d imagerie|d examen|du chirurgien|de l irm|du scanner)"
        r"|\b(?:mon|ma|mes|son|sa|ses|leur|leurs|notre|nos|voici|joins|joint|jointe|envoie"
        r"|transmets) (?:\w+ ){0,2}?(?:certificats?|dossiers?|pieces?|documents?|rapports?"
        r"|examens?|resultats?|justificatifs?|papiers?) medica\w*"
        r"|\b(?:raisons?|motifs?|suivis?|traitements?|urgences?|antecedents?|problemes?|soucis"
        r"|etats?|causes?|surveillance|contre indications?|protocoles?|imperatifs?"
        r"|complications?) medica(?:l|le|ux|les)\b"
        r"|\b(?:mes|ses|leurs|nos) analyses (?:\w+ )?(?:sont|etaient|ont|montrent|revelent"
        r"|mauvaises|inquietantes|anormales|perturbees)\b"
        r"|\bresultats? (?:d |de |de la |de l |du |des )(?:analyses?|examens?|imagerie"
        r"|prises? de sang|biologie|biopsie|scanner|irm|radio\w*|echo\w*|mammographie"
        r"|bilan sanguin|bilan biologique|depistage)\b"
        r"|\bcomptes? rendus? (?:d |de |de l |du |des )?(?:irm|scanner|radio\w*|echo\w*"
        r"|mammographie|biopsie|analyses?|examen|imagerie|coloscopie|endoscopie)\b"
        r"|\b(?:dossiers?|certificats?|rapports?|documents?) medica\w* (?:de|du|d)"
        r" (?:mon|ma|mes|son|sa|ses|leur|notre|nos|ma|la|le) "
        r"|\b(?:problemes?|soucis|ennuis|pepins?|raisons?|motifs?) de sante\b"
        r"|\b(?:mon|son|leur|ma) etat de sante\b|\bsante (?:fragile|precaire|mentale)\b"
        r"|\bmauvaise sante\b|\bmedicalement\b"
        r"|\b(?:mon|son|leur) (?:incapacite|invalidite)\b"
        r"|\bcertificats? (?:\w+ ){0,3}?(?:medecin|medical|docteur|chirurgien)"
        r" (?:\w+ ){0,2}?(?:indique|dit|mentionne|precise|atteste|constate|parle)"
        rf"|\b(?:itt|incapacite totale de travail) (?:de |d )?{_NOMBRE} (?:jours?|semaines?|mois)"
        r"|\bdossiers? medica\w*|\banapath\w*|\banatomo ?pathologi\w*"
        r"|\b(?:tsh|psa|hba1c|inr|crp|ldl|glycemie|cholesterol) (?:\w+ ){0,2}?\d"
        r"|\b(?:comptes? rendus?|cr|rapports?) (?:d |de |de l |du |des |de mon |de ma |de son"
        r" |de sa |de leur )?(?:\w+ )?(?:operatoire|hospit\w*|extraction|greffe|chirurgi\w*"
        r"|\w+scopie|\w+graphie|biopsie|ponction)\b"
        r"|\b(?:comptes? rendus?|cr) (?:d |de |de l |du |de mon |de ma |de son |de sa )?"
        r"(?:\w+ )?(?:operation|op|intervention)\b"
        rf"|\b{_EXAMEN} (?:\w+ )?{_ORGANE_EXAMINE}\b"
        rf"|\b{_IMAGERIE} (?:\w+ ){{0,6}}?(?:montr|revel|indiqu|confirm|mett|retrouv|objectiv"
        r"|detect|decel)\w*"
        r"|\b(?:revel|detect|decel|decouv|montr)\w* (?:une |un |des )(?:petite |petit |grosse"
        r" |gros )?(?:masses?|grosseurs?|ombres?|nodules?)\b"
    ),
    "document médical détenu ou envoyé": (
        rf"{_SANS_REMBOURSEMENT}(?:.*\b(?:{_DETENTEUR} {_EXAMEN} (?:\w+ ){{0,6}}?{_TRANSMIS}"
        rf"|{_TRANSMIS} (?:\w+ ){{0,4}}?{_POSSESSIF} {_EXAMEN})"
        rf"|{_IMAGERIE} (?:\w+ ){{0,6}}?{_TRANSMIS})\b"
    ),
    "taux d'invalidité": (
        r"\b\d+ ?(?:%|pour ?cent) (?:d )?(?:invalidite|incapacite|handicap|ipp|aipp|deficit)\b"
        r"|\btaux (?:d |de )?(?:invalidite|ipp|aipp|incapacite|deficit\w*|fonctionnel"
        r"|professionnel)|\binvalidite (?:totale|partielle)\b"
        r"|\b(?:invalidite|incapacite)(?: permanente)?(?: partielle)? (?:\w+ ){0,2}?(?:de |a )?"
        r"\d+ ?%"
        r"|\bpensions? (?:d invalidite )?(?:de )?(?:categorie|cat) (?:1|2|3|un|deux|trois)\b"
        r"|\binvalidite (?:de )?(?:categorie|[123] ?(?:re|ere|e|eme)|premiere|deuxieme|troisieme)\b"
        r"|\bcategorie (?:1|2|3|un|deux|trois) d invalidite\b"
        r"|\bcategories? d invalidite (?:1|2|3|un|deux|trois|i|ii|iii)\b"
        r"|\binvalidite (?:\w+ ){0,3}?categorie (?:1|2|3|un|deux|trois|i|ii|iii)\b"
    ),
}


@lru_cache(maxsize=1024)
def neutraliser(phrase: str) -> str:
    """Return ``phrase`` with its :data:`ORDINAIRES` phrases replaced by ``" | "``.

    Memoised: the lexicon and the classifier blank the same phrase of one message.
    """
    return ORDINAIRES.sub(" | ", phrase)


REGLES = {nom: re.compile(sous_ses_premieres_lettres(motif)) for nom, motif in _REGLES.items()}
"""Each context rule by name, for the tests and for telling which rule fired; each behind
the letters it can start with (a third less time: :mod:`bot.sante.alternatives`)."""


REGLES_DE_SOIN = frozenset(
    {
        "opération chirurgicale", "traitement médical", "scanner médical", "examen d'un organe",
        "sigle médical en contexte", "greffe", "intervention", "document médical",
        "document médical détenu ou envoyé",
    }
)  # fmt: skip
"""The rules that find a kind of care rather than a state of health: they do not count in
a general question on cover (:mod:`bot.sante.question_generale`)."""


def regle_declenchee(phrase: str, sans_soins: bool = False) -> str | None:
    """Return the name of the first context rule that finds health details in ``phrase``.

    Args:
        phrase: the message's tokens joined by single spaces.
        sans_soins: leave out :data:`REGLES_DE_SOIN` (a general question on cover).

    """
    for nom, regle in REGLES.items():
        if sans_soins and nom in REGLES_DE_SOIN:
            continue
        if regle.search(phrase):
            return nom
    return None
