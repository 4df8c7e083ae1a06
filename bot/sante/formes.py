"""Word forms for matching: tokens, singular, and the feminine and plural of an entry.

A message and a lexicon entry are compared as sequences of *tokens*: the folded text of
:func:`bot.texte.normaliser` cut into runs of letters, runs of digits and ``%``, so that
``"l'hôpital"`` gives ``l hopital``, ``"burn-out"`` gives ``burn out`` and ``"covid19"``
gives ``covid 19``. Plurals are read by reducing
every token to a singular (:func:`singulier`) on both sides; feminines by generating,
for a one-word entry, its feminine (:func:`feminins`).
"""

from __future__ import annotations

import re

from bot.texte import normaliser

_TOKEN = re.compile(r"[a-z]+|[0-9]+|%")
_NOM_PROPRE = re.compile(
    r"(?:\b(?:M|Mme|Mlle|Mr|Dr)\.?|\b(?:Monsieur|Madame|Mademoiselle|Docteur|docteur)"
    r"|\bappelle|\bnom est|\bnom :|\b(?:pharmacie|rue|avenue|boulevard|bd|place|allée|allee"
    r"|impasse|chemin|quai|square|résidence|residence))"
    r"[ \t]+(?P<nom>[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ][\w'’-]*"
    r"(?:[ \t]+[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ][a-zàâäçéèêëîïôöùûüÿ'’-][\w'’-]*)?)"
)
"""A capitalised name after a title, "je m'appelle", "mon nom est" or a street: "M. Sourd",
"Mme Lépine", "rue Charcot", "la pharmacie Dupuytren" are people and places, not health.
A second word counts only in title case ("Mme Marie Curie"): in "Mme DUPONT ENCEINTE" the
capitals are shouting, not a name."""


def sans_noms_propres(texte: str) -> str:
    """Return ``texte`` with the names of :data:`_NOM_PROPRE` replaced by ``"Nom"``.

    Only a capitalised word counts: "Mme enceinte de six mois" keeps its words.
    """
    return _NOM_PROPRE.sub(lambda m: m[0][: m.start("nom") - m.start()] + "Nom", texte)


def tokens(texte: str) -> list[str]:
    """Return the tokens of ``texte`` (folded: lower case, no accents, no apostrophes).

    People's and streets' names are left out (:func:`sans_noms_propres`).
    """
    return _TOKEN.findall(normaliser(sans_noms_propres(texte)))


_SMS = {
    "jai": "j ai",
    "trt": "traitement",
    "consiel": "conseil",
    "scaner": "scanner",
    "srv": "service",
    "recl": "reclamation",
    "dde": "demande",
    "adh": "adherent",
    "benef": "beneficiaire",
    "jen": "j en",
    "g": "j ai",
    "jsuis": "je suis",
    "jsui": "je suis",
    "chui": "je suis",
    "chuis": "je suis",
    "jme": "je me",
    "jte": "je te",
    "jvais": "je vais",
    "jsais": "je sais",
    "jpeux": "je peux",
    "jpense": "je pense",
    "jdois": "je dois",
    "jfais": "je fais",
    "jetais": "j etais",
    "javais": "j avais",
    "pr": "pour",
    "ds": "dans",
    "ke": "que",
    "ki": "qui",
    "tt": "tout",
    "bcp": "beaucoup",
    "pcq": "parce que",
    "psk": "parce que",
    "ya": "il y a",
    "dc": "donc",
    "vs": "vous",
    "tjs": "toujours",
    "tjrs": "toujours",
    "qd": "quand",
    "koi": "quoi",
    "mn": "mon",
    "ma1": "ma",
    "bb": "bebe",
    "atak": "attaque",
    "attak": "attaque",
    "atac": "attaque",
    "ataks": "attaques",
    "panik": "panique",
}
"""SMS spellings and run-together elisions, as the rules read them ("jai" is "j ai")."""

_SUJETS_ELIDES = frozenset({"on", "il", "elle", "ils", "elles", "qui", "medecin", "chirurgien"})
_AVOIR_COLLE = {"ma": "m a", "la": "l a", "mont": "m ont", "lont": "l ont", "mavait": "m avait"}
"""After a subject, "ma" and "mont" are "m'a", "m'ont" written without the apostrophe
("on ma opéré"), never the possessive."""


