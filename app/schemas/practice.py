from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from app.schemas.text import CoachText, DrillAnswerText, InterviewTitle, visible


class PracticeCreate(BaseModel):
    title: InterviewTitle
    # Blank or only invisible characters ("\u200b"): one is drawn from the bank, as when it is left out.
    question: Annotated[str, StringConstraints(max_length=2000), BeforeValidator(visible)] | None = None


class PracticeAnswerIn(BaseModel):
    answer: DrillAnswerText
    duration_seconds: float | None = Field(default=None, ge=0, le=3600)


class PracticeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    question: str
    user_id: int
    status: str
    answer: str | None
    analysis: dict[str, Any] | None
    overall_score: float | None
    duration_seconds: int | None
    created_at: datetime
    completed_at: datetime | None


class PracticeListOut(BaseModel):
    sessions: list[PracticeOut]


class PracticeCompleteOut(BaseModel):
    id: int
    duration_seconds: int | None
    status: str


class PracticeFeedbackOut(BaseModel):
    overall_score: float | None
    detailed_feedback: dict[str, Any]


class ChatIn(BaseModel):
    # The 8,000-character cap is enforced in the route so an over-long message is a 413, as the contract says.
    message: CoachText


class ChatOut(BaseModel):
    reply: str
    mode: str
    sources: list[str]
