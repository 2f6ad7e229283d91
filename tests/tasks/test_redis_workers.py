"""Background jobs on Redis with real task worker processes (scripts/worker): a job queued by one API worker runs
once on a task worker, survives that worker being killed (kill -9) mid-job, and its result is visible to every API
worker."""

from __future__ import annotations

import asyncio
import shutil
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack
from pathlib import Path

import httpx
import pytest
import redis

from app.main import create_app
from app.tasks.queue import TaskQueue
from tests import conftest
from tests.conftest import bearer, make_settings, register
from tests.e2e.server import WorkerProcess, server_env

pytestmark = pytest.mark.slow

RESUME = ("Grace Hopper\nSkills\nCOBOL, compilers, Python\nExperience\nPrincipal engineer - Navy (1990 - 2020)\n"
          "Led the compiler team and shipped the first business language compiler.\n")

LONG_RESUME = RESUME + "Projects\n" + "\n".join(
    f"Project {i}: moved batch job {i} to a streaming pipeline, saving {i % 9 + 1} hours a week for team {i % 7}."
    for i in range(300))


@pytest.fixture
def queue_settings(tmp_path, clean_db, redis_server) -> Iterator[dict[str, object]]:
    """Settings shared by the API workers (in this process) and the task workers (subprocesses): one database,
    one Redis key prefix of this test's own, one vector store with the question bank already embedded."""
    url, prefix = f"{redis_server}/9", f"mockiv:test:{uuid.uuid4().hex[:10]}"
    chroma = tmp_path / "chroma"
    shutil.copytree(conftest.CHROMA_DIR, chroma)
    yield {"database_url": clean_db, "data_dir": tmp_path / "data", "chroma_path": chroma,
           "task_broker_url": url, "task_queue_name": prefix, "task_redelivery_seconds": 3}
    keys = redis.Redis.from_url(url)
    for key in keys.scan_iter(f"{prefix}*"):
        keys.delete(key)


def worker_env(values: dict[str, object]) -> dict[str, str]:
    return server_env(Path(str(values["data_dir"])).parent, str(values["database_url"]),
                      CHROMA_PATH=str(values["chroma_path"]), TASK_BROKER_URL=str(values["task_broker_url"]),
                      TASK_QUEUE_NAME=str(values["task_queue_name"]),
                      TASK_REDELIVERY_SECONDS=str(values["task_redelivery_seconds"]))


@pytest.fixture
async def api_workers(tmp_path, queue_settings) -> AsyncIterator[list[httpx.AsyncClient]]:
    """Two API workers: two apps, each with its own broker connection, as `uvicorn --workers 2` would run."""
    settings = make_settings(tmp_path, str(queue_settings["database_url"]), **{
        k: v for k, v in queue_settings.items() if k != "database_url"})
    async with AsyncExitStack() as stack:
        clients = []
        for _ in range(2):
            app = create_app(settings)
            await stack.enter_async_context(app.router.lifespan_context(app))
            client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://api")
            client.app = app  # type: ignore[attr-defined]
            clients.append(await stack.enter_async_context(client))
        yield clients


async def wait_for(predicate, timeout: float = 120.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not await predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.25)


async def test_job_runs_once_on_a_worker_and_every_api_worker_sees_its_result(tmp_path, queue_settings,
                                                                             api_workers):
    first, second = api_workers
    h = bearer((await register(first))["token"])
    doc = (await first.post("/documents/resume", headers=h,
                            files={"file": ("cv.txt", RESUME.encode(), "text/plain")})).json()
    task_id = f"index_document:{doc['id']}"
    # The other API worker schedules the same work again (say, its start-up found it unfinished): one job.
    await second.app.state.indexing.schedule_document(doc["id"])
    assert (await second.get(f"/documents/{doc['id']}", headers=h)).json()["status"] == "processing"

    worker = WorkerProcess(worker_env(queue_settings), tmp_path / "worker.log").start()
    try:
        result = await second.app.state.task_queue.wait_result(task_id, timeout=180)
        assert result is not None and not result.is_err, worker.log()[-3000:]
        assert result.return_value >= 2  # chunks of the resume
        seen_by_first = await first.app.state.task_queue.result(task_id)
        assert seen_by_first is not None and seen_by_first.return_value == result.return_value
        for api in (first, second):
            assert (await api.get(f"/documents/{doc['id']}", headers=h)).json()["status"] == "indexed"
        assert worker.executions(task_id) == 1
        # Both API workers started up and scheduled the question bank: it too ran once, and both now use it.
        await wait_for(lambda: _all_bank_ready(api_workers), what="the bank job's result")
        assert worker.log().count("Executing task embed_question_bank") == 1
    finally:
        worker.stop()


