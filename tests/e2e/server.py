"""Start the real service the way the README does (scripts/serve, scripts/worker) on a free port, for end-to-end
tests."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Process:
    """A script started in its own process group, so that stopping it stops everything it started."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.env = {**os.environ, **env}
        self.log_path = log_path
        self.proc: subprocess.Popen[bytes] | None = None

    def _spawn(self, command: list[str]) -> None:
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                     start_new_session=True)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill_hard(self) -> None:
        """kill -9: no shutdown hooks, no flushing; what survives is what was durably written."""
        assert self.proc is not None
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                pass
        # The whole group, even when its leader is gone: a task worker's forked children outlive a leader that exits
        # first, and would go on taking jobs from the shared Redis queue in later tests.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(5)


class ServerProcess(_Process):
    def __init__(self, env: dict[str, str], log_path: Path, port: int | None = None,
                 args: tuple[str, ...] = ()) -> None:
        self.port = port or free_port()
        self.port_picked = port is None
        super().__init__({**env, "HOST": "127.0.0.1", "PORT": str(self.port)}, log_path)
        self.args = args  # passed on to uvicorn, e.g. ("--workers", "2")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 90.0) -> ServerProcess:
        self._spawn([str(ROOT / "scripts" / "serve"), *self.args])
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        retries = 2
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                if self.port_picked and retries and "address already in use" in self.log().lower():
                    # The free port was taken between picking it and the server binding it: try another.
                    self.stop()
                    retries -= 1
                    self.port = free_port()
                    self.env["PORT"] = str(self.port)
                    self._spawn([str(ROOT / "scripts" / "serve"), *self.args])
                    continue
                self.stop()  # its children may live on
                raise RuntimeError(f"server exited early:\n{self.log()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"server did not become healthy:\n{self.log()[-3000:]}")


class WorkerProcess(_Process):
    """scripts/worker: the task worker, ready once it listens on the queue."""

    def start(self, timeout: float = 90.0) -> WorkerProcess:
        self._spawn([str(ROOT / "scripts" / "worker")])
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.stop()  # its children may live on
                raise RuntimeError(f"worker exited early:\n{self.log()[-3000:]}")
            if "Listening started" in self.log():
                return self
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"worker did not start listening:\n{self.log()[-3000:]}")

    def executions(self, task_id: str) -> int:
        """How many times this worker started the job with this task id (taskiq logs each start)."""
        return self.log().count(f"with ID: {task_id}\n")


def server_env(tmp_path: Path, database_url: str, **extra: str) -> dict[str, str]:
    return {
        "DATA_DIR": str(tmp_path / "data"),
        "CHROMA_PATH": str(tmp_path / "chroma"),
        "DATABASE_URL": database_url,
        "ENVIRONMENT": "test",
        "LOG_LEVEL": "INFO",
        **extra,
    }
