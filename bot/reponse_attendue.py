"""A reply to a form's question: the answer it gives, the side question it asks, a correction.

While a form asks a question, the reply is first read as an answer to that question.
These functions say which part of a reply is the answer ("non" in "non, et c'est gratuit
le médiateur ?"), whether the reply also asks something (a question or a request), and
whether it explicitly corrects an earlier answer ("en fait c'était le 13 mars").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date

from bot.dates_fr import analyser_date
from bot.faits import FaitsExtraits, extraire_faits
from bot.jalons import date_en_francais
from bot.litige import MontantEnJeu, TypeContrat, code_montant, codes_contrats
from bot.organisations import Registre
from bot.saisie import (
    StatutNumero,
    analyser_numero_adherent,
    nettoyer_texte_libre,
    normaliser_nom,
    valider_email,
)
from bot.sante import contient_donnees_medicales
from bot.texte import normaliser

_INTERROGATIF = re.compile(
    r"^(?:(?:et|mais|sinon|alors|du coup) )?"
    r"(?:est ce qu|qu'est ce|c'est quoi|c quoi|comment|pourquoi|combien|quand|quel(?:le)?s?\b"
    r"|qui\b|ou\b|puis je|peut on|peut il|pourrais je|pourrait on|dois je|faut il|a quoi"
    r"|ca coute|ca prend|y a t il|ya t il)"
)
_DEMANDE = re.compile(
    r"\b(?:je (?:veux|voudrais|souhaite|souhaiterais|prefere|prefererais|demande)"
    r"|j'(?:aimerais|aimerai|voudrais|veux|souhaite)|jveux"
    r"|pouvez vous|pourriez vous|vous pouvez|peux tu|tu peux|merci de|svp|s'il vous plait)\b"
)
_MOTS_D_UNE_DEMANDE_COURTE = re.compile(
    r"\b(?:conseill\w*|humain|quelqu'un|personne reelle|agent|recommencer|recommence"
    r"|reprendre|tout effacer|zero|mediat\w*|gratuit\w*|payant\w*|delais?|robot)\b"
)
_SEGMENTS = re.compile(r"(?<=[,;.!?:])\s+|\s+(?=(?:et|mais|sinon|par contre|du coup)\s)")
_PONCTUATION_FINALE = re.compile(r"[\s,;.:!]+$")

_MARQUEUR_CORRECTION = re.compile(
    r"\ben fait\b|\bje me suis trompee?\b|\bje me trompe\b|\bplutot\b|\bnon c'(?:etait|est)\b"
    r"|\bpardon\b|\berreur\b|\bcorrection\b|\bcorrig\w*|\brectifi\w*"
    r"|\bau temps pour moi\b|\bautant pour moi\b|\bil s'est trompee?\b|\belle s'est trompee\b"
    r"|\bje voulais dire\b|\bpas le\b.+\bmais le\b|\b(?:j'ai|il a|elle a) oublie\b"
)

_IDENTITE_NOMMEE = {
    slot: re.compile(
        rf"\b(?:mon|son|ma|sa) {mot} (?:de famille )?(?:c['’]est|est|:)\s*(?P<valeur>[^,;.!?]+)",
        re.IGNORECASE,
    )
    for slot, mot in (("nom", "nom"), ("prenom", "pr[ée]nom"))
}
"""A name said with what it is ("en fait mon nom c'est Durand")."""

_NUMERO_NOMME = re.compile(
    r"(?:\bnum[ée]ro\b|\bn°)(?!\s*(?:de\s+)?(?:t[ée]l|portable|dossier|r[ée]f|s[ée]cu))"
    r"(?P<valeur>.*)",
    re.IGNORECASE,
)
"""A membership number said with what it is ("en fait son numéro c'est 12345678")."""

_NEGATION = re.compile(
    r"\b(?:pas|plut[ôo]t que|au lieu d[e'’]|et non)\b(?:(?!\bmais\b|\bc['’]est\b)[^,;.!?])*",
    re.IGNORECASE,
)
"""What a sentence says the answer is not ("chez Mutex, pas chez Identités Mutuelle")."""

_AUTRE_ORGANISME = re.compile(
    r"\b(?:un autre (?:organisme|assureur)|une autre (?:mutuelle|assurance|complementaire))\b"
)
_CHEZ_UN_NOM = re.compile(r"\bchez\s+(?:l['’])?[A-ZÀ-Ý]")
"""An organisation the registry does not know, said as one ("en fait c'est chez Harmonie")."""

_CONTRAT_NOMME = re.compile(
    r"\b(?:contrats?|garanties?|prevoyance|complementaire|assurance (?:de )?pret"
    r"|assurance emprunteur)\b"
)
_SOMME_NOMMEE = re.compile(r"(?=.*\d)(?:.*\b(?:montant|somme|euros?)\b|.*€)")
"""A sum said as one ("en fait le montant c'est 320 €", "c'est 250 euros")."""

_NATURE_NOMMEE = re.compile(
    r"\b(?:la nature|l['’]objet|la description|le motif"
    r"|ce qu(?:e |['’])(?:je|il|elle|l['’]adh[ée]rente?) contest\w*)"
    r"(?: (?:de|d['’]) ?(?:ma|sa|la|votre|leur) r[ée]clamation)?"
    r"(?:\s*(?::|,|-|par|c['’]est|est|porte sur))+\s*(?P<valeur>.+)",
    re.IGNORECASE,
)
"""The complaint's nature said with what it is ("je voudrais corriger la nature : …")."""

