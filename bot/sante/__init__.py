"""Detect health details in a message (GDPR art. 9 special category, medical secrecy).

A message that reveals health details is not stored nor logged; the person is warned and
given the postal route to the medical adviser (domain brief §6; Mutex requires medical
information to go only by post, to its Médecin Conseil).

What counts (brief §6): a condition or disease, a diagnosis, a symptom, a procedure or
operation undergone, a treatment or medication, a disability or a medical device, a
pregnancy, a birth or a miscarriage, mental health (``"crises d'angoisse"``,
``"déprimée"``, ``"burn-out"``, a psychologist's sessions), a cause of death, care in a
setting that reveals a condition (néonatologie, réanimation, dialyse, psychiatrie), a
medical document, the reason for a sick leave, a disability rate or category, a
social-security number (NIR) — about the person or anyone else — and any dispute of the
medical adviser's opinion (Mutex sends those by post to its Médecin Conseil). What does not: the
ordinary vocabulary of a mutuelle (``"remboursement de soins"``, ``"frais de santé"``,
``"lunettes"``, ``"dentiste"``, ``"consultation"``, ``"opticien"``, ``"kiné"``,
``"pharmacie"``, ``"arrêt maladie"`` or ``"pension d'invalidité"`` without a reason or a
rate, ``"capital décès"``, ``"acte de naissance"``), the kinds of care or goods named without
a condition (``"prothèse dentaire"``, a check-up at the ``"ophtalmologue"`` or the
``"dermato"``, ``"une prise de sang"``, ``"l'ordonnance"``, ``"le vaccin"``, ``"passé aux
urgences"``, ``"hospitalisée deux jours"``, ``"en cas d'hospitalisation"``, a general
question on ``"les consultations d'un psychologue"``), figurative speech (``"j'en suis
malade de votre lenteur"``, ``"j'ai failli faire une crise cardiaque en voyant ma
cotisation"``) and homonyms (``"la radiation du contrat"``, ``"le traitement
du dossier"``, ``"une opération bancaire"``). A death alone is not health information;
its cause is; a birth is (``"mon fils est né en avril"``), but one's own date or place
of birth is identity (``"je suis née le 12 mars 1985"``). When in doubt, the message
counts: a false alarm costs a warning and the postal route, a miss breaks medical
secrecy.

Three readers, any one of which flags the message:

- the lexicon by category with its context rules (:mod:`bot.sante.lexique`,
  :mod:`bot.sante.expressions`, :mod:`bot.sante.administratif`), with one-edit fuzzy
  matching (:mod:`bot.sante.floue`);
- medical morphology (:mod:`bot.sante.morphologie`);
- a logistic regression over word and character n-grams (:mod:`bot.sante.classifieur`),
  trained outside ``bot/`` and shipped as pure data (:mod:`bot.sante.poids`).

Everything here is pure: no file, no environment, no clock.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.sante.administratif import (
    conteste_un_avis_medical,
    contient_un_nir,
    donne_un_motif_d_arret,
)
from bot.sante.classifieur import CLASSIFIEUR
from bot.sante.expressions import neutraliser, regle_declenchee
from bot.sante.formes import developper_sms, singulier, tokens
from bot.sante.lexique import CATEGORIES_D_ETAT, Lexique, lexique
from bot.sante.morphologie import (
    SUFFIXES_DE_SOIN,
    suffixe_medical,
    suffixe_medical_a_une_faute_pres,
)
from bot.sante.question_generale import question_generale
from bot.texte import normaliser

__all__ = [
    "Constat",
    "constater",
    "contient_donnees_medicales",
    "lecture",
    "revele_par_le_lexique",
]

_MOT_EN_ITE_ACCENTUE = re.compile(r"\w*ités?\b")


@dataclass(frozen=True)
class Constat:
    """Why a message counts as health information (for tests and benchmarks, never logged).

    Attributes:
        lecteur: ``"lexique"``, ``"règle"``, ``"morphologie"``, ``"arrêt"``, ``"nir"``,
            ``"avis médical contesté"`` or ``"classifieur"``.
        detail: the category and entry, the rule's name, the ending, or the score.

    """

    lecteur: str
    detail: str


def _mots_en_ite_accentues(texte: str) -> frozenset[str]:
    """The words the person wrote with ``-ité`` ("activité"), folded to singular keys."""
    compose = unicodedata.normalize("NFC", texte.casefold())
    return frozenset(singulier(normaliser(m)) for m in _MOT_EN_ITE_ACCENTUE.findall(compose))


def _lire(index: Lexique, mots: list[str], rang: int, precedent: str | None) -> tuple[str, int]:
    """The word the token at ``rang`` stands for, and how many tokens it takes (1 or 2).

    A misspelling is corrected; failing that, two tokens are glued back ("parking son"), a
    missing space is put back ("laprothese"), or a guarded token completes a phrase with
    the word before ("fauteuil roulan").
    """
    token = mots[rang]
    cle = index.corriger(token)
    if cle != singulier(token):
        return cle, 1
    if rang + 1 < len(mots) and (colle := index.recoller(token, mots[rang + 1])):
        return colle, 2
    if cle not in index.mots:
        lu = index.decoller(token) or (precedent and index.completer(precedent, token))
        if lu:
            return lu, 1
    return token, 1


def lecture(texte: str) -> tuple[str, bool]:
    """Return the message as the rules read it, and whether it asks about cover in general.

    The phrase is the tokens, SMS spellings written out and misspellings corrected.
    """
    index = lexique()
    mots = developper_sms(tokens(texte))
    lus: list[str] = []
    rang = 0
    while rang < len(mots):
        lu, pris = _lire(index, mots, rang, lus[-1] if lus else None)
        lus.append(lu)
        rang += pris
    phrase = " ".join(lus)
    return phrase, question_generale(phrase, "?" in texte)


def _par_le_lexique(texte: str, phrase: str, generale: bool) -> Constat | None:
    if contient_un_nir(normaliser(texte)):
        return Constat("nir", "")
    if donne_un_motif_d_arret(phrase):
        return Constat("arrêt", "")
    if conteste_un_avis_medical(phrase):
        return Constat("avis médical contesté", "")
    neutre = neutraliser(phrase)
    regle = regle_declenchee(neutre, sans_soins=generale)
    if regle is not None:
        return Constat("règle", regle)
    cles = [singulier(mot) for mot in neutre.split()]
    trouve = lexique().chercher(cles, CATEGORIES_D_ETAT if generale else None)
    if trouve is not None:
        return Constat("lexique", f"{trouve[0]}: {trouve[1]}")
    accentues = _mots_en_ite_accentues(texte)
    for cle in cles:
        if cle.isalpha():
            suffixe = suffixe_medical(cle, ite_accentue=cle in accentues)
            suffixe = suffixe or suffixe_medical_a_une_faute_pres(cle)
            if suffixe is not None and not (generale and suffixe in SUFFIXES_DE_SOIN):
                return Constat("morphologie", f"-{suffixe}: {cle}")
    return None


def constater(texte: str) -> Constat | None:
    """Tell why ``texte`` reveals health details, or ``None`` when it does not.

    The lexicon, its rules and the morphology are read first; the classifier last, and
    not on a general question on cover (:mod:`bot.sante.question_generale`).
    """
    phrase, generale = lecture(texte)
    constat = _par_le_lexique(texte, phrase, generale)
    if constat is not None or generale:
        return constat
    score = CLASSIFIEUR.score(texte)
    if score >= CLASSIFIEUR.seuil:
        return Constat("classifieur", f"{score:.3f}")
    return None


def revele_par_le_lexique(texte: str) -> bool:
    """Tell whether the lexicon, its rules or the morphology alone flag ``texte``."""
    return _par_le_lexique(texte, *lecture(texte)) is not None


def contient_donnees_medicales(texte: str) -> bool:
    """Tell whether a message reveals health details (see the package docstring).

    Case and accents are ignored, misspellings of one letter are read, and the
    classifier catches phrasings the lexicon does not know.

    Args:
        texte: a free message from the person.

    Returns:
        ``True`` when the lexicon, the morphology or the classifier finds health details.

    """
    return constater(texte) is not None
