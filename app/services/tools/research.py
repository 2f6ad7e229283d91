"""Web research on the target company and role: the first configured of Tavily, Exa and Serper."""

from __future__ import annotations

import logging

import httpx

from app.core.config import Settings
from app.core.errors import NotConfiguredError

logger = logging.getLogger(__name__)


async def web_search(settings: Settings, query: str, *, limit: int = 5,
                     http_client: httpx.AsyncClient | None = None) -> list[dict[str, str]]:
    """Company and role research: the first configured of Tavily, Exa, Serper. [{title, url, snippet}]"""
    providers = [(name, key) for name, key in (("tavily", settings.tavily_api_key), ("exa", settings.exa_api_key),
                                                ("serper", settings.serper_api_key)) if key]
    if not providers:
        raise NotConfiguredError("Web search (Tavily, Exa or Serper)")
    client = http_client or httpx.AsyncClient(timeout=15)
    try:
        for name, key in providers:
            try:
                return await _SEARCHES[name](client, key.get_secret_value(), query, limit)
            except httpx.HTTPError as exc:
                logger.warning("Search provider %s failed (%s); trying the next", name, type(exc).__name__)
        return []
    finally:
        if http_client is None:
            await client.aclose()


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
