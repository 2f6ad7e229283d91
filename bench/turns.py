"""Interview turn benchmark: the real server against a zero-latency chat-completions stub on 127.0.0.1.

Prints (a) one candidate alone: per-turn and session-start latency p50/p99; (b) 50 candidates back to back:
turns/s and p50/p99 under load; (c) server CPU milliseconds per turn (server processes' CPU time / turns, so the
load driver's own cost is excluded); (d) the same graph in-process with no HTTP and no database. With
`--workers 1 2` the load test runs once per worker count and prints the throughput ratio.

A turn refused because its interview had just ended is counted as an ended interview (the candidate starts the
next one), not as a failure; any other error stops the run.

    .venv/bin/python -m bench.turns [--turns 1000] [--candidates 50] [--turns-each 20] [--workers 1 2] [--offline]
    BENCH_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/bench BENCH_REDIS_URL=redis://127.0.0.1:6379/5 ...
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import platform
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.server import ServerProcess, free_port  # noqa: E402
from tests.stubs.openai_stub import start_process  # noqa: E402

_SITUATIONS = ["At my last company I was responsible for the {x} service, which handled {n} thousand requests a minute.",
               "Our {x} pipeline kept failing during the nightly run for {n} days in a row.",
               "When I joined the {x} team, deploys took {n} minutes and broke about once a week."]
_ACTIONS = ["I redesigned the retry logic of the {x} service, added idempotency keys and wrote a load test with {n} "
            "virtual users.",
            "I traced the failures to a missing index, rewrote {n} slow queries and added alerts on the {x} queue.",
            "I split the {x} build into {n} stages, cached the dependencies and paired with two engineers on it."]
_RESULTS = ["As a result duplicate charges dropped from {n} a week to zero and p99 latency fell by {m}%.",
            "After that the {x} jobs finished {m}% faster and we had no failures for {n} weeks.",
            "Deploys went down to {m} minutes and the team shipped {n} releases the next quarter."]
_SYSTEMS = ["order", "billing", "search", "payments", "inventory", "notification", "reporting", "checkout"]


def answer(n: int) -> str:
    """A strong three-sentence story, different in every sentence from turn to turn: judging an answer by meaning
    embeds its sentences, and a benchmark that repeats one answer would measure a cache instead."""
    fill = {"x": _SYSTEMS[n % len(_SYSTEMS)], "n": 3 + n % 97, "m": 10 + (n * 7) % 80}
    return " ".join(part[(n + i) % 3].format(**fill) for i, part in enumerate((_SITUATIONS, _ACTIONS, _RESULTS)))


_answers = itertools.count()  # one sequence per process: no two turns send the same answer


def next_answer() -> str:
    return answer(next(_answers))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def fmt(values: list[float]) -> str:
    return f"p50 {pct(values, 0.5):7.2f} ms   p99 {pct(values, 0.99):7.2f} ms   (n={len(values)})"


class Candidate:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.c = client
        self.headers: dict[str, str] = {}
        self.session: int | None = None
        self.ended = 0

    async def login(self) -> None:
        r = await self.c.post("/auth/register", json={"email": f"{uuid.uuid4().hex[:10]}@bench.example",
                                                      "password": "bench-password", "name": "Bench"})
        self.headers = {"Authorization": f"Bearer {r.json()['token']}"}

    async def start(self) -> float:
        t = time.perf_counter()
        r = await self.c.post("/ai-interview/sessions", headers=self.headers,
                              json={"title": "bench", "interview_type": "mixed", "max_questions": 20})
        elapsed = (time.perf_counter() - t) * 1000
        r.raise_for_status()
        self.session = r.json()["id"]
        return elapsed

    async def turn(self) -> tuple[float, dict]:
        t = time.perf_counter()
        r = await self.c.post(f"/ai-interview/sessions/{self.session}/message", headers=self.headers,
                              json={"message": next_answer()})
        elapsed = (time.perf_counter() - t) * 1000
        if r.status_code == 409 and "completed" in r.text:  # the interview had ended: the next one starts
            self.session = None
            self.ended += 1
            return elapsed, {"is_complete": True}
        r.raise_for_status()
        body = r.json()
        if body["is_complete"]:
            self.session = None
            self.ended += 1
        return elapsed, body


def server_cpu_seconds(pid: int) -> float:
    proc = psutil.Process(pid)
    total = 0.0
    for p in [proc, *proc.children(recursive=True)]:
        times = p.cpu_times()
        total += times.user + times.system
    return total


async def single(url: str, turns: int, pid: int) -> None:
    async with httpx.AsyncClient(base_url=url, timeout=60) as c:
        cand = Candidate(c)
        await cand.login()
        starts, lat = [], []
        for _ in range(5):  # warm-up
            if cand.session is None:
                await cand.start()
            await cand.turn()
        # The server's CPU is read around every request, so the total splits into session starts, the turns that
        # end an interview and the ordinary turns between them (the report and the assessment an ending turn queues
        # are counted with the request that follows it).
        cpu_ms: dict[str, list[float]] = {"start": [], "turn": [], "last turn": []}
        cpu0 = last = server_cpu_seconds(pid)
        for _ in range(turns):
            if cand.session is None:
                starts.append(await cand.start())
                now = server_cpu_seconds(pid)
                cpu_ms["start"].append((now - last) * 1000)
                last = now
            ms, body = await cand.turn()
            lat.append(ms)
            now = server_cpu_seconds(pid)
            cpu_ms["last turn" if body["is_complete"] else "turn"].append((now - last) * 1000)
            last = now
        cpu = server_cpu_seconds(pid) - cpu0
        for _ in range(20):
            starts.append(await cand.start())
    print(f"(a) one candidate, message turn:   {fmt(lat)}")
    print(f"(a) one candidate, session start:  {fmt(starts)}")
    print(f"(c) server CPU per turn (alone):   {cpu * 1000 / turns:7.2f} ms, of which")
    for kind, values in cpu_ms.items():
        if values:
            # Means only: the kernel counts CPU time in 10 ms ticks, so a single request's reading is coarse.
            print(f"      {kind + 's':<11} n={len(values):<5} mean {sum(values) / len(values):7.2f} ms   "
                  f"({sum(values) / turns:5.2f} ms per turn)")


async def loaded(url: str, candidates: int, turns_each: int, pid: int) -> float:
    limits = httpx.Limits(max_connections=candidates + 10, max_keepalive_connections=candidates + 10)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as c:
        people = [Candidate(c) for _ in range(candidates)]
        await asyncio.gather(*(p.login() for p in people))
        await asyncio.gather(*(p.start() for p in people))
        lat: list[float] = []

        async def run(p: Candidate) -> None:
            for _ in range(turns_each):
                if p.session is None:
                    await p.start()
                ms, _ = await p.turn()
                lat.append(ms)

        cpu0 = server_cpu_seconds(pid)
        t0 = time.perf_counter()
        await asyncio.gather(*(run(p) for p in people))
        wall = time.perf_counter() - t0
        cpu = server_cpu_seconds(pid) - cpu0
    ended = sum(p.ended for p in people)
    print(f"(b) {candidates} candidates: {len(lat) / wall:7.1f} turns/s   {fmt(lat)}   ({ended} interviews ended)")
    print(f"(c) server CPU per turn (loaded):  {cpu * 1000 / len(lat):7.2f} ms")
    return len(lat) / wall


async def in_process(stub_url: str | None, turns: int) -> None:
    from langgraph.checkpoint.memory import InMemorySaver
    from langgraph.types import Command

    from app.core.config import Settings
    from app.services.interview.graph import build_graph
    from app.services.interview.nodes import InterviewNodes
    from app.services.llm.gateway import build_gateway

    settings = Settings(_env_file=None, openai_api_key="sk-bench", openai_base_url=f"{stub_url}/v1") \
        if stub_url else Settings(_env_file=None)
    from app.services.retrieval.embedder import turn_embedders

    judge_embedder, key_point_checker = turn_embedders(settings)  # TURN_JUDGE_BY_MEANING, TURN_SENTENCE_MODEL
    graph = build_graph(InterviewNodes(build_gateway(settings), embedder=judge_embedder,
                                       key_point_checker=key_point_checker), InMemorySaver())
    cfg = {"interview_type": "mixed", "difficulty": "medium", "max_questions": 20, "max_follow_ups": 2,
           "role": "Backend Engineer", "role_family": "backend", "seniority": "mid", "seed": 3}
    lat: list[float] = []
    cpu_by_judging: dict[str, list[float]] = {"cues": [], "meaning": []}
    thread = None
    state: dict = {"status": "completed"}
    cpu0 = time.process_time()
    for i in range(turns + 5):
        if state.get("status") == "completed":
            thread = {"configurable": {"thread_id": str(uuid.uuid4())}}
            state = await graph.ainvoke({"config": cfg, "context": {}}, thread)
        t, c = time.perf_counter(), time.process_time()
        state = await graph.ainvoke(Command(resume={"text": next_answer()}), thread)
        if i >= 5:
            lat.append((time.perf_counter() - t) * 1000)
            judged = (state["transcript"][-2].get("analysis") or {}).get("judged_by", "cues")
            cpu_by_judging[judged].append((time.process_time() - c) * 1000)
    cpu = time.process_time() - cpu0
    print(f"(d) in-process graph, no HTTP/DB:  {fmt(lat)}   CPU {cpu * 1000 / (turns + 5):.2f} ms/turn")
    cues, meaning = cpu_by_judging["cues"], cpu_by_judging["meaning"]
    print(f"    turns judged by cue measures: {len(cues)} ({len(cues) / max(1, len(lat)):.0%}), by meaning: "
          f"{len(meaning)}; CPU per turn p50 {pct(cues, 0.5):.2f} ms (cues) / {pct(meaning, 0.5):.2f} ms (meaning)")


def start_server(env: dict[str, str], tmp: Path, workers: int) -> ServerProcess:
    args = ["--workers", str(workers)] if workers > 1 else []
    server = ServerProcess(env, tmp / f"server-{workers}.log", args=args).start()
    ready = 0
    for _ in range(600):  # a warmed-up server: every worker has its embedding model and question bank
        checks = httpx.get(f"{server.url}/health/ready", timeout=5).json()["checks"]
        ready = ready + 1 if checks.get("vector_store", {}).get("question_bank_indexed") else 0
        if ready >= 4 * workers:
            break
        time.sleep(0.2)
    return server


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=1000)
    parser.add_argument("--candidates", type=int, default=50)
    parser.add_argument("--turns-each", type=int, default=20)
    parser.add_argument("--workers", type=int, nargs="+", default=[1], help="uvicorn worker counts to compare")
    parser.add_argument("--offline", action="store_true", help="no model at all: the offline interviewer")
    args = parser.parse_args()

    stub = None
    stub_url = None
    env_extra: dict[str, str] = {}
    if not args.offline:
        port = free_port()
        stub, stub_url = start_process(port, str(ROOT))
        env_extra = {"OPENAI_API_KEY": "sk-bench", "OPENAI_BASE_URL": f"{stub_url}/v1"}
    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    env = {"DATA_DIR": str(tmp / "data"), "CHROMA_PATH": str(tmp / "chroma"), "DATABASE_URL": "",
           "LOG_LEVEL": "WARNING", "RATE_LIMIT_DEFAULT": "10000000/minute",
           "RATE_LIMIT_MODEL_PER_CLIENT": "10000000/minute", "RATE_LIMIT_AUTH_PER_CLIENT": "10000000/minute",
           "ENVIRONMENT": "development", **env_extra}
    if os.environ.get("BENCH_DATABASE_URL"):
        env["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
    if os.environ.get("BENCH_REDIS_URL"):  # shared rate-limit counts, as a multi-worker deployment has
        env["RATE_LIMIT_STORAGE_URL"] = os.environ["BENCH_REDIS_URL"]
    print(f"model: {'offline interviewer' if args.offline else 'ChatOpenAI -> zero-latency stub'}; "
          f"database: {env['DATABASE_URL'] or 'SQLite'}; rate limits: {env.get('RATE_LIMIT_STORAGE_URL', 'memory')}; "
          f"cores: {os.cpu_count()}; {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    throughput: dict[int, float] = {}
    try:
        for workers in args.workers:
            server = start_server(env, tmp, workers)
            try:
                pid = server.proc.pid  # type: ignore[union-attr]
                print(f"--- {workers} worker(s)")
                if workers == args.workers[0]:
                    asyncio.run(single(server.url, args.turns, pid))
                throughput[workers] = asyncio.run(loaded(server.url, args.candidates, args.turns_each, pid))
            finally:
                server.stop()
        if len(throughput) > 1:
            base = throughput[args.workers[0]]
            print("    throughput vs " + f"{args.workers[0]} worker: "
                  + ", ".join(f"{w} workers {t / base:.2f}x" for w, t in throughput.items() if w != args.workers[0]))
        asyncio.run(in_process(stub_url, min(args.turns, 300)))
    finally:
        if stub:
            stub.terminate()


if __name__ == "__main__":
    main()
