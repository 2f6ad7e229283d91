"""The candidate's profile (`/ai-interview/profile`): what they do now and the job they want."""

from __future__ import annotations

from fastapi import status

from app.api.deps import CurrentUser, DbSession, IndexingDep
from app.api.openapi import responses
from app.api.routing import api_router
from app.schemas.profile import IndexOut, ProfileCreate, ProfileOut, ProfileUpdate
from app.services.accounts import profile as profiles

router = api_router(prefix="/ai-interview", tags=["ai-interview"])


@router.post("/profile", status_code=status.HTTP_201_CREATED, response_model=ProfileOut,
             responses=responses(400, 401, 422))
async def create_profile(body: ProfileCreate, user: CurrentUser, db: DbSession, indexing: IndexingDep) -> ProfileOut:
    return ProfileOut.model_validate(await profiles.create_profile(db, indexing, user, body))


@router.get("/profile", response_model=ProfileOut, responses=responses(401, 404))
async def read_profile(user: CurrentUser, db: DbSession) -> ProfileOut:
    return ProfileOut.model_validate(await profiles.require_profile(db, user))


@router.put("/profile", response_model=ProfileOut, responses=responses(401, 404, 422))
async def update_profile(body: ProfileUpdate, user: CurrentUser, db: DbSession, indexing: IndexingDep) -> ProfileOut:
    return ProfileOut.model_validate(await profiles.update_profile(db, indexing, user, body))


@router.post("/profile/index", response_model=IndexOut, responses=responses(401))
async def index_profile(user: CurrentUser, indexing: IndexingDep) -> IndexOut:
    """Re-index the user's profile, documents and past sessions for retrieval, now."""
    chunks = await indexing.reindex_user(user.id)
    return IndexOut(success=True, user_id=user.id, indexed_chunks=chunks)
