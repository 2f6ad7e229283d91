"""interview schedules: booked practice interviews with their reminder cursor; sessions link to their schedule

Revision ID: 10dc49974725
Revises: b7c1d2e3f4a5
Create Date: 2026-12-01 10:53:40.291327
"""

from collections.abc import Sequence

import sqlalchemy as sa

import app.models.base
from alembic import op

revision: str = '10dc49974725'
down_revision: str | None = 'b7c1d2e3f4a5'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('interview_schedules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('interview_type', sa.String(length=20), nullable=False),
    sa.Column('role_context', sa.String(length=300), nullable=True),
    sa.Column('company_context', sa.String(length=300), nullable=True),
    sa.Column('difficulty_level', sa.String(length=10), nullable=True),
    sa.Column('max_questions', sa.Integer(), nullable=True),
    sa.Column('resume_id', sa.Integer(), nullable=True),
    sa.Column('job_description', sa.Text(), nullable=True),
    sa.Column('start_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('remind_minutes_before', sa.Integer(), nullable=False),
    sa.Column('recurrence_freq', sa.String(length=10), nullable=True),
    sa.Column('recurrence_count', sa.Integer(), nullable=True),
    sa.Column('recurrence_until', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('reminder_due_at', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('reminded_occurrence_at', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('cancelled_at', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['resume_id'], ['documents.id'], name=op.f('fk_interview_schedules_resume_id_documents'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_interview_schedules_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interview_schedules')),
    sa.UniqueConstraint('uid', name=op.f('uq_interview_schedules_uid'))
    )
    with op.batch_alter_table('interview_schedules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interview_schedules_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_interview_schedules_reminder_due_at'), ['reminder_due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_interview_schedules_user_id'), ['user_id'], unique=False)

    with op.batch_alter_table('ai_interview_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('schedule_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('scheduled_for', app.models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_ai_interview_sessions_schedule_id'), ['schedule_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_ai_interview_sessions_schedule_id_interview_schedules'), 'interview_schedules', ['schedule_id'], ['id'], ondelete='SET NULL')



def downgrade() -> None:
    with op.batch_alter_table('ai_interview_sessions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_ai_interview_sessions_schedule_id_interview_schedules'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_ai_interview_sessions_schedule_id'))
        batch_op.drop_column('scheduled_for')
        batch_op.drop_column('schedule_id')

    with op.batch_alter_table('interview_schedules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interview_schedules_user_id'))
        batch_op.drop_index(batch_op.f('ix_interview_schedules_reminder_due_at'))
        batch_op.drop_index(batch_op.f('ix_interview_schedules_created_at'))

    op.drop_table('interview_schedules')
