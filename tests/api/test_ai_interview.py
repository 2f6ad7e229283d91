"""The interview REST loop (offline interviewer): profile, sessions, messages, follow-ups, completion, races."""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.main import create_app
from tests.conftest import bearer, register
from tests.fakes import fake_gateway

STRONG_ANSWER = (
    "At my last job I was responsible for our payments API, which was timing out for about 3% of requests during "
    "peak hours. I profiled the service, found an N+1 query in the refund path, rewrote it as a single join and "
    "added a read-through cache for merchant settings. As a result p99 latency dropped from 1.8 seconds to 240 "
    "milliseconds and timeout errors fell by 90%, which cut support tickets by about half."
)

PROFILE = {
    "current_role": "Backend Engineer", "current_company": "Acme Pay", "years_of_experience": 4,
    "target_role": "Senior Backend Engineer", "target_companies": ["Stripe"], "technical_skills": ["Python", "Go"],
    "soft_skills": ["mentoring"], "difficulty_preference": "medium", "bio": "I build payment systems.",
}


async def start(client, headers, **overrides) -> dict:
    body = {"title": "Practice", "interview_type": "technical", "max_questions": 3, **overrides}
    r = await client.post("/ai-interview/sessions", json=body, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


async def answer(client, headers, sid, text=STRONG_ANSWER, **extra) -> httpx.Response:
    return await client.post(f"/ai-interview/sessions/{sid}/message", json={"message": text, **extra},
                             headers=headers)


async def test_profile_crud(client, user_headers):
    assert (await client.get("/ai-interview/profile", headers=user_headers)).status_code == 404
    idx = await client.post("/ai-interview/profile/index", headers=user_headers)
    assert idx.status_code == 200 and idx.json()["indexed_chunks"] == 0 and idx.json()["success"] is True
    created = await client.post("/ai-interview/profile", json=PROFILE, headers=user_headers)
    assert created.status_code == 201
    body = created.json()
    assert body["target_companies"] == ["Stripe"] and body["user_id"] and body["created_at"]
    again = await client.post("/ai-interview/profile", json=PROFILE, headers=user_headers)
    assert again.status_code == 400
    reindexed = await client.post("/ai-interview/profile/index", headers=user_headers)
    assert reindexed.json()["indexed_chunks"] >= 1
    assert (await client.get("/ai-interview/profile", headers=user_headers)).json()["index_status"] == "indexed"
    upd = await client.put("/ai-interview/profile", json={"years_of_experience": 5}, headers=user_headers)
    assert upd.status_code == 200
    assert upd.json()["years_of_experience"] == 5 and upd.json()["current_company"] == "Acme Pay"
    bad = await client.put("/ai-interview/profile", json={"difficulty_preference": "extreme"}, headers=user_headers)
    assert bad.status_code == 422
    assert (await client.get("/ai-interview/profile")).status_code == 401


async def test_start_session_contract(client, user_headers):
    await client.post("/ai-interview/profile", json=PROFILE, headers=user_headers)
    body = await start(client, user_headers, max_questions=4)
    assert body["status"] == "active" and body["session_id"] == body["id"]
    assert body["question_number"] == 1 and body["total_questions"] == 4
    assert body["mode"] == "offline" and body["is_follow_up"] is False
    # The opening is about the candidate's own background.
    assert "Backend Engineer" in body["response"] and "Acme Pay" in body["response"]


@pytest.mark.parametrize("payload", [
    {"interview_type": "technical"},
    {"title": "x", "interview_type": "astrology"},
    {"title": "", "interview_type": "technical"},
    {"title": "\u200b\u2060 \ufeff", "interview_type": "technical"},  # nothing anyone can see
    {"title": "x", "interview_type": "technical", "max_questions": 0},
    {"title": "x", "interview_type": "technical", "difficulty_level": "insane"},
])
async def test_start_session_validation(client, user_headers, payload):
    assert (await client.post("/ai-interview/sessions", json=payload, headers=user_headers)).status_code == 422


async def test_unknown_resume_id_is_404(client, user_headers):
    r = await client.post("/ai-interview/sessions", headers=user_headers,
                          json={"title": "x", "interview_type": "technical", "resume_id": 4242})
    assert r.status_code == 404


async def test_a_resume_id_that_is_not_a_number_is_422_not_document_one(client, user_headers):
    """`true` would be read as 1, and "1" as a number: neither names a document."""
    for bad in (True, "1", 1.5):
        r = await client.post("/ai-interview/sessions", headers=user_headers,
                              json={"title": "x", "interview_type": "technical", "resume_id": bad})
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "resume_id"], (bad, r.text)


