from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, JSONType, TimestampMixin, utcnow

NAME_CHARS = 300  # title and filename columns


class Document(TimestampMixin, Base):
    """An uploaded resume or job description: the stored file, its extracted text and its parsed structure."""

    __tablename__ = "documents"
    # One document of each kind per presigned upload: a retried or racing request gets the same one.
    __table_args__ = (Index("uq_documents_source_key_kind", "source_key", "kind", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # resume | job_description
    title: Mapped[str | None] = mapped_column(String(NAME_CHARS))
    filename: Mapped[str | None] = mapped_column(String(NAME_CHARS))
    content_type: Mapped[str | None] = mapped_column(String(120))
    storage_key: Mapped[str | None] = mapped_column(String(500))
    source_key: Mapped[str | None] = mapped_column(String(500))  # the /upload/s3-presign key it was made from
    size_bytes: Mapped[int] = mapped_column(default=0)
    sha256: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text, default="")
    parsed: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="processing")  # processing | indexed | failed
    index_error: Mapped[str | None] = mapped_column(Text)

    @property
    def text_chars(self) -> int:
        return len(self.text or "")


class UploadIntent(Base):
    """A key handed out by /upload/s3-presign; /upload/confirm only accepts keys issued here."""

    __tablename__ = "upload_intents"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(500), unique=True)
    content_type: Mapped[str] = mapped_column(String(120))
    expires_at: Mapped[datetime]
    confirmed_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
