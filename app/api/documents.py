"""Resumes and job descriptions (`/documents`): uploaded, parsed, stored and indexed for the interviewer."""

from __future__ import annotations

import json
from typing import TypeVar

from fastapi import Request, Response, status
from pydantic import BaseModel, ValidationError

from app.api.deps import (
    CurrentUser,
    DbSession,
    DocumentsDep,
    SettingsDep,
    UploadsDep,
    form_file,
    form_value,
    invalid_body,
    parse_id,
    read_upload,
)
from app.api.openapi import responses
from app.api.routing import api_router
from app.core.errors import UnsupportedMediaError
from app.schemas.documents import DocumentOut, FormTitleIn, JobDescriptionIn, UploadKeyIn

ModelT = TypeVar("ModelT", bound=BaseModel)
router = api_router(prefix="/documents", tags=["documents"])

_FILE_BODY = {"multipart/form-data": {"schema": {"type": "object", "required": ["file"],
                                                  "properties": {"file": {"type": "string", "format": "binary"}}}}}
_KEY_SCHEMA = UploadKeyIn.model_json_schema()
_KEY_BODY = {"application/json": {"schema": _KEY_SCHEMA}}
_JD_BODY = {"application/json": {"schema": {"oneOf": [JobDescriptionIn.model_json_schema(), _KEY_SCHEMA]}},
            **_FILE_BODY}


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _json_body(model: type[ModelT], raw: bytes) -> ModelT:
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        raise invalid_body(exc) from None


def _names_a_key(raw: bytes) -> bool:
    """A JSON object with `key` (a presigned upload) rather than `text`."""
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):  # not JSON, or nested past the parser: the model's 422 says which
        return False
    return isinstance(body, dict) and "key" in body and "text" not in body


@router.post("/resume", status_code=status.HTTP_201_CREATED, response_model=DocumentOut,
             responses=responses(401, 404, 409, 413, 415, 422),
             openapi_extra={"requestBody": {"content": {**_FILE_BODY, **_KEY_BODY}}})
async def upload_resume(request: Request, user: CurrentUser, db: DbSession,
                        settings: SettingsDep, documents: DocumentsDep, uploads: UploadsDep) -> DocumentOut:
    """A resume as PDF, DOCX or TXT/MD (multipart field `file`), or JSON `{key}` naming a file this user uploaded
    through `/upload/s3-presign`: parsed, stored and indexed for the interviewer.

    An upload becomes one resume: sending the same `{key}` again (a retry, or two requests at once) returns the
    resume already made from it, the same 201 and body, instead of a second document; 409 when a different file
    was PUT under that key since (a new file needs a new key)."""
    content_type = _media_type(request)
    if content_type not in ("", "application/json", "multipart/form-data"):
        raise UnsupportedMediaError("Send a multipart form with a `file` field, or JSON {key}")
    if content_type == "application/json":
        body = _json_body(UploadKeyIn, await request.body())
        doc = await documents.add_from_upload(db, user, uploads, kind="resume", key=body.key)
        return DocumentOut.model_validate(doc)
    upload = await form_file(request)
    data = await read_upload(upload, settings.max_upload_bytes)
    return DocumentOut.model_validate(await documents.add_resume(db, user, data=data, filename=upload.filename))


@router.post("/job-description", status_code=status.HTTP_201_CREATED, response_model=DocumentOut,
             responses=responses(401, 404, 409, 413, 415, 422), openapi_extra={"requestBody": {"content": _JD_BODY}})
async def upload_job_description(request: Request, user: CurrentUser, db: DbSession,
                                 settings: SettingsDep, documents: DocumentsDep, uploads: UploadsDep) -> DocumentOut:
    """JSON `{text, title?}`, JSON `{key, title?}` naming a file uploaded through `/upload/s3-presign`, or a
    multipart `file`. As for resumes, the same `{key}` again returns the job description already made from it
    (the same 201 and body, its title unchanged; 409 when a different file was PUT under the key since)."""
    content_type = _media_type(request)
    if content_type not in ("", "application/json", "multipart/form-data"):
        raise UnsupportedMediaError("Send JSON {text, title?} or {key, title?}, or a multipart form with a `file` "
                                    "field")
    if content_type == "multipart/form-data":
        upload = await form_file(request)
        data = await read_upload(upload, settings.max_upload_bytes)
        title = await form_value(request, "title")
        try:
            form = FormTitleIn(title=title if isinstance(title, str) else None)
        except ValidationError as exc:
            raise invalid_body(exc) from None
        doc = await documents.add_job_description(db, user, data=data, filename=upload.filename, title=form.title)
    else:
        raw = await request.body()
        if _names_a_key(raw):
            keyed = _json_body(UploadKeyIn, raw)
            doc = await documents.add_from_upload(db, user, uploads, kind="job_description", key=keyed.key,
                                                  title=keyed.title)
        else:
            body = _json_body(JobDescriptionIn, raw)
            doc = await documents.add_job_description(db, user, text=body.text, title=body.title)
    return DocumentOut.model_validate(doc)


@router.get("", response_model=list[DocumentOut], responses=responses(401))
async def list_documents(user: CurrentUser, db: DbSession, documents: DocumentsDep) -> list[DocumentOut]:
    """The user's documents, newest first."""
    return [DocumentOut.model_validate(d) for d in await documents.list_for(db, user)]


@router.get("/{document_id}", response_model=DocumentOut, responses=responses(401, 404))
async def get_document(document_id: str, user: CurrentUser, db: DbSession, documents: DocumentsDep) -> DocumentOut:
    return DocumentOut.model_validate(await documents.get_owned(db, user, parse_id(document_id, "Document")))


@router.delete("/{document_id}", status_code=status.HTTP_204_NO_CONTENT, responses=responses(401, 404))
async def delete_document(document_id: str, user: CurrentUser, db: DbSession, documents: DocumentsDep) -> Response:
    """Removes the record, the stored file and its vectors."""
    await documents.delete(db, user, parse_id(document_id, "Document"))
    return Response(status_code=status.HTTP_204_NO_CONTENT)
