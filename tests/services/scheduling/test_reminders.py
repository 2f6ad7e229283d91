"""Reminder mails: one per occurrence at start − remind_minutes_before, with an injected clock (no waiting), across
a restart (a new app on the same database) and with two workers racing for the same reminders."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import update

from app.main import create_app
from app.models import User
from tests.conftest import bearer, register
from tests.fakes import FakeClock

# Monday 2027-03-01 12:00 UTC; the weekly interview is on Tuesdays at 09:00 Berlin time (08:00 UTC in March until
# the 28th, 07:00 UTC after), with a 30-minute reminder.
T0 = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
FIRST = datetime(2027, 3, 2, 8, 0, tzinfo=UTC)
REMIND = FIRST - timedelta(minutes=30)


@pytest.fixture
def quiet_settings(settings):
    # No in-process polling (these tests call the function themselves) and no vector store (faster start).
    return settings.model_copy(update={"reminder_poll_seconds": 0, "rag_enabled": False})


@asynccontextmanager
async def instance(settings, clock: FakeClock):
    """One app process: its own engine, mailer and outbox, on the shared database."""
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        application.state.schedules.clock = clock
        yield application


@asynccontextmanager
async def client_for(application) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=application, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


async def verified_user(application, client: httpx.AsyncClient, email: str = "ada@example.com") -> dict:
    headers = bearer((await register(client, email=email))["token"])
    async with application.state.db_sessions() as db:
        await db.execute(update(User).where(User.email == email).values(email_verified=True))
        await db.commit()
    return headers


async def book(client: httpx.AsyncClient, headers: dict, **overrides) -> dict:
    body = {"interview_type": "system_design", "title": "Design practice", "start_at": "2027-03-02T09:00:00+01:00",
            "timezone": "Europe/Berlin", "recurrence": {"freq": "weekly", "count": 5}, **overrides}
    r = await client.post("/ai-interview/schedules", json=body, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def reminders(application) -> list:
    return [m for m in application.state.mailer.outbox if m.subject.startswith("Reminder")]


async def test_sent_once_per_occurrence_at_its_time(quiet_settings):
    clock = FakeClock(T0)
    async with instance(quiet_settings, clock) as app, client_for(app) as client:
        headers = await verified_user(app, client)
        await book(client, headers)
        send = app.state.schedules.send_due_reminders
        assert await send(REMIND - timedelta(seconds=1)) == 0 and reminders(app) == []
        assert await send(REMIND) == 1
        [mail] = reminders(app)
        assert mail.to == "ada@example.com"
        assert mail.subject == "Reminder: Design practice, Tue 02 Mar at 09:00"
        assert "Tuesday 02 March 2027 at 09:00 (Europe/Berlin)" in mail.body
        assert "from 08:45 until 11:00" in mail.body and quiet_settings.frontend_url in mail.body
        for later in (REMIND + timedelta(seconds=1), FIRST, FIRST + timedelta(hours=1)):
            assert await send(later) == 0
        assert len(reminders(app)) == 1
        # The next week's occurrence gets its own reminder, at its own time.
        assert await send(FIRST + timedelta(weeks=1) - timedelta(minutes=31)) == 0
        assert await send(FIRST + timedelta(weeks=1) - timedelta(minutes=30)) == 1
        # After summer time starts (2027-03-28) the reminder follows the local 09:00: 06:30 UTC on 03-30.
        assert await send(datetime(2027, 3, 30, 6, 29, tzinfo=UTC)) == 0
        assert await send(datetime(2027, 3, 30, 6, 30, tzinfo=UTC)) == 1  # 03-16 and 03-23 were skipped: late
        assert "Tuesday 30 March 2027 at 09:00" in reminders(app)[-1].body


async def test_an_interview_booked_sooner_than_the_default_reminder_is_accepted_without_one(quiet_settings):
    """Practising in 20 minutes is a normal booking: the default 30-minute reminder cannot come first, so that
    occurrence gets none and the next week's gets its own; a reminder the client asked for must fit (422)."""
    clock = FakeClock(T0)
    async with instance(quiet_settings, clock) as app, client_for(app) as client:
        headers = await verified_user(app, client)
        soon = {"start_at": "2027-03-01T12:20:00Z", "timezone": "UTC", "recurrence": {"freq": "weekly", "count": 2}}
        asked = await client.post("/ai-interview/schedules", headers=headers, json={
            "interview_type": "technical", **soon, "remind_minutes_before": 30})
        assert asked.status_code == 422 and "lead time" in asked.text
        booked = await book(client, headers, **soon)
        assert booked["remind_minutes_before"] == 30
        send = app.state.schedules.send_due_reminders
        assert await send(T0) == 0 and await send(T0 + timedelta(minutes=19)) == 0
        assert reminders(app) == []
        assert await send(datetime(2027, 3, 8, 11, 50, tzinfo=UTC)) == 1  # the next week's, 30 minutes before
        # Moving an interview closer without asking for a reminder is accepted the same way.
        later = await book(client, headers)
        moved = await client.patch(f"/ai-interview/schedules/{later['id']}", headers=headers,
                                   json={"start_at": "2027-03-01T12:10:00Z"})
        assert moved.status_code == 200, moved.text
        assert await send(T0 + timedelta(minutes=5)) == 0


