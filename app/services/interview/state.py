"""The typed state of one interview (one LangGraph thread per interview session).

The state is the engine's working memory, checkpointed once per turn. It keeps only the recent transcript (enough
for the prompts, the follow-up rules and crash recovery); the full record lives in SQL.
"""

from __future__ import annotations

import operator
from typing import Annotated, Any, Literal, TypedDict

Phase = Literal["opening", "behavioral", "technical", "system_design", "dsa", "case", "closing"]
NextAction = Literal["follow_up", "next", "end"]


RECENT_TURNS = 12  # main question + two follow-ups and their answers, with room to spare


class Turn(TypedDict, total=False):
    role: Literal["interviewer", "candidate"]
    content: str
    question_number: int
    is_follow_up: bool
    phase: str
    category: str
    question_ref: str | None
    reason: str | None  # interviewer turns: why this question (bank, resume_claim, follow_up:<gap>, ...)
    key_points: list[str]  # interviewer turns: what a strong answer covers
    mode: str  # llm | offline (interviewer turns)
    provider: str | None
    analysis: dict[str, Any] | None
    answer_duration_seconds: float | None
    client_message_id: str | None  # candidate turns: the client's idempotency key, when it sent one
    channel: str | None  # candidate turns: text | audio | voice
    created_at: str


def keep_recent(existing: list[Turn], new: list[Turn]) -> list[Turn]:
    """Transcript reducer: append, keep the last RECENT_TURNS (the checkpoint stays small however long the
    interview)."""
    return (list(existing or []) + list(new or []))[-RECENT_TURNS:]


class PlannedQuestion(TypedDict, total=False):
    ref: str  # question-bank id, or "resume:<n>" for a resume-based opening
    reason: str  # why it is in the plan: bank, resume_claim, jd_gap, past_weak_area:<dimension>, ...
    phase: str
    category: str
    text: str
    key_points: list[str]
    follow_ups: list[str]
    topics: list[str]
    claim: str  # resume_claim / jd_gap questions: the claim or skill it probes


class InterviewConfig(TypedDict, total=False):
    interview_type: str
    difficulty: str
    max_questions: int
    max_follow_ups: int
    role: str
    company: str | None
    role_family: str
    seniority: str
    seed: int


class InterviewContext(TypedDict, total=False):
    user_id: int
    candidate_name: str
    profile: str
    profile_fields: dict[str, Any]  # current_role, current_company, technical_skills, ...
    resume: dict[str, Any]  # parsed resume: name, employers, titles, projects, skills, ...
    resume_excerpts: list[str]
    job_description: str
    focus_topics: list[str]
    past_weak_areas: list[str]  # weakest dimensions of this user's earlier assessments (ownership, impact, ...)
    asked_before: list[str]  # question refs this user was asked in earlier sessions, least recent first
    job_must_have: list[str]  # the job description's must-have requirements
    retrieved_question_refs: dict[str, list[str]]  # category -> bank ids, best first (from RAG)
    company_research: dict[str, Any]  # third-party web summary of the target company, with its sources


class InterviewState(TypedDict, total=False):
    config: InterviewConfig
    context: InterviewContext
    plan: list[PlannedQuestion]
    current: int  # index into plan of the question being discussed
    follow_ups: int  # follow-ups asked on the current question
    transcript: Annotated[list[Turn], keep_recent]
    turn_count: Annotated[int, operator.add]  # every turn ever added: SQL compares it with its own count
    answered: Annotated[int, operator.add]  # main questions the candidate has answered
    pending_answer: dict[str, Any] | None
    next_action: NextAction
    follow_up_reason: str | None
    follow_up_detail: str | None
    follow_up_brief: str | None  # the gap, in words, and what the thread already gave (for the model)
    asked_follow_ups: list[str]  # keys of every follow-up asked this session (reason:detail), never asked twice
    status: Literal["active", "completed"]
    ended_early: bool
