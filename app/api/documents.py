"""Resumes and job descriptions (`/documents`): uploaded, parsed, stored and indexed for the interviewer."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response, status
from pydantic import ValidationError

from app.api.deps import (
    CurrentUser,
    DbSession,
    DocumentsDep,
    SettingsDep,
    form_file,
    invalid_body,
    parse_id,
    read_upload,
)
from app.api.openapi import responses
from app.core.errors import UnsupportedMediaError
from app.schemas.documents import DocumentOut, JobDescriptionIn

router = APIRouter(prefix="/documents", tags=["documents"])

_FILE_BODY = {"multipart/form-data": {"schema": {"type": "object", "required": ["file"],
                                                  "properties": {"file": {"type": "string", "format": "binary"}}}}}


@router.post("/resume", status_code=status.HTTP_201_CREATED, response_model=DocumentOut,
             responses=responses(401, 413, 415, 422), openapi_extra={"requestBody": {"content": _FILE_BODY}})
async def upload_resume(request: Request, user: CurrentUser, db: DbSession, settings: SettingsDep,
                        documents: DocumentsDep) -> DocumentOut:
    """A resume as PDF, DOCX or TXT/MD (multipart field `file`): parsed, stored and indexed for the interviewer."""
    upload = await form_file(request)
    data = await read_upload(upload, settings.max_upload_bytes)
    return DocumentOut.model_validate(await documents.add_resume(db, user, data=data, filename=upload.filename))


@router.post("/job-description", status_code=status.HTTP_201_CREATED, response_model=DocumentOut,
             responses=responses(401, 413, 415, 422),
             openapi_extra={"requestBody": {"content": {
                 "application/json": {"schema": JobDescriptionIn.model_json_schema()}, **_FILE_BODY}}})
async def upload_job_description(request: Request, user: CurrentUser, db: DbSession, settings: SettingsDep,
                                 documents: DocumentsDep) -> DocumentOut:
    """JSON `{text, title?}` or a multipart `file`."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ("", "application/json", "multipart/form-data"):
        raise UnsupportedMediaError("Send JSON {text, title?} or a multipart form with a `file` field")
    if content_type == "multipart/form-data":
        upload = await form_file(request)
        data = await read_upload(upload, settings.max_upload_bytes)
        title = (await request.form()).get("title")
        doc = await documents.add_job_description(db, user, data=data, filename=upload.filename,
                                                  title=title if isinstance(title, str) else None)
    else:
        try:
            body = JobDescriptionIn.model_validate_json(await request.body())
        except ValidationError as exc:
            raise invalid_body(exc) from None
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
