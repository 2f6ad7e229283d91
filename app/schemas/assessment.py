from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field


class FeedbackOut(BaseModel):
    strengths: list[str]
    improvements: list[str]
    narrative: str
    next_steps: list[str]
    recommended_topics: list[str]
    evidence: dict[str, Any] = Field(default_factory=dict, description="Each item with its question and quote")


class AssessmentOut(BaseModel):
    session_id: int
    overall_score: float | None = Field(description="0-100: the mean of the answers' scores from the fitted score "
                                             "model, or the group scores weighted by SCORE_WEIGHTS when set")
    communication_scores: dict[str, float | None]
    content_scores: dict[str, float | None]
    behavioral_scores: dict[str, float | None]
    non_verbal_scores: dict[str, float | None]
    non_verbal_source: str
    feedback: FeedbackOut
    method: str = Field(description="llm (rubric grader), heuristic, or mixed")
    weights: dict[str, float] | None = Field(description="the group weights used, when SCORE_WEIGHTS sets them; "
                                             "null when the fitted score model scored the answers")
    speech_metrics: dict[str, Any]
    star_analysis: dict[str, list[str]]
    sentiment: float | None
    weakest_areas: list[dict[str, Any]]
    per_question: list[dict[str, Any]]
    answered_questions: int
    ended_early: bool
    trace_id: str | None = Field(default=None, description="The assessment's LangSmith trace, when tracing is on")


class RatingIn(BaseModel):
    rating: int = Field(ge=1, le=5, strict=True)  # true or "5" is a client's mistake, not a 1 or a 5
    comments: str | None = Field(default=None, max_length=5000)


class RatingOut(BaseModel):
    id: int
    session_id: int
    rating: int
    comments: str | None
    created_at: datetime


class ScheduleAdherenceOut(BaseModel):
    scheduled: int = Field(description="Booked occurrences that are over (their start window has closed)")
    taken: int = Field(description="Of those, how many were started from the schedule")
    missed: int
    rate: float | None = Field(description="taken / scheduled; null until a booked occurrence is over")


class ProgressOut(BaseModel):
    assessed_sessions: int
    sessions: list[dict[str, Any]]
    dimensions: dict[str, dict[str, Any]]
    weakest_areas: list[dict[str, Any]]
    schedule_adherence: ScheduleAdherenceOut
