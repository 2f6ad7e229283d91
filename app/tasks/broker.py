"""The Taskiq broker, built from settings.

- TASK_BROKER_URL empty: `InProcessBroker`. Jobs run as asyncio tasks of the API process, through the same
  receiver, retries and claims a worker uses; nothing else to start.
- TASK_BROKER_URL=redis://...: `StreamBroker`, a Redis stream read by a consumer group. A worker acknowledges a
  job only once its result is saved, so a job whose worker dies is handed to another worker after
  TASK_REDELIVERY_SECONDS; results go to Redis, so every API worker can read them.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import AsyncGenerator
from typing import Any

from redis.asyncio import Redis
from taskiq import AckableMessage, AsyncBroker, InMemoryBroker, SmartRetryMiddleware, TaskiqEvents, TaskiqResult
from taskiq.kicker import AsyncKicker
from taskiq.message import TaskiqMessage
from taskiq_redis import RedisAsyncResultBackend, RedisStreamBroker

from app.core.config import Settings
from app.tasks import jobs
from app.tasks.claims import Claims, MemoryClaims, RedisClaims, ReleaseClaims

logger = logging.getLogger(__name__)
MAX_RETRY_DELAY_SECONDS = 60
STREAM_MAXLEN = 100_000  # trimmed approximately; far above any backlog this service builds


class _CancelledIsNotAFailure(logging.Filter):
    """Taskiq's receiver logs every exception of a job with its traceback, a job cancelled because the process is
    stopping included. That is routine (the job runs again on the next start), so it becomes one quiet line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], asyncio.CancelledError):
            record.msg, record.args = "A job was cancelled at shutdown", ()
            record.exc_info = record.exc_text = None
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


logging.getLogger("taskiq.receiver.receiver").addFilter(_CancelledIsNotAFailure())


class InProcessBroker(InMemoryBroker):
    """Taskiq's in-memory broker, plus what the API needs from it: wait for all work, cancel it on shutdown."""

    async def wait_idle(self) -> None:
        # A retry is kicked from inside the failing run, so keep waiting until nothing new appears.
        while self._running_tasks:
            await asyncio.gather(*list(self._running_tasks), return_exceptions=True)

    async def shutdown(self) -> None:
        for task in list(self._running_tasks):
            task.cancel()
        await asyncio.gather(*list(self._running_tasks), return_exceptions=True)
        await super().shutdown()


