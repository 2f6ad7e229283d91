"""The live interview: WebSocket frames and Server-Sent Events, with the real app (Starlette's test client runs its
lifespan; SSE through httpx)."""

from __future__ import annotations

import json
import random
import time
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import httpx
import jwt
import pytest
from sqlalchemy import select, update
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from app.api import realtime
from app.main import create_app
from app.models import AIInterviewInteraction, AIInterviewSession
from tests.conftest import bearer, make_settings, register

ANSWER = ("At my last job I was responsible for the billing service. I rewrote the retry logic and added "
          "idempotency keys. As a result duplicate charges dropped from 40 a week to zero.")
TURN_FIELDS = {"response", "status", "question_number", "total_questions", "is_follow_up", "is_complete", "phase",
               "mode", "provider"}


@pytest.fixture
def sync_client(settings):
    with TestClient(create_app(settings)) as client:
        yield client


def _login(c: TestClient, email: str = "ws@example.com") -> tuple[str, dict[str, str]]:
    token = c.post("/auth/register", json={"email": email, "password": "secret-pw", "name": "W"}).json()["token"]
    return token, {"Authorization": f"Bearer {token}"}


def _start(c: TestClient, h: dict[str, str], **extra: object) -> dict:
    return c.post("/ai-interview/sessions", headers=h,
                  json={"title": "ws", "interview_type": "behavioral", "max_questions": 2, **extra}).json()


def _reply(ws) -> tuple[list[dict], dict]:  # noqa: ANN001
    """Frames up to and including the turn (or error): (frames before it, the turn)."""
    frames = []
    while True:
        frame = ws.receive_json()
        if frame["type"] in ("turn", "error"):
            return frames, frame
        frames.append(frame)


def test_interview_over_websocket_streams_tokens_then_turns(sync_client):
    token, h = _login(sync_client)
    s = _start(sync_client, h)
    with sync_client.websocket_connect(f"/ai-interview/sessions/{s['id']}/ws?token={token}") as ws:
        ready = ws.receive_json()
        assert ready["type"] == "ready" and ready["response"] == s["response"]
        turns = []
        for _ in range(8):
            ws.send_json({"message": ANSWER})
            assert ws.receive_json() == {"type": "received"}
            frames, turn = _reply(ws)
            assert turn["type"] == "turn" and set(turn) == TURN_FIELDS | {"type"}
            # The interviewer's words arrive as tokens first; together they are exactly the turn's text.
            assert frames and all(f["type"] == "token" for f in frames)
            assert "".join(f["text"] for f in frames) == turn["response"]
            turns.append(turn)
            if turn["is_complete"]:
                break
        assert turns[-1]["is_complete"] and turns[-1]["status"] == "completed"
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_json()
        assert closed.value.code == 1000
    detail = sync_client.get(f"/ai-interview/sessions/{s['id']}", headers=h).json()
    assert detail["status"] == "completed"
    candidate = [t for t in detail["interactions"] if t["role"] == "candidate"]
    assert len(candidate) == len(turns) and {t["channel"] for t in candidate} == {"text"}


def test_token_in_first_frame(sync_client):
    token, h = _login(sync_client)
    s = _start(sync_client, h)
    with sync_client.websocket_connect(f"/ai-interview/sessions/{s['id']}/ws") as ws:
        ws.send_json({"type": "auth", "token": token})
        ready = ws.receive_json()
        assert ready["type"] == "ready" and ready["session_id"] == s["id"]


def test_bad_token_or_foreign_session_closes_after_accept_with_a_readable_code(sync_client):
    token, h = _login(sync_client)
    s = _start(sync_client, h)
    other_token, other_h = _login(sync_client, "other@example.com")
    foreign = _start(sync_client, other_h)
    for url, first_frame, code in (
        (f"/ai-interview/sessions/{s['id']}/ws?token=garbage", None, 4401),
        (f"/ai-interview/sessions/{s['id']}/ws", {"type": "auth", "token": "garbage"}, 4401),
        (f"/ai-interview/sessions/{s['id']}/ws", {"message": "no auth frame first"}, 4401),
        (f"/ai-interview/sessions/999/ws?token={token}", None, 4404),
        (f"/ai-interview/sessions/abc/ws?token={token}", None, 4404),
        (f"/ai-interview/sessions/{foreign['id']}/ws?token={token}", None, 4404),
    ):
        # The handshake completes (the server accepts first), then the server closes with the code.
        with sync_client.websocket_connect(url) as ws:
            if first_frame is not None:
                ws.send_json(first_frame)
            with pytest.raises(WebSocketDisconnect) as closed:
                ws.receive_json()
        assert closed.value.code == code, url


