"""Which STAR parts (situation, task, action, result) an answer tells.

Cue phrases alone miss parts told without them ("The dashboards were red for a week, so I ...", a result told as a
consequence) and fire on answers that tell no episode at all (a technical explanation, a hypothetical). So each part
is decided by a small logistic layer over:
  - the cue phrases (metrics.star_cues),
  - a few narrative measures: past-tense first-person clauses, hypotheticals and habits, the question's category,
  - sentence embeddings: the mean over the answer and its last sentence, from the shipped all-MiniLM-L6-v2 model
    (assessments) or from the static vectors distilled from it (interview turns, about 100 times cheaper).
The weights are fitted offline on the labelled answers a rule may be tuned on (answers.yaml and the tune split of
heldout.yaml, never the held-out split) by scripts/fit_star_model.py and ship as star_model.json, one set per sentence
model. When the caller passes no embedder (or embedding fails), a set over the cue and narrative measures alone is
used. Cross-validated F1 on the fitting set: 0.913 with MiniLM, 0.907 with the static vectors, 0.901 without vectors.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import numpy as np

from app.services.assessment import metrics as tm

logger = logging.getLogger(__name__)
MODEL_PATH = Path(__file__).with_name("star_model.json")
STORY_CATEGORIES = {"behavioral", "opening"}

# Someone did something, in the past: "we moved it", "I quickly wrote", "they had fixed".
_PAST_CLAUSE = re.compile(
    r"\b(i|we|they|he|she)\s+(?:\w+ly\s+|then\s+|also\s+|just\s+|had\s+|was\s+|were\s+)?"
    r"(\w+ed|took|made|got|went|ran|wrote|built|told|said|sat|put|did|gave|found|saw|kept|left|brought|thought|"
    r"knew|set|cut|spoke|led|held|chose|drove|broke|became|began|felt|paid|sent|spent|stood|understood|won|lost|"
    r"fell|rewrote|shipped|read|heard|met|taught|bought|caught|dug|hit|let|quit|shut|split|swore|woke|wore)\b",
    re.IGNORECASE,
)
# Not an episode: what one would do, or usually does.
_HYPOTHETICAL = re.compile(
    r"\b(i would|i'd|you would|you'd|i will|i'll|you can|you should|you need|i usually|i always|i normally|"
    r"i tend to|typically|in general|generally)\b",
    re.IGNORECASE,
)
# Past states and events, whoever the subject: "the dashboards were red", "the import kept timing out".
_PAST_VERB = re.compile(r"\b(was|were|had|\w{3,}ed|kept|went|came|fell|got|took|made|broke|ran|began|became|stopped)\b",
                        re.IGNORECASE)
HAND_FEATURES = ("cue_situation", "cue_task", "cue_action", "cue_result", "log_past_clauses",
                 "past_clauses_per_100_words", "log_hypotheticals", "story_question", "log_words",
                 "past_verbs_per_100_words", "last_piece_first_person_past", "last_piece_result_cue")
_LONG_SENTENCE, _PIECE = 50, 35  # unpunctuated transcripts: embed run-ons in pieces of this many words
_MAX_PIECES = 40  # bounds the embedding work per answer; the longest labelled answers have about 20


def pieces(text: str) -> list[str]:
    """Sentences, with run-on transcripts cut into pieces short enough to embed whole."""
    out: list[str] = []
    for sentence in tm.sentences(text):
        words = sentence.split()
        if len(words) > _LONG_SENTENCE:
            out += [" ".join(words[i:i + _PIECE]) for i in range(0, len(words), _PIECE)]
        else:
            out.append(sentence)
    return out or [text]


_FIRST_PERSON_PAST = re.compile(_PAST_CLAUSE.pattern.replace(r"(i|we|they|he|she)", r"(i|we)", 1), re.IGNORECASE)


def hand_features(text: str, category: str, cues: dict[str, tm.StarPart]) -> list[float]:
    n = max(1, len(tm.words(text)))
    # An answer that stops on what the speaker did ("... so they could run in parallel") has told no result yet.
    last = pieces(text)[-1]
    past = len(_PAST_CLAUSE.findall(text))
    return [float(cues[p].present) for p in tm.STAR_PARTS] + [
        math.log1p(past), 100 * past / n, math.log1p(len(_HYPOTHETICAL.findall(text))),
        float(category in STORY_CATEGORIES), math.log(n) / 5, len(_PAST_VERB.findall(text)) / n * 10,
        float(bool(_FIRST_PERSON_PAST.search(last))), float(tm.star_cues(last)["result"].present)]


def embedding_features(vectors: np.ndarray) -> list[float]:
    return [*vectors.mean(axis=0).tolist(), *vectors[-1].tolist()]


@cache
def _model() -> dict:
    return json.loads(MODEL_PATH.read_text())


Embed = Callable[[Sequence[str]], Sequence[Sequence[float]]]


def _evidence(part: str, parts: list[str], cues: dict[str, tm.StarPart]) -> list[str]:
    if cues[part].evidence:
        return cues[part].evidence
    if part == "result":
        return parts[-1:]  # a consequence is told last
    if part == "action":
        return [p for p in parts if _PAST_CLAUSE.search(p)][:2] or parts[:1]
    return parts[:1]


def detect_star(text: str, category: str = "behavioral", embed: Embed | None = None,
                model: str = "minilm") -> dict[str, tm.StarPart]:
    """Each part's presence with up to two sentences of evidence. With `embed` (sentence vectors: the interview's
    and the assessment's cached embedder; `model` says which sentence model made them) the weights fitted on those
    vectors are used; without it, the weights fitted on the cue and narrative measures alone."""
    cues = tm.star_cues(text)
    if not text.strip():
        return {p: tm.StarPart(False, []) for p in tm.STAR_PARTS}
    features = hand_features(text, category, cues)
    parts = pieces(text)
    embedded = parts if len(parts) <= _MAX_PIECES else parts[:_MAX_PIECES - 1] + parts[-1:]
    kind = "hand"
    if embed is not None:
        try:
            features += embedding_features(np.asarray(embed(embedded), dtype=np.float64))
            kind = model
        except Exception:
            logger.exception("Embedding an answer failed; STAR parts from cue and narrative measures only")
    x = np.asarray(features, dtype=np.float64)
    out = {}
    for part in tm.STAR_PARTS:
        weights = _model()["parts"][part][kind]
        z = float(x @ np.asarray(weights["coef"])) + weights["intercept"]
        present = z > weights["threshold"]
        out[part] = tm.StarPart(present, _evidence(part, parts, cues) if present else [])
    return out
