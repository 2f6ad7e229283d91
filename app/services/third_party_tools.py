"""Adapters for external services, each usable directly and as a LangChain `@tool`: LiveKit (room access tokens),
Cartesia (text-to-speech, speech-to-text) and web research (Tavily, Exa, Serper).

Every adapter reads its key from settings. Without a key it raises NotConfiguredError (a 503 from its endpoint)
and never breaks an interview. Tests inject an httpx client pointed at a mock transport.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any

import httpx
from langchain_core.tools import BaseTool, tool

from app.core.config import Settings
from app.core.errors import NotConfiguredError

logger = logging.getLogger(__name__)


# --- LiveKit ---------------------------------------------------------------------------------------------------------

def livekit_token(settings: Settings, *, room_name: str, identity: str, name: str | None = None,
                  ttl: timedelta = timedelta(hours=1)) -> dict[str, str]:
    """A signed access token to join one LiveKit room (publish and subscribe)."""
    if not (settings.livekit_url and settings.livekit_api_key and settings.livekit_api_secret):
        raise NotConfiguredError("LiveKit")
    from livekit import api

    token = (api.AccessToken(settings.livekit_api_key, settings.livekit_api_secret.get_secret_value())
             .with_identity(identity).with_name(name or identity).with_ttl(ttl)
             .with_grants(api.VideoGrants(room_join=True, room=room_name, can_publish=True, can_subscribe=True))
             .to_jwt())
    return {"token": token, "room_name": room_name, "url": settings.livekit_url}


# --- Cartesia --------------------------------------------------------------------------------------------------------

def _cartesia(settings: Settings, http_client: httpx.Client | None = None) -> Any:
    if not settings.cartesia_api_key:
        raise NotConfiguredError("Cartesia")
    from cartesia import Cartesia

    kwargs: dict[str, Any] = {"api_key": settings.cartesia_api_key.get_secret_value(), "max_retries": 1,
                              "timeout": 30.0}
    if settings.cartesia_base_url:
        kwargs["base_url"] = settings.cartesia_base_url
    if http_client is not None:
        kwargs["http_client"] = http_client
    return Cartesia(**kwargs)


async def synthesize_speech(settings: Settings, text: str, *, http_client: httpx.Client | None = None) -> bytes:
    """Interviewer text → WAV audio."""
    client = _cartesia(settings, http_client)

    def run() -> bytes:
        response = client.tts.generate(
            model_id="sonic-2", transcript=text, voice={"mode": "id", "id": settings.cartesia_voice_id},
            output_format={"container": "wav", "encoding": "pcm_s16le", "sample_rate": 22050})
        return response.read()

    return await asyncio.to_thread(run)


async def transcribe_speech(settings: Settings, audio: bytes, *, filename: str = "answer.wav",
                            http_client: httpx.Client | None = None) -> dict[str, Any]:
    """Candidate audio → text with word timings (for words per minute and pauses)."""
    client = _cartesia(settings, http_client)

    def run() -> Any:
        return client.stt.transcribe(file=(filename, audio), model="ink-whisper", language="en",
                                     timestamp_granularities=["word"])

    result = await asyncio.to_thread(run)
    words = [(w.start, w.end) for w in (getattr(result, "words", None) or [])]
    return {"text": result.text, "duration_seconds": getattr(result, "duration", None), "word_timings": words}


# --- web research ----------------------------------------------------------------------------------------------------

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


# --- the same adapters as LangChain tools ----------------------------------------------------------------------------

def build_tools(settings: Settings, *, http_client: httpx.AsyncClient | None = None) -> list[BaseTool]:
    """Tools bound to these settings, for an agent or a graph node. Unconfigured ones answer 'not configured'."""

    @tool
    def create_livekit_token(room_name: str, participant_name: str) -> dict[str, str] | str:
        """Create a LiveKit access token so a participant can join a voice interview room."""
        try:
            return livekit_token(settings, room_name=room_name, identity=participant_name)
        except NotConfiguredError as exc:
            return exc.detail

    @tool
    async def research_company(company: str, role: str) -> list[dict[str, str]] | str:
        """Search the web for how a company interviews for a role (culture, values, interview style)."""
        try:
            return await web_search(settings, f"{company} {role} interview process values", http_client=http_client)
        except NotConfiguredError as exc:
            return exc.detail

    @tool
    async def speak(text: str) -> str:
        """Turn interviewer text into speech; returns the audio size or 'not configured'."""
        try:
            return f"{len(await synthesize_speech(settings, text))} bytes of WAV audio"
        except NotConfiguredError as exc:
            return exc.detail

    return [create_livekit_token, research_company, speak]
