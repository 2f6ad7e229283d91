"""Direct uploads (`/upload`): presigned PUT URLs and confirmation."""

from __future__ import annotations

import uuid

from fastapi import Query, Request, Response

from app.api.deps import CurrentUser, DbSession, UploadsDep
from app.api.openapi import responses
from app.api.routing import api_router
from app.schemas.documents import ConfirmIn, ConfirmOut, PresignIn, PresignOut

router = api_router(prefix="/upload", tags=["uploads"])


@router.post("/s3-presign", response_model=PresignOut, responses=responses(401, 422))
async def presign(body: PresignIn, user: CurrentUser, db: DbSession, request: Request,
                  uploads: UploadsDep) -> PresignOut:
    """A unique key and a URL to PUT the file to; with no bucket configured the URL is this server's own signed
    upload route."""
    signed = await uploads.presign(db, user, content_type=body.content_type, extension=body.extension,
                                   base_url=str(request.base_url))
    return PresignOut(**signed)


@router.put("/s3/{key:path}", responses={200: {"description": "Stored"}, 403: {"description": "Bad or expired signature"},
                                        413: {"description": "Too large"}})
async def signed_put(key: str, request: Request, db: DbSession, uploads: UploadsDep,
                     expires: int = Query(...), signature: str = Query(..., max_length=128)) -> Response:
    """The local stand-in for an S3 presigned PUT: the signature is the authorisation."""
    await uploads.receive_signed(db, key, expires=expires, signature=signature,
                                 content_type=request.headers.get("content-type", ""), body=request.stream())
    return Response(status_code=200, headers={"ETag": f'"{uuid.uuid4().hex}"'})


@router.post("/confirm", response_model=ConfirmOut, responses=responses(401, 404, 422))
async def confirm(body: ConfirmIn, user: CurrentUser, db: DbSession, uploads: UploadsDep) -> ConfirmOut:
    """200 when the key was issued to this user and the object exists; 404 otherwise."""
    size, confirmed_at = await uploads.confirm(db, user, body.key)
    return ConfirmOut(key=body.key, size_bytes=size, confirmed_at=confirmed_at)
