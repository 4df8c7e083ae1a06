"""Rasa's whitespace tokenizer, with each token's lemma folded for the count vectors.

People write from a phone, without accents, in SMS style: ``"jai pa eu de rep"`` and
``"j'ai pas eu de réponse"`` should look alike to the classifier. The token keeps its
text and offsets (entities and the stored message are untouched); only its lemma, which
``CountVectorsFeaturizer`` reads by default (``use_lemma``), is folded by
``bot.texte.forme_normale``: accents and case removed, SMS spellings spelled out.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message

from bot.texte import forme_normale


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class TokeniseurFrancais(WhitespaceTokenizer):
    """Whitespace tokens whose lemmas are folded (accents, case, SMS spelling)."""

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        """Tokenize like Rasa's whitespace tokenizer, then fold each lemma."""
        jetons: list[Token] = super().tokenize(message, attribute)
        for jeton in jetons:
            jeton.lemma = forme_normale(jeton.text)
        return jetons