def test_spoken_answer_in_chunks_gets_a_tentative_acknowledgement(tmp_path, clean_db):
    settings = make_settings(tmp_path, clean_db, tentative_after_ms=0)  # every reply counts as slow
    with TestClient(create_app(settings)) as c:
        token, h = _login(c)
        s = _start(c, h)
        with c.websocket_connect(f"/ai-interview/sessions/{s['id']}/ws?token={token}") as ws:
            ws.receive_json()
            ws.send_json({"type": "chunk", "text": "At my last job I owned the billing service and"})
            ws.send_json({"type": "chunk", "text": "I cut failed payments by 30 percent in two months"})
            ws.send_json({"type": "final", "text": ""})
            assert ws.receive_json() == {"type": "received"}
            frames, turn = _reply(ws)
            assert turn["type"] == "turn"
            assert frames[0]["type"] == "tentative" and "numbers" in frames[0]["text"]
            assert all(f["type"] == "token" for f in frames[1:])
        detail = c.get(f"/ai-interview/sessions/{s['id']}", headers=h).json()
        answer = detail["interactions"][1]
        assert answer["role"] == "candidate" and answer["channel"] == "voice"
        assert answer["content"] == ("At my last job I owned the billing service and I cut failed payments by 30 "
                                     "percent in two months")


def test_a_refused_answer_gets_no_received_and_keeps_its_spoken_chunks(sync_client):
    """`received` means the answer was taken: a refusal is an error alone. A spoken answer refused because another
    turn is running keeps its chunks, so the `final` sent again is the whole answer."""
    token, h = _login(sync_client)
    s = _start(sync_client, h, max_questions=3)

    def set_lease(value):  # noqa: ANN001, ANN202
        async def run():  # noqa: ANN202
            async with sync_client.app.state.db_sessions() as db:
                await db.execute(update(AIInterviewSession).where(AIInterviewSession.id == s["id"]).values(
                    lease_token=value, lease_expires_at=datetime.now(UTC) + timedelta(minutes=5) if value else None))
                await db.commit()
        sync_client.portal.call(run)

    with sync_client.websocket_connect(f"/ai-interview/sessions/{s['id']}/ws?token={token}") as ws:
        ws.receive_json()
        ws.send_json({"type": "chunk", "text": "At my last job I owned the billing service and"})
        ws.send_json({"type": "chunk", "text": "I cut failed payments by 30 percent"})
        set_lease("someone-else")
        ws.send_json({"type": "final", "text": ""})
        assert ws.receive_json() == {"type": "error", "status": 409, "detail":
                                     "Another message for this interview is still being processed; retry shortly"}
        set_lease(None)
        ws.send_json({"type": "final", "text": ""})
        assert ws.receive_json() == {"type": "received"}
        _, turn = _reply(ws)
        assert turn["type"] == "turn"
        ws.send_json({"message": "let's stop here", "control": "end"})
        assert ws.receive_json() == {"type": "received"}
        assert _reply(ws)[1]["is_complete"] is True
    with sync_client.websocket_connect(f"/ai-interview/sessions/{s['id']}/ws?token={token}") as ws:
        ws.receive_json()
        ws.send_json({"message": ANSWER})
        assert ws.receive_json() == {"type": "error", "status": 409, "detail": "This interview is already completed"}
    detail = sync_client.get(f"/ai-interview/sessions/{s['id']}", headers=h).json()
    assert detail["interactions"][1]["content"] == ("At my last job I owned the billing service and I cut failed "
                                                   "payments by 30 percent")