async def test_not_resent_after_a_restart(quiet_settings):
    clock = FakeClock(T0)
    async with instance(quiet_settings, clock) as first, client_for(first) as client:
        headers = await verified_user(first, client)
        await book(client, headers)
        assert await first.state.schedules.send_due_reminders(REMIND) == 1
    # A new process on the same database: nothing in memory survives, the claim in the database does.
    async with instance(quiet_settings, clock) as second:
        assert await second.state.schedules.send_due_reminders(REMIND + timedelta(minutes=1)) == 0
        assert reminders(second) == []
        assert await second.state.schedules.send_due_reminders(REMIND + timedelta(weeks=1)) == 1


async def test_two_workers_send_each_reminder_once(quiet_settings):
    clock = FakeClock(T0)
    async with instance(quiet_settings, clock) as one, instance(quiet_settings, clock) as two, \
            client_for(one) as client:
        for n in range(12):
            headers = await verified_user(one, client, email=f"user{n}@example.com")
            await book(client, headers, title=f"Practice {n}")
        for week in range(3):
            now = REMIND + timedelta(weeks=week)
            counts = await asyncio.gather(*(app.state.schedules.send_due_reminders(now)
                                            for app in (one, two, one, two)))
            assert sum(counts) == 12, counts
        mails = reminders(one) + reminders(two)
        assert len(mails) == 36
        assert len({(m.to, m.subject) for m in mails}) == 36  # no reminder twice


async def test_late_reminders_and_unverified_addresses(quiet_settings):
    clock = FakeClock(T0)
    async with instance(quiet_settings, clock) as app, client_for(app) as client:
        verified = await verified_user(app, client)
        await book(client, verified, title="Verified")
        unverified = bearer((await register(client, email="unverified@example.com"))["token"])
        await book(client, unverified, title="Unverified")
        send = app.state.schedules.send_due_reminders
        # The server was down at the reminder time but is back before the start: the reminder still goes.
        assert await send(FIRST - timedelta(minutes=5)) == 1
        assert [m.to for m in reminders(app)] == ["ada@example.com"]
        # Down for the whole second occurrence, window included: that reminder is dropped, the third is not.
        assert await send(FIRST + timedelta(weeks=1, hours=3)) == 0
        assert await send(FIRST + timedelta(weeks=2) - timedelta(minutes=30)) == 1
        assert all(m.to == "ada@example.com" for m in reminders(app))


async def test_edits_and_cancellation(quiet_settings):
    clock = FakeClock(T0)
    async with instance(quiet_settings, clock) as app, client_for(app) as client:
        headers = await verified_user(app, client)
        schedule = await book(client, headers, recurrence={"freq": "weekly", "count": 3})
        url = f"/ai-interview/schedules/{schedule['id']}"
        send = app.state.schedules.send_due_reminders
        assert await send(REMIND) == 1
        # Editing after the reminder went out does not send it again, even when the reminder time moves.
        clock.now = REMIND + timedelta(minutes=5)
        for change in ({"title": "Renamed"}, {"remind_minutes_before": 20}, {"timezone": "Europe/Berlin"}):
            assert (await client.patch(url, json=change, headers=headers)).status_code == 200
            assert await send(clock.now) == 0
        assert await send(FIRST - timedelta(minutes=20)) == 0
        # Moving the interview to a new time reminds about the new time.
        assert (await client.patch(url, json={"start_at": "2027-03-04T18:00:00+01:00", "remind_minutes_before": 60},
                                   headers=headers)).status_code == 200
        assert await send(datetime(2027, 3, 4, 16, 0, tzinfo=UTC)) == 1
        assert "Thursday 04 March 2027 at 18:00" in reminders(app)[-1].body
        # Cancelled: nothing more.
        assert (await client.delete(url, headers=headers)).status_code == 204
        assert await send(datetime(2027, 3, 11, 16, 0, tzinfo=UTC)) == 0
        assert len(reminders(app)) == 2


async def test_the_in_process_loop_sends_due_reminders(quiet_settings):
    clock = FakeClock(T0)
    polling = quiet_settings.model_copy(update={"reminder_poll_seconds": 0.05})
    async with instance(polling, clock) as app, client_for(app) as client:
        headers = await verified_user(app, client)
        await book(client, headers)
        clock.now = REMIND
        for _ in range(600):  # the loop ticks every 50 ms; give it 30 s and more on a busy machine
            if reminders(app):
                break
            await asyncio.sleep(0.05)
        assert len(reminders(app)) == 1
        clock.now = REMIND + timedelta(minutes=10)
        await asyncio.sleep(0.3)  # several more ticks
        assert len(reminders(app)) == 1
