"""Derive no-accent, SMS-style and typo variants of the hand-written NLU examples.

People write to the assistant without accents, in SMS shorthand and with typos. The
tokenizer folds case and accents before the n-gram features, but the sentence encoder
reads the raw text, and SMS spellings or typos are not undone by folding: the training
data has to show them. This module reads the hand-written files of ``data/nlu`` (every
``*.yml`` but the generated one), picks a deterministic subset of each intent's
examples (:data:`PART` of them: those with the smallest ``zlib.crc32`` seeds, so adding
an example never reshuffles the others) and writes one variant of each to
``data/nlu/variantes.yml``. Every message of at most :data:`COURT` words also gets a
typo variant of its own: one wrong letter in "robot" or "merci" changes most of its
character n-grams, while a sentence keeps enough intact words.

The rewriting rules are this module's own (they deliberately do not reuse the
tokenizer's SMS table in ``bot/texte.py``: the point is that the data teaches what the
tokenizer does not fold). Each selected example gets one kind of variant:

- ``sans_accents``: accents and cedillas dropped, sometimes lower-cased;
- ``sms``: lower case, no accents, shorthand (``pk``, ``tjrs``, ``jai``, ``chui``,
  ``svp``, ``bcp``, ``qqn``…), the negative ``ne`` dropped, numbers as digits, most
  punctuation dropped;
- ``fautes``: one to three typing or spelling mistakes (adjacent letters swapped, a
  letter dropped or doubled, an AZERTY neighbour, ``é``/``er`` confusion, a double
  consonant simplified) in words of four letters or more, never in e-mail addresses,
  numbers or dossier references.

Regenerate with ``make variantes`` (or ``.venv/bin/python -m outillage.variantes``);
``--check`` exits with status 1 when the committed file is not up to date.
"""

from __future__ import annotations

import math
import random
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

RACINE = Path(__file__).resolve().parent.parent
DOSSIER_NLU = RACINE / "data" / "nlu"
NOM_GENERE = "variantes.yml"
PART = 0.35
"""Share of each intent's hand-written examples that receive a variant."""
COURT = 3
"""Examples of at most this many words also get a typo variant of their own."""

ENTETE = """\
# FICHIER GÉNÉRÉ : ne pas modifier à la main.
# Variantes sans accents, style SMS et fautes de frappe des exemples écrits à la main
# dans data/nlu/*.yml (35 % de chaque intention, choix déterministe, et chaque message court).
# Régénérer : make variantes   (ou : .venv/bin/python -m outillage.variantes)
# Le test tests/unit/outillage/test_variantes.py vérifie que ce fichier est à jour.
"""


@dataclass(frozen=True)
class Exemple:
    """One hand-written training example."""

    intention: str
    texte: str


# --------------------------------------------------------------------------- reading


def lire_exemples(dossier: Path = DOSSIER_NLU) -> list[Exemple]:
    """Every hand-written example of ``dossier``, files in name order, then file order."""
    exemples: list[Exemple] = []
    for fichier in sorted(dossier.glob("*.yml")):
        if fichier.name == NOM_GENERE:
            continue
        contenu = yaml.safe_load(fichier.read_text(encoding="utf-8")) or {}
        for bloc in contenu.get("nlu", []):
            if "intent" not in bloc:
                continue
            for ligne in str(bloc.get("examples", "")).splitlines():
                ligne = ligne.strip()
                if ligne.startswith("- "):
                    exemples.append(Exemple(str(bloc["intent"]), ligne[2:].strip()))
    return exemples


# --------------------------------------------------------------------------- rules


def retirer_accents(texte: str) -> str:
    """``texte`` without diacritics; œ and æ spelled out (``"cœur"`` gives ``"coeur"``)."""
    texte = texte.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    decompose = unicodedata.normalize("NFD", texte)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decompose if not unicodedata.combining(c))
    )


def variante_sans_accents(texte: str, hasard: random.Random) -> str:
    """No accents; lower case one time in two."""
    sortie = retirer_accents(texte)
    return sortie.lower() if hasard.random() < 0.5 else sortie


