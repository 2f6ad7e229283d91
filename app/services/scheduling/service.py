"""What the API calls for scheduled interviews: book, list, read, change, cancel, export to a calendar, and start
an occurrence in its window. The clock is injected (`clock`), so every time rule is testable without waiting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.config import Settings
from app.core.errors import ConflictError, InvalidInputError, NotFoundError
from app.models import AIInterviewSession, Document, InterviewSchedule, User, is_row_id
from app.schemas.interview import SessionCreate
from app.schemas.schedule import RecurrenceIn, ScheduleCreate, ScheduleUpdate
from app.services.accounts.mail import Mailer
from app.services.documents.service import documents_still_there
from app.services.interview.service import InterviewService
from app.services.interview.state import Turn
from app.services.scheduling.ics import schedule_calendar
from app.services.scheduling.recurrence import Series, Window
from app.services.scheduling.reminders import arm, send_due_reminders

Clock = Callable[[], datetime]
# Bounds that keep every date computation far from datetime's limits (and schedules meaningful).
MAX_BOOKING_AHEAD = timedelta(days=2 * 366)
MAX_SERIES_SPAN = timedelta(weeks=520)
# The settings of the interview to start, copied as sent; the timing fields are validated together instead.
INTERVIEW_FIELDS = ("title", "interview_type", "role_context", "company_context", "difficulty_level",
                    "max_questions", "resume_id", "job_description", "duration_minutes")


def utc_now() -> datetime:
    return datetime.now(UTC)


def _default_title(interview_type: str) -> str:
    return f"Scheduled {interview_type.replace('_', ' ')} interview"


def _local(value: datetime | None, tz: ZoneInfo) -> datetime | None:
    return value.astimezone(tz) if value is not None else None


class ScheduleService:
    def __init__(self, settings: Settings, interviews: InterviewService, mailer: Mailer,
                 sessions: async_sessionmaker[AsyncSession], clock: Clock = utc_now) -> None:
        self.settings = settings
        self.interviews = interviews
        self.mailer = mailer
        self.sessions = sessions
        self.clock = clock

    # --- reading -----------------------------------------------------------------------------------------------

    async def get_owned(self, db: AsyncSession, user: User, schedule_id: int) -> InterviewSchedule:
        schedule = await db.scalar(select(InterviewSchedule).where(
            InterviewSchedule.id == schedule_id, InterviewSchedule.user_id == user.id,
            InterviewSchedule.cancelled_at.is_(None)))
        if schedule is None:
            raise NotFoundError("Interview schedule")
        return schedule

    async def list_for(self, db: AsyncSession, user: User) -> list[dict[str, Any]]:
        """The user's schedules as shown by the API, soonest first; those with nothing left to start come last."""
        rows = await db.scalars(select(InterviewSchedule).where(
            InterviewSchedule.user_id == user.id, InterviewSchedule.cancelled_at.is_(None)))
        views = [self.describe(s) for s in rows]
        upcoming = sorted((v for v in views if v["start_window"]),
                          key=lambda v: (v["start_window"]["occurrence_at"], v["id"]))
        over = sorted((v for v in views if not v["start_window"]), key=lambda v: (v["start_at"], v["id"]),
                      reverse=True)
        return upcoming + over

    def describe(self, schedule: InterviewSchedule) -> dict[str, Any]:
        now = self.clock()
        tz = ZoneInfo(schedule.timezone)
        series = Series.of(schedule)
        window = series.current_window(now)
        return {
            "id": schedule.id, "status": "scheduled" if window else "completed",
            **{name: getattr(schedule, name) for name in INTERVIEW_FIELDS},
            "start_at": _local(schedule.start_at, tz), "timezone": schedule.timezone,
            "next_start_at": _local(series.first_at_or_after(now), tz),
            "start_window": {"occurrence_at": _local(window.occurrence, tz), "opens_at": _local(window.opens_at, tz),
                             "closes_at": _local(window.closes_at, tz)} if window else None,
            "remind_minutes_before": schedule.remind_minutes_before,
            "recurrence": {"freq": schedule.recurrence_freq, "count": schedule.recurrence_count,
                           "until": _local(schedule.recurrence_until, tz)} if schedule.recurrence_freq else None,
            "created_at": schedule.created_at, "updated_at": schedule.updated_at,
        }

    async def calendar(self, db: AsyncSession, user: User, schedule_id: int) -> bytes:
        schedule = await self.get_owned(db, user, schedule_id)
        app_url = self.settings.frontend_url
        return schedule_calendar(schedule, now=self.clock(), app_url=app_url,
                                 host=urlsplit(app_url).hostname or "mock-interview.local")

    # --- booking and changes -----------------------------------------------------------------------------------

    async def create(self, db: AsyncSession, user: User, body: ScheduleCreate) -> InterviewSchedule:
        now = self.clock()
        if body.resume_id is not None:
            await self._check_resume(db, user, body.resume_id)
        schedule = InterviewSchedule(
            user_id=user.id, title=body.title or _default_title(body.interview_type),
            interview_type=body.interview_type, role_context=body.role_context, company_context=body.company_context,
            difficulty_level=body.difficulty_level, max_questions=body.max_questions, resume_id=body.resume_id,
            job_description=body.job_description, start_at=self._new_start(body.start_at, now),
            timezone=body.timezone, remind_minutes_before=body.remind_minutes_before,
            duration_minutes=body.duration_minutes,
        )
        self._set_recurrence(schedule, body.recurrence)
        self._check_timing(schedule, now, new_reminder=True,
                           reminder_asked="remind_minutes_before" in body.model_fields_set)
        arm(schedule, now)
        db.add(schedule)
        async with documents_still_there(db, user.id, resume_id=body.resume_id):
            await db.commit()
        return schedule

    async def update(self, db: AsyncSession, user: User, schedule_id: int, body: ScheduleUpdate
                     ) -> InterviewSchedule:
        """Reschedule or change settings. The result is validated as a whole, like a new booking: a new start must
        be in the future, and a changed start or reminder must leave the reminder within the lead time."""
        now = self.clock()
        schedule = await self.get_owned(db, user, schedule_id)
        changes = body.model_dump(exclude_unset=True)
        if changes.get("resume_id") is not None:
            await self._check_resume(db, user, changes["resume_id"])
        for name in INTERVIEW_FIELDS:
            if name in changes:
                setattr(schedule, name, changes[name])
        if "start_at" in changes:
            schedule.start_at = self._new_start(body.start_at, now)  # type: ignore[arg-type]
        if "timezone" in changes:
            schedule.timezone = body.timezone  # type: ignore[assignment]
        if "remind_minutes_before" in changes:
            schedule.remind_minutes_before = body.remind_minutes_before  # type: ignore[assignment]
        if "recurrence" in changes:
            self._set_recurrence(schedule, body.recurrence)
        timing = {"start_at", "timezone", "remind_minutes_before", "recurrence"} & changes.keys()
        if timing:
            self._check_timing(schedule, now, new_reminder=bool({"start_at", "remind_minutes_before"} & timing),
                               reminder_asked="remind_minutes_before" in changes)
            arm(schedule, now)
        async with documents_still_there(db, user.id, resume_id=changes.get("resume_id")):
            await db.commit()
        return schedule

    async def cancel(self, db: AsyncSession, user: User, schedule_id: int) -> None:
        schedule = await self.get_owned(db, user, schedule_id)
        schedule.cancelled_at = self.clock()
        schedule.reminder_due_at = None
        await db.commit()

    async def _check_resume(self, db: AsyncSession, user: User, resume_id: int) -> None:
        if not is_row_id(resume_id) or await db.scalar(select(Document.id).where(
                Document.id == resume_id, Document.user_id == user.id, Document.kind == "resume")) is None:
            raise NotFoundError("Resume")

    @staticmethod
    def _set_recurrence(schedule: InterviewSchedule, recurrence: RecurrenceIn | None) -> None:
        schedule.recurrence_freq = recurrence.freq if recurrence else None
        schedule.recurrence_count = recurrence.count if recurrence else None
        until = recurrence.until if recurrence else None
        if isinstance(until, date) and not isinstance(until, datetime):
            if until > (schedule.start_at + MAX_SERIES_SPAN).date():
                raise InvalidInputError("recurrence.until is more than ten years after start_at")
            # A date means "through that day" in the schedule's own timezone.
            until = datetime.combine(until, time(23, 59, 59), tzinfo=ZoneInfo(schedule.timezone))
        schedule.recurrence_until = until.astimezone(UTC) if until is not None else None

    @staticmethod
    def _new_start(start_at: datetime, now: datetime) -> datetime:
        """A booked or rescheduled start: in the future, and not absurdly far (checked before any date arithmetic)."""
        if start_at <= now:
            raise InvalidInputError("start_at must be in the future")
        if start_at > now + MAX_BOOKING_AHEAD:
            raise InvalidInputError("start_at can be at most two years ahead")
        return start_at.astimezone(UTC)

    @staticmethod
    def _check_timing(schedule: InterviewSchedule, now: datetime, *, new_reminder: bool, reminder_asked: bool
                      ) -> None:
        """The series as a whole, after a booking or a change of its timing. A reminder the client asked for
        that cannot come before the next occurrence is a 422; the default one is skipped for that occurrence
        (booking an interview 20 minutes ahead needs no reminder) and kept for the later ones."""
        until = schedule.recurrence_until
        if until is not None and until < schedule.start_at:
            raise InvalidInputError("recurrence.until is before start_at: the series would be empty")
        if until is not None and until > schedule.start_at + MAX_SERIES_SPAN:
            raise InvalidInputError("recurrence.until is more than ten years after start_at")
        if new_reminder:
            upcoming = Series.of(schedule).first_at_or_after(now)
            remind = timedelta(minutes=schedule.remind_minutes_before)
            if upcoming is not None and upcoming - remind < now:
                if not reminder_asked:
                    schedule.reminded_occurrence_at = upcoming  # `arm` then points at the next occurrence
                    return
                lead = int((upcoming - now).total_seconds() // 60)
                raise InvalidInputError(
                    f"remind_minutes_before ({schedule.remind_minutes_before}) is longer than the lead time: "
                    f"the interview starts in {lead} minutes")

    # --- starting an occurrence --------------------------------------------------------------------------------

    async def start(self, db: AsyncSession, user: User, schedule_id: int) -> tuple[AIInterviewSession, Turn]:
        """Start the occurrence whose window is open now, with the stored settings."""
        now = self.clock()
        schedule = await self.get_owned(db, user, schedule_id)
        series = Series.of(schedule)
        window = series.window_at(now)
        if window is None:
            raise ConflictError(self._outside_window(schedule, series, now))
        # Starts of one schedule take turns: writing its row first holds them until the one before has committed its
        # interview (a row lock on PostgreSQL, the write lock on SQLite), so the look-up below sees it.
        await db.execute(update(InterviewSchedule).where(InterviewSchedule.id == schedule.id)
                         .values(updated_at=now).execution_options(synchronize_session=False))
        # Started already (a second click, a retry after a lost response): the interview under way, not another.
        running = await db.scalar(select(AIInterviewSession).where(
            AIInterviewSession.user_id == user.id, AIInterviewSession.schedule_id == schedule.id,
            AIInterviewSession.scheduled_for == window.occurrence, AIInterviewSession.status != "completed",
        ).order_by(AIInterviewSession.id.desc()).limit(1))
        if running is not None and (pending := await self.interviews.latest_interviewer_turn(db, running)):
            return running, pending
        body = SessionCreate(
            title=schedule.title, interview_type=schedule.interview_type,  # type: ignore[arg-type]
            role_context=schedule.role_context, company_context=schedule.company_context,
            difficulty_level=schedule.difficulty_level,  # type: ignore[arg-type]
            job_description=schedule.job_description, resume_id=schedule.resume_id,
            max_questions=schedule.max_questions,
        )
        return await self.interviews.start(db, user, body, schedule_id=schedule.id, scheduled_for=window.occurrence)

    @staticmethod
    def _outside_window(schedule: InterviewSchedule, series: Series, now: datetime) -> str:
        tz = ZoneInfo(schedule.timezone)

        def span(window: Window) -> str:
            return (f"from {window.opens_at.astimezone(tz).isoformat()} "
                    f"until {window.closes_at.astimezone(tz).isoformat()}")

        upcoming, previous = series.first_at_or_after(now), series.last_before(now)
        if upcoming is not None and previous is None:
            return f"Too early: this interview can be started {span(Window.of(upcoming))}"
        if upcoming is None and previous is not None:
            return f"Too late: this interview could be started {span(Window.of(previous))}; no occurrence is left"
        return (f"Not in a start window: the last occurrence could be started {span(Window.of(previous))}, "
                f"the next one can be started {span(Window.of(upcoming))}")

    # --- reminders ---------------------------------------------------------------------------------------------

    async def send_due_reminders(self, now: datetime | None = None) -> int:
        return await send_due_reminders(self.sessions, self.mailer, now or self.clock())
