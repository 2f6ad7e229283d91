from __future__ import annotations

from fastapi import APIRouter, Query, Request, Response, status
from sqlalchemy import select

from app.api.deps import AdminUser, CurrentUser, DbSession, parse_id
from app.core.errors import NotFoundError, responses
from app.models import User
from app.schemas.auth import UserOut
from app.services import user_service

router = APIRouter(prefix="/users", tags=["users"])


@router.get("", response_model=list[UserOut], responses=responses(401, 403))
async def list_users(
    _admin: AdminUser, db: DbSession, limit: int = Query(100, ge=1, le=500), offset: int = Query(0, ge=0)
) -> list[UserOut]:
    users = await db.scalars(select(User).order_by(User.id).limit(limit).offset(offset))
    return [UserOut.model_validate(u) for u in users]


@router.get("/{user_id}", response_model=UserOut, responses=responses(401, 404))
async def get_user(user_id: str, current: CurrentUser, db: DbSession) -> UserOut:
    uid = parse_id(user_id, "User")
    if current.role != "admin" and uid != current.id:
        raise NotFoundError("User")
    user = await db.get(User, uid)
    if user is None:
        raise NotFoundError("User")
    return UserOut.model_validate(user)


@router.delete("/{user_id}", status_code=status.HTTP_204_NO_CONTENT, responses=responses(401, 403, 404))
async def delete_user(user_id: str, _admin: AdminUser, db: DbSession, request: Request) -> Response:
    user = await db.get(User, parse_id(user_id, "User"))
    if user is None:
        raise NotFoundError("User")
    await user_service.delete_user(db, request.app.state, user)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
