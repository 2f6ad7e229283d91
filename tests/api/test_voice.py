"""Voice routes: the LiveKit room token and spoken answers (the real Cartesia client against a local stub)."""

from __future__ import annotations

import httpx
from pydantic import SecretStr

SECRET = "s" * 40


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
