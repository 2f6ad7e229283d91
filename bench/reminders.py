"""Scheduled-interview benchmark, in-process on a fresh database (SQLite, or BENCH_DATABASE_URL for PostgreSQL).

Prints (a) the idle poll: what each process pays every REMINDER_POLL_SECONDS when nothing is due, with N schedules
in the table; (b) one worker sending N due reminders (claim + mail in log mode): reminders/s; (c) two workers racing
for the same N reminders: total time and how many mails went out (must be N); (d) building one calendar file and
describing one schedule for the API.

    .venv/bin/python -m bench.reminders [--schedules 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import tempfile
import time
from collections import deque
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text, update

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from alembic import command
from app.core.config import Settings
from app.core.db import create_engine, create_session_factory
from app.models import Base, InterviewSchedule, User
from app.services.accounts.mail import Mailer
from app.services.scheduling.ics import schedule_calendar
from app.services.scheduling.reminders import arm, send_due_reminders
from app.services.scheduling.service import ScheduleService
from tests.conftest import alembic_config

NOW = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
START = datetime(2027, 3, 2, 8, 0, tzinfo=UTC)
DUE = START - timedelta(minutes=30)


async def fill(sessions, n: int) -> None:
    async with sessions() as db:
        users = [User(email=f"u{i}@bench.example", name=f"User {i}", hashed_password="x", email_verified=True)
                 for i in range(n)]
        db.add_all(users)
        await db.flush()
        for i, user in enumerate(users):
            schedule = InterviewSchedule(
                user_id=user.id, title=f"Practice {i}", interview_type="technical", start_at=START,
                timezone="Europe/Berlin", remind_minutes_before=30, duration_minutes=45, recurrence_freq="weekly")
            arm(schedule, NOW)
            db.add(schedule)
        await db.commit()


async def reset(sessions) -> None:
    async with sessions() as db:
        await db.execute(update(InterviewSchedule).values(reminded_occurrence_at=None, reminder_due_at=DUE))
        await db.commit()


async def main(n: int) -> None:
    logging.disable(logging.INFO)  # log-mode mail writes every message to the log; keep the numbers about the work
    with tempfile.TemporaryDirectory() as tmp:
        url = os.environ.get("BENCH_DATABASE_URL") or f"sqlite+aiosqlite:///{tmp}/bench.db"
        settings = Settings(_env_file=None, database_url=url, data_dir=Path(tmp), log_level="WARNING")
        if settings.is_postgres:
            engine = create_engine(settings)
            async with engine.begin() as conn:
                await conn.run_sync(Base.metadata.drop_all)
                await conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
            await engine.dispose()
        await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
        engines = [create_engine(settings), create_engine(settings)]
        sessions = [create_session_factory(e) for e in engines]
        mailers = [Mailer(settings), Mailer(settings)]
        for mailer in mailers:
            mailer.outbox = deque()  # unbounded, to count every mail
        await fill(sessions[0], n)
        print(f"database: {engines[0].dialect.name}, {n} weekly schedules")

        idle = []
        for _ in range(20):
            t = time.perf_counter()
            await send_due_reminders(sessions[0], mailers[0], DUE - timedelta(minutes=1))
            idle.append((time.perf_counter() - t) * 1000)
        idle.sort()
        print(f"(a) idle poll (nothing due):        median {idle[len(idle) // 2]:6.2f} ms")

        t = time.perf_counter()
        sent = await send_due_reminders(sessions[0], mailers[0], DUE)
        elapsed = time.perf_counter() - t
        print(f"(b) one worker, {sent} reminders:      {elapsed * 1000:7.0f} ms   {sent / elapsed:7.0f} reminders/s")

        await reset(sessions[0])
        for mailer in mailers:
            mailer.outbox.clear()
        t = time.perf_counter()
        counts = await asyncio.gather(*(send_due_reminders(s, m, DUE) for s, m in zip(sessions, mailers)))
        elapsed = time.perf_counter() - t
        mails = [m for mailer in mailers for m in mailer.outbox]
        unique = len({(m.to, m.subject) for m in mails})
        print(f"(c) two workers racing:            {elapsed * 1000:7.0f} ms   sent {counts} = {len(mails)} mails, "
              f"{unique} distinct (expected {n})")

        async with sessions[0]() as db:
            schedule = await db.get(InterviewSchedule, 1)
        service = ScheduleService(settings, None, mailers[0], sessions[0], clock=lambda: NOW)  # type: ignore[arg-type]
        for label, fn in (("(d) calendar file (open-ended)", lambda: schedule_calendar(
                schedule, now=NOW, app_url="http://localhost:5173", host="localhost")),
                          ("    describe one schedule", lambda: service.describe(schedule))):
            runs = 200
            t = time.perf_counter()
            for _ in range(runs):
                fn()
            print(f"{label + ':':35s}{(time.perf_counter() - t) / runs * 1000:7.2f} ms")
        for engine in engines:
            await engine.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--schedules", type=int, default=1000)
    asyncio.run(main(parser.parse_args().schedules))
