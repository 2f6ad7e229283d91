"""TaskQueue: the one object the API (and a worker) holds for background work."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from taskiq import AsyncBroker, TaskiqResult

from app.core.config import Settings
from app.tasks.broker import InProcessBroker, build_broker
from app.tasks.claims import Claims


class TaskQueue:
    def __init__(self, broker: AsyncBroker, claims: Claims) -> None:
        self.broker = broker
        self.claims = claims
        self.broker.state.queue = self
        self._scheduled: set[str] = set()  # task ids this process enqueued and has not seen finish

    @classmethod
    def from_settings(cls, settings: Settings) -> TaskQueue:
        return cls(*build_broker(settings))

    @property
    def in_process(self) -> bool:
        return isinstance(self.broker, InProcessBroker)

    async def start(self, **services: Any) -> None:
        """Connect (and, in-process, give the jobs this process's services: `indexing`, `sessions`)."""
        self.broker.state.update(services)
        await self.broker.startup()

    async def close(self) -> None:
        await self.broker.shutdown()
        await self.claims.close()

    async def enqueue(self, job: str, key: str, **kwargs: Any) -> str:
        """Queue `job` for the piece of work named `key`, unless that work is already queued or running. Returns
        the task id (the same for the same work, so anyone can read its result)."""
        task_id = f"{job}:{key}"
        task = self.broker.find_task(job)
        if task is None:
            raise LookupError(f"unknown job {job!r}")
        if await self.claims.claim(task_id):
            try:
                await task.kicker().with_task_id(task_id).kiq(**kwargs)
            except BaseException:
                await self.claims.release(task_id)
                raise
        self._scheduled.add(task_id)
        if len(self._scheduled) > 512:  # nobody waits on them in production: forget the finished ones
            self._scheduled &= await self.claims.held(sorted(self._scheduled))
        return task_id

    async def result(self, task_id: str) -> TaskiqResult[Any] | None:
        """The last finished run's result of this work, from any process; None while there is none."""
        if not await self.broker.result_backend.is_result_ready(task_id):
            return None
        return await self.broker.result_backend.get_result(task_id)

    async def wait_result(self, task_id: str, timeout: float | None = None,
                          poll_seconds: float = 0.5) -> TaskiqResult[Any] | None:
        """Waits until the work is no longer queued or running, then returns its result (None on timeout)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while await self.claims.held([task_id]):
            if deadline is not None and time.monotonic() > deadline:
                return None
            await asyncio.sleep(poll_seconds)
        return await self.result(task_id)

    async def wait_idle(self, timeout: float = 300.0) -> None:
        """Until every job this process enqueued has finished (tests wait on it)."""
        if isinstance(self.broker, InProcessBroker):
            await self.broker.wait_idle()
        deadline = time.monotonic() + timeout
        while self._scheduled:
            self._scheduled &= await self.claims.held(sorted(self._scheduled))
            if self._scheduled:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"background jobs still running: {sorted(self._scheduled)}")
                await asyncio.sleep(0.2)

