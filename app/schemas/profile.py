from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from app.schemas.bounds import Bounded, ReadableOrNull
from app.schemas.casing import AcceptsCamelCase
from app.schemas.text import visible

Name = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200), BeforeValidator(visible)]
Item = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100), BeforeValidator(visible)]


def _once_each(items: list[str]) -> list[str]:
    """["Python", "python", " PYTHON "] is one skill: the first spelling is kept, in the order given."""
    first_spelling: dict[str, str] = {}
    for item in items:
        first_spelling.setdefault(item.casefold(), item)
    return list(first_spelling.values())


Items = Annotated[list[Item], AfterValidator(_once_each)]


class ProfileFields(AcceptsCamelCase):
    current_role: Name | None = None
    current_company: Name | None = None
    years_of_experience: float | None = Field(default=None, ge=0, le=60)
    target_role: Name | None = None
    target_companies: Items | None = Field(default=None, max_length=20)
    technical_skills: Items | None = Field(default=None, max_length=100)
    soft_skills: Items | None = Field(default=None, max_length=50)
    difficulty_preference: Literal["easy", "medium", "hard"] | None = None
    bio: Annotated[str, StringConstraints(max_length=5000), BeforeValidator(visible)] | None = None
    # Free-form, within bounds (depth, entries, size; app/schemas/bounds.py) so whatever is stored reads back.
    education: Annotated[list[Any], Bounded] | None = Field(default=None, max_length=20)
    certifications: Annotated[list[Any], Bounded] | None = Field(default=None, max_length=50)
    interview_preferences: Annotated[dict[str, Any], Bounded] | None = None


class ProfileCreate(ProfileFields):
    pass


class ProfileUpdate(ProfileFields):
    pass


class ProfileOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    user_id: int
    current_role: str | None
    current_company: str | None
    years_of_experience: float | None
    target_role: str | None
    target_companies: list[str]
    technical_skills: list[str]
    soft_skills: list[str]
    difficulty_preference: str | None
    bio: str | None
    education: Annotated[list[Any] | None, ReadableOrNull]
    certifications: Annotated[list[Any] | None, ReadableOrNull]
    interview_preferences: Annotated[dict[str, Any] | None, ReadableOrNull]
    index_status: str
    created_at: datetime
    updated_at: datetime


class IndexOut(BaseModel):
    success: bool
    user_id: int
    indexed_chunks: int
