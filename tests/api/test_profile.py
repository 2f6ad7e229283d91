"""Free-form profile fields are bounded: what a client may store can always be read back."""

from __future__ import annotations

import asyncio

from sqlalchemy import update

from app.models import UserProfile
from tests.conftest import error_text

PROFILE = {
    "current_role": "Backend Engineer", "target_role": "Senior Backend Engineer",
    "education": [{"school": "University of Leeds", "degree": "BSc Computer Science", "year": 2016,
                   "courses": [{"name": "Distributed systems", "grade": "A"}]}, "MSc Data Science, 2018"],
    "certifications": ["AWS Solutions Architect", {"name": "CKA", "year": 2022}],
    "interview_preferences": {"focus": ["system design", "behavioral"], "length_minutes": 30,
                              "voice": {"speed": "normal", "accent": None}},
}


def nested(levels: int) -> dict:
    value: dict = {"leaf": True}
    for _ in range(levels):
        value = {"a": value}
    return value


async def test_ordinary_free_form_values_are_kept(client, user_headers):
    created = await client.post("/ai-interview/profile", json=PROFILE, headers=user_headers)
    assert created.status_code == 201, created.text
    read = (await client.get("/ai-interview/profile", headers=user_headers)).json()
    assert {k: read[k] for k in ("education", "certifications", "interview_preferences")} == {
        k: PROFILE[k] for k in ("education", "certifications", "interview_preferences")}


async def test_deeply_nested_values_are_refused_and_the_profile_keeps_working(client, user_headers):
    assert (await client.post("/ai-interview/profile", json=PROFILE, headers=user_headers)).status_code == 201
    for field, value in [("interview_preferences", nested(300)), ("education", [nested(300)]),
                         ("certifications", [[[[[["too deep"]]]]]])]:
        r = await client.put("/ai-interview/profile", json={field: value}, headers=user_headers)
        assert r.status_code == 422, (field, r.status_code)
        assert "nested more than" in error_text(r)
        assert r.json()["detail"][0]["loc"][-1] == field
    r = await client.post("/ai-interview/profile", json={"interview_preferences": nested(300)},
                          headers=user_headers)
    assert r.status_code == 422
    got = await client.get("/ai-interview/profile", headers=user_headers)
    assert got.status_code == 200 and got.json()["interview_preferences"] == PROFILE["interview_preferences"]
    put = await client.put("/ai-interview/profile", json={"interview_preferences": {"focus": ["dsa"]}},
                           headers=user_headers)
    assert put.status_code == 200 and put.json()["interview_preferences"] == {"focus": ["dsa"]}


async def test_oversized_free_form_values_are_refused_without_echoing_them(client, user_headers):
    assert (await client.post("/ai-interview/profile", json=PROFILE, headers=user_headers)).status_code == 201
    huge = "x" * (10 * 1024 * 1024)  # one 10 MB entry, under the 12 MB request cap
    many = [f"Course number {i} in applied distributed systems and data engineering" for i in range(20)]
    for body in ({"education": [huge]}, {"interview_preferences": {"notes": huge}},
                 {"interview_preferences": {f"k{i}": many for i in range(30)}}):  # 600 entries, ~40 KB
        r = await client.put("/ai-interview/profile", json=body, headers=user_headers)
        assert r.status_code == 422
        assert len(r.content) < 2000  # the refused value is not sent back
    assert (await client.get("/ai-interview/profile", headers=user_headers)).json()["education"] == PROFILE[
        "education"]


async def test_a_stored_value_out_of_bounds_does_not_break_reads(client, user_headers, app):
    """A value stored before the bounds existed: the profile still reads (that field as null) and a PUT
    replaces it."""
    assert (await client.post("/ai-interview/profile", json=PROFILE, headers=user_headers)).status_code == 201
    async with app.state.db_sessions() as db:
        await db.execute(update(UserProfile).values(interview_preferences=nested(300)))
        await db.commit()
    got = await client.get("/ai-interview/profile", headers=user_headers)
    assert got.status_code == 200 and got.json()["interview_preferences"] is None
    assert got.json()["education"] == PROFILE["education"]
    put = await client.put("/ai-interview/profile", json={"target_role": "Staff Engineer"}, headers=user_headers)
    assert put.status_code == 200 and put.json()["target_role"] == "Staff Engineer"
    fixed = await client.put("/ai-interview/profile", json={"interview_preferences": {"focus": ["dsa"]}},
                             headers=user_headers)
    assert fixed.status_code == 200 and fixed.json()["interview_preferences"] == {"focus": ["dsa"]}


async def test_racing_first_profiles_make_one(client, user_headers):
    """A double-clicked save: one profile is created, the other requests get the answer a second POST gets."""
    results = await asyncio.gather(*(client.post("/ai-interview/profile", headers=user_headers,
                                                 json={"current_role": f"Engineer {n}"}) for n in range(5)))
    assert sorted(r.status_code for r in results) == [201] + [400] * 4, [r.text for r in results]
    assert (await client.get("/ai-interview/profile", headers=user_headers)).status_code == 200


async def test_a_skill_listed_twice_in_other_letters_is_kept_once(client, user_headers):
    r = await client.post("/ai-interview/profile", headers=user_headers, json={
        "technical_skills": ["Python", "python", " PYTHON ", "Go"], "target_companies": ["Acme", "ACME"]})
    assert r.status_code == 201, r.text
    assert r.json()["technical_skills"] == ["Python", "Go"] and r.json()["target_companies"] == ["Acme"]


async def test_camel_case_fields_as_spas_send_them_are_kept_not_dropped(client, user_headers):
    created = await client.post("/ai-interview/profile", json={"currentRole": "Backend Engineer", "targetRole": "Staff",
                                                               "technicalSkills": ["Go"]}, headers=user_headers)
    assert created.status_code == 201
    assert (created.json()["current_role"], created.json()["target_role"]) == ("Backend Engineer", "Staff")
    updated = await client.put("/ai-interview/profile", json={"yearsOfExperience": 7, "difficultyPreference": "hard"},
                               headers=user_headers)
    assert updated.status_code == 200
    assert updated.json()["years_of_experience"] == 7 and updated.json()["difficulty_preference"] == "hard"
    assert updated.json()["technical_skills"] == ["Go"]  # what was not sent stays
    both = await client.put("/ai-interview/profile", json={"currentRole": "A", "current_role": "B"},
                            headers=user_headers)
    assert both.status_code == 422 and "same field" in error_text(both)
    started = await client.post("/ai-interview/sessions", json={"title": "t", "interviewType": "technical",
                                                                "maxQuestions": 2}, headers=user_headers)
    assert started.status_code == 201 and started.json()["total_questions"] == 2
