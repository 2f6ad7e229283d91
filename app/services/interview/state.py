"""The typed state of one interview (one LangGraph thread per interview session)."""

from __future__ import annotations

import operator
from typing import Annotated, Any, Literal, TypedDict

Phase = Literal["opening", "behavioral", "technical", "system_design", "dsa", "case", "closing"]
NextAction = Literal["follow_up", "next", "end"]


class Turn(TypedDict, total=False):
    role: Literal["interviewer", "candidate"]
    content: str
    question_number: int
    is_follow_up: bool
    phase: str
    category: str
    question_ref: str | None
    mode: str  # llm | offline (interviewer turns)
    provider: str | None
    analysis: dict[str, Any] | None
    answer_duration_seconds: float | None
    created_at: str


class PlannedQuestion(TypedDict, total=False):
    ref: str  # question-bank id, or "resume:<n>" for a resume-based opening
    phase: str
    category: str
    text: str
    key_points: list[str]
    follow_ups: list[str]
    topics: list[str]


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
    past_weak_areas: list[str]
    retrieved_question_refs: dict[str, list[str]]  # category -> bank ids, best first (from RAG)


class InterviewState(TypedDict, total=False):
    config: InterviewConfig
    context: InterviewContext
    plan: list[PlannedQuestion]
    current: int  # index into plan of the question being discussed
    follow_ups: int  # follow-ups asked on the current question
    transcript: Annotated[list[Turn], operator.add]
    pending_answer: dict[str, Any] | None
    next_action: NextAction
    follow_up_reason: str | None
    follow_up_detail: str | None
    status: Literal["active", "completed"]
    ended_early: bool
