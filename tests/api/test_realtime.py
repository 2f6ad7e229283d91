"""The interview over a WebSocket, with the real app (Starlette's test client runs its lifespan)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from app.main import create_app

ANSWER = ("At my last job I was responsible for the billing service. I rewrote the retry logic and added "
          "idempotency keys. As a result duplicate charges dropped from 40 a week to zero.")


@pytest.fixture
def sync_client(settings):
    with TestClient(create_app(settings)) as client:
        yield client


def _login(c: TestClient) -> tuple[str, dict[str, str]]:
    token = c.post("/auth/register", json={"email": "ws@example.com", "password": "secret-pw", "name": "W"}).json()
    return token["token"], {"Authorization": f"Bearer {token['token']}"}


def test_interview_over_websocket(sync_client):
    token, h = _login(sync_client)
    s = sync_client.post("/ai-interview/sessions", headers=h,
                         json={"title": "ws", "interview_type": "behavioral", "max_questions": 2}).json()
    with sync_client.websocket_connect(f"/ai-interview/sessions/{s['id']}/ws?token={token}") as ws:
        ready = ws.receive_json()
        assert ready["type"] == "ready" and ready["response"] == s["response"]
        ws.send_text("not json")
        assert ws.receive_json()["status"] == 422
        ws.send_json({"message": "   "})
        assert ws.receive_json()["type"] == "error"
        turns = []
        for _ in range(8):
            ws.send_json({"message": ANSWER})
            assert ws.receive_json() == {"type": "received"}
            turn = ws.receive_json()
            assert turn["type"] == "turn"
            turns.append(turn)
            if turn["is_complete"]:
                break
        assert turns[-1]["is_complete"] and turns[-1]["status"] == "completed"
        with pytest.raises(WebSocketDisconnect):
            ws.receive_json()
    detail = sync_client.get(f"/ai-interview/sessions/{s['id']}", headers=h).json()
    assert detail["status"] == "completed"
    assert len([t for t in detail["interactions"] if t["role"] == "candidate"]) == len(turns)


def test_websocket_rejects_bad_token_and_foreign_session(sync_client):
    token, h = _login(sync_client)
    s = sync_client.post("/ai-interview/sessions", headers=h,
                         json={"title": "ws", "interview_type": "behavioral"}).json()
    for url, code in ((f"/ai-interview/sessions/{s['id']}/ws?token=garbage", 4401),
                      (f"/ai-interview/sessions/999/ws?token={token}", 4404),
                      (f"/ai-interview/sessions/abc/ws?token={token}", 4404)):
        with pytest.raises(WebSocketDisconnect) as closed:
            with sync_client.websocket_connect(url) as ws:
                ws.receive_json()
        assert closed.value.code == code