def test_resent_client_message_id_gets_the_recorded_turn(sync_client):
    token, h = _login(sync_client)
    s = _start(sync_client, h, max_questions=3)
    with sync_client.websocket_connect(f"/ai-interview/sessions/{s['id']}/ws?token={token}") as ws:
        ws.receive_json()
        ws.send_json({"message": ANSWER, "client_message_id": "answer-1"})
        ws.receive_json()
        _, first = _reply(ws)
        ws.send_json({"message": ANSWER, "client_message_id": "answer-1"})  # the client never saw the reply
        ws.receive_json()
        _, again = _reply(ws)
        assert again == first
        # A voice client that kept only the id of what it sent: the recorded turn again, not a 422.
        ws.send_json({"type": "final", "client_message_id": "answer-1"})
        frames, by_id = _reply(ws)
        assert {"type": "received"} in frames and by_id == first
        # An id nothing was recorded under, with nothing spoken, is still an empty answer.
        ws.send_json({"type": "final", "client_message_id": "never-sent"})
        refused = ws.receive_json()
        assert refused["type"] == "error" and refused["status"] == 422
        # The id of a recorded answer sent with another message: refused where REST refuses it, and located the same.
        ws.send_json({"message": "A different answer altogether.", "client_message_id": "answer-1"})
        reused = ws.receive_json()
        assert reused["status"] == 422 and reused["detail"][0]["loc"] == ["body", "message"]
        assert "client_message_id" in reused["detail"][0]["msg"]
        ws.send_json({"message": "z" * 9000})  # over the length limit, refused by the schema: the same location
        too_long = ws.receive_json()
        assert too_long["status"] == 422 and too_long["detail"][0]["loc"] == ["body", "message"]
    detail = sync_client.get(f"/ai-interview/sessions/{s['id']}", headers=h).json()
    assert len([t for t in detail["interactions"] if t["role"] == "candidate"]) == 1


