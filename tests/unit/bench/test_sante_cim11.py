"""bench/sante_construire.py keeps the distinctive disease words of ICD-11 labels only."""

from __future__ import annotations

import sqlite3
import tarfile
from pathlib import Path

import pytest

from bench.sante_construire import (
    BASE_CIM11,
    ENTITE_OMS,
    LibelleCim11,
    libelles_cim11,
    maladies_cim11,
)
from bot.sante import constater
from bot.sante.maladies_cim11 import MALADIES_CIM11

ORDINAIRES = {"de", "la", "du", "des", "infection", "peau", "fonction", "activite", "fievre", "ou"}
"""A stand-in for wfrench: the ordinary words of the labels below."""


def _libelles(*francais: str) -> list[LibelleCim11]:
    return [LibelleCim11(texte, "") for texte in francais]


def test_un_mot_en_tete_d_un_libelle_et_hors_du_dictionnaire_est_une_maladie() -> None:
    gardes = maladies_cim11(_libelles("Candidose de la peau", "Cholestase"), ORDINAIRES)
    assert gardes == {"candidose", "cholestase"}


def test_un_adjectif_compte_s_il_derive_d_une_maladie_gardee() -> None:
    libelles = _libelles("Hémophilie", "Arthropathie hémophilique", "Infection invasive")
    assert maladies_cim11(libelles, ORDINAIRES) == {"hemophilie", "arthropathie", "hemophilique"}


@pytest.mark.parametrize(
    ("libelle", "ecarte"),
    [
        ("Fièvre de Crimée-Congo", "congo"),  # a capital inside a label: a place, an eponym
        ("Maladie de la peau, interesant la fonction", "interesant"),  # one edit from wfrench
        ("Dysfonction de la peau", "dysfonction"),  # an ordinary word after a prefix
        ("Hyperactivite", "hyperactivite"),
        ("Gastro-infection", "gastro"),  # a combining form, always before a hyphen
        ("Immun", "immun"),  # its feminine "immune" is an ordinary word
        ("Troublede la peau", "troublede"),  # two words glued in the label
    ],
)
def test_les_mots_ordinaires_noms_propres_et_coquilles_sont_ecartes(
    libelle: str, ecarte: str
) -> None:
    assert ecarte not in maladies_cim11(_libelles(libelle), ORDINAIRES | {"immune", "interessant"})


def test_les_libelles_viennent_des_chapitres_de_maladies_traduits(tmp_path: Path) -> None:
    base = tmp_path / "cim-11.sqlite3"
    connexion = sqlite3.connect(base)
    connexion.execute("CREATE TABLE cim11 (idc_id, icode, label, parent_idc_id, label_en)")
    lignes = [
        ("1", "", "Certaines maladies infectieuses", None, "Certain infectious diseases"),
        ("2", "1F23", "Candidose", "1", "Candidosis"),
        ("3", "1F24", "Other specified mycoses", "1", "Other specified mycoses"),
        ("979408586", "", "Codes d'extension", None, "Extension codes"),
        ("5", "XA1", "Ambulancier", "979408586", "Ambulance driver"),
    ]
    connexion.executemany(
        "INSERT INTO cim11 VALUES (?, ?, ?, ?, ?)",
        [(ENTITE_OMS + i, c, f, p and ENTITE_OMS + p, e) for i, c, f, p, e in lignes],
    )
    connexion.commit()
    connexion.close()
    sdist = tmp_path / "cim_11_certic-0.6.5.tar.gz"
    with tarfile.open(sdist, "w:gz") as archive:
        archive.add(base, arcname=BASE_CIM11)
    francais = [libelle.francais for libelle in libelles_cim11(sdist)]
    assert francais == ["Certaines maladies infectieuses", "Candidose"]


def test_la_liste_livree_garde_les_maladies_et_ecarte_les_mots_ordinaires() -> None:
    assert {"candidose", "cholestase", "drepanocytose", "hemophilique"} <= MALADIES_CIM11
    ordinaires = {"invasive", "proximale", "segmentaire", "dysfonction", "hyperactivite"}
    assert not (ordinaires | {"congo", "ewing", "insight", "interesant"}) & MALADIES_CIM11


def test_un_mot_de_la_cim11_est_un_diagnostic_pour_le_lexique() -> None:
    constat = constater("Ma fille a une candidose.")
    assert constat is not None
    assert (constat.lecteur, constat.detail) == ("lexique", "diagnostic: candidose")
