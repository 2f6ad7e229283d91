"""Schedule adherence for progress: of the occurrences a user booked that are over, how many they took."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AIInterviewSession, InterviewSchedule
from app.services.scheduling.recurrence import CLOSES_AFTER, Series


async def schedule_adherence(db: AsyncSession, user_id: int, now: datetime) -> dict[str, Any]:
    """`scheduled`: occurrences whose start window has closed (before any cancellation), plus any taken early;
    `taken`: those with an interview started from the schedule; `missed` = scheduled − taken; `rate` = taken /
    scheduled (null before the first one is over). A rescheduled series counts from its new start."""
    schedules = list(await db.scalars(select(InterviewSchedule).where(InterviewSchedule.user_id == user_id)))
    taken_rows = (await db.execute(
        select(AIInterviewSession.schedule_id, AIInterviewSession.scheduled_for).distinct()
        .where(AIInterviewSession.user_id == user_id, AIInterviewSession.schedule_id.is_not(None),
               AIInterviewSession.scheduled_for.is_not(None))
    )).all()
    scheduled = taken = 0
    for schedule in schedules:
        over_before = now - CLOSES_AFTER
        if schedule.cancelled_at is not None:
            over_before = min(over_before, schedule.cancelled_at)
        series = Series.of(schedule)
        past = set(series.between(schedule.start_at, over_before))
        took = {at for sid, at in taken_rows if sid == schedule.id}
        scheduled += len(past | took)
        taken += len(took)
    return {"scheduled": scheduled, "taken": taken, "missed": scheduled - taken,
            "rate": round(taken / scheduled, 2) if scheduled else None}
