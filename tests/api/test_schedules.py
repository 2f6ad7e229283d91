"""Scheduled interviews over the API: booking and its validation, listing, rescheduling, cancelling, the calendar
file, starting in the window, ownership, and adherence in progress. The schedule service's clock is injected."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar
from sqlalchemy import select

from app.main import create_app
from app.models import AIInterviewSession
from tests.conftest import bearer, register
from tests.fakes import FakeClock

BERLIN = ZoneInfo("Europe/Berlin")
# The clock of these tests: Monday 2027-03-01 12:00 UTC. Summer time starts in Berlin on Sunday 2027-03-28.
T0 = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
TUESDAY_9_BERLIN = "2027-03-16T09:00:00+01:00"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
async def app(settings, clock):
    application = create_app(settings.model_copy(update={"reminder_poll_seconds": 0}))
    async with application.router.lifespan_context(application):
        application.state.schedules.clock = clock
        yield application


async def book(client, headers, **overrides) -> dict:
    body = {"interview_type": "system_design", "start_at": TUESDAY_9_BERLIN, "timezone": "Europe/Berlin",
            "max_questions": 3, **overrides}
    r = await client.post("/ai-interview/schedules", json=body, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


async def test_book_a_weekly_interview(client, user_headers):
    created = await book(client, user_headers, title="System design before my onsite", role_context="Backend Engineer",
                         recurrence={"freq": "weekly", "count": 4})
    assert created["status"] == "scheduled" and created["id"]
    assert created["start_at"] == "2027-03-16T09:00:00+01:00"
    assert created["next_start_at"] == "2027-03-16T09:00:00+01:00"
    assert created["remind_minutes_before"] == 30  # the default
    assert created["recurrence"] == {"freq": "weekly", "count": 4, "until": None}
    assert created["timezone"] == "Europe/Berlin" and created["created_at"]
    assert created["start_window"] == {"occurrence_at": "2027-03-16T09:00:00+01:00",
                                       "opens_at": "2027-03-16T08:45:00+01:00",
                                       "closes_at": "2027-03-16T11:00:00+01:00"}
    read = await client.get(f"/ai-interview/schedules/{created['id']}", headers=user_headers)
    assert read.status_code == 200 and read.json() == created
    assert (await client.get("/ai-interview/schedules", headers=user_headers)).json() == [created]


async def test_next_start_keeps_local_time_across_daylight_saving(client, user_headers, clock):
    created = await book(client, user_headers, recurrence={"freq": "weekly"})
    clock.now = datetime(2027, 3, 24, tzinfo=UTC)  # after the second Tuesday, before summer time starts
    after_change = (await client.get(f"/ai-interview/schedules/{created['id']}", headers=user_headers)).json()
    assert after_change["next_start_at"] == "2027-03-30T09:00:00+02:00"  # still 09:00 in Berlin, 07:00 UTC
    assert after_change["start_at"] == "2027-03-16T09:00:00+01:00"


async def test_default_timezone_is_utc_and_title_is_derived(client, user_headers):
    body = {"interview_type": "technical", "start_at": "2027-03-02T09:00:00-05:00"}
    r = await client.post("/ai-interview/schedules", json=body, headers=user_headers)
    assert r.status_code == 201, r.text
    assert r.json()["timezone"] == "UTC" and r.json()["start_at"] == "2027-03-02T14:00:00Z"
    assert r.json()["title"] == "Scheduled technical interview"


@pytest.mark.parametrize("changes", [
    {"start_at": "2027-03-16T09:00:00"},                  # no offset
    {"start_at": "2027-03-16T09:00:00+25:00"},            # malformed offsets
    {"start_at": "2027-03-16T09:00:00+1"},
    {"start_at": "2027-03-16 nine o'clock"},
    {"start_at": 1900000000},                             # not ISO 8601
    {"start_at": "0001-01-01T00:00:00+05:00"},            # out of range once in UTC
    {"start_at": "2027-02-28T09:00:00+00:00"},            # in the past (the clock says 2027-03-01 12:00 UTC)
    {"start_at": "2027-03-01T12:00:00Z"},                 # exactly now
    {"start_at": "2030-03-01T12:00:00Z"},                 # more than two years ahead
    {"timezone": "Mars/Olympus_Mons"},                    # unknown zones
    {"timezone": "../../etc/passwd"},
    {"timezone": ""},
    {"timezone": "localtime"},                            # the server's own zone, and a placeholder: not places
    {"timezone": "Factory"},
    {"start_at": "2027-03-01T12:20:00Z", "remind_minutes_before": 30},  # the reminder asked for exceeds the lead
    {"remind_minutes_before": 30 * 24 * 60},              # a month ahead of an interview two weeks away
    {"remind_minutes_before": -5},
    {"recurrence": {"freq": "weekly", "count": 3, "until": "2027-06-01"}},   # both
    {"recurrence": {"freq": "daily"}},
    {"recurrence": {"freq": "weekly", "count": 0}},
    {"recurrence": {"freq": "weekly", "interval": 2}},
    {"recurrence": {"freq": "weekly", "until": "2027-03-10"}},               # before the start
    {"recurrence": {"freq": "weekly", "until": "2027-06-01T09:00:00"}},      # until without an offset
    {"recurrence": {"freq": "weekly", "until": "9999-12-31"}},
    {"start_at": "9999-12-31T23:00:00+00:00", "recurrence": {"freq": "weekly", "until": "9999-12-31"}},
    {"recurrence": {"freq": "weekly", "until": 12345}},
    {"interview_type": "astrology"},
    {"max_questions": 0},
    {"duration_minutes": 1000},
    {"colour": "blue"},
])
async def test_booking_validation(client, user_headers, changes):
    body = {"interview_type": "technical", "start_at": TUESDAY_9_BERLIN, "timezone": "Europe/Berlin", **changes}
    r = await client.post("/ai-interview/schedules", json=body, headers=user_headers)
    assert r.status_code == 422, r.text
    assert (await client.get("/ai-interview/schedules", headers=user_headers)).json() == []


async def test_a_date_until_means_through_that_local_day(client, user_headers):
    created = await book(client, user_headers, recurrence={"freq": "weekly", "until": "2027-03-30"})
    assert created["recurrence"]["until"] == "2027-03-30T23:59:59+02:00"
    exact = await book(client, user_headers, recurrence={"freq": "weekly", "until": "2027-03-30T09:00:00+02:00"})
    assert exact["recurrence"]["until"] == "2027-03-30T09:00:00+02:00"


async def test_list_is_soonest_first(client, user_headers, clock):
    later = await book(client, user_headers, start_at="2027-04-01T10:00:00Z", timezone="UTC", title="later")
    weekly = await book(client, user_headers, start_at="2027-03-02T10:00:00Z", timezone="UTC", title="weekly",
                        recurrence={"freq": "weekly", "count": 6})
    once = await book(client, user_headers, start_at="2027-03-10T10:00:00Z", timezone="UTC", title="once")
    titles = [s["title"] for s in (await client.get("/ai-interview/schedules", headers=user_headers)).json()]
    assert titles == ["weekly", "once", "later"]
    clock.now = datetime(2027, 3, 11, tzinfo=UTC)  # "once" is over; "weekly" next on 03-16
    listed = (await client.get("/ai-interview/schedules", headers=user_headers)).json()
    assert [s["title"] for s in listed] == ["weekly", "later", "once"]
    assert listed[2]["status"] == "completed" and listed[2]["next_start_at"] is None
    assert listed[0]["next_start_at"] == "2027-03-16T10:00:00Z"
    assert {s["id"] for s in listed} == {later["id"], weekly["id"], once["id"]}


async def test_reschedule_and_change_settings(client, user_headers, clock):
    created = await book(client, user_headers, recurrence={"freq": "weekly", "count": 4})
    url = f"/ai-interview/schedules/{created['id']}"
    moved = await client.patch(url, json={"start_at": "2027-03-18T18:00:00+01:00", "remind_minutes_before": 60,
                                          "difficulty_level": "hard"}, headers=user_headers)
    assert moved.status_code == 200, moved.text
    body = moved.json()
    assert body["next_start_at"] == "2027-03-18T18:00:00+01:00" and body["remind_minutes_before"] == 60
    assert body["difficulty_level"] == "hard" and body["recurrence"]["count"] == 4
    assert body["title"] == created["title"] and body["max_questions"] == 3  # untouched fields stay

    one_off = await client.patch(url, json={"recurrence": None, "role_context": None}, headers=user_headers)
    assert one_off.json()["recurrence"] is None and one_off.json()["role_context"] is None

    for bad in ({"start_at": "2027-02-01T09:00:00Z"}, {"start_at": "2027-03-18T18:00:00"},
                {"timezone": "Nowhere/Special"}, {"title": None}, {"title": "\u200b \u2060"}, {"start_at": None},
                {"remind_minutes_before": 3 * 7 * 24 * 60}, {"recurrence": {"freq": "weekly", "until": "2027-03-01"}}):
        r = await client.patch(url, json=bad, headers=user_headers)
        assert r.status_code == 422, (bad, r.text)
    assert (await client.get(url, headers=user_headers)).json() == one_off.json()  # nothing was lost

    # A change that leaves the timing alone is accepted even when the next reminder time has passed.
    clock.now = datetime(2027, 3, 18, 16, 40, tzinfo=UTC)  # 20 minutes before, reminder is 60 minutes
    assert (await client.patch(url, json={"title": "Renamed"}, headers=user_headers)).status_code == 200
    assert (await client.patch(url, json={"remind_minutes_before": 45}, headers=user_headers)).status_code == 422


async def test_cancel(client, user_headers):
    created = await book(client, user_headers)
    url = f"/ai-interview/schedules/{created['id']}"
    r = await client.delete(url, headers=user_headers)
    assert r.status_code == 204 and r.content == b""
    assert (await client.get(url, headers=user_headers)).status_code == 404
    assert (await client.delete(url, headers=user_headers)).status_code == 404
    assert (await client.get("/ai-interview/schedules", headers=user_headers)).json() == []


async def test_a_cancelled_schedule_is_not_found_whatever_the_body(client, user_headers):
    created = await book(client, user_headers)
    url = f"/ai-interview/schedules/{created['id']}"
    assert (await client.delete(url, headers=user_headers)).status_code == 204
    assert (await client.patch(url, json={"timezone": 1}, headers=user_headers)).status_code == 404
    assert (await client.patch(url, json={"title": "again"}, headers=user_headers)).status_code == 404


async def test_racing_starts_of_one_occurrence_make_one_interview(client, user_headers, app, clock):
    created = await book(client, user_headers, title="Racing starts")
    clock.now = datetime(2027, 3, 16, 8, 0, tzinfo=UTC)
    url = f"/ai-interview/schedules/{created['id']}/start"
    started = await asyncio.gather(*(client.post(url, headers=user_headers) for _ in range(6)))
    assert [r.status_code for r in started] == [201] * 6, [r.text for r in started]
    assert len({r.json()["id"] for r in started}) == 1
    async with app.state.db_sessions() as db:
        rows = (await db.scalars(select(AIInterviewSession).where(
            AIInterviewSession.schedule_id == created["id"]))).all()
    assert len(rows) == 1


async def test_another_users_schedule_is_not_found(client, user_headers, clock):
    mine = await book(client, user_headers)
    other = bearer((await register(client, email="eve@example.com", name="Eve"))["token"])
    url = f"/ai-interview/schedules/{mine['id']}"
    clock.now = datetime(2027, 3, 16, 8, 0, tzinfo=UTC)  # in the window, so only ownership can refuse
    for method, path, body in (("GET", url, None), ("PATCH", url, {"title": "mine now"}), ("DELETE", url, None),
                               ("GET", url + "/calendar.ics", None), ("POST", url + "/start", None),
                               ("PATCH", url, {"start_at": "not a time"})):  # an invalid body: the same answer
        r = await client.request(method, path, json=body, headers=other)
        assert r.status_code == 404 and r.json() == {"detail": "Interview schedule not found"}, (method, path, r.text)
    assert (await client.get("/ai-interview/schedules", headers=other)).json() == []
    for bad_id in ("abc", "-1", "99999999"):
        assert (await client.get(f"/ai-interview/schedules/{bad_id}", headers=user_headers)).status_code == 404
    assert (await client.get(url)).status_code == 401
    assert (await client.get(url, headers=user_headers)).json()["title"] == mine["title"]


async def test_resume_must_be_the_users_own(client, user_headers):
    r = await client.post("/ai-interview/schedules", json={"interview_type": "technical", "start_at": TUESDAY_9_BERLIN,
                                                           "resume_id": 12345}, headers=user_headers)
    assert r.status_code == 404


async def test_a_resume_deleted_while_a_schedule_is_booked_or_changed_is_a_404(app, user_headers):
    """Another tab deletes the resume between the ownership check and the write: 404, never a 500, and nothing
    is booked or changed."""
    service = app.state.schedules
    real = service._check_resume
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        async def upload() -> int:
            r = await c.post("/documents/resume", headers=user_headers,
                             files={"file": ("cv.txt", b"Dana Cole\nBackend Engineer, Acme 2019-2024", "text/plain")})
            assert r.status_code == 201
            return r.json()["id"]

        async def deleted_meanwhile(db, user, resume_id):
            await real(db, user, resume_id)
            assert (await c.delete(f"/documents/{resume_id}", headers=user_headers)).status_code == 204

        created = await book(c, user_headers)
        first, second = await upload(), await upload()
        service._check_resume = deleted_meanwhile
        try:
            booked = await c.post("/ai-interview/schedules", headers=user_headers,
                                  json={"interview_type": "technical", "start_at": TUESDAY_9_BERLIN, "resume_id": first})
            changed = await c.patch(f"/ai-interview/schedules/{created['id']}", json={"resume_id": second},
                                    headers=user_headers)
        finally:
            service._check_resume = real
        assert booked.status_code == changed.status_code == 404, (booked.text, changed.text)
        listed = (await c.get("/ai-interview/schedules", headers=user_headers)).json()
        assert [s["id"] for s in listed] == [created["id"]] and listed[0]["resume_id"] is None


@pytest.mark.parametrize("resume_id", [2**31, 2**63, 10**30, 0, -5])
async def test_a_resume_id_no_row_can_have_is_unknown_not_an_error(client, user_headers, resume_id):
    """Numbers past the id column's range (or the database driver's) are ids of nothing: 404, as on sessions."""
    r = await client.post("/ai-interview/schedules", json={"interview_type": "technical", "start_at": TUESDAY_9_BERLIN,
                                                           "resume_id": resume_id}, headers=user_headers)
    assert r.status_code == 404, r.text
    created = await book(client, user_headers)
    r = await client.patch(f"/ai-interview/schedules/{created['id']}", json={"resume_id": resume_id},
                           headers=user_headers)
    assert r.status_code == 404, r.text
    r = await client.post("/ai-interview/sessions", json={"title": "T", "interview_type": "technical",
                                                          "resume_id": resume_id}, headers=user_headers)
    assert r.status_code == 404, r.text


async def test_calendar_file_parses_back(client, user_headers, clock):
    created = await book(client, user_headers, title="System design mock", company_context="Stripe",
                         remind_minutes_before=45, recurrence={"freq": "weekly", "count": 4})
    r = await client.get(f"/ai-interview/schedules/{created['id']}/calendar.ics", headers=user_headers)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/calendar")
    assert "attachment" in r.headers["content-disposition"]
    cal = Calendar.from_ical(r.content)
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    [event] = cal.events
    assert event["UID"].endswith("@localhost")
    assert event.stamp == T0
    assert event.start == datetime(2027, 3, 16, 9, 0, tzinfo=BERLIN) and str(event.start.tzinfo) == "Europe/Berlin"
    assert event.duration == timedelta(minutes=45)
    assert event["SUMMARY"] == "System design mock" and "Stripe" in event["DESCRIPTION"]
    assert [tz["TZID"] for tz in cal.timezones] == ["Europe/Berlin"]
    [rule] = event.rrules
    assert rule["FREQ"] == ["WEEKLY"] and rule["COUNT"] == [4]
    [alarm] = [c for c in event.subcomponents if c.name == "VALARM"]
    assert alarm["ACTION"] == "DISPLAY" and alarm["TRIGGER"].dt == timedelta(minutes=-45)
    # A calendar app expanding the rule gets the same times the server reminds about, summer time included.
    expanded = list(rrulestr(rule.to_ical().decode(), dtstart=event.start))
    assert [d.strftime("%Y-%m-%d %H:%M %z") for d in expanded] == [
        "2027-03-16 09:00 +0100", "2027-03-23 09:00 +0100", "2027-03-30 09:00 +0200", "2027-04-06 09:00 +0200"]
    clock.now = datetime(2027, 3, 24, tzinfo=UTC)
    assert (await client.get(f"/ai-interview/schedules/{created['id']}", headers=user_headers)
            ).json()["next_start_at"] == expanded[2].isoformat()
    # The UID stays the same across downloads, so a re-import updates the event.
    again = Calendar.from_ical((await client.get(f"/ai-interview/schedules/{created['id']}/calendar.ics",
                                                 headers=user_headers)).content)
    assert again.events[0]["UID"] == event["UID"]


async def test_calendar_file_in_utc_and_with_until(client, user_headers):
    created = await book(client, user_headers, start_at="2027-03-02T17:00:00Z", timezone="UTC",
                         remind_minutes_before=0, recurrence={"freq": "weekly", "until": "2027-04-06T17:00:00Z"})
    ics = (await client.get(f"/ai-interview/schedules/{created['id']}/calendar.ics", headers=user_headers)).content
    assert b"DTSTART:20270302T170000Z" in ics and b"VTIMEZONE" not in ics
    event = Calendar.from_ical(ics).events[0]
    assert event.rrules[0]["UNTIL"] == [datetime(2027, 4, 6, 17, 0, tzinfo=UTC)]
    assert [c["TRIGGER"].dt for c in event.subcomponents if c.name == "VALARM"] == [timedelta(0)]
    once = await book(client, user_headers)
    single = Calendar.from_ical((await client.get(f"/ai-interview/schedules/{once['id']}/calendar.ics",
                                                  headers=user_headers)).content).events[0]
    assert "RRULE" not in single


# 02:30 comes twice in Berlin in the night of Sunday 2027-10-31 (summer time ends at 03:00 CEST): first at +02:00,
# then an hour later at +01:00. In the night of Sunday 2027-03-28 it never comes (02:00 CET jumps to 03:00 CEST).
FIRST_0230_BERLIN = "2027-10-31T02:30:00+02:00"
SECOND_0230_BERLIN = "2027-10-31T02:30:00+01:00"


async def server_occurrences(client, headers, schedule_id: int, clock: FakeClock) -> list[str]:
    """`next_start_at` as the clock passes each occurrence in turn: every occurrence, as a user sees it."""
    url, seen = f"/ai-interview/schedules/{schedule_id}", []
    clock.now = T0
    while (upcoming := (await client.get(url, headers=headers)).json()["next_start_at"]) is not None:
        seen.append(upcoming)
        clock.now = datetime.fromisoformat(upcoming) + timedelta(seconds=1)
    return seen


async def calendar_instants(client, headers, schedule_id: int) -> list[datetime]:
    """The instants a calendar app shows for the exported file, in UTC: each event's RRULE expanded from its DTSTART
    (a TZID local time read as RFC 5545 says: an ambiguous one is its first occurrence, one in a gap takes the offset
    before it), and any instance that an event with the same UID and a RECURRENCE-ID moves, moved."""
    r = await client.get(f"/ai-interview/schedules/{schedule_id}/calendar.ics", headers=headers)
    assert r.status_code == 200, r.text
    events = Calendar.from_ical(r.content).events
    assert len({event["UID"] for event in events}) == 1
    moved = {event["RECURRENCE-ID"].dt.astimezone(UTC): event.start.astimezone(UTC)
             for event in events if "RECURRENCE-ID" in event}
    instants = []
    for event in (e for e in events if "RECURRENCE-ID" not in e):
        starts = rrulestr(event.rrules[0].to_ical().decode(), dtstart=event.start) if event.rrules else [event.start]
        instants += [moved.get(start.astimezone(UTC), start.astimezone(UTC)) for start in starts]
    return sorted(instants)


async def test_a_one_off_at_the_repeated_hour_keeps_the_instant_booked(client, user_headers, clock):
    created = await book(client, user_headers, start_at=SECOND_0230_BERLIN)
    booked = datetime(2027, 10, 31, 1, 30, tzinfo=UTC)
    assert created["start_at"] == created["next_start_at"] == SECOND_0230_BERLIN
    assert datetime.fromisoformat(created["next_start_at"]) == booked
    assert created["start_window"] == {"occurrence_at": SECOND_0230_BERLIN, "opens_at": "2027-10-31T02:15:00+01:00",
                                       "closes_at": "2027-10-31T04:30:00+01:00"}
    assert await calendar_instants(client, user_headers, created["id"]) == [booked]
    # 1 h 59 after the booked time (2 h 59 after the first 02:30): only the booked occurrence's window is open.
    clock.now = booked + timedelta(hours=1, minutes=59)
    started = await client.post(f"/ai-interview/schedules/{created['id']}/start", headers=user_headers)
    assert started.status_code == 201, started.text


async def test_a_reschedule_to_the_repeated_hour_keeps_the_instant_sent(client, user_headers):
    created = await book(client, user_headers, recurrence={"freq": "weekly", "count": 2})
    moved = await client.patch(f"/ai-interview/schedules/{created['id']}", json={"start_at": SECOND_0230_BERLIN},
                               headers=user_headers)
    assert moved.status_code == 200, moved.text
    assert moved.json()["next_start_at"] == SECOND_0230_BERLIN
    assert await calendar_instants(client, user_headers, created["id"]) == [
        datetime(2027, 10, 31, 1, 30, tzinfo=UTC), datetime(2027, 11, 7, 1, 30, tzinfo=UTC)]


@pytest.mark.parametrize(("start_at", "count", "expected"), [
    # The second 02:30 is booked; the weeks after keep 02:30 (now winter time).
    (SECOND_0230_BERLIN, 3, [SECOND_0230_BERLIN, "2027-11-07T02:30:00+01:00", "2027-11-14T02:30:00+01:00"]),
    (FIRST_0230_BERLIN, 2, [FIRST_0230_BERLIN, "2027-11-07T02:30:00+01:00"]),
    # A later occurrence on the repeated hour is its first reading, as calendars read the rule.
    ("2027-10-24T02:30:00+02:00", 2, ["2027-10-24T02:30:00+02:00", FIRST_0230_BERLIN]),
    # A time in the spring gap names an instant (02:30+01:00 is 03:30+02:00); the series keeps that wall-clock time.
    ("2027-03-28T02:30:00+01:00", 2, ["2027-03-28T03:30:00+02:00", "2027-04-04T03:30:00+02:00"]),
    ("2027-03-28T02:30:00+02:00", 2, ["2027-03-28T01:30:00+01:00", "2027-04-04T01:30:00+02:00"]),
    # A later occurrence in the gap takes the offset before it, as calendars read the rule.
    ("2027-03-21T02:30:00+01:00", 3,
     ["2027-03-21T02:30:00+01:00", "2027-03-28T03:30:00+02:00", "2027-04-04T02:30:00+02:00"]),
    ("2027-03-28T02:30:00+01:00", None, ["2027-03-28T03:30:00+02:00"]),  # a one-off in the gap
])
async def test_occurrences_around_daylight_saving_changes(client, user_headers, clock, start_at, count, expected):
    recurrence = {"freq": "weekly", "count": count} if count else None
    created = await book(client, user_headers, start_at=start_at, recurrence=recurrence)
    assert datetime.fromisoformat(created["start_at"]) == datetime.fromisoformat(start_at)  # the instant sent
    assert await server_occurrences(client, user_headers, created["id"], clock) == expected
    # A calendar app importing the file shows the same instants the server reminds about and opens.
    assert await calendar_instants(client, user_headers, created["id"]) == [
        datetime.fromisoformat(at).astimezone(UTC) for at in expected]


async def test_start_in_the_window_only(client, user_headers, app, clock):
    created = await book(client, user_headers, title="Weekly design", recurrence={"freq": "weekly", "count": 2},
                         difficulty_level="hard", company_context="Stripe")
    url = f"/ai-interview/schedules/{created['id']}/start"

    clock.now = datetime(2027, 3, 16, 7, 44, 59, tzinfo=UTC)  # 15 min 1 s before 09:00 Berlin (08:00 UTC)
    early = await client.post(url, headers=user_headers)
    assert early.status_code == 409
    assert early.json()["detail"] == ("Too early: this interview can be started from 2027-03-16T08:45:00+01:00 "
                                      "until 2027-03-16T11:00:00+01:00")

    clock.now = datetime(2027, 3, 16, 7, 45, tzinfo=UTC)
    started = await client.post(url, headers=user_headers)
    assert started.status_code == 201, started.text
    body = started.json()
    assert body["session_id"] == body["id"] and body["status"] == "active" and body["question_number"] == 1
    assert body["total_questions"] == 3 and body["mode"] == "offline"
    plain = await client.post("/ai-interview/sessions", json={"title": "x", "interview_type": "technical"},
                              headers=user_headers)
    assert set(body) == set(plain.json())  # exactly the body of POST /ai-interview/sessions

    session = (await client.get(f"/ai-interview/sessions/{body['id']}", headers=user_headers)).json()
    assert session["title"] == "Weekly design" and session["interview_type"] == "system_design"
    assert session["difficulty_level"] == "hard" and session["company_context"] == "Stripe"
    async with app.state.db_sessions() as db:
        row = await db.scalar(select(AIInterviewSession).where(AIInterviewSession.id == body["id"]))
    assert row.schedule_id == created["id"] and row.scheduled_for == datetime(2027, 3, 16, 8, 0, tzinfo=UTC)

    # A second start in the same window (a double click, a retry after a lost response) is the same interview, at
    # the question it has reached; once that interview is over, starting again begins a new one.
    answered = await client.post(f"/ai-interview/sessions/{body['id']}/message", headers=user_headers,
                                 json={"message": "I would shard the queue by tenant and keep writes idempotent."})
    again = await client.post(url, headers=user_headers)
    assert again.status_code == 201 and again.json()["id"] == body["id"]
    assert again.json()["response"] == answered.json()["response"]
    await client.post(f"/ai-interview/sessions/{body['id']}/complete", headers=user_headers)
    fresh = await client.post(url, headers=user_headers)
    assert fresh.status_code == 201 and fresh.json()["id"] != body["id"] and fresh.json()["question_number"] == 1

    clock.now = datetime(2027, 3, 16, 10, 0, 1, tzinfo=UTC)  # 2 h 1 s after
    between = await client.post(url, headers=user_headers)
    assert between.status_code == 409
    assert "2027-03-16T11:00:00+01:00" in between.json()["detail"]  # the window that closed
    assert "from 2027-03-23T08:45:00+01:00 until 2027-03-23T11:00:00+01:00" in between.json()["detail"]

    clock.now = datetime(2027, 3, 23, 10, 0, tzinfo=UTC)  # exactly 2 h after the second (and last) one
    assert (await client.post(url, headers=user_headers)).status_code == 201
    clock.now += timedelta(seconds=1)
    late = await client.post(url, headers=user_headers)
    assert late.status_code == 409 and late.json()["detail"].startswith("Too late")
    assert "until 2027-03-23T11:00:00+01:00" in late.json()["detail"]
    assert (await client.get(f"/ai-interview/schedules/{created['id']}", headers=user_headers)
            ).json()["status"] == "completed"


async def test_progress_shows_adherence(client, user_headers, clock):
    empty = (await client.get("/ai-interview/progress", headers=user_headers)).json()
    assert empty["schedule_adherence"] == {"scheduled": 0, "taken": 0, "missed": 0, "rate": None}
    # Progress reads the real time; book a series whose occurrences are all over by now.
    real_now = datetime.now(UTC).replace(microsecond=0)
    first = real_now - timedelta(weeks=4)
    clock.now = first - timedelta(days=1)
    created = await book(client, user_headers, start_at=first.isoformat(), timezone="UTC",
                         recurrence={"freq": "weekly", "count": 3})
    for week in (0, 2):  # two of the three taken
        clock.now = first + timedelta(weeks=week, minutes=5)
        assert (await client.post(f"/ai-interview/schedules/{created['id']}/start",
                                  headers=user_headers)).status_code == 201
    # A cancelled series still counts what was over before it was cancelled.
    clock.now = first - timedelta(days=1)
    cancelled = await book(client, user_headers, start_at=(first + timedelta(hours=3)).isoformat(), timezone="UTC",
                           recurrence={"freq": "weekly"})
    clock.now = first + timedelta(weeks=1, hours=6)  # its first two occurrences are over, none taken
    assert (await client.delete(f"/ai-interview/schedules/{cancelled['id']}", headers=user_headers)).status_code == 204
    progress = (await client.get("/ai-interview/progress", headers=user_headers)).json()
    assert progress["schedule_adherence"] == {"scheduled": 5, "taken": 2, "missed": 3, "rate": 0.4}
