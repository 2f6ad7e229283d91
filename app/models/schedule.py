"""Scheduled practice interviews: a booked time (once or weekly), its reminder state, and its interview settings."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, TimestampMixin


class InterviewSchedule(TimestampMixin, Base):
    __tablename__ = "interview_schedules"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # Stable iCalendar UID: re-importing the calendar file updates the event instead of duplicating it.
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=lambda: str(uuid.uuid4()))

    # What to start (the body of POST /ai-interview/sessions, kept until the interview starts)
    title: Mapped[str] = mapped_column(String(300))
    interview_type: Mapped[str] = mapped_column(String(20))
    role_context: Mapped[str | None] = mapped_column(String(300))
    company_context: Mapped[str | None] = mapped_column(String(300))
    difficulty_level: Mapped[str | None] = mapped_column(String(10))
    max_questions: Mapped[int | None]
    resume_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    job_description: Mapped[str | None] = mapped_column(Text)

    # When: the first occurrence (UTC instant) and the zone whose wall clock weekly occurrences keep.
    start_at: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    duration_minutes: Mapped[int] = mapped_column(default=45)
    remind_minutes_before: Mapped[int] = mapped_column(default=30)
    recurrence_freq: Mapped[str | None] = mapped_column(String(10))  # None (once) | "weekly"
    recurrence_count: Mapped[int | None]
    recurrence_until: Mapped[datetime | None]

    # Reminder cursor: when the next reminder is due (NULL: none left) and the occurrence last reminded. A worker
    # claims a reminder by moving the cursor with a compare-and-set UPDATE, so each goes out once across workers.
    reminder_due_at: Mapped[datetime | None] = mapped_column(index=True)
    reminded_occurrence_at: Mapped[datetime | None]

    # DELETE cancels: the row stays so past occurrences still count in adherence and sessions keep their link.
    cancelled_at: Mapped[datetime | None] = mapped_column(default=None)
