"""documents remember the presigned upload they were made from, once per kind, so that a retried or racing
`POST /documents/resume {key}` returns the same document instead of making a second one

Revision ID: d4e5f6a7b8c9
Revises: c3d4e5f6a7b8
Create Date: 2026-12-03 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "d4e5f6a7b8c9"
down_revision: str | None = "c3d4e5f6a7b8"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# A unique index, not a constraint, and no batch copy: on SQLite a copy drops the old `documents` table, and with
# foreign keys on that drop sets the sessions' and schedules' resume ids to NULL.
def upgrade() -> None:
    op.add_column("documents", sa.Column("source_key", sa.String(length=500), nullable=True))
    op.create_index("uq_documents_source_key_kind", "documents", ["source_key", "kind"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_documents_source_key_kind", table_name="documents")
    with op.batch_alter_table("documents", recreate="never") as batch:  # SQLite ≥ 3.35 drops a column in place
        batch.drop_column("source_key")
