"""Uploaded resumes and job descriptions: checked, parsed, stored, recorded and queued for indexing, or nothing at
all."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import uuid
from collections.abc import AsyncIterator
from typing import Any, Protocol

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.errors import ConflictError, NotFoundError
from app.models import Document, User
from app.models.document import NAME_CHARS
from app.services.documents.worker import DocumentReader
from app.services.storage import Storage

logger = logging.getLogger(__name__)
EXTENSIONS = {"pdf": "pdf", "docx": "docx", "text": "txt"}
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text": "text/plain; charset=utf-8",
}


@contextlib.asynccontextmanager
async def documents_still_there(db: AsyncSession, user_id: int, *, resume_id: int | None = None,
                                job_description_id: int | None = None) -> AsyncIterator[None]:
    """A write that refers to the user's documents by id, checked a moment before: the same user deleting one of them
    at that moment (another tab) fails the write's foreign key. That is a 404 for the document gone, or a 409 when the
    gone document was not named by the client (the latest resume, picked for it), never a 500. `user_id` is a plain
    id: the rollback expires every loaded row."""
    try:
        yield
    except IntegrityError:
        await db.rollback()
        for label, doc_id in (("Resume", resume_id), ("Job description", job_description_id)):
            if doc_id is not None and await db.scalar(
                    select(Document.id).where(Document.id == doc_id, Document.user_id == user_id)) is None:
                raise NotFoundError(label) from None
        raise ConflictError("A document this refers to was deleted at the same moment; try again") from None


class DocumentIndexer(Protocol):
    async def schedule_document(self, document_id: int) -> None: ...

    async def forget_document(self, user_id: int, kind: str, document_id: int) -> None: ...


class UploadReader(Protocol):
    async def read(self, db: AsyncSession, user: User, key: str) -> bytes: ...


class DocumentService:
    def __init__(self, settings: Settings, storage: Storage, indexing: DocumentIndexer,
                 reader: DocumentReader) -> None:
        self.settings = settings
        self.storage = storage
        self.indexing = indexing
        self.reader = reader  # detects, extracts and parses in bounded worker processes

    async def add_resume(self, db: AsyncSession, user: User, *, data: bytes, filename: str | None,
                         source_key: str | None = None) -> Document:
        read = await self.reader.read("resume", data=data, filename=filename)
        return await self._store_and_record(db, user, kind="resume", data=data, file_kind=read.file_kind,
                                            filename=filename, title=read.parsed.get("name"), text=read.text,
                                            parsed=read.parsed, source_key=source_key)

    async def add_job_description(self, db: AsyncSession, user: User, *, text: str | None = None,
                                  data: bytes | None = None, filename: str | None = None,
                                  title: str | None = None, source_key: str | None = None) -> Document:
        read = await self.reader.read("job_description", data=data, text=text, filename=filename)
        return await self._store_and_record(db, user, kind="job_description", data=data, file_kind=read.file_kind,
                                            filename=filename, title=title or read.parsed.get("title"),
                                            text=read.text, parsed=read.parsed, source_key=source_key)

    async def add_from_upload(self, db: AsyncSession, user: User, uploads: UploadReader, *, kind: str, key: str,
                              title: str | None = None) -> Document:
        """The document made from a file this user uploaded through /upload/s3-presign. One document of each
        kind per upload: a repeat of the request (a client retrying, or two racing) gets the recorded one. A
        different file PUT again under the same signed URL is refused (409) rather than silently ignored."""
        user_id = user.id  # a rollback below expires `user`
        recorded = await self._made_from(db, user_id, kind, key)
        if recorded is not None:
            return await self._replayed(db, user, uploads, recorded, key)
        data, filename = await uploads.read(db, user, key), key.rsplit("/", 1)[-1]
        try:
            if kind == "resume":
                doc = await self.add_resume(db, user, data=data, filename=filename, source_key=key)
            else:
                doc = await self.add_job_description(db, user, data=data, filename=filename, title=title,
                                                     source_key=key)
        except IntegrityError:  # a racing request recorded it first; ours was rolled back and its file removed
            recorded = await self._made_from(db, user_id, kind, key)
            if recorded is None:
                raise
            return recorded
        return doc

    @staticmethod
    async def _replayed(db: AsyncSession, user: User, uploads: UploadReader, recorded: Document, key: str) -> Document:
        try:
            data = await uploads.read(db, user, key)
        except NotFoundError:
            return recorded  # the object is gone (a bucket's lifecycle rule); the document stands
        if recorded.sha256 and hashlib.sha256(data).hexdigest() != recorded.sha256:
            label = "resume" if recorded.kind == "resume" else "job description"
            raise ConflictError(f"This upload already became {label} {recorded.id}, and the file under its key has "
                                f"changed since: ask /upload/s3-presign for a new key to send another file")
        return recorded

    async def list_for(self, db: AsyncSession, user: User) -> list[Document]:
        return list(await db.scalars(select(Document).where(Document.user_id == user.id)
                                     .order_by(Document.created_at.desc(), Document.id.desc())))

    async def get_owned(self, db: AsyncSession, user: User, document_id: int) -> Document:
        doc = await db.scalar(select(Document).where(Document.id == document_id, Document.user_id == user.id))
        if doc is None:
            raise NotFoundError("Document")
        return doc

    async def delete(self, db: AsyncSession, user: User, document_id: int) -> None:
        """Removes the record, the stored file, the presigned upload it was made from, and its vectors."""
        doc = await self.get_owned(db, user, document_id)
        keys, kind = [k for k in (doc.storage_key, doc.source_key) if k], doc.kind
        # One statement that says whether it deleted anything: of two deletes at once, the second is a 404.
        deleted = await db.execute(delete(Document).where(Document.id == doc.id))
        await db.commit()
        if deleted.rowcount == 0:
            raise NotFoundError("Document")
        for key in keys:  # a deleted resume must not be recoverable through its upload key
            await self.storage.delete(key)
        await self.indexing.forget_document(user.id, kind, document_id)

    async def _made_from(self, db: AsyncSession, user_id: int, kind: str, key: str) -> Document | None:
        return await db.scalar(select(Document).where(Document.user_id == user_id, Document.kind == kind,
                                                      Document.source_key == key))

    async def _store_and_record(self, db: AsyncSession, user: User, *, kind: str, data: bytes | None,
                                file_kind: str | None, filename: str | None, title: str | None, text: str,
                                parsed: dict[str, Any], source_key: str | None = None) -> Document:
        key = None
        if data is not None and file_kind is not None:
            key = f"documents/{user.id}/{uuid.uuid4().hex}.{EXTENSIONS[file_kind]}"
            await self.storage.put(key, data, CONTENT_TYPES[file_kind])
        doc = Document(
            user_id=user.id, kind=kind, title=_clipped(title), filename=_clipped_filename(filename),
            content_type=CONTENT_TYPES[file_kind] if file_kind else "text/plain; charset=utf-8", storage_key=key,
            source_key=source_key,
            size_bytes=len(data) if data is not None else len(text.encode()),
            sha256=hashlib.sha256(data if data is not None else text.encode()).hexdigest(), text=text,
            parsed=parsed, status="processing",
        )
        try:
            db.add(doc)
            await db.commit()
        except BaseException:
            # Nothing half-stored: a file without its row would be invisible and never cleaned up.
            await db.rollback()
            if key:
                await self.storage.delete(key)
            raise
        await self.indexing.schedule_document(doc.id)
        return doc


def _clipped(title: str | None) -> str | None:
    """A title read from the document (a resume's name line, a posting's first line) can run to any length; the
    column holds NAME_CHARS. (A title the client sends is refused over that length by its schema instead.)"""
    if title is None or len(title) <= NAME_CHARS:
        return title
    return title[: NAME_CHARS - 1].rstrip() + "…"


def _clipped_filename(filename: str | None) -> str | None:
    """A client's file name, shortened to fit its column and keeping its extension."""
    if filename is None or len(filename) <= NAME_CHARS:
        return filename
    stem, dot, extension = filename.rpartition(".")
    if not dot or len(extension) > 10:
        return filename[: NAME_CHARS - 1] + "…"
    return stem[: NAME_CHARS - len(extension) - 2] + "…." + extension
