"""A test mutuelle with two mediators: health cover to the Mutualité Française's mediator,
prévoyance and loan guarantees to La Médiation de l'Assurance (brief §8)."""

import shutil
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import DOSSIER_ORGANISATIONS

ID = "mutuelle-a-deux-mediateurs"
MUTUALITE = "Médiateur de la Mutualité Française"
LMA = "La Médiation de l'Assurance (LMA)"


def _fichier(identifiant: str) -> dict[str, Any]:
    contenu: dict[str, Any] = yaml.safe_load(
        (DOSSIER_ORGANISATIONS / f"{identifiant}.yml").read_text(encoding="utf-8")
    )
    return contenu


def ecrire_organisation(dossier: Path) -> Path:
    """Write the test organisation and the generic one (always required) in ``dossier``."""
    contenu = _fichier("mutex")
    lma = contenu["mediateurs"]["defaut"]
    contenu.update(
        id=ID,
        nom="Mutuelle à deux médiateurs",
        prefixe_reference="MD",
        alias=[],
        mediateurs={
            "defaut": {
                "nom": MUTUALITE,
                "canaux": [
                    {
                        "type": "site",
                        "libelle": "Saisine en ligne du Médiateur de la Mutualité Française",
                        "url": "https://www.mediateur-mutualite.fr",
                    },
                    {
                        "type": "courrier",
                        "libelle": "Par courrier",
                        "adresse": [
                            "Monsieur le Médiateur de la Mutualité Française",
                            "FNMF",
                            "255 rue de Vaugirard",
                            "75719 Paris Cedex 15",
                        ],
                    },
                ],
                "pieces_a_joindre": ["la copie de la réclamation écrite"],
                "documents": ["copie du bulletin d'adhésion"],
            },
            "prevoyance": lma,
            "assurance_pret": lma,
        },
    )
    chemin = dossier / f"{ID}.yml"
    chemin.write_text(yaml.safe_dump(contenu, allow_unicode=True), encoding="utf-8")
    shutil.copy(DOSSIER_ORGANISATIONS / "autre.yml", dossier)
    return chemin