class StreamBroker(RedisStreamBroker):
    """taskiq-redis's stream broker with a lease on every job a worker holds.

    A message read by a worker stays pending until the worker acknowledges it (after saving the result). While the
    job runs, the worker renews its lease (XCLAIM to itself, resetting the idle time) every third of
    TASK_REDELIVERY_SECONDS; a worker that dies stops renewing, and once its messages have been idle that long the
    next worker to look takes them over (XAUTOCLAIM). So a dead worker's job is redelivered quickly, while a job
    that simply runs long is never run twice; a job delivered TASK_MAX_ATTEMPTS times whose worker died each time
    is dropped with an error result. Upstream also checks for idle messages only after a new message
    arrives; here every pass does, so an orphaned job does not wait for unrelated traffic.
    """

    def __init__(self, *args: Any, max_deliveries: int = 3, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_deliveries = max_deliveries
        self._held: set[bytes] = set()

    def _message(self, msg_id: bytes, data: bytes) -> AckableMessage:
        self._held.add(msg_id)

        async def ack() -> None:
            async with Redis(connection_pool=self.connection_pool) as conn:
                await conn.xack(self.queue_name, self.consumer_group_name, msg_id)
            self._held.discard(msg_id)

        return AckableMessage(data=data, ack=ack)

    async def _renew_leases(self) -> None:
        async with Redis(connection_pool=self.connection_pool) as conn:
            while True:
                await asyncio.sleep(self.idle_timeout / 3000)
                if self._held:
                    await conn.xclaim(self.queue_name, self.consumer_group_name, self.consumer_name,
                                      min_idle_time=0, message_ids=list(self._held), justid=True)

    async def _gave_up(self, conn: Redis, msg_id: bytes, data: bytes) -> bool:
        """A job whose worker died on each of its last deliveries (one that crashes or exhausts the process every
        time) is dropped after `max_deliveries`, with an error result, instead of killing workers for ever."""
        [pending] = await conn.xpending_range(self.queue_name, self.consumer_group_name, min=msg_id, max=msg_id,
                                              count=1) or [None]
        if pending is None or pending["times_delivered"] <= self.max_deliveries:
            return False
        message = self.formatter.loads(data)
        logger.error("Job %s dropped: its worker died on each of %d deliveries", message.task_id,
                     pending["times_delivered"] - 1)
        await self.result_backend.set_result(message.task_id, TaskiqResult(
            is_err=True, log=None, return_value=None, execution_time=0, labels=message.labels,
            error=RuntimeError(f"worker died on each of {pending['times_delivered'] - 1} deliveries")))
        await conn.xack(self.queue_name, self.consumer_group_name, msg_id)
        await self.state.claims.release(message.task_id)
        return True

    async def listen(self) -> AsyncGenerator[AckableMessage, None]:
        renewer = asyncio.create_task(self._renew_leases())
        try:
            async with Redis(connection_pool=self.connection_pool) as conn:
                while True:
                    # XAUTOCLAIM hands each idle message to exactly one caller; taking it resets its idle time.
                    _, claimed, *_ = await conn.xautoclaim(
                        self.queue_name, self.consumer_group_name, self.consumer_name,
                        min_idle_time=self.idle_timeout, count=self.unacknowledged_batch_size)
                    for msg_id, fields in claimed:
                        if fields and not await self._gave_up(conn, msg_id, fields[b"data"]):
                            yield self._message(msg_id, fields[b"data"])
                    fetched = await conn.xreadgroup(self.consumer_group_name, self.consumer_name,
                                                    {self.queue_name: ">"}, block=self.block, count=self.count)
                    for _stream, messages in fetched or []:
                        for msg_id, fields in messages:
                            yield self._message(msg_id, fields[b"data"])
        finally:
            renewer.cancel()


class RetryWithDelay(SmartRetryMiddleware):
    """Taskiq's retry policy (attempts, growing delay). Neither broker delays delivery by itself, so the retry is
    sent after waiting here, while the failed attempt's message is still unacknowledged: a worker that dies while
    waiting loses nothing, its message is redelivered."""

    async def on_send(self, kicker: AsyncKicker[Any, Any], message: TaskiqMessage, delay: float) -> None:
        await asyncio.sleep(delay)
        await kicker.kiq(*message.args, **message.kwargs)


def build_broker(settings: Settings) -> tuple[AsyncBroker, Claims]:
    url = settings.task_broker_url
    prefix = settings.task_queue_name
    broker: AsyncBroker
    claims: Claims
    if not url:
        broker, claims = InProcessBroker(max_stored_results=1000), MemoryClaims()
    else:
        broker = StreamBroker(
            url, queue_name=f"{prefix}:stream", consumer_group_name="workers",
            consumer_name=f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}",
            consumer_id="0",  # a new group reads what is already queued
            idle_timeout=settings.task_redelivery_seconds * 1000,
            xread_count=1,  # one job per read: queued work goes to whichever worker is free
            maxlen=STREAM_MAXLEN,
            max_deliveries=settings.task_max_attempts,
        ).with_result_backend(RedisAsyncResultBackend(
            url, keep_results=True, result_ex_time=settings.task_result_ttl_seconds, prefix_str=f"{prefix}:result"))
        claims = RedisClaims(url, prefix)
    broker.add_middlewares(
        RetryWithDelay(default_retry_count=settings.task_max_attempts, default_retry_label=True,
                       default_delay=settings.task_retry_delay_seconds, use_delay_exponent=True,
                       max_delay_exponent=MAX_RETRY_DELAY_SECONDS,
                       types_of_exceptions=(Exception,)),  # not cancellation: a shutdown is not a failure
        ReleaseClaims(claims),
    )
    for name, job in jobs.JOBS.items():
        broker.register_task(job, task_name=name, max_retries=settings.task_max_attempts)
    for name, (job, cron) in jobs.PERIODIC_JOBS.items():
        broker.register_task(job, task_name=name, schedule=[{"cron": cron}], retry_on_error=False)
    broker.state.settings = settings
    broker.state.claims = claims
    broker.add_event_handler(TaskiqEvents.WORKER_STARTUP, jobs.open_worker_resources)
    broker.add_event_handler(TaskiqEvents.WORKER_SHUTDOWN, jobs.close_worker_resources)
    return broker, claims
