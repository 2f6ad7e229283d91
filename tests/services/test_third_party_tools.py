"""External-service adapters against mock transports: no test reaches the internet."""

from __future__ import annotations

import json

import httpx
import pytest
from livekit import api
from pydantic import SecretStr

from app.core.config import Settings
from app.core.errors import NotConfiguredError
from app.services import third_party_tools as tools

SECRET = "s" * 40


def test_livekit_token_is_valid_for_the_room():
    settings = Settings(_env_file=None, livekit_url="wss://lk.example", livekit_api_key="key",
                        livekit_api_secret=SECRET)
    out = tools.livekit_token(settings, room_name="interview-7", identity="user-1", name="Ada")
    claims = api.TokenVerifier("key", SECRET).verify(out["token"])
    assert claims.identity == "user-1" and claims.video.room == "interview-7" and claims.video.room_join
    assert out["url"] == "wss://lk.example"
    with pytest.raises(NotConfiguredError):
        tools.livekit_token(Settings(_env_file=None), room_name="r", identity="u")


async def test_livekit_endpoint(client, user_headers, app):
    r = await client.post("/ai-interview/livekit/token?room_name=room-1&participant_name=Ada", headers=user_headers)
    assert r.status_code == 503 and "not configured" in r.json()["detail"]
    app.state.settings.livekit_url = "wss://lk.example"
    app.state.settings.livekit_api_key = "key"
    app.state.settings.livekit_api_secret = SecretStr(SECRET)
    try:
        ok = await client.post("/ai-interview/livekit/token?room_name=room-1", headers=user_headers)
        assert ok.status_code == 200 and ok.json()["room_name"] == "room-1"
        assert (await client.post("/ai-interview/livekit/token?room_name=bad room", headers=user_headers)).status_code == 422
    finally:
        app.state.settings.livekit_url = None


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
        assert (await tools.web_search(settings, "Stripe interview", http_client=c))[0]["snippet"] == "tavily"
    seen.clear()
    async with httpx.AsyncClient(transport=search_transport(seen, fail={"tavily", "exa"})) as c:
        results = await tools.web_search(settings, "Stripe interview", http_client=c)
    assert results[0]["snippet"] == "serper" and seen == ["api.tavily.com", "api.exa.ai", "google.serper.dev"]
    with pytest.raises(NotConfiguredError):
        await tools.web_search(Settings(_env_file=None), "x")


async def test_langchain_tools_report_not_configured():
    built = {t.name: t for t in tools.build_tools(Settings(_env_file=None))}
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

    settings = Settings(_env_file=None, cartesia_api_key="ck-test", cartesia_base_url="https://cartesia.test")
    client = httpx.Client(transport=httpx.MockTransport(handler), base_url="https://cartesia.test")
    audio = await tools.synthesize_speech(settings, "Tell me about yourself.", http_client=client)
    assert audio.startswith(b"RIFF")
    sent = json.loads(requests[0].content)
    assert sent["transcript"] == "Tell me about yourself."
    assert "ck-test" in requests[0].headers.get("authorization", "") + requests[0].headers.get("x-api-key", "")
    heard = await tools.transcribe_speech(settings, b"RIFF-audio", http_client=client)
    assert heard["text"] == "I led the migration" and heard["word_timings"] == [(0.0, 0.2), (0.3, 0.6)]
    with pytest.raises(NotConfiguredError):
        await tools.synthesize_speech(Settings(_env_file=None), "hi")


async def test_unauthenticated_livekit_is_401(client):
    assert (await client.post("/ai-interview/livekit/token?room_name=r")).status_code == 401


async def test_spoken_answer_is_transcribed_timed_and_answered(tmp_path, clean_db):
    """POST .../audio: the real Cartesia client against a local stub; speaking rate and pauses are measured."""
    from app.main import create_app
    from tests.conftest import bearer, make_settings, register
    from tests.stubs.openai_stub import StubServer

    with StubServer() as stub:
        settings = make_settings(tmp_path, clean_db, cartesia_api_key="ck-test", cartesia_base_url=stub.url)
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
                h = bearer((await register(c))["token"])
                s = (await c.post("/ai-interview/sessions", headers=h,
                                  json={"title": "voice", "interview_type": "behavioral"})).json()
                r = await c.post(f"/ai-interview/sessions/{s['id']}/audio", headers=h,
                                 files={"file": ("answer.wav", b"RIFF" + b"\x00" * 400, "audio/wav")})
                assert r.status_code == 200, r.text
                assert r.json()["transcript"].startswith("At my last job")
                turns = (await c.get(f"/ai-interview/sessions/{s['id']}", headers=h)).json()["interactions"]
                analysis = turns[1]["analysis"]
                assert turns[1]["content"] == r.json()["transcript"]
                assert 100 < analysis["words_per_minute"] < 200
                assert analysis["pauses"]["pause_count"] == 1 and analysis["pauses"]["longest_pause_seconds"] >= 4
                missing = await c.post(f"/ai-interview/sessions/{s['id']}/audio", headers=h, files={})
                assert missing.status_code == 422
                assert (await c.post("/ai-interview/sessions/999/audio", headers=h,
                                     files={"file": ("a.wav", b"RIFF", "audio/wav")})).status_code == 404


async def test_spoken_answer_without_cartesia_is_503(client, user_headers):
    s = (await client.post("/ai-interview/sessions", headers=user_headers,
                           json={"title": "voice", "interview_type": "behavioral"})).json()
    r = await client.post(f"/ai-interview/sessions/{s['id']}/audio", headers=user_headers,
                          files={"file": ("answer.wav", b"RIFF" + b"\x00" * 100, "audio/wav")})
    assert r.status_code == 503 and "Cartesia" in r.json()["detail"]
