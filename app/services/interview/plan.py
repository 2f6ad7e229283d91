"""The interview plan: which phases, in which order, and which bank question seeds each slot.

Made once in prepare_context, stored in the graph state, so every later turn is cheap and no question repeats.
"""

from __future__ import annotations

import random

from app.services.interview.claims import Claim, claim_question, jd_gaps, resume_claims
from app.services.interview.state import InterviewConfig, InterviewContext, PlannedQuestion
from app.services.question_bank import (
    Question,
    QuestionQuery,
    questions_by_id,
    score_question,
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


# Which bank competencies exercise a weak assessment dimension (dimension names as in scoring.DIMENSIONS).
WEAK_AREA_COMPETENCIES: dict[str, tuple[str, ...]] = {
    "ownership": ("ownership", "leadership"),
    "impact": ("metrics", "delivery", "ownership"),
    "star_structure": ("communication", "decision_making", "failure"),
    "specificity": ("metrics", "decision_making"),
    "depth": ("tradeoffs", "decision_making", "system_design"),
    "technical_accuracy": ("tradeoffs", "performance", "reliability"),
    "relevance": ("communication", "prioritization"),
    "clarity": ("communication", "influence"),
    "conciseness": ("communication", "prioritization"),
    "fluency": ("communication",),
    "confidence": ("influence", "conflict", "leadership"),
    "composure": ("failure", "conflict", "adaptability"),
}
TOP_CHOICES = 3  # a bank slot draws among this many best-fitting questions
_PROBE_KINDS = {"behavioral": ("metric", "ownership", "project", "role"),
                "technical": ("metric", "technology", "ownership", "project"),
                "case": ("metric", "ownership", "project"),
                "system_design": ("metric", "technology")}


class _History:
    """Which refs this user was asked before, and how recently (higher rank = more recent)."""

    def __init__(self, refs: list[str]) -> None:
        self.rank = {ref: i for i, ref in enumerate(refs)}  # a later duplicate overwrites: its last asking counts

    def __contains__(self, ref: str) -> bool:
        return ref in self.rank

    def least_recent(self, refs: list[str]) -> str | None:
        """The ref asked longest ago (never-asked refs first), keeping `refs`' order among equals."""
        return min(refs, key=lambda r: self.rank.get(r, -1)) if refs else None


def _from_bank(q: Question, phase: str, reason: str = "bank") -> PlannedQuestion:
    return PlannedQuestion(ref=q.id, reason=reason, phase=phase, category=q.category, text=q.text,
                           key_points=list(q.key_points), follow_ups=list(q.follow_ups), topics=list(q.topics))


def _pick_claim(candidates: list[Claim], used: set[str], history: _History, *, repeat: bool = False) -> Claim | None:
    """The first claim not asked about before; with `repeat`, the least recently asked once all were."""
    fresh = [c for c in candidates if c.ref not in used]
    new = next((c for c in fresh if c.ref not in history), None)
    if new is not None or not repeat:
        return new
    ref = history.least_recent([c.ref for c in fresh])
    return next((c for c in fresh if c.ref == ref), None)


def _pick_bank(query: QuestionQuery, rng: random.Random, history: _History, preferred: list[str],
               competencies: tuple[str, ...] = ()) -> Question | None:
    """The best question not asked in this session nor in an earlier one; once the category is exhausted, the one
    asked longest ago. `preferred` (retrieval's ranking) goes first; `competencies` narrows to a weak area."""
    by_id = questions_by_id()
    used = set(query.exclude_ids)

    def fits(q: Question) -> bool:
        return q.category == query.category and (not competencies or bool(set(q.competencies) & set(competencies)))

    # A seeded pick among the few best, not always the best: two interviews started with the same settings (and
    # no history between them yet) still differ.
    good = [by_id[r] for r in preferred if r in by_id and r not in used and r not in history]
    good = [q for q in good if fits(q) and q.is_opening == query.openings][:TOP_CHOICES]
    if good:
        return rng.choice(good)
    ranked = [q for q in select_questions(query, len(by_id), rng) if fits(q)]
    fresh = [q for q in ranked if q.id not in history]
    if fresh:
        best = score_question(fresh[0], query)
        return rng.choice([q for q in fresh[:TOP_CHOICES] if score_question(q, query) >= best - 1.0])
    if competencies:  # a weak area never brings a question back: the slot goes to the whole category instead
        return None
    ref = history.least_recent([q.id for q in ranked])
    return by_id[ref] if ref else None


def build_plan(config: InterviewConfig, context: InterviewContext) -> list[PlannedQuestion]:
    """One question per slot of phase_layout. The opening is about the candidate's own background (rotating through
    their claims, projects, roles and profile across sessions); one slot probes a claim they wrote, one asks about a
    must-have of the job description their resume does not show, up to two revisit past weak areas, and the rest
    come from the bank. Nothing this user was asked in an earlier session comes back until its pool is exhausted."""
    rng = random.Random(config.get("seed", 0))
    history = _History(list(context.get("asked_before") or []))
    used: set[str] = set()
    plan: list[PlannedQuestion] = []
    resume = context.get("resume") or {}
    profile_fields = context.get("profile_fields") or {}  # type: ignore[typeddict-item]
    claims = resume_claims(resume, profile_fields)
    gaps = jd_gaps({"must_have": context.get("job_must_have") or []}, resume, profile_fields)
    weak = [w for w in context.get("past_weak_areas") or [] if w in WEAK_AREA_COMPETENCIES][:2]
    keywords = list(context.get("focus_topics") or []) + list(resume.get("skills") or [])[:10]
    retrieved = context.get("retrieved_question_refs") or {}
    layout = phase_layout(config)
    closing = {"dsa", "system_design"} if config.get("interview_type") != "system_design" else {"dsa"}
    body = [i for i, c in enumerate(layout) if i > 0 and c not in closing]
    special: dict[int, PlannedQuestion] = {0: _opening(config, claims, used, history, rng)}
    used.add(special[0]["ref"])

    # A probe of one of the candidate's own claims, in the first slot that suits one.
    for i in body:
        kinds = _PROBE_KINDS.get(layout[i], ())
        claim = _pick_claim([c for c in claims if c.kind in kinds], used, history) if kinds else None
        if claim is not None:
            category = "technical" if claim.kind == "technology" else "behavioral"
            special[i] = claim_question(claim, phase=layout[i], category=category, opening=False)  # type: ignore[assignment]
            used.add(claim.ref)
            break
    # A must-have of the job description the resume does not show, in a later technical (or any free) slot.
    free = [i for i in body if i not in special]
    gap_slot = next((i for i in free if layout[i] in {"technical", "case"}), free[-1] if len(free) > 1 else None)
    if gaps and gap_slot is not None:
        gap = _pick_claim(gaps, used, history)
        if gap is not None:
            category = "case" if layout[gap_slot] == "case" else "technical"
            special[gap_slot] = claim_question(gap, phase=layout[gap_slot], category=category,  # type: ignore[assignment]
                                               opening=False)
            used.add(gap.ref)

    for index, category in enumerate(layout):
        if index in special:
            plan.append(special[index])
            continue
        query = QuestionQuery(
            category=category, role_family=config.get("role_family", "any"),
            seniority=config.get("seniority", "mid"), difficulty=config.get("difficulty", "medium"),
            company=config.get("company"), keywords=keywords, exclude_ids=used,
        )
        pick, reason = None, "bank"
        if weak and index in body:  # a past weak area steers this slot, when the bank has a question for it
            pick = _pick_bank(query, rng, history, retrieved.get(category, []), WEAK_AREA_COMPETENCIES[weak[0]])
            if pick is not None:
                reason = f"past_weak_area:{weak.pop(0)}"
        if pick is None:
            pick = _pick_bank(query, rng, history, retrieved.get(category, []))
        if pick is None:  # nothing left in this category at all: a behavioral question rather than a repeat
            query.category = "behavioral"
            pick = _pick_bank(query, rng, history, retrieved.get("behavioral", []))
        assert pick is not None, "the bank has behavioral questions"
        used.add(pick.id)
        plan.append(_from_bank(pick, category, reason))
    return plan


def _opening(config: InterviewConfig, claims: list[Claim], used: set[str], history: _History,
             rng: random.Random) -> PlannedQuestion:
    """About the candidate's own background when we know anything about it, rotating across sessions; a bank
    opening otherwise (also rotating)."""
    # Stories first (metrics, projects, roles, ownership, the profile), then the skills the resume lists.
    story = [c for c in claims if c.kind != "technology"] + [c for c in claims if c.kind == "technology"][:3]
    claim = _pick_claim(story, used, history)
    if claim is not None:
        return claim_question(claim, phase="opening", category="behavioral", opening=True)  # type: ignore[return-value]
    query = QuestionQuery(category="behavioral", role_family=config.get("role_family", "any"),
                          seniority=config.get("seniority", "mid"), difficulty="easy", openings=True,
                          exclude_ids=used)
    q = _pick_bank(query, rng, history, [])
    assert q is not None, "the bank has openings"
    # Every claim and every bank opening asked before: whichever of them was asked longest ago.
    claim = _pick_claim(story, used, history, repeat=True)
    if claim is not None and history.least_recent([claim.ref, q.id]) == claim.ref:
        return claim_question(claim, phase="opening", category="behavioral", opening=True)  # type: ignore[return-value]
    return _from_bank(q, "opening", "opening")
