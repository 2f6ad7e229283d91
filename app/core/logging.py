"""Logging with the request id on every line, and credentials in URLs redacted from every line.

Tokens travel in query strings where headers cannot be set (WebSocket URLs: `?token=`, presigned uploads:
`?signature=`), and uvicorn logs WebSocket URLs with their query string. Every handler of ours and of uvicorn
redacts them, as does any JWT-looking string, before a line is written (or sent to Sentry as a breadcrumb).
"""

from __future__ import annotations

import logging
import re
from contextvars import ContextVar

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")

SECRET_QUERY_PARAMS = ("token", "access_token", "refresh_token", "id_token", "signature", "x-amz-signature",
                       "x-amz-credential", "x-amz-security-token", "api_key", "apikey", "password", "secret")
_SECRET_QUERY = re.compile(r"(?i)([?&;](?:" + "|".join(re.escape(p) for p in SECRET_QUERY_PARAMS)
                           + r")=)[^&;\s\"'#]+")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*")
REDACTED = "[redacted]"
# A record carrying this attribute set to True is written as is (the development mail log: its link must work).
KEEP_SECRETS = "keep_secrets"


def redact(text: str) -> str:
    return _JWT.sub(REDACTED, _SECRET_QUERY.sub(r"\1" + REDACTED, text))


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, KEEP_SECRETS, False):
            return True
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text when it is set, so the traceback is written redacted too.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


class _RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


def _ensure_filter(target: logging.Filterer, kind: type[logging.Filter]) -> None:
    if not any(isinstance(f, kind) for f in target.filters):
        target.addFilter(kind())


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler()
    handler.addFilter(_RequestIdFilter())
    handler.addFilter(RedactSecrets())
    # The process id tells apart the workers of `uvicorn --workers N` and the task workers.
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(process)d [%(request_id)s] %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_app_handler", False):
            root.removeHandler(old)
    handler._app_handler = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level.upper())
    # uvicorn's own access log would duplicate ours (and lacks the request id).
    logging.getLogger("uvicorn.access").disabled = True
    # uvicorn writes through its own handlers (not ours): redact there too, on the loggers (which is before any
    # hook such as Sentry's breadcrumbs sees the record) and on every handler (for records from child loggers).
    for name in ("", "uvicorn", "uvicorn.error", "uvicorn.access", "websockets"):
        logger = logging.getLogger(name)
        _ensure_filter(logger, RedactSecrets)
        for existing in logger.handlers:
            _ensure_filter(existing, RedactSecrets)
    for noisy in ("httpx", "httpcore", "chromadb", "sentence_transformers", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
