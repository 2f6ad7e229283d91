"""interaction turn details: why a question was asked, its key points, provider, idempotency key, channel, trace

Revision ID: b7c1d2e3f4a5
Revises: 0fb7f2d2f346
Create Date: 2026-12-01 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "b7c1d2e3f4a5"
down_revision: str | None = "0fb7f2d2f346"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("ai_interview_interactions") as batch:
        batch.add_column(sa.Column("reason", sa.String(length=80), nullable=True))
        batch.add_column(sa.Column("key_points", JSON, nullable=True))
        batch.add_column(sa.Column("provider", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("client_message_id", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("channel", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("trace_id", sa.String(length=36), nullable=True))
        batch.create_unique_constraint("uq_ai_interview_interactions_client_message_id",
                                       ["session_id", "client_message_id"])


def downgrade() -> None:
    with op.batch_alter_table("ai_interview_interactions") as batch:
        batch.drop_constraint("uq_ai_interview_interactions_client_message_id", type_="unique")
        for column in ("trace_id", "channel", "client_message_id", "provider", "key_points", "reason"):
            batch.drop_column(column)
