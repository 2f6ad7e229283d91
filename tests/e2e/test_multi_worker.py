"""The scaled-out deployment of DEPLOYMENT_GUIDE.md, for real: PostgreSQL, Redis, a Chroma server, two API workers
(`scripts/serve --workers 2`, i.e. `uvicorn --workers 2`) and one task worker (`scripts/worker`). A candidate
uploads a resume (indexed by the task worker), takes a whole interview whose turns land on both API workers, and
is assessed; the interview's summary is indexed by the task worker into the Chroma server."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import redis
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.core.config import Settings
from app.services.retrieval.rag import USER_COLLECTION, chroma_client
from tests.e2e.server import ServerProcess, WorkerProcess, free_port, server_env

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

E2E_DATABASE = "mockiv_e2e_workers"
RESUME = ("Maya Chen\nSummary\nBackend engineer, seven years of payments systems.\nSkills\nPython, Go, PostgreSQL, "
          "Kafka, Kubernetes\nExperience\nSenior Backend Engineer - Stipple (2020 - 2025)\nBuilt the ledger service "
          "that settles 2M payments a day; cut settlement time from two days to ten minutes.\n")
ANSWER = ("At Stipple I owned the ledger service. Settlements took two days, so I profiled the batch job, split it "
          "into idempotent steps on Kafka and added reconciliation checks. As a result settlement dropped to ten "
          "minutes and support tickets about missing payouts fell by 70%.")
ACCESS_LINE = re.compile(r" INFO (\d+) \[([\w.:-]+)\] app\.access: ")


def _postgres_url() -> str:
    """TEST_DATABASE_URL when it is PostgreSQL (the CI run on PostgreSQL), else a database of this test's own on
    the local server. The schema is reset; scripts/serve migrates it."""
    configured = os.environ.get("TEST_DATABASE_URL", "")
    if configured.startswith("postgresql"):
        url = make_url(configured)
    else:
        url = make_url(f"postgresql+psycopg://{os.environ.get('PGUSER', 'postgres')}@127.0.0.1:5432/{E2E_DATABASE}")
        try:
            admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT",
                                  connect_args={"connect_timeout": 3})
            with admin.connect() as conn:
                if not conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": E2E_DATABASE}):
                    conn.execute(text(f'CREATE DATABASE "{E2E_DATABASE}"'))
            admin.dispose()
        except Exception as exc:  # noqa: BLE001 - any failure to reach the server means there is none
            pytest.skip(f"no PostgreSQL reachable on 127.0.0.1:5432 ({type(exc).__name__})")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return url.render_as_string(hide_password=False)


@pytest.fixture
def chroma_server(tmp_path) -> Iterator[int]:
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    with open(tmp_path / "chroma.log", "wb") as log:
        proc = subprocess.Popen([chroma, "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1",
                                 "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait(lambda: _answers(f"http://127.0.0.1:{port}/api/v2/heartbeat"), 60, "the Chroma server")
        yield port
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture
def deployment(tmp_path, redis_server, chroma_server) -> Iterator[tuple[ServerProcess, WorkerProcess]]:
    prefix = f"mockiv:e2e:{uuid.uuid4().hex[:10]}"
    broker = f"{redis_server}/9"
    env = server_env(tmp_path, _postgres_url(), CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(chroma_server),
                     TASK_BROKER_URL=broker, TASK_QUEUE_NAME=prefix, TASK_REDELIVERY_SECONDS="20")
    api = ServerProcess(env, tmp_path / "api.log", args=("--workers", "2", "--timeout-keep-alive", "600"))
    worker = WorkerProcess(env, tmp_path / "worker.log")
    try:
        api.start(timeout=180)
        worker.start(timeout=120)
        yield api, worker
    finally:
        worker.stop()
        api.stop()
        keys = redis.Redis.from_url(broker)
        for key in keys.scan_iter(f"{prefix}*"):
            keys.delete(key)


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=1, trust_env=False).status_code == 200
    except httpx.TransportError:
        return False


def _wait(check: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(0.5)


def _served_by(api: ServerProcess, request_ids: list[str]) -> list[str]:
    """The pid of the API worker that served each request, from the access log (a line is written just after its
    response has gone out, so wait a moment for the last ones)."""
    deadline = time.monotonic() + 15
    while True:
        pids = {rid: pid for pid, rid in ACCESS_LINE.findall(api.log())}
        missing = [rid for rid in request_ids if rid not in pids]
        if not missing:
            return [pids[rid] for rid in request_ids]
        assert time.monotonic() < deadline, f"no access-log line for {missing}"
        time.sleep(0.1)


def _one_connection_per_worker(api: ServerProcess) -> list[httpx.Client]:
    """Kept-alive connections, one accepted by each API worker (which worker accepts a new connection is up to
    the kernel, so open connections until both have one)."""
    found: dict[str, httpx.Client] = {}
    for attempt in range(80):
        # Idle connections must stay open (httpx drops them after 5 s by default) while the other worker is busy.
        client = httpx.Client(base_url=api.url, timeout=120, trust_env=False,
                              limits=httpx.Limits(keepalive_expiry=600))
        request_id = f"e2e-probe-{attempt}-{uuid.uuid4().hex[:6]}"
        assert client.get("/health", headers={"X-Request-ID": request_id}).status_code == 200
        [pid] = _served_by(api, [request_id])
        if pid in found:
            client.close()
        else:
            found[pid] = client
        if len(found) == 2:
            return list(found.values())
    raise AssertionError(f"80 connections all went to the API worker(s) {sorted(found)}")


def test_interview_through_two_api_workers_and_a_task_worker(deployment):
    api, worker = deployment
    connections = _one_connection_per_worker(api)
    sent: list[str] = []

    def call(method: str, path: str, **kwargs) -> httpx.Response:
        """Requests alternate between the two API workers; the request id finds each one in the log."""
        request_id = f"e2e-{len(sent)}-{uuid.uuid4().hex[:8]}"
        headers = {**kwargs.pop("headers", {}), "X-Request-ID": request_id}
        response = connections[len(sent) % 2].request(method, path, headers=headers, **kwargs)
        sent.append(request_id)
        return response

    token = call("POST", "/auth/register", json={"email": "maya@example.com", "password": "secret-pw-1",
                                                 "name": "Maya Chen"}).json()["token"]
    h = {"Authorization": f"Bearer {token}"}
    call("POST", "/ai-interview/profile", headers=h, json={"current_role": "Backend Engineer",
                                                          "current_company": "Stipple", "years_of_experience": 7})
    doc = call("POST", "/documents/resume", headers=h, files={"file": ("cv.txt", RESUME.encode(), "text/plain")})
    assert doc.status_code == 201, doc.text
    doc_id = doc.json()["id"]

    def indexed() -> bool:
        shown = call("GET", f"/documents/{doc_id}", headers=h)
        if shown.status_code in (429, 503):  # busy for a moment (a loaded machine): ask again
            return False
        assert shown.status_code == 200, (shown.status_code, shown.text)
        return shown.json()["status"] == "indexed"

    _wait(indexed, 240, "the resume to be indexed")
    assert worker.executions(f"index_document:{doc_id}") == 1
    assert "Executing task" not in api.log()  # the API workers only queue work

    interview_from = len(sent)
    start = call("POST", "/ai-interview/sessions", headers=h,
                 json={"title": "scaled out", "interview_type": "behavioral", "max_questions": 4})
    assert start.status_code == 201, start.text
    sid, reply = start.json()["id"], start.json()
    assert "Stipple" in reply["response"]  # the opening is about the candidate's own background
    for _ in range(20):
        if reply["is_complete"]:
            break
        answer = call("POST", f"/ai-interview/sessions/{sid}/message", headers=h, json={"message": ANSWER})
        assert answer.status_code == 200, answer.text
        reply = answer.json()
    assert reply["is_complete"] is True
    transcript = call("GET", f"/ai-interview/sessions/{sid}", headers=h).json()["interactions"]
    assert sum(t["role"] == "candidate" for t in transcript) >= 4
    assessed = call("POST", f"/ai-interview/sessions/{sid}/assess", headers=h)
    assert assessed.status_code == 200, assessed.text
    score = assessed.json()["overall_score"]

    # Turn after turn, the interview moved between the two API workers.
    interview = _served_by(api, sent[interview_from:])
    assert len(set(interview)) == 2 and all(a != b for a, b in itertools.pairwise(interview))

    # The summary was indexed by the task worker, into the Chroma server every process uses.
    # (The log shows when the job started; the vectors show when it finished.)
    settings = Settings(_env_file=None, chroma_host="127.0.0.1", chroma_port=int(api.env["CHROMA_PORT"]))
    collection = chroma_client(settings).get_collection(USER_COLLECTION)

    def summary() -> list[str]:
        return collection.get(where={"$and": [{"source": "session"}, {"source_id": str(sid)}]},
                              include=["documents"])["documents"]

    _wait(lambda: len(summary()) > 0, 120, "the session summary in the vector store")
    stored = summary()
    assert len(stored) == 1 and f"Overall score {score}" in stored[0]
    assert worker.executions(f"index_session_summary:{sid}") == 1

    # The question bank was embedded once, by the task worker, and both API workers know it.
    assert worker.log().count("Executing task embed_question_bank") == 1
    for connection in connections:
        _wait(lambda c=connection: c.get("/health/ready").json()["checks"]["vector_store"]["question_bank_indexed"],
              240, "the API workers to see the question bank job's result")
    for connection in connections:
        connection.close()