async def test_full_interview_to_completion(client, user_headers):
    s = await start(client, user_headers, max_questions=3)
    sid = s["id"]
    numbers = [1]
    for _ in range(3 * 3):  # three questions, each with at most two follow-ups
        r = await answer(client, user_headers, sid)
        assert r.status_code == 200, r.text
        numbers.append(r.json()["question_number"])
        if r.json()["is_complete"]:
            break
    last = r.json()
    assert last["is_complete"] is True and last["status"] == "completed"
    assert numbers == sorted(numbers) and set(numbers) == {1, 2, 3}
    detail = (await client.get(f"/ai-interview/sessions/{sid}", headers=user_headers)).json()
    assert detail["status"] == "completed" and detail["completed_at"]
    turns = detail["interactions"]
    assert [t["role"] for t in turns[:2]] == ["interviewer", "candidate"] and turns[-1]["role"] == "interviewer"
    main_questions = [t for t in turns if t["role"] == "interviewer" and not t["is_follow_up"]
                      and t["phase"] != "closing"]
    assert [t["question_number"] for t in main_questions] == [1, 2, 3]
    assert len({t["content"] for t in main_questions}) == 3
    candidate = [t for t in turns if t["role"] == "candidate"]
    assert candidate[0]["analysis"]["word_count"] > 40
    assert candidate[0]["analysis"]["star"]["result"]["present"] is True
    after = await answer(client, user_headers, sid)
    assert after.status_code == 409


async def test_thin_answer_gets_bounded_follow_ups(client, user_headers):
    s = await start(client, user_headers, interview_type="behavioral", max_questions=2)
    sid = s["id"]
    first = await answer(client, user_headers, sid, "I fixed it.")
    assert first.status_code == 200
    assert first.json()["is_follow_up"] is True and first.json()["question_number"] == 1
    second = await answer(client, user_headers, sid, "We changed some things.")
    assert second.json()["is_follow_up"] is True and second.json()["question_number"] == 1
    # At most two follow-ups per question (MAX_FOLLOW_UPS_PER_QUESTION): the third thin answer moves on.
    third = await answer(client, user_headers, sid, "It went fine.")
    assert third.json()["is_follow_up"] is False and third.json()["question_number"] == 2
    detail = (await client.get(f"/ai-interview/sessions/{sid}", headers=user_headers)).json()
    follow = [i for i in detail["interactions"] if i["role"] == "interviewer" and i["is_follow_up"]]
    assert len(follow) == 2 and all(i["question_number"] == 1 for i in follow)


async def test_early_end_by_phrase_and_by_control(client, user_headers):
    s = await start(client, user_headers, max_questions=5)
    r = await answer(client, user_headers, s["id"], "Let's stop here, thanks.")
    assert r.json()["is_complete"] is True and "stop" in r.json()["response"].lower()
    s2 = await start(client, user_headers, max_questions=5)
    r2 = await answer(client, user_headers, s2["id"], STRONG_ANSWER, control="end")
    assert r2.json()["is_complete"] is True
    listed = (await client.get("/ai-interview/sessions", headers=user_headers)).json()
    assert all(x["ended_early"] for x in listed if x["id"] in (s["id"], s2["id"]))


@pytest.mark.parametrize("payload", [{"message": ""}, {"message": "   \n "}, {}, {"message": "x" * 8001},
                                     {"message": "ok", "control": "pause"}])
