from __future__ import annotations

import os

import sentry_sdk
from sqlalchemy import create_engine, text

from app import cli
from app.core.config import Settings
from app.core.observability import export_langsmith_env, init_sentry
from tests.conftest import _sync_url


def test_create_admin_command(clean_db, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", clean_db)
    from app.core.config import get_settings

    get_settings.cache_clear()
    try:
        assert cli.main(["create-admin", "--email", "Boss@Example.com", "--password", "boss-password"]) == 0
        assert cli.main(["create-admin", "--email", "x@example.com", "--password", "123"]) == 2
    finally:
        get_settings.cache_clear()
    assert "Admin ready: boss@example.com" in capsys.readouterr().out
    engine = create_engine(_sync_url(Settings(_env_file=None, database_url=clean_db).sqlalchemy_url))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT role FROM users WHERE email='boss@example.com'")).scalar() == "admin"
    engine.dispose()


def test_sentry_starts_only_with_a_dsn():
    assert init_sentry(Settings(_env_file=None)) is False
    assert init_sentry(Settings(_env_file=None, sentry_dsn="http://public@127.0.0.1:9/1")) is True
    assert sentry_sdk.get_client().is_active()
    sentry_sdk.init()  # back to a disabled client for the rest of the suite


def test_langsmith_variables_come_from_env_file(tmp_path, monkeypatch):
    # A private copy of the environment: tracing must not stay switched on for the rest of the suite.
    env_copy = {k: v for k, v in os.environ.items() if not k.startswith(("LANGSMITH_", "LANGCHAIN_"))}
    monkeypatch.setattr(os, "environ", env_copy)
    env = tmp_path / ".env"
    env.write_text("LANGSMITH_TRACING=true\nLANGSMITH_PROJECT=mock-interview\n")
    assert export_langsmith_env(str(env)) is True
    assert env_copy["LANGSMITH_PROJECT"] == "mock-interview"
    del env_copy["LANGSMITH_TRACING"]
    assert export_langsmith_env(str(tmp_path / "missing.env")) is False
