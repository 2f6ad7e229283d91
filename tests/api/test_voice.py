"""Voice routes: the LiveKit room token and spoken answers (the real Cartesia client against a local stub)."""

from __future__ import annotations

import asyncio
import io
import threading
import wave
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import update

from app.main import create_app
from app.models import AIInterviewSession
from tests.audio import SENTENCES, answer_with_pauses
from tests.conftest import bearer, make_settings, register
from tests.stubs.openai_stub import StubServer

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


async def test_a_failing_speech_to_text_is_a_503_and_a_clients_own_transcript_still_counts(tmp_path, clean_db):
    """Cartesia answering 500, or not at all within CARTESIA_TIMEOUT_SECONDS: a 503 with a detail (it was a 500 and
    a minute's wait), nothing recorded; with the client's own transcript the answer is taken all the same."""
    with StubServer() as stub:
        settings = make_settings(tmp_path, clean_db, cartesia_api_key="ck-test", cartesia_base_url=stub.url,
                                 cartesia_timeout_seconds=0.5)
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
                h = bearer((await register(c))["token"])
                s = (await c.post("/ai-interview/sessions", headers=h,
                                  json={"title": "voice", "interview_type": "behavioral"})).json()
                url, wav = f"/ai-interview/sessions/{s['id']}/audio", answer_with_pauses([0.5, 0.5])
                for mode in ("error", "hang"):
                    stub.state.stt_mode = mode
                    r = await c.post(url, headers=h, files={"file": ("answer.wav", wav, "audio/wav")})
                    assert r.status_code == 503 and "speech-to-text" in r.json()["detail"], (mode, r.text)
                turns = (await c.get(f"/ai-interview/sessions/{s['id']}", headers=h)).json()["interactions"]
                assert [t["role"] for t in turns] == ["interviewer"]
                own = "I moved our nightly billing job to a queue and the failures stopped"
                r = await c.post(url, headers=h, data={"transcript": own},
                                 files={"file": ("answer.wav", wav, "audio/wav")})
                assert r.status_code == 200 and r.json()["transcript"] == own
                turns = (await c.get(f"/ai-interview/sessions/{s['id']}", headers=h)).json()["interactions"]
                assert [t["content"] for t in turns if t["role"] == "candidate"] == [own]


async def test_a_client_transcript_over_the_message_limit_is_refused_like_a_message(client, user_headers, app):
    s = (await client.post("/ai-interview/sessions", headers=user_headers,
                           json={"title": "voice", "interview_type": "behavioral"})).json()
    limit = app.state.settings.max_message_chars
    r = await client.post(f"/ai-interview/sessions/{s['id']}/audio", headers=user_headers,
                          data={"transcript": "word " * (limit // 5 + 10)},
                          files={"file": ("answer.wav", answer_with_pauses([0.5, 0.5]), "audio/wav")})
    assert r.status_code == 422 and str(limit) in r.json()["detail"][0]["msg"]
    turns = (await client.get(f"/ai-interview/sessions/{s['id']}", headers=user_headers)).json()["interactions"]
    assert [t["role"] for t in turns] == ["interviewer"]  # nothing was taken
    # Two transcripts: the last one was once recorded and the first lost without a word.
    two = await client.post(f"/ai-interview/sessions/{s['id']}/audio", headers=user_headers,
                            data={"transcript": ["I led the rollout.", "I did not lead it."]},
                            files={"file": ("answer.wav", answer_with_pauses([0.5, 0.5]), "audio/wav")})
    assert two.status_code == 422 and two.json()["detail"][0]["loc"] == ["body", "transcript"], two.text
    turns = (await client.get(f"/ai-interview/sessions/{s['id']}", headers=user_headers)).json()["interactions"]
    assert [t["role"] for t in turns] == ["interviewer"]


async def test_spoken_answer_without_cartesia_is_503(client, user_headers):
    s = (await client.post("/ai-interview/sessions", headers=user_headers,
                           json={"title": "voice", "interview_type": "behavioral"})).json()
    r = await client.post(f"/ai-interview/sessions/{s['id']}/audio", headers=user_headers,
                          files={"file": ("answer.wav", b"RIFF" + b"\x00" * 100, "audio/wav")})
    assert r.status_code == 503 and "Cartesia" in r.json()["detail"]


# --- spoken questions: GET .../turns/{n}/speech through the real Cartesia client and a local stub of /tts/bytes


@pytest.fixture
async def tts_app(tmp_path, clean_db):
    with StubServer() as stub:
        settings = make_settings(tmp_path, clean_db, cartesia_api_key="ck-test", cartesia_base_url=stub.url,
                                 cartesia_tts_format="wav", cartesia_tts_sample_rate=16000)
        application = create_app(settings)
        async with application.router.lifespan_context(application):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=application), base_url="http://t") as c:
                yield application, c, stub