def test_socket_keeps_answering_after_hostile_frames(sync_client):
    token, h = _login(sync_client)
    s = _start(sync_client, h)
    rng = random.Random(7)
    valid = json.dumps({"message": ANSWER})
    hostile: list[str | bytes] = [
        b"\x00\xff binary", "", "{", "[1, 2, 3]", "null", "42", '"just a string"', valid[: len(valid) // 2],
        json.dumps({"message": 12}), json.dumps({"message": ["a"]}), json.dumps({"message": "   "}),
        json.dumps({"type": "final", "text": ""}), json.dumps({"type": "chunk", "text": 5}),
        json.dumps({"type": "nonsense"}), json.dumps({"message": ANSWER, "control": "explode"}),
        json.dumps({"message": ANSWER, "duration_seconds": -4}), json.dumps({"message": ANSWER,
                                                                             "client_message_id": "bad id\n"}),
        "x" * 400_000, json.dumps({"message": "y" * 60_000}), "[" * 2000 + "]" * 2000,
        json.dumps({"message": {"a": [[[[[[[[[["deep"]]]]]]]]]]}}),
    ]
    hostile += ["".join(rng.choice('{}[]":,abc\\\n 0') for _ in range(rng.randrange(1, 60))) for _ in range(30)]
    with sync_client.websocket_connect(f"/ai-interview/sessions/{s['id']}/ws?token={token}") as ws:
        ws.receive_json()
        for frame in hostile:
            if isinstance(frame, bytes):
                ws.send_bytes(frame)
            else:
                ws.send_text(frame)
            reply = ws.receive_json()
            assert reply["type"] == "error" and reply["status"] in (413, 422), (frame[:80], reply)
        # Spoken chunks past any answer's length are dropped with a 413; what is said next counts again.
        for _ in range(3):
            ws.send_text(json.dumps({"type": "chunk", "text": "z" * 3000}))
        assert ws.receive_json()["status"] == 413
        ws.send_text(json.dumps({"type": "final", "text": ""}))
        assert ws.receive_json()["status"] == 422  # nothing was kept to make an answer of
        ws.send_text(valid)
        assert ws.receive_json() == {"type": "received"}
        _, turn = _reply(ws)
        assert turn["type"] == "turn" and turn["question_number"] >= 1


def test_a_frame_of_an_unknown_type_is_never_taken_for_an_answer(sync_client):
    """A heartbeat or a newer client's frame carrying a `message` must not record an answer."""
    token, h = _login(sync_client)
    s = _start(sync_client, h)
    with sync_client.websocket_connect(f"/ai-interview/sessions/{s['id']}/ws?token={token}") as ws:
        ws.receive_json()
        ws.send_json({"type": "bogus", "message": ANSWER})
        refused = ws.receive_json()
        assert refused["type"] == "error" and refused["status"] == 422 and "bogus" in refused["detail"]
        ws.send_json({"type": "ping", "message": ANSWER})
        assert ws.receive_json() == {"type": "pong"}
        ws.send_json({"message": "At my last job I owned the billing service."})
        assert ws.receive_json() == {"type": "received"}
        _reply(ws)
    answers = [i for i in sync_client.get(f"/ai-interview/sessions/{s['id']}", headers=h).json()["interactions"]
               if i["role"] == "candidate"]
    assert [a["content"] for a in answers] == ["At my last job I owned the billing service."]


def test_socket_answers_count_towards_the_per_user_model_limit(tmp_path, clean_db):
    """The WebSocket is no way around the limit POST .../message enforces: once it is spent, an answer gets an
    error 429 frame, nothing is recorded, and the socket stays open."""
    settings = make_settings(tmp_path, clean_db, rate_limit_model_per_client="3/minute")
    with TestClient(create_app(settings)) as c:
        token, h = _login(c)
        s = _start(c, h, max_questions=10)  # the start is a model call too: two answers are left
        with c.websocket_connect(f"/ai-interview/sessions/{s['id']}/ws?token={token}") as ws:
            ws.receive_json()
            for n in range(2):
                ws.send_json({"message": f"{ANSWER} ({n})"})
                assert ws.receive_json() == {"type": "received"}
                assert _reply(ws)[1]["type"] == "turn"
            ws.send_json({"message": ANSWER})
            limited = ws.receive_json()
            assert limited["type"] == "error" and limited["status"] == 429, limited
            ws.send_json({"type": "ping"})
            assert ws.receive_json() == {"type": "pong"}
        rest = c.post(f"/ai-interview/sessions/{s['id']}/message", headers=h, json={"message": ANSWER})
        assert rest.status_code == 429
        answers = [i for i in c.get(f"/ai-interview/sessions/{s['id']}", headers=h).json()["interactions"]
                   if i["role"] == "candidate"]
        assert len(answers) == 2


def test_a_logout_ends_the_sockets_turns_as_it_ends_rest_calls(sync_client):
    token, h = _login(sync_client)
    s = _start(sync_client, h, max_questions=4)
    with sync_client.websocket_connect(f"/ai-interview/sessions/{s['id']}/ws?token={token}") as ws:
        ws.receive_json()
        ws.send_text(json.dumps({"message": ANSWER}))
        assert _reply(ws)[1]["type"] == "turn"
        assert sync_client.post("/auth/logout", headers=h).status_code in (200, 204)
        ws.send_text(json.dumps({"message": ANSWER}))
        _, refused = _reply(ws)
        assert refused["type"] == "error" and refused["status"] == 401
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_json()
        assert closed.value.code == 4401
    # The answer sent after the logout was not recorded.
    token2 = sync_client.post("/auth/login", json={"email": "ws@example.com", "password": "secret-pw"}).json()["token"]
    turns = sync_client.get(f"/ai-interview/sessions/{s['id']}", headers=bearer(token2)).json()["interactions"]
    assert [t["role"] for t in turns] == ["interviewer", "candidate", "interviewer"]


def _short_lived(settings, token: str, seconds: float) -> str:  # noqa: ANN001
    """The same login's access token, as the server would issue it with a lifetime of `seconds`."""
    secret = settings.secret_key.get_secret_value()
    claims = jwt.decode(token, secret, algorithms=[settings.jwt_algorithm])
    return jwt.encode({**claims, "exp": int(time.time() + seconds)}, secret, algorithm=settings.jwt_algorithm)


def test_a_socket_that_outlives_its_token_asks_for_a_fresh_one_and_loses_nothing(sync_client, settings,
                                                                                  monkeypatch):
    token, h = _login(sync_client)
    s = _start(sync_client, h, max_questions=4)
    brief = _short_lived(settings, token, 60)
    with sync_client.websocket_connect(f"/ai-interview/sessions/{s['id']}/ws?token={brief}") as ws:
        ws.receive_json()
        ws.send_json({"message": ANSWER})
        assert _reply(ws)[1]["type"] == "turn"
        # The token runs out while the socket is open: the socket's clock moves past its expiry. (A real wait for a
        # token of a second or two could run out on a busy machine before the first answer was taken.)
        expired_at = jwt.decode(brief, options={"verify_signature": False})["exp"]
        monkeypatch.setattr(realtime, "time", SimpleNamespace(time=lambda: expired_at + 1))
        ws.send_json({"type": "chunk", "text": "I led the on-call rotation"})
        ws.send_json({"type": "final", "text": ""})
        _, refused = _reply(ws)
        assert refused["type"] == "error" and refused["status"] == 401 and '"auth"' in refused["detail"]
        # The same socket goes on with a fresh token; the chunks spoken before the refusal are the answer.
        ws.send_json({"type": "auth", "token": token})
        ws.send_json({"type": "final", "text": ""})
        frames, turn = _reply(ws)
        assert turn["type"] == "turn" and {"type": "received"} in frames
    turns = sync_client.get(f"/ai-interview/sessions/{s['id']}", headers=h).json()["interactions"]
    assert [t["content"] for t in turns if t["role"] == "candidate"] == [ANSWER, "I led the on-call rotation"]


def test_a_re_auth_frame_with_a_bad_or_foreign_token_closes_the_socket(sync_client):
    token, h = _login(sync_client)
    s = _start(sync_client, h)
    other_token, _ = _login(sync_client, "someone-else@example.com")
    for bad in ("garbage", other_token, 42):
        with sync_client.websocket_connect(f"/ai-interview/sessions/{s['id']}/ws?token={token}") as ws:
            ws.receive_json()
            ws.send_json({"type": "auth", "token": bad})
            with pytest.raises(WebSocketDisconnect) as closed:
                ws.receive_json()
            assert closed.value.code == 4401, bad


# --- Server-Sent Events ----------------------------------------------------------------------------------------


def _events(body: str) -> list[tuple[str, dict]]:
    out = []
    for block in body.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.split("\n") if ": " in line)
        out.append((fields["event"], json.loads(fields["data"])))
    return out


