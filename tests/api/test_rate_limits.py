"""Rate limits from settings, on memory storage and on a real Redis."""

from __future__ import annotations

import asyncio
import socket
import time
import uuid

import httpx
import pytest
import redis
from limits import parse
from limits.storage import memory as limits_memory
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter

from app.main import create_app
from app.middleware.rate_limit import SweepingMemoryStorage, _storage_uri
from tests.conftest import PASSWORD, bearer, make_settings, register


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(redis_server: str) -> str:
    """The suite's real Redis (conftest.redis_server), on a database of these tests' own: they flush it."""
    return f"{redis_server}/15"


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


async def _app_clients(settings, *addresses: str):
    application = create_app(settings)
    clients = [httpx.AsyncClient(transport=httpx.ASGITransport(app=application, client=(ip, 4000)),
                                 base_url="http://t") for ip in addresses]
    return application, clients


async def test_a_wrong_password_storm_does_not_lock_the_owner_out(tmp_path, clean_db):
    """Failed logins are counted per account AND client: the storm's source is stopped, the owner elsewhere is not."""
    settings = make_settings(tmp_path, clean_db)  # default limits
    application, (attacker, owner) = await _app_clients(settings, "203.0.113.9", "198.51.100.7")
    async with application.router.lifespan_context(application):
        assert (await owner.post("/auth/register", json={"email": "victim@example.com", "password": PASSWORD,
                                                         "name": "V"})).status_code == 201
        codes = [(await attacker.post("/auth/login", json={"email": "victim@example.com",
                                                           "password": f"guess-{i}"})).status_code
                 for i in range(12)]
        assert codes == [401] * 10 + [429] * 2
        blocked = await attacker.post("/auth/login", json={"email": "victim@example.com", "password": PASSWORD})
        assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
        mine = await owner.post("/auth/login", json={"email": "victim@example.com", "password": PASSWORD})
        assert mine.status_code == 200
    for c in (attacker, owner):
        await c.aclose()


async def test_password_spraying_from_one_client_is_limited(tmp_path, clean_db):
    settings = make_settings(tmp_path, clean_db, rate_limit_login_failures_per_client="5/15minutes")
    application, (sprayer, other) = await _app_clients(settings, "203.0.113.10", "198.51.100.8")
    async with application.router.lifespan_context(application):
        await other.post("/auth/register", json={"email": "real@example.com", "password": PASSWORD, "name": "R"})
        codes = [(await sprayer.post("/auth/login", json={"email": f"user{i}@example.com",
                                                          "password": "Summer2026!"})).status_code for i in range(7)]
        assert codes == [401] * 5 + [429] * 2
        assert (await other.post("/auth/login", json={"email": "real@example.com",
                                                      "password": PASSWORD})).status_code == 200
    for c in (sprayer, other):
        await c.aclose()


@pytest.mark.slow
async def test_a_black_box_suite_from_one_address_passes_on_default_settings(tmp_path, clean_db):
    """A client's own test suite registering a user per test: about 100 registrations and 300 logins within a
    minute from 127.0.0.1, a few wrong passwords among them, on the default limits."""
    settings = make_settings(tmp_path, clean_db)
    application, (suite,) = await _app_clients(settings, "127.0.0.1")
    slots = asyncio.Semaphore(4)

    async def one_test(i: int) -> list[int]:
        async with slots:
            email = f"suite{i}@example.com"
            codes = [(await suite.post("/auth/register", json={"email": email, "password": PASSWORD,
                                                               "name": f"T{i}"})).status_code]
            for attempt in range(3):
                password = "wrong-password" if (i % 10 == 0 and attempt == 0) else PASSWORD
                codes.append((await suite.post("/auth/login", json={"email": email, "password": password})
                              ).status_code)
            return codes

    async with application.router.lifespan_context(application):
        started = time.monotonic()
        results = await asyncio.gather(*(one_test(i) for i in range(100)))
        elapsed = time.monotonic() - started
    await suite.aclose()
    codes = [code for result in results for code in result]
    assert codes.count(429) == 0, f"{codes.count(429)} requests throttled"
    assert codes.count(201) == 100 and codes.count(200) == 290 and codes.count(401) == 10
    print(f"100 registrations and 300 logins in {elapsed:.1f} s")


