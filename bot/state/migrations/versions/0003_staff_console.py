"""The staff console: accounts, sessions, failed logins, the audit log; answers counted per day.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('answer_days',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'outcome')
    )
    op.create_table('staff_accounts',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('password_hash', sa.String(length=256), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('username')
    )
    op.create_table('staff_audit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('address', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_staff_audit_created_at'), 'staff_audit',
                    ['created_at'])
    op.create_table('staff_login_failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name_hash', sa.String(length=64), nullable=False),
    sa.Column('address', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_staff_login_failures_address'), 'staff_login_failures',
                    ['address'])
    op.create_index(op.f('ix_staff_login_failures_created_at'), 'staff_login_failures',
                    ['created_at'])
    op.create_index(op.f('ix_staff_login_failures_name_hash'), 'staff_login_failures',
                    ['name_hash'])
    op.create_table('staff_sessions',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('token_hash')
    )
    op.create_index(op.f('ix_staff_sessions_expires_at'), 'staff_sessions',
                    ['expires_at'])
    op.create_index(op.f('ix_staff_sessions_username'), 'staff_sessions',
                    ['username'])


def downgrade() -> None:
    op.drop_index(op.f('ix_staff_sessions_username'), table_name='staff_sessions')
    op.drop_index(op.f('ix_staff_sessions_expires_at'), table_name='staff_sessions')
    op.drop_table('staff_sessions')
    op.drop_index(op.f('ix_staff_login_failures_name_hash'), table_name='staff_login_failures')
    op.drop_index(op.f('ix_staff_login_failures_created_at'), table_name='staff_login_failures')
    op.drop_index(op.f('ix_staff_login_failures_address'), table_name='staff_login_failures')
    op.drop_table('staff_login_failures')
    op.drop_index(op.f('ix_staff_audit_created_at'), table_name='staff_audit')
    op.drop_table('staff_audit')
    op.drop_table('staff_accounts')
    op.drop_table('answer_days')

