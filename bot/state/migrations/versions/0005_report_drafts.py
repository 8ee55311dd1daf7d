"""Reports being written in a chat (`bot.state.drafts`): the step, the fields so far, the
photo, so that any replica can take the next message.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_drafts",
        sa.Column("chat_id", sa.String(length=64), nullable=False),
        sa.Column("step", sa.String(length=16), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("chat_id"),
    )
    op.create_index(op.f("ix_report_drafts_updated_at"), "report_drafts", ["updated_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_report_drafts_updated_at"), table_name="report_drafts")
    op.drop_table("report_drafts")
