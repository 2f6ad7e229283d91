"""The product's record of AI interviews: sessions, transcript turns, assessments and candidate ratings.

The LangGraph checkpoint is the engine's working memory; these tables are what users and reports read.
"""

from __future__ import annotations

import asyncio
import time
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.errors import TurnInProgressError
from app.models.base import Base, JSONType, TimestampMixin, utcnow

TURN_WAIT_SECONDS = 5.0  # how long ending an interview waits for a turn being answered


class AIInterviewSession(TimestampMixin, Base):
    __tablename__ = "ai_interview_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    thread_id: Mapped[str] = mapped_column(String(36), unique=True)  # LangGraph thread
    title: Mapped[str] = mapped_column(String(300))
    interview_type: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="active")  # active | completed
    role_context: Mapped[str | None] = mapped_column(String(300))
    company_context: Mapped[str | None] = mapped_column(String(300))
    difficulty_level: Mapped[str] = mapped_column(String(10), default="medium")
    job_description: Mapped[str | None] = mapped_column(Text)
    resume_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    job_description_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    max_questions: Mapped[int]
    question_number: Mapped[int] = mapped_column(default=0)
    turn_count: Mapped[int] = mapped_column(default=0)  # transcript rows stored (the next turn_index)
    mode: Mapped[str] = mapped_column(String(20), default="offline")
    ended_early: Mapped[bool] = mapped_column(default=False)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    duration_seconds: Mapped[int | None] = mapped_column(default=None)
    # A short lease serialises turns across workers: a second message racing the first gets 409.
    lease_token: Mapped[str | None] = mapped_column(String(36), default=None)
    lease_expires_at: Mapped[datetime | None] = mapped_column(default=None)
    # Started from a scheduled interview: which schedule, and which of its occurrences (for adherence).
    schedule_id: Mapped[int | None] = mapped_column(ForeignKey("interview_schedules.id", ondelete="SET NULL"),
                                                    index=True, default=None)
    scheduled_for: Mapped[datetime | None] = mapped_column(default=None)

    interactions: Mapped[list[AIInterviewInteraction]] = relationship(
        back_populates="session", order_by="AIInterviewInteraction.turn_index", cascade="all, delete-orphan"
    )

    async def complete(self, db: AsyncSession) -> None:
        """Completed now, and committed (no-op when already completed); the duration runs from creation. Not under
        a turn that holds the interview's lease, whose reply would be written after the end: the turn is waited
        for (the candidate pressed "end" while the interviewer was still answering), up to TURN_WAIT_SECONDS, then
        TurnInProgressError (409, retry shortly)."""
        table = AIInterviewSession.__table__
        deadline = time.monotonic() + TURN_WAIT_SECONDS
        while self.status != "completed":
            now = utcnow()
            done = await db.execute(update(table).where(
                (table.c.id == self.id) & (table.c.status == "active")
                & (table.c.lease_token.is_(None) | (table.c.lease_expires_at < now))).values(
                status="completed", completed_at=now,
                duration_seconds=max(0, int((now - self.created_at).total_seconds()))))
            await db.commit()
            await db.refresh(self)
            if done.rowcount == 0 and self.status != "completed":
                if time.monotonic() >= deadline:
                    raise TurnInProgressError()
                await asyncio.sleep(0.05)


class AIInterviewInteraction(Base):
    __tablename__ = "ai_interview_interactions"
    __table_args__ = (UniqueConstraint("session_id", "turn_index"), UniqueConstraint("session_id", "client_message_id",
                                       name="uq_ai_interview_interactions_client_message_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("ai_interview_sessions.id", ondelete="CASCADE"), index=True)
    turn_index: Mapped[int]
    role: Mapped[str] = mapped_column(String(20))  # interviewer | candidate
    content: Mapped[str] = mapped_column(Text)
    question_number: Mapped[int] = mapped_column(default=0)
    is_follow_up: Mapped[bool] = mapped_column(default=False)
    phase: Mapped[str | None] = mapped_column(String(30))
    category: Mapped[str | None] = mapped_column(String(30))
    question_ref: Mapped[str | None] = mapped_column(String(40))  # question-bank id the turn came from
    reason: Mapped[str | None] = mapped_column(String(80), default=None)  # why the interviewer asked this
    key_points: Mapped[list[str] | None] = mapped_column(JSONType, default=None)  # what the answer is judged on
    mode: Mapped[str | None] = mapped_column(String(20))
    provider: Mapped[str | None] = mapped_column(String(40), default=None)
    analysis: Mapped[dict[str, Any] | None] = mapped_column(JSONType, default=None)
    answer_duration_seconds: Mapped[float | None] = mapped_column(default=None)
    # Candidate turns: the client's idempotency key (a retry with it gets the recorded reply) and how it was given.
    client_message_id: Mapped[str | None] = mapped_column(String(100), default=None)
    channel: Mapped[str | None] = mapped_column(String(10), default=None)  # text | audio | voice
    trace_id: Mapped[str | None] = mapped_column(String(36), default=None)  # LangSmith run of an interviewer turn
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    session: Mapped[AIInterviewSession] = relationship(back_populates="interactions")


class InterviewAssessment(TimestampMixin, Base):
    """The stored result of POST /assess: computed once, returned unchanged afterwards."""

    __tablename__ = "interview_assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("ai_interview_sessions.id", ondelete="CASCADE"), unique=True)
    overall_score: Mapped[float | None]
    method: Mapped[str] = mapped_column(String(20))  # heuristic | llm
    result: Mapped[dict[str, Any]] = mapped_column(JSONType)


class InterviewRating(Base):
    """The candidate's own rating of an interview."""

    __tablename__ = "interview_ratings"
    # One rating per candidate and interview: rating again changes it.
    __table_args__ = (Index("uq_interview_ratings_session_user", "session_id", "user_id", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("ai_interview_sessions.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    rating: Mapped[int]
    comments: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PracticeSession(TimestampMixin, Base):
    """A one-question drill: a question, the candidate's answer, and its analysis."""

    __tablename__ = "practice_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    question: Mapped[str] = mapped_column(Text)
    question_ref: Mapped[str | None] = mapped_column(String(40))
    answer: Mapped[str | None] = mapped_column(Text)
    analysis: Mapped[dict[str, Any] | None] = mapped_column(JSONType, default=None)
    status: Mapped[str] = mapped_column(String(20), default="active")
    duration_seconds: Mapped[int | None] = mapped_column(default=None)
    overall_score: Mapped[float | None] = mapped_column(default=None)
    detailed_feedback: Mapped[dict[str, Any] | None] = mapped_column(JSONType, default=None)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