async def test_bad_messages_are_422(client, user_headers, payload):
    s = await start(client, user_headers)
    r = await client.post(f"/ai-interview/sessions/{s['id']}/message", json=payload, headers=user_headers)
    assert r.status_code == 422
    if "message" in payload and "control" not in payload:  # the field at fault is named, whichever check refused it
        assert r.json()["detail"][0]["loc"][:2] == ["body", "message"], r.text
    # Nothing was lost: the interview still waits on question 1.
    ok = await answer(client, user_headers, s["id"])
    assert ok.status_code == 200 and ok.json()["question_number"] == 2


async def test_other_users_and_unknown_ids_are_404(client, user_headers):
    s = await start(client, user_headers)
    other = bearer((await register(client, "mallory@example.com"))["token"])
    for path in (f"/ai-interview/sessions/{s['id']}", "/ai-interview/sessions/999999", "/ai-interview/sessions/abc"):
        assert (await client.get(path, headers=other)).status_code == 404
    assert (await answer(client, other, s["id"])).status_code == 404
    assert (await client.post(f"/ai-interview/sessions/{s['id']}/complete", headers=other)).status_code == 404
    assert (await client.get("/ai-interview/sessions", headers=other)).json() == []


async def test_ids_written_in_other_digits_are_unknown_ids_not_errors(client, user_headers):
    """"²", "①" and "١" are digits to str.isdigit() but not to int(), and "１" (full width) names no row either."""
    s = await start(client, user_headers)
    full_width = "".join(chr(ord("０") + int(d)) for d in str(s["id"]))  # the session's own id, in other digits
    arabic_indic = "".join(chr(ord("٠") + int(d)) for d in str(s["id"]))
    for raw in ("²", "①", "1²", full_width, arabic_indic):
        for path in (f"/ai-interview/sessions/{raw}", f"/documents/{raw}", f"/ai-interview/schedules/{raw}"):
            assert (await client.get(path, headers=user_headers)).status_code == 404, (path,)


async def test_list_newest_first_and_complete_idempotent(client, user_headers):
    a = await start(client, user_headers, title="first")
    b = await start(client, user_headers, title="second")
    listed = (await client.get("/ai-interview/sessions", headers=user_headers)).json()
    assert isinstance(listed, list) and [x["id"] for x in listed[:2]] == [b["id"], a["id"]]
    c1 = await client.post(f"/ai-interview/sessions/{a['id']}/complete", headers=user_headers)
    c2 = await client.post(f"/ai-interview/sessions/{a['id']}/complete", headers=user_headers)
    assert c1.status_code == c2.status_code == 200
    assert c1.json() == c2.json() and c1.json()["status"] == "completed"
    assert (await answer(client, user_headers, a["id"])).status_code == 409


def held_turns() -> tuple[asyncio.Event, Callable[..., Any], Callable[[], Any]]:
    """A slow model, without a wall-clock guess at how slow: once `racing` is set, a model call waits until a
    message answered by `send` was refused (409), so the turn holding the lease is still open when the other one
    arrives, however busy the machine."""
    racing, refused = asyncio.Event(), asyncio.Event()

    async def send(*args: Any) -> httpx.Response:
        r = await answer(*args)
        if r.status_code == 409:
            refused.set()
        return r

    async def hold_while_racing() -> None:
        if racing.is_set():
            await asyncio.wait_for(refused.wait(), 30)  # no refusal: both got through, and the test fails

    return racing, send, hold_while_racing


