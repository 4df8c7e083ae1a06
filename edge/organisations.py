"""Read organisation files (``data/organisations/*.yml``) into ``bot.organisations`` values."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from bot.organisations import ErreurOrganisation, Organisation, Registre


def charger_organisation(chemin: Path) -> Organisation:
    """Load and validate one organisation file.

    Raises:
        ErreurOrganisation: the file cannot be read, is not YAML, does not match the
            schema, or its ``id`` differs from its file name. The message names the file
            and each wrong field.

    """
    try:
        brut = yaml.safe_load(chemin.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as erreur:
        raise ErreurOrganisation(f"{chemin}: illisible ({erreur})") from erreur
    if not isinstance(brut, dict):
        raise ErreurOrganisation(f"{chemin}: le fichier doit contenir un objet YAML")
    try:
        organisation = Organisation.parse_obj(brut)
    except ValidationError as erreur:
        details = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in erreur.errors()
        )
        raise ErreurOrganisation(f"{chemin}: {details}") from erreur
    if organisation.id != chemin.stem:
        raise ErreurOrganisation(
            f"{chemin}: id: '{organisation.id}' doit être le nom du fichier ('{chemin.stem}')"
        )
    return organisation


def charger_registre(dossier: Path) -> Registre:
    """Load every ``*.yml`` file of ``dossier`` (sorted by name).

    Raises:
        ErreurOrganisation: the folder is missing, or a file is wrong (see
            ``charger_organisation``), or the generic organisation is missing.

    """
    if not dossier.is_dir():
        raise ErreurOrganisation(f"{dossier}: dossier des organisations introuvable")
    return Registre({o.id: o for o in map(charger_organisation, sorted(dossier.glob("*.yml")))})
