"""Derive noisy held-out NLU test files from each independent held-out file.

Each file of ``SOURCES`` (``heldout_independant.yml``, ``_2.yml`` and ``_3.yml``,
each by its own author) gets its ``_sans_accents`` and ``_sms`` variants; what follows
describes the first, and holds for each.

This script reads ONLY the independent held-out file ``heldout_independant.yml``
(first messages labelled by intent, written by an author who never saw the
training data) and writes two derived held-out files next to it, in the same
Rasa 3 NLU format, with the same intents in the same order and exactly one
variant per original example:

* ``heldout_independant_sans_accents.yml``: the same sentences with every accent
  removed (é→e, à→a, ç→c, œ→oe...), about half of them entirely lowercased, and
  apostrophes sometimes dropped ("j ai", "jai"), as people type on a phone
  keyboard without accents.
* ``heldout_independant_sms.yml``: SMS style: no accents, lowercase, common
  French texting abbreviations (jsuis/chui, pk, bcp, tjrs, ya, svp, c, jai/g,
  vs, ns, ds, pr, qd...), a varying subset applied per sentence, plus
  deterministic typos on about one word in six of length >= 5 (adjacent swap,
  dropped letter, doubled letter, AZERTY neighbour), and the final punctuation
  dropped half of the time. Dossier references such as "MX-2026-7KQ4-M2XD",
  e-mail addresses and URLs are never modified.

It never reads training data (no data/, domain.yml or model files): the derived
files measure robustness of a model trained elsewhere and must never be used
for training.

Determinism: every sentence gets its own ``random.Random`` seeded with
``zlib.crc32`` of a stable key (file tag, intent, sentence, attempt number), so
the output is byte-for-byte identical between runs. If a variant collides with
one already produced in the same file, the next attempt number is tried.

Usage (from the repository root)::

    .venv/bin/python tests/nlu/deriver_variantes.py
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "heldout_independant.yml"
SOURCES = (SOURCE, HERE / "heldout_independant_2.yml", HERE / "heldout_independant_3.yml")
"""The independent held-out files, each written by its own author; each gets its variants."""


def derived_paths(source: Path) -> tuple[Path, Path]:
    """Where the no-accent and SMS variants of ``source`` are written."""
    return (
        source.with_name(f"{source.stem}_sans_accents.yml"),
        source.with_name(f"{source.stem}_sms.yml"),
    )


MAX_ATTEMPTS = 50  # retries to obtain a variant unique within its file

# --------------------------------------------------------------------------
# Protection of tokens that must never be modified (references, e-mails, URLs)
# --------------------------------------------------------------------------

PROTECTED_RE = re.compile(
    r"\b[A-Z]{2}-\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\b"  # dossier reference
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail address
    r"|(?:https?://|www\.)\S+"  # URL
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:org|eu|fr|com|net)\b"  # bare domain
)
# Private-use characters: never letters, never touched by any rule below.
_PH_OPEN, _PH_CLOSE = "\ue000", "\ue001"
PLACEHOLDER_RE = re.compile(_PH_OPEN + r"(\d+)" + _PH_CLOSE)


def protect(text: str) -> tuple[str, list[str]]:
    """Replace protected tokens by placeholders; return text and the tokens."""
    tokens: list[str] = []

    def _sub(match: re.Match[str]) -> str:
        tokens.append(match.group(0))
        return f"{_PH_OPEN}{len(tokens) - 1}{_PH_CLOSE}"

    return PROTECTED_RE.sub(_sub, text), tokens


def restore(text: str, tokens: Sequence[str]) -> str:
    """Put the protected tokens back in place of their placeholders."""
    return PLACEHOLDER_RE.sub(lambda m: tokens[int(m.group(1))], text)


# --------------------------------------------------------------------------
# Accent removal and light phone-keyboard noise
# --------------------------------------------------------------------------

LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"}


def strip_accents(text: str) -> str:
    """Remove every diacritic and expand ligatures; keep other characters."""
    for lig, repl in LIGATURES.items():
        text = text.replace(lig, repl)
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    # French guillemets and typographic quotes are not on most phone layouts.
    stripped = re.sub(r"«\s*", '"', stripped)
    stripped = re.sub(r"\s*»", '"', stripped)
    stripped = stripped.replace("\u2019", "'").replace("\u00a0", " ")
    return unicodedata.normalize("NFC", stripped)


APOSTROPHE_RE = re.compile(r"(?<=[A-Za-z])'(?=[A-Za-z])")


def drop_apostrophes(text: str, rng: random.Random) -> str:
    """Sometimes drop apostrophes between letters ("j ai", "jai")."""
    mode = rng.choices(["keep", "space", "glue", "mixed"], weights=[5, 2, 2, 1])[0]
    if mode == "keep":
        return text

    def _sub(_: re.Match[str]) -> str:
        if mode == "space":
            return " " if rng.random() < 0.85 else "'"
        if mode == "glue":
            return "" if rng.random() < 0.85 else "'"
        return rng.choice(["", " ", "'"])

    return APOSTROPHE_RE.sub(_sub, text)


def tidy(text: str) -> str:
    """Collapse whitespace so every example is one clean line."""
    return re.sub(r"\s+", " ", text).strip()


def variant_sans_accents(sentence: str, rng: random.Random) -> str:
    """Accent-free variant: ~50 % fully lowercased, apostrophes sometimes dropped."""
    text, tokens = protect(sentence)
    text = strip_accents(text)
    if rng.random() < 0.5:
        text = text.lower()
    text = drop_apostrophes(text, rng)
    return tidy(restore(text, tokens))


# --------------------------------------------------------------------------
# SMS abbreviations (applied to lowercase, accent-free text)
# --------------------------------------------------------------------------

# Boundaries that treat the apostrophe as part of a word ("qu'il" is not "que").
_L = r"(?<![\w'])"
_R = r"(?![\w'])"


class Rule:
    """One SMS rewrite: a regex, replacement options, and a per-sentence
    activation probability (so that each sentence gets a different subset).

    Word boundaries that treat the apostrophe as a letter are added on the
    left unless ``left=False``, and on the right unless the pattern ends with
    an apostrophe or ``right=False`` (pattern ending with a lookahead)."""

    def __init__(
        self,
        pattern: str,
        options: Sequence[str],
        p: float = 0.7,
        left: bool = True,
        right: bool = True,
    ) -> None:
        right = right and not pattern.endswith("'")
        self.regex = re.compile((_L if left else "") + pattern + (_R if right else ""))
        self.options = list(options)
        self.p = p

    def apply(self, text: str, rng: random.Random) -> str:
        """Apply the rule to the whole sentence if it is active for it."""
        if not self.regex.search(text) or rng.random() >= self.p:
            return text
        return self.regex.sub(lambda _m: rng.choice(self.options), text)


# Order matters: multi-word rules come before single words.
SMS_RULES: list[Rule] = [
    # Fixed expressions (negation dropping is done before, see drop_negation).
    Rule(r"s'il vous plait", ["svp", "svp", "stp", "sil vous plait"], p=0.9),
    Rule(r"s'il te plait", ["stp", "stp", "sil te plait"], p=0.9),
    Rule(r"je (?:ne )?sais pas", ["jsp", "jsais pas", "chai pas"], p=0.9),
    Rule(r"qu'est-ce que", ["keske", "kesk", "qu'est ce que", "quest ce que"], p=0.8),
    Rule(r"qu'est-ce qui", ["keski", "qu'est ce qui"], p=0.8),
    Rule(r"est-ce que", ["esk", "eske", "est ce que", "estce que"], p=0.8),
    Rule(r"est-ce qu'", ["esk ", "eske ", "est ce qu'", "est ce k"], p=0.8),
    Rule(r"parce que", ["pcq", "psk", "parce ke", "pask"], p=0.8),
    Rule(r"parce qu'", ["pcq ", "psk ", "parce k"], p=0.8),
    Rule(r"aujourd'hui", ["ajd", "auj", "aujourdhui"], p=0.9),
    Rule(r"rendez-vous", ["rdv"], p=0.9),
    Rule(r"quelqu'un", ["qqn", "qqn", "qq1", "quelquun"], p=0.8),
    Rule(r"quelque chose", ["qqch", "qqc", "qqch"], p=0.8),
    Rule(r"peut-etre", ["ptet", "ptetre", "peut etre"], p=0.8),
    Rule(r"il y a", ["ya", "y a", "ya"], p=0.7),
    Rule(r"je suis", ["jsuis", "chui", "jsui", "chuis", "j suis"], p=0.8),
    Rule(r"tu es", ["t'es", "t", "tes"], p=0.7),
    Rule(r"t'es", ["t", "tes", "t'es"], p=0.7),
    Rule(r"tu as", ["t'as", "ta"], p=0.7),
    Rule(r"c'est", ["c", "c", "cest", "c'est"], p=0.7),
    Rule(r"c'etait", ["cetait", "c t", "c'etait"], p=0.6),
    Rule(r"j'ai", ["jai", "jai", "g", "j'ai"], p=0.8),
    Rule(r"j'avais", ["javais", "j'avais"], p=0.6),
    Rule(
        r"je (?=(?:veux|peux|vais|voudrais|sais|fais|dois|trouve|comprends|"
        r"pense|crois|me|te|le|la|les|reviens|souhaite)\b)",
        ["j", "j", "je "],
        p=0.6,
        right=False,
    ),
    Rule(r"d'accord", ["dac", "dacc", "d'acc", "daccord"], p=0.9),
    Rule(r"au revoir", ["aurevoir", "au revoir", "orevoir"], p=0.7),
    Rule(r"a bientot", ["a btt", "a bientot", "a+"], p=0.6),
    Rule(r"bonne journee", ["bonne journee", "bne journee", "bonne jrnee"], p=0.5),
    Rule(r"merci beaucoup", ["merci bcp", "mrc bcp", "mci bcp"], p=0.9),
    # Question words.
    Rule(r"pourquoi", ["pk", "pq", "pourkoi", "prq"], p=0.8),
    Rule(r"quoi", ["koi", "koi", "quoi"], p=0.7),
    Rule(r"quand", ["qd", "kan", "quan", "qd"], p=0.7),
    Rule(r"comment", ["cmt", "comen", "commen"], p=0.5),
    Rule(r"combien", ["cb", "cmb", "combien"], p=0.6),
    Rule(r"quel", ["kel"], p=0.4),
    Rule(r"quelle", ["kel", "quel", "kelle"], p=0.5),
    Rule(r"quels", ["kels", "quel"], p=0.4),
    Rule(r"qui", ["ki"], p=0.5),
    Rule(r"que", ["ke", "ke", "q"], p=0.6),
    Rule(r"qu'(?=[aeiouyh])", ["k", "qu'", "k'"], p=0.3, right=False),
    # Frequent words.
    Rule(r"beaucoup", ["bcp"], p=0.9),
    Rule(r"toujours", ["tjrs", "tjr", "tjs"], p=0.85),
    Rule(r"maintenant", ["mtn", "mnt", "maintenan"], p=0.8),
    Rule(r"vraiment", ["vrmt", "vrm", "vraimen"], p=0.7),
    Rule(r"demain", ["dmn", "2main", "demain"], p=0.6),
    Rule(r"deja", ["dja", "deja"], p=0.4),
    Rule(r"petit", ["ptit"], p=0.7),
    Rule(r"temps", ["tps"], p=0.6),
    Rule(r"jours", ["jrs"], p=0.4),
    Rule(r"jour", ["jr"], p=0.4),
    Rule(r"reponse", ["rep", "rep", "rponse"], p=0.7),
    Rule(r"reponses", ["rep", "reps"], p=0.7),
    Rule(r"probleme", ["pb", "pb", "prob", "prblm"], p=0.85),
    Rule(r"problemes", ["pbs", "pb"], p=0.85),
    Rule(r"message", ["msg"], p=0.8),
    Rule(r"messages", ["msg", "msgs"], p=0.8),
    Rule(r"telephone", ["tel", "tel", "tph"], p=0.8),
    Rule(r"numero", ["num", "n°", "no"], p=0.6),
    Rule(r"information", ["info"], p=0.8),
    Rule(r"informations", ["infos"], p=0.8),
    Rule(r"(?<!le )(?<!la )monsieur", ["mr", "msieur"], p=0.5),
    Rule(r"madame", ["mme", "mdm"], p=0.5),
    Rule(r"bonjour", ["bjr", "bjr", "bonjour", "bjour"], p=0.7),
    Rule(r"bonsoir", ["bsr", "bonsoir"], p=0.7),
    Rule(r"salut", ["slt", "salu"], p=0.6),
    Rule(r"merci", ["mrc", "mci", "merci", "merci"], p=0.5),
    Rule(r"serieusement", ["serieux", "srx", "serieusement"], p=0.8),
    Rule(r"ouais", ["ouai", "wai", "ouais"], p=0.5),
    Rule(r"oui", ["ui", "wi", "ouii"], p=0.3),
    Rule(r"non", ["nn", "nan"], p=0.25),
    Rule(r"ca", ["sa", "ca", "ca"], p=0.6),
    Rule(r"tout", ["tt"], p=0.6),
    Rule(r"tous", ["ts", "tt"], p=0.5),
    Rule(r"toute", ["tte"], p=0.5),
    Rule(r"toutes", ["ttes"], p=0.5),
    Rule(r"avec", ["avc", "avc", "ac", "avek"], p=0.7),
    Rule(r"vous", ["vs", "vs", "vous"], p=0.7),
    Rule(r"nous", ["ns"], p=0.7),
    Rule(r"dans", ["ds", "ds", "dan"], p=0.7),
    Rule(r"pour", ["pr", "pr", "pour"], p=0.7),
    Rule(r"pas", ["pa", "pas"], p=0.5),
    Rule(r"tres", ["tres", "tre", "trs"], p=0.4),
    Rule(r"voudrais", ["voudrai", "voudrait"], p=0.3),
    Rule(r"quelques", ["qlq", "qq", "quelque"], p=0.6),
    Rule(r"euros?", ["e", "€", "euros"], p=0.5),
    Rule(r"\s*€", ["€", " €", "e", " euros", "euros"], p=0.8, left=False, right=False),
]

NEGATION_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(_L + r"je n'"), "j'"),  # "je n'ai" -> "j'ai"
    (re.compile(_L + r"ce n'"), "c'"),  # "ce n'est" -> "c'est"
    (re.compile(_L + r"ne (?=\w)"), ""),  # "je ne suis pas" -> "je suis pas"
    (re.compile(_L + r"n'(?=[aeiouyh])"), ""),  # "il n'a" -> "il a"
]
NEGATION_RATE = 0.6


def drop_negation(text: str, rng: random.Random) -> str:
    """Drop the negative "ne"/"n'" in the whole sentence, as is usual when
    texting; all-or-nothing so that "je n'ai" never becomes "je ai"."""
    if rng.random() >= NEGATION_RATE:
        return text
    for regex, repl in NEGATION_RULES:
        text = regex.sub(repl, text)
    return text


HYPHEN_RE = re.compile(r"(?<=[a-z])-(?=[a-z])")
FINAL_PUNCT_RE = re.compile(r"\s*[.!?…]+$")

# AZERTY neighbours (lowercase letters only, PC layout).
AZERTY_NEIGHBOURS: dict[str, str] = {
    "a": "zq",
    "z": "aeqs",
    "e": "zrsd",
    "r": "etdf",
    "t": "ryfg",
    "y": "tugh",
    "u": "yihj",
    "i": "uojk",
    "o": "ipkl",
    "p": "olm",
    "q": "azsw",
    "s": "qdzewx",
    "d": "sferxc",
    "f": "dgrtcv",
    "g": "fhtyvb",
    "h": "gjyubn",
    "j": "hkuin",
    "k": "jlio",
    "l": "kmop",
    "m": "lp",
    "w": "qsx",
    "x": "wcsd",
    "c": "xvdf",
    "v": "cbfg",
    "b": "vngh",
    "n": "bhj",
}

TYPO_WORD_RE = re.compile(r"(?<![\w\ue000\ue001])[a-zA-Z]{5,}(?![\w\ue000\ue001])")
TYPO_RATE = 1 / 6


def typo(word: str, rng: random.Random) -> str:
    """Apply one deterministic typo to a word of length >= 5."""
    kind = rng.choice(["swap", "drop", "double", "neighbour"])
    n = len(word)
    if kind == "swap":
        # Swap two adjacent letters, never the first one (people rarely miss it).
        i = rng.randrange(1, n - 1)
        if word[i] == word[i + 1]:
            kind = "drop"
        else:
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        i = rng.randrange(1, n)
        return word[:i] + word[i + 1 :]
    if kind == "double":
        i = rng.randrange(1, n)
        return word[:i] + word[i] + word[i:]
    # Keyboard neighbour: replace one letter by an adjacent AZERTY key.
    candidates = [i for i in range(1, n) if word[i].lower() in AZERTY_NEIGHBOURS]
    i = rng.choice(candidates) if candidates else n - 1
    repl = rng.choice(AZERTY_NEIGHBOURS.get(word[i].lower(), word[i]))
    return word[:i] + repl + word[i + 1 :]


def add_typos(text: str, rng: random.Random) -> str:
    """Put a typo on about one word in six among words of length >= 5."""
    return TYPO_WORD_RE.sub(
        lambda m: typo(m.group(0), rng) if rng.random() < TYPO_RATE else m.group(0),
        text,
    )


def variant_sms(sentence: str, rng: random.Random) -> str:
    """SMS variant: no accents, lowercase, abbreviations, typos, loose punctuation."""
    text, tokens = protect(sentence)
    text = strip_accents(text).lower()
    text = drop_negation(text, rng)
    for rule in SMS_RULES:
        text = rule.apply(text, rng)
    # Inverted-subject and compound hyphens are usually typed as spaces.
    if rng.random() < 0.7:
        text = HYPHEN_RE.sub(" ", text)
    text = drop_apostrophes(text, rng)
    text = tidy(text)
    text = add_typos(text, rng)
    if rng.random() < 0.5:
        text = FINAL_PUNCT_RE.sub("", text)
    elif rng.random() < 0.5:
        text = re.sub(r"\s+([?!:;])", r"\1", text)  # no space before "?" etc.
    # Short messages are sometimes stretched ("merciii", "ouiii").
    if len(text.split()) <= 2 and text[-1:].isalpha() and rng.random() < 0.2:
        text += text[-1] * rng.randint(1, 2)
    return tidy(restore(text, tokens))


# --------------------------------------------------------------------------
# Reading, deriving and rendering
# --------------------------------------------------------------------------

Intents = list[tuple[str, list[str]]]


def load_source(path: Path = SOURCE) -> Intents:
    """Read the held-out file as an ordered list of (intent, examples)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    intents: Intents = []
    for block in data["nlu"]:
        examples = [
            line.strip()[2:].strip()
            for line in block["examples"].splitlines()
            if line.strip().startswith("- ")
        ]
        intents.append((block["intent"], examples))
    return intents


