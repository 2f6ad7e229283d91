"""The curated question bank (app/data/question_bank/*.yaml, written by us) and tag-based selection.

Semantic retrieval over the same bank lives in retrieval/rag.py; this module is what the offline interviewer and
the plan fall back on.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

BANK_DIR = Path(__file__).resolve().parents[1] / "data" / "question_bank"
CATEGORIES = ("behavioral", "technical", "system_design", "dsa", "case")
DIFFICULTY_RANK = {"easy": 0, "medium": 1, "hard": 2}



@dataclass(frozen=True)
class Question:
    id: str
    category: str
    text: str
    roles: tuple[str, ...]
    seniority: tuple[str, ...]
    difficulty: str
    competencies: tuple[str, ...]
    topics: tuple[str, ...]
    companies: tuple[str, ...]
    key_points: tuple[str, ...]
    follow_ups: tuple[str, ...]

    @property
    def is_opening(self) -> bool:
        return "motivation" in self.competencies

    def search_text(self) -> str:
        """What retrieval embeds for this question: the question plus its tags."""
        return " | ".join([self.text, ", ".join(self.topics), ", ".join(self.competencies)])


@dataclass
class QuestionQuery:
    category: str
    role_family: str = "any"
    seniority: str = "mid"
    difficulty: str = "medium"
    company: str | None = None
    keywords: list[str] = field(default_factory=list)
    exclude_ids: set[str] = field(default_factory=set)
    openings: bool = False


@lru_cache
def load_bank() -> tuple[Question, ...]:
    questions: list[Question] = []
    for path in sorted(BANK_DIR.glob("*.yaml")):
        for raw in yaml.safe_load(path.read_text()) or []:
            questions.append(Question(**{k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}))
    return tuple(questions)


@lru_cache
def questions_by_id() -> dict[str, Question]:
    return {q.id: q for q in load_bank()}


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9+#.]+", text.lower()))


def score_question(q: Question, query: QuestionQuery) -> float:
    """Higher is a better fit. Tags first (role, seniority, difficulty, company), keyword overlap second."""
    score = 0.0
    if query.role_family in q.roles:
        score += 3.0
    elif "any" in q.roles:
        score += 1.5
    elif query.role_family == "fullstack" and ({"backend", "frontend"} & set(q.roles)):
        score += 2.5
    elif query.role_family == "any":
        score += 1.0
    else:
        score -= 2.0
    if query.seniority in q.seniority:
        score += 1.0
    score -= 0.75 * abs(DIFFICULTY_RANK.get(q.difficulty, 1) - DIFFICULTY_RANK.get(query.difficulty, 1))
    if query.company and query.company.lower() in q.companies:
        score += 2.5
    if query.keywords:
        wanted = set().union(*(_tokens(k) for k in query.keywords))
        have = _tokens(" ".join(q.topics + q.competencies) + " " + q.text)
        score += min(3.0, 0.75 * len(wanted & have))
    return score


def select_questions(query: QuestionQuery, count: int = 1, rng: random.Random | None = None) -> list[Question]:
    """Best-fitting questions of a category, never one in `exclude_ids`; ties broken by a seeded shuffle so two
    interviews for the same profile are not identical."""
    rng = rng or random.Random()
    pool = [q for q in load_bank() if q.category == query.category and q.id not in query.exclude_ids
            and q.is_opening == query.openings]
    rng.shuffle(pool)
    pool.sort(key=lambda q: score_question(q, query), reverse=True)
    return pool[:count]
