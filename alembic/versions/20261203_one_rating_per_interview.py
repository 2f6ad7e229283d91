"""one rating per candidate and interview: racing first ratings made two rows, so rating again changed only one

Revision ID: e5f6a7b8c9d0
Revises: d4e5f6a7b8c9
Create Date: 2026-12-03 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "e5f6a7b8c9d0"
down_revision: str | None = "d4e5f6a7b8c9"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Duplicates left by earlier races: keep the newest rating of each candidate and interview.
    op.execute(sa.text(
        "DELETE FROM interview_ratings WHERE id NOT IN "
        "(SELECT MAX(id) FROM interview_ratings GROUP BY session_id, user_id)"
    ))
    op.create_index("uq_interview_ratings_session_user", "interview_ratings", ["session_id", "user_id"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_interview_ratings_session_user", table_name="interview_ratings")