def stable_rng(tag: str, intent: str, sentence: str, attempt: int) -> random.Random:
    """A random generator seeded from a stable hash of the sentence."""
    key = f"{tag}\x1f{intent}\x1f{sentence}\x1f{attempt}".encode()
    return random.Random(zlib.crc32(key))


def derive(
    intents: Intents, tag: str, make_variant: Callable[[str, random.Random], str]
) -> Intents:
    """One variant per example, unique within the whole file where possible."""
    seen: set[str] = set()
    derived: Intents = []
    for intent, examples in intents:
        variants: list[str] = []
        for sentence in examples:
            candidate = ""
            for attempt in range(MAX_ATTEMPTS):
                candidate = make_variant(sentence, stable_rng(tag, intent, sentence, attempt))
                if candidate and candidate not in seen:
                    break
            seen.add(candidate)
            variants.append(candidate)
        derived.append((intent, variants))
    return derived


HEADER_TEMPLATE = """\
# FICHIER GÉNÉRÉ par tests/nlu/deriver_variantes.py à partir de heldout_independant.yml
# ({description}).
# Il n'est JAMAIS utilisé pour l'entraînement ni pour régler le modèle.
# Ne pas modifier à la main : relancer le script (test_variantes_a_jour.py le vérifie).
"""


def render(intents: Intents, description: str) -> str:
    """Render a Rasa 3 NLU file with block-literal examples, then check it."""
    lines = [HEADER_TEMPLATE.format(description=description).rstrip("\n"), 'version: "3.1"', "nlu:"]
    for intent, examples in intents:
        lines.append(f"- intent: {intent}")
        lines.append("  examples: |")
        for example in examples:
            if "\n" in example or example != example.strip():
                raise ValueError(f"example not on a single clean line: {example!r}")
            lines.append(f"    - {example}")
    text = "\n".join(lines) + "\n"
    # Round-trip check: the YAML must parse back to exactly these examples.
    parsed = yaml.safe_load(text)
    for (intent, examples), block in zip(intents, parsed["nlu"], strict=True):
        back = [ln[2:] for ln in block["examples"].splitlines()]
        if block["intent"] != intent or back != examples:
            raise ValueError(f"YAML round-trip failed for intent {intent}")
    return text


def build_outputs(source: Path = SOURCE) -> dict[Path, str]:
    """Compute the content of both files derived from ``source`` (nothing is written)."""
    intents = load_source(source)
    sans_accents, sms = derived_paths(source)
    return {
        sans_accents: render(
            derive(intents, "sans_accents", variant_sans_accents),
            "variante sans accents, clavier de téléphone",
        ),
        sms: render(
            derive(intents, "sms", variant_sms),
            "variante style SMS : abréviations, fautes de frappe, ponctuation lâche",
        ),
    }


def build_all() -> dict[Path, str]:
    """The derived files of every independent held-out file."""
    return {path: text for source in SOURCES for path, text in build_outputs(source).items()}


def main() -> int:
    for path, content in build_all().items():
        path.write_text(content, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