# Multi-word shorthands first (applied on lower-case, accent-free text, word-bounded).
_SMS_LOCUTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("s'il vous plait", ("svp", "stp")),
    ("s'il te plait", ("stp",)),
    ("est-ce que", ("est ce que", "esk", "estce que")),
    ("est ce que", ("esk", "est ce ke")),
    ("qu'est-ce que", ("qu'est ce que", "keske")),
    ("qu'est ce que", ("keske", "kesk")),
    ("il y a", ("ya", "il ya")),
    ("il n'y a", ("ya", "yna")),
    ("je suis", ("jsuis", "chui", "jsui")),
    ("je ne suis", ("jsuis", "chui")),
    ("je veux", ("jveux", "jveu")),
    ("je voudrais", ("jvoudrais", "jvoudrai", "je voudrai")),
    ("je peux", ("jpeux", "jpe")),
    ("je sais", ("jsais", "jsai")),
    ("je n'ai", ("jai", "j'ai")),
    ("je ne", ("je", "j")),
    ("quelqu'un", ("qqn", "qq1")),
    ("quelque chose", ("qqch", "qqchose")),
    ("aujourd'hui", ("ajd", "aujourdhui", "auj")),
    ("rendez-vous", ("rdv",)),
    ("d'accord", ("dac", "daccord", "ok")),
    ("c'est", ("c", "cest", "c'est")),
    ("j'ai", ("jai", "g", "j ai")),
    ("n'est", ("est",)),
    ("n'ai", ("ai",)),
    ("n'a", ("a",)),
)

# One-word shorthands.
_SMS_MOTS: dict[str, tuple[str, ...]] = {
    "pourquoi": ("pk", "pq", "pourkoi"),
    "quoi": ("koi", "kwa"),
    "quand": ("qd", "kan", "quand"),
    "que": ("ke", "q"),
    "qui": ("ki",),
    "beaucoup": ("bcp",),
    "toujours": ("tjrs", "tjs", "toujour"),
    "maintenant": ("mtn", "maintenan"),
    "probleme": ("pb", "pblm"),
    "message": ("msg",),
    "messages": ("msgs",),
    "telephone": ("tel", "tele"),
    "vous": ("vs", "vou"),
    "pour": ("pr", "pour"),
    "dans": ("ds",),
    "avec": ("avc", "av"),
    "tout": ("tt",),
    "tous": ("ts",),
    "rien": ("ri1", "rien"),
    "bonjour": ("bjr", "bonjoure"),
    "salut": ("slt",),
    "merci": ("mci", "mrc"),
    "reponse": ("rep", "reponce"),
    "reponses": ("reps",),
    "mutuelle": ("mutuel", "mutuele"),
    "remboursement": ("rembourssement", "rbt", "rembt"),
    "rembourse": ("rembourser", "remboursee"),
    "combien": ("cb", "cmb"),
    "comment": ("cmt", "coment"),
    "ca": ("sa", "ca"),
    "cela": ("sa",),
    "mais": ("mai", "me"),
    "deja": ("dja", "deja"),
    "depuis": ("dpuis", "depui"),
    "semaine": ("sem",),
    "semaines": ("sem", "semaines"),
    "rappeler": ("rapeler",),
    "conseiller": ("conseille", "conseiler"),
    "mediateur": ("mediatuer", "mediateure"),
    "oui": ("ouai", "wi"),
    "non": ("nn", "nan"),
    "alors": ("alor",),
    "aussi": ("ossi",),
    "encore": ("encor",),
    "trop": ("tro",),
    "deux": ("2",),
    "trois": ("3",),
    "quatre": ("4",),
    "cinq": ("5",),
    "six": ("6",),
    "dix": ("10",),
    "premier": ("1er",),
    "un": ("1",),
    "une": ("1", "une"),
}

_NEGATION = re.compile(r"\b(ne |n')(?=\w)")
_MOT = re.compile(r"[a-z0-9]+")
_PROTEGE = re.compile(r"\S*@\S*|\S*\d\S*|\b[A-Z]{2}-\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\b")


def _tirage(choix: Sequence[str], hasard: random.Random) -> Callable[[re.Match[str]], str]:
    """A ``re.sub`` replacement that draws one of ``choix`` for each match."""
    return lambda _m: hasard.choice(choix)


def variante_sms(texte: str, hasard: random.Random) -> str:
    """Lower case, no accents, shorthand for common words, ``ne`` dropped, less punctuation."""
    sortie = retirer_accents(texte).lower().replace("’", "'")
    for locution, remplacements in _SMS_LOCUTIONS:
        motif = re.compile(r"(?<![\w'])" + re.escape(locution) + r"(?![\w'])")
        if motif.search(sortie) and hasard.random() < 0.8:
            sortie = motif.sub(_tirage(remplacements, hasard), sortie)
    if hasard.random() < 0.7:
        sortie = _NEGATION.sub("", sortie)

    def remplacer(m: re.Match[str]) -> str:
        mot = m.group(0)
        choix = _SMS_MOTS.get(mot)
        if choix and hasard.random() < 0.6:
            return hasard.choice(choix)
        return mot

    sortie = _MOT.sub(remplacer, sortie)
    if hasard.random() < 0.7:
        sortie = re.sub(r"\s*[,;.!]+\s*", " ", sortie)
    if hasard.random() < 0.5:
        sortie = re.sub(r"\s*\?+", hasard.choice(("", " ?", "??", " ???")), sortie)
    if hasard.random() < 0.3:
        sortie = sortie.replace("'", hasard.choice(("", " ")))
    return " ".join(sortie.split())


