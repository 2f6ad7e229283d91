from __future__ import annotations

import asyncio

import pytest

from tests.conftest import bearer, register

GOOD = ("Last year at a retail startup our checkout page failed for about 2% of customers on mobile. I was "
        "responsible for finding the cause. I reproduced it on real devices, traced it to a race between two "
        "payment scripts, and changed the loading order behind a feature flag. As a result checkout errors dropped "
        "from 2% to 0.1% within a week and conversion rose by 3%.")


async def test_drill_lifecycle(client, user_headers):
    created = await client.post("/sessions", json={"title": "Warm-up"}, headers=user_headers)
    assert created.status_code == 201
    drill = created.json()
    assert drill["question"] and drill["user_id"] and {"id", "title", "created_at"} <= set(drill)
    listed = (await client.get("/sessions", headers=user_headers)).json()
    assert [d["id"] for d in listed["sessions"]] == [drill["id"]]
    early = await client.get(f"/sessions/{drill['id']}/feedback", headers=user_headers)
    assert early.status_code == 400
    answered = await client.post(f"/sessions/{drill['id']}/answer", json={"answer": GOOD}, headers=user_headers)
    assert answered.status_code == 200
    analysis = answered.json()["analysis"]
    assert analysis["word_count"] > 50 and 0 <= analysis["overall_score"] <= 100
    done = await client.post(f"/sessions/{drill['id']}/complete?duration_seconds=95", headers=user_headers)
    assert done.status_code == 200 and done.json()["duration_seconds"] == 95
    # Completing again (a retry, another duration) changes nothing, as for an interview.
    again = await client.post(f"/sessions/{drill['id']}/complete?duration_seconds=9", headers=user_headers)
    assert again.status_code == 200 and again.json() == done.json()
    fb = (await client.get(f"/sessions/{drill['id']}/feedback", headers=user_headers)).json()
    assert fb["overall_score"] == analysis["overall_score"]
    assert fb["detailed_feedback"]["strengths"]


async def test_drill_with_own_question_and_weak_answer_scores_lower(client, user_headers):
    q = "Tell me about a time you fixed a production problem."
    a = (await client.post("/sessions", json={"title": "t", "question": q}, headers=user_headers)).json()
    b = (await client.post("/sessions", json={"title": "t", "question": q}, headers=user_headers)).json()
    assert a["question"] == q
    strong = await client.post(f"/sessions/{a['id']}/answer", json={"answer": GOOD}, headers=user_headers)
    weak = await client.post(f"/sessions/{b['id']}/answer",
                             json={"answer": "Um, I fixed a bug once, you know, it was fine."}, headers=user_headers)
    assert strong.json()["overall_score"] > weak.json()["overall_score"] + 15
    assert weak.json()["analysis"]["filler_count"] == 2


async def test_drill_errors(client, user_headers):
    assert (await client.post("/sessions", json={}, headers=user_headers)).status_code == 422
    assert (await client.get("/sessions/12345", headers=user_headers)).status_code == 404
    d = (await client.post("/sessions", json={"title": "t"}, headers=user_headers)).json()
    other = bearer((await register(client, "eve@example.com"))["token"])
    assert (await client.get(f"/sessions/{d['id']}", headers=other)).status_code == 404
    assert (await client.post(f"/sessions/{d['id']}/answer", json={"answer": " "}, headers=user_headers)).status_code == 422
    bad = await client.post(f"/sessions/{d['id']}/complete?duration_seconds=-3", headers=user_headers)
    assert bad.status_code == 422
    # An invisible title is no title; an invisible question is none, so one is drawn from the bank.
    assert (await client.post("/sessions", json={"title": "\u200b \u2060"}, headers=user_headers)).status_code == 422
    drawn = await client.post("/sessions", json={"title": "t", "question": "\u200b\u200b"}, headers=user_headers)
    assert drawn.status_code == 201 and len(drawn.json()["question"]) > 20, drawn.text


@pytest.mark.parametrize("question,expected", [
    ("How do I use the STAR method?", "star-method"),
    ("Any tips for a system design interview?", "system-design-structure"),
    ("I get really nervous before interviews", "nerves-anxiety"),
    ("How should I answer salary expectations?", "salary-talk"),
])
async def test_coach_offline_answers_from_notes(client, user_headers, question, expected):
    r = await client.post("/ai/chat", json={"message": question}, headers=user_headers)
    assert r.status_code == 200
    body = r.json()
    assert body["mode"] == "offline" and body["sources"][0] == expected and len(body["reply"]) > 200


async def test_coach_limits(client, user_headers):
    assert (await client.post("/ai/chat", json={"message": ""}, headers=user_headers)).status_code == 422
    assert (await client.post("/ai/chat", json={"message": "x" * 8001}, headers=user_headers)).status_code == 413
    assert (await client.post("/ai/chat", json={"message": "hi"})).status_code == 401


async def test_a_drill_takes_one_answer(client, user_headers):
    d = (await client.post("/sessions", json={"title": "t"}, headers=user_headers)).json()
    first = await client.post(f"/sessions/{d['id']}/answer", json={"answer": GOOD}, headers=user_headers)
    assert first.status_code == 200
    # The same answer again is a retry: the recorded result.
    retry = await client.post(f"/sessions/{d['id']}/answer", json={"answer": GOOD}, headers=user_headers)
    assert retry.status_code == 200 and retry.json() == first.json()
    other = await client.post(f"/sessions/{d['id']}/answer", json={"answer": "Um, I fixed a bug once."},
                              headers=user_headers)
    assert other.status_code == 409 and "already been answered" in other.json()["detail"]
    kept = (await client.get(f"/sessions/{d['id']}", headers=user_headers)).json()
    assert kept["answer"] == GOOD and kept["overall_score"] == first.json()["overall_score"]


async def test_two_answers_racing_record_one(client, user_headers):
    d = (await client.post("/sessions", json={"title": "t"}, headers=user_headers)).json()
    weak = "Um, I fixed a bug once, you know, it was fine."
    results = await asyncio.gather(*(client.post(f"/sessions/{d['id']}/answer", json={"answer": a},
                                                 headers=user_headers) for a in (GOOD, weak)))
    assert sorted(r.status_code for r in results) == [200, 409], [r.text for r in results]
    winner = next(r for r in results if r.status_code == 200).json()
    assert (await client.get(f"/sessions/{d['id']}", headers=user_headers)).json()["answer"] == winner["answer"]
