"""User administration and whole-account operations that span several stores."""

from __future__ import annotations

import logging
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import NotFoundError
from app.models import Document, UploadIntent, User
from app.services.storage import Storage

logger = logging.getLogger(__name__)


class UserForgetter(Protocol):
    async def forget_user(self, user_id: int) -> None: ...


async def list_users(db: AsyncSession, *, limit: int, offset: int) -> list[User]:
    return list(await db.scalars(select(User).order_by(User.id).limit(limit).offset(offset)))


async def get_visible_user(db: AsyncSession, viewer: User, user_id: int) -> User:
    """An admin sees everyone; anyone else only themselves (others are "not found", never "forbidden")."""
    user = await db.get(User, user_id) if viewer.role == "admin" or user_id == viewer.id else None
    if user is None:
        raise NotFoundError("User")
    return user


async def delete_user(db: AsyncSession, storage: Storage, indexing: UserForgetter, user_id: int) -> None:
    """Delete the account and everything it owns: rows (by cascade), stored files and vectors."""
    user = await db.get(User, user_id)
    if user is None:
        raise NotFoundError("User")
    keys = [k for k in (await db.scalars(select(Document.storage_key).where(Document.user_id == user_id))) if k]
    keys += list(await db.scalars(select(UploadIntent.key).where(UploadIntent.user_id == user_id)))
    await db.delete(user)
    await db.commit()
    for key in keys:
        try:
            await storage.delete(key)
        except Exception:
            logger.exception("Could not delete stored file %s of deleted user %s", key, user_id)
    try:
        await indexing.forget_user(user_id)
    except Exception:  # the account is gone; leftover vectors must not turn this into a 500
        logger.exception("Removing the vectors of deleted user %s failed", user_id)
