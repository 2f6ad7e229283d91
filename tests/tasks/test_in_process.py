"""Background jobs in the embedded default (no broker URL): they run inside the API process, once per piece of
work, retried when they fail, and the document's status tells the user the outcome."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

import httpx
import pytest
from taskiq import ScheduledTask
from taskiq.exceptions import ScheduledTaskCancelledError

from app.core.config import Settings
from app.main import create_app
from app.tasks.jobs import OncePerTickSource
from app.tasks.queue import TaskQueue
from app.tasks.worker import main as worker_main
from tests.conftest import bearer, make_settings, register

RESUME = ("Ada Lovelace\nSkills\nPython, PostgreSQL, Kafka\nExperience\nBackend engineer - Acme (2019 - 2024)\n"
          "Built the payments ledger and cut settlement time from days to minutes.\n")


@pytest.fixture
async def quick_retry_app(tmp_path, clean_db) -> AsyncIterator:
    settings = make_settings(tmp_path, clean_db, task_retry_delay_seconds=0.01, task_max_attempts=3)
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def api(quick_retry_app) -> AsyncIterator[tuple[httpx.AsyncClient, dict[str, str]]]:
    transport = httpx.ASGITransport(app=quick_retry_app, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c, bearer((await register(c))["token"])


def count_calls(monkeypatch, rag, fail_times: int = 0, hold: asyncio.Event | None = None) -> list[str]:
    """Record each indexing of a document (and fail the first `fail_times` of them; wait for `hold` if given)."""
    calls: list[str] = []
    real = rag.index_source

    async def counting(user_id, source, source_id, chunks, extra=None):
        if source == "resume":
            calls.append(source_id)
            if hold is not None:
                await asyncio.wait_for(hold.wait(), 30)
            if len(calls) <= fail_times:
                raise ConnectionError("vector store unreachable")
        return await real(user_id, source, source_id, chunks, extra)

    monkeypatch.setattr(rag, "index_source", counting)
    return calls


async def upload(c: httpx.AsyncClient, h: dict[str, str]) -> dict:
    r = await c.post("/documents/resume", headers=h, files={"file": ("cv.txt", RESUME.encode(), "text/plain")})
    assert r.status_code == 201, r.text
    return r.json()


async def test_same_work_scheduled_twice_runs_once(quick_retry_app, api, monkeypatch):
    c, h = api
    indexing = quick_retry_app.state.indexing
    running = asyncio.Event()  # the first job cannot finish before it is scheduled again, however fast it is
    calls = count_calls(monkeypatch, indexing.rag, hold=running)
    doc = await upload(c, h)
    await indexing.schedule_document(doc["id"])  # still queued or running: the same job, not a second one
    running.set()
    await indexing.wait_idle()
    assert calls == [str(doc["id"])]
    await indexing.schedule_document(doc["id"])  # finished: scheduling it again is new work
    await indexing.wait_idle()
    assert calls == [str(doc["id"])] * 2
    result = await quick_retry_app.state.task_queue.result(f"index_document:{doc['id']}")
    assert result is not None and not result.is_err and result.return_value >= 2


async def test_failed_job_is_retried_and_the_document_gets_indexed(quick_retry_app, api, monkeypatch):
    c, h = api
    indexing = quick_retry_app.state.indexing
    calls = count_calls(monkeypatch, indexing.rag, fail_times=2)
    doc = await upload(c, h)
    await indexing.wait_idle()
    assert len(calls) == 3
    fetched = (await c.get(f"/documents/{doc['id']}", headers=h)).json()
    assert fetched["status"] == "indexed"
    me = (await c.get("/auth/me", headers=h)).json()
    hits = await indexing.rag.search_user_context(me["id"], "payments ledger", sources=["resume"])
    assert hits and "ledger" in " ".join(hit.text for hit in hits)


async def test_job_failing_every_attempt_marks_the_document_failed(quick_retry_app, api, monkeypatch):
    c, h = api
    indexing = quick_retry_app.state.indexing
    calls = count_calls(monkeypatch, indexing.rag, fail_times=99)
    doc = await upload(c, h)
    await indexing.wait_idle()
    assert len(calls) == 3  # TASK_MAX_ATTEMPTS
    fetched = (await c.get(f"/documents/{doc['id']}", headers=h)).json()
    assert fetched["status"] == "failed"
    result = await quick_retry_app.state.task_queue.result(f"index_document:{doc['id']}")
    assert result is not None and result.is_err


async def test_profile_is_indexed_once_per_version(quick_retry_app, api, monkeypatch):
    """Scheduling an unchanged profile again embeds nothing more: while the first run is queued or running the queue
    drops the duplicate, and after it the vectors' content-hash ids make the run a no-op (which of the two happens
    depends on timing, so this counts the embedding work, not the runs)."""
    c, h = api
    indexing = quick_retry_app.state.indexing
    versions: list[str] = []
    real = indexing.rag.embedder.aembed

    async def counting(texts):
        versions.extend(t for t in texts if t.startswith("Target role"))
        return await real(texts)

    monkeypatch.setattr(indexing.rag.embedder, "aembed", counting)
    assert (await c.post("/ai-interview/profile", headers=h, json={"target_role": "Data Engineer"})).status_code == 201
    await indexing.schedule_profile((await c.get("/auth/me", headers=h)).json()["id"])  # unchanged: same work
    await indexing.wait_idle()
    assert len(versions) == 1
    await c.put("/ai-interview/profile", headers=h, json={"target_role": "Staff Data Engineer"})
    await indexing.wait_idle()
    assert len(versions) == 2 and "Staff Data Engineer" in versions[-1]
    assert (await c.get("/ai-interview/profile", headers=h)).json()["index_status"] == "indexed"


async def test_a_periodic_tick_is_sent_by_one_scheduler_only(tmp_path, clean_db):
    queue = TaskQueue.from_settings(make_settings(tmp_path, clean_db))
    first, second = OncePerTickSource(queue.broker), OncePerTickSource(queue.broker)
    tick = ScheduledTask(task_name="run_due_reminders", labels={}, args=[], kwargs={}, cron="* * * * *")
    await first.pre_send(tick)
    with pytest.raises(ScheduledTaskCancelledError):
        await second.pre_send(tick)


def test_worker_needs_a_broker_url(monkeypatch, capsys):
    monkeypatch.setattr("app.tasks.worker.get_settings", lambda: Settings(_env_file=None, task_broker_url=""))
    assert worker_main([]) == 2
    assert "TASK_BROKER_URL" in capsys.readouterr().err


async def test_a_job_still_running_at_shutdown_is_cancelled_without_an_error_log(tmp_path, clean_db, monkeypatch,
                                                                                   caplog):
    from app.services.retrieval.rag import RagService

    started = asyncio.Event()

    async def slow_bank(self) -> int:
        started.set()
        await asyncio.sleep(3600)
        return 0

    monkeypatch.setattr(RagService, "ensure_bank_indexed", slow_bank)
    application = create_app(make_settings(tmp_path, clean_db))
    with caplog.at_level(logging.INFO):
        async with application.router.lifespan_context(application):
            await asyncio.wait_for(started.wait(), 30)  # the bank job runs when the server stops
    assert "A job was cancelled at shutdown" in caplog.messages
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]
