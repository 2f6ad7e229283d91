"""Alembic owns the schema: the migrated database matches the models, and downgrade really removes it."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from alembic import command
from app.core.config import Settings
from app.models import Base
from tests.conftest import _sync_url, alembic_config


def _engine(url: str):
    return create_engine(_sync_url(Settings(database_url=url).sqlalchemy_url))


def test_migrated_schema_matches_models(database_url):
    engine = _engine(database_url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "compare_type": True,
            # LangGraph's checkpoint tables live in the same database on PostgreSQL; they are not ours.
            "include_name": lambda name, type_, _parents: name in Base.metadata.tables if type_ == "table" else True,
        })
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def test_downgrade_and_upgrade_round_trip(tmp_path):
    url = f"sqlite+aiosqlite:///{(tmp_path / 'roundtrip.db').as_posix()}"
    cfg = alembic_config(url)
    command.upgrade(cfg, "head")
    engine = _engine(url)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    command.downgrade(cfg, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    command.upgrade(cfg, "head")
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    engine.dispose()