async def test_racing_messages_never_answer_one_question_twice(tmp_path, clean_db, settings):
    """A slow model holds the first turn open; the second message for the same session gets 409."""
    app = create_app(settings)
    racing, send, hold = held_turns()
    app.state.model_gateway = fake_gateway(gate=hold)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            h = bearer((await register(c, "racer@example.com"))["token"])
            s = await start(c, h)
            racing.set()
            first, second = await asyncio.gather(send(c, h, s["id"], STRONG_ANSWER),
                                                 send(c, h, s["id"], STRONG_ANSWER + " Also, more."))
            codes = sorted([first.status_code, second.status_code])
            assert codes == [200, 409]
            loser = first if first.status_code == 409 else second
            assert "being processed" in loser.json()["detail"]
            detail = (await c.get(f"/ai-interview/sessions/{s['id']}", headers=h)).json()
            answers_to_q1 = [i for i in detail["interactions"] if i["role"] == "candidate" and i["question_number"] == 1]
            assert len(answers_to_q1) == 1
            # The lease was released: the next message goes through.
            assert (await answer(c, h, s["id"])).status_code == 200


async def test_engine_failure_is_a_clean_500_and_releases_the_turn(app, user_headers):
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        s = await start(c, user_headers)
        graph = app.state.interviews.graph
        real = graph.ainvoke

        async def broken(*args, **kwargs):
            raise RuntimeError("engine bug")

        graph.ainvoke = broken
        try:
            r = await answer(c, user_headers, s["id"])
        finally:
            graph.ainvoke = real
        assert r.status_code == 500 and r.json()["detail"] == "Internal server error"
        retry = await answer(c, user_headers, s["id"])
        assert retry.status_code == 200 and retry.json()["question_number"] in (1, 2)
        detail = (await c.get(f"/ai-interview/sessions/{s['id']}", headers=user_headers)).json()
        assert len([t for t in detail["interactions"] if t["role"] == "candidate"]) == 1


async def test_racing_messages_across_two_workers(settings):
    """Two app instances (two workers) share the database: the lease on the session row serialises turns."""
    apps = [create_app(settings), create_app(settings)]
    racing, send, hold = held_turns()
    for application in apps:
        application.state.model_gateway = fake_gateway(gate=hold)
    async with apps[0].router.lifespan_context(apps[0]), apps[1].router.lifespan_context(apps[1]):
        clients = [httpx.AsyncClient(transport=httpx.ASGITransport(app=a), base_url="http://t") for a in apps]
        h = bearer((await register(clients[0], "two@example.com"))["token"])
        s = await start(clients[0], h)
        racing.set()
        results = await asyncio.gather(send(clients[0], h, s["id"]), send(clients[1], h, s["id"]))
        assert sorted(r.status_code for r in results) == [200, 409]
        detail = (await clients[1].get(f"/ai-interview/sessions/{s['id']}", headers=h)).json()
        assert len([t for t in detail["interactions"] if t["role"] == "candidate"]) == 1
        for c in clients:
            await c.aclose()


async def test_idempotency_key_retry_returns_the_recorded_turn(client, user_headers):
    s = await start(client, user_headers, max_questions=2)
    url = f"/ai-interview/sessions/{s['id']}/message"
    first = await client.post(url, json={"message": STRONG_ANSWER}, headers={**user_headers, "Idempotency-Key": "a1"})
    again = await client.post(url, json={"message": STRONG_ANSWER}, headers={**user_headers, "Idempotency-Key": "a1"})
    assert first.status_code == again.status_code == 200 and again.json() == first.json()
    # The same key for a different answer is a client bug: refused, not answered with the first answer's reply.
    other = await client.post(url, json={"message": "A different answer altogether."},
                              headers={**user_headers, "Idempotency-Key": "a1"})
    assert other.status_code == 422 and "Idempotency-Key" in other.text
    # A new key is a new answer; answering until the end, then replaying the last key still gives its reply
    # (the closing turn), not 409.
    reply, n = first.json(), 2
    while not reply["is_complete"]:
        last_key = f"a{n}"
        reply = (await client.post(url, json={"message": STRONG_ANSWER},
                                   headers={**user_headers, "Idempotency-Key": last_key})).json()
        n += 1
    replay = await client.post(url, json={"message": STRONG_ANSWER}, headers={**user_headers, "Idempotency-Key": last_key})
    assert replay.status_code == 200 and replay.json() == reply and reply["is_complete"]
    fresh = await client.post(url, json={"message": STRONG_ANSWER}, headers={**user_headers, "Idempotency-Key": "new"})
    assert fresh.status_code == 409
    turns = (await client.get(f"/ai-interview/sessions/{s['id']}", headers=user_headers)).json()["interactions"]
    assert len([t for t in turns if t["role"] == "candidate"]) == n - 1
    bad = await client.post(url, json={"message": "x"}, headers={**user_headers, "Idempotency-Key": "a" * 101})
    assert bad.status_code == 422
    # Two keys on one answer: refused, since a retry under either would otherwise record it twice.
    two = await client.post(url, json={"message": STRONG_ANSWER},
                            headers=[*user_headers.items(), ("Idempotency-Key", "k1"), ("Idempotency-Key", "k2")])
    assert two.status_code == 422 and "one Idempotency-Key" in two.text


