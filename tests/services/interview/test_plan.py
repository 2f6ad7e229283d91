"""The plan: variety across sessions, questions about the candidate's own claims, and past weak areas."""

from __future__ import annotations

from pathlib import Path

from app.services.documents.job_description import parse_job_description
from app.services.documents.resume import parse_resume
from app.services.interview.claims import resume_claims
from app.services.interview.plan import build_plan
from app.services.question_bank import load_bank, questions_by_id

DOCS = Path(__file__).resolve().parents[2] / "data" / "documents"
RESUME = parse_resume((DOCS / "resume_backend.md").read_text())
JOB = parse_job_description((DOCS / "jd_backend_senior.txt").read_text())


def config(kind="mixed", seed=1, n=6):
    return {"interview_type": kind, "difficulty": "medium", "max_questions": n, "max_follow_ups": 2,
            "role": "Backend Engineer", "company": None, "role_family": "backend", "seniority": "senior",
            "seed": seed}


def test_consecutive_sessions_share_no_main_question():
    history: list[str] = []
    seen: set[str] = set()
    for kind in ("technical", "behavioral", "mixed", "general", "technical"):
        plan = build_plan(config(kind), {"resume": RESUME, "job_must_have": JOB["must_have"],
                                         "asked_before": history})
        refs = [q["ref"] for q in plan]
        assert len(refs) == len(set(refs)) and not set(refs) & seen
        seen |= set(refs)
        history += refs


def test_two_sessions_with_the_same_settings_differ_without_any_history():
    plans = [[q["ref"] for q in build_plan(config(seed=s), {})] for s in range(4)]
    assert len({tuple(p) for p in plans}) > 1


def test_an_exhausted_pool_comes_back_least_recent_first():
    cases = [q.id for q in load_bank() if q.category == "case"]
    history = cases[::-1]  # the last case question is the one asked longest ago
    plan = build_plan(config("case", n=3), {"asked_before": history})
    assert [q["ref"] for q in plan[1:]] == history[:2]


def test_the_plan_probes_claims_and_job_gaps_and_every_question_says_why():
    plan = build_plan(config("mixed"), {"resume": RESUME, "job_must_have": JOB["must_have"]})
    reasons = [q["reason"] for q in plan]
    assert reasons[0] == "resume_claim" and "jd_gap" in reasons and reasons.count("resume_claim") == 2
    probe = next(q for q in plan[1:] if q["reason"] == "resume_claim")
    assert probe["claim"] in {c.text for c in resume_claims(RESUME)} and probe["claim"][:30] in probe["text"]
    gap = next(q for q in plan if q["reason"] == "jd_gap")
    assert gap["claim"] in JOB["must_have"] and gap["claim"] in gap["text"]
    assert all(q["key_points"] for q in plan)


def test_claims_are_the_candidates_own_metrics_projects_roles_and_ownership():
    claims = resume_claims(RESUME)
    kinds = {c.kind for c in claims}
    assert {"metric", "project", "role", "ownership", "technology"} <= kinds
    metric = [c.text for c in claims if c.kind == "metric"]
    assert any("850 ms to 120 ms" in m for m in metric)


def test_the_opening_rotates_through_the_resume():
    history: list[str] = []
    openings = []
    for seed in range(4):
        plan = build_plan(config(seed=seed), {"resume": RESUME, "asked_before": history})
        openings.append(plan[0]["text"])
        history += [q["ref"] for q in plan]
    assert len(set(openings)) == 4


def test_past_weak_areas_steer_the_plan():
    plan = build_plan(config("behavioral"), {"past_weak_areas": ["ownership"]})
    steered = [q for q in plan if q["reason"] == "past_weak_area:ownership"]
    assert steered
    assert {"ownership", "leadership"} & set(questions_by_id()[steered[0]["ref"]].competencies)


def test_no_resume_profile_only_or_nothing_still_gives_a_varied_interview():
    nothing = build_plan(config(), {})
    assert nothing[0]["reason"] == "opening" and len(nothing) == 6
    profile = build_plan(config(), {"profile_fields": {"current_role": "Support Engineer",
                                                       "current_company": "Brightdesk"}})
    assert profile[0]["reason"] == "opening:profile" and "Brightdesk" in profile[0]["text"]
    thin = build_plan(config(), {"resume": {"skills": ["excel"]}})
    assert "excel" in thin[0]["text"] and len({q["ref"] for q in thin}) == 6
