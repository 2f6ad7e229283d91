"""Live-interview latency: how long the server takes to start speaking, the model's own time left out.

(a) SSE (`POST .../message/stream`) and (b) WebSocket (`/ws`): time from sending the answer to the first `token`
    event, minus the stub model's first-token delay (the stub waits FIRST_TOKEN_DELAY before its first token, so
    what remains is our turn path: auth, the turn lease, the graph's analyse/check steps, the provider call's
    set-up). One client alone, then 50 concurrent clients (p50/p99).
(c) Voice, through LiveKit Agents' own text harness in-process: end of the candidate's turn (the utterance handed
    to the agent, i.e. after VAD endpointing) → the first interviewer text reaching the agent's output node, where
    the TTS is asked for its first bytes; the same stub delay subtracted. The endpointing delay
    (VOICE_MIN_ENDPOINTING_DELAY) comes before this by design and is not part of the figure.

    .venv/bin/python -m bench.stream [--turns 100] [--clients 50] [--turns-each 5] [--voice-turns 30]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import websockets

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.turns import fmt, next_answer  # noqa: E402
from tests.e2e.server import ServerProcess, free_port  # noqa: E402
from tests.stubs.openai_stub import start_process  # noqa: E402

FIRST_TOKEN_DELAY = 0.2  # seconds the stub model waits before its first token


class Client:
    def __init__(self, c: httpx.AsyncClient, url: str) -> None:
        self.c, self.url = c, url
        self.token = ""
        self.session: int | None = None

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    async def login(self) -> None:
        r = await self.c.post("/auth/register", json={"email": f"{uuid.uuid4().hex[:10]}@bench.example",
                                                      "password": "bench-password", "name": "Bench"})
        self.token = r.json()["token"]

    async def start(self) -> None:
        r = await self.c.post("/ai-interview/sessions", headers=self.headers,
                              json={"title": "bench", "interview_type": "mixed", "max_questions": 20})
        r.raise_for_status()
        self.session = r.json()["id"]

    async def sse_turn(self) -> float:
        """ms from sending the answer to the first token event."""
        if self.session is None:
            await self.start()
        first = None
        t = time.perf_counter()
        async with self.c.stream("POST", f"/ai-interview/sessions/{self.session}/message/stream",
                                 headers=self.headers, json={"message": next_answer()}) as r:
            event = None
            async for line in r.aiter_lines():
                if line.startswith("event:"):
                    event = line.split(":", 1)[1].strip()
                    if event == "token" and first is None:
                        first = time.perf_counter()
                elif line.startswith("data:") and event == "turn":
                    if json.loads(line[5:])["is_complete"]:
                        self.session = None
        return ((first or time.perf_counter()) - t) * 1000 - FIRST_TOKEN_DELAY * 1000

    async def ws_turns(self, n: int, out: list[float]) -> None:
        while n > 0:
            if self.session is None:
                await self.start()
            ws_url = self.url.replace("http", "ws", 1) + f"/ai-interview/sessions/{self.session}/ws?token={self.token}"
            async with websockets.connect(ws_url, max_size=2**22) as ws:
                json.loads(await ws.recv())  # ready
                while n > 0:
                    t = time.perf_counter()
                    await ws.send(json.dumps({"message": next_answer()}))
                    first = None
                    while True:
                        frame = json.loads(await ws.recv())
                        if frame["type"] == "token" and first is None:
                            first = time.perf_counter()
                        if frame["type"] == "turn":
                            break
                    out.append(((first or time.perf_counter()) - t) * 1000 - FIRST_TOKEN_DELAY * 1000)
                    n -= 1
                    if frame["is_complete"]:
                        self.session = None
                        break


async def web(url: str, turns: int, clients: int, turns_each: int) -> None:
    limits = httpx.Limits(max_connections=clients + 10, max_keepalive_connections=clients + 10)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as c:
        one = Client(c, url)
        await one.login()
        for _ in range(5):  # warm-up
            await one.sse_turn()
        sse = [await one.sse_turn() for _ in range(turns)]
        print(f"(a) SSE, one client:        first token − model delay  {fmt(sse)}")
        ws: list[float] = []
        await one.ws_turns(turns, ws)
        print(f"(b) WebSocket, one client:  first token − model delay  {fmt(ws)}")

        crowd = [Client(c, url) for _ in range(clients)]
        await asyncio.gather(*(p.login() for p in crowd))
        await asyncio.gather(*(p.start() for p in crowd))
        sse_loaded: list[float] = []

        async def run_sse(p: Client) -> None:
            for _ in range(turns_each):
                sse_loaded.append(await p.sse_turn())

        await asyncio.gather(*(run_sse(p) for p in crowd))
        print(f"(a) SSE, {clients} clients:       first token − model delay  {fmt(sse_loaded)}")
        ws_loaded: list[float] = []
        await asyncio.gather(*(p.ws_turns(turns_each, ws_loaded) for p in crowd))
        print(f"(b) WebSocket, {clients} clients: first token − model delay  {fmt(ws_loaded)}")


async def voice(stub_url: str, turns: int) -> None:
    """The voice agent in-process (LiveKit Agents' text harness), the same database and stub model."""
    from livekit.agents import AgentSession
    from sqlalchemy import select

    from alembic import command
    from app.core.config import Settings
    from app.main import create_app
    from app.models import User
    from app.services.retrieval.embedder import turn_embedders, warm_up
    from app.voice.agent import InterviewerAgent, build_session
    from tests.conftest import alembic_config

    tmp = Path(tempfile.mkdtemp(prefix="bench-voice-"))
    url = f"sqlite+aiosqlite:///{tmp / 'app.db'}"
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")  # alembic runs its own event loop
    settings = Settings(_env_file=None, database_url=url, data_dir=tmp, rag_enabled=False, log_level="WARNING",
                        openai_api_key="sk-bench", openai_base_url=f"{stub_url}/v1",
                        rate_limit_model_per_client="10000000/minute", rate_limit_default="10000000/minute")
    app = create_app(settings)
    lat: list[float] = []

    class TimedAgent(InterviewerAgent):
        turn_sent = 0.0
        first_text: float | None = None

        def transcription_node(self, text, model_settings):  # noqa: ANN001, ANN201
            async def timed():  # noqa: ANN202
                async for piece in text:
                    if self.first_text is None:
                        self.first_text = time.perf_counter()
                    yield piece
            return InterviewerAgent.default.transcription_node(self, timed(), model_settings)

    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://b") as c:
            bench = Client(c, "")
            await bench.login()
            async with app.state.db_sessions() as db:
                user = await db.scalar(select(User).order_by(User.id.desc()).limit(1))
            for embedder in turn_embedders(settings):  # as the worker's prewarm does before its first job
                if embedder is not None:
                    await asyncio.to_thread(warm_up, embedder)
            done = 0
            while done < turns + 3:
                await bench.start()
                agent = TimedAgent(app.state.interviews, user, bench.session, pending_question=None)
                session: AgentSession
                async with build_session(settings) as session:
                    await session.start(agent)
                    while done < turns + 3 and not agent.completed.is_set():
                        agent.first_text = None
                        t = time.perf_counter()
                        await session.run(user_input=next_answer())
                        if done >= 3 and agent.first_text is not None:  # three warm-up turns
                            lat.append((agent.first_text - t) * 1000 - FIRST_TOKEN_DELAY * 1000)
                        done += 1
    print(f"(c) voice, end of turn → first text to TTS − model delay  {fmt(lat)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=100)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--turns-each", type=int, default=5)
    parser.add_argument("--voice-turns", type=int, default=30)
    args = parser.parse_args()

    port = free_port()
    stub, stub_url = start_process(port, str(ROOT))
    httpx.post(f"{stub_url}/_control", json={"first_token_delay": FIRST_TOKEN_DELAY})
    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    env = {"DATA_DIR": str(tmp / "data"), "CHROMA_PATH": str(tmp / "chroma"), "DATABASE_URL": "",
           "LOG_LEVEL": "WARNING", "RATE_LIMIT_DEFAULT": "10000000/minute",
           "RATE_LIMIT_MODEL_PER_CLIENT": "10000000/minute", "RATE_LIMIT_AUTH_PER_CLIENT": "10000000/minute",
           "ENVIRONMENT": "development", "OPENAI_API_KEY": "sk-bench", "OPENAI_BASE_URL": f"{stub_url}/v1"}
    if os.environ.get("BENCH_DATABASE_URL"):
        env["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
    server = ServerProcess(env, tmp / "server.log").start()
    for _ in range(300):  # a warmed-up server: embedding model loaded, question bank indexed
        checks = httpx.get(f"{server.url}/health/ready", timeout=5).json()["checks"]
        if checks.get("vector_store", {}).get("question_bank_indexed"):
            break
        time.sleep(0.2)
    try:
        print(f"model: ChatOpenAI -> stub with a {FIRST_TOKEN_DELAY * 1000:.0f} ms first-token delay (subtracted); "
              f"database: {env['DATABASE_URL'] or 'SQLite'}; cores: {os.cpu_count()}; "
              f"load average: {os.getloadavg()[0]:.1f}")
        asyncio.run(web(server.url, args.turns, args.clients, args.turns_each))
    finally:
        server.stop()
    try:
        asyncio.run(voice(stub_url, args.voice_turns))
    finally:
        stub.terminate()
        stub.wait(10)


if __name__ == "__main__":
    main()