async def test_streamed_turn_matches_the_rest_reply(client, user_headers):
    s = (await client.post("/ai-interview/sessions", headers=user_headers,
                           json={"title": "sse", "interview_type": "behavioral", "max_questions": 2})).json()
    r = await client.post(f"/ai-interview/sessions/{s['id']}/message/stream", headers=user_headers,
                          json={"message": ANSWER})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = _events(r.text)
    kinds = [k for k, _ in events]
    assert kinds[-1] == "turn" and set(kinds[:-1]) == {"token"}
    turn = events[-1][1]
    assert set(turn) == TURN_FIELDS
    assert "".join(e["text"] for k, e in events[:-1]) == turn["response"]
    # The next REST turn continues from the streamed one: it was recorded like any other.
    detail = (await client.get(f"/ai-interview/sessions/{s['id']}", headers=user_headers)).json()
    assert [t["role"] for t in detail["interactions"]] == ["interviewer", "candidate", "interviewer"]
    assert detail["interactions"][2]["content"] == turn["response"]


async def test_stream_errors_before_and_after_it_starts(client, user_headers, app):
    s = (await client.post("/ai-interview/sessions", headers=user_headers,
                           json={"title": "sse", "interview_type": "behavioral", "max_questions": 1})).json()
    url = f"/ai-interview/sessions/{s['id']}/message/stream"
    assert (await client.post("/ai-interview/sessions/999/message/stream", headers=user_headers,
                              json={"message": ANSWER})).status_code == 404
    assert (await client.post(url, headers=user_headers, json={"message": ""})).status_code == 422
    # A turn already in progress (another worker holds the lease): refused before the stream starts, so a plain
    # 409 as /message gives.
    async with app.state.db_sessions() as db:
        await db.execute(update(AIInterviewSession).where(AIInterviewSession.id == s["id"]).values(
            lease_token="someone-else", lease_expires_at=datetime.now(UTC) + timedelta(minutes=5)))
        await db.commit()
    raced = await client.post(url, headers=user_headers, json={"message": ANSWER})
    assert raced.status_code == 409 and raced.json() == {
        "detail": "Another message for this interview is still being processed; retry shortly"}
    async with app.state.db_sessions() as db:
        await db.execute(update(AIInterviewSession).where(AIInterviewSession.id == s["id"])
                         .values(lease_token=None, lease_expires_at=None))
        await db.commit()
    finished = _events((await client.post(url, headers=user_headers, json={"message": "let's stop here"})).text)
    assert finished[-1][1]["is_complete"] is True
    assert (await client.post(url, headers=user_headers, json={"message": ANSWER})).status_code == 409
    async with app.state.db_sessions() as db:
        rows = (await db.scalars(select(AIInterviewInteraction.role)
                                 .where(AIInterviewInteraction.session_id == s["id"]))).all()
    assert rows == ["interviewer", "candidate", "interviewer"]