def test_in_memory_counts_reset_on_time_without_a_sweep_thread_per_hit(monkeypatch):
    """The in-memory storage the server uses by default: a window's count still resets when the window ends, but
    a burst of hits starts one sweep, not a thread per hit."""
    started = []

    class CountingTimer(limits_memory.threading.Timer):
        def start(self) -> None:
            started.append(self)
            super().start()

    monkeypatch.setattr(limits_memory.threading, "Timer", CountingTimer)
    storage = storage_from_string(_storage_uri("memory://"))
    assert isinstance(storage, SweepingMemoryStorage)
    limiter, two_a_minute, two_a_second = FixedWindowRateLimiter(storage), parse("2/minute"), parse("2/second")
    started.clear()
    results = []
    burst_began = time.monotonic()
    for i in range(300):
        results.append(limiter.hit(two_a_minute, "client", f"/path/{i % 50}"))
        if i % 10 == 0:
            time.sleep(0.015)  # requests arriving over half a second, past the stock 10 ms sweep
    burst_seconds = time.monotonic() - burst_began
    assert results[:50] == [True] * 50 and not any(results[100:])  # each path allows two, then refuses
    # One sweep per second of hits at most (a busy machine may stretch the half second past one second).
    assert len(started) <= 1 + int(burst_seconds / storage.sweep_every_seconds)
    assert [limiter.hit(two_a_second, "client", "/reset") for _ in range(3)] == [True, True, False]
    time.sleep(1.1)
    assert limiter.hit(two_a_second, "client", "/reset")  # the window ended: counting starts again


def test_in_memory_sweep_frees_expired_keys():
    storage = SweepingMemoryStorage()
    storage.sweep_every_seconds = 0.0
    limiter = FixedWindowRateLimiter(storage)
    for i in range(20):
        limiter.hit(parse("5/second"), "client", f"/sessions/{i}")
    assert len(storage.expirations) == 20
    time.sleep(1.1)
    limiter.hit(parse("5/second"), "client", "/sessions/new")  # schedules a sweep
    deadline = time.monotonic() + 30  # the sweep runs on a timer thread, which a busy machine may start late
    while len(storage.expirations) > 1 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert [k for k in storage.expirations if "/sessions/new/" in k] == list(storage.expirations)
    assert len(storage.expirations) == 1  # only the live window is kept


@pytest.mark.parametrize("storage", ["memory", "redis"])
async def test_requests_refused_as_invalid_do_not_use_up_the_model_limit(storage, tmp_path, clean_db, request):
    """Empty messages are 422 and use no model: a client sending them does not lock itself out of the coach or of
    its interview (they had counted, and a valid request then got 429)."""
    extra = {"rate_limit_storage_url": request.getfixturevalue("redis_url")} if storage == "redis" else {}
    if storage == "redis":
        redis.Redis.from_url(extra["rate_limit_storage_url"]).flushdb()
    settings = make_settings(tmp_path, clean_db, rate_limit_model_per_client="3/minute", **extra)
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=application), base_url="http://t") as c:
            token = (await register(c))["token"]
            h = bearer(token)
            empty = [(await c.post("/ai/chat", headers=h, json={"message": ""})).status_code for _ in range(5)]
            assert empty == [422] * 5
            sid = (await c.post("/ai-interview/sessions", headers=h,
                                json={"title": "t", "interview_type": "behavioral"})).json()["id"]  # counts: 1
            refused = [(await c.post(f"/ai-interview/sessions/{sid}/message", headers=h,
                                     json={"message": ""})).status_code for _ in range(4)]
            assert refused == [422] * 4
            assert (await c.post("/ai/chat", headers=h, json={"message": "What is STAR?"})).status_code == 200
            answer = {"message": "I led the migration of our billing system and cut failures by a third."}
            assert (await c.post(f"/ai-interview/sessions/{sid}/message", headers=h, json=answer)).status_code == 200
            over = await c.post("/ai/chat", headers=h, json={"message": "And now?"})
            assert over.status_code == 429  # the limit itself still holds: three real requests were counted