_PIECE_AJOUTEE = re.compile(
    r"\b(?:ajout|rajout)\w*\s+(?:(?:aussi|[ée]galement|en plus|aux (?:pi[eè]ces|documents))\s+)*"
    r"(?!que\b|qu['’])(?P<valeur>.+)",
    re.IGNORECASE,
)
"""A document added to those given ("en fait il faut ajouter la facture")."""

_PIECES_NOMMEES = re.compile(
    r"\b(?:pi[eè]ces?(?: jointes?)?|documents?|justificatifs?)"
    r"(?:\s*(?::|c['’]est|ce sont))+\s*(?P<valeur>.+)",
    re.IGNORECASE,
)
"""The documents said with what they are ("correction, la pièce c'est le décompte")."""

_FIN_D_AJOUT = re.compile(
    r"\s+(?:aussi|[ée]galement|en plus|aux (?:pi[eè]ces|documents)(?: [àa] joindre)?)\W*$",
    re.IGNORECASE,
)
_PIECE_NIEE = re.compile(
    r"[\s,]+(?:et |mais )?pas (?:la|le|les|l['’]|mon|ma|mes|de|du|des)\b[^,;.!?]*$",
    re.IGNORECASE,
)
_SANS_PIECE = re.compile(
    r"(?:non|rien|aucun\w*|pas de|je n'(?:en )?ai (?:pas|rien)"
    r"|(?:il|elle) n'(?:en )?a (?:pas|rien))"
    r"(?: (?:pieces?|documents?|justificatifs?))?(?: jointes?)?[ .!]*"
)
"""An answer that gives no document ("aucune pièce"): a document added replaces it."""

SLOTS_OUI_NON = tuple(f.name for f in fields(FaitsExtraits) if f.name != "date_reclamation_ecrite")
"""The yes/no answers a correction may change (the facts a sentence can state)."""


def _segment_interroge(segment: str) -> bool:
    replie = normaliser(segment)
    return "?" in segment or bool(_INTERROGATIF.match(replie) or _DEMANDE.search(replie))


def lit_comme_question(texte: str) -> bool:
    """Tell whether a reply asks something: a question, a request, or a bare side keyword.

    ``"c'est gratuit ?"``, ``"est-ce que je peux saisir le médiateur"``,
    ``"je voudrais parler à quelqu'un"`` and ``"conseiller"`` do; ``"oui"``,
    ``"je les ai eus au téléphone"`` and ``"Dupont"`` do not.
    """
    if any(_segment_interroge(s) for s in _SEGMENTS.split(texte.strip())):
        return True
    replie = normaliser(texte)
    return len(replie.split()) <= 3 and bool(_MOTS_D_UNE_DEMANDE_COURTE.search(replie))


def partie_reponse(texte: str) -> str:
    """Return what a reply says before it starts asking something ('' when it only asks).

    ``"non, et c'est gratuit le médiateur ?"`` gives ``"non"``; ``"c'est quoi le
    médiateur ?"`` gives ``""``; a reply that asks nothing is returned whole.
    """
    if not lit_comme_question(texte):
        return texte.strip()
    avant: list[str] = []
    for segment in _SEGMENTS.split(texte.strip()):
        if _segment_interroge(segment):
            break
        avant.append(segment)
    reponse = _PONCTUATION_FINALE.sub("", " ".join(avant))
    replie = normaliser(reponse)
    if len(replie.split()) <= 3 and _MOTS_D_UNE_DEMANDE_COURTE.search(replie):
        return ""
    return reponse


def marque_une_correction(texte: str) -> bool:
    """Tell whether a reply explicitly corrects something ("en fait", "je me suis trompé")."""
    return bool(_MARQUEUR_CORRECTION.search(normaliser(texte)))


@dataclass(frozen=True)
class Correction:
    """An earlier answer the person asks to change, with slot-ready values.

    ``ajout``: for the documents, the one added to those already given (``nouvelle``
    then lists them all); ``None`` when ``nouvelle`` replaces ``ancienne``.
    """

    slot: str
    ancienne: object
    nouvelle: object
    ajout: str | None = None