async def test_turn_speech_is_streamed_then_served_from_the_cache(tts_app):
    app, c, stub = tts_app
    h = bearer((await register(c))["token"])
    s = (await c.post("/ai-interview/sessions", headers=h, json={"title": "voice", "interview_type": "behavioral"}
                      )).json()
    head = await c.head(f"/ai-interview/sessions/{s['id']}/turns/1/speech", headers=h)
    assert head.status_code == 200 and head.headers["content-type"] == "audio/wav" and head.content == b""
    assert stub.state.tts_requests == []  # HEAD pays for no synthesis
    r = await c.get(f"/ai-interview/sessions/{s['id']}/turns/1/speech", headers=h)
    assert r.status_code == 200 and r.headers["content-type"] == "audio/wav"
    assert r.headers["x-speech-cache"] == "miss"
    audio = r.content
    with wave.open(io.BytesIO(audio)) as w:
        assert w.getframerate() == 16000 and w.getnframes() > 8000
    sent = stub.state.tts_requests[0]
    assert sent["transcript"] == s["response"] and sent["voice"] == {"id": app.state.settings.cartesia_voice_id}
    assert sent["model_id"] == "sonic-3" and sent["output_format"]["container"] == "wav"
    again = await c.get(f"/ai-interview/sessions/{s['id']}/turns/1/speech", headers=h)
    assert again.status_code == 200 and again.content == audio and again.headers["x-speech-cache"] == "hit"
    assert len(stub.state.tts_requests) == 1  # the second request never reached Cartesia
    cached_head = await c.head(f"/ai-interview/sessions/{s['id']}/turns/1/speech", headers=h)
    assert cached_head.headers["x-speech-cache"] == "hit" and cached_head.headers["content-length"] == str(len(audio))

    # Another voice is another recording.
    app.state.settings.cartesia_tts_format = "mp3"
    mp3 = await c.get(f"/ai-interview/sessions/{s['id']}/turns/1/speech", headers=h)
    assert mp3.status_code == 200 and mp3.headers["content-type"] == "audio/mpeg" and mp3.content[:3] == b"ID3"
    assert stub.state.tts_requests[-1]["output_format"] == {"container": "mp3", "sample_rate": 16000,
                                                          "bit_rate": 128000}


async def test_turn_speech_is_relayed_while_synthesized(tts_app):
    """Chunks reach the caller as Cartesia sends them; the cache is written only once the audio is complete."""
    app, c, stub = tts_app
    speech = app.state.turn_speech
    # Cartesia sends the rest of the audio only once the caller has the first chunk: a relay that waited for the
    # last chunk would never hand over the first (and time out below), whatever the machine's speed.
    stub.state.tts_hold = threading.Event()
    chunks = []
    async with asyncio.timeout(30):
        spoken = await speech.speak(7, 1, "Tell me about a project you are proud of and what you did yourself.")
        key = speech.cache_key(7, 1, "Tell me about a project you are proud of and what you did yourself.")
        async for chunk in spoken.stream:
            chunks.append(chunk)
            if len(chunks) == 1:
                assert not await app.state.storage.exists(key)
                stub.state.tts_hold.set()
    assert len(chunks) >= 2 and stub.state.tts_hold.is_set()  # the first chunk did not wait for the last
    assert await app.state.storage.get(key) == b"".join(chunks)
    cached = await speech.speak(7, 1, "Tell me about a project you are proud of and what you did yourself.")
    assert cached.stream is None and cached.cached == b"".join(chunks)


