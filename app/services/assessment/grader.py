"""The optional LLM rubric grader: one structured model call per answer, with the measurements as evidence."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, Field

from app.services.assessment.analysis import AnswerUnit, star_summary
from app.services.llm.gateway import ModelGateway
from app.services.llm.prompts import grader_messages

logger = logging.getLogger(__name__)


class RubricGrade(BaseModel):
    """A model's rubric scores for one answer (0-100; null where a dimension does not apply)."""

    relevance: int = Field(ge=0, le=100)
    depth: int = Field(ge=0, le=100)
    technical_accuracy: int | None = Field(default=None, ge=0, le=100)
    specificity: int = Field(ge=0, le=100)
    clarity: int = Field(ge=0, le=100)
    conciseness: int = Field(ge=0, le=100)
    star_structure: int | None = Field(default=None, ge=0, le=100)
    ownership: int | None = Field(default=None, ge=0, le=100)
    impact: int | None = Field(default=None, ge=0, le=100)
    rationale: str = Field(description="Two or three sentences citing the answer")


async def grade(gateway: ModelGateway, unit: AnswerUnit, analysis: Mapping[str, Any]) -> RubricGrade | None:
    """The model's grade, or None when every provider failed (that answer is then scored by the heuristics)."""
    evidence = {k: analysis.get(k) for k in ("word_count", "filler_count", "hedge_count", "has_numbers",
                                             "key_point_coverage", "words_per_minute")}
    evidence["star_parts_found"] = star_summary(analysis)
    messages = grader_messages(question=unit.question, category=unit.category, key_points=unit.key_points,
                               evidence=evidence, answer=unit.answer)
    try:
        _provider, result = await gateway.structured(RubricGrade).ainvoke(messages)
        return result
    except Exception as exc:  # that answer is scored by the heuristics, and the result says so
        logger.warning("Rubric grader failed (%s); heuristics score this answer", type(exc).__name__)
        return None
