"""What became of a question not answered: `outcome` on refused_questions (refused,
not_covered, suggested; rows already there were refusals) and the page offered first.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("refused_questions") as table:
        # the default also serves replicas of the previous version during a rolling upgrade
        table.add_column(sa.Column("outcome", sa.String(length=16), nullable=False,
                                   server_default="refused"))
        table.add_column(sa.Column("doc_id", sa.String(length=512), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("refused_questions") as table:
        table.drop_column("doc_id")
        table.drop_column("outcome")
