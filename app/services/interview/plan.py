"""The interview plan: which phases, in which order, and which bank question seeds each slot.

Made once in prepare_context, stored in the graph state, so every later turn is cheap and no question repeats.
"""

from __future__ import annotations

import random

from app.services.interview import offline
from app.services.interview.state import InterviewConfig, InterviewContext, PlannedQuestion
from app.services.question_bank import (
    Question,
    QuestionQuery,
    questions_by_id,
    select_questions,
)
from app.services.roles import ENGINEERING_FAMILIES


def calls_for_coding(config: InterviewConfig) -> str | None:
    """The closing technical phase the role calls for: DSA, system design, or none."""
    family, seniority = config.get("role_family", "any"), config.get("seniority", "mid")
    if family in {"product"}:
        return None
    if family == "manager" or family == "devops" or seniority in {"senior", "staff"}:
        return "system_design"
    if family in ENGINEERING_FAMILIES or family == "any":
        return "dsa"
    return None


def phase_layout(config: InterviewConfig) -> list[str]:
    """Categories for each main question, in order. The first is always the opening."""
    n = max(1, config["max_questions"])
    kind = config["interview_type"]
    family = config.get("role_family", "any")
    rest = n - 1
    technical = "case" if family == "product" else "technical"
    closing = calls_for_coding(config)

    def with_closing(body_category: str, alternate: str | None = None) -> list[str]:
        if rest <= 0:
            return []
        tail: list[str] = []
        if closing and rest >= 3:
            tail = [closing]
            if rest >= 6 and closing == "dsa" and config.get("seniority") != "junior":
                tail = ["dsa", "system_design"]
        body_len = rest - len(tail)
        if alternate:
            body = [body_category if i % 2 == 0 else alternate for i in range(body_len)]
        else:
            body = [body_category] * body_len
        return body + tail

    if kind == "behavioral":
        body = ["behavioral"] * rest
    elif kind == "technical":
        body = with_closing(technical)
    elif kind == "system_design":
        body = (["technical"] if rest >= 4 and family != "product" else []) + ["system_design"] * (
            rest - (1 if rest >= 4 and family != "product" else 0))
    elif kind == "case":
        body = ["case"] * rest
    elif kind == "general":
        body = [("behavioral" if i % 2 == 0 else technical) for i in range(rest)]
    else:  # mixed
        body = with_closing(technical, alternate="behavioral")
    return ["opening", *body]


def _from_bank(q: Question, phase: str) -> PlannedQuestion:
    return PlannedQuestion(ref=q.id, phase=phase, category=q.category, text=q.text, key_points=list(q.key_points),
                           follow_ups=list(q.follow_ups), topics=list(q.topics))


def build_plan(config: InterviewConfig, context: InterviewContext) -> list[PlannedQuestion]:
    rng = random.Random(config.get("seed", 0))
    used: set[str] = set()
    plan: list[PlannedQuestion] = []
    keywords = list(context.get("focus_topics") or []) + list((context.get("resume") or {}).get("skills") or [])[:10]
    retrieved = context.get("retrieved_question_refs") or {}
    by_id = questions_by_id()

    for category in phase_layout(config):
        if category == "opening":
            opening = offline.resume_opening(context, rng)
            if opening is not None:
                plan.append(opening)
                continue
            query = QuestionQuery(category="behavioral", role_family=config.get("role_family", "any"),
                                  seniority=config.get("seniority", "mid"), difficulty="easy", openings=True,
                                  exclude_ids=used)
            chosen = select_questions(query, 1, rng)
            q = chosen[0]
            used.add(q.id)
            plan.append(_from_bank(q, "opening"))
            continue
        # Retrieval's ranking first (semantic fit to resume/JD/focus topics), tag selection otherwise.
        pick = next((by_id[r] for r in retrieved.get(category, []) if r in by_id and r not in used), None)
        if pick is None:
            query = QuestionQuery(
                category=category, role_family=config.get("role_family", "any"),
                seniority=config.get("seniority", "mid"), difficulty=config.get("difficulty", "medium"),
                company=config.get("company"), keywords=keywords, exclude_ids=used,
            )
            found = select_questions(query, 1, rng)
            if not found:  # bank exhausted for this category: fall back to behavioral rather than repeat
                query.category = "behavioral"
                found = select_questions(query, 1, rng)
            pick = found[0]
        used.add(pick.id)
        plan.append(_from_bank(pick, category if category != "technical" else "technical"))
    return plan