async def test_a_streamed_retry_gets_the_recorded_turn_and_records_nothing_twice(client, user_headers, app):
    s = (await client.post("/ai-interview/sessions", headers=user_headers,
                           json={"title": "sse", "interview_type": "behavioral", "max_questions": 1})).json()
    url = f"/ai-interview/sessions/{s['id']}/message/stream"
    keyed = {**user_headers, "Idempotency-Key": "answer-1"}
    first = _events((await client.post(url, headers=keyed, json={"message": ANSWER})).text)
    assert first[-1][0] == "turn" and first[-1][1]["is_complete"] is True
    # The interview ended with that answer; a retry of it still gets its reply, as one `turn` event.
    again = await client.post(url, headers=keyed, json={"message": ANSWER})
    assert again.status_code == 200 and _events(again.text) == [first[-1]]
    assert (await client.post(url, headers=user_headers, json={"message": ANSWER})).status_code == 409
    async with app.state.db_sessions() as db:
        rows = (await db.scalars(select(AIInterviewInteraction.role)
                                 .where(AIInterviewInteraction.session_id == s["id"]))).all()
    assert rows.count("candidate") == 1


async def test_a_model_that_stops_mid_reply_leaves_the_words_shown_in_the_transcript(tmp_path, clean_db):
    """The only model drops the connection after a few words: the offline interviewer continues after a break, and
    the stored and returned reply is exactly what the candidate was shown."""
    from tests.stubs.openai_stub import StubServer

    with StubServer() as stub:
        settings = make_settings(tmp_path, clean_db, openai_api_key="sk-test", openai_base_url=f"{stub.url}/v1",
                                 llm_max_retries=0)
        application = create_app(settings)
        async with application.router.lifespan_context(application):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=application), base_url="http://t") as c:
                h = bearer((await register(c))["token"])
                s = (await c.post("/ai-interview/sessions", headers=h,
                                  json={"title": "sse", "interview_type": "technical"})).json()
                stub.state.break_after = 4
                r = await c.post(f"/ai-interview/sessions/{s['id']}/message/stream", headers=h,
                                 json={"message": ANSWER})
                events = _events(r.text)
                shown = "".join(e["text"] for k, e in events if k == "token").strip()
                turn = events[-1][1]
                assert turn["mode"] == "offline" and shown == turn["response"]
                assert shown.startswith("STUB QUESTION") and "…" in shown and len(shown.split("…")[1]) > 20
                detail = (await c.get(f"/ai-interview/sessions/{s['id']}", headers=h)).json()
                assert detail["interactions"][-1]["content"] == shown


async def test_stream_with_a_model_sends_its_tokens(tmp_path, clean_db):
    from tests.stubs.openai_stub import StubServer

    with StubServer() as stub:
        settings = make_settings(tmp_path, clean_db, openai_api_key="sk-test", openai_base_url=f"{stub.url}/v1")
        application = create_app(settings)
        async with application.router.lifespan_context(application):
            transport = httpx.ASGITransport(app=application)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
                h = bearer((await register(c))["token"])
                s = (await c.post("/ai-interview/sessions", headers=h,
                                  json={"title": "sse", "interview_type": "technical"})).json()
                r = await c.post(f"/ai-interview/sessions/{s['id']}/message/stream", headers=h,
                                 json={"message": ANSWER})
                events = _events(r.text)
                tokens = [e["text"] for k, e in events if k == "token"]
                turn = events[-1][1]
                assert turn["mode"] == "llm" and turn["provider"] == "openai"
                assert len(tokens) > 3 and "".join(tokens).strip() == turn["response"]
                assert stub.state.last_body["stream"] is True
