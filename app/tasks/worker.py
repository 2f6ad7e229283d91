"""The task worker: `python -m app.tasks.worker [taskiq worker options]`, or `scripts/worker`.

Reads jobs from TASK_BROKER_URL and runs them with the same settings as the API (environment and `.env`). One
worker process by default (`--workers N` for more; taskiq restarts a process that dies); at most four jobs at
once per process (`--max-async-tasks`). Stop it with SIGTERM: running jobs finish, queued ones stay queued.
"""

from __future__ import annotations

import sys

from taskiq import AsyncBroker
from taskiq.cli.worker.args import WorkerArgs
from taskiq.cli.worker.run import run_worker

from app.core.config import get_settings
from app.core.logging import configure_logging
from app.tasks.queue import TaskQueue

DEFAULT_OPTIONS = ["--workers", "1", "--max-async-tasks", "4", "--shutdown-timeout", "10", "--no-configure-logging"]


def create_broker() -> AsyncBroker:
    """Called by taskiq in each worker process."""
    return TaskQueue.from_settings(get_settings()).broker


def main(argv: list[str] | None = None) -> int:
    settings = get_settings()
    if not settings.task_broker_url:
        print("TASK_BROKER_URL is empty: background jobs run inside the API process, no worker is needed. "
              "Set TASK_BROKER_URL=redis://HOST:6379/N (for the API too) to run them on workers.", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    # Later options win, so anything given on the command line overrides the defaults.
    args = WorkerArgs.from_cli(["app.tasks.worker:create_broker", *DEFAULT_OPTIONS, *(sys.argv[1:] if argv is None
                                                                                  else argv)])
    return run_worker(args) or 0


if __name__ == "__main__":
    sys.exit(main())
