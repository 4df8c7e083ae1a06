"""General questions on cover, which name a kind of care about nobody.

"Les séances d'orthophonie sont-elles remboursées ?", "le contrat couvre-t-il la chirurgie
réfractive ?": a question on what the contract pays for, with no person in it, names a
kind of care or goods, not anyone's health (domain brief §6; the README's policy). Such a
question still counts when it names a condition, a symptom, an injury, a pregnancy or
mental health ("le diabète est-il couvert ?"): in doubt, the message counts.

Our own writing, from the wording of questions to a mutuelle. The phrase is read as its
tokens joined by single spaces, SMS spellings written out (:mod:`bot.sante.formes`); the
question mark, which the tokens drop, is told apart.
"""

from __future__ import annotations

import re

_INTERROGATIF = re.compile(
    r"^(?:bonjour |bonsoir |svp |s il vous plait )?(?:est ce|quel|quels|quelle|quelles|combien"
    r"|comment|pourquoi|y a t il|y a t|peut on|pouvez vous|le contrat|la garantie|la formule"
    r"|les frais|vous prenez|vous remboursez|remboursez vous|prenez vous|couvrez vous)\b"
)
_COUVERTURE = re.compile(
    r"\b(?:rembours\w*|prise? en charge|prises en charge|pris en charges?|couv\w*|garanti\w*"
    r"|contrats?|formules?|plafonds?|prevue?s?|complementaire|mutuelle|forfaits?|tarifs?"
    r"|primes?|secu|securite sociale|assurances?|options?|conditions generales)\b"
)
_INVERSION = re.compile(
    r"\bt (?:il|elle|ils|elles|on)\b|\b(?:sont|est|sera|seront|font|fait|peut|peuvent|doit"
    r"|doivent|existe|existent|couvre|couvrent|rembourse|remboursent|prend|prennent|prevoit"
    r"|prevoient|vaut|valent|coute|coutent|ont|serait|seraient) (?:il|elle|ils|elles)\b"
)
"""The pronoun of a question's inversion ("couvre-t-il", "sont-elles"), which is no one."""
_PERSONNE = re.compile(
    r"\b(?:je|j|me|m|moi|mon|ma|mes|tu|te|t|toi|ton|ta|tes|il|elle|ils|elles|lui|leur|leurs"
    r"|son|sa|ses|nous|notre|nos|la dame|le monsieur|l adherente?|l assuree?|le client"
    r"|la cliente|l appelante?|le patient|la patiente|le beneficiaire|la beneficiaire"
    r"|demande si|veut savoir|voudrait savoir|aimerait savoir)\b"
)

_RECIT = re.compile(
    r"\b(?:en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre"
    r"|decembre)|le \d+|depuis|hier|avant hier|il y a|y a \d+|la semaine (?:derniere|passee)"
    r"|le mois (?:dernier|passe)|l an dernier|l annee derniere|ce matin|\d+ (?:jours?|nuits?"
    r"|semaines?|mois)|vous avez (?:paye|rembourse|refuse|verse)|du \d+|\d+ ?(?:euros?|eur|€)"
    r"|rembourse\w* (?:a )?(?:0|zero|rien)|perdue?s?|cassee?s?|volee?s?|abimee?s?|ecrasee?s?"
    r"|refuse (?:meme |encore |toujours )?(?:l|la|le|les|mon|ma|mes|de))\b"
)
"""A time, a sum or a past payment: the message tells what happened, it asks nothing
general ("consultation du 3 juin remboursée 0 €, pourquoi ?")."""


def question_generale(phrase: str, point_d_interrogation: bool) -> bool:
    """Tell whether ``phrase`` asks about cover in general, with no person in it.

    Args:
        phrase: the message's tokens joined by single spaces.
        point_d_interrogation: whether the person wrote a question mark.

    """
    question = point_d_interrogation or _INTERROGATIF.search(phrase) is not None
    if not question or _COUVERTURE.search(phrase) is None or _RECIT.search(phrase):
        return False
    return _PERSONNE.search(_INVERSION.sub(" ", phrase)) is None
