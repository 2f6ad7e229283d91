"""One-question practice drills (`/sessions`)."""

from __future__ import annotations

from fastapi import Query, status

from app.api.deps import CurrentUser, DbSession, EmbedderDep, SettingsDep, parse_id
from app.api.openapi import responses
from app.api.routing import api_router
from app.schemas.practice import (
    PracticeAnswerIn,
    PracticeCompleteOut,
    PracticeCreate,
    PracticeFeedbackOut,
    PracticeListOut,
    PracticeOut,
)
from app.services import practice

router = api_router(prefix="/sessions", tags=["practice"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=PracticeOut, responses=responses(401, 422))
async def create_drill(body: PracticeCreate, user: CurrentUser, db: DbSession) -> PracticeOut:
    """A one-question drill; without `question`, one is drawn from the bank for the user's target role."""
    return PracticeOut.model_validate(await practice.create(db, user, body.title, body.question))


@router.get("", response_model=PracticeListOut, responses=responses(401))
async def list_drills(user: CurrentUser, db: DbSession) -> PracticeListOut:
    return PracticeListOut(sessions=[PracticeOut.model_validate(d) for d in await practice.list_for(db, user)])


@router.get("/{drill_id}", response_model=PracticeOut, responses=responses(401, 404))
async def get_drill(drill_id: str, user: CurrentUser, db: DbSession) -> PracticeOut:
    return PracticeOut.model_validate(await practice.get_owned(db, user, parse_id(drill_id, "Practice session")))


@router.post("/{drill_id}/answer", response_model=PracticeOut, responses=responses(401, 404, 409, 422))
async def answer_drill(drill_id: str, body: PracticeAnswerIn, user: CurrentUser, db: DbSession, settings: SettingsDep,
                       embedder: EmbedderDep) -> PracticeOut:
    """Assesses the drill's one answer. The same answer again returns the recorded result (a retry); a different
    answer to an answered drill, or any answer to a completed one, → 409."""
    drill = await practice.get_owned(db, user, parse_id(drill_id, "Practice session"))
    await practice.submit_answer(db, drill, body.answer, settings=settings, duration_seconds=body.duration_seconds,
                                 embedder=embedder)
    return PracticeOut.model_validate(drill)


@router.post("/{drill_id}/complete", response_model=PracticeCompleteOut, responses=responses(401, 404, 422))
async def complete_drill(drill_id: str, user: CurrentUser, db: DbSession,
                         duration_seconds: int | None = Query(default=None, ge=0, le=86400)) -> PracticeCompleteOut:
    drill = await practice.get_owned(db, user, parse_id(drill_id, "Practice session"))
    await practice.complete(db, drill, duration_seconds)
    return PracticeCompleteOut(id=drill.id, duration_seconds=drill.duration_seconds, status=drill.status)


@router.get("/{drill_id}/feedback", response_model=PracticeFeedbackOut, responses=responses(400, 401, 404))
async def drill_feedback(drill_id: str, user: CurrentUser, db: DbSession) -> dict:
    return practice.feedback(await practice.get_owned(db, user, parse_id(drill_id, "Practice session")))
