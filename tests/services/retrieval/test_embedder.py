"""The sentence embedders: the static vectors distilled from MiniLM, and which one interview turns use."""

from __future__ import annotations

import numpy as np

from app.core.config import Settings
from app.services.retrieval.embedder import Embedder, StaticEmbedder, shared_static_embedder, turn_embedders


def test_static_vectors_ship_with_the_code_and_keep_meaning_apart():
    vectors = np.asarray(StaticEmbedder().embed(["We sharded the Postgres cluster by customer id.",
                                                 "The database was partitioned across several machines by tenant.",
                                                 "My favourite hike is along the coast in late spring."]))
    assert vectors.shape == (3, 384)  # projected into MiniLM's space
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    related, unrelated = vectors[0] @ vectors[1], vectors[0] @ vectors[2]
    assert related > unrelated + 0.2
    assert StaticEmbedder().embed([]) == []


def test_turns_use_the_static_vectors_with_minilm_checking_key_points_by_default():
    judge, checker = turn_embedders(Settings(_env_file=None))
    assert judge is shared_static_embedder() and isinstance(checker, Embedder)
    judge, checker = turn_embedders(Settings(_env_file=None, turn_sentence_model="minilm"))
    assert isinstance(judge, Embedder) and checker is None
    assert turn_embedders(Settings(_env_file=None, turn_judge_by_meaning=False)) == (None, None)
