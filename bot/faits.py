"""Facts stated in the person's first message: contacts, written complaint, answer, court.

The first message often already says where the person stands ("j'ai envoyé un courrier
le 3 octobre et toujours aucune réponse"); the form then only asks what is missing.

Precision over recall: a wrong fact sends the person to the wrong level, a missing one
only costs a question. So a fact is set only when the text says it plainly:

- a statement counts only when nothing in its clause negates it (``ne``, ``pas``,
  ``jamais``, ``sans``, ``j'attends``…) or makes it hypothetical (``je vais``, ``si``,
  ``je veux``, ``est-ce que``…): "je vais saisir le tribunal" is not a court case;
- what the insurer sent ("ils m'ont envoyé un courrier") is not the person's written
  complaint;
- when the text says a thing and its contrary, the fact stays unknown;
- any letter, mail, courrier or online form the person sent counts as a written
  complaint (a written request is not told apart from a complaint), and so does a
  complaint or letter still waiting for its answer ("ils ne répondent pas à ma
  réclamation");
- an answer, or its absence, implies a prior contact ("ils ne m'ont jamais répondu");
- typos on the few words the patterns look for are forgiven ("jai envoyer un courié",
  "reclamtion", ``bot.texte.corriger_fautes``), after the SMS spellings are spelled out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.dates_fr import analyser_dates
from bot.texte import FIN_DE_PHRASE, corriger_fautes, normaliser_sms


@dataclass(frozen=True)
class FaitsExtraits:
    """What the first message says; ``None`` everywhere it says nothing clear."""

    contact_prealable: bool | None = None
    reclamation_ecrite: bool | None = None
    date_reclamation_ecrite: date | None = None
    reponse_recue: bool | None = None
    reponse_satisfaisante: bool | None = None
    procedure_en_cours: bool | None = None

    @property
    def etat_d_une_reclamation(self) -> bool:
        """Whether the message tells where a complaint stands, not a mere contact.

        A written complaint, an answer or its absence: a request that says so
        ("j'ai écrit il y a deux mois pour mon RIB, toujours rien") is a complaint.
        """
        return bool(self.reclamation_ecrite) or self.reponse_recue is not None


# --- clauses and what cancels a statement --------------------------------------------

_FIN_DE_PROPOSITION = re.compile(
    rf"{FIN_DE_PHRASE}|[:()]|,(?!\d)"
    r"|\b(?:mais|et|puis|car|donc|alors|pourtant|cependant|sauf que)\b"
)
_PHRASE = re.compile(FIN_DE_PHRASE)
_SAUT_DE_LIGNE = re.compile(r"\s*\n\s*")

_NEGATION = re.compile(r"\b(?:ne|n'|pas|jamais|aucune?|sans|ni|rien|attends|attendons|attente)\b")
"""Words that deny a statement or say it has not happened yet."""
_HYPOTHESE = re.compile(
    r"\b(?:vais|allons|vont|veux|voudrais|souhaite|souhaiterais|je compte|envisage"
    r"|je pense|pourrais|pourrait|peux|puis je|dois je|faut il|faudra|faudrait|si|sinon"
    r"|s'ils?|s'elles?"
    r"|avant de|pret a|prete a|menace|comment|est ce qu(?:e|')|conseillez|conseilleriez"
    r"|peut on|peut il|peut elle|combien de temps|au bout de combien)\b"
)
"""Words that make a statement an intention, a condition or a question."""
_VENANT_DE_L_ASSUREUR = re.compile(
    r"\bm'(?:ont|a|avez|avait|avaient)\b|\b(?:ils|elles|on) m'|\bnous ont\b|\brepon\w*|\brecue?s?\b"
)
"""Words showing that a letter or mail came from the insurer ("ils m'ont envoyé un
courrier", "réponse par mail"), so it is not the person's written complaint."""


def _bornes(texte: str, position: int, fin: re.Pattern[str]) -> tuple[int, int]:
    """Return the start and end of the clause (or sentence) around ``position``."""
    debut = 0
    for m in fin.finditer(texte, 0, position):
        debut = m.end()
    suivante = fin.search(texte, position)
    return debut, suivante.start() if suivante else len(texte)


def _mentions(
    motif: re.Pattern[str], texte: str, *annulations: re.Pattern[str]
) -> list[re.Match[str]]:
    """Return the matches of ``motif`` that no word of ``annulations`` cancels.

    A word cancels a match when it appears between the start of the match's clause and
    the end of the match (what follows the match in its clause does not count).
    """
    retenues = []
    for m in motif.finditer(texte):
        debut, _ = _bornes(texte, m.start(), _FIN_DE_PROPOSITION)
        portee = texte[debut : m.end()]
        if not any(annulation.search(portee) for annulation in annulations):
            retenues.append(m)
    return retenues


def _polarite(
    oui: re.Pattern[str],
    non: re.Pattern[str],
    texte: str,
    annule_non: tuple[re.Pattern[str], ...] = (),
) -> bool | None:
    """Say ``True`` or ``False`` when only one side is stated, else ``None``.

    ``oui`` is cancelled by negation and hypothesis; ``non``, which carries its own
    negation, by hypothesis and by the extra ``annule_non`` patterns.
    """
    return _trancher(
        bool(_mentions(oui, texte, _NEGATION, _HYPOTHESE)),
        bool(_mentions(non, texte, _HYPOTHESE, *annule_non)),
    )


def _trancher(dit_oui: bool, dit_non: bool) -> bool | None:
    """Return what the text says when it says only one thing, else ``None``."""
    return dit_oui if dit_oui != dit_non else None


# --- written complaint ----------------------------------------------------------------

_ECRIT = (
    r"(?:courriers?|lettres?|recommandes?|mails?|e mails?|emails?|courriels?"
    r"|reclamations? ecrites?|formulaires?)"
)
_ECRITE_OUI = re.compile(
    r"\b(?:envoye|adresse|ecrit|poste|expedie|redige|depose|transmis|rempli|fait)e?s?"
    rf" (?:\S+ ){{0,3}}?{_ECRIT}\b"
    rf"|\b{_ECRIT} (?:\S+ ){{0,2}}?(?:envoye|adresse|poste|expedie|depose|transmis)e?s?\b"
    r"|\b(?:j'ai|je (?:leur|lui|vous) ai|nous (?:leur |lui |vous )?avons"
    r"|(?:il|elle|client|cliente|adherente?|assuree?|appelante?|dame|monsieur|personne"
    r"|souscripteur|souscriptrice|beneficiaire|pere|mere|mari|epouse|femme|fils|fille)"
    r" (?:leur |lui |vous )?a) (?:\S+ ){0,2}?ecrit\b"
    r"|\b(?:envoye|adresse|poste|expedie|depose|transmis)e?s? (?:\S+ ){0,3}?reclamations?\b"
    r"|\bpar (?:ecrit|courrier|lettre|mail|e mail|email|courriel|recommande|voie postale)\b"
    r"|\b(?:reclamation|demande) (?:\S+ )?(?:en ligne|sur (?:leur|le) site|sur (?:mon|leur)"
    r" espace|via (?:leur|le) (?:site|formulaire|espace))\b"
)
_MON_ECRIT = re.compile(rf"\b(?:mon|ma|mes|notre|nos) {_ECRIT}\b(?! ?(?:c'est |est |: ?)?\S*@)")
"""My letter, my mail: the person wrote, even when "nobody answered my letter"."""
_RECLAMATION_SANS_REPONSE = re.compile(
    r"\b(?:pas|jamais|aucune?|sans|rien)\b(?: \S+){0,3}? (?:a|depuis|sur|concernant|de)"
    rf" (?:mon|ma|mes|sa|son|ses|notre|nos) (?:reclamations?|{_ECRIT})\b"
    r"|\b(?:mon|ma|mes|sa|ses|notre|nos) reclamations? (?:\S+ ){0,3}?"
    r"(?:sans (?:reponse|suite|retour|nouvelles?)|en attente)\b"
    r"|\bdepuis (?:mon|ma|mes|sa|notre) reclamation\b"
)
"""A complaint or letter waiting for its answer ("ils ne répondent pas à ma réclamation",
"elle n'a jamais eu de réponse à sa lettre") was written: one waits for an answer to a
written complaint, not to a call."""
_PAS_ENVOYE = re.compile(r"\b(?:pas|jamais) (?:encore )?(?:envoye|poste|ecrit|redige|fini)")
"""What cancels "mon courrier": "je n'ai pas encore envoyé mon courrier"."""
_ECRITE_NON = re.compile(
    r"\b(?:je n'ai|je ne (?:leur|lui|vous) ai|nous n'avons|nous ne (?:leur|lui|vous) avons"
    r"|(?:il|elle) n'a|(?:il|elle) ne (?:leur|lui|vous) a)"
    r" (?:pas|jamais|rien|encore jamais)(?: encore)? (?:\S+ )?(?:ecrit|envoye)\b"
    r"|\b(?:seulement|uniquement|juste|que) (?:par |au )?(?:telephone|appelee?s?|oralement"
    r"|en agence|au guichet)\b"
    r"|\bn'ai fait que (?:les |leur |l')?(?:appeler|telephoner)\b"
    r"|\b(?:aucune|pas de|pas encore de) reclamation (?:ecrite|par ecrit)\b"
    r"|\b(?:aucun|sans|pas d'|pas encore d'|jamais d') ?ecrits?\b"
    r"|\bpas (?:encore )?(?:fait|envoye|ecrit) de (?:reclamation|courrier|lettre|mail)\b"
)

# --- contact --------------------------------------------------------------------------

_CONTACT_OUI = re.compile(
    r"\b(?:j'ai|je (?:les|leur|lui|l'|vous) ai|nous (?:les |leur |lui |vous )?avons"
    r"|on (?:les|leur) a|(?:il|elle) (?:les |leur |lui |l')?a)"
    r" (?:\S+ ){0,3}?(?:appele|telephone|contacte|joint|relance|ecrit"
    r"|signale|sollicite|rappele|reclame)e?s?\b(?! personne\b)"
    r"|\bj'ai (?:\S+ )?fait (?:une|plusieurs|des|deux|trois) (?:reclamations?|appels?)\b"
    r"|\b(?:plusieurs|nombreux|nombreuses|mes|deux|trois|multiples) (?:appels|relances"
    r"|reclamations)\b"
    r"|\b(?:suis|sommes) (?:alle|passe|rendu)e?s? (?:a l'|en|dans l'|dans leur|a leur) agence\b"
    r"|\bj'ai eu (?:le|la|un|une|plusieurs) (?:service|conseill\w+|gestionnaire"
    r"|interlocut\w+)\b"
    r"|\b(?:service client|conseill\w+|gestionnaire|service reclamations?)"
    r" (?:\S+ ){0,2}?m'(?:a|ont) (?:dit|repondu|explique|affirme|assure|promis|rappele)\b"
)
_CONTACT_NON = re.compile(
    r"\bn'(?:ai|avons|a) (?:\S+ ){0,2}?(?:contacte|appele|joint|sollicite) personne\b"
    r"|\b(?:j'ai|on a|nous avons|(?:il|elle) a) (?:encore |toujours |jamais |pas encore )?"
    r"(?:contacte|appele|joint|sollicite) personne\b"
    r"|\b(?:je|nous|il|elle) ne (?:les|leur|l'|lui) (?:ai|avons|a) (?:pas|jamais|encore jamais)"
    r"(?: encore)? (?:contacte|appele|joint|ecrit|sollicite|prevenu)e?s?\b"
    r"|\b(?:pas encore|jamais) (?:pris contact|contacte|appele|joint)\b"
    r"|\baucune demarche\b"
)

# --- answer ---------------------------------------------------------------------------

_REPONSE_OUI = re.compile(
    r"\b(?:m'?|nous |l')?(?:ont|a) (?:\S+ ){0,2}?repondu\b"
    r"|\b(?:j'ai|nous avons|(?:il|elle) a) (?:\S+ ){0,2}?(?:recu|eu|obtenu)"
    r" (?:une|leur|la|sa|des|leurs)"
    r" (?:\S+ )?reponses?\b"
    r"|\b(?:leur|sa|la|cette) reponse\b(?= (?:\S+ )?(?:est|etait|a|m'a|ne|n'|me|m'|du|de"
    r"|negative|defavorable|favorable|positive|indique|dit|explique|precise|par))"
    r"|\breponse (?:recue|obtenue|arrivee|negative|defavorable|de refus)\b"
    r"|\brefus (?:ecrit |par ecrit |par courrier |par mail )?(?:recu|notifie|arrive)\b"
    r"|\b(?:recu|eu|obtenu) (?:un|leur|le|son) refus (?:ecrit|par ecrit|par courrier)\b"
    r"|\b(?:ont|a) (?:\S+ )?(?:refuse|rejete|classe) ma reclamation\b"
    r"|\bma reclamation a ete (?:\S+ )?(?:rejetee|refusee|classee)\b"
)
_INSISTANCE = r"(?:toujours|encore|meme|vraiment|du tout)"
"""Adverbs around a negation: "ils n'ont toujours pas répondu", "jamais encore"."""
_REPONSE_NON = re.compile(
    r"\b(?:aucune?|sans|pas|jamais|plus|toujours pas|pas encore|toujours aucune?|pas la moindre)"
    r"(?: (?:encore |jamais )?(?:eu|recu|obtenu))?(?: (?:de|la moindre|aucune?))? (?:reponses?"
    r"|retours?|nouvelles?)\b(?! (?:satisfaisante|claire|precise|valable|correcte|convenable"
    r"|definitive))"
    r"|\bn(?:e |')(?:m'|me |nous |l'|y )?(?:ont|a|avez|avons)(?: \S+){0,2} repondu\b"
    rf"|\b(?:ont|a|avez|avons|avait|avaient)(?: {_INSISTANCE})? (?:pas|jamais|plus|rien)"
    rf"(?: {_INSISTANCE})? repondu\b"
    rf"|\brepond(?:ent|ait|aient)?(?: {_INSISTANCE})? (?:pas|jamais|plus|rien)\b"
    r"(?! a (?:ma|mes|la|sa|leurs?) questions?)"
    r"|\b(?:toujours|encore|jamais) rien\b(?= ?(?:$|[,.;!?:(]|(?:et|mais|depuis|recu|eu|obtenu|de"
    r" (?:leur|sa|la|son|leurs) (?:part|cote)|du cote|de (?:la|ma|sa) mutuelle|de l'assureur"
    r"|de (?:mon|son) assureur)\b))"
    r"|\brien (?:recu|eu|obtenu)\b(?! (?:comme|en) )|\brien depuis\b"
    r"|\b(?:j'attends|attends|attend|attendons|attendent|en attente d'une"
    r"|en attente de (?:leur|la|sa))(?: \S+){0,2}? reponse\b"
    r"|\bsilence radio\b|\bni (?:de )?(?:reponses?|retours?)\b"
)
"""The absence of an answer, in the first or third person, with or without ``ne``:
"ils ont jamais répondu", "elle n'a toujours pas eu de retour", "toujours rien"."""
_SATISFAIT_OUI = re.compile(
    r"\b(?:satisfaite?s?|contente?s?|ravie?s?) (?:de|par) (?:leur|la|cette|sa) reponse\b"
    r"|^(?:(?:oui|il|elle|je|j'en) )?(?:est |suis |sommes )?"
    r"(?:satisfaite?s?|contente?s?|ravie?s?)\b"
    r"|\b(?:ca|cela) (?:me|lui|nous) (?:va|convient)\b(?! pas\b)"
    r"|\b(?:leur|la|cette) reponse me (?:convient|satisfait)\b(?! pas\b)"
    r"|\b(?:probleme|dossier|litige|souci) (?:a ete |est )?(?:regle|resolu)e?\b"
    r"|\b(?:il|elle|je|j'|nous|ils|elles) (?:en )?(?:est|suis|sommes|sont|etait|etais)"
    r" (?:tout a fait |plutot |bien |tres |totalement |pleinement )?(?:satisfaite?s?"
    r"|contente?s?)\b"
    r"|\b(?:ont|a) (?:finalement |enfin )?accepte\b|\bgain de cause\b"
)
_SATISFAIT_NON = re.compile(
    r"\bpas (?:du tout |vraiment |tout a fait |tres |trop )?(?:d'accord|satisfaite?s?"
    r"|convaincue?s?|satisfaisante?|contente?s?)\b|\bmecontente?s?\b|\bdecue?s?\b"
    r"|\b(?:desaccord|insatisf\w+|inacceptable|injuste|incomplete?|absurde|abusi(?:f|ve))\b"
    r"|\b(?:ne |me |lui |nous )(?:satisfait|convient|satisfont|conviennent|va) pas\b"
    r"|\b(?:refus\w*|rejet\w*|negative|defavorable|contest\w*|n'accepte pas)\b"
    r"|\bne repond pas a (?:ma|mes) (?:question|demande)s?\b|\bpas (?:\S+ )?gain de cause\b"
)

# --- court or other mediator ------------------------------------------------------------

_PROCEDURE_OUI = re.compile(
    r"\b(?:saisi|assigne|attaque|poursuivi)e?s? (?:\S+ ){0,3}?(?:tribunal|tribunaux|justice"
    r"|juge|juridiction|conciliateur|mediateur|mediation|prud'?hommes)\b"
    r"|\b(?:tribunal|juge|justice|mediateur|mediation) (?:\S+ ){0,3}?saisie?\b"
    r"|\b(?:mon|notre) avocate?\b"
    r"|\b(?:j'ai|nous avons) (?:\S+ )?(?:pris|mandate|engage) (?:un|une) avocate?\b"
    r"|\bun autre mediateur\b|\bprocedure (?:judiciaire|contentieuse)\b"
    r"|\bprocedure (?:\S+ )?en cours\b|\bproces\b(?! verbal)|\baction en justice\b"
    r"|\b(?:devant|au) (?:le )?(?:tribunal|juge|tribunaux)\b|\baudience\b"
)
_PROCEDURE_NON = re.compile(
    r"\b(?:aucune|pas de|sans) (?:procedure|action en justice|avocat|proces)\b"
    r"|\b(?:pas|jamais)(?: encore)? (?:saisi|assigne|attaque)e?s?\b"
    r"|\bni (?:le |la |un )?(?:tribunal|juge|justice|mediateur|avocat)\b"
    r"|\baucun (?:autre )?mediateur\b|\bpas d'avocat\b"
)


_MOTS_CLES = frozenset(
    {
        *("courrier", "courriers", "courriel", "courriels", "lettre", "lettres"),
        *("email", "emails", "mail", "mails", "recommande", "reclamation", "reclamations"),
        *("reponse", "reponses", "retour", "retours", "nouvelle", "nouvelles"),
        *("toujours", "jamais", "encore", "rien", "aucun", "aucune", "depuis"),
    }
)
"""Words the patterns look for, spelled as they expect them whatever the typos."""
_PARTICIPES = frozenset(
    {
        *("envoye", "ecrit", "poste", "adresse", "expedie", "repondu", "recu"),
        *("contacte", "appele", "telephone", "relance"),
    }
)
"""Participles the patterns look for, respelled after *avoir* ("j'ai envoyer")."""


def _replier(texte: str) -> str:
    """The folded text the patterns read: SMS spelled out, typos on key words fixed."""
    return corriger_fautes(normaliser_sms(texte), _MOTS_CLES, _PARTICIPES)


def _mentions_d_un_ecrit(texte: str) -> list[re.Match[str]]:
    """Return where the person says they wrote to the insurer."""
    ecrits = _mentions(_ECRITE_OUI, texte, _NEGATION, _HYPOTHESE, _VENANT_DE_L_ASSUREUR)
    possedes = (_MON_ECRIT, _RECLAMATION_SANS_REPONSE)
    return ecrits + [m for p in possedes for m in _mentions(p, texte, _HYPOTHESE, _PAS_ENVOYE)]


def _reclamation_ecrite(texte: str) -> bool | None:
    """Tell whether the person says they complained in writing (letter, mail, form)."""
    return _trancher(
        bool(_mentions_d_un_ecrit(texte)),
        bool(_mentions(_ECRITE_NON, texte, _HYPOTHESE, _VENANT_DE_L_ASSUREUR)),
    )


def _date_d_envoi(texte: str, aujourdhui: date) -> date | None:
    """Return the date given with the written complaint, if exactly one fits.

    The date is looked for in the clause that mentions the letter or mail, then, if that
    clause has none, in its sentence. Several different dates, or a future or impossible
    one, give ``None``.
    """
    trouvees: set[date | None] = set()
    for mention in _mentions_d_un_ecrit(texte):
        for fin in (_FIN_DE_PROPOSITION, _PHRASE):
            debut, fin_portee = _bornes(texte, mention.start(), fin)
            dates = analyser_dates(texte[debut:fin_portee], aujourdhui)
            if dates:
                trouvees |= {d.valeur if d.erreur is None else None for d in dates}
                break
    return next(iter(trouvees)) if len(trouvees) == 1 else None


def _implique(direct: bool | None, implique: bool) -> bool | None:
    """Combine a stated fact with one implied by another: a contradiction is unknown."""
    if not implique:
        return direct
    return None if direct is False else True


_RIEN = re.compile(r"(?!)")
_A_SA_QUESTION: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "reponse_recue": (
        re.compile(r"\ben (?:ai|a|avons|avez|ont) (?:\S+ )?(?:recu|eu|obtenu)\b"),
        _RIEN,
    ),
    "reclamation_ecrite": (
        re.compile(
            r"\ben (?:ai|a|avons|avez|ont) (?:\S+ )?(?:envoye|ecrit|fait|adresse|poste)e?s?\b"
        ),
        _RIEN,
    ),
    "procedure_en_cours": (
        _RIEN,
        re.compile(
            r"\b(?:saisi|contacte)e?s? personne\b|\bpersonne (?:n'est|n'a ete) saisie?\b"
            r"|\baucun (?:tribunal|juge)\b"
        ),
    ),
}
"""Answers that only make sense after their question: "il en a reçu une" (an answer?),
"elle en a envoyé une" (a written complaint?), "il n'a saisi personne" (a court?)."""