async def test_one_answer_sent_twice_at_once_with_its_key_is_answered_once(app, user_headers):
    """The same keyed answer sent twice at once (a client that retries before the first reply arrives): the second
    passes the replay check before the first is recorded, then waits for the turn lease. Once it has the lease it
    must find the recorded turn, not answer the question again (which broke the interview for good)."""
    service = app.state.interviews
    first_done, real_acquire = asyncio.Event(), service._acquire_lease
    # Which request is the retry, by its context rather than by arrival order: if the retry reached the lease first,
    # it would take it and the first request would wait for its own end.
    is_retry = contextvars.ContextVar("is_retry", default=False)

    async def acquire(*args, **kwargs):
        if is_retry.get():  # the retry reaches the lease only after the first request has its reply
            await first_done.wait()
        return await real_acquire(*args, **kwargs)

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app, raise_app_exceptions=False),
                                 base_url="http://t") as c:
        s = await start(c, user_headers, max_questions=4)
        url, keyed = f"/ai-interview/sessions/{s['id']}/message", {**user_headers, "Idempotency-Key": "twice"}

        async def first():
            try:
                return await c.post(url, json={"message": STRONG_ANSWER}, headers=keyed)
            finally:
                first_done.set()

        async def retry():
            is_retry.set(True)
            return await c.post(url, json={"message": STRONG_ANSWER}, headers=keyed)

        service._acquire_lease = acquire
        try:
            one, two = await asyncio.gather(first(), retry())
        finally:
            service._acquire_lease = real_acquire
        assert one.status_code == two.status_code == 200 and one.json() == two.json()
        # Many copies at once: each gets the reply or 409 (still being processed), never a 500.
        burst = await asyncio.gather(*(c.post(url, json={"message": STRONG_ANSWER + " Again."},
                                              headers={**user_headers, "Idempotency-Key": "burst"})
                                       for _ in range(12)))
        assert {r.status_code for r in burst} <= {200, 409} and 200 in {r.status_code for r in burst}
        assert len({r.text for r in burst if r.status_code == 200}) == 1
        # The interview goes on.
        assert (await answer(c, user_headers, s["id"])).status_code == 200
        turns = (await c.get(f"/ai-interview/sessions/{s['id']}", headers=user_headers)).json()["interactions"]
    assert [t["content"] for t in turns if t["role"] == "candidate"] == [STRONG_ANSWER, STRONG_ANSWER + " Again.",
                                                                          STRONG_ANSWER]


