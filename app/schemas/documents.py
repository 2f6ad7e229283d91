from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator

from app.models.document import NAME_CHARS
from app.schemas.text import visible


class DocumentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str
    title: str | None
    filename: str | None
    content_type: str | None
    size_bytes: int
    status: str = Field(description="processing (being indexed for retrieval), indexed, or failed")
    text_chars: int
    parsed: dict[str, Any]
    created_at: datetime


DocumentTitle = Annotated[str, StringConstraints(max_length=NAME_CHARS), BeforeValidator(visible)]


class JobDescriptionIn(BaseModel):
    text: Annotated[str, StringConstraints(strip_whitespace=True, min_length=20, max_length=50000)]
    title: DocumentTitle | None = None

    @model_validator(mode="before")
    @classmethod
    def _text_or_key(cls, data: Any) -> Any:
        if isinstance(data, dict) and "key" in data:  # which one was meant? neither is dropped unseen
            raise ValueError("Send either text or a presigned upload's key, not both")
        return data


class FormTitleIn(BaseModel):
    """The optional `title` field of a multipart job-description upload: the same rule as in JSON."""

    title: DocumentTitle | None = None


class UploadKeyIn(BaseModel):
    """A file the user already uploaded through `/upload/s3-presign`, named by its key."""

    key: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
    title: DocumentTitle | None = None


class PresignIn(BaseModel):
    content_type: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=120,
                                                   pattern=r"^[\w.+-]+/[\w.+-]+$")]
    extension: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10,
                                                pattern=r"^\.?[A-Za-z0-9]+$")]


class PresignOut(BaseModel):
    url: str
    key: str
    method: str
    headers: dict[str, str]
    expires_in: int


class ConfirmIn(BaseModel):
    key: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]  # as UploadKeyIn
    uploaded_at: datetime | None = None


class ConfirmOut(BaseModel):
    key: str
    size_bytes: int | None
    confirmed_at: datetime