def lire_fait(slot: str, texte: str, aujourdhui: date) -> bool | None:
    """Read one yes/no fact from an answer to its own question.

    As in a first message, except that satisfaction is read even when the answer does
    not also say that an answer came (the question says so): "il est pas content"
    answers "la réponse le satisfait-elle ?"; and an answer that leans on the question
    is read too, in the first or third person ("il en a reçu une", ``_A_SA_QUESTION``).
    """
    replie = _replier(texte)
    if slot == "reponse_satisfaisante":
        return _polarite(_SATISFAIT_OUI, _SATISFAIT_NON, replie)
    valeur = getattr(extraire_faits(texte, aujourdhui), slot)
    if isinstance(valeur, bool):
        return valeur
    if slot in _A_SA_QUESTION:
        return _polarite(*_A_SA_QUESTION[slot], replie)
    return None


def extraire_faits(texte: str, aujourdhui: date) -> FaitsExtraits:
    """Read the facts a first message states about the complaint so far.

    Args:
        texte: the person's first message.
        aujourdhui: the current date, to read the date of the written complaint.

    Returns:
        The facts; each is ``None`` when the message does not say it clearly.
        ``reponse_satisfaisante`` is read only when an answer was received, and
        ``date_reclamation_ecrite`` only when a written complaint is stated.

    """
    replie = _replier(_SAUT_DE_LIGNE.sub(" ; ", texte))
    ecrite = _reclamation_ecrite(replie)
    reponse = _polarite(_REPONSE_OUI, _REPONSE_NON, replie)
    satisfaisante = _polarite(_SATISFAIT_OUI, _SATISFAIT_NON, replie) if reponse is True else None
    contact = _implique(
        _polarite(_CONTACT_OUI, _CONTACT_NON, replie, annule_non=(_VENANT_DE_L_ASSUREUR,)),
        ecrite is True or reponse is not None,
    )
    return FaitsExtraits(
        contact_prealable=contact,
        reclamation_ecrite=ecrite,
        date_reclamation_ecrite=_date_d_envoi(replie, aujourdhui) if ecrite else None,
        reponse_recue=reponse,
        reponse_satisfaisante=satisfaisante,
        procedure_en_cours=_polarite(_PROCEDURE_OUI, _PROCEDURE_NON, replie),
    )


_SE_PLAINDRE = re.compile(
    r"\b(?:me|nous|se|te|vous) plaindre\b|\bporter (?:une )?reclamation\b"
    r"|\b(?:faire|deposer|formuler|adresser|envoyer|ecrire) (?:une |ma |la |leur )?reclamation\b"
)


def veut_se_plaindre(texte: str) -> bool:
    """Whether the person says they want to complain ("comment je fais pour me plaindre ?").

    Wanting to complain is an expression of dissatisfaction (brief §1): a message the NLU
    reads as a mere request is a complaint when it says so.
    """
    return _SE_PLAINDRE.search(_replier(texte)) is not None
