"""The NLU components of the pipeline: folded lemmas, and sentence embeddings."""

import numpy as np
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from rasa_addons.encodeur_de_phrases import EncodeurDePhrases
from rasa_addons.tokeniseur import TokeniseurFrancais


def contexte_d_execution() -> ExecutionContext:
    return ExecutionContext(graph_schema=None, node_name="test")  # type: ignore[arg-type]


def test_les_lemmes_sont_replies_le_texte_et_les_positions_restent() -> None:
    tokeniseur = TokeniseurFrancais(TokeniseurFrancais.get_default_config())
    message = Message({TEXT: "Jai PA eu de Réponse"})
    jetons = tokeniseur.tokenize(message, TEXT)
    assert [j.text for j in jetons] == ["Jai", "PA", "eu", "de", "Réponse"]
    assert [j.lemma for j in jetons] == ["ai", "pas", "eu", "de", "reponse"]
    assert [(j.start, j.end) for j in jetons][-1] == (13, 20)


def test_chaque_message_recoit_un_vecteur_de_phrase_a_l_echelle(tmp_path: object) -> None:
    config = {**EncodeurDePhrases.get_default_config(), "echelle": 10.0}
    encodeur = EncodeurDePhrases.create(
        config,
        LocalModelStorage(tmp_path),  # type: ignore[arg-type]
        Resource("encodeur"),
        contexte_d_execution(),
    )
    messages = [Message({TEXT: "je veux saisir le médiateur"}), Message({TEXT: "bonjour"})]
    encodeur.process_training_data(TrainingData(messages))
    for message in messages:
        _, phrase = message.get_dense_features(TEXT)
        assert phrase is not None and phrase.features.shape == (1, 512)
        assert np.isclose(np.linalg.norm(phrase.features), 10.0, atol=1e-3)
    proches = [m.get_dense_features(TEXT)[1].features[0] for m in messages]
    assert float(np.dot(*proches)) < 100.0 * 0.9  # two different sentences, two directions
