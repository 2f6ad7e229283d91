"""Reminder mails for scheduled interviews: one per occurrence, at start − remind_minutes_before.

`send_due_reminders(sessions, mailer, now)` is the one entry point. Any trigger may call it, as often and from as
many processes as it likes: the in-process poller (app/services/scheduling/poller.py) or a task queue's scheduler.

Once-only across workers and restarts rests on the database, not on memory. Each schedule row carries a reminder
cursor: `reminder_due_at` (when the next reminder is due) and `reminded_occurrence_at` (the occurrence last
reminded). A worker claims a reminder by moving the cursor forward with one compare-and-set
`UPDATE ... WHERE <cursor as read> RETURNING`, committed before the mail goes out. Of two workers that read the same
due row, only one UPDATE matches (PostgreSQL re-checks the WHERE once the first commits; SQLite serialises
writers), and a restarted process finds the cursor already moved. On PostgreSQL the due rows are also read with
`FOR UPDATE SKIP LOCKED`, so workers share a burst instead of queueing on the same rows. The claim comes before the
send: a crash between the two loses those mails (at most one batch) rather than ever sending one twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models import InterviewSchedule, User
from app.services.accounts.mail import Mail, Mailer
from app.services.scheduling.recurrence import Series, Window

logger = logging.getLogger(__name__)
BATCH = 100


def arm(schedule: InterviewSchedule, now: datetime) -> None:
    """Point the cursor at the reminder of the next occurrence not yet begun (after any change to the timing).
    An occurrence already reminded is not reminded again, even when an edit leaves it where it was."""
    series = Series.of(schedule)
    upcoming = series.first_at_or_after(now)
    if upcoming is not None and upcoming == schedule.reminded_occurrence_at:
        upcoming = series.first_after(upcoming)
    schedule.reminder_due_at = (upcoming - timedelta(minutes=schedule.remind_minutes_before)
                                if upcoming is not None else None)


@dataclass(frozen=True)
class _Due:
    schedule: InterviewSchedule
    occurrence: datetime
    email: str
    name: str
    can_receive: bool


async def _due(db: AsyncSession, now: datetime) -> list[_Due]:
    rows = (await db.execute(
        select(InterviewSchedule, User.email, User.name, User.is_active & User.email_verified)
        .join(User, User.id == InterviewSchedule.user_id)
        .where(InterviewSchedule.reminder_due_at <= now, InterviewSchedule.cancelled_at.is_(None))
        .order_by(InterviewSchedule.reminder_due_at, InterviewSchedule.id).limit(BATCH)
        # PostgreSQL: concurrent workers take disjoint batches instead of queueing on the same rows.
        # SQLite has no row locks (and ignores this); the compare-and-set below is what guarantees once.
        .with_for_update(of=InterviewSchedule, skip_locked=True)
    )).all()
    return [_Due(schedule, schedule.reminder_due_at + timedelta(minutes=schedule.remind_minutes_before),
                 email, name, bool(ok)) for schedule, email, name, ok in rows]


async def _claim(db: AsyncSession, item: _Due, now: datetime) -> bool:
    """Move the cursor past the occurrence if it is still exactly as read; True when this caller won it."""
    schedule = item.schedule
    following = Series.of(schedule).first_after(max(item.occurrence, now))
    seen_reminded = schedule.reminded_occurrence_at
    cursor_as_read = (
        (InterviewSchedule.id == schedule.id)
        & (InterviewSchedule.reminder_due_at == schedule.reminder_due_at)
        & (InterviewSchedule.remind_minutes_before == schedule.remind_minutes_before)
        & (InterviewSchedule.reminded_occurrence_at.is_(None) if seen_reminded is None
           else InterviewSchedule.reminded_occurrence_at == seen_reminded)
        & InterviewSchedule.cancelled_at.is_(None)
    )
    stmt = (update(InterviewSchedule).where(cursor_as_read)
            .values(reminder_due_at=(following - timedelta(minutes=schedule.remind_minutes_before)
                                     if following is not None else None),
                    reminded_occurrence_at=item.occurrence,
                    updated_at=InterviewSchedule.updated_at)  # a reminder is not an edit of the schedule
            .returning(InterviewSchedule.id).execution_options(synchronize_session=False))
    return (await db.execute(stmt)).first() is not None


def reminder_mail(schedule: InterviewSchedule, occurrence: datetime, *, to: str, name: str, app_url: str) -> Mail:
    tz = ZoneInfo(schedule.timezone)
    window = Window.of(occurrence)
    at = occurrence.astimezone(tz)
    when = f"{at:%A %d %B %Y at %H:%M} ({schedule.timezone})"
    body = (f"Hello {name},\n\n"
            f"Your practice interview \"{schedule.title}\" is scheduled for {when}.\n"
            f"You can start it from {window.opens_at.astimezone(tz):%H:%M} until "
            f"{window.closes_at.astimezone(tz):%H:%M}: {app_url}\n\n"
            "Good luck!\n")
    return Mail(to=to, subject=f"Reminder: {schedule.title}, {at:%a %d %b at %H:%M}", body=body)


async def send_due_reminders(sessions: async_sessionmaker[AsyncSession], mailer: Mailer, now: datetime) -> int:
    """Send every reminder due at `now` (the clock is the caller's); returns how many mails went out.

    Reminders are claimed a batch at a time in one transaction, committed, and only then mailed. A reminder that is
    late (every process was down) still goes out while its occurrence can be started; after that it is dropped.
    Mail goes only to active users with a verified address: a schedule must not turn someone else's address,
    registered without proof, into a stream of mail.
    """
    sent = 0
    while True:
        async with sessions() as db:
            due = await _due(db, now)
            won = [item for item in due if await _claim(db, item, now)]  # the others: another worker was first
            await db.commit()
        for item in won:
            schedule = item.schedule
            if item.occurrence == schedule.reminded_occurrence_at or now > Window.of(item.occurrence).closes_at:
                continue  # already reminded (an edit re-armed it), or too late to be of use
            if not item.can_receive:
                logger.info("Reminder for schedule %s not mailed: address not verified or user inactive",
                            schedule.id)
                continue
            await mailer.send(reminder_mail(schedule, item.occurrence, to=item.email, name=item.name,
                                            app_url=mailer.settings.frontend_url))
            sent += 1
        if len(due) < BATCH or not won:
            return sent
