"""Per-answer analysis: the deterministic measurements of one answer. This runs on every interview turn (it decides
follow-ups), so: no I/O and no language model. With `embed` (the cached sentence embedder), STAR parts are judged
with sentence vectors too; callers run it off the event loop then."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.services.assessment import metrics as tm
from app.services.assessment.star import Embed, detect_star

GENERIC_STORY_POINTS = ("Gives concrete context and scope", "Makes their own contribution clear",
                        "Explains a decision or trade-off and why", "States a measured outcome")


def analyze_answer(
    question_text: str,
    answer: str,
    *,
    category: str = "behavioral",
    key_points: Sequence[str] = (),
    duration_seconds: float | None = None,
    word_timings: list[tuple[float, float]] | None = None,
    declined: bool = False,
    embed: Embed | None = None,
    embed_model: str = "minilm",
) -> dict[str, Any]:
    tokens = tm.words(answer)
    word_count = len(tokens)
    fillers = tm.find_fillers(answer)
    hedges = tm.find_hedges(answer)
    star = detect_star(answer, category, embed=embed, model=embed_model)
    coverage, matched = tm.key_point_coverage(answer, key_points)
    per_100 = 100.0 / word_count if word_count else 0.0
    analysis: dict[str, Any] = {
        "word_count": word_count,
        "sentence_count": len(tm.sentences(answer)),
        # speech-to-text without punctuation has none: its sentence length cannot be measured
        "punctuation_per_100_words": round(len(re.findall(r"[.,;:!?]", answer)) * per_100, 2),
        "filler_count": len(fillers),
        "fillers": sorted(set(fillers)),
        "filler_rate_per_100_words": round(len(fillers) * per_100, 2),
        "hedge_count": len(hedges),
        "hedge_rate_per_100_words": round(len(hedges) * per_100, 2),
        "vocabulary_richness": round(tm.vocabulary_richness(tokens), 3),
        "pronouns": tm.pronoun_balance(answer),
        "has_numbers": tm.has_numbers(answer),
        "vague_count": len(tm.find_vague(answer)),
        "specific_terms": tm.specific_terms(answer),
        "red_flags": tm.find_red_flags(answer),
        "star": star_fields(star),
        "key_point_coverage": round(coverage, 3) if key_points else None,
        "matched_key_points": matched,
        "relevance_overlap": round(tm.relevance_overlap(answer, question_text), 3),
        "jargon": tm.unexplained_jargon(answer),
        "sentiment": tm.sentiment(answer) if word_count else {"compound": 0.0},
        "category": category,
        "declined": declined,
    }
    wpm = tm.words_per_minute(word_count, duration_seconds)
    if wpm is not None:
        analysis["words_per_minute"] = wpm
        analysis["duration_seconds"] = duration_seconds
    pauses = tm.pause_stats(word_timings)
    if pauses is not None:
        analysis["pauses"] = pauses
    return analysis


def star_fields(star: Mapping[str, tm.StarPart]) -> dict[str, dict[str, Any]]:
    """STAR parts as stored in an analysis: {part: {present, evidence}}."""
    return {part: {"present": p.present, "evidence": p.evidence} for part, p in star.items()}


def star_summary(analysis: Mapping[str, Any]) -> list[str]:
    return [part for part, v in (analysis.get("star") or {}).items() if v.get("present")]


@dataclass
class AnswerUnit:
    """One main question and everything the candidate said about it (answer plus follow-up answers)."""

    question_number: int
    question: str
    category: str
    phase: str
    key_points: tuple[str, ...]
    topics: tuple[str, ...]
    competencies: tuple[str, ...]
    answer: str
    duration_seconds: float | None
    audio: dict[str, Any] | None = None  # measured from the recordings of spoken answers (assessment.audio)
