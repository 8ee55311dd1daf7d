"""The initial schema: feedback, refused questions, chat settings, turns, handled updates.

Revision ID: 0001
Revises:
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("session_id", sa.String(128), nullable=True),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("doc_id", sa.String(512), nullable=True),
        sa.Column("helpful", sa.Boolean, nullable=False),
        sa.Column("comment", sa.Text, nullable=True),
        sa.Column("lang", sa.String(2), nullable=True),
    )
    op.create_index("ix_feedback_created_at", "feedback", ["created_at"])
    op.create_table(
        "refused_questions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("lang", sa.String(2), nullable=True),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_index("ix_refused_questions_created_at", "refused_questions", ["created_at"])
    op.create_table(
        "chat_settings",
        sa.Column("chat_id", sa.String(64), primary_key=True),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("lang", sa.String(2), nullable=True),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "session_turns",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("session_id", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("doc_id", sa.String(512), nullable=True),
        sa.Column("lang", sa.String(2), nullable=True),
        sa.Column("country", sa.String(2), nullable=True),
    )
    op.create_index("ix_session_turns_session_id", "session_turns", ["session_id"])
    op.create_index("ix_session_turns_created_at", "session_turns", ["created_at"])
    op.create_table(
        "handled_updates",
        sa.Column("key", sa.String(160), primary_key=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_handled_updates_created_at", "handled_updates", ["created_at"])


def downgrade() -> None:
    for table in ("handled_updates", "session_turns", "chat_settings", "refused_questions",
                  "feedback"):
        op.drop_table(table)
