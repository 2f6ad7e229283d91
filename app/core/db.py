"""Database engine and sessions. SQLite by default, PostgreSQL when DATABASE_URL says so; same code."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import event, inspect, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session

from app.core.config import Settings


def without_nul(value: Any) -> Any:
    """`value` with every NUL character taken out of its strings, however deep; the very object when it holds none
    (every statement's parameters pass through here). PostgreSQL stores no NUL in text or JSONB (the insert fails),
    and a NUL means nothing in anything a client writes, so none is stored anywhere."""
    return _stripped(value) if _holds_nul(value) else value


def _holds_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_holds_nul(v) for v in value)
    return False


def _stripped(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {_stripped(k): _stripped(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_stripped(v) for v in value)
    return value


def _json_without_nul(value: Any) -> str:
    return json.dumps(without_nul(value))


def _drop_nul_from_parameters(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "before_cursor_execute", retval=True)
    def _strip(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ANN202
        return statement, without_nul(parameters)


def create_engine(settings: Settings) -> AsyncEngine:
    url = settings.sqlalchemy_url
    if url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, echo=settings.db_echo, connect_args={"timeout": 30},
                                     json_serializer=_json_without_nul)
        _drop_nul_from_parameters(engine)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001
            cur = dbapi_conn.cursor()
            # WAL lets readers proceed while one writer commits; foreign keys are off by default in SQLite.
            cur.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode survives a killed process (kill -9); only an OS crash can lose the last commits.
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    engine = create_async_engine(url, echo=settings.db_echo, pool_pre_ping=True, pool_size=10, max_overflow=20,
                                 json_serializer=_json_without_nul)
    _drop_nul_from_parameters(engine)
    return engine


def _drop_nul_from_objects(session: Session, _context: Any, _instances: Any) -> None:
    """The same for the objects being written, so a reply built from one shows what the database keeps (a name
    echoed with a NUL that a later GET shows without)."""
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for column in state.mapper.column_attrs:
            value = state.dict.get(column.key)
            if value is None or isinstance(value, int | float) or (
                    not state.pending and not state.attrs[column.key].history.added):
                continue  # only what this flush writes
            try:
                if _holds_nul(value):
                    setattr(obj, column.key, _stripped(value))
            except RecursionError:  # nested past any bound: the schemas refuse such values on the way in
                continue


event.listen(Session, "before_flush", _drop_nul_from_objects)  # every session, AsyncSession's included


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


@asynccontextmanager
async def session_scope(factory: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """A session for background work outside a request: commits on success, rolls back on error."""
    async with factory() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise


STARTUP_LOCK_KEY = 0x6D6F636B69760001  # any fixed bigint; names this service's start-up steps


@asynccontextmanager
async def startup_lock(engine: AsyncEngine) -> AsyncIterator[None]:
    """Start-up steps that create things (LangGraph's checkpoint tables, the first admin) run one process at a time:
    the workers of `uvicorn --workers N` start together and would race (duplicate-table errors). A PostgreSQL
    session advisory lock, polled outside any transaction: a process blocked inside one would stall the holder's
    CREATE INDEX CONCURRENTLY, which waits for every older transaction (a deadlock PostgreSQL does not detect).
    SQLite needs none (one file, one writer at a time)."""
    if engine.dialect.name != "postgresql":
        yield
        return
    async with engine.connect() as conn:
        conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
        while not await conn.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": STARTUP_LOCK_KEY}):
            await asyncio.sleep(0.1)
        try:
            yield
        finally:
            await conn.scalar(text("SELECT pg_advisory_unlock(:key)"), {"key": STARTUP_LOCK_KEY})
