"""Sentry and LangSmith: both optional, both off unless configured."""

from __future__ import annotations

import logging
import os

from dotenv import dotenv_values

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
