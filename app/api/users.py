"""User administration (`/users`)."""

from __future__ import annotations

from fastapi import Query, Response, status

from app.api.deps import AdminUser, CurrentUser, DbSession, IndexingDep, StorageDep, parse_id
from app.api.openapi import responses
from app.api.routing import api_router
from app.schemas.auth import UserOut
from app.services.accounts import users

router = api_router(prefix="/users", tags=["users"])


@router.get("", response_model=list[UserOut], responses=responses(401, 403))
async def list_users(
    _admin: AdminUser, db: DbSession, limit: int = Query(100, ge=1, le=500), offset: int = Query(0, ge=0, le=2**31 - 1)
) -> list[UserOut]:
    return [UserOut.model_validate(u) for u in await users.list_users(db, limit=limit, offset=offset)]


@router.get("/{user_id}", response_model=UserOut, responses=responses(401, 404))
async def get_user(user_id: str, current: CurrentUser, db: DbSession) -> UserOut:
    return UserOut.model_validate(await users.get_visible_user(db, current, parse_id(user_id, "User")))


@router.delete("/{user_id}", status_code=status.HTTP_204_NO_CONTENT, responses=responses(400, 401, 403, 404, 409))
async def delete_user(user_id: str, admin: AdminUser, db: DbSession, storage: StorageDep,
                      indexing: IndexingDep) -> Response:
    """Deletes the account and all it owns. Your own account → 400; the last active admin → 409."""
    await users.delete_user(db, storage, indexing, admin, parse_id(user_id, "User"))
    return Response(status_code=status.HTTP_204_NO_CONTENT)