# AZERTY neighbours (letters only), for a finger slipping to the next key.
_VOISINS_AZERTY: dict[str, str] = {
    "a": "zqs", "z": "aeqs", "e": "zrds", "r": "etdf", "t": "ryfg", "y": "tugh",
    "u": "yihj", "i": "uojk", "o": "iplk", "p": "olm", "q": "azsw", "s": "qzedxw",
    "d": "serfxc", "f": "drtgcv", "g": "ftyhvb", "h": "gyujbn", "j": "huiknb",
    "k": "jiolm", "l": "kopm", "m": "lpk", "w": "qsx", "x": "wsdc", "c": "xdfv",
    "v": "cfgb", "b": "vghn", "n": "bhjm",
}  # fmt: skip

_LETTRE = re.compile(r"[^\W\d_]")


def _inverser(mot: str, hasard: random.Random) -> str:
    i = hasard.randrange(len(mot) - 1)
    return mot[:i] + mot[i + 1] + mot[i] + mot[i + 2 :]


def _oublier(mot: str, hasard: random.Random) -> str:
    i = hasard.randrange(1, len(mot))
    return mot[:i] + mot[i + 1 :]


def _doubler(mot: str, hasard: random.Random) -> str:
    i = hasard.randrange(len(mot))
    return mot[: i + 1] + mot[i] + mot[i + 1 :]


def _voisin(mot: str, hasard: random.Random) -> str:
    positions = [i for i, c in enumerate(mot) if c.lower() in _VOISINS_AZERTY]
    if not positions:
        return mot
    i = hasard.choice(positions)
    return mot[:i] + hasard.choice(_VOISINS_AZERTY[mot[i].lower()]) + mot[i + 1 :]


def _orthographe(mot: str, hasard: random.Random) -> str:
    """Spelling confusions French writers make: é/er/ez endings, double consonants."""
    regles: list[tuple[str, str]] = [
        (r"é$", "er"), (r"ée$", "er"), (r"és$", "er"), (r"er$", "é"), (r"ez$", "é"),
        (r"ais$", "ai"), (r"ait$", "ai"), (r"ment$", "men"), (r"tion$", "sion"),
        (r"([bcdfglmnprst])\1", r"\1"), (r"ph", "f"), (r"qu", "k"), (r"è", "é"),
        (r"ê", "e"), (r"â", "a"), (r"ç", "c"), (r"eau", "o"),
    ]  # fmt: skip
    possibles = [(m, r) for m, r in regles if re.search(m, mot)]
    if not possibles:
        return _oublier(mot, hasard)
    motif, remplacement = hasard.choice(possibles)
    return re.sub(motif, remplacement, mot, count=1)


_FAUTES: tuple[Callable[[str, random.Random], str], ...] = (
    _inverser, _oublier, _doubler, _voisin, _orthographe, _orthographe,
)  # fmt: skip


def variante_fautes(texte: str, hasard: random.Random) -> str:
    """One to three mistakes in words of four letters or more (never e-mails, numbers)."""
    protege = {m.span() for m in _PROTEGE.finditer(texte)}

    def libre(debut: int, fin: int) -> bool:
        return not any(d <= debut < f or d < fin <= f for d, f in protege)

    mots = [
        m for m in re.finditer(r"[^\W\d_]+", texte) if len(m.group(0)) >= 4 and libre(*m.span())
    ]
    if not mots:
        return texte
    for _essai in range(5):
        nombre = min(len(mots), hasard.choice((1, 1, 2, 3)))
        cibles = sorted(hasard.sample(mots, nombre), key=lambda m: m.start())
        morceaux: list[str] = []
        curseur = 0
        for m in cibles:
            faute = hasard.choice(_FAUTES)
            morceaux.append(texte[curseur : m.start()])
            morceaux.append(faute(m.group(0), hasard))
            curseur = m.end()
        morceaux.append(texte[curseur:])
        sortie = "".join(morceaux)
        if sortie != texte:
            return sortie
    return texte


