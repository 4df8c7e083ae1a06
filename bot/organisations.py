"""Organisations (insurers, mutuelles): the schema of ``data/organisations/*.yml``, as values.

Each file describes one organisation: its services for levels 1 and 2, its mediators
(a default one, and one per kind of contract where they differ, each with its channels,
the documents it wants and the exclusions it publishes), its commitments, the documents
to attach and its rule for medical information. Every
file is checked against one schema (pydantic) when it is loaded; an error names the
file, the field and what is wrong (``edge.organisations`` reads the files). Adding an
organisation is adding a file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any, Literal

from pydantic import BaseModel, Field, root_validator, validator

from bot.calendrier import Region
from bot.litige import CasLitige, TypeContrat
from bot.texte import sans_accents

ID_AUTRE = "autre"
"""Identifier of the generic organisation used when the insurer is unknown."""


class ErreurOrganisation(Exception):
    """An organisation file is missing, unreadable or does not match the schema."""


class _Modele(BaseModel):
    class Config:
        extra = "forbid"
        frozen = True
        anystr_strip_whitespace = True


def _non_vide(valeurs: tuple[object, ...]) -> tuple[object, ...]:
    if not valeurs:
        raise ValueError("au moins un élément est requis")
    return valeurs


def _exiger_non_vide(*champs: str) -> classmethod:  # type: ignore[type-arg]
    """Pydantic validator: the listed tuple fields must not be empty."""
    return validator(*champs, allow_reuse=True)(_non_vide)


class Canal(_Modele):
    """One way to reach a service: an online form, a postal address, a website, a phone."""

    type: Literal["formulaire", "courrier", "site", "telephone"]
    libelle: str = Field(min_length=1)
    url: str | None = None
    adresse: tuple[str, ...] | None = None
    numero: str | None = None

    @validator("url")
    def _url_http(cls, url: str | None) -> str | None:
        if url is not None and not url.startswith(("https://", "http://")):
            raise ValueError("doit commencer par https:// ou http://")
        return url

    @root_validator(skip_on_failure=True)
    def _coordonnee_du_bon_type(cls, valeurs: dict[str, object]) -> dict[str, object]:
        attendu = {"courrier": "adresse", "telephone": "numero"}.get(str(valeurs["type"]), "url")
        for champ in ("url", "adresse", "numero"):
            if champ != attendu and valeurs.get(champ) is not None:
                raise ValueError(f"un canal de type {valeurs['type']} n'a pas de champ {champ}")
        return valeurs

    def en_json(self) -> dict[str, object]:
        """Return the channel as the orientation's JSON (``adresse`` as one multi-line string)."""
        sortie: dict[str, object] = {"type": self.type, "libelle": self.libelle}
        if self.url is not None:
            sortie["url"] = self.url
        if self.adresse is not None:
            sortie["adresse"] = "\n".join(self.adresse)
        if self.numero is not None:
            sortie["numero"] = self.numero
        return sortie


class Service(_Modele):
    """A service of the organisation (customer relations, complaints service)."""

    nom: str = Field(min_length=1)
    description: str = ""
    canaux: tuple[Canal, ...]
    _canaux = _exiger_non_vide("canaux")

    def adresse_postale(self) -> tuple[str, ...] | None:
        """Return the first postal address among the channels, if any."""
        return next((c.adresse for c in self.canaux if c.adresse), None)


class Exclusion(_Modele):
    """What a mediator publishes that it will not examine (brief §8).

    ``cas``: the kinds of case it matches; a case of one of these kinds gets ``texte`` as
    a warning, the mediator staying named (it decides its remit itself).
    """

    code: str = Field(regex=r"^[a-z0-9_]+$")
    texte: str = Field(min_length=1)
    cas: tuple[CasLitige, ...]
    _cas = _exiger_non_vide("cas")


class Mediateur(_Modele):
    """A mediator designated by the organisation (level 3).

    ``pieces_a_joindre``: what the person sends with the referral; ``documents``: copies
    of contract documents the mediator also asks for (CNPM, for a mutuelle: the
    membership form, the rules or notice of the contract), listed in the referral letter.
    """

    nom: str = Field(min_length=1)
    canaux: tuple[Canal, ...]
    pieces_a_joindre: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    exclusions: tuple[Exclusion, ...] = ()
    remarques: tuple[str, ...] = ()
    _canaux = _exiger_non_vide("canaux")


