"""Rate limits with slowapi: a generous default per client and path for every route, plus keyed limits
(registrations per client, failed logins per account and client, model-backed routes per user) that share the
same storage. A keyed limit may be several, separated by ";" ("200/minute;2000/day"): all of them apply.

Storage is in memory by default and Redis when RATE_LIMIT_STORAGE_URL is set; if Redis goes away the limiter
keeps serving from memory rather than failing requests.
"""

from __future__ import annotations

import logging
import math
import time
import warnings

from fastapi import HTTPException, Request
from limits import RateLimitItem, parse_many
from limits.storage import MemoryStorage
from slowapi import Limiter
from slowapi.errors import RateLimitExceeded
from starlette.requests import HTTPConnection
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.config import Settings

logger = logging.getLogger(__name__)


def client_key(request: Request) -> str:
    return request.client.host if request.client else "unknown"


class SweepingMemoryStorage(MemoryStorage):
    """limits' in-memory counts, with expired keys swept at most once a second.

    The stock storage starts a new thread on every hit once the previous sweep has ended (10 ms after it began),
    and each sweep walks every key; keys are per client and path, so a busy server made a thread per request and
    walked thousands of keys each time (about a tenth of a turn's CPU). Counts stay exact without the sweep: a
    read drops an expired key itself; the sweep only frees memory."""

    STORAGE_SCHEME = ["sweeping-memory"]  # registered with limits by its metaclass
    sweep_every_seconds = 1.0

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options: str) -> None:
        self._next_sweep = 0.0
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)

    def _MemoryStorage__schedule_expiry(self) -> None:  # what MemoryStorage's private __schedule_expiry resolves to
        now = time.monotonic()
        if now >= self._next_sweep:
            self._next_sweep = now + self.sweep_every_seconds
            super()._MemoryStorage__schedule_expiry()  # type: ignore[misc]


def _storage_uri(url: str) -> str:
    return url.replace("memory://", "sweeping-memory://", 1) if url.startswith("memory://") else url


def build_limiter(settings: Settings) -> Limiter:
    with warnings.catch_warnings():
        # slowapi looks for RATELIMIT_* in a config file; ours come from Settings, so no file is given.
        warnings.simplefilter("ignore", UserWarning)
        return Limiter(
            key_func=client_key,
            default_limits=[settings.rate_limit_default],
            storage_uri=_storage_uri(settings.rate_limit_storage_url),
            in_memory_fallback_enabled=True,
            key_prefix="mockiv",
            config_filename="/nonexistent/slowapi.env",
        )


def _too_many(detail: str, retry_after: int) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=429, headers={"Retry-After": str(max(retry_after, 1))})


class RateLimitMiddleware:
    """Applies the limiter's default limits before routing. A plain ASGI middleware so streamed responses
    pass through untouched."""

    def __init__(self, app: ASGIApp, limiter: Limiter, exempt_paths: frozenset[str] = frozenset()) -> None:
        self.app = app
        self.limiter = limiter
        self.exempt_paths = exempt_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in self.exempt_paths or scope["method"] == "OPTIONS":
            await self.app(scope, receive, send)
            return
        try:
            # slowapi's own check: default limits, storage fallback and key prefix all handled there.
            self.limiter._check_request_limit(Request(scope), None, True)
        except RateLimitExceeded as exc:
            await _too_many(f"Rate limit exceeded: {exc.detail}", 60)(scope, receive, send)
            return
        await self.app(scope, receive, send)


class KeyedLimit:
    """A named limit (from settings) counted per key, e.g. per account or per user, in the limiter's storage; for
    HTTP requests and WebSockets alike."""

    def __init__(self, namespace: str, limit: str) -> None:
        self.namespace = namespace
        self.items: list[RateLimitItem] = parse_many(limit)

    def _strategy(self, request: HTTPConnection):  # noqa: ANN202
        return request.app.state.limiter.limiter

    def allowed(self, request: HTTPConnection, key: str) -> bool:
        return all(self._strategy(request).test(item, self.namespace, key) for item in self.items)

    def hit(self, request: HTTPConnection, key: str) -> bool:
        strategy = self._strategy(request)
        counted = [strategy.hit(item, self.namespace, key) for item in self.items]  # count in every window
        return all(counted)

    def refund(self, request: HTTPConnection, key: str) -> None:
        """Give back one counted request (it was refused before any work was done)."""
        strategy = self._strategy(request)
        for item in self.items:
            strategy.hit(item, self.namespace, key, cost=-1)  # a fixed window's count goes down by one

    def reset(self, request: HTTPConnection, key: str) -> None:
        for item in self.items:
            self._strategy(request).clear(item, self.namespace, key)

    def retry_after(self, request: HTTPConnection, key: str) -> int:
        """Seconds until every exhausted window has reset."""
        strategy = self._strategy(request)
        waits = [1]
        for item in self.items:
            reset_at, remaining = strategy.get_window_stats(item, self.namespace, key)
            if remaining <= 0:
                waits.append(math.ceil(reset_at - time.time()))
        return max(waits)

    def raise_exceeded(self, request: HTTPConnection, key: str, what: str) -> None:
        raise HTTPException(
            status_code=429,
            detail=f"Too many {what}; try again later",
            headers={"Retry-After": str(self.retry_after(request, key))},
        )

    def check(self, request: HTTPConnection, key: str, what: str) -> None:
        """429 if the limit is already exhausted; counts nothing."""
        if not self.allowed(request, key):
            self.raise_exceeded(request, key, what)

    def enforce(self, request: HTTPConnection, key: str, what: str = "requests") -> None:
        if not self.hit(request, key):
            self.raise_exceeded(request, key, what)
