"""Web research on the target company and role: the first configured of Tavily, Exa and Serper.

`CompanyResearch` prepares an interview: a short, cited summary of what the web says about the company's products,
engineering practices and interviews, fetched once per company and kept in the file storage for
RESEARCH_CACHE_HOURS so every worker (and every interview for that company) shares it. It is third-party data: the
interviewer prompt marks it so. Without a search key nothing is fetched and nothing changes.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from app.core.config import Settings
from app.core.errors import NotConfiguredError
from app.services.storage import Storage

logger = logging.getLogger(__name__)
RESEARCH_QUERIES = ("{company} products and engineering practices", "{company} {role} interview process")
MAX_SOURCES = 6
SNIPPET_CHARS = 280


def search_providers(settings: Settings) -> list[tuple[str, Any]]:
    return [(name, key) for name, key in (("tavily", settings.tavily_api_key), ("exa", settings.exa_api_key),
                                          ("serper", settings.serper_api_key)) if key]


async def search_first(settings: Settings, query: str, *, limit: int = 5, http_client: httpx.AsyncClient | None = None
                       ) -> tuple[str | None, list[dict[str, str]]]:
    """(provider, [{title, url, snippet}]) from the first configured provider that answers, or (None, [])."""
    providers = search_providers(settings)
    if not providers:
        raise NotConfiguredError("Web search (Tavily, Exa or Serper)")
    client = http_client or httpx.AsyncClient(timeout=15)
    try:
        for name, key in providers:
            try:
                return name, await _SEARCHES[name](client, key.get_secret_value(), query, limit)
            except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:  # transport, status or odd JSON
                logger.warning("Search provider %s failed (%s); trying the next", name, type(exc).__name__)
        return None, []
    finally:
        if http_client is None:
            await client.aclose()


async def web_search(settings: Settings, query: str, *, limit: int = 5,
                     http_client: httpx.AsyncClient | None = None) -> list[dict[str, str]]:
    """Company and role research: the first configured of Tavily, Exa, Serper. [{title, url, snippet}]"""
    return (await search_first(settings, query, limit=limit, http_client=http_client))[1]


def _slug(company: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", company.lower()).strip("-")[:80] or "company"


def _clip(text: str, limit: int = SNIPPET_CHARS) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


class CompanyResearch:
    """A cited summary of a company, fetched once per company and shared through the file storage."""

    def __init__(self, settings: Settings, storage: Storage, http_client: httpx.AsyncClient | None = None) -> None:
        self.settings = settings
        self.storage = storage
        self.http_client = http_client

    @property
    def configured(self) -> bool:
        return bool(search_providers(self.settings))

    def cache_key(self, company: str) -> str:
        return f"research/{_slug(company)}.json"

    async def research(self, company: str, role: str) -> dict[str, Any] | None:
        """The summary for `company` (cached, else fetched within RESEARCH_TIMEOUT_SECONDS), or None. Never
        raises: research improves an interview, its absence never stops one."""
        if not self.configured or not company.strip():
            return None
        try:
            cached = await self._cached(company)
            if cached is not None:
                return cached
            async with asyncio.timeout(self.settings.research_timeout_seconds):
                found = await self._fetch(company, role)
        except Exception as exc:
            logger.warning("Company research for the interview failed (%s); interviewing without it",
                           type(exc).__name__)
            return None
        if found is not None:
            try:
                await self.storage.put(self.cache_key(company), json.dumps(found).encode(), "application/json")
            except Exception:
                logger.exception("Caching company research failed")
        return found

    async def _cached(self, company: str) -> dict[str, Any] | None:
        try:
            data = json.loads(await self.storage.get(self.cache_key(company)))
        except FileNotFoundError:
            return None
        except ValueError:
            return None
        fetched = datetime.fromisoformat(data.get("fetched_at", "1970-01-01T00:00:00+00:00"))
        fresh = datetime.now(UTC) - fetched < timedelta(hours=self.settings.research_cache_hours)
        same = data.get("company", "").lower() == company.strip().lower()
        return data if fresh and same else None

    async def _fetch(self, company: str, role: str) -> dict[str, Any] | None:
        queries = [q.format(company=company.strip(), role=role.strip()) for q in RESEARCH_QUERIES]
        answers = await asyncio.gather(*(search_first(self.settings, q, limit=4, http_client=self.http_client)
                                         for q in queries))
        sources: list[dict[str, Any]] = []
        seen: set[str] = set()
        for _, results in answers:
            for r in results:
                url = r.get("url") or ""
                if not url.startswith(("http://", "https://")) or url in seen or not r.get("snippet"):
                    continue
                seen.add(url)
                sources.append({"n": len(sources) + 1, "title": _clip(r.get("title") or url, 120), "url": url,
                                "snippet": _clip(r["snippet"])})
                if len(sources) >= MAX_SOURCES:
                    break
        if not sources:
            return None
        provider = next((p for p, results in answers if p and results), None)
        summary = "\n".join(f"- {s['snippet']} [{s['n']}]" for s in sources)
        return {"company": company.strip(), "role": role.strip(), "provider": provider,
                "fetched_at": datetime.now(UTC).isoformat(), "summary": summary, "sources": sources}


async def _tavily(client: httpx.AsyncClient, key: str, query: str, limit: int) -> list[dict[str, str]]:
    r = await client.post("https://api.tavily.com/search", json={"query": query, "max_results": limit},
                          headers={"Authorization": f"Bearer {key}"})
    r.raise_for_status()
    return [{"title": i.get("title", ""), "url": i.get("url", ""), "snippet": i.get("content", "")}
            for i in r.json().get("results", [])[:limit]]


async def _exa(client: httpx.AsyncClient, key: str, query: str, limit: int) -> list[dict[str, str]]:
    r = await client.post("https://api.exa.ai/search", headers={"x-api-key": key},
                          json={"query": query, "numResults": limit, "contents": {"text": {"maxCharacters": 500}}})
    r.raise_for_status()
    return [{"title": i.get("title") or "", "url": i.get("url", ""), "snippet": (i.get("text") or "")[:500]}
            for i in r.json().get("results", [])[:limit]]


async def _serper(client: httpx.AsyncClient, key: str, query: str, limit: int) -> list[dict[str, str]]:
    r = await client.post("https://google.serper.dev/search", headers={"X-API-KEY": key},
                          json={"q": query, "num": limit})
    r.raise_for_status()
    return [{"title": i.get("title", ""), "url": i.get("link", ""), "snippet": i.get("snippet", "")}
            for i in r.json().get("organic", [])[:limit]]


_SEARCHES = {"tavily": _tavily, "exa": _exa, "serper": _serper}
