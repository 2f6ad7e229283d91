"""Background work on a task queue (Taskiq).

- queue.py   TaskQueue: what the API holds: enqueue a job once per piece of work, read results, wait (tests).
- broker.py  the broker from settings: in-process (TASK_BROKER_URL empty) or a Redis stream with acknowledgements,
             retries, and claims that make each piece of work run once.
- claims.py  the claims themselves (in memory, or Redis keys shared by every process).
- jobs.py    the jobs, the resources they need in a worker process, and the periodic jobs.
- worker.py  `python -m app.tasks.worker` (scripts/worker): the task worker processes.
"""
