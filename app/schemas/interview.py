from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictInt, StringConstraints, field_validator

from app.schemas.casing import AcceptsCamelCase
from app.schemas.text import InterviewTitle, MessageText, visible

InterviewType = Literal["behavioral", "technical", "case", "system_design", "general", "mixed"]
Difficulty = Literal["easy", "medium", "hard"]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300), BeforeValidator(visible)]


class SessionCreate(AcceptsCamelCase):
    title: InterviewTitle
    interview_type: InterviewType
    role_context: ShortText | None = None
    company_context: ShortText | None = None
    difficulty_level: Difficulty | None = None
    job_description: Annotated[str, StringConstraints(max_length=20000), BeforeValidator(visible)] | None = None
    resume_id: StrictInt | None = None  # true is no document id
    max_questions: int | None = Field(default=None, ge=1, le=20, strict=True)  # not true, "3" or 3.0


class TurnOut(BaseModel):
    response: str
    status: str
    question_number: int
    total_questions: int
    is_follow_up: bool
    is_complete: bool
    phase: str | None = None
    mode: str = Field(description="Which interviewer produced this turn: llm or offline")
    provider: str | None = Field(default=None, description="The model provider when mode is llm")


class SessionStartOut(TurnOut):
    session_id: int
    id: int


# A word's start or end in seconds from the start of the answer: finite and within a day, so that every measure
# derived from the timings (durations, pauses, rates) is a finite number the database can store.
WordTime = Annotated[float, Field(ge=0, le=86400, allow_inf_nan=False)]


class MessageIn(BaseModel):
    message: MessageText
    control: Literal["end"] | None = Field(default=None, description="'end' finishes the interview early")
    duration_seconds: float | None = Field(default=None, ge=0, le=3600,
                                           description="How long the candidate spoke (enables words per minute)")
    word_timings: list[tuple[WordTime, WordTime]] | None = Field(
        default=None, max_length=5000, description="(start, end) seconds per spoken word, from speech-to-text")

    @field_validator("word_timings")
    @classmethod
    def _words_end_after_they_start(cls, timings: list[tuple[float, float]] | None) -> list[tuple[float, float]] | None:
        for n, (start, end) in enumerate(timings or ()):
            if end < start:
                raise ValueError(f"word {n} ends ({end}) before it starts ({start})")
        return timings


class VoiceTurnOut(TurnOut):
    transcript: str = Field(description="What the speech-to-text heard")


class InteractionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    role: str
    content: str
    question_number: int
    is_follow_up: bool
    phase: str | None
    mode: str | None
    created_at: datetime
    answer_duration_seconds: float | None = None
    analysis: dict[str, Any] | None = None
    question_ref: str | None = Field(default=None, description="Interviewer turns: the question-bank id, or "
                                     "claim:<kind>:<id> for a question about the candidate's own resume")
    category: str | None = None
    reason: str | None = Field(default=None, description="Interviewer turns: why this question was asked "
                               "(resume_claim, jd_gap, past_weak_area:<dimension>, bank, follow_up:<gap>, ...)")
    key_points: list[str] | None = Field(default=None, description="Interviewer turns: what the answer is judged on")
    provider: str | None = None
    channel: str | None = Field(default=None, description="Candidate turns: text, audio (uploaded) or voice")
    trace_id: str | None = Field(default=None, description="Interviewer turns: the LangSmith run, when tracing")


class SessionSummaryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    status: str
    interview_type: str
    role_context: str | None
    company_context: str | None
    difficulty_level: str
    max_questions: int
    total_questions: int = 0
    question_number: int
    mode: str
    ended_early: bool
    resume_id: int | None
    created_at: datetime
    completed_at: datetime | None
    duration_seconds: int | None


class TraceOut(BaseModel):
    trace_id: str
    name: str = Field(description="interview.start or interview.turn")
    turn_index: int
    url: str | None = Field(default=None, description="The run in LangSmith, when its project could be read")


class SessionOut(SessionSummaryOut):
    job_description: str | None
    interactions: list[InteractionOut]
    traces: list[TraceOut] = Field(default_factory=list, description="LangSmith traces of the turns (tracing on)")


class CompleteOut(BaseModel):
    id: int
    status: str
    completed_at: datetime
    duration_seconds: int


class LiveKitTokenOut(BaseModel):
    token: str
    room_name: str
    url: str
