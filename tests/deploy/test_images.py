"""The images' recipe: linted, multi-stage, non-root, no secret and no compiler at run time."""

from __future__ import annotations

from dockerfile_parse import DockerfileParser

from deploy.topologie import ICI
from tests.deploy.conftest import executer, outil

DOCKERFILE = ICI / "images" / "Dockerfile"
FINALES = ("rasa", "serveurs")


def _etapes() -> dict[str, list[dict[str, str]]]:
    """The instructions of each stage, by stage name."""
    analyse = DockerfileParser(path=str(DOCKERFILE))
    etapes: dict[str, list[dict[str, str]]] = {}
    courante = ""
    for instruction in analyse.structure:
        if instruction["instruction"] == "FROM":
            courante = instruction["value"].split()[-1]
            etapes[courante] = []
        if courante and instruction["instruction"] != "COMMENT":
            etapes[courante].append(instruction)
    return etapes


def _base(etapes: dict[str, list[dict[str, str]]], etape: str) -> str:
    """The image a stage starts from, following the stages it builds on."""
    origine = etapes[etape][0]["value"].split()[0]
    return _base(etapes, origine) if origine in etapes else origine


def test_hadolint_ne_trouve_rien() -> None:
    executer(outil("hadolint"), "--config", ICI / "images" / "hadolint.yaml", DOCKERFILE)


def test_les_images_partent_de_python_3_10_slim_et_de_constraints() -> None:
    etapes = _etapes()
    assert {_base(etapes, e) for e in etapes} == {"python:3.10-slim"}
    installations = [i["value"] for i in etapes["construction"] if i["instruction"] == "RUN"]
    assert "pip install -c constraints.txt ." in installations


def test_les_images_finales_sont_non_root_sans_compilateur_ni_secret() -> None:
    etapes = _etapes()
    for finale in FINALES:
        chaine = [finale]
        while (origine := etapes[chaine[-1]][0]["value"].split()[0]) in etapes:
            chaine.append(origine)
        instructions = [i for e in chaine for i in etapes[e]]
        assert "construction" not in chaine, finale  # the compilers stay behind
        utilisateurs = [i["value"] for i in etapes[finale] if i["instruction"] == "USER"]
        assert utilisateurs and not utilisateurs[-1].startswith(("0", "root")), finale
        for instruction in instructions:
            assert instruction["instruction"] not in ("ARG",), instruction
            assert "apt-get install" not in instruction["value"], (finale, instruction)
            assert "TOKEN=" not in instruction["value"], instruction
            assert "PASSWORD" not in instruction["value"], instruction


def test_le_modele_est_entraine_a_la_construction() -> None:
    etapes = _etapes()
    assert any("rasa train" in i["value"] for i in etapes["entrainement"])
    copies = [i["value"] for i in etapes["rasa"] if i["instruction"] == "COPY"]
    assert any(c.startswith("--from=entrainement") for c in copies)


def test_le_jeton_vient_de_l_environnement_jamais_de_la_ligne_de_commande() -> None:
    entree = next(i["value"] for i in _etapes()["rasa"] if i["instruction"] == "ENTRYPOINT")
    assert '"lanceur.rasa"' in entree and "--auth-token" not in entree
