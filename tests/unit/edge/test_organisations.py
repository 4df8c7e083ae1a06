"""Organisation files: one schema, clear errors, a third organisation without code."""

import json
import shutil
from pathlib import Path

import pytest
import yaml

from bot.organisations import ErreurOrganisation, Registre
from edge import cli
from edge.organisations import charger_organisation, charger_registre
from tests import deux_mediateurs
from tests.conftest import DOSSIER_ORGANISATIONS


def copier_organisation(dossier: Path, source: str, **changements: object) -> Path:
    contenu = yaml.safe_load((DOSSIER_ORGANISATIONS / f"{source}.yml").read_text(encoding="utf-8"))
    contenu.update(changements)
    chemin = dossier / f"{contenu['id']}.yml"
    chemin.write_text(yaml.safe_dump(contenu, allow_unicode=True), encoding="utf-8")
    return chemin


def test_les_fichiers_livres_se_chargent(registre: Registre) -> None:
    assert {"autre", "identites-mutuelle", "mutex"} <= set(registre)
    assert registre.generique().generique


def test_champ_manquant_nomme_le_fichier_et_le_champ(tmp_path: Path) -> None:
    chemin = copier_organisation(tmp_path, "mutex")
    contenu = yaml.safe_load(chemin.read_text(encoding="utf-8"))
    del contenu["mediateurs"]
    chemin.write_text(yaml.safe_dump(contenu, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ErreurOrganisation, match=r"mutex\.yml: mediateurs: field required"):
        charger_organisation(chemin)


def test_canal_de_type_inconnu_refuse(tmp_path: Path) -> None:
    chemin = copier_organisation(
        tmp_path,
        "mutex",
        contact_humain={"libelle": "x", "canaux": [{"type": "pigeon", "libelle": "x"}]},
    )
    with pytest.raises(ErreurOrganisation, match=r"contact_humain\.canaux\.0\.type"):
        charger_organisation(chemin)


def test_courrier_avec_url_refuse(tmp_path: Path) -> None:
    canal = {"type": "courrier", "libelle": "x", "url": "https://x.fr"}
    chemin = copier_organisation(
        tmp_path, "mutex", contact_humain={"libelle": "x", "canaux": [canal]}
    )
    with pytest.raises(ErreurOrganisation, match="n'a pas de champ url"):
        charger_organisation(chemin)


def test_liste_de_canaux_vide_refusee(tmp_path: Path) -> None:
    chemin = copier_organisation(tmp_path, "mutex", contact_humain={"libelle": "x", "canaux": []})
    with pytest.raises(ErreurOrganisation, match=r"contact_humain\.canaux: au moins un élément"):
        charger_organisation(chemin)


def test_yaml_casse_refuse_avec_le_nom_du_fichier(tmp_path: Path) -> None:
    chemin = tmp_path / "casse.yml"
    chemin.write_text("id: [casse\n", encoding="utf-8")
    with pytest.raises(ErreurOrganisation, match=r"casse\.yml: illisible"):
        charger_organisation(chemin)


def test_id_different_du_nom_de_fichier_refuse(tmp_path: Path) -> None:
    chemin = copier_organisation(tmp_path, "mutex")
    chemin.rename(tmp_path / "autre-nom.yml")
    with pytest.raises(ErreurOrganisation, match="doit être le nom du fichier"):
        charger_organisation(tmp_path / "autre-nom.yml")


def test_champ_inconnu_refuse(tmp_path: Path) -> None:
    chemin = copier_organisation(tmp_path, "mutex", telephone_secret="0000")
    with pytest.raises(ErreurOrganisation, match="telephone_secret: extra fields not permitted"):
        charger_organisation(chemin)


def test_reconnaitre_une_organisation_dans_une_phrase(registre: Registre) -> None:
    assert (
        o := registre.reconnaitre("Je suis chez Identités Mutuelle depuis 2019.")
    ) and o.id == "identites-mutuelle"
    assert (o := registre.reconnaitre("c'est MUTEX qui gère")) and o.id == "mutex"
    assert registre.reconnaitre("je suis chez une autre mutuelle") is None


def test_troisieme_organisation_par_un_simple_fichier(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for fichier in DOSSIER_ORGANISATIONS.glob("*.yml"):
        shutil.copy(fichier, tmp_path)
    copier_organisation(
        tmp_path,
        "mutex",
        id="mutuelle-du-rhin",
        nom="Mutuelle du Rhin",
        prefixe_reference="MR",
        alias=[],
        region="alsace-moselle",
    )
    monkeypatch.setenv("RECOURS_ORGANISATIONS_DIR", str(tmp_path))

    assert cli.main(["organisations"]) == 0
    assert "mutuelle-du-rhin" in [o["id"] for o in json.loads(capsys.readouterr().out)]

    code = cli.main(
        [
            "orientation",
            "--organisation",
            "mutuelle-du-rhin",
            "--aujourdhui",
            "2026-01-05",
            "--reclamation-ecrite",
            "2025-12-19",
        ]
    )
    sortie = json.loads(capsys.readouterr().out)
    assert code == 0
    assert sortie["organisation"]["nom"] == "Mutuelle du Rhin"
    assert sortie["region"] == "alsace-moselle"
    assert sortie["echeances"]["accuse_reception_au_plus_tard"] == "2026-01-03"
    assert sortie["niveau"] == 2


def test_dossier_sans_fichier_generique_refuse(tmp_path: Path) -> None:
    copier_organisation(tmp_path, "mutex")
    with pytest.raises(ErreurOrganisation, match=r"autre\.yml"):
        charger_registre(tmp_path)


def test_exclusion_sans_code_refusee(tmp_path: Path) -> None:
    contenu = yaml.safe_load((DOSSIER_ORGANISATIONS / "mutex.yml").read_text(encoding="utf-8"))
    contenu["mediateurs"]["defaut"]["exclusions"] = [{"texte": "x", "cas": ["avis_medical"]}]
    chemin = copier_organisation(tmp_path, "mutex", mediateurs=contenu["mediateurs"])
    attendu = r"mutex\.yml: mediateurs\.defaut\.exclusions\.0\.code: field required"
    with pytest.raises(ErreurOrganisation, match=attendu):
        charger_organisation(chemin)


def test_exclusion_d_un_cas_inconnu_refusee(tmp_path: Path) -> None:
    contenu = yaml.safe_load((DOSSIER_ORGANISATIONS / "mutex.yml").read_text(encoding="utf-8"))
    exclusion = {"code": "x", "texte": "x", "cas": ["horoscope"]}
    contenu["mediateurs"]["defaut"]["exclusions"] = [exclusion]
    chemin = copier_organisation(tmp_path, "mutex", mediateurs=contenu["mediateurs"])
    with pytest.raises(ErreurOrganisation, match=r"mediateurs\.defaut\.exclusions\.0\.cas\.0"):
        charger_organisation(chemin)


def test_mediateur_par_contrat_sans_canaux_refuse(tmp_path: Path) -> None:
    contenu = yaml.safe_load((DOSSIER_ORGANISATIONS / "mutex.yml").read_text(encoding="utf-8"))
    contenu["mediateurs"]["sante"] = {"nom": "Médiateur de la Mutualité Française"}
    chemin = copier_organisation(tmp_path, "mutex", mediateurs=contenu["mediateurs"])
    with pytest.raises(ErreurOrganisation, match=r"mutex\.yml: mediateurs\.sante\.canaux: field"):
        charger_organisation(chemin)
    contenu["mediateurs"]["sante"]["canaux"] = []
    chemin = copier_organisation(tmp_path, "mutex", mediateurs=contenu["mediateurs"])
    with pytest.raises(ErreurOrganisation, match=r"mediateurs\.sante\.canaux: au moins un"):
        charger_organisation(chemin)


def test_type_de_contrat_inconnu_refuse(tmp_path: Path) -> None:
    contenu = yaml.safe_load((DOSSIER_ORGANISATIONS / "mutex.yml").read_text(encoding="utf-8"))
    contenu["mediateurs"]["auto"] = contenu["mediateurs"]["defaut"]
    chemin = copier_organisation(tmp_path, "mutex", mediateurs=contenu["mediateurs"])
    with pytest.raises(ErreurOrganisation, match=r"mediateurs\.auto: extra fields not permitted"):
        charger_organisation(chemin)


def test_les_organisations_livrees_ont_un_mediateur_chacune(registre: Registre) -> None:
    for organisation in registre.values():
        assert not organisation.mediateurs.plusieurs
    generique = registre.generique().mediateurs.defaut
    assert "dernière réponse" in generique.nom and "dernière réponse" in generique.remarques[0]
    cnpm = registre["identites-mutuelle"].mediateurs.defaut
    assert {e.code for e in cnpm.exclusions} == {
        "avis_conseils_medicaux",
        "politique_tarifaire",
        "recouvrement_cotisations",
        "fonds_social",
    }


@pytest.mark.parametrize(
    ("options", "mediateur"),
    [
        (["--contrat", "sante"], deux_mediateurs.MUTUALITE),
        (["--contrat", "prevoyance"], deux_mediateurs.LMA),
        (["--contrat", "assurance_pret"], deux_mediateurs.LMA),
        ([], f"{deux_mediateurs.MUTUALITE} ou {deux_mediateurs.LMA}"),
    ],
)
def test_cli_mediateur_selon_le_contrat(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    mediateur: str,
) -> None:
    deux_mediateurs.ecrire_organisation(tmp_path)
    monkeypatch.setenv("RECOURS_ORGANISATIONS_DIR", str(tmp_path))
    arguments = ["orientation", "--organisation", deux_mediateurs.ID, "--aujourdhui", "2026-11-24"]
    arguments += ["--reclamation-ecrite", "2026-08-03", "--reponse-recue", *options]
    assert cli.main(arguments) == 0
    sortie = json.loads(capsys.readouterr().out)
    assert (sortie["niveau"], sortie["service"]) == (3, mediateur)


def test_cli_avis_medical_et_montant(capsys: pytest.CaptureFixture[str]) -> None:
    base = ["orientation", "--organisation", "identites-mutuelle", "--aujourdhui", "2026-11-24"]
    assert cli.main([*base, "--reclamation-ecrite", "2026-08-03", "--cas", "avis_medical"]) == 0
    assert json.loads(capsys.readouterr().out)["mediateur"]["exclusions_codes"] == [
        "avis_conseils_medicaux"
    ]
    assert cli.main([*base, "--reclamation-ecrite", "2025-10-24", "--montant", "300"]) == 0
    sortie = json.loads(capsys.readouterr().out)
    assert sortie["apres_mediateur"]["codes"] == ["conciliateur_de_justice"]
    assert "750-1" in sortie["explication"]


def test_cli_montant_invalide(capsys: pytest.CaptureFixture[str]) -> None:
    base = ["orientation", "--organisation", "mutex", "--aujourdhui", "2026-11-24"]
    with pytest.raises(SystemExit) as sortie:
        cli.main([*base, "--montant", "trois cents"])
    assert sortie.value.code == 2
    assert "montant invalide" in capsys.readouterr().err
