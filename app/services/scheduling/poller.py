"""The in-process trigger of reminder mails: every `interval` seconds, call `tick` (send_due_reminders with the
current time). Several processes may poll at once; the claim in reminders.py keeps each mail to one. A task
queue's scheduler can call the same function instead (then set REMINDER_POLL_SECONDS=0)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress

logger = logging.getLogger(__name__)


@asynccontextmanager
async def polling(tick: Callable[[], Awaitable[object]], interval: float) -> AsyncIterator[None]:
    if interval <= 0:
        yield
        return

    async def run() -> None:
        while True:
            await asyncio.sleep(interval)
            try:
                await tick()
            except Exception:  # a bad round (database away) must not end the loop
                logger.exception("Reminder poll failed; retrying in %.0f s", interval)

    task = asyncio.create_task(run(), name="reminder-poll")
    try:
        yield
    finally:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task