_REGLES: dict[str, Callable[[str, random.Random], str]] = {
    "sans_accents": variante_sans_accents,
    "sms": variante_sms,
    "fautes": variante_fautes,
}
GENRES: tuple[str, ...] = tuple(_REGLES)
"""Kinds of variant, in the order tried when the first choice changes nothing."""


# --------------------------------------------------------------------------- selection


def graine(exemple: Exemple) -> int:
    """The example's own seed: stable across runs, machines and Python versions."""
    return zlib.crc32(f"{exemple.intention}\x00{exemple.texte}".encode())


def choisir(exemples: Sequence[Exemple], part: float = PART) -> set[Exemple]:
    """The examples that get a variant: per intent, the ``part`` with the smallest seeds.

    Ranking by each example's own seed keeps every intent at the same share (an
    independent draw per example left small intents at 18 % or 50 %) while adding or
    removing one example moves at most one other in or out of the subset.
    """
    par_intention: dict[str, list[Exemple]] = {}
    for exemple in dict.fromkeys(exemples):
        par_intention.setdefault(exemple.intention, []).append(exemple)
    choisis: set[Exemple] = set()
    for groupe in par_intention.values():
        rang = sorted(groupe, key=lambda e: (graine(e), e.texte))
        choisis.update(rang[: math.ceil(part * len(groupe))])
    return choisis


def deriver(exemple: Exemple) -> tuple[str, str] | None:
    """``(kind, variant text)`` of ``exemple``, or None when no rule changes it."""
    hasard = random.Random(graine(exemple))
    premier = hasard.randrange(len(GENRES))
    for decalage in range(len(GENRES)):
        genre = GENRES[(premier + decalage) % len(GENRES)]
        texte = _REGLES[genre](exemple.texte, hasard).strip()
        if texte and texte != exemple.texte and not texte.startswith(("-", "#")):
            return genre, texte
    return None


def faute_d_un_message_court(exemple: Exemple) -> str | None:
    """A typo variant of a message of at most :data:`COURT` words, else None.

    One wrong letter changes most of the character n-grams of "robot" or "merci",
    whereas a sentence keeps enough intact words: every short example gets one.
    """
    if len(exemple.texte.split()) > COURT:
        return None
    hasard = random.Random(graine(exemple) ^ 0x5F5F5F5F)
    texte = variante_fautes(exemple.texte, hasard).strip()
    return texte if texte != exemple.texte and not texte.startswith(("-", "#")) else None


def generer(exemples: Sequence[Exemple], part: float = PART) -> dict[str, list[str]]:
    """Variants per intent (intents and variants in first-appearance order).

    A variant equal (case aside) to any hand-written example, or to another variant,
    is dropped: it would teach nothing or contradict another intent.
    """
    connus = {e.texte.casefold() for e in exemples}
    choisis = choisir(exemples, part)
    sortie: dict[str, list[str]] = {}
    for exemple in exemples:
        textes = sortie.setdefault(exemple.intention, [])
        derive = deriver(exemple) if exemple in choisis else None
        for texte in (derive[1] if derive else None, faute_d_un_message_court(exemple)):
            if texte is not None and texte.casefold() not in connus:
                connus.add(texte.casefold())
                textes.append(texte)
    return {intention: textes for intention, textes in sortie.items() if textes}


def rendre(variantes: dict[str, list[str]]) -> str:
    """The YAML text of ``data/nlu/variantes.yml``."""
    lignes = [ENTETE.rstrip("\n"), 'version: "3.1"', "", "nlu:"]
    for intention, textes in variantes.items():
        lignes += [f"- intent: {intention}", "  examples: |"]
        lignes += [f"    - {texte}" for texte in textes]
        lignes.append("")
    return "\n".join(lignes)


def contenu_attendu(dossier: Path = DOSSIER_NLU) -> str:
    """What ``variantes.yml`` must contain for the hand-written files of ``dossier``."""
    return rendre(generer(lire_exemples(dossier)))


def main(arguments: Iterable[str] = ()) -> int:
    """Write ``data/nlu/variantes.yml``; with ``--check``, only say whether it is current."""
    cible = DOSSIER_NLU / NOM_GENERE
    attendu = contenu_attendu()
    if "--check" in arguments:
        actuel = cible.read_text(encoding="utf-8") if cible.exists() else ""
        if actuel != attendu:
            print(f"{cible.relative_to(RACINE)} n'est pas à jour : make variantes")
            return 1
        return 0
    cible.write_text(attendu, encoding="utf-8")
    print(f"{cible.relative_to(RACINE)} : {attendu.count(chr(10) + '    - ')} variantes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
