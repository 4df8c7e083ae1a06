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
from bot.saisie import StatutNumero, analyser_numero_adherent, normaliser_nom, valider_email
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
    r"|\bpardon\b|\berreur\b|\bje corrige\b|\bje rectifie\b|\bcorrection\b"
    r"|\bau temps pour moi\b|\bautant pour moi\b|\bil s'est trompee?\b|\belle s'est trompee\b"
    r"|\bje voulais dire\b|\bpas le\b.+\bmais le\b"
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
    """An earlier answer the person asks to change, with slot-ready values."""

    slot: str
    ancienne: object
    nouvelle: object


def proposer_correction(
    texte: str, reponses: Mapping[str, object], demande: str | None, aujourdhui: date
) -> Correction | None:
    """Return the earlier answer an explicit correction changes, if there is exactly one.

    A correction needs a marker (``marque_une_correction``) and an answer already given
    that it applies to, other than the question being asked (an answer to that question
    is an answer, not a correction): the written complaint's date, the e-mail address,
    a name or the membership number said with what it is ("mon nom c'est…", "son numéro
    c'est…"), or a yes/no fact stated by the sentence (``bot.faits``).

    Args:
        texte: the reply as typed.
        reponses: the answers so far by slot name (ISO dates, booleans, strings; ``None``
            when not answered).
        demande: the slot the form is asking for, if any.
        aujourdhui: the current date, to read a date.

    Returns:
        The correction to confirm with the person, or ``None``.

    """
    if not marque_une_correction(texte):
        return None
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
    applicables = [
        c
        for c in candidates
        if c.slot != demande and c.ancienne is not None and c.ancienne != c.nouvelle
    ]
    return applicables[0] if len(applicables) == 1 else None


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
