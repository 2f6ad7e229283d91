"""Secrets in URLs are redacted from log lines, tracebacks included; the development mail log keeps its link."""

from __future__ import annotations

import io
import logging

from app.core.config import Settings
from app.core.logging import RedactSecrets, configure_logging, redact
from app.services.accounts.mail import Mail, Mailer

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwidHlwZSI6ImFjY2VzcyJ9.c2lnbmF0dXJlLWJ5dGVz"


def test_redact_query_credentials_and_bare_jwts():
    assert redact(f"GET /ws?token={JWT}&x=1") == "GET /ws?token=[redacted]&x=1"
    assert redact("PUT /upload/s3/k?expires=9&signature=abc123") == "PUT /upload/s3/k?expires=9&signature=[redacted]"
    assert redact(f"Authorization: Bearer {JWT}") == "Authorization: Bearer [redacted]"
    assert redact("GET /sessions?page=2&q=tokenizer") == "GET /sessions?page=2&q=tokenizer"


def _capture(logger_name: str) -> tuple[logging.Logger, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactSecrets())
    logger = logging.getLogger(logger_name)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger, stream


def test_arguments_and_tracebacks_are_redacted():
    logger, stream = _capture("tests.redaction")
    logger.info("client connected to %s", f"/ai-interview/sessions/1/ws?token={JWT}")
    try:
        raise RuntimeError(f"request to https://api.example/v1?api_key=sk-live-123 failed with {JWT}")
    except RuntimeError:
        logger.exception("provider failed")
    text = stream.getvalue()
    assert JWT not in text and "sk-live-123" not in text
    assert "ws?token=[redacted]" in text and "api_key=[redacted]" in text and "RuntimeError" in text


def test_uvicorn_loggers_redact_after_configuration():
    # As uvicorn's own logging config leaves them: a handler on "uvicorn", "uvicorn.error" propagating to it.
    stream = io.StringIO()
    uvicorn_handler = logging.StreamHandler(stream)
    parent, child = logging.getLogger("uvicorn"), logging.getLogger("uvicorn.error")
    saved = (parent.level, parent.propagate, child.level, child.disabled, child.propagate)
    parent.addHandler(uvicorn_handler)
    parent.setLevel(logging.INFO)
    parent.propagate, child.disabled, child.propagate = False, False, True
    child.setLevel(logging.INFO)
    try:
        configure_logging("INFO")
        child.info('%s - "WebSocket %s" [accepted]', "127.0.0.1:5", f"/ws?token={JWT}")
        assert "/ws?token=[redacted]" in stream.getvalue() and JWT not in stream.getvalue()
    finally:
        parent.removeHandler(uvicorn_handler)
        parent.level, parent.propagate, child.level, child.disabled, child.propagate = saved


async def test_mailed_links_are_kept_in_development_only(caplog):
    mail = Mail(to="jo@example.com", subject="Reset", body="open http://spa/reset-password?token=raw-secret-token")
    for environment, kept in (("development", True), ("production", False)):
        caplog.clear()
        mailer = Mailer(Settings(_env_file=None, environment=environment, secret_key="x" * 40))
        with caplog.at_level(logging.INFO, logger="app.services.accounts.mail"):
            logging.getLogger("app.services.accounts.mail").addFilter(RedactSecrets())
            await mailer.send(mail)
            logging.getLogger("app.services.accounts.mail").filters.clear()
        assert ("raw-secret-token" in caplog.text) is kept
