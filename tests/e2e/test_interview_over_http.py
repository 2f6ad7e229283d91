"""The interview over real HTTP against the server started as the README says: every interview type offline, and
an interview that survives `kill -9` of the server."""

from __future__ import annotations

import httpx
import pytest

from tests.e2e.server import ServerProcess, server_env

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ANSWER = ("At my previous company I was responsible for our checkout API. I profiled it, found an N+1 query and "
          "added a cache for merchant settings. As a result p99 latency dropped from 1.2 seconds to 300 ms and "
          "errors fell by 80%.")


@pytest.fixture
def server(tmp_path, clean_db):
    srv = ServerProcess(server_env(tmp_path, clean_db), tmp_path / "server.log").start()
    yield srv
    srv.stop()


def _login(c: httpx.Client, email: str = "iv@example.com") -> dict[str, str]:
    r = c.post("/auth/register", json={"email": email, "password": "secret-pw", "name": "Ivy Candidate"})
    if r.status_code == 400:
        r = c.post("/auth/login", json={"email": email, "password": "secret-pw"})
    return {"Authorization": f"Bearer {r.json()['token']}"}


def test_every_interview_type_offline_over_http(server):
    with httpx.Client(base_url=server.url, timeout=30) as c:
        h = _login(c)
        c.post("/ai-interview/profile", headers=h, json={"current_role": "Backend Engineer",
                                                         "current_company": "Globex", "years_of_experience": 6})
        for kind in ["behavioral", "technical", "case", "system_design", "general", "mixed"]:
            start = c.post("/ai-interview/sessions", headers=h,
                           json={"title": kind, "interview_type": kind, "max_questions": 5})
            assert start.status_code == 201 and start.json()["mode"] == "offline"
            sid = start.json()["id"]
            reply = start.json()
            for _ in range(15):
                if reply["is_complete"]:
                    break
                reply = c.post(f"/ai-interview/sessions/{sid}/message", headers=h, json={"message": ANSWER}).json()
            assert reply["is_complete"] is True
            turns = c.get(f"/ai-interview/sessions/{sid}", headers=h).json()["interactions"]
            mains = [t for t in turns if t["role"] == "interviewer" and not t["is_follow_up"] and t["phase"] != "closing"]
            assert [t["question_number"] for t in mains] == [1, 2, 3, 4, 5]
            assert len({t["content"] for t in mains}) == 5, f"{kind}: a question repeated"
            assert "Globex" in mains[0]["content"]  # resume/profile-aware opening
            phases = [t["phase"] for t in mains[1:]]
            if kind == "behavioral":
                assert set(phases) == {"behavioral"}
            if kind == "case":
                assert set(phases) == {"case"}
            if kind == "technical":
                assert phases[-1] == "system_design"  # six years: senior, so the role calls for system design
            assert all(t["mode"] == "offline" for t in turns if t["role"] == "interviewer")


def test_interview_survives_kill_minus_nine(tmp_path, clean_db):
    env = server_env(tmp_path, clean_db)
    first = ServerProcess(env, tmp_path / "server1.log").start()
    try:
        with httpx.Client(base_url=first.url, timeout=30) as c:
            h = _login(c, "durable@example.com")
            start = c.post("/ai-interview/sessions", headers=h,
                           json={"title": "durable", "interview_type": "behavioral", "max_questions": 4}).json()
            sid = start["id"]
            r1 = c.post(f"/ai-interview/sessions/{sid}/message", headers=h, json={"message": ANSWER}).json()
            r2 = c.post(f"/ai-interview/sessions/{sid}/message", headers=h, json={"message": ANSWER}).json()
            before = c.get(f"/ai-interview/sessions/{sid}", headers=h).json()["interactions"]
    finally:
        first.kill_hard()

    second = ServerProcess(env, tmp_path / "server2.log", port=first.port).start()
    try:
        with httpx.Client(base_url=second.url, timeout=30) as c:
            h = _login(c, "durable@example.com")
            after_restart = c.get(f"/ai-interview/sessions/{sid}", headers=h).json()["interactions"]
            assert [(t["role"], t["content"]) for t in after_restart] == [(t["role"], t["content"]) for t in before]
            r3 = c.post(f"/ai-interview/sessions/{sid}/message", headers=h, json={"message": ANSWER})
            assert r3.status_code == 200
            nxt = r3.json()
            assert nxt["question_number"] >= r2["question_number"] >= r1["question_number"]
            assert nxt["response"] not in {t["content"] for t in before}
            final = c.get(f"/ai-interview/sessions/{sid}", headers=h).json()["interactions"]
            assert final[: len(before)] == before and len(final) == len(before) + 2
    finally:
        second.stop()


def test_a_crash_mid_turn_frees_the_interview_within_the_lease(tmp_path, clean_db):
    """kill -9 while a turn waits on the model: the dead worker's lease lapses after TURN_LEASE_SECONDS (its
    heartbeat stopped), so the retry is answered instead of getting 409 for minutes."""
    import threading
    import time

    from tests.stubs.openai_stub import StubServer

    with StubServer() as stub:
        env = server_env(tmp_path, clean_db, OPENAI_API_KEY="sk-test", OPENAI_BASE_URL=f"{stub.url}/v1",
                         TURN_LEASE_SECONDS="2", LLM_DEADLINE_SECONDS="60", LLM_TIMEOUT_SECONDS="60")
        first = ServerProcess(env, tmp_path / "server1.log").start()
        try:
            with httpx.Client(base_url=first.url, timeout=30) as c:
                h = _login(c, "crash@example.com")
                sid = c.post("/ai-interview/sessions", headers=h,
                             json={"title": "crash", "interview_type": "behavioral", "max_questions": 3}).json()["id"]
                stub.state.mode = "timeout"  # the model call of the next turn hangs

                def doomed() -> None:
                    try:
                        c.post(f"/ai-interview/sessions/{sid}/message", headers=h, json={"message": ANSWER},
                               timeout=60)
                    except httpx.HTTPError:
                        pass

                thread = threading.Thread(target=doomed)
                thread.start()
                deadline = time.monotonic() + 60
                while stub.state.requests < 2:  # the turn is now inside its model call, holding the lease
                    assert time.monotonic() < deadline, "the turn never reached its model call"
                    time.sleep(0.05)
        finally:
            first.kill_hard()
        thread.join(10)
        stub.state.mode = "ok"
        second = ServerProcess(env, tmp_path / "server2.log", port=first.port).start()
        try:
            with httpx.Client(base_url=second.url, timeout=30) as c:
                h = _login(c, "crash@example.com")
                time.sleep(2.5)  # past the dead worker's lease
                retry = c.post(f"/ai-interview/sessions/{sid}/message", headers=h, json={"message": ANSWER})
                assert retry.status_code == 200, retry.text
                turns = c.get(f"/ai-interview/sessions/{sid}", headers=h).json()["interactions"]
                assert [t["role"] for t in turns] == ["interviewer", "candidate", "interviewer"]
        finally:
            second.stop()
