"""Direct uploads: presigned PUT URLs (to the S3 bucket, or to our own S3-style signed route when files are kept in
a local folder), and confirmation that an issued key now holds an object."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.errors import ForbiddenError, InvalidInputError, NotFoundError, TooLargeError
from app.models import UploadIntent, User
from app.services.storage import InvalidKey, LocalStorage, Storage, validate_key


class UploadService:
    def __init__(self, settings: Settings, storage: Storage) -> None:
        self.settings = settings
        self.storage = storage

    async def presign(self, db: AsyncSession, user: User, *, content_type: str, extension: str,
                      base_url: str) -> dict[str, Any]:
        """A unique key (ending in `.extension`) issued to this user, and where and how to PUT the file."""
        key = f"uploads/{user.id}/{uuid.uuid4().hex}.{extension.lstrip('.').lower()}"
        expires_in = self.settings.presign_expires_seconds
        db.add(UploadIntent(user_id=user.id, key=key, content_type=content_type,
                            expires_at=datetime.now(UTC) + timedelta(seconds=expires_in)))
        await db.commit()
        return {"key": key, **self.storage.presign_put(key, content_type, expires_in, base_url=base_url)}

    async def receive_signed(self, db: AsyncSession, key: str, *, expires: int, signature: str, content_type: str,
                             body: AsyncIterator[bytes]) -> None:
        """The local stand-in for an S3 presigned PUT: the signature is the authorisation."""
        if not isinstance(self.storage, LocalStorage):
            raise NotFoundError("Upload route")
        try:
            validate_key(key)
        except InvalidKey:
            raise ForbiddenError("Signature does not match") from None
        if not self.storage.verify(key, expires, content_type, signature):
            raise ForbiddenError("Signature does not match or has expired")
        if await db.scalar(select(UploadIntent.id).where(UploadIntent.key == key)) is None:
            raise ForbiddenError("Signature does not match")
        limit = self.settings.max_upload_bytes
        chunks, size = [], 0
        async for chunk in body:
            size += len(chunk)
            if size > limit:
                raise TooLargeError(f"Upload is larger than the {limit} byte limit")
            chunks.append(chunk)
        await self.storage.put(key, b"".join(chunks), content_type)

    async def confirm(self, db: AsyncSession, user: User, key: str) -> tuple[int, datetime]:
        """(size, confirmed at) when the key was issued to this user and the object exists; 404 otherwise."""
        intent, size = await self._uploaded(db, user, key)
        if intent.confirmed_at is None:
            intent.confirmed_at = datetime.now(UTC)
            await db.commit()
        return size, intent.confirmed_at

    async def read(self, db: AsyncSession, user: User, key: str) -> bytes:
        """The bytes this user uploaded under `key` (a presigned upload becoming a document): 404 for a key never
        issued to them or holding nothing, 413 over the upload limit (a bucket does not enforce it), 422 when
        empty. The object is read only after its size is known to be acceptable."""
        _, size = await self._uploaded(db, user, key)
        limit = self.settings.max_upload_bytes
        if size > limit:
            raise TooLargeError(f"File is larger than the {limit // (1024 * 1024)} MB limit")
        if size == 0:
            raise InvalidInputError("The uploaded file is empty")
        try:
            data = await self.storage.get(key)
        except FileNotFoundError:
            raise NotFoundError("Upload") from None
        if len(data) > limit:  # replaced by a larger object since we looked
            raise TooLargeError(f"File is larger than the {limit // (1024 * 1024)} MB limit")
        return data

    async def _uploaded(self, db: AsyncSession, user: User, key: str) -> tuple[UploadIntent, int]:
        intent = await db.scalar(select(UploadIntent).where(UploadIntent.key == key, UploadIntent.user_id == user.id))
        if intent is None:
            raise NotFoundError("Upload")
        try:
            size = await self.storage.size(key)
        except InvalidKey:
            raise NotFoundError("Upload") from None
        if size is None:
            raise NotFoundError("Upload")
        return intent, size