async def test_retry_after_a_crash_between_checkpoint_and_commit_is_answered_once(app, user_headers):
    """The worker dies after the engine checkpointed the turn but before SQL recorded it (its lease is left
    behind). The client's retry with the same key gets that turn; nothing is recorded twice."""
    from sqlalchemy import update

    from app.models import AIInterviewSession
    from app.services.interview.service import InterviewService

    class Crash(BaseException):
        pass

    service = app.state.interviews
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app, raise_app_exceptions=False),
                                 base_url="http://t") as c:
        s = await start(c, user_headers)
        url, key = f"/ai-interview/sessions/{s['id']}/message", {**user_headers, "Idempotency-Key": "k-1"}

        async def crash(*args, **kwargs):
            raise Crash()

        async def dead_worker_keeps_its_lease(*args, **kwargs):
            return None

        service._persist_and_release, service._release = crash, dead_worker_keeps_its_lease
        try:
            with pytest.raises(Crash):
                await c.post(url, json={"message": STRONG_ANSWER}, headers=key)
        finally:
            del service._persist_and_release, service._release
        blocked = await c.post(url, json={"message": STRONG_ANSWER}, headers=key)
        assert blocked.status_code == 409  # the dead worker's lease has not lapsed yet
        async with app.state.db_sessions() as db:  # ... now it has
            await db.execute(update(AIInterviewSession).values(lease_expires_at=AIInterviewSession.created_at))
            await db.commit()
        retry = await c.post(url, json={"message": STRONG_ANSWER}, headers=key)
        assert retry.status_code == 200
        turns = (await c.get(f"/ai-interview/sessions/{s['id']}", headers=user_headers)).json()["interactions"]
        assert [t["role"] for t in turns] == ["interviewer", "candidate", "interviewer"]
        assert turns[2]["content"] == retry.json()["response"] and turns[1]["content"] == STRONG_ANSWER
        nxt = await answer(c, user_headers, s["id"])
        assert nxt.status_code == 200
        assert len((await c.get(f"/ai-interview/sessions/{s['id']}", headers=user_headers)).json()["interactions"]) == 5
    assert isinstance(service, InterviewService)


async def test_interviewer_turns_say_why_and_on_what_they_judge(client, user_headers):
    s = await start(client, user_headers, interview_type="technical", max_questions=3)
    thin = await answer(client, user_headers, s["id"], "We used Redis for it.")
    assert thin.json()["is_follow_up"] is True
    turns = (await client.get(f"/ai-interview/sessions/{s['id']}", headers=user_headers)).json()["interactions"]
    asked = [t for t in turns if t["role"] == "interviewer"]
    assert asked[0]["reason"] == "opening"  # no resume or profile: the opening comes from the bank
    assert asked[1]["reason"] == "follow_up:too_short"
    assert asked[0]["key_points"] and len(asked[0]["key_points"]) >= 2
    assert [t for t in turns if t["role"] == "candidate"][0]["key_points"] is None


async def test_a_logged_out_token_cannot_answer(client):
    login = await register(client, "gone@example.com")
    h = bearer(login["token"])
    s = await start(client, h)
    with_key = {**h, "Idempotency-Key": "before-logout"}
    assert (await client.post(f"/ai-interview/sessions/{s['id']}/message", json={"message": STRONG_ANSWER},
                              headers=with_key)).status_code == 200
    assert (await client.post("/auth/logout", headers=h)).status_code == 200
    for route in ("message", "message/stream"):  # the stream refuses before it starts, like the plain turn
        for headers in (h, with_key):  # a new answer, and a replay of a recorded one
            r = await client.post(f"/ai-interview/sessions/{s['id']}/{route}", json={"message": STRONG_ANSWER},
                                  headers=headers)
            assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer", (route, r.text)
    forged = await client.post(f"/ai-interview/sessions/{s['id']}/message", json={"message": STRONG_ANSWER},
                               headers=bearer(login["token"][:-3] + "abc"))
    assert forged.status_code == 401


async def test_out_of_range_resume_id_is_404(client, user_headers):
    """Found by the fuzz test on PostgreSQL: an id past the column's range is an unknown id, not a 500."""
    for bad in (10000000000001, 0, -5):
        r = await client.post("/ai-interview/sessions", headers=user_headers,
                              json={"title": "x", "interview_type": "behavioral", "resume_id": bad})
        assert r.status_code == 404, (bad, r.text)


RESUME = (Path(__file__).resolve().parents[1] / "data" / "documents" / "resume_backend.md").read_text()
JD = (Path(__file__).resolve().parents[1] / "data" / "documents" / "jd_backend_senior.txt").read_text()


