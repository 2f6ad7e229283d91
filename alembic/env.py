"""Alembic environment: async engine, URL from Settings (or from config attribute `sqlalchemy.url` in tests)."""

from __future__ import annotations

import asyncio
from logging.config import fileConfig

from alembic import context
from sqlalchemy.engine import Connection

from app.core.config import get_settings
from app.core.db import create_engine
from app.models import Base

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """Only our tables: LangGraph's checkpoint tables share the PostgreSQL database but are not Alembic's."""
    return name in target_metadata.tables if type_ == "table" else True


def _settings():
    settings = get_settings()
    override = config.attributes.get("database_url")
    return settings.model_copy(update={"database_url": override}) if override else settings


def run_migrations_offline() -> None:
    context.configure(url=_settings().sqlalchemy_url, target_metadata=target_metadata, literal_binds=True,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def _run(connection: Connection) -> None:
    # Batch mode lets later migrations alter columns on SQLite too.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      compare_type=True, include_name=include_name)
    with context.begin_transaction():
        context.run_migrations()


async def run_migrations_online() -> None:
    engine = create_engine(_settings())
    async with engine.connect() as connection:
        await connection.run_sync(_run)
    await engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    asyncio.run(run_migrations_online())
