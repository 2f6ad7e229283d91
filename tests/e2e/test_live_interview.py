"""The live interview over a real server process: Server-Sent Events (with a client that leaves mid-stream) and the
WebSocket, as a browser or a voice client would use them."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest
import websockets

from tests.e2e.server import ServerProcess, server_env

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ANSWER = ("At my previous company I was responsible for our checkout API. I profiled it, found an N+1 query and "
          "added a cache for merchant settings. As a result p99 latency dropped from 1.2 seconds to 300 ms.")


@pytest.fixture
def server(tmp_path, clean_db):
    srv = ServerProcess(server_env(tmp_path, clean_db), tmp_path / "server.log").start()
    yield srv
    srv.stop()


def _login(c: httpx.Client) -> tuple[str, dict[str, str]]:
    token = c.post("/auth/register", json={"email": "live@example.com", "password": "secret-pw",
                                           "name": "Liv"}).json()["token"]
    return token, {"Authorization": f"Bearer {token}"}


def test_a_client_leaving_mid_stream_loses_nothing(server):
    with httpx.Client(base_url=server.url, timeout=30) as c:
        _, h = _login(c)
        s = c.post("/ai-interview/sessions", headers=h,
                   json={"title": "live", "interview_type": "behavioral", "max_questions": 3}).json()
        with c.stream("POST", f"/ai-interview/sessions/{s['id']}/message/stream", headers=h,
                      json={"message": ANSWER}) as r:
            assert r.status_code == 200
            for line in r.iter_lines():
                if line.startswith("event: token"):
                    break  # the client goes away after the first token
        deadline = time.monotonic() + 60  # the turn finishes on the server anyway (soon, unless the machine is busy)
        while True:
            turns = c.get(f"/ai-interview/sessions/{s['id']}", headers=h).json()["interactions"]
            if len(turns) == 3 or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert [t["role"] for t in turns] == ["interviewer", "candidate", "interviewer"]
        # Recorded once: the interview continues from it.
        nxt = c.post(f"/ai-interview/sessions/{s['id']}/message", headers=h, json={"message": ANSWER})
        assert nxt.status_code == 200
        assert len(c.get(f"/ai-interview/sessions/{s['id']}", headers=h).json()["interactions"]) == 5


def test_websocket_interview_over_the_network(server):
    with httpx.Client(base_url=server.url, timeout=30) as c:
        token, h = _login(c)
        s = c.post("/ai-interview/sessions", headers=h,
                   json={"title": "live", "interview_type": "behavioral", "max_questions": 2}).json()

    async def talk() -> list[dict]:
        url = server.url.replace("http://", "ws://") + f"/ai-interview/sessions/{s['id']}/ws"
        async with websockets.connect(url) as ws:
            await ws.send(json.dumps({"type": "auth", "token": token}))
            assert json.loads(await ws.recv())["type"] == "ready"
            turns = []
            while True:
                await ws.send(json.dumps({"message": ANSWER}))
                tokens = []
                while True:
                    frame = json.loads(await ws.recv())
                    if frame["type"] == "token":
                        tokens.append(frame["text"])
                    elif frame["type"] == "turn":
                        assert "".join(tokens) == frame["response"]
                        turns.append(frame)
                        break
                if frame["is_complete"]:
                    break
            with pytest.raises(websockets.ConnectionClosedOK):
                await ws.recv()
            return turns

    turns = asyncio.run(talk())
    assert turns[-1]["status"] == "completed" and len(turns) >= 2

    async def refused() -> int:
        url = server.url.replace("http://", "ws://") + f"/ai-interview/sessions/{s['id']}/ws?token=forged"
        async with websockets.connect(url) as ws:
            with pytest.raises(websockets.ConnectionClosed) as closed:
                await ws.recv()
        return closed.value.rcvd.code

    assert asyncio.run(refused()) == 4401  # readable by the client: the server accepted, then closed


def test_an_answer_sent_over_the_websocket_just_before_the_client_closes_is_taken(server):
    """A voice client that sends its final words and hangs up at once: the answer is still recorded, once, and the
    interview goes on from it. Also a client that leaves before authenticating leaves no error in the log."""
    with httpx.Client(base_url=server.url, timeout=30) as c:
        token, h = _login(c)
        sessions = [c.post("/ai-interview/sessions", headers=h, json={
            "title": f"hang-up {n}", "interview_type": "behavioral", "max_questions": 3}).json() for n in range(4)]

    async def send_and_leave(session_id: int) -> None:
        url = server.url.replace("http://", "ws://") + f"/ai-interview/sessions/{session_id}/ws?token={token}"
        async with websockets.connect(url) as ws:
            assert json.loads(await ws.recv())["type"] == "ready"
            await ws.send(json.dumps({"message": ANSWER}))
        # leaving the block closes the socket before any reply

    async def leave_unauthenticated() -> None:
        url = server.url.replace("http://", "ws://") + f"/ai-interview/sessions/{sessions[0]['id']}/ws"
        async with websockets.connect(url):
            pass

    async def main() -> None:
        await asyncio.gather(*(send_and_leave(s["id"]) for s in sessions), leave_unauthenticated())

    asyncio.run(main())
    with httpx.Client(base_url=server.url, timeout=30) as c:
        deadline = time.monotonic() + 60  # the four turns finish on the server (soon, unless the machine is busy)
        for s in sessions:
            while True:
                turns = c.get(f"/ai-interview/sessions/{s['id']}", headers=h).json()["interactions"]
                if len(turns) >= 3 or time.monotonic() > deadline:
                    break
                time.sleep(0.1)
            assert [t["role"] for t in turns] == ["interviewer", "candidate", "interviewer"], s["id"]
            assert turns[1]["content"] == ANSWER
    assert "Traceback" not in server.log()
