"""A whole interview assessed: its answers grouped by main question, analysed, scored (by the heuristics, and by the
rubric grader when a model is configured), with key points judged by meaning, and turned into feedback."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from app.core.errors import ConflictError
from app.services.assessment import key_points
from app.services.assessment.analysis import GENERIC_STORY_POINTS, AnswerUnit, analyze_answer, star_summary
from app.services.assessment.audio import combine_measures
from app.services.assessment.feedback import answer_notes, interview_feedback, question_only
from app.services.assessment.grader import grade
from app.services.assessment.scoring import (
    DIMENSIONS,
    STORY_CATEGORIES,
    answer_overall,
    group_scores,
    mean,
    overall_score,
    score_answer,
)
from app.services.question_bank import questions_by_id

logger = logging.getLogger(__name__)


NOTHING_TO_ASSESS = "Nothing to assess yet: the interview has no answers"


def collect_units(interactions: Sequence[Any]) -> list[AnswerUnit]:
    """Group transcript rows (ORM rows or dicts) by main question."""
    bank = questions_by_id()

    def get(row: Any, name: str) -> Any:
        return row.get(name) if isinstance(row, Mapping) else getattr(row, name)

    questions: dict[int, Any] = {}
    answers: dict[int, list[Any]] = {}
    for row in interactions:
        number = get(row, "question_number")
        if get(row, "role") == "interviewer":
            if not get(row, "is_follow_up") and get(row, "phase") != "closing" and number not in questions:
                questions[number] = row
        elif (get(row, "analysis") or {}).get("control") != "end":
            answers.setdefault(number, []).append(row)
    units = []
    for number, q in sorted(questions.items()):
        replies = answers.get(number) or []
        if not replies:
            continue
        ref = bank.get(get(q, "question_ref") or "")
        # The key points the interviewer judged this question on (stored with the turn); older rows have none.
        stored = tuple(get(q, "key_points") or ()) if isinstance(q, Mapping) or hasattr(q, "key_points") else ()
        durations = [get(r, "answer_duration_seconds") for r in replies]
        units.append(AnswerUnit(
            question_number=number, question=get(q, "content"), category=ref.category if ref else (
                get(q, "category") or "behavioral"), phase=get(q, "phase") or "", key_points=stored or (ref.key_points if ref
            else GENERIC_STORY_POINTS), topics=ref.topics if ref else (), competencies=ref.competencies if ref else (),
            answer="\n".join(get(r, "content") for r in replies),
            duration_seconds=sum(durations) if durations and all(d for d in durations) else None,
            audio=combine_measures([(get(r, "analysis") or {}).get("audio") for r in replies]),
        ))
    return units


async def assess_interview(units: Sequence[AnswerUnit], *, interview_type: str,
                           weights: Mapping[str, Mapping[str, float]] | None, gateway: Any = None,
                           embedder: Any = None, ended_early: bool = False,
                           total_questions: int | None = None) -> dict[str, Any]:
    """Scores, evidence and feedback for a whole interview. Raises ConflictError when nothing can be assessed
    (an interview without answers). `weights` (SCORE_WEIGHTS): None scores each answer with the fitted model and the
    interview as the mean of its answers; group weights per interview type make both the weighted group means (a type
    they leave out takes their "mixed" weights, or the model when they have none)."""
    if not units:
        raise ConflictError(NOTHING_TO_ASSESS)
    judge = key_points.judge_for(embedder) if embedder is not None else None
    # Sentence vectors make this tens of milliseconds an answer: a worker thread, never the event loop.
    analyses = await asyncio.to_thread(_measure_all, units, judge) if judge else _measure_all(units, None)
    for unit, analysis in zip(units, analyses, strict=True):
        key_points.add_rubric_matches(analysis, unit.answer, unit.key_points)
    per_unit = [score_answer(a) for a in analyses]
    method = "heuristic"
    if gateway is not None:
        grades = await asyncio.gather(*(grade(gateway, u, a) for u, a in zip(units, analyses, strict=True)))
        for scores, rubric in zip(per_unit, grades, strict=True):
            if rubric is None:
                continue
            for name, value in rubric.model_dump(exclude={"rationale"}).items():
                if value is not None and scores[name]["score"] is not None:
                    scores[name] = {"score": float(value), "evidence": rubric.rationale, "source": "llm rubric"}
        graded = sum(g is not None for g in grades)
        method = "llm" if graded == len(units) else "mixed" if graded else "heuristic"

    dimension_scores = {name: mean([s[name]["score"] for s in per_unit])
                        for names in DIMENSIONS.values() for name in names}
    groups = {group: {name: dimension_scores[name] for name in names} for group, names in DIMENSIONS.items()}
    # A type the operator's weights leave out takes their "mixed" weights, or else the model's score.
    kind_weights = (weights.get(interview_type) or weights.get("mixed")) if weights else None
    per_question = []
    all_strengths, all_improvements = [], []
    for unit, analysis, scores in zip(units, analyses, per_unit, strict=True):
        strengths, improvements = answer_notes(unit.question, analysis, scores, unit.key_points, unit.answer)
        for item in strengths + improvements:
            item["question_number"] = unit.question_number
        all_strengths += strengths
        all_improvements += improvements
        unit_overall = (overall_score(group_scores(scores), dict(kind_weights)) if kind_weights
                        else answer_overall(scores, unit.category))
        per_question.append({
            "question_number": unit.question_number, "question": question_only(unit.question), "phase": unit.phase,
            "category": unit.category, "answer": unit.answer, "overall_score": unit_overall,
            "scores": {k: v["score"] for k, v in scores.items()},
            "evidence": {k: v["evidence"] for k, v in scores.items() if v["score"] is not None},
            "star": star_summary(analysis), "matched_key_points": analysis.get("matched_key_points"),
            "missed_key_points": [k for k in unit.key_points if k not in (analysis.get("matched_key_points") or [])],
            "strengths": [s["text"] for s in strengths], "improvements": [i["text"] for i in improvements],
            "notes": {"strengths": strengths, "improvements": improvements},  # the same, with their quotes
            "analysis": analysis,
        })
    overall = (overall_score(groups, dict(kind_weights)) if kind_weights
               else mean([q["overall_score"] for q in per_question]))
    weakest = sorted(((n, s) for n, s in dimension_scores.items() if s is not None), key=lambda p: p[1])[:3]
    feedback = interview_feedback(units, per_question, all_strengths, all_improvements, dimension_scores, overall,
                                   interview_type, ended_early, total_questions)
    wpms = [a["words_per_minute"] for a in analyses if a.get("words_per_minute")]
    words = sum(a["word_count"] for a in analyses)
    return {
        "overall_score": overall,
        "communication_scores": groups["communication"],
        "content_scores": groups["content"],
        "behavioral_scores": groups["behavioral"],
        "non_verbal_scores": groups["non_verbal"],
        "non_verbal_source": "audio" if any(a.get("audio") or a.get("pauses") for a in analyses)
        else "text proxies (no audio)",
        "feedback": feedback,
        "method": method,
        "weights": dict(kind_weights) if kind_weights else None,
        "speech_metrics": {
            "words_per_minute": mean(wpms), "total_words": words,
            "filler_words": sum(a["filler_count"] for a in analyses),
            "filler_rate_per_100_words": round(100 * sum(a["filler_count"] for a in analyses) / words, 2)
            if words else 0.0,
            "hedges": sum(a["hedge_count"] for a in analyses),
            "pauses": [a["pauses"] for a in analyses if a.get("pauses")] or None,
        },
        "star_analysis": {str(u.question_number): star_summary(a) for u, a in zip(units, analyses, strict=True)
                          if u.category in STORY_CATEGORIES},
        "sentiment": mean([(a.get("sentiment") or {}).get("compound") for a in analyses]),
        "weakest_areas": [{"dimension": n, "score": s} for n, s in weakest],
        "per_question": per_question,
        "answered_questions": len(units),
        "ended_early": ended_early,
    }


def _measure_all(units: Sequence[AnswerUnit], judge: key_points.KeyPointJudge | None) -> list[dict[str, Any]]:
    """Each answer's analysis; with the judge (cached sentence vectors, shared with the interview's turns when they
    use the same sentence model) also STAR by embeddings, key-point coverage by meaning and relevance by meaning."""
    analyses = []
    for unit in units:
        analysis = analyze_answer(unit.question, unit.answer, category=unit.category, key_points=unit.key_points,
                                  duration_seconds=unit.duration_seconds,
                                  embed=judge.vectors if judge is not None else None,
                                  embed_model=judge.model if judge is not None else "minilm")
        if unit.audio:
            analysis["audio"] = unit.audio
        if judge is not None:
            try:
                analysis["semantic_relevance"] = round(judge.similarity(unit.question, unit.answer), 3)
                if unit.key_points:
                    analysis.update(judge.coverage(unit.answer, unit.key_points))
            except Exception:
                logger.exception("Embedding an answer failed; lexical relevance and key-point matching are used")
        analyses.append(analysis)
    return analyses
