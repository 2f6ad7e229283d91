"""A schedule as an iCalendar file (RFC 5545) that calendar apps import: one VEVENT, weekly RRULE when recurring,
a VALARM for the reminder, and the VTIMEZONE its local times refer to. Built with the `icalendar` library.

A calendar reads a local time with a TZID that comes twice (when clocks fall back) as the first of the two
(RFC 5545 3.3.5). A schedule booked at the second one is therefore written so it cannot be misread: a one-off starts
at a UTC time; a weekly series keeps its TZID start (later weeks keep that wall-clock time) and moves its first
instance to the UTC instant with a second VEVENT of the same UID and a RECURRENCE-ID, as calendars export a moved
instance."""

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


def _event(schedule: InterviewSchedule, start: datetime, *, now: datetime, app_url: str, host: str) -> Event:
    event = Event()
    event.add("uid", f"{schedule.uid}@{host}")
    event.add("dtstamp", now.astimezone(UTC))
    event.add("created", schedule.created_at.astimezone(UTC))
    event.add("last-modified", schedule.updated_at.astimezone(UTC))
    event.add("dtstart", start)
    event.add("duration", timedelta(minutes=schedule.duration_minutes))
    event.add("summary", schedule.title)
    event.add("description", _describe(schedule, app_url))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Reminder: {schedule.title}")
    alarm.add("trigger", timedelta(minutes=-schedule.remind_minutes_before))
    event.add_component(alarm)
    return event


def schedule_calendar(schedule: InterviewSchedule, *, now: datetime, app_url: str, host: str) -> bytes:
    series = Series.of(schedule)
    tz = ZoneInfo(schedule.timezone)
    first = schedule.start_at.astimezone(UTC)  # the first occurrence: the instant booked
    # The local time a calendar reads back from DTSTART;TZID: on the repeated hour, the first of the two.
    as_read = first.astimezone(tz).replace(fold=0)
    misread = as_read.astimezone(UTC) != first
    # In UTC the time is written with Z and needs no VTIMEZONE; otherwise TZID plus the zone's definition.
    start = first if schedule.timezone == "UTC" or (misread and not series.weekly) else as_read
    events = [_event(schedule, start, now=now, app_url=app_url, host=host)]
    if series.weekly:
        rule: dict[str, object] = {"freq": "weekly"}
        if schedule.recurrence_count is not None:
            rule["count"] = schedule.recurrence_count
        if schedule.recurrence_until is not None:
            rule["until"] = schedule.recurrence_until.astimezone(UTC)  # UTC, as RFC 5545 wants with a TZID start
        events[0].add("rrule", rule)
        if misread:
            moved = _event(schedule, first, now=now, app_url=app_url, host=host)
            moved.add("recurrence-id", as_read)  # the instance the rule gives, moved to the instant booked
            events.append(moved)

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    for event in events:
        calendar.add_component(event)
    last = series.last()
    first_year = schedule.start_at.astimezone(tz).year
    last_year = last.astimezone(tz).year if last else first_year + OPEN_ENDED_YEARS
    calendar.add_missing_timezones(first_date=date(first_year, 1, 1), last_date=date(last_year + 1, 1, 1))
    return calendar.to_ical()
