"""Whole-account operations that span several stores."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import User

logger = logging.getLogger(__name__)


async def delete_user(db: AsyncSession, resources: Any, user: User) -> None:
    """Delete the account and everything it owns: rows (by cascade), stored files and vectors."""
    user_id = user.id
    await db.delete(user)
    await db.commit()
    for cleanup in getattr(resources, "user_cleanups", []):
        try:
            await cleanup(user_id)
        except Exception:  # the account is gone; a leftover file or vector must not turn this into a 500
            logger.exception("Cleanup after deleting user %s failed", user_id)
