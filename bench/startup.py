"""Start-up time of `./scripts/serve`, as a newcomer meets it.

Prints, for each start: seconds from launching `./scripts/serve` to the first `GET /health` 200, to the first
`GET /health/ready` 200, and to the practice page (`GET /app/`) answering 200.

    .venv/bin/python -m bench.startup             # warm: this tree's .venv; a new data folder, then the same again
    .venv/bin/python -m bench.startup --fresh     # also a fresh copy of the tree with no .venv (creates it and
                                                  # installs every pinned dependency: minutes, and ~2 GB of disk)
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.server import free_port  # noqa: E402


def start_once(tree: Path, data: Path, label: str, timeout: float = 1800) -> dict[str, float]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV",))}
    env.update({"HOST": "127.0.0.1", "PORT": str(port), "DATA_DIR": str(data / "data"),
                "CHROMA_PATH": str(data / "chroma"), "LOG_LEVEL": "WARNING"})
    log = open(data / f"{label}.log", "wb")  # noqa: SIM115 - closed below, after the process ends
    began = time.monotonic()
    proc = subprocess.Popen([str(tree / "scripts" / "serve")], cwd=tree, env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    marks: dict[str, float] = {}
    url = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=url, timeout=2) as client:
            while len(marks) < 3 and time.monotonic() - began < timeout:
                if proc.poll() is not None:
                    raise RuntimeError(f"serve exited: see {log.name}")
                for name, path in (("health", "/health"), ("ready", "/health/ready"), ("app", "/app/")):
                    if name in marks:
                        continue
                    try:
                        if client.get(path).status_code == 200:
                            marks[name] = time.monotonic() - began
                    except httpx.HTTPError:
                        break
                time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
        log.close()
    return marks


def report(label: str, marks: dict[str, float]) -> None:
    print(f"{label:<44} /health {marks.get('health', float('nan')):7.1f} s   /health/ready "
          f"{marks.get('ready', float('nan')):7.1f} s   /app {marks.get('app', float('nan')):7.1f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fresh", action="store_true", help="also time a first run that creates .venv")
    parser.add_argument("--repeat", type=int, default=2, help="warm starts to time")
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory(prefix="startup-") as tmp:
        tmp_path = Path(tmp)
        if args.fresh:
            tree = tmp_path / "tree"
            # The committed files only, as a clone would have them: no .venv, no data.
            archive = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, capture_output=True, check=True).stdout
            tree.mkdir()
            subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
            (tmp_path / "fresh").mkdir()
            report("fresh clone: create .venv, install, migrate", start_once(tree, tmp_path / "fresh", "fresh"))
            report("same clone again (warm .venv, same data)", start_once(tree, tmp_path / "fresh", "fresh-again"))
            shutil.rmtree(tree / ".venv", ignore_errors=True)
        for i in range(args.repeat):
            data = tmp_path / "warm"
            data.mkdir(exist_ok=True)
            label = "warm .venv, new data folder" if i == 0 else "warm .venv, existing data"
            report(label, start_once(ROOT, data, f"warm-{i}"))


if __name__ == "__main__":
    main()
