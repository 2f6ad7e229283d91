"""Every ORM model, imported here so Alembic and the app see one complete metadata."""

from app.models.base import Base, is_row_id, row_id_in
from app.models.document import Document, UploadIntent
from app.models.interview import (
    AIInterviewInteraction,
    AIInterviewSession,
    InterviewAssessment,
    InterviewRating,
    PracticeSession,
)
from app.models.schedule import InterviewSchedule
from app.models.user import ActionToken, AuthSession, User
from app.models.user_profile import UserProfile

__all__ = [
    "AIInterviewInteraction",
    "AIInterviewSession",
    "ActionToken",
    "AuthSession",
    "Base",
    "Document",
    "InterviewAssessment",
    "InterviewRating",
    "InterviewSchedule",
    "PracticeSession",
    "UploadIntent",
    "User",
    "UserProfile",
    "is_row_id",
    "row_id_in",
]
