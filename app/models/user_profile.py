from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, JSONType, TimestampMixin


class UserProfile(TimestampMixin, Base):
    __tablename__ = "user_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    current_role: Mapped[str | None] = mapped_column(String(200))
    current_company: Mapped[str | None] = mapped_column(String(200))
    years_of_experience: Mapped[float | None]
    target_role: Mapped[str | None] = mapped_column(String(200))
    target_companies: Mapped[list[str]] = mapped_column(JSONType, default=list)
    technical_skills: Mapped[list[str]] = mapped_column(JSONType, default=list)
    soft_skills: Mapped[list[str]] = mapped_column(JSONType, default=list)
    difficulty_preference: Mapped[str | None] = mapped_column(String(20))
    bio: Mapped[str | None] = mapped_column(Text)
    education: Mapped[list[Any] | None] = mapped_column(JSONType, default=None)
    certifications: Mapped[list[Any] | None] = mapped_column(JSONType, default=None)
    interview_preferences: Mapped[dict[str, Any] | None] = mapped_column(JSONType, default=None)
    index_status: Mapped[str] = mapped_column(String(20), default="pending")
    indexed_at: Mapped[datetime | None] = mapped_column(default=None)

    def to_context_string(self) -> str:
        """A compact plain-text description of the candidate for prompts and retrieval."""
        parts = []
        if self.current_role:
            where = f" at {self.current_company}" if self.current_company else ""
            parts.append(f"Current role: {self.current_role}{where}")
        if self.years_of_experience is not None:
            parts.append(f"Years of experience: {self.years_of_experience:g}")
        if self.target_role:
            parts.append(f"Target role: {self.target_role}")
        if self.target_companies:
            parts.append("Target companies: " + ", ".join(self.target_companies))
        if self.technical_skills:
            parts.append("Technical skills: " + ", ".join(self.technical_skills))
        if self.soft_skills:
            parts.append("Soft skills: " + ", ".join(self.soft_skills))
        if self.education:
            parts.append("Education: " + "; ".join(str(e) for e in self.education))
        if self.certifications:
            parts.append("Certifications: " + "; ".join(str(c) for c in self.certifications))
        if self.bio:
            parts.append(f"Bio: {self.bio}")
        return "\n".join(parts)
