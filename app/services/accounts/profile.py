"""The candidate's profile: one per user. Every change is committed and queued for re-indexing, so the next
interview's retrieval sees it."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import NotFoundError, RejectedError
from app.models import User, UserProfile
from app.schemas.profile import ProfileCreate, ProfileUpdate

_LIST_FIELDS = ("target_companies", "technical_skills", "soft_skills")


class ProfileIndexer(Protocol):
    async def schedule_profile(self, user_id: int) -> None: ...


async def get_profile(db: AsyncSession, user: User) -> UserProfile | None:
    return await db.scalar(select(UserProfile).where(UserProfile.user_id == user.id))


async def require_profile(db: AsyncSession, user: User) -> UserProfile:
    profile = await get_profile(db, user)
    if profile is None:
        raise NotFoundError("Profile")
    return profile


async def create_profile(db: AsyncSession, indexing: ProfileIndexer, user: User, body: ProfileCreate) -> UserProfile:
    if await get_profile(db, user) is not None:
        raise RejectedError("Profile already exists; use PUT to update it")
    values = body.model_dump()
    for name in _LIST_FIELDS:
        values[name] = values[name] or []
    profile = UserProfile(user_id=user.id, **values)
    db.add(profile)
    try:
        await db.commit()
    except IntegrityError:  # a second POST racing the first: the same answer as if it had come after it
        await db.rollback()
        raise RejectedError("Profile already exists; use PUT to update it") from None
    await indexing.schedule_profile(user.id)
    return profile


async def update_profile(db: AsyncSession, indexing: ProfileIndexer, user: User, body: ProfileUpdate) -> UserProfile:
    profile = await require_profile(db, user)
    for name, value in body.model_dump(exclude_unset=True).items():
        if name in _LIST_FIELDS and value is None:
            value = []
        setattr(profile, name, value)
    profile.index_status = "pending"
    await db.commit()
    await indexing.schedule_profile(user.id)
    return profile
