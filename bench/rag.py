"""Retrieval benchmark: embedding throughput, indexing one two-page resume, and query latency (query embedding
included) at 10k and 100k chunks.

    .venv/bin/python -m bench.rag [--sizes 10000 100000]

The 10k/100k corpora use real embeddings of a few thousand varied sentences, each stored many times with small
random perturbations: embedding 100k chunks for real would take minutes and measures the model, not retrieval.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.config import Settings  # noqa: E402
from app.services.retrieval.embedder import shared_embedder  # noqa: E402
from app.services.retrieval.rag import RagService  # noqa: E402

WORDS = ("design build scale debug migrate kafka postgres react kubernetes latency throughput cache index "
         "team customer deadline incident rollback queue shard replica api auth payments search mobile data "
         "pipeline model training feature experiment metric").split()


def sentences(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))) for _ in range(n)]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def main(sizes: list[int]) -> None:
    embedder = shared_embedder()
    embedder.embed(["warm up"])
    batch = sentences(1000)
    t = time.perf_counter()
    embedder.embed(batch)
    rate = len(batch) / (time.perf_counter() - t)
    print(f"embedding throughput:           {rate:8.0f} sentences/s (all-MiniLM-L6-v2, CPU)")

    from app.services.documents.resume import parse_resume
    from app.services.retrieval.chunking import chunk_text

    resume = (ROOT / "tests" / "data" / "documents" / "resume_backend.md").read_text()
    tmp = Path(tempfile.mkdtemp(prefix="bench-rag-"))
    rag = RagService(Settings(_env_file=None, chroma_path=tmp / "resume"))
    parse_resume("warm up: loads the skill lexicon once, as a running server already has")
    t = time.perf_counter()
    parsed = parse_resume(resume)
    chunks = [(name, piece) for name, text in parsed["sections"].items() for piece in chunk_text(text)]
    await rag.index_source(1, "resume", "1", chunks)
    print(f"index one two-page resume:      {(time.perf_counter() - t) * 1000:8.1f} ms "
          f"({len(resume.split())} words, {len(chunks)} chunks; parse + chunk + embed + store)")

    base_texts = sentences(2000, seed=2)
    base = np.array(embedder.embed(base_texts), dtype=np.float32)
    queries = sentences(200, seed=3)
    for size in sizes:
        rag = RagService(Settings(_env_file=None, chroma_path=tmp / f"c{size}"))
        rng = np.random.default_rng(size)
        t = time.perf_counter()
        for start in range(0, size, 5000):
            n = min(5000, size - start)
            picks = rng.integers(0, len(base), n)
            vectors = base[picks] + rng.normal(0, 0.03, (n, base.shape[1])).astype(np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            users = rng.integers(1, max(2, size // 50), n)  # about 50 chunks per user, like a real resume + JD
            await asyncio.to_thread(
                rag.user_ctx.add, ids=[f"c{start + i}" for i in range(n)], embeddings=vectors.tolist(),
                documents=[base_texts[p] for p in picks],
                metadatas=[{"user_id": int(u), "source": "resume", "source_id": "x", "section": "s"} for u in users])
        load = time.perf_counter() - t
        for q in queries[:20]:  # warm-up: first queries after a bulk load pay for Chroma's own catch-up work
            await rag.search_user_context(1, q, k=5)
        latencies = []
        for q in queries:
            t = time.perf_counter()
            await rag.search_user_context(int(rng.integers(1, max(2, size // 50))), q, k=5)
            latencies.append((time.perf_counter() - t) * 1000)
        print(f"retrieval at {size:>7,} chunks:     p50 {pct(latencies, .5):6.2f} ms   p99 {pct(latencies, .99):6.2f} ms"
              f"   (query embedding included; mean {statistics.mean(latencies):.2f} ms; load {load:.0f} s)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    asyncio.run(main(parser.parse_args().sizes))