class Mediateurs(_Modele):
    """The organisation's mediators: a default one, and one per kind of contract if any.

    A kind of contract without its own entry goes to the default mediator (a mutuelle's
    own health cover and the prévoyance or loan guarantees it distributes for an insurer
    often have different ones: brief §8).
    """

    defaut: Mediateur
    sante: Mediateur | None = None
    prevoyance: Mediateur | None = None
    assurance_pret: Mediateur | None = None

    def pour(self, contrat: TypeContrat) -> Mediateur:
        """The mediator of a kind of contract (the default one when it has none of its own)."""
        propre: Mediateur | None = getattr(self, contrat.value)
        return propre or self.defaut

    def par_mediateur(
        self, contrats: frozenset[TypeContrat] = frozenset()
    ) -> tuple[tuple[Mediateur, tuple[TypeContrat, ...]], ...]:
        """The distinct mediators of ``contrats`` (every kind when empty), each with its kinds."""
        groupes: dict[Mediateur, list[TypeContrat]] = {}
        for contrat in TypeContrat:
            if not contrats or contrat in contrats:
                groupes.setdefault(self.pour(contrat), []).append(contrat)
        return tuple((mediateur, tuple(types)) for mediateur, types in groupes.items())

    @property
    def plusieurs(self) -> bool:
        """True when the kind of contract changes the mediator (the question is then asked)."""
        return len(self.par_mediateur()) > 1


class Engagements(_Modele):
    """Commitments on complaint handling (seed pages, ACPR 2022-R-01)."""

    accuse_reception_jours_ouvrables: int = Field(default=10, ge=1, le=60)
    reponse_mois: int = Field(default=2, ge=1, le=12)
    objectif_reponse_jours_calendaires: int | None = Field(default=None, ge=1, le=60)
    exceptions_objectif: tuple[str, ...] = ()


class DonneesMedicales(_Modele):
    """How the organisation wants complaints that contain medical information."""

    courrier_uniquement: bool = True
    destinataire: str = "Médecin Conseil"
    adresse: tuple[str, ...] | None = None


class ContactHumain(_Modele):
    """How a person reaches a human being at the organisation."""

    libelle: str = Field(min_length=1)
    canaux: tuple[Canal, ...]
    _canaux = _exiger_non_vide("canaux")


class NumeroAdherent(_Modele):
    """Format of the membership number, when the organisation declares one."""

    format: str | None = None
    exemple: str | None = None


class Organisation(_Modele):
    """Everything the assistant knows about one insurer or mutuelle."""

    id: str = Field(regex=r"^[a-z0-9][a-z0-9-]*$")
    nom: str = Field(min_length=1)
    prefixe_reference: str = Field(regex=r"^[A-Z]{2,4}$")
    alias: tuple[str, ...] = ()
    site: str | None = None
    region: Region = Region.NATIONAL
    generique: bool = False
    relation_adherents: Service
    service_reclamations: Service
    mediateurs: Mediateurs
    engagements: Engagements = Engagements()
    pieces_a_joindre: tuple[str, ...]
    donnees_medicales: DonneesMedicales = DonneesMedicales()
    contact_humain: ContactHumain
    numero_adherent: NumeroAdherent = NumeroAdherent()
    _pieces = _exiger_non_vide("pieces_a_joindre")

    def instantane(self) -> dict[str, Any]:
        """The organisation as plain JSON data (a dossier keeps it as it was that day)."""
        donnees: dict[str, Any] = json.loads(self.json())
        return donnees


class Registre(Mapping[str, Organisation]):
    """The organisations known to the assistant, by id."""

    def __init__(self, organisations: Mapping[str, Organisation]) -> None:
        self._organisations = dict(organisations)
        if ID_AUTRE not in self._organisations:
            raise ErreurOrganisation(f"le fichier générique '{ID_AUTRE}.yml' est obligatoire")

    def __getitem__(self, identifiant: str) -> Organisation:
        return self._organisations[identifiant]

    def __iter__(self) -> Iterator[str]:
        return iter(self._organisations)

    def __len__(self) -> int:
        return len(self._organisations)

    def generique(self) -> Organisation:
        """Return the generic organisation (insurer not in the data)."""
        return self._organisations[ID_AUTRE]

    def ou_generique(self, identifiant: str) -> Organisation:
        """Return the organisation ``identifiant``, or the generic one when it is unknown."""
        return self._organisations.get(identifiant) or self.generique()

    def reconnaitre(self, texte: str) -> Organisation | None:
        """Return the organisation whose id, name or alias appears in ``texte``."""
        return next(iter(self.nommees(texte)), None)

    def nommees(self, texte: str) -> tuple[Organisation, ...]:
        """Return every known organisation whose id, name or alias appears in ``texte``."""
        cible = _mots(texte)
        return tuple(
            organisation
            for organisation in self._organisations.values()
            if not organisation.generique
            and any(
                _mots(nom) in cible
                for nom in (organisation.id, organisation.nom, *organisation.alias)
            )
        )


def _mots(texte: str) -> str:
    """Lower-case, accent-free words of ``texte`` separated by single spaces and padded."""
    return f" {' '.join(re.findall(r'[a-z0-9]+', sans_accents(texte).lower()))} "
