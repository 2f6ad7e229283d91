"""LangSmith tracing against a local stub of its ingestion API: every graph run and the assessment are traces named
for what they are, carrying the interview's ids, with the model call nested inside; the session lists its traces
with links. With tracing off nothing at all is sent."""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
import uvicorn
from langchain_core.tracers.langchain import wait_for_all_tracers
from langsmith import run_trees, utils
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from app.main import create_app
from tests.conftest import bearer, make_settings, register
from tests.stubs.openai_stub import StubServer

ANSWER = ("At my last job I was responsible for the billing service. I rewrote the retry logic and added "
          "idempotency keys. As a result duplicate charges dropped from 40 a week to zero.")
TENANT, PROJECT_ID = str(uuid.uuid4()), str(uuid.uuid4())


class LangSmithStub:
    """Records every run LangSmith's client posts (multipart ingestion) and answers the project lookup."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []
        self.runs: dict[str, dict] = {}

        async def ingest(request: Request) -> JSONResponse:
            self.requests.append((request.method, request.url.path))
            form = await request.form()
            for name, value in form.multi_items():
                kind, _, run_id_part = name.partition(".")
                run_id, _, field = run_id_part.partition(".")
                data = json.loads(value if isinstance(value, str) else await value.read())
                run = self.runs.setdefault(run_id, {})
                run.update(data) if not field else run.__setitem__(field, data)
            return JSONResponse({})

        async def sessions(request: Request) -> JSONResponse:
            self.requests.append((request.method, request.url.path))
            name = request.query_params.get("name", "mock-interview")
            return JSONResponse([{"id": PROJECT_ID, "name": name, "tenant_id": TENANT, "reference_dataset_id": None,
                                  "start_time": "2026-12-01T00:00:00Z"}])

        async def other(request: Request) -> JSONResponse:
            self.requests.append((request.method, request.url.path))
            return JSONResponse({"detail": "not found"}, status_code=404)

        app = Starlette(routes=[Route("/runs/multipart", ingest, methods=["POST"]),
                                Route("/sessions", sessions, methods=["GET"]),
                                Route("/{path:path}", other, methods=["GET", "POST", "PATCH"])])
        # Bound here and handed to uvicorn: a port picked and released first could be taken before uvicorn binds it.
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "the LangSmith stub did not start"
            time.sleep(0.02)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def named(self, name: str) -> list[dict]:
        return [r for r in self.runs.values() if r.get("name") == name]


@pytest.fixture
def langsmith(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[LangSmithStub, pytest.MonkeyPatch]]:
    stub = LangSmithStub()
    monkeypatch.setenv("LANGSMITH_ENDPOINT", stub.url)
    monkeypatch.setenv("LANGSMITH_API_KEY", "ls-test-key")
    monkeypatch.setenv("LANGSMITH_PROJECT", "mock-interview")
    for name in ("LANGCHAIN_TRACING_V2", "LANGCHAIN_ENDPOINT", "LANGCHAIN_API_KEY", "LANGCHAIN_PROJECT"):
        monkeypatch.delenv(name, raising=False)

    def reset() -> None:  # LangSmith caches its environment and client
        utils.get_env_var.cache_clear()
        utils.get_tracer_project.cache_clear()
        run_trees._CLIENT = None  # noqa: SLF001

    reset()
    yield stub, monkeypatch
    monkeypatch.undo()
    reset()
    stub.server.should_exit = True


def _flush() -> None:
    done = threading.Thread(target=wait_for_all_tracers, daemon=True)
    done.start()
    done.join(20)


async def _interview(settings) -> tuple[dict, dict, dict]:  # noqa: ANN001
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            h = bearer((await register(c))["token"])
            s = (await c.post("/ai-interview/sessions", headers=h,
                              json={"title": "traced", "interview_type": "behavioral", "max_questions": 2})).json()
            await c.post(f"/ai-interview/sessions/{s['id']}/message", headers=h, json={"message": ANSWER})
            assessed = (await c.post(f"/ai-interview/sessions/{s['id']}/assess", headers=h)).json()
            _flush()
            detail = (await c.get(f"/ai-interview/sessions/{s['id']}", headers=h)).json()
            me = (await c.get("/auth/me", headers=h)).json()
    return detail, assessed, me


async def test_every_graph_run_is_a_named_trace_with_the_interviews_ids(langsmith, tmp_path, clean_db):
    stub, env = langsmith
    env.setenv("LANGSMITH_TRACING", "true")
    with StubServer() as model:
        settings = make_settings(tmp_path, clean_db, openai_api_key="sk-test", openai_base_url=f"{model.url}/v1")
        detail, assessed, me = await _interview(settings)
    starts, turns, assessments = (stub.named(n) for n in ("interview.start", "interview.turn",
                                                          "interview.assessment"))
    assert len(starts) == 1 and len(turns) == 1 and len(assessments) == 1
    for root, turn in ((starts[0], 0), (turns[0], 1)):
        metadata = root["extra"]["metadata"]
        assert metadata["session_id"] == detail["id"] and metadata["user_id"] == me["id"]
        assert metadata["turn"] == turn and metadata["interview_type"] == "behavioral"
        assert metadata["mode"] == "llm" and metadata["provider"] == "openai"
        assert "interview" in root["tags"]
    # The model call is nested inside the turn's trace, under the node that made it.
    turn_trace = turns[0]["trace_id"]
    model_runs = [r for r in stub.runs.values() if r.get("run_type") == "llm" and r.get("trace_id") == turn_trace]
    assert len(model_runs) == 1 and model_runs[0]["parent_run_id"] != turns[0]["id"]
    assert assessments[0]["extra"]["metadata"]["session_id"] == detail["id"]
    assert assessed["trace_id"] == assessments[0]["id"]
    # The session lists its traces, with links into the project.
    listed = detail["traces"]
    assert [t["trace_id"] for t in listed] == [starts[0]["id"], turns[0]["id"]]
    assert listed[1]["url"] == f"http://localhost/o/{TENANT}/projects/p/{PROJECT_ID}/r/{turns[0]['id']}?poll=true"
    interviewer_turns = [t for t in detail["interactions"] if t["role"] == "interviewer"]
    assert [t["trace_id"] for t in interviewer_turns] == [t["trace_id"] for t in listed]


async def test_tracing_off_sends_nothing(langsmith, tmp_path, clean_db):
    stub, env = langsmith
    env.setenv("LANGSMITH_TRACING", "false")
    detail, assessed, _ = await _interview(make_settings(tmp_path, clean_db))
    assert stub.requests == [] and stub.runs == {}
    assert detail["traces"] == [] and assessed["trace_id"] is None
