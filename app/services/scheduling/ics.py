"""A schedule as an iCalendar file (RFC 5545) that calendar apps import: one VEVENT, weekly RRULE when recurring,
a VALARM for the reminder, and the VTIMEZONE its local times refer to. Built with the `icalendar` library."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from app.models import InterviewSchedule
from app.services.scheduling.recurrence import CLOSES_AFTER, OPENS_BEFORE, Series

PRODID = "-//AI Mock Interview//Scheduled interviews//EN"
# Open-ended series: describe the zone's rules this far ahead (calendar apps use their own rules for the TZID anyway).
OPEN_ENDED_YEARS = 5


def _describe(schedule: InterviewSchedule, app_url: str) -> str:
    kind = schedule.interview_type.replace("_", " ")
    lines = [f"A {kind} practice interview" + (f" for {schedule.role_context}" if schedule.role_context else "")
             + (f" at {schedule.company_context}" if schedule.company_context else "") + "."]
    if schedule.difficulty_level:
        lines.append(f"Difficulty: {schedule.difficulty_level}.")
    opens, closes = int(OPENS_BEFORE.total_seconds() // 60), int(CLOSES_AFTER.total_seconds() // 3600)
    lines.append(f"Start it from {opens} minutes before until {closes} hours after the start time: {app_url}")
    return "\n".join(lines)


def schedule_calendar(schedule: InterviewSchedule, *, now: datetime, app_url: str, host: str) -> bytes:
    series = Series.of(schedule)
    tz = ZoneInfo(schedule.timezone)
    event = Event()
    event.add("uid", f"{schedule.uid}@{host}")
    event.add("dtstamp", now.astimezone(UTC))
    event.add("created", schedule.created_at.astimezone(UTC))
    event.add("last-modified", schedule.updated_at.astimezone(UTC))
    # In UTC the time is written with Z and needs no VTIMEZONE; otherwise TZID plus the zone's definition.
    event.add("dtstart", schedule.start_at.astimezone(UTC if schedule.timezone == "UTC" else tz))
    event.add("duration", timedelta(minutes=schedule.duration_minutes))
    event.add("summary", schedule.title)
    event.add("description", _describe(schedule, app_url))
    if series.weekly:
        rule: dict[str, object] = {"freq": "weekly"}
        if schedule.recurrence_count is not None:
            rule["count"] = schedule.recurrence_count
        if schedule.recurrence_until is not None:
            rule["until"] = schedule.recurrence_until.astimezone(UTC)  # UTC, as RFC 5545 wants with a TZID start
        event.add("rrule", rule)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Reminder: {schedule.title}")
    alarm.add("trigger", timedelta(minutes=-schedule.remind_minutes_before))
    event.add_component(alarm)

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(event)
    last = series.last()
    first_year = schedule.start_at.astimezone(tz).year
    last_year = last.astimezone(tz).year if last else first_year + OPEN_ENDED_YEARS
    calendar.add_missing_timezones(first_date=date(first_year, 1, 1), last_date=date(last_year + 1, 1, 1))
    return calendar.to_ical()
