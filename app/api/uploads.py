"""Direct uploads: presigned PUT URLs (to the S3 bucket, or to our own S3-style signed route) and confirmation."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from fastapi import APIRouter, HTTPException, Query, Request, Response
from sqlalchemy import select

from app.api.deps import CurrentUser, DbSession, SettingsDep
from app.core.errors import NotFoundError, PayloadTooLargeError, responses
from app.models import UploadIntent
from app.schemas.documents import ConfirmIn, ConfirmOut, PresignIn, PresignOut
from app.services.storage import InvalidKey, LocalStorage, validate_key

router = APIRouter(prefix="/upload", tags=["uploads"])


@router.post("/s3-presign", response_model=PresignOut, responses=responses(401, 422))
async def presign(body: PresignIn, user: CurrentUser, db: DbSession, request: Request,
                  settings: SettingsDep) -> PresignOut:
    """A unique key and a URL to PUT the file to; with no bucket configured the URL is this server's own signed
    upload route."""
    key = f"uploads/{user.id}/{uuid.uuid4().hex}.{body.extension.lstrip('.').lower()}"
    expires_in = settings.presign_expires_seconds
    db.add(UploadIntent(user_id=user.id, key=key, content_type=body.content_type,
                        expires_at=datetime.now(UTC) + timedelta(seconds=expires_in)))
    await db.commit()
    signed = request.app.state.storage.presign_put(key, body.content_type, expires_in, base_url=str(request.base_url))
    return PresignOut(key=key, **signed)


@router.put("/s3/{key:path}", responses={200: {"description": "Stored"}, 403: {"description": "Bad or expired signature"},
                                        413: {"description": "Too large"}})
async def signed_put(key: str, request: Request, db: DbSession, settings: SettingsDep,
                     expires: int = Query(...), signature: str = Query(..., max_length=128)) -> Response:
    """The local stand-in for an S3 presigned PUT: the signature is the authorisation."""
    storage = request.app.state.storage
    if not isinstance(storage, LocalStorage):
        raise NotFoundError("Upload route")
    try:
        validate_key(key)
    except InvalidKey:
        raise HTTPException(403, "Signature does not match") from None
    content_type = request.headers.get("content-type", "")
    if not storage.verify(key, expires, content_type, signature):
        raise HTTPException(403, "Signature does not match or has expired")
    intent = await db.scalar(select(UploadIntent).where(UploadIntent.key == key))
    if intent is None:
        raise HTTPException(403, "Signature does not match")
    limit = settings.max_upload_bytes
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLargeError(f"Upload is larger than the {limit} byte limit")
        chunks.append(chunk)
    await storage.put(key, b"".join(chunks), content_type)
    return Response(status_code=200, headers={"ETag": f'"{uuid.uuid4().hex}"'})


@router.post("/confirm", response_model=ConfirmOut, responses=responses(401, 404, 422))
async def confirm(body: ConfirmIn, user: CurrentUser, db: DbSession, request: Request) -> ConfirmOut:
    """200 when the key was issued to this user and the object exists; 404 otherwise."""
    intent = await db.scalar(select(UploadIntent).where(UploadIntent.key == body.key,
                                                        UploadIntent.user_id == user.id))
    if intent is None:
        raise NotFoundError("Upload")
    storage = request.app.state.storage
    try:
        size = await storage.size(body.key)
    except InvalidKey:
        raise NotFoundError("Upload") from None
    if size is None:
        raise NotFoundError("Upload")
    if intent.confirmed_at is None:
        intent.confirmed_at = datetime.now(UTC)
        await db.commit()
    return ConfirmOut(key=body.key, size_bytes=size, confirmed_at=intent.confirmed_at)


