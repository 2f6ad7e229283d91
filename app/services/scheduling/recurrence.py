"""When a scheduled interview happens: its occurrences, computed from the schedule (never stored), and the window in
which each can be started. Pure functions, no I/O.

Weekly occurrences keep the local wall-clock time of the first one in the schedule's timezone, so "Tuesdays at 09:00
Berlin time" stays 09:00 across daylight-saving changes (the UTC instant moves by an hour). That is RFC 5545's
reading of `DTSTART;TZID=...` with `RRULE:FREQ=WEEKLY`, so the calendar file and the server agree. On a later date
that local time may be ambiguous (it comes twice when clocks fall back) or may not exist (inside a spring-forward gap);
both are read as RFC 5545 reads them, and as `zoneinfo` does with fold=0: the first of the two times, and the offset
before the gap.

The first occurrence is always the instant booked, whatever its local time: "02:30+01:00" on a night when 02:30 comes
twice is the second 02:30, not the first. Its wall-clock time in the zone is what the weeks after keep (a booking
inside a gap, such as 02:30+01:00 when Berlin jumps from 02:00 to 03:00, is the instant 03:30+02:00, so 03:30).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from app.models import InterviewSchedule

WEEK = timedelta(weeks=1)
# An occurrence can be started from 15 minutes before it until 2 hours after it.
OPENS_BEFORE = timedelta(minutes=15)
CLOSES_AFTER = timedelta(hours=2)


@dataclass(frozen=True)
class Window:
    occurrence: datetime
    opens_at: datetime
    closes_at: datetime

    @classmethod
    def of(cls, occurrence: datetime) -> Window:
        return cls(occurrence, occurrence - OPENS_BEFORE, occurrence + CLOSES_AFTER)

    def contains(self, now: datetime) -> bool:
        return self.opens_at <= now <= self.closes_at


@dataclass(frozen=True)
class Series:
    """The occurrences of one schedule: the first at `start` (aware), then weekly when `weekly`, limited by `count`
    occurrences or by `until` (inclusive, as RRULE's UNTIL)."""

    start: datetime
    tz: ZoneInfo
    weekly: bool = False
    count: int | None = None
    until: datetime | None = None

    @classmethod
    def of(cls, schedule: InterviewSchedule) -> Series:
        return cls(start=schedule.start_at, tz=ZoneInfo(schedule.timezone),
                   weekly=schedule.recurrence_freq == "weekly", count=schedule.recurrence_count,
                   until=schedule.recurrence_until)

    def occurrence(self, k: int) -> datetime | None:
        """The k-th occurrence (from 0) as a UTC instant, or None past the end of the series."""
        if k < 0 or (k > 0 and not self.weekly) or (self.count is not None and k >= self.count):
            return None
        if k == 0:
            return self.start.astimezone(UTC)  # exactly as booked: a round trip through local time could lose the fold
        wall_clock = self.start.astimezone(self.tz).replace(tzinfo=None) + k * WEEK
        at = wall_clock.replace(tzinfo=self.tz, fold=0).astimezone(UTC)
        if self.until is not None and at > self.until:
            return None
        return at

    def _index_near(self, t: datetime) -> int:
        # A UTC week and a local week differ by at most a DST shift, so this is at most one below the answer.
        return max(0, (t - self.start) // WEEK - 1) if self.weekly else 0

    def first_at_or_after(self, t: datetime) -> datetime | None:
        k = self._index_near(t)
        while (at := self.occurrence(k)) is not None:
            if at >= t:
                return at
            k += 1
        return None

    def first_after(self, t: datetime) -> datetime | None:
        return self.first_at_or_after(t + timedelta(microseconds=1))

    def last_before(self, t: datetime) -> datetime | None:
        """The latest occurrence strictly before `t`."""
        if self.until is not None:
            t = min(t, self.until + timedelta(microseconds=1))
        k, last = self._index_near(t), None
        if self.count is not None:
            k = min(k, self.count)
        if k > 0:
            last = self.occurrence(k - 1)  # before t (the estimate never overshoots), and within the series
        while (at := self.occurrence(k)) is not None and at < t:
            last, k = at, k + 1
        return last

    def between(self, a: datetime, b: datetime) -> list[datetime]:
        """Occurrences in [a, b)."""
        found, at = [], self.first_at_or_after(a)
        while at is not None and at < b:
            found.append(at)
            at = self.first_after(at)
        return found

    def last(self) -> datetime | None:
        """The final occurrence, or None when the series never ends."""
        if not self.weekly:
            return self.occurrence(0)
        if self.count is None and self.until is None:
            return None
        return self.last_before(datetime.max.replace(tzinfo=UTC))

    def last_before_or_at(self, t: datetime) -> datetime | None:
        return self.last_before(t + timedelta(microseconds=1))

    def window_at(self, now: datetime) -> Window | None:
        """The start window that contains `now`, if any (windows never overlap: they span 2h15 of a week)."""
        at = self.last_before_or_at(now + OPENS_BEFORE)
        if at is not None and Window.of(at).contains(now):
            return Window.of(at)
        return None

    def current_window(self, now: datetime) -> Window | None:
        """The window of the occurrence a candidate can start now or next: the open one, else the next one."""
        window = self.window_at(now)
        if window is not None:
            return window
        upcoming = self.first_at_or_after(now)
        return Window.of(upcoming) if upcoming is not None else None
