"""The lexicon by category, and how a message's tokens are looked up in it.

A token matches a one-word entry, or a run of tokens matches a phrase, after both are
reduced to singular keys (:mod:`bot.sante.formes`). A token that is no lexicon word and
no ordinary French word is first corrected to the lexicon word one edit away, if any
(:mod:`bot.sante.floue`): ``"diabettique"`` is read ``"diabetique"``, while ``"facture"``
(an ordinary word, one edit from ``"fracture"``) is left alone. Failing that, a token
that sounds like a lexicon word is read as that word (``"schizofrenie"``,
``"diabetik"``), and so is one that sounds one edit away from it, from eight letters.
Surnames, first names and towns one edit away from a lexicon word are ordinary words
too (:data:`bot.sante.mots_ordinaires.NOMS_PROPRES`).

The index is built on first use, in memory, from the tuples of the ``lexique_*`` modules:
no file is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.sante import lexique_maladies as maladies
from bot.sante import lexique_personne as personne
from bot.sante import lexique_soins as soins
from bot.sante.floue import LONGUEUR_MINIMALE, IndexFlou, phonetique
from bot.sante.formes import cles, singulier
from bot.sante.maladies_cim11 import MALADIES_CIM11
from bot.sante.mots_ordinaires import NOMS_PROPRES, VOISINS_ORDINAIRES
from bot.sante.substances import SUBSTANCES

CATEGORIES: dict[str, tuple[str, ...]] = {
    "maladie": (
        maladies.TUMEURS + maladies.INFECTIONS + maladies.METABOLISME
        + maladies.SYSTEME_NERVEUX + maladies.ORGANES + maladies.GENERAL + maladies.SIGLES
        + maladies.ABREGES
    ),
    "blessure": maladies.BLESSURES,
    "maladie rare": maladies.EPONYMES + maladies.MALADIES_RARES,
    "spécialiste": soins.SPECIALISTES,
    "acte": soins.ACTES,
    "traitement": soins.TRAITEMENTS + tuple(sorted(SUBSTANCES)),
    "appareil": soins.APPAREILS,
    "lieu de soins": soins.LIEUX_DE_SOINS,
    "handicap": personne.HANDICAP,
    "grossesse": personne.GROSSESSE,
    "santé mentale": personne.SANTE_MENTALE,
    "symptôme": personne.SYMPTOMES,
    "diagnostic": tuple(sorted(MALADIES_CIM11)),
}  # fmt: skip
"""Every lexicon entry by category (body parts count only in context: not here); the
treatments include the drug substances and classes of the ANSM's thesaurus
(:mod:`bot.sante.substances`), the diagnoses the disease words of the WHO's ICD-11
(:mod:`bot.sante.maladies_cim11`)."""

CATEGORIES_D_ETAT = frozenset(
    {"maladie", "blessure", "maladie rare", "grossesse", "santé mentale", "symptôme", "diagnostic"}
)
"""The categories that tell a state of health, not a kind of care: they count even in a
general question on cover (:mod:`bot.sante.question_generale`)."""

CATEGORIE_CIM11 = "diagnostic"
"""The category of the ICD-11 words, generated from the others (never read to build them)."""

LONGUEUR_PHONETIQUE_FLOUE = 8
"""A token sounding one edit away from a lexicon word counts only from this length:
shorter ones are too often a surname ("Boyer" sounds one edit from "boiter")."""

LONGUEUR_COLLAGE = 3
"""Two tokens are glued back together only if each has this many letters or more."""

_MOTS_DES_RECLAMATIONS = IndexFlou.construire(
    {"cotisation", "prelevement", "remboursement", "attestation", "resiliation", "adhesion",
     "reclamation", "regularisation", "souscription", "prestation", "indemnisation",
     "notification", "information", "justificatif", "declaration", "echeancier", "mensualite",
     "augmentation", "majoration", "penalite", "radiation", "relance", "conseillere",
     "conseiller", "gestionnaire", "interlocuteur", "mediateur", "mediation"}
)  # fmt: skip
"""Words of every complaint: a token one edit from one of them is that word misspelt
("cotisasion" is no "conisation"), never corrected to a lexicon word."""

_PREFIXES = frozenset({"bi", "tri"})
"""Short prefixes written apart ("bi polère"), glued back although shorter."""

_PREFIXES_EXACTS = frozenset({"re", "pre", "post"})
"""Prefixes written apart ("post opératoire") that are also words: glued back only
into a lexicon entry as written."""

_ARTICLES_COLLES = (
    "la", "le", "les", "ma", "sa", "mon", "son", "une", "un", "des", "mes", "ses", "l", "d"
)  # fmt: skip
"""Words typed without their space before a lexicon word ("laprothese")."""

_MOTS_OUTILS = frozenset(
    {"elle", "elles", "ils", "lui", "eux", "nous", "vous", "moi", "toi", "les", "des", "une",
     "ses", "mes", "tes", "ces", "nos", "vos", "leur", "leurs", "que", "qui", "sur", "par",
     "pour", "dans", "avec", "sans", "aux", "est", "ont", "pas", "mais", "car", "donc"}
)  # fmt: skip
"""Tokens never glued to the one before ("la secu elle rembourse" is no "sequelle")."""

MOTS_FREQUENTS_ORDINAIRES = frozenset(
    {"facture", "humeur", "douceur", "griffe", "legion", "piquer", "soin", "sante",
     "mutuelle", "patient", "patiente", "relance", "lettre", "courrier", "dossier",
     "internet", "interne", "boite", "metadonne", "visio"}
)  # fmt: skip
"""Frequent words of a complaint never corrected, whatever the generated list says."""


MOTS_DES_REGLES = frozenset(
    {
        "enceinte",
        "opere",
        "operer",
        "operation",
        "hopital",
        "clinique",
        "diagnostic",
        "traitement",
        "ordonnance",
        "souffre",
        "blesse",
        "malade",
        "greffe",
        "greffee",
        "intervention",
        "operee",
        "retire",
        "enleve",
        "decede",
        "decedee",
        "ampute",
        "hospitalise",
        "accouche",
        "diagnostique",
    }
)
"""Words that count only in a context rule (:mod:`bot.sante.expressions`), corrected like
the lexicon's when misspelt ("enseinte", "hopitale") but never matched alone."""