def developper_sms(mots: list[str]) -> list[str]:
    """Return ``mots`` with SMS spellings written out, for reading the context rules.

    ``["jai", "mal", "au", "dos"]`` gives ``["j", "ai", "mal", "au", "dos"]``, and
    ``["on", "ma", "opere"]`` gives ``["on", "m", "a", "opere"]``.
    """
    sortie: list[str] = []
    for mot in mots:
        if sortie and sortie[-1] in _SUJETS_ELIDES and mot in _AVOIR_COLLE:
            sortie += _AVOIR_COLLE[mot].split()
        else:
            sortie += _SMS.get(mot, mot).split()
    return sortie


def singulier(token: str) -> str:
    """Return a crude singular of a folded token, the same for a word and its plural.

    For tokens of more than four letters (``"dos"``, ``"tous"``, ``"toux"`` stay),
    ``-aux`` becomes ``-al``, a final ``s`` or ``x`` is dropped, then a final ``ee``
    becomes ``e`` (the feminine participle: ``"operees"`` gives ``"opere"``). It is a key
    for matching, not French: ``"psoriasis"`` gives ``"psoriasi"``, but so does every
    spelling of it.
    """
    if len(token) <= 4 or token.endswith("ss"):
        return token
    if token.endswith("aux"):
        return token[:-3] + "al"
    if token[-1] in "sx":
        token = token[:-1]
    return token[:-1] if token.endswith("ee") else token


_FEMININS = (
    ("if", ("ive",)),
    ("eux", ("euse",)),
    ("ien", ("ienne",)),
    ("el", ("elle",)),
    ("er", ("ere",)),
    ("on", ("onne",)),
)


def feminins(mot: str) -> tuple[str, ...]:
    """Return the feminine forms of a folded one-word entry, besides the word itself.

    ``"depressif"`` gives ``"depressive"``, ``"sourd"`` gives ``"sourde"``, and a folded
    word in ``e`` gets ``ee`` (``"opere"`` for "opéré" gives ``"operee"``; the harmless
    ``"epileptiquee"`` comes along). Words of three letters or less (acronyms:
    ``"avc"``, ``"ald"``) have none.
    """
    if len(mot) <= 3 or mot.endswith("ee") or mot[-1].isdigit():
        return ()
    if mot.endswith("e"):
        return (mot + "e",)
    for fin, remplacements in _FEMININS:
        if mot.endswith(fin):
            return (*(mot[: -len(fin)] + r for r in remplacements), mot + "e")
    return (mot + "e",)


_MASCULINS = (("ale", "al"), ("ive", "if"), ("elle", "el"), ("euse", "eux"))


def masculins(mot: str) -> tuple[str, ...]:
    """Return the masculine of a folded feminine adjective, the agreement people miss.

    ``"renale"`` gives ``"renal"`` ("une insuffisance rénal"), ``"discale"`` gives
    ``"discal"``; other words have none.
    """
    for fin, remplacement in _MASCULINS:
        if mot.endswith(fin) and len(mot) > len(fin) + 2:
            return (mot[: -len(fin)] + remplacement,)
    return ()


def cles(entree: str) -> tuple[str, ...]:
    """Return the matching keys of a lexicon entry: its singular token sequences.

    A one-word entry gives itself and its feminines; a phrase of up to three words gives
    every combination of its words, their feminines and masculines ("non voyant",
    "non voyante", "insuffisance renal"),
    each word reduced to :func:`singulier`, joined by spaces.
    """
    mots = tokens(entree)
    if len(mots) > 3:
        return (" ".join(singulier(m) for m in mots),)
    sequences: list[list[str]] = [[]]
    for mot in mots:
        accords = masculins(mot) if len(mots) > 1 else ()
        formes = dict.fromkeys(singulier(f) for f in (mot, *feminins(mot), *accords))
        sequences = [[*debut, f] for debut in sequences for f in formes]
    return tuple(dict.fromkeys(" ".join(s) for s in sequences))