def proposer_correction(
    texte: str,
    reponses: Mapping[str, object],
    demande: str | None,
    aujourdhui: date,
    registre: Registre,
) -> Correction | None:
    """Return the earlier answer an explicit correction changes, if there is exactly one.

    A correction needs a marker (``marque_une_correction``) and an answer already given
    that it applies to, other than the question being asked (an answer to that question
    is an answer, not a correction), read as that answer's own question reads it:

    - the nature or the documents, when the sentence names them ("je voudrais corriger
      la nature : …", "la pièce c'est le décompte"): the rest of the sentence replaces
      them, whatever it says (dates included); a document added ("il faut ajouter la
      facture") joins those given, or replaces "aucune pièce";
    - otherwise the written complaint's date, the e-mail address, a name or the
      membership number said with what it is ("mon nom c'est…", "son numéro c'est…"), a
      yes/no fact stated by the sentence (``bot.faits``), the organisation named ("en
      fait c'est chez Mutex, pas Identités Mutuelle"), the contract named ("plutôt mon
      contrat prévoyance") or the sum at stake ("elle s'est trompée, c'est 250 euros").

    Args:
        texte: the reply as typed.
        reponses: the answers so far by slot name (ISO dates, booleans, strings, lists of
            codes; ``None`` when not answered).
        demande: the slot the form is asking for, if any.
        aujourdhui: the current date, to read a date.
        registre: the known organisations, to read one's name.

    Returns:
        The correction to confirm with the person, or ``None``.

    """
    if not marque_une_correction(texte):
        return None
    if any(motif.search(texte) for motif in (_NATURE_NOMMEE, _PIECE_AJOUTEE, _PIECES_NOMMEES)):
        candidates = _corrections_d_un_texte_libre(texte, reponses)
    else:
        candidates = [
            *_corrections_d_un_fait(texte, reponses, aujourdhui),
            *_corrections_d_un_choix(texte, reponses, registre),
        ]
    applicables = [
        c
        for c in candidates
        if c.slot != demande and c.ancienne is not None and c.ancienne != c.nouvelle
    ]
    return applicables[0] if len(applicables) == 1 else None


def _corrections_d_un_fait(
    texte: str, reponses: Mapping[str, object], aujourdhui: date
) -> list[Correction]:
    """The date, e-mail, names, membership number and yes/no facts a sentence gives."""
    candidates: list[Correction] = []
    faits = extraire_faits(texte, aujourdhui)
    date_lue = _date_de_la_reclamation(texte, faits, aujourdhui)
    if date_lue is not None:
        candidates.append(
            Correction(
                "date_reclamation_ecrite",
                reponses.get("date_reclamation_ecrite"),
                date_lue.isoformat(),
            )
        )
    email = valider_email(texte)
    if email:
        candidates.append(Correction("email", reponses.get("email"), email))
    for slot, motif in _IDENTITE_NOMMEE.items():
        nomme = motif.search(texte)
        nom = normaliser_nom(nomme["valeur"]) if nomme else None
        if nom:
            candidates.append(Correction(slot, reponses.get(slot), nom))
    numero = _numero_nomme(texte)
    if numero:
        candidates.append(Correction("numero_adherent", reponses.get("numero_adherent"), numero))
    for slot in SLOTS_OUI_NON:
        valeur = getattr(faits, slot)
        if valeur is not None:
            candidates.append(Correction(slot, reponses.get(slot), valeur))
    return candidates


def _corrections_d_un_choix(
    texte: str, reponses: Mapping[str, object], registre: Registre
) -> list[Correction]:
    """The organisation, the contract and the sum at stake a sentence names."""
    lus = {
        "organisation": _organisation_nommee(texte, registre),
        "contrat": _contrats_nommes(texte),
        "montant_litige": code_montant(texte) if _SOMME_NOMMEE.match(normaliser(texte)) else None,
    }
    return [Correction(slot, reponses.get(slot), lu) for slot, lu in lus.items() if lu is not None]


def _organisation_nommee(texte: str, registre: Registre) -> str | None:
    """The one organisation a sentence names, leaving out those it denies.

    A name the registry does not know ("chez Harmonie") or "une autre mutuelle" is the
    generic organisation, as the organisation's own question reads it.
    """
    affirme = _NEGATION.sub("", texte)
    nommees = registre.nommees(affirme)
    if len(nommees) == 1:
        return nommees[0].id
    if not nommees and (
        _AUTRE_ORGANISME.search(normaliser(affirme)) or _CHEZ_UN_NOM.search(affirme)
    ):
        return registre.generique().id
    return None


def _contrats_nommes(texte: str) -> list[str] | None:
    """The kinds of contract a sentence names as contracts, leaving out those it denies."""
    if not _CONTRAT_NOMME.search(normaliser(texte)):
        return None
    codes = codes_contrats(texte)
    return codes_contrats(_NEGATION.sub("", texte)) if codes else codes


