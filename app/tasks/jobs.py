"""The jobs, what they need in a worker process, and the periodic jobs.

Every job is idempotent (re-running it gives the same index) and its task id is deterministic (queue.py), so a
retried, redelivered or doubly scheduled run is harmless. A job that raises is retried (TASK_MAX_ATTEMPTS); the
row it works on shows "failed" only after the last attempt.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from taskiq import Context, ScheduledTask, TaskiqDepends, TaskiqScheduler, TaskiqState
from taskiq.cli.scheduler.run import SchedulerLoop
from taskiq.exceptions import ScheduledTaskCancelledError
from taskiq.schedule_sources import LabelScheduleSource

from app.core.db import create_engine, create_session_factory
from app.core.logging import configure_logging
from app.services.accounts.mail import Mailer
from app.services.retrieval.indexing import IndexingService
from app.services.retrieval.rag import RagService
from app.services.scheduling.reminders import send_due_reminders

logger = logging.getLogger(__name__)


CONTEXT: Context = TaskiqDepends()  # Taskiq passes the running job's context (message, broker state)


def _indexing(context: Context) -> IndexingService:
    indexing = context.state.indexing
    if indexing is None:
        raise RuntimeError("retrieval is disabled (RAG_ENABLED=false) in this worker")
    return indexing


def _final_attempt(context: Context) -> bool:
    labels = context.message.labels
    return int(labels.get("_retries", 0)) + 1 >= int(labels.get("max_retries", 1))


async def index_profile(user_id: int, context: Context = CONTEXT) -> int:
    return await _indexing(context).index_profile(user_id, final=_final_attempt(context))


async def index_document(document_id: int, context: Context = CONTEXT) -> int:
    return await _indexing(context).index_document(document_id, final=_final_attempt(context))


async def index_session_summary(session_id: int, context: Context = CONTEXT) -> int:
    return await _indexing(context).index_session(session_id)


async def embed_question_bank(context: Context = CONTEXT) -> int:
    return await _indexing(context).rag.ensure_bank_indexed()


# By name: the names are what a queued message carries (Taskiq renames the registered functions themselves).
JOBS: dict[str, Callable[..., Awaitable[Any]]] = {
    "index_profile": index_profile,
    "index_document": index_document,
    "index_session_summary": index_session_summary,
    "embed_question_bank": embed_question_bank,
}

# --- periodic jobs ----------------------------------------------------------------------------------------------
# name -> (job, cron). Every task worker runs Taskiq's scheduler over them; a claim per job and minute makes each
# tick run once however many schedulers there are. (In the embedded default there are no task workers: the API
# process polls for due reminders itself, REMINDER_POLL_SECONDS.)


async def run_due_reminders(context: Context = CONTEXT) -> int:
    """Scheduled-interview reminder mails that are due; each is claimed in the database, so it goes out once."""
    return await send_due_reminders(context.state.sessions, context.state.mailer, datetime.now(UTC))


PERIODIC_JOBS: dict[str, tuple[Callable[..., Awaitable[Any]], str]] = {
    "run_due_reminders": (run_due_reminders, "* * * * *"),
}


class OncePerTickSource(LabelScheduleSource):
    """The cron labels of the registered jobs, each tick sent by only the first scheduler to claim it."""

    async def pre_send(self, task: ScheduledTask) -> None:
        tick = datetime.now(UTC).strftime("%Y%m%dT%H%M")
        if not await self.broker.state.claims.claim(f"tick:{task.task_name}:{tick}", ttl=120):
            raise ScheduledTaskCancelledError


async def _run_scheduler(source: OncePerTickSource) -> None:
    await source.startup()
    # The broker is already started by whoever runs this; TaskiqScheduler.startup would start it again.
    await SchedulerLoop(TaskiqScheduler(source.broker, [source])).run(skip_first_run=True)


# --- what jobs need in a worker process -------------------------------------------------------------------------

async def open_worker_resources(state: TaskiqState) -> None:
    """Once per worker process. In-process, the API has already put its own services on the state."""
    if "indexing" not in state:
        settings = state.settings
        configure_logging(settings.log_level)
        state.db_engine = create_engine(settings)
        state.sessions = create_session_factory(state.db_engine)
        rag = RagService(settings) if settings.rag_enabled else None
        state.indexing = (IndexingService(rag, state.sessions, state.queue,
                                          max_chunks_per_document=settings.index_max_chunks_per_document)
                          if rag else None)
        state.mailer = Mailer(settings)
        logger.info("Task worker ready (retrieval %s)", "on" if rag else "off")
        broker = state.queue.broker
        if any(task.labels.get("schedule") for task in broker.get_all_tasks().values()):
            state.scheduler = asyncio.create_task(_run_scheduler(OncePerTickSource(broker)))


async def close_worker_resources(state: TaskiqState) -> None:
    scheduler = state.get("scheduler")
    if scheduler is not None:
        scheduler.cancel()
        await asyncio.gather(scheduler, return_exceptions=True)
    engine = state.get("db_engine")
    if engine is not None:
        await engine.dispose()
