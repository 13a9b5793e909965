"""Sync: the outbox, rejected changes, the conflict log and deferred purges

Revision ID: 0003_sync
Revises: 0002_case_workspace
Create Date: 2026-11-26 10:00:00

Only new tables, so no batch rebuild of existing ones. The cursor, device id,
device sequence, clock and account are ``app_meta`` keys, written on first use.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_sync"
down_revision: str | None = "0002_case_workspace"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("device_seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("household_id", sa.Uuid(), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(length=60), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("device_seq", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("change_id", name=op.f("uq_sync_outbox_change_id")),
    )
    op.create_index(op.f("ix_sync_outbox_household_id"), "sync_outbox", ["household_id"])
    op.create_index(op.f("ix_sync_outbox_record_id"), "sync_outbox", ["record_id"])

    op.create_table(
        "sync_rejected",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("device_seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("household_id", sa.Uuid(), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(length=60), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("rejected_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_rejected")),
        sa.UniqueConstraint("change_id", name=op.f("uq_sync_rejected_change_id")),
    )
    op.create_index(op.f("ix_sync_rejected_record_id"), "sync_rejected", ["record_id"])

    op.create_table(
        "sync_conflict",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=False),
        sa.Column("kept_hlc", sa.String(length=60), nullable=True),
        sa.Column("kept_device", sa.String(length=32), nullable=True),
        sa.Column("kept_officer", sa.String(length=32), nullable=True),
        sa.Column("lost_value", sa.JSON(), nullable=False),
        sa.Column("lost_hlc", sa.String(length=60), nullable=False),
        sa.Column("lost_device", sa.String(length=32), nullable=True),
        sa.Column("lost_officer", sa.String(length=32), nullable=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("restored_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_conflict")),
    )
    op.create_index(op.f("ix_sync_conflict_occurred_at"), "sync_conflict", ["occurred_at"])
    op.create_index(op.f("ix_sync_conflict_record_id"), "sync_conflict", ["record_id"])

    op.create_table(
        "sync_purge",
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("household_id", name=op.f("pk_sync_purge")),
    )


def downgrade() -> None:
    op.drop_table("sync_purge")
    op.drop_index(op.f("ix_sync_conflict_record_id"), table_name="sync_conflict")
    op.drop_index(op.f("ix_sync_conflict_occurred_at"), table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_index(op.f("ix_sync_rejected_record_id"), table_name="sync_rejected")
    op.drop_table("sync_rejected")
    op.drop_index(op.f("ix_sync_outbox_record_id"), table_name="sync_outbox")
    op.drop_index(op.f("ix_sync_outbox_household_id"), table_name="sync_outbox")
    op.drop_table("sync_outbox")
