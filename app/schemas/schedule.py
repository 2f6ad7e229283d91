"""Scheduled interviews (`/ai-interview/schedules`): what a client sends and gets back.

Rules that need the clock (in the future, the reminder within the lead time) are checked by the service.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Annotated, Any, Literal
from zoneinfo import available_timezones

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictInt,
    StringConstraints,
    model_validator,
)

from app.schemas.casing import AcceptsCamelCase
from app.schemas.interview import Difficulty, InterviewType, ShortText
from app.schemas.text import InterviewTitle, visible


def _iso_with_offset(value: Any) -> Any:
    """ISO 8601 text with an explicit UTC offset ("Z" or "+01:00"); a bare local time is ambiguous."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("must be an ISO 8601 date-time with a UTC offset, e.g. 2027-03-02T09:00:00+01:00")
    else:
        # pydantic turns a ValueError (not a TypeError) into a 422
        raise ValueError("must be an ISO 8601 date-time string with a UTC offset")  # noqa: TRY004
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise ValueError("needs a UTC offset (e.g. +01:00 or Z): a time without one is ambiguous")
    try:
        parsed.astimezone(UTC)
    except OverflowError:
        raise ValueError("is out of range")
    return parsed


@lru_cache(maxsize=1)
def _timezones() -> frozenset[str]:
    # "localtime" is whatever /etc/localtime is on the server and "Factory" is a placeholder zone: neither means a
    # place, and no calendar app resolves them in an invitation's TZID.
    return frozenset(available_timezones()) - {"localtime", "Factory"}


def _known_timezone(value: str) -> str:
    """An IANA zone name, checked against the list (never by opening a file the client names)."""
    if value not in _timezones():
        raise ValueError("unknown timezone: use an IANA name such as Europe/Berlin or America/New_York")
    return value


def _until(value: Any) -> Any:
    """UNTIL is a calendar date (through the end of that day in the schedule's timezone) or a date-time with an
    offset."""
    if isinstance(value, str) and len(value.strip()) == 10:
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("must be a date (YYYY-MM-DD) or an ISO 8601 date-time with a UTC offset")
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    return _iso_with_offset(value)


OffsetDateTime = Annotated[datetime, BeforeValidator(_iso_with_offset)]
TimezoneName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64),
                         AfterValidator(_known_timezone)]
RemindMinutes = Annotated[int, Field(ge=0, le=7 * 24 * 60, description="Minutes before each occurrence")]
DurationMinutes = Annotated[int, Field(ge=5, le=240, description="Length of the calendar event")]


class RecurrenceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    freq: Literal["weekly"]
    count: int | None = Field(default=None, ge=1, le=520, description="Number of occurrences, the first included")
    until: Annotated[datetime | date, BeforeValidator(_until)] | None = Field(
        default=None, description="Last possible occurrence (inclusive): a date or a date-time with an offset")

    @model_validator(mode="after")
    def _count_or_until(self) -> RecurrenceIn:
        if self.count is not None and self.until is not None:
            raise ValueError("give either count or until, not both")
        return self


class ScheduleFields(AcceptsCamelCase):
    """The interview to start (as `POST /ai-interview/sessions`), all optional: shared by create and update."""

    model_config = ConfigDict(extra="forbid")

    title: InterviewTitle | None = None
    role_context: ShortText | None = None
    company_context: ShortText | None = None
    difficulty_level: Difficulty | None = None
    max_questions: int | None = Field(default=None, ge=1, le=20, strict=True)  # not true, "3" or 3.0
    resume_id: StrictInt | None = None  # true is no document id
    job_description: Annotated[str, StringConstraints(max_length=20000), BeforeValidator(visible)] | None = None
    recurrence: RecurrenceIn | None = None


class ScheduleCreate(ScheduleFields):
    interview_type: InterviewType
    start_at: OffsetDateTime = Field(description="ISO 8601 with a UTC offset, in the future")
    timezone: TimezoneName = Field(default="UTC", description="IANA zone whose wall-clock time weekly occurrences "
                                                              "keep across daylight-saving changes")
    remind_minutes_before: RemindMinutes = 30
    duration_minutes: DurationMinutes = 45


class ScheduleUpdate(ScheduleFields):
    """Only the fields sent change; `null` clears an optional field (recurrence: null makes it a one-off)."""

    interview_type: InterviewType | None = None
    start_at: OffsetDateTime | None = None
    timezone: TimezoneName | None = None
    remind_minutes_before: RemindMinutes | None = None
    duration_minutes: DurationMinutes | None = None

    @model_validator(mode="after")
    def _required_stay_set(self) -> ScheduleUpdate:
        for name in ("title", "interview_type", "start_at", "timezone", "remind_minutes_before", "duration_minutes"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        return self


class RecurrenceOut(BaseModel):
    freq: Literal["weekly"]
    count: int | None = None
    until: datetime | None = None


class WindowOut(BaseModel):
    occurrence_at: datetime
    opens_at: datetime
    closes_at: datetime


class ScheduleOut(BaseModel):
    id: int
    status: Literal["scheduled", "completed"] = Field(
        description="scheduled while an occurrence can still be started; completed after the last one")
    title: str
    interview_type: str
    role_context: str | None
    company_context: str | None
    difficulty_level: str | None
    max_questions: int | None
    resume_id: int | None
    job_description: str | None
    start_at: datetime = Field(description="The first occurrence, in the schedule's timezone")
    timezone: str
    next_start_at: datetime | None = Field(description="The next occurrence not yet begun (null when none is left)")
    start_window: WindowOut | None = Field(
        description="When POST .../start is allowed: the window open now, else the next one")
    remind_minutes_before: int
    duration_minutes: int
    recurrence: RecurrenceOut | None
    created_at: datetime
    updated_at: datetime
