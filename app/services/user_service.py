"""Whole-account operations that span several stores."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Document, UploadIntent, User

logger = logging.getLogger(__name__)


async def delete_user(db: AsyncSession, resources: Any, user: User) -> None:
    """Delete the account and everything it owns: rows (by cascade), stored files and vectors."""
    user_id = user.id
    keys = [k for k in (await db.scalars(select(Document.storage_key).where(Document.user_id == user_id))) if k]
    keys += list(await db.scalars(select(UploadIntent.key).where(UploadIntent.user_id == user_id)))
    await db.delete(user)
    await db.commit()
    for key in keys:
        try:
            await resources.storage.delete(key)
        except Exception:
            logger.exception("Could not delete stored file %s of deleted user %s", key, user_id)
    try:
        await resources.indexing.forget_user(user_id)
    except Exception:  # the account is gone; leftover vectors must not turn this into a 500
        logger.exception("Removing the vectors of deleted user %s failed", user_id)