@dataclass(frozen=True)
class Lexique:
    """The lexicon's keys, ready for lookup."""

    categorie_par_cle: dict[str, str]
    mots: frozenset[str]
    longueur_max: int
    flou: IndexFlou
    cle_par_son: dict[str, str]
    flou_phonetique: IndexFlou

    def corriger(self, token: str) -> str:
        """Return ``token``'s singular key, corrected to a lexicon word when misspelt."""
        cle = singulier(token)
        if (
            cle in self.mots
            or cle in VOISINS_ORDINAIRES
            or cle in NOMS_PROPRES
            or cle in MOTS_FREQUENTS_ORDINAIRES
            or not cle.isalpha()
        ):
            return cle
        if _MOTS_DES_RECLAMATIONS.proches(cle):
            return cle
        return self.corriger_sans_garde(cle) or cle

    def recoller(self, premier: str, second: str) -> str | None:
        """The lexicon word two tokens make once glued, if neither is one.

        ``"pace maker"`` is read ``"pacemaker"``; an autocorrected ``"parking son"`` is read
        ``"parkinson"`` (one edit from ``"parkingson"``). Short tokens are left apart.
        """
        colle = singulier(premier + second)
        if premier in _PREFIXES_EXACTS:
            return colle if colle in self.categorie_par_cle else None
        court = len(premier) < LONGUEUR_COLLAGE and premier not in _PREFIXES
        if court or len(second) < LONGUEUR_COLLAGE or second in _MOTS_OUTILS:
            return None
        if singulier(premier) in self.mots or singulier(second) in self.categorie_par_cle:
            return None
        if colle in self.mots:
            return colle
        if len(colle) < LONGUEUR_PHONETIQUE_FLOUE:
            return None
        proches = self.flou.proches(colle)
        return proches[0] if proches else self.cle_par_son.get(phonetique(colle))

    def completer(self, precedent: str, token: str) -> str | None:
        """The word a guarded token stands for when it completes a phrase with the one before.

        ``"roulan"`` is a surname, left alone, but after ``"fauteuil"`` it is ``"roulant"``;
        the word before must have six letters or more ("sa pension" is no "sa tension").
        """
        cle = singulier(token)
        if cle in self.mots or not cle.isalpha() or len(precedent) < LONGUEUR_MINIMALE:
            return None
        mot = self.corriger_sans_garde(cle)
        return mot if mot is not None and f"{precedent} {mot}" in self.categorie_par_cle else None

    def decoller(self, token: str) -> str | None:
        """The lexicon entry a token holds once a missing space is put back.

        An article typed without its space: ``"laprothese"`` holds ``"prothese"``,
        ``"latelle"`` sounds like ``"l attelle"``; the rest must be a one-word entry of six
        letters or more, as written or as it sounds ("salutations" holds no "luxation").
        Two words of a phrase typed as one: ``"fauteuilroulant"`` is ``"fauteuil roulant"``.
        """
        for article in _ARTICLES_COLLES:
            reste = singulier(token[len(article) :])
            if not token.startswith(article) or len(reste) < LONGUEUR_MINIMALE:
                continue
            if reste in self.categorie_par_cle:
                return reste
            son = self.cle_par_son.get(phonetique(reste))
            if son is not None and son in self.categorie_par_cle:
                return son
        for coupure in range(LONGUEUR_COLLAGE + 1, len(token) - LONGUEUR_COLLAGE):
            phrase = f"{token[:coupure]} {singulier(token[coupure:])}"
            if phrase in self.categorie_par_cle:
                return phrase
        return None

    def corriger_sans_garde(self, cle: str) -> str | None:
        """The lexicon word one edit or one sound away from ``cle``, ordinary or not.

        A word that counts alone ("infection") is preferred to a word that counts only in
        a phrase ("affection" of "affection de longue durée"). Only for building the list
        of ordinary neighbours; :meth:`corriger` guards it.
        """
        if len(cle) < LONGUEUR_MINIMALE - 1:
            return None
        proches = self.flou.proches(cle)
        if proches:
            seuls = [p for p in proches if p in self.categorie_par_cle]
            return (seuls or proches)[0]
        son = phonetique(cle)
        if son in self.cle_par_son:
            return self.cle_par_son[son]
        if len(cle) < LONGUEUR_PHONETIQUE_FLOUE:
            return None
        return self.cle_par_son.get(self.flou_phonetique.corriger(son) or "")

    def chercher(
        self, cles_du_message: list[str], categories: frozenset[str] | None = None
    ) -> tuple[str, str] | None:
        """Return the category and the key of the first entry found, or ``None``.

        Args:
            cles_du_message: the message's tokens as :meth:`corriger` returns them.
            categories: only entries of these categories (all when ``None``).

        """
        for debut in range(len(cles_du_message)):
            fin_max = min(len(cles_du_message), debut + self.longueur_max)
            for fin in range(fin_max, debut, -1):
                cle = " ".join(cles_du_message[debut:fin])
                categorie = self.categorie_par_cle.get(cle)
                if categorie is not None and (categories is None or categorie in categories):
                    return categorie, cle
        return None


@cache
def lexique() -> Lexique:
    """Return the lexicon index, built once."""
    categorie_par_cle: dict[str, str] = {}
    for categorie, entrees in CATEGORIES.items():
        for entree in entrees:
            for cle in cles(entree):
                categorie_par_cle.setdefault(cle, categorie)
    corps = {
        mot for partie in personne.PARTIES_DU_CORPS for cle in cles(partie) for mot in cle.split()
    }
    mots = {mot for cle in categorie_par_cle for mot in cle.split()} | MOTS_DES_REGLES | corps
    cle_par_son: dict[str, str] = {}
    for mot in sorted(m for m in mots if len(m) >= LONGUEUR_MINIMALE - 1):
        cle_par_son.setdefault(phonetique(mot), mot)
    return Lexique(
        categorie_par_cle=categorie_par_cle,
        mots=frozenset(mots),
        longueur_max=max(len(cle.split()) for cle in categorie_par_cle),
        flou=IndexFlou.construire(mots),
        cle_par_son=cle_par_son,
        flou_phonetique=IndexFlou.construire(cle_par_son),
    )