async def _all_bank_ready(clients: list[httpx.AsyncClient]) -> bool:
    return all(c.app.state.indexing.rag.bank_ready for c in clients)


async def test_job_survives_its_worker_being_killed(tmp_path, queue_settings, api_workers):
    first, second = api_workers
    h = bearer((await register(first, "killed@example.com"))["token"])
    env = worker_env(queue_settings)
    doomed = WorkerProcess(env, tmp_path / "worker1.log").start()
    doc = (await first.post("/documents/resume", headers=h,
                            files={"file": ("cv.txt", LONG_RESUME.encode(), "text/plain")})).json()
    task_id = f"index_document:{doc['id']}"

    async def started() -> bool:
        return doomed.executions(task_id) == 1

    await wait_for(started, what="the first worker to start the job")
    await asyncio.sleep(0.5)  # into the job: loading the embedding model alone takes seconds
    doomed.kill_hard()
    assert (await first.get(f"/documents/{doc['id']}", headers=h)).json()["status"] == "processing"
    assert await first.app.state.task_queue.result(task_id) is None

    rescuer = WorkerProcess(env, tmp_path / "worker2.log").start()
    try:
        result = await second.app.state.task_queue.wait_result(task_id, timeout=180)
        assert result is not None and not result.is_err, rescuer.log()[-3000:]
        assert rescuer.executions(task_id) == 1  # taken over after TASK_REDELIVERY_SECONDS, and run to the end
        assert (await second.get(f"/documents/{doc['id']}", headers=h)).json()["status"] == "indexed"
        assert (await first.app.state.task_queue.result(task_id)).return_value == result.return_value
    finally:
        rescuer.stop()


async def test_a_job_that_kills_every_worker_is_given_up(tmp_path, queue_settings):
    """Each worker that receives the job dies before finishing it; after TASK_MAX_ATTEMPTS deliveries the job is
    dropped with an error result that every API worker can read, and the work may be scheduled again."""
    settings = make_settings(tmp_path, str(queue_settings["database_url"]), task_max_attempts=2, **{
        k: v for k, v in queue_settings.items() if k != "database_url"})
    api = TaskQueue.from_settings(settings)
    await api.start()

    async def a_worker_receives_it_and_dies(wait: float = 30) -> None:
        worker = TaskQueue.from_settings(settings)
        await worker.broker.startup()
        worker.broker.idle_timeout = 100  # ms: no need to wait seconds after each death
        deliveries = worker.broker.listen()
        try:
            await asyncio.wait_for(anext(deliveries), wait)
        finally:  # dies: no acknowledgement, no more lease renewals
            await deliveries.aclose()
            await worker.broker.shutdown()
            await worker.claims.close()

    try:
        task_id = await api.enqueue("index_document", "4242", document_id=4242)
        for _ in range(2):
            await a_worker_receives_it_and_dies()
            await asyncio.sleep(0.2)
        with pytest.raises(TimeoutError):  # the third worker gives it up: nothing to run
            await a_worker_receives_it_and_dies(wait=5)  # (a redelivery would come within a read of 2 s)
        result = await api.wait_result(task_id, timeout=30)
        assert result is not None and result.is_err and "died" in str(result.error)
        assert not await api.claims.held([task_id])  # the same work can be scheduled again
    finally:
        await api.close()