async def main_questions(client, headers, sid) -> list[dict]:
    turns = (await client.get(f"/ai-interview/sessions/{sid}", headers=headers)).json()["interactions"]
    return [t for t in turns if t["role"] == "interviewer" and not t["is_follow_up"] and t["phase"] != "closing"]


async def test_consecutive_sessions_share_no_main_question_and_probe_the_resume(client, user_headers):
    up = await client.post("/documents/resume", files={"file": ("resume.md", RESUME.encode(), "text/markdown")},
                           headers=user_headers)
    assert up.status_code in {200, 201, 202}, up.text
    seen: list[str] = []
    openings = []
    for kind in ("technical", "behavioral", "mixed"):
        s = await start(client, user_headers, interview_type=kind, max_questions=5, job_description=JD)
        for _ in range(12):  # answer through to the end, so every main question is asked and recorded
            r = await answer(client, user_headers, s["id"])
            if r.json()["is_complete"]:
                break
        asked = await main_questions(client, user_headers, s["id"])
        assert len(asked) == 5
        texts = [t["content"] for t in asked]
        assert not set(texts) & set(seen), "a main question came back in a later session"
        seen += texts
        openings.append(asked[0]["content"].split("\n\n")[-1])
        reasons = [t["reason"] for t in asked]
        assert "resume_claim" in reasons and "jd_gap" in reasons, reasons
        assert all(t["key_points"] for t in asked)
    assert len(set(openings)) == 3


async def test_weak_areas_of_an_earlier_assessment_steer_the_next_plan(client, user_headers):
    s = await start(client, user_headers, interview_type="behavioral", max_questions=2)
    for _ in range(8):
        r = await answer(client, user_headers, s["id"], "We did some stuff and it was fine I guess.")
        if r.json()["is_complete"]:
            break
    assessed = (await client.post(f"/ai-interview/sessions/{s['id']}/assess", headers=user_headers)).json()
    weakest = [w["dimension"] for w in assessed["weakest_areas"]]
    s2 = await start(client, user_headers, interview_type="behavioral", max_questions=2)
    await answer(client, user_headers, s2["id"], "I don't know.")
    reasons = [t["reason"] for t in await main_questions(client, user_headers, s2["id"])]
    steered = [r for r in reasons if r.startswith("past_weak_area:")]
    assert steered and steered[0].split(":", 1)[1] in weakest, (reasons, weakest)


async def test_a_resume_deleted_while_its_interview_starts_is_a_404_not_a_500(app, user_headers):
    """Another tab deletes the resume between the start's ownership check and its insert: the interview is refused
    cleanly (404 for the resume named, 409 for the latest resume picked for the candidate), nothing is half made,
    and the next start works."""
    service = app.state.interviews
    real = service._document
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        async def upload() -> int:
            r = await c.post("/documents/resume", files={"file": ("resume.md", RESUME.encode(), "text/markdown")},
                             headers=user_headers)
            assert r.status_code == 201
            return r.json()["id"]

        async def deleted_meanwhile(db, user, kind, doc_id):
            doc = await real(db, user, kind, doc_id)
            if kind == "resume" and doc is not None:
                assert (await c.delete(f"/documents/{doc.id}", headers=user_headers)).status_code == 204
            return doc

        named, service._document = await upload(), deleted_meanwhile
        try:
            by_id = await c.post("/ai-interview/sessions", headers=user_headers,
                                 json={"title": "t", "interview_type": "behavioral", "resume_id": named})
            await upload()
            latest = await c.post("/ai-interview/sessions", headers=user_headers,
                                  json={"title": "t", "interview_type": "behavioral"})
        finally:
            service._document = real
        assert by_id.status_code == 404 and "Resume" in by_id.json()["detail"]
        assert latest.status_code == 409 and "deleted" in latest.json()["detail"]
        assert (await c.get("/ai-interview/sessions", headers=user_headers)).json() == []
        assert (await c.post("/ai-interview/sessions", headers=user_headers,
                             json={"title": "t", "interview_type": "behavioral"})).status_code == 201
