"""Stored assessments (computed once per interview, then returned unchanged) and progress across interviews."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AIInterviewInteraction, AIInterviewSession, InterviewAssessment
from app.services.assessment.evaluation import assess_interview, collect_units
from app.services.assessment.scoring import DIMENSIONS, mean


async def has_answers(db: AsyncSession, session_id: int) -> bool:
    """Does the interview hold an answer to assess (a reply to a main question, not a request to stop)?"""
    turns = await db.scalars(select(AIInterviewInteraction).where(AIInterviewInteraction.session_id == session_id))
    return bool(collect_units(list(turns)))


async def assess_session(db: AsyncSession, session: AIInterviewSession, *, weights: Mapping[str, Mapping[str, float]] | None, gateway: Any = None,
                         embedder: Any = None, trace_id: str | None = None) -> tuple[dict[str, Any], bool]:
    """The stored assessment of a completed session, computing it the first time: (result, newly computed).
    Idempotent: the same interview always returns the same stored result, also when two requests race."""
    session_id = session.id
    stored = await db.scalar(select(InterviewAssessment).where(InterviewAssessment.session_id == session_id))
    if stored is not None:
        return stored.result, False
    turns = await db.scalars(select(AIInterviewInteraction).where(AIInterviewInteraction.session_id == session_id)
                             .order_by(AIInterviewInteraction.turn_index))
    result = await assess_interview(
        collect_units(list(turns)), interview_type=session.interview_type, weights=weights,
        gateway=gateway, embedder=embedder, ended_early=session.ended_early, total_questions=session.max_questions,
    )
    result["session_id"] = session.id
    result["trace_id"] = trace_id  # its LangSmith trace, when tracing is on
    db.add(InterviewAssessment(session_id=session.id, overall_score=result["overall_score"], method=result["method"],
                               result=result))
    try:
        await db.commit()
    except IntegrityError:  # another request stored it first: return that one
        await db.rollback()
        await db.refresh(session)  # the rollback expired it; the caller still reads it (the report's title)
        stored = await db.scalar(select(InterviewAssessment).where(InterviewAssessment.session_id == session_id))
        return stored.result, False
    return result, True


async def progress_for(db: AsyncSession, user_id: int) -> dict[str, Any]:
    """Per-dimension trends across the user's assessed interviews (oldest first) and the weakest areas."""
    rows = (await db.execute(
        select(AIInterviewSession, InterviewAssessment)
        .join(InterviewAssessment, InterviewAssessment.session_id == AIInterviewSession.id)
        .where(AIInterviewSession.user_id == user_id)
        .order_by(AIInterviewSession.created_at, AIInterviewSession.id)
    )).all()
    sessions, series = [], {name: [] for names in DIMENSIONS.values() for name in names}
    series["overall"] = []
    for session, assessment in rows:
        result = assessment.result
        sessions.append({"session_id": session.id, "title": session.title, "interview_type": session.interview_type,
                         "completed_at": session.completed_at, "overall_score": result.get("overall_score")})
        series["overall"].append({"session_id": session.id, "score": result.get("overall_score")})
        for group in DIMENSIONS:
            for name, score in (result.get(f"{group}_scores") or {}).items():
                if score is not None:
                    series[name].append({"session_id": session.id, "score": score})
    trends = {}
    for name, points in series.items():
        if not points:
            continue
        first, last = points[0]["score"], points[-1]["score"]
        trends[name] = {"points": points, "latest": last, "average": mean([p["score"] for p in points]),
                        "change": round(last - first, 1) if len(points) > 1 and None not in (first, last) else None}
    averages = [(n, t["average"]) for n, t in trends.items() if n != "overall" and t["average"] is not None]
    weakest = [{"dimension": n, "average": a} for n, a in sorted(averages, key=lambda p: p[1])[:3]]
    return {"sessions": sessions, "dimensions": trends, "weakest_areas": weakest, "assessed_sessions": len(rows)}
