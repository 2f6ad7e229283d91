"""Claims: "this piece of work is queued or running", one per task id, taken at enqueue and released when the job
has its final result. They make scheduling the same work twice run it once, across every process sharing Redis,
and keep start-up from re-queuing work another worker is doing. A claim expires after a while so work whose
message was lost can be queued again; a duplicate run is harmless because every job is idempotent."""

from __future__ import annotations

import time
from typing import Any

from redis.asyncio import Redis
from taskiq import TaskiqMessage, TaskiqMiddleware, TaskiqResult

CLAIM_TTL_SECONDS = 3600


class MemoryClaims:
    """One process (the in-process broker)."""

    def __init__(self) -> None:
        self._until: dict[str, float] = {}

    async def claim(self, key: str, ttl: float = CLAIM_TTL_SECONDS) -> bool:
        now = time.monotonic()
        if self._until.get(key, 0.0) > now:
            return False
        self._until[key] = now + ttl
        return True

    async def release(self, key: str) -> None:
        self._until.pop(key, None)

    async def held(self, keys: list[str]) -> set[str]:
        now = time.monotonic()
        return {k for k in keys if self._until.get(k, 0.0) > now}

    async def close(self) -> None:
        return None


class RedisClaims:
    """Shared by every API and task worker: `SET key NX EX ttl` is the claim."""

    def __init__(self, url: str, prefix: str) -> None:
        self.redis: Redis = Redis.from_url(url)
        self.prefix = f"{prefix}:claim:"

    async def claim(self, key: str, ttl: float = CLAIM_TTL_SECONDS) -> bool:
        return bool(await self.redis.set(self.prefix + key, b"1", nx=True, ex=max(1, int(ttl))))

    async def release(self, key: str) -> None:
        await self.redis.delete(self.prefix + key)

    async def held(self, keys: list[str]) -> set[str]:
        if not keys:
            return set()
        found = await self.redis.mget([self.prefix + k for k in keys])
        return {k for k, v in zip(keys, found, strict=True) if v is not None}

    async def close(self) -> None:
        await self.redis.aclose()


Claims = MemoryClaims | RedisClaims


class ReleaseClaims(TaskiqMiddleware):
    """Releases a job's claim once its final result is saved. A failed attempt that will be retried saves no
    result (the retry middleware says so), so its claim stays held until the last attempt."""

    def __init__(self, claims: Claims) -> None:
        super().__init__()
        self.claims = claims

    async def post_save(self, message: TaskiqMessage, result: TaskiqResult[Any]) -> None:
        await self.claims.release(message.task_id)
