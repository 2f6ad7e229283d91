"""User administration and whole-account operations that span several stores."""

from __future__ import annotations

import logging
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import ConflictError, NotFoundError, RejectedError
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


async def delete_user(db: AsyncSession, storage: Storage, indexing: UserForgetter, admin: User, user_id: int) -> None:
    """Delete the account and everything it owns: rows (by cascade), stored files and vectors. An admin cannot
    delete their own account here (a slip that would lock them out), and the last active admin is never deleted."""
    if user_id == admin.id:
        raise RejectedError("Administrators cannot delete their own account")
    active_admin = (User.role == "admin") & User.is_active.is_(True)
    # PostgreSQL: lock every active admin row first, so that two admins deleting each other at once queue here and
    # the second one counts after the first has committed. (SQLite has one writer at a time: see below.)
    await db.execute(select(User.id).where(active_admin).order_by(User.id).with_for_update())
    user = await db.get(User, user_id)
    if user is None:
        raise NotFoundError("User")
    was_active_admin = user.role == "admin" and user.is_active
    keys = [k for k in (await db.scalars(select(Document.storage_key).where(Document.user_id == user_id))) if k]
    keys += list(await db.scalars(select(UploadIntent.key).where(UploadIntent.user_id == user_id)))
    await db.delete(user)
    await db.flush()
    # Counted after the delete, inside its transaction: the write holds SQLite's lock, so the count is current.
    if was_active_admin and not await db.scalar(select(func.count()).select_from(User).where(active_admin)):
        await db.rollback()
        raise ConflictError("The last active administrator cannot be deleted")
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