async def test_turn_speech_cut_off_mid_stream_ends_the_body_and_caches_nothing(tts_app, caplog):
    """Cartesia breaking off after the first chunk: the status is already sent, so the caller gets a short body, the
    server logs one warning (not an unhandled error), and the half recording is never served from the cache."""
    app, c, stub = tts_app
    speech = app.state.turn_speech
    text = "Walk me through the last incident you handled."
    stub.state.tts_break_after = 1
    with caplog.at_level("WARNING"):
        spoken = await speech.speak(9, 1, text)
        chunks = [chunk async for chunk in spoken.stream]
    assert len(chunks) == 1 and "broke off mid-stream" in caplog.text
    assert not await app.state.storage.exists(speech.cache_key(9, 1, text))
    stub.state.tts_break_after = None
    whole = await speech.speak(9, 1, text)
    assert whole.cached is None
    audio = b"".join([chunk async for chunk in whole.stream])  # however the chunks were cut on the way
    with wave.open(io.BytesIO(audio)) as w:
        assert w.getnframes() > 0 and w.getnframes() * w.getsampwidth() == len(audio) - 44  # all of it
    assert await app.state.storage.get(speech.cache_key(9, 1, text)) == audio


async def test_turn_speech_404s_and_503(tts_app):
    app, c, stub = tts_app
    h = bearer((await register(c))["token"])
    other = bearer((await register(c, "bob@example.com", "Bob"))["token"])
    s = (await c.post("/ai-interview/sessions", headers=h, json={"title": "voice", "interview_type": "behavioral"}
                      )).json()
    await c.post(f"/ai-interview/sessions/{s['id']}/message", headers=h,
                 json={"message": "I led the billing migration and cut failed payments by thirty percent."})
    base = f"/ai-interview/sessions/{s['id']}/turns"
    assert (await c.get(f"{base}/2/speech", headers=h)).status_code == 200  # the second interviewer turn
    for bad in ("3", "0", "-1", "x", "99999999999999999999"):  # past the last interviewer turn, or no turn at all
        assert (await c.get(f"{base}/{bad}/speech", headers=h)).status_code == 404, bad
    assert (await c.get(f"{base}/1/speech", headers=other)).status_code == 404  # someone else's interview
    assert (await c.get("/ai-interview/sessions/999/turns/1/speech", headers=h)).status_code == 404
    assert (await c.get(f"{base}/1/speech")).status_code == 401
    app.state.settings.cartesia_api_key = None
    r = await c.get(f"{base}/1/speech", headers=h)
    assert r.status_code == 503 and "Text-to-speech" in r.json()["detail"]
    assert len(stub.state.tts_requests) == 1


async def test_turn_speech_provider_failure_is_503(tts_app):
    app, c, stub = tts_app
    h = bearer((await register(c))["token"])
    s = (await c.post("/ai-interview/sessions", headers=h, json={"title": "voice", "interview_type": "behavioral"}
                      )).json()
    app.state.settings.cartesia_base_url = "http://127.0.0.1:9"  # nothing listens there
    r = await c.get(f"/ai-interview/sessions/{s['id']}/turns/1/speech", headers=h)
    assert r.status_code == 503 and "did not answer" in r.json()["detail"]


# --- spoken answers measured from the recording (generated here: espeak-ng speech, sox silences)


async def test_spoken_answer_is_measured_from_the_recording(tmp_path, clean_db):
    recording = answer_with_pauses([1.0, 2.5])
    with StubServer() as stub:
        stub.state.stt_text = " ".join(SENTENCES)
        settings = make_settings(tmp_path, clean_db, cartesia_api_key="ck-test", cartesia_base_url=stub.url)
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
                h = bearer((await register(c))["token"])
                s = (await c.post("/ai-interview/sessions", headers=h,
                                  json={"title": "voice", "interview_type": "behavioral", "max_questions": 1})).json()
                r = await c.post(f"/ai-interview/sessions/{s['id']}/audio", headers=h,
                                 files={"file": ("answer.wav", recording, "audio/wav")})
                assert r.status_code == 200, r.text
                assert stub.state.stt_requests == 1
                turns = (await c.get(f"/ai-interview/sessions/{s['id']}", headers=h)).json()["interactions"]
                measured = turns[1]["analysis"]["audio"]
                assert measured["source"] == "audio" and measured["pause_count"] == 2
                assert 2.5 <= measured["longest_pause_seconds"] <= 3.1
                assert measured["word_count"] == len(" ".join(SENTENCES).split())
                assert 120 < measured["words_per_minute"] < 260  # espeak-ng at 150, counted over speaking time
                assert measured["pitch_sd_semitones"] > 0 and measured["loudness_sd_db"] > 0

                # The client's own transcript needs no speech-to-text; the recording is still measured.
                app.state.settings.cartesia_api_key = None
                s2 = (await c.post("/ai-interview/sessions", headers=h,
                                   json={"title": "voice", "interview_type": "behavioral", "max_questions": 1})).json()
                r2 = await c.post(f"/ai-interview/sessions/{s2['id']}/audio", headers=h,
                                  data={"transcript": " ".join(SENTENCES)},
                                  files={"file": ("answer.wav", recording, "audio/wav")})
                assert r2.status_code == 200 and r2.json()["transcript"] == " ".join(SENTENCES)
                assert stub.state.stt_requests == 1
                turns = (await c.get(f"/ai-interview/sessions/{s2['id']}", headers=h)).json()["interactions"]
                assert turns[1]["analysis"]["audio"]["pause_count"] == 2
                if turns[-1]["role"] == "interviewer" and not r2.json()["is_complete"]:
                    await c.post(f"/ai-interview/sessions/{s2['id']}/complete", headers=h)
                assessed = (await c.post(f"/ai-interview/sessions/{s2['id']}/assess", headers=h)).json()
                assert assessed["non_verbal_source"] == "audio"
                assert assessed["non_verbal_scores"]["vocal_variety"] is not None


