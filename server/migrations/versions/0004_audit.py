"""The audit log received from devices

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXED = ("at", "officer_id", "sent_by", "action", "household_id")


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("officer_id", sa.String(length=32), nullable=True),
        sa.Column("officer_name", sa.String(length=200), nullable=False),
        sa.Column("sent_by", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("household_id", sa.String(length=32), nullable=True),
        sa.Column("file", sa.Text(), nullable=True),
        sa.Column("item_count", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["sent_by"], ["officer.id"], name=op.f("fk_audit_entry_sent_by_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        for column in _INDEXED:
            batch_op.create_index(batch_op.f(f"ix_audit_entry_{column}"), [column], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        for column in reversed(_INDEXED):
            batch_op.drop_index(batch_op.f(f"ix_audit_entry_{column}"))
    op.drop_table("audit_entry")
