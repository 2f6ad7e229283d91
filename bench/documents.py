"""Document uploads against the real server: how fast ordinary resumes are read, how fast the hostile files of
issue 8 are refused, and how /health answers meanwhile.

Prints (a) /health latency at rest; (b) per upload kind, the time to answer (p50/max over --rounds) and the
status; (c) /health latency while the uploads run, probed every 20 ms from another connection.

    .venv/bin/python -m bench.documents [--rounds 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.server import ServerProcess  # noqa: E402
from tests.services.documents import hostile  # noqa: E402

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def resume_docx() -> bytes:
    lines = ["Jo Tester", "Senior Software Engineer", "Summary", "Backend engineer, eight years in payments.",
             "Experience", "Staff Engineer, Quillstone Payments, 2019 - Present",
             "- Led the ledger rewrite in Go; p99 latency down 35%.", "Skills", "Python, Go, PostgreSQL, Kafka"]
    return hostile.docx_with_body("".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines * 8))


def resume_pdf() -> bytes:
    content = b"".join(b"BT /F1 10 Tf 40 %d Td (Staff Engineer at Quillstone Payments, built the ledger in Go) Tj ET\n"
                       % (760 - 14 * i) for i in range(50))
    return hostile.pdf_with_content(content)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {"DATA_DIR": f"{tmp}/data", "CHROMA_PATH": f"{tmp}/chroma", "ENVIRONMENT": "test",
               "LOG_LEVEL": "WARNING", "RATE_LIMIT_DEFAULT": "1000000/minute"}
        server = ServerProcess(env, Path(tmp) / "server.log").start()
        try:
            run(server.url, args.rounds)
        finally:
            server.stop()


def run(url: str, rounds: int) -> None:
    with httpx.Client(base_url=url, timeout=60) as c:
        token = c.post("/auth/register", json={"email": "bench@example.com", "password": "bench-password",
                                               "name": "Bench"}).json()["token"]
        h = {"Authorization": f"Bearer {token}"}
        c.post("/documents/resume", files={"file": ("warm.docx", resume_docx(), DOCX)}, headers=h)
        while not c.get("/health/ready").json()["checks"]["vector_store"].get("question_bank_indexed"):
            time.sleep(0.5)
        time.sleep(2)  # let the warm-up document's indexing finish
        at_rest = []
        for _ in range(100):
            started = time.perf_counter()
            c.get("/health")
            at_rest.append((time.perf_counter() - started) * 1000)
            time.sleep(0.01)
        print(f"/health at rest:            p50 {pct(at_rest, 0.5):6.1f} ms   max {max(at_rest):6.1f} ms")

        probes: list[float] = []
        stop = threading.Event()

        def probe() -> None:
            with httpx.Client(base_url=url, timeout=60) as p:
                while not stop.is_set():
                    started = time.perf_counter()
                    p.get("/health")
                    probes.append((time.perf_counter() - started) * 1000)
                    time.sleep(0.02)

        cases = [("resume.docx (ordinary)", "cv.docx", resume_docx(), DOCX),
                 ("resume.pdf (ordinary)", "cv.pdf", resume_pdf(), "application/pdf"),
                 ("196 KB DOCX -> 48 MB XML", "bomb.docx", hostile.inflating_docx(), DOCX),
                 ("46 KB DOCX, 2.3 MB XML", "dense.docx", hostile.text_heavy_docx(), DOCX),
                 ("20 KB PDF -> 4 MB stream", "bomb.pdf", hostile.inflating_pdf(), "application/pdf")]
        thread = threading.Thread(target=probe)  # started after the files are built: that holds our GIL
        thread.start()
        for label, name, data, mime in cases:
            times, statuses = [], set()
            for _ in range(rounds):
                started = time.perf_counter()
                r = c.post("/documents/resume", files={"file": (name, data, mime)}, headers=h)
                times.append((time.perf_counter() - started) * 1000)
                statuses.add(r.status_code)
            print(f"{label:28s} {len(data) / 1024:7.0f} KB   p50 {pct(times, 0.5):7.1f} ms   "
                  f"max {max(times):7.1f} ms   status {sorted(statuses)}")
        stop.set()
        thread.join()
        print(f"/health during the uploads: p50 {pct(probes, 0.5):6.1f} ms   p99 {pct(probes, 0.99):6.1f} ms   "
              f"max {max(probes):6.1f} ms   (n={len(probes)})")


if __name__ == "__main__":
    main()
