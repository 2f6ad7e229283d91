"""Occurrences and start windows: weekly series keep their local wall-clock time across daylight-saving changes,
end where count or until say, and agree with the calendar's own reading of the rule (dateutil's RRULE)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import WEEKLY, rrule

from app.services.scheduling.recurrence import Series

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def test_weekly_keeps_wall_clock_across_spring_forward():
    # Tuesdays 09:00 in Berlin; summer time starts on Sunday 2027-03-28.
    series = Series(start=datetime(2027, 3, 16, 9, 0, tzinfo=BERLIN), tz=BERLIN, weekly=True)
    occurrences = [series.occurrence(k) for k in range(4)]
    assert [o.astimezone(BERLIN).strftime("%a %H:%M") for o in occurrences] == ["Tue 09:00"] * 4
    assert [o.hour for o in occurrences] == [8, 8, 7, 7]  # the UTC instant moves by the hour, the local time does not
    assert all(o.tzinfo is UTC for o in occurrences)


def test_weekly_keeps_wall_clock_across_fall_back_in_new_york():
    series = Series(start=datetime(2027, 10, 25, 18, 30, tzinfo=NEW_YORK), tz=NEW_YORK, weekly=True, count=3)
    local = [series.occurrence(k).astimezone(NEW_YORK) for k in range(3)]
    assert [(d.day, d.hour, d.minute) for d in local] == [(25, 18, 30), (1, 18, 30), (8, 18, 30)]
    assert [series.occurrence(k).hour for k in range(3)] == [22, 22, 23]  # EST from Sunday 2027-11-07
    assert series.occurrence(3) is None


def test_time_inside_the_spring_gap_uses_the_offset_before_it():
    # 02:30 does not exist in Berlin on 2027-03-28; RFC 5545 and zoneinfo both read it with the winter offset.
    series = Series(start=datetime(2027, 3, 21, 2, 30, tzinfo=BERLIN), tz=BERLIN, weekly=True)
    assert series.occurrence(1) == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
    assert series.occurrence(2).astimezone(BERLIN).strftime("%H:%M") == "02:30"


def test_the_first_occurrence_is_the_instant_booked_even_on_the_repeated_hour():
    # 02:30 comes twice in Berlin on Sunday 2027-10-31; fold=1 is the second time (+01:00, 01:30 UTC).
    second_0230 = datetime(2027, 10, 31, 2, 30, fold=1, tzinfo=BERLIN)
    one_off = Series(start=second_0230, tz=BERLIN)
    assert one_off.occurrence(0) == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)
    assert one_off.first_at_or_after(datetime(2027, 10, 31, 1, 0, tzinfo=UTC)) == one_off.occurrence(0)
    assert one_off.window_at(datetime(2027, 10, 31, 3, 20, tzinfo=UTC)).occurrence == one_off.occurrence(0)
    weekly = Series(start=second_0230, tz=BERLIN, weekly=True)
    assert weekly.occurrence(1) == datetime(2027, 11, 7, 1, 30, tzinfo=UTC)
    # 52 weeks on, 02:30 is repeated again (Sunday 2028-10-29): a later occurrence is its first reading, as RFC 5545
    # reads a recurrence (and dateutil expands it), not the fold the booking happened to have.
    assert weekly.occurrence(52) == datetime(2028, 10, 29, 0, 30, tzinfo=UTC)
    assert weekly.occurrence(52) == rrule(WEEKLY, dtstart=second_0230.replace(fold=0), count=53)[52].astimezone(UTC)


def test_agrees_with_the_calendar_reading_of_the_rule():
    start = datetime(2027, 2, 2, 9, 0, tzinfo=BERLIN)
    until = datetime(2027, 12, 1, tzinfo=UTC)
    ours = Series(start=start, tz=BERLIN, weekly=True, until=until).between(start, until + timedelta(days=1))
    theirs = [d.astimezone(UTC) for d in rrule(WEEKLY, dtstart=start, until=until)]
    assert len(ours) == len(theirs) == 44
    assert ours == theirs


def test_until_is_inclusive_and_count_limits():
    start = datetime(2027, 1, 5, 9, tzinfo=UTC)
    until_on_third = Series(start=start, tz=ZoneInfo("UTC"), weekly=True, until=start + timedelta(weeks=2))
    assert until_on_third.last() == start + timedelta(weeks=2)
    assert until_on_third.occurrence(3) is None
    assert Series(start=start, tz=ZoneInfo("UTC"), weekly=True, count=1).last() == start
    assert Series(start=start, tz=ZoneInfo("UTC"), weekly=True).last() is None
    assert Series(start=start, tz=ZoneInfo("UTC")).occurrence(1) is None  # a one-off


def test_next_previous_and_windows():
    start = datetime(2027, 1, 5, 9, tzinfo=UTC)
    series = Series(start=start, tz=ZoneInfo("UTC"), weekly=True, count=10)
    week_later = start + timedelta(weeks=1)
    assert series.first_at_or_after(start - timedelta(days=30)) == start
    assert series.first_at_or_after(start) == start
    assert series.first_at_or_after(start + timedelta(seconds=1)) == week_later
    assert series.first_at_or_after(start + timedelta(weeks=20)) is None
    assert series.last_before(start) is None
    assert series.last_before(start + timedelta(weeks=20)) == start + timedelta(weeks=9)
    assert series.last_before(week_later + timedelta(hours=1)) == week_later

    assert series.window_at(start - timedelta(minutes=16)) is None
    assert series.window_at(start - timedelta(minutes=15)).occurrence == start
    assert series.window_at(start + timedelta(hours=2)).occurrence == start
    assert series.window_at(start + timedelta(hours=2, seconds=1)) is None
    # Between two occurrences the window to show is the next one; during one, the open one.
    assert series.current_window(start + timedelta(hours=3)).occurrence == week_later
    assert series.current_window(start + timedelta(hours=1)).occurrence == start
    assert series.current_window(start + timedelta(weeks=9, hours=3)) is None


def test_far_from_the_start_is_computed_directly():
    start = datetime(2027, 1, 5, 9, tzinfo=BERLIN)
    series = Series(start=start, tz=BERLIN, weekly=True)
    far = start + timedelta(weeks=500, hours=5)
    nxt = series.first_at_or_after(far)
    assert nxt.astimezone(BERLIN).strftime("%a %H:%M") == "Tue 09:00"
    assert timedelta(0) < nxt - far <= timedelta(weeks=1)
