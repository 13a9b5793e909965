"""GDPR erasure on the server: the notices that tell every device to erase a household

Revision ID: 0003
Revises: 0002

The record store needs no new column: an erased household's records are
anonymised in place (``server/erasure.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "erasure_notice",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("household_id", sa.String(length=32), nullable=False),
        sa.Column("departement_code", sa.String(length=3), nullable=True),
        sa.Column("epci_siren", sa.String(length=9), nullable=True),
        sa.Column("commune_code", sa.String(length=5), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_erasure_notice")),
        sa.UniqueConstraint("household_id", name=op.f("uq_erasure_notice_household_id")),
    )


def downgrade() -> None:
    op.drop_table("erasure_notice")
