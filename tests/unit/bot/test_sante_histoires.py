"""The detector does not change what the dialogue tests and the NLU examples rely on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bench.sante_mots_cles import contient_donnees_medicales as ancien_detecteur
from bot.sante import constater, contient_donnees_medicales

RACINE = Path(__file__).resolve().parents[3]
_ENTITE = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def _messages_des_histoires() -> list[str]:
    messages = set()
    for dossier in ("tests/stories", "data/stories", "data/rules"):
        for fichier in sorted((RACINE / dossier).glob("*.yml")):
            contenu = yaml.safe_load(fichier.read_text(encoding="utf-8")) or {}
            for histoire in (contenu.get("stories") or []) + (contenu.get("rules") or []):
                for etape in histoire.get("steps") or []:
                    if "user" in etape:
                        messages.add(str(etape["user"]).strip())
    return sorted(messages)


def _exemples_nlu() -> list[str]:
    exemples = []
    for fichier in sorted((RACINE / "data/nlu").glob("*.yml")):
        for bloc in yaml.safe_load(fichier.read_text(encoding="utf-8")).get("nlu") or []:
            exemples += [
                _ENTITE.sub(r"\1", ligne.lstrip("- ").strip())
                for ligne in str(bloc.get("examples") or "").splitlines()
                if ligne.strip()
            ]
    return exemples


@pytest.mark.parametrize("message", _messages_des_histoires())
def test_un_message_des_histoires_de_test_garde_le_verdict_de_l_ancien_detecteur(
    message: str,
) -> None:
    assert contient_donnees_medicales(message) == ancien_detecteur(message)


def test_le_classifieur_seul_signale_au_plus_un_exemple_nlu_sur_cent() -> None:
    exemples = _exemples_nlu()
    par_le_classifieur = [e for e in exemples if (c := constater(e)) and c.lecteur == "classifieur"]
    assert len(par_le_classifieur) <= len(exemples) // 100, par_le_classifieur