async def test_livekit_room_of_a_session_is_only_for_its_owner(client, user_headers, app):
    app.state.settings.livekit_url = "wss://lk.example"
    app.state.settings.livekit_api_key = "key"
    app.state.settings.livekit_api_secret = SecretStr(SECRET)
    try:
        s = (await client.post("/ai-interview/sessions", headers=user_headers,
                               json={"title": "voice", "interview_type": "behavioral"})).json()
        ok = await client.post(f"/ai-interview/livekit/token?room_name=interview-{s['id']}", headers=user_headers)
        assert ok.status_code == 200 and ok.json()["room_name"] == f"interview-{s['id']}"
        other = bearer((await register(client, "bob@example.com", "Bob"))["token"])
        theirs = await client.post(f"/ai-interview/livekit/token?room_name=interview-{s['id']}", headers=other)
        assert theirs.status_code == 404
        missing = await client.post("/ai-interview/livekit/token?room_name=interview-99999", headers=user_headers)
        assert missing.status_code == 404
    finally:
        app.state.settings.livekit_url = None



async def test_a_spoken_answer_that_would_be_refused_is_refused_before_it_is_transcribed(tmp_path, clean_db):
    """Transcription is paid for: an answer to an ended interview, or one racing a turn in progress, gets its 409
    before any audio is sent; a retry under the same key with another transcript is 422, as for /message."""
    with StubServer() as stub:
        settings = make_settings(tmp_path, clean_db, cartesia_api_key="ck-test", cartesia_base_url=stub.url)
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
                h = bearer((await register(c))["token"])
                wav = answer_with_pauses([0.5, 0.5])

                async def send(sid: int, **extra: object) -> httpx.Response:
                    return await c.post(f"/ai-interview/sessions/{sid}/audio", headers=h | extra.pop("headers", {}),
                                        files={"file": ("answer.wav", wav, "audio/wav")}, **extra)

                busy = (await c.post("/ai-interview/sessions", headers=h,
                                     json={"title": "voice", "interview_type": "behavioral"})).json()["id"]
                async with app.state.db_sessions() as db:  # a turn of another tab holds the interview
                    await db.execute(update(AIInterviewSession).where(AIInterviewSession.id == busy).values(
                        lease_token="another-turn", lease_expires_at=datetime.now(UTC) + timedelta(seconds=30)))
                    await db.commit()
                raced = await send(busy)
                assert raced.status_code == 409 and stub.state.stt_requests == 0

                sid = (await c.post("/ai-interview/sessions", headers=h,
                                    json={"title": "voice", "interview_type": "behavioral"})).json()["id"]
                first = await send(sid, data={"transcript": "I led the rollout of our billing system."},
                                   headers={"Idempotency-Key": "answer-1"})
                assert first.status_code == 200
                other = await send(sid, data={"transcript": "Something else entirely."},
                                   headers={"Idempotency-Key": "answer-1"})
                assert other.status_code == 422  # the first answer's reply would silently drop this one
                assert (await c.post(f"/ai-interview/sessions/{sid}/complete", headers=h)).status_code == 200
                heard = stub.state.stt_requests  # a client's transcript still gets its word timings from the service
                ended = await send(sid)
                assert ended.status_code == 409 and "completed" in ended.json()["detail"]
                assert stub.state.stt_requests == heard
                again = await send(sid, data={"transcript": "I led the rollout of our billing system."},
                                   headers={"Idempotency-Key": "answer-1"})
                assert again.status_code == 200 and again.json()["response"] == first.json()["response"]
