"""auth sessions remember the refresh token they rotated last and when, so that two tabs refreshing at once do not
end the login as a stolen token would

Revision ID: c3d4e5f6a7b8
Revises: 10dc49974725
Create Date: 2026-12-02 14:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

import app.models.base
from alembic import op

revision: str = "c3d4e5f6a7b8"
down_revision: str | None = "10dc49974725"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("auth_sessions") as batch:
        batch.add_column(sa.Column("previous_refresh_jti", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("rotated_at", app.models.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("auth_sessions") as batch:
        batch.drop_column("rotated_at")
        batch.drop_column("previous_refresh_jti")