def _corrections_d_un_texte_libre(texte: str, reponses: Mapping[str, object]) -> list[Correction]:
    """The nature or the documents a sentence names, with their new text."""
    candidates: list[Correction] = []
    nature = _NATURE_NOMMEE.search(texte)
    nouvelle = _texte_libre(nature["valeur"]) if nature else None
    if nouvelle:
        candidates.append(Correction("nature", reponses.get("nature"), nouvelle))
    pieces = _correction_des_pieces(texte, reponses.get("pieces"))
    if pieces:
        candidates.append(pieces)
    return candidates


def _correction_des_pieces(texte: str, anciennes: object) -> Correction | None:
    """Documents added to those given ("il faut ajouter la facture"), or named anew."""
    ajoutee = _PIECE_AJOUTEE.search(texte)
    if ajoutee:
        piece = _texte_libre(_FIN_D_AJOUT.sub("", ajoutee["valeur"]))
        if piece is None:
            return None
        if not isinstance(anciennes, str) or _SANS_PIECE.fullmatch(normaliser(anciennes)):
            return Correction("pieces", anciennes, piece)
        return Correction("pieces", anciennes, f"{anciennes.rstrip(' .;,')} ; {piece}", piece)
    nommees = _PIECES_NOMMEES.search(texte)
    pieces = _texte_libre(_PIECE_NIEE.sub("", nommees["valeur"])) if nommees else None
    return Correction("pieces", anciennes, pieces) if pieces else None


def _texte_libre(valeur: str) -> str | None:
    """A free answer as its own question keeps it: cleaned, never with medical details."""
    propre = nettoyer_texte_libre(valeur.strip(' «»"“”'))
    return None if propre is None or contient_donnees_medicales(propre) else propre


_CONTRATS_LISIBLES = {
    TypeContrat.SANTE: "la complémentaire santé",
    TypeContrat.PREVOYANCE: "la prévoyance (décès, invalidité, dépendance)",
    TypeContrat.ASSURANCE_PRET: "l'assurance de prêt",
}
_MONTANTS_LISIBLES = {
    MontantEnJeu.AU_PLUS_5000: "5 000 € ou moins",
    MontantEnJeu.PLUS_DE_5000: "plus de 5 000 €",
    MontantEnJeu.INCONNU: "montant inconnu",
}
LONGUEUR_LISIBLE = 160
"""A free answer longer than this is cut in the confirmation question."""


def valeur_lisible(slot: str, valeur: object, registre: Registre) -> str:
    """A slot value as the person reads it in the confirmation ("Je remplace … par … ?")."""
    if slot == "organisation" and isinstance(valeur, str):
        organisation = registre.ou_generique(valeur)
        return (
            "un autre organisme (règles générales)" if organisation.generique else organisation.nom
        )
    if slot == "contrat" and isinstance(valeur, list):
        contrats = [_CONTRATS_LISIBLES[TypeContrat(code)] for code in valeur]
        return " et ".join(contrats) or "contrat inconnu"
    if slot == "montant_litige" and isinstance(valeur, str):
        return _MONTANTS_LISIBLES[MontantEnJeu(valeur)]
    if slot == "numero_adherent" and valeur == StatutNumero.AUCUN.value:
        return "aucun numéro"
    if slot == "date_reclamation_ecrite" and isinstance(valeur, str):
        return date_en_francais(date.fromisoformat(valeur))
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if isinstance(valeur, str):
        return nettoyer_texte_libre(valeur, LONGUEUR_LISIBLE) or valeur
    return str(valeur)


def _numero_nomme(texte: str) -> str | None:
    """The membership number a correction names ("en fait mon numéro c'est AB123456")."""
    nomme = _NUMERO_NOMME.search(texte)
    if nomme is None:
        return None
    lu = analyser_numero_adherent(nomme["valeur"], None)
    return lu.numero if lu.statut is StatutNumero.FOURNI else None


def _date_de_la_reclamation(texte: str, faits: FaitsExtraits, aujourdhui: date) -> date | None:
    """The written complaint's date a correction gives, if the date is about it.

    The date said with the writing ("en fait je leur ai écrit le 5"), or a date alone
    ("en fait c'était le 5 octobre"); a date said with another fact is that fact's date
    ("en fait ils m'ont répondu le 20 octobre": the answer's, not the complaint's).
    """
    if faits.date_reclamation_ecrite is not None:
        return faits.date_reclamation_ecrite
    if any(getattr(faits, slot) is not None for slot in SLOTS_OUI_NON):
        return None
    lue = analyser_date(texte, aujourdhui)
    return lue.valeur if lue.erreur is None else None
