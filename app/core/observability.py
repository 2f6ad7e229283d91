"""Sentry and LangSmith: both optional, both off unless configured; links to an interview's LangSmith traces."""

from __future__ import annotations

import asyncio
import logging
import os
import time

from dotenv import dotenv_values
from langsmith import run_trees as langsmith_run_trees
from langsmith import utils as langsmith_utils

from app.core.config import Settings

logger = logging.getLogger(__name__)

_LANGSMITH_VARS = ("LANGSMITH_TRACING", "LANGSMITH_API_KEY", "LANGSMITH_PROJECT", "LANGSMITH_ENDPOINT",
                   "LANGCHAIN_TRACING_V2", "LANGCHAIN_API_KEY", "LANGCHAIN_PROJECT")


def init_sentry(settings: Settings) -> bool:
    if not settings.sentry_dsn:
        return False
    import sentry_sdk  # deferred: its integrations patch libraries on import; only when a DSN is set

    sentry_sdk.init(
        dsn=settings.sentry_dsn.get_secret_value(),
        environment=settings.environment,
        traces_sample_rate=settings.sentry_traces_sample_rate,
    )
    logger.info("Sentry error reporting enabled")
    return True


def export_langsmith_env(env_file: str = ".env") -> bool:
    """LangSmith reads os.environ only; copy its standard variables from .env so one file configures everything."""
    values = dotenv_values(env_file) if os.path.exists(env_file) else {}
    for name in _LANGSMITH_VARS:
        if name not in os.environ and values.get(name):
            os.environ[name] = values[name]  # type: ignore[assignment]
    enabled = os.environ.get("LANGSMITH_TRACING", "").lower() == "true" or (
        os.environ.get("LANGCHAIN_TRACING_V2", "").lower() == "true"
    )
    if enabled:
        logger.info("LangSmith tracing enabled (project %s)", os.environ.get("LANGSMITH_PROJECT", "default"))
    return enabled


class TraceLinks:
    """Web links to LangSmith runs. A run's page needs the workspace and project ids, which only the LangSmith API
    knows: they are asked for once (in a worker thread, briefly) and remembered; without them there is no link."""

    RETRY_AFTER_SECONDS = 300.0

    def __init__(self) -> None:
        self._base: str | None = None
        self._failed_at: float | None = None

    @staticmethod
    def enabled() -> bool:
        return bool(langsmith_utils.tracing_is_enabled())

    async def url(self, run_id: str) -> str | None:
        base = await self._project_base()
        return f"{base}/r/{run_id}?poll=true" if base else None

    async def _project_base(self) -> str | None:
        project = langsmith_utils.get_tracer_project()
        if self._base or not project or not self.enabled():
            return self._base
        if self._failed_at is not None and time.monotonic() - self._failed_at < self.RETRY_AFTER_SECONDS:
            return None
        try:
            client = langsmith_run_trees.get_cached_client()
            found = await asyncio.wait_for(asyncio.to_thread(client.read_project, project_name=project), 5)
            self._base = f"{client._host_url}/o/{found.tenant_id}/projects/p/{found.id}"  # noqa: SLF001
        except Exception as exc:  # a link is a convenience: never fail a request over it
            self._failed_at = time.monotonic()
            logger.info("No LangSmith links: the project could not be read (%s)", type(exc).__name__)
        return self._base
