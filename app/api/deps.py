"""Typed dependencies shared by the routers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.security import OAuth2PasswordBearer
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.errors import (
    ForbiddenError,
    NotFoundError,
    PayloadTooLargeError,
    UnauthorizedError,
    UnprocessableError,
)
from app.models import User
from app.services import auth_service

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/login", auto_error=False)


def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


async def get_db(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.db_sessions() as session:
        yield session


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
DbSession = Annotated[AsyncSession, Depends(get_db)]


async def get_current_login(
    request: Request, db: DbSession, settings: SettingsDep, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> tuple[User, str]:
    if not token:
        raise UnauthorizedError("Not authenticated")
    user, session_id = await auth_service.user_from_access_token(db, settings, token)
    request.state.user_id = user.id
    return user, session_id


async def get_current_user(login: Annotated[tuple[User, str], Depends(get_current_login)]) -> User:
    return login[0]


async def get_admin_user(user: Annotated[User, Depends(get_current_user)]) -> User:
    if user.role != "admin":
        raise ForbiddenError("Administrator role required")
    return user


CurrentLogin = Annotated[tuple[User, str], Depends(get_current_login)]
CurrentUser = Annotated[User, Depends(get_current_user)]
AdminUser = Annotated[User, Depends(get_admin_user)]


def invalid_body(exc: ValidationError) -> RequestValidationError:
    """A 422 like FastAPI's own for a body we parse by hand (without echoing the raw input, which may be binary)."""
    return RequestValidationError(exc.errors(include_url=False, include_context=False, include_input=False))


def parse_id(raw: str, what: str) -> int:
    """Path ids are parsed by hand so a malformed id is a 404 like any other unknown id (never a 422)."""
    if not raw.isdigit() or len(raw) > 18:
        raise NotFoundError(what)
    return int(raw)


async def read_upload(upload: UploadFile, limit: int) -> bytes:
    """Read at most `limit` bytes; one byte more means the file is too large (413) and the rest is not read."""
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise PayloadTooLargeError(f"File is larger than the {limit // (1024 * 1024)} MB limit")
    if not data:
        raise UnprocessableError("The uploaded file is empty")
    return data


async def form_file(request: Request) -> UploadFile:
    form = await request.form()
    upload = form.get("file")
    if not isinstance(upload, UploadFile) and not hasattr(upload, "read"):
        raise RequestValidationError([{"type": "missing", "loc": ("body", "file"), "msg": "Field required",
                                       "input": None}])
    return upload  # type: ignore[return-value]
