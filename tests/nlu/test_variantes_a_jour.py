"""Check that the derived held-out files are exactly what deriver_variantes.py produces.

heldout_independant_sans_accents.yml and heldout_independant_sms.yml are generated
from heldout_independant.yml and must never be edited by hand. This test re-runs
the derivation in memory (no model, no training data, fast) and compares it with
the committed files, then checks that every intent keeps its number of examples.
To fix a failure, run: .venv/bin/python tests/nlu/deriver_variantes.py
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
import yaml

HERE = Path(__file__).resolve().parent


def _load_script() -> ModuleType:
    """Import deriver_variantes.py by path (independent of sys.path/rootdir)."""
    spec = importlib.util.spec_from_file_location(
        "deriver_variantes", HERE / "deriver_variantes.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DERIVER = _load_script()
OUTPUTS: dict[Path, str] = DERIVER.build_all()
SOURCE_OF: dict[Path, Path] = {
    path: source for source in DERIVER.SOURCES for path in DERIVER.derived_paths(source)
}


def _examples_per_intent(path: Path) -> list[tuple[str, list[str]]]:
    """Ordered (intent, examples) read from a Rasa 3 NLU file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        (
            block["intent"],
            [line[2:] for line in block["examples"].splitlines() if line.startswith("- ")],
        )
        for block in data["nlu"]
    ]


@pytest.mark.parametrize("path", sorted(OUTPUTS), ids=lambda p: p.name)
def test_fichier_derive_a_jour(path: Path) -> None:
    assert path.exists(), f"{path.name} missing: run tests/nlu/deriver_variantes.py"
    committed = path.read_text(encoding="utf-8")
    assert committed == OUTPUTS[path], (
        f"{path.name} differs from what deriver_variantes.py generates: "
        "do not edit it by hand, re-run the script"
    )


def test_derivation_deterministe() -> None:
    assert DERIVER.build_all() == OUTPUTS


@pytest.mark.parametrize("path", sorted(OUTPUTS), ids=lambda p: p.name)
def test_memes_intents_et_effectifs(path: Path) -> None:
    source = _examples_per_intent(SOURCE_OF[path])
    derived = _examples_per_intent(path)
    assert [intent for intent, _ in derived] == [intent for intent, _ in source]
    assert Counter({i: len(e) for i, e in derived}) == Counter({i: len(e) for i, e in source})
    variants = [v for _, examples in derived for v in examples]
    assert all(v.strip() for v in variants), "empty variant"
    assert len(set(variants)) == len(variants), "duplicate variants in file"


AVEC_REFERENCES = sorted(
    path
    for path in OUTPUTS
    if DERIVER.PROTECTED_RE.findall(SOURCE_OF[path].read_text(encoding="utf-8"))
)
"""The variants whose source holds dossier references (the third author wrote none)."""


def test_des_sources_contiennent_des_references() -> None:
    assert len(AVEC_REFERENCES) >= 4  # the first two files and their variants


@pytest.mark.parametrize("path", AVEC_REFERENCES, ids=lambda p: p.name)
def test_references_intactes(path: Path) -> None:
    """Dossier references such as MX-2026-7KQ4-M2XD are copied unchanged."""
    source = SOURCE_OF[path].read_text(encoding="utf-8")
    derived = path.read_text(encoding="utf-8")
    assert DERIVER.PROTECTED_RE.findall(derived) == DERIVER.PROTECTED_RE.findall(source)
