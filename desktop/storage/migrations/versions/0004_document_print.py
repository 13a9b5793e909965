"""Document prints: who printed which version of a household's dossier, and when

Revision ID: 0004_document_print
Revises: 0003_sync
Create Date: 2026-11-26 12:00:00

One new synced table, so no batch rebuild of an existing one.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_document_print"
down_revision: str | None = "0003_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "document_print",
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column(
            "document_version",
            sa.Enum(
                "foyer",
                "interne",
                name="documentversion",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("officer_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_document_print_household_id_household"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"],
            ["officer.id"],
            name=op.f("fk_document_print_officer_id_officer"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_print")),
    )
    with op.batch_alter_table("document_print", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_print_household_id"), ["household_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("document_print", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_print_household_id"))
    op.drop_table("document_print")
