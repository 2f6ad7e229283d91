"""External-service adapters against mock transports: no test reaches the internet."""

from __future__ import annotations

import json

import httpx
import pytest
from livekit import api

from app.core.config import Settings
from app.core.errors import NotConfiguredError
from app.services.tools import livekit, research, speech
from app.services.tools.langchain_tools import build_tools

SECRET = "s" * 40


def test_livekit_token_is_valid_for_the_room():
    settings = Settings(_env_file=None, livekit_url="wss://lk.example", livekit_api_key="key",
                        livekit_api_secret=SECRET)
    out = livekit.livekit_token(settings, room_name="interview-7", identity="user-1", name="Ada")
    claims = api.TokenVerifier("key", SECRET).verify(out["token"])
    assert claims.identity == "user-1" and claims.video.room == "interview-7" and claims.video.room_join
    assert out["url"] == "wss://lk.example"
    with pytest.raises(NotConfiguredError):
        livekit.livekit_token(Settings(_env_file=None), room_name="r", identity="u")


def search_transport(seen: list[str], fail: set[str] = frozenset()) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        host = request.url.host
        seen.append(host)
        if any(f in host for f in fail):
            return httpx.Response(500)
        if "tavily" in host:
            return httpx.Response(200, json={"results": [{"title": "T", "url": "https://t", "content": "tavily"}]})
        if "exa" in host:
            return httpx.Response(200, json={"results": [{"title": "E", "url": "https://e", "text": "exa"}]})
        body = json.loads(request.content)
        return httpx.Response(200, json={"organic": [{"title": body["q"], "link": "https://s", "snippet": "serper"}]})
    return httpx.MockTransport(handler)


async def test_web_search_order_and_fallback():
    settings = Settings(_env_file=None, tavily_api_key="t", exa_api_key="e", serper_api_key="s")
    seen: list[str] = []
    async with httpx.AsyncClient(transport=search_transport(seen)) as c:
        assert (await research.web_search(settings, "Stripe interview", http_client=c))[0]["snippet"] == "tavily"
    seen.clear()
    async with httpx.AsyncClient(transport=search_transport(seen, fail={"tavily", "exa"})) as c:
        results = await research.web_search(settings, "Stripe interview", http_client=c)
    assert results[0]["snippet"] == "serper" and seen == ["api.tavily.com", "api.exa.ai", "google.serper.dev"]
    with pytest.raises(NotConfiguredError):
        await research.web_search(Settings(_env_file=None), "x")


async def test_langchain_tools_report_not_configured():
    built = {t.name: t for t in build_tools(Settings(_env_file=None))}
    assert set(built) == {"create_livekit_token", "research_company", "speak"}
    assert "not configured" in await built["research_company"].ainvoke({"company": "Acme", "role": "SRE"})
    assert "not configured" in built["create_livekit_token"].invoke({"room_name": "r", "participant_name": "p"})


async def test_cartesia_tts_and_stt_through_the_real_client():
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if request.url.path.endswith("/tts/bytes"):
            return httpx.Response(200, content=b"RIFF....WAVEfmt ", headers={"content-type": "audio/wav"})
        return httpx.Response(200, json={"text": "I led the migration", "duration": 2.0, "language": "en",
                                         "words": [{"word": "I", "start": 0.0, "end": 0.2},
                                                   {"word": "led", "start": 0.3, "end": 0.6}]})

    settings = Settings(_env_file=None, cartesia_api_key="ck-test", cartesia_base_url="https://cartesia.test",
                        cartesia_tts_format="wav")
    client = httpx.Client(transport=httpx.MockTransport(handler), base_url="https://cartesia.test")
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler), base_url="https://cartesia.test") as ac:
        audio = await speech.synthesize_speech(settings, "Tell me about yourself.", http_client=ac)
    assert audio.startswith(b"RIFF")
    sent = json.loads(requests[0].content)
    assert sent["transcript"] == "Tell me about yourself." and sent["output_format"]["container"] == "wav"
    assert "ck-test" in requests[0].headers.get("authorization", "") + requests[0].headers.get("x-api-key", "")
    heard = await speech.transcribe_speech(settings, b"RIFF-audio", http_client=client)
    assert heard["text"] == "I led the migration" and heard["word_timings"] == [(0.0, 0.2), (0.3, 0.6)]
    with pytest.raises(NotConfiguredError):
        await speech.synthesize_speech(Settings(_env_file=None), "hi")
