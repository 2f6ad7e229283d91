"""Key-point coverage judged by meaning: a key point counts as covered when its key terms appear in the answer
(metrics.key_point_coverage) or when some sentence of the answer says it in other words (sentence embeddings,
all-MiniLM-L6-v2 via retrieval.embedder, or the static vectors distilled from it on interview turns).

Runs on interview turns, so vectors are cached by text: a key point is embedded the first time a question that
carries it is answered (bank questions recur, so mostly once per process), and a turn embeds only the sentences of
its new answer, in one batch (the earlier answers of the same question were embedded on their own turns).
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

from app.services.assessment import metrics as tm

logger = logging.getLogger(__name__)
# Cosine of a key point and the closest answer sentence at which the point counts as said, per sentence model.
# MiniLM: paraphrase ~0.45-0.8, off-topic <0.3. Static: the threshold that agrees best with MiniLM's decision on the
# tune answers (scripts/distill_static_embedder.py prints it and its agreement on the held-out split).
MATCH = {"minilm": 0.45, "static": 0.52}
# Static vectors: the cosine under which MiniLM almost never finds the point said (about the 5th percentile of the
# static cosines of the points MiniLM matched in the tune answers; scripts/distill_static_embedder.py prints it).
IN_REACH = {"minilm": MATCH["minilm"], "static": 0.35}
MAX_SENTENCES = 40  # a whole thread of rambling stays bounded
CACHE_SIZE = 4096  # answer sentences
KEY_POINT_CACHE_SIZE = 16384  # far more than the bank's ~1,600 key points


_DECISION = re.compile(r"\b(chose|decided|picked|opted|because|instead of|rather than|trade-?offs?|over (a|an|the)\b|"
                       r"weighed|so that)\b", re.IGNORECASE)
_SCOPE = re.compile(r"\b(team|users?|customers?|engineers?|accountants|people|requests?|services?|million|thousand)\b",
                    re.IGNORECASE)


def _outcome(answer: str) -> bool:
    return tm.star_cues(answer)["result"].present or any(
        tm.has_numbers(s) and re.search(r"\b(from|to|down|up|by|fell|rose|cut|saved)\b", s, re.IGNORECASE)
        for s in tm.sentences(answer))


# Story key points that name a quality of the answer rather than a topic ("States an outcome, ideally measured")
# have no paraphrase to find: they are judged by the evidence the measurements already give.
_RUBRIC: list[tuple[re.Pattern[str], Any]] = [
    (re.compile(r"\b(outcome|result|came of it|how it was judged|measured)\b", re.IGNORECASE), _outcome),
    (re.compile(r"\b(own (part|contribution)|contribution|what they owned|their own part|I, not only we)\b",
                re.IGNORECASE), lambda a: tm.pronoun_balance(a)["i"] >= 2),
    (re.compile(r"\b(decision|trade-?off)\b", re.IGNORECASE), lambda a: bool(_DECISION.search(a))),
    (re.compile(r"\b(scope|scale)\b", re.IGNORECASE), lambda a: bool(_SCOPE.search(a)) and tm.has_numbers(a)),
]


def rubric_match(point: str, answer: str) -> bool | None:
    """True/False for a story key point judged by evidence, None for a key point about a topic."""
    for pattern, check in _RUBRIC:
        if pattern.search(point):
            return bool(check(answer))
    return None


def add_rubric_matches(analysis: dict[str, Any], answer: str, key_points: Sequence[str]) -> None:
    """Count the story key points the answer's evidence shows, on top of those already matched."""
    if not key_points:
        return
    matched = set(analysis.get("matched_key_points") or []) | {p for p in key_points if rubric_match(p, answer)}
    analysis["matched_key_points"] = [p for p in key_points if p in matched]
    analysis["key_point_coverage"] = round(len(matched) / len(key_points), 3)


class SentenceEmbedder(Protocol):
    model: str  # "minilm" or "static": which fitted weights and thresholds read its vectors

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...


class KeyPointJudge:
    """Coverage of key points by meaning, with the key points' vectors cached by text."""

    def __init__(self, embedder: SentenceEmbedder) -> None:
        self.embedder = embedder
        self.model = embedder.model
        self.match = MATCH[self.model]
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()  # answer sentences, least recently used first
        # Key points get their own room: they recur across every candidate asked the same question, and a busy day's
        # answer sentences would otherwise push them out and have them embedded again.
        self._points: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def vectors(self, texts: Sequence[str], *, key_points: bool = False) -> np.ndarray:
        """The texts' vectors, one row each, embedding only those not seen yet, in one batch (a turn's new answer
        sentences and, the first time, its key points). STAR detection and the assessment read an answer's
        sentences through here too, so a sentence is embedded once whoever asks first."""
        texts = list(texts)
        cache, size = (self._points, KEY_POINT_CACHE_SIZE) if key_points else (self._vectors, CACHE_SIZE)
        with self._lock:
            found = {t: cache[t] for t in dict.fromkeys(texts) if t in cache}
            for text in found:
                cache.move_to_end(text)
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        if missing:
            fresh = {text: np.asarray(vector, dtype=np.float32)
                     for text, vector in zip(missing, self.embedder.embed(missing), strict=True)}
            with self._lock:
                cache.update(fresh)
                while len(cache) > size:
                    cache.popitem(last=False)
            found.update(fresh)
        return np.stack([found[t] for t in texts])

    def similarity(self, a: str, b: str) -> float:
        va, vb = self.vectors([a, b])
        return float(va @ vb)  # vectors are L2-normalised

    def coverage(self, answer: str, key_points: Sequence[str]) -> dict[str, Any]:
        """{key_point_coverage, matched_key_points, key_point_method} for an answer (or a whole answer thread)."""
        return self.coverage_and_reach(answer, key_points)[0]

    def coverage_and_reach(self, answer: str, key_points: Sequence[str]) -> tuple[dict[str, Any], list[str]]:
        """The coverage, and the key points not matched whose closest answer sentence is near enough
        (IN_REACH) that a finer sentence model might find them said."""
        key_points = list(key_points)
        if not key_points:
            return {"key_point_coverage": None, "matched_key_points": [], "key_point_method": "none"}, []
        _, lexical = tm.key_point_coverage(answer, key_points)
        matched = set(lexical) | {p for p in key_points if rubric_match(p, answer)}
        reach: list[str] = []
        sentences = tm.sentences(answer)[:MAX_SENTENCES]
        if sentences and len(matched) < len(key_points):
            points = self.vectors(key_points, key_points=True)
            best = (points @ self.vectors(sentences).T).max(axis=1)  # vectors are L2-normalised
            matched |= {p for p, score in zip(key_points, best, strict=True) if score >= self.match}
            reach = [p for p, score in zip(key_points, best, strict=True)
                     if p not in matched and score >= IN_REACH[self.model]]
        ordered = [p for p in key_points if p in matched]
        return ({"key_point_coverage": round(len(ordered) / len(key_points), 3), "matched_key_points": ordered,
                 "key_point_method": "meaning + key terms"}, reach)


_judges: dict[int, KeyPointJudge] = {}


def judge_for(embedder: SentenceEmbedder) -> KeyPointJudge:
    """One judge (one vector cache) per embedder."""
    judge = _judges.get(id(embedder))
    if judge is None or judge.embedder is not embedder:
        judge = _judges[id(embedder)] = KeyPointJudge(embedder)
    return judge
