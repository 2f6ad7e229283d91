"""Settings: one typed place, documented in .env.example, safe in production."""

from __future__ import annotations

import os

import pytest


def test_production_refuses_example_secret(tmp_path):
    from app.core.config import EXAMPLE_SECRET_KEY, Settings

    with pytest.raises(ValueError, match="SECRET_KEY"):
        Settings(_env_file=None, environment="production", secret_key=EXAMPLE_SECRET_KEY)
    ok = Settings(_env_file=None, environment="production", secret_key="x" * 40)
    assert ok.environment == "production"


def test_database_url_normalisation():
    from app.core.config import Settings

    assert Settings(_env_file=None, database_url="postgres://u@h/db").sqlalchemy_url == "postgresql+psycopg://u@h/db"
    assert Settings(_env_file=None, database_url="sqlite:///x.db").sqlalchemy_url == "sqlite+aiosqlite:///x.db"
    assert Settings(_env_file=None, data_dir="d").sqlalchemy_url == "sqlite+aiosqlite:///d/app.db"


def test_env_documents_every_setting():
    """Every Settings field appears in .env.example."""
    from app.core.config import Settings

    root = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
    example = open(os.path.join(root, ".env.example")).read()
    missing = [name.upper() for name in Settings.model_fields if name.upper() + "=" not in example]
    assert missing == []


def test_env_example_loads_as_is(tmp_path):
    """A fresh `cp .env.example .env` must start the service on its defaults."""
    from app.core.config import Settings

    root = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
    settings = Settings(_env_file=os.path.join(root, ".env.example"))
    assert settings.groq_api_key is None and settings.database_url == ""
    assert settings.cors_origins == ["http://localhost:3000", "http://localhost:5173"]
    assert settings.score_weights is None  # unset: the fitted score model scores answers


def test_score_weights_from_the_environment(monkeypatch):
    from app.core.config import Settings

    monkeypatch.setenv("SCORE_WEIGHTS", '{"technical": {"communication": 0.2, "content": 0.8}}')
    assert Settings(_env_file=None).score_weights == {"technical": {"communication": 0.2, "content": 0.8}}
    for wrong, says in (('{"technical": {"contnet": 1}}', "unknown group"), ('{"technical": {"content": -1}}', ">= 0"),
                        ('{"technical": {"content": 0}}', "at least one")):
        monkeypatch.setenv("SCORE_WEIGHTS", wrong)
        with pytest.raises(ValueError, match=says):
            Settings(_env_file=None)


def test_task_broker_is_redis_or_nothing():
    from app.core.config import Settings

    assert Settings(_env_file=None).task_broker_url == ""
    assert Settings(_env_file=None, task_broker_url="redis://cache:6379/1").task_broker_url.endswith("/1")
    with pytest.raises(ValueError, match="TASK_BROKER_URL"):
        Settings(_env_file=None, task_broker_url="amqp://rabbit:5672")

