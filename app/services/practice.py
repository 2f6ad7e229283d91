"""One-question practice drills (/sessions): a question, an answer, and feedback from the assessment service."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.db import without_nul
from app.core.errors import ConflictError, NotFoundError, RejectedError
from app.models import PracticeSession, User, UserProfile
from app.services.assessment.analysis import GENERIC_STORY_POINTS, AnswerUnit
from app.services.assessment.evaluation import assess_interview
from app.services.assessment.scoring import TECHNICAL_CATEGORIES
from app.services.question_bank import QuestionQuery, questions_by_id, select_questions
from app.services.retrieval.embedder import Embedder
from app.services.roles import role_family


async def create(db: AsyncSession, user: User, title: str, question: str | None) -> PracticeSession:
    ref = None
    if not question:
        profile = await db.scalar(select(UserProfile).where(UserProfile.user_id == user.id))
        family = role_family(profile.target_role or profile.current_role) if profile else "any"
        category = random.choice(["behavioral", "technical"]) if family != "any" else "behavioral"
        picked = select_questions(QuestionQuery(category=category, role_family=family), 1)[0]
        question, ref = picked.text, picked.id
    drill = PracticeSession(user_id=user.id, title=title, question=question, question_ref=ref)
    db.add(drill)
    await db.commit()
    return drill


async def get_owned(db: AsyncSession, user: User, drill_id: int) -> PracticeSession:
    drill = await db.scalar(select(PracticeSession).where(PracticeSession.id == drill_id,
                                                          PracticeSession.user_id == user.id))
    if drill is None:
        raise NotFoundError("Practice session")
    return drill


async def list_for(db: AsyncSession, user: User) -> list[PracticeSession]:
    rows = await db.scalars(select(PracticeSession).where(PracticeSession.user_id == user.id)
                            .order_by(PracticeSession.created_at.desc(), PracticeSession.id.desc()))
    return list(rows)


async def submit_answer(db: AsyncSession, drill: PracticeSession, answer: str, *, settings: Settings,
                        duration_seconds: float | None = None, embedder: Embedder | None = None) -> PracticeSession:
    """Assessed exactly like one question of an interview, by the same service. A drill takes one answer: the same
    answer again (a retry) returns the recorded result; a different one is refused with 409, never a silent swap."""
    if drill.answer is not None:
        return _as_recorded(drill, answer)
    if drill.status == "completed":
        raise ConflictError("This practice session is already completed")
    bank = questions_by_id().get(drill.question_ref or "")
    category = bank.category if bank else "behavioral"
    unit = AnswerUnit(
        question_number=1, question=drill.question, category=category, phase=category,
        key_points=bank.key_points if bank else GENERIC_STORY_POINTS,
        topics=bank.topics if bank else (), competencies=bank.competencies if bank else (), answer=answer,
        duration_seconds=duration_seconds,
    )
    kind = "technical" if category in TECHNICAL_CATEGORIES else "behavioral"
    result = await assess_interview([unit], interview_type=kind, weights=settings.score_weights,
                                                       embedder=embedder)
    graded = result["per_question"][0]
    # Recorded only if still unanswered and open: of two answers racing, the later one finds the first recorded and
    # is a retry or a 409 like any repeat.
    recorded = await db.execute(
        update(PracticeSession)
        .where(PracticeSession.id == drill.id, PracticeSession.answer.is_(None), PracticeSession.status != "completed")
        .values(answer=answer, overall_score=result["overall_score"], detailed_feedback=result["feedback"],
                analysis={**graded["analysis"], "scores": graded["scores"], "overall_score": result["overall_score"]})
        .execution_options(synchronize_session=False))
    await db.commit()
    await db.refresh(drill)
    if recorded.rowcount == 0:
        if drill.answer is None:
            raise ConflictError("This practice session is already completed")
        return _as_recorded(drill, answer)
    return drill


_ANSWERED = "This practice question has already been answered; start a new drill to answer it again"


def _as_recorded(drill: PracticeSession, answer: str) -> PracticeSession:
    """The answered drill when `answer` is the recorded answer (a retry); 409 when it is a different one."""
    if drill.answer != without_nul(answer):  # stored without NULs, as every string is
        raise ConflictError(_ANSWERED)
    return drill


async def complete(db: AsyncSession, drill: PracticeSession, duration_seconds: int | None) -> PracticeSession:
    """Idempotent, as an interview's completion: a drill completed stays as it was completed (a repeat, with
    whatever duration, changes nothing)."""
    if drill.status != "completed":
        drill.status = "completed"
        drill.completed_at = datetime.now(UTC)
        if duration_seconds is not None:
            drill.duration_seconds = duration_seconds
        await db.commit()
    return drill


def feedback(drill: PracticeSession) -> dict:
    if drill.status != "completed":
        raise RejectedError("Complete the practice session to get feedback")
    if drill.answer is None:
        return {"overall_score": None, "detailed_feedback": {
            "summary": "No answer was submitted for this practice question, so there is nothing to assess."}}
    return {"overall_score": drill.overall_score, "detailed_feedback": drill.detailed_feedback}
