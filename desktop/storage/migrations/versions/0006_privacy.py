"""Consent withdrawal and erasure: when a household withdrew its consent, and was erased

Revision ID: 0006_privacy
Revises: 0005_indicators

Three nullable columns on ``household``, added with ``ALTER TABLE ADD COLUMN``
(no rebuild of the table, so the triggers of the derived tables stay in place;
hence no CHECK on the withdrawal channel, which the model's enum validates).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_privacy"
down_revision: str | None = "0005_indicators"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNELS = ("site_web", "salon", "telephone", "papier", "email")


def upgrade() -> None:
    op.add_column("household", sa.Column("consent_withdrawn_at", sa.DateTime(), nullable=True))
    op.add_column(
        "household",
        sa.Column(
            "consent_withdrawn_channel",
            sa.Enum(
                *CHANNELS,
                name="consentwithdrawnchannel",
                native_enum=False,
                create_constraint=False,
            ),
            nullable=True,
        ),
    )
    op.add_column("household", sa.Column("erased_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_column("erased_at")
        batch_op.drop_column("consent_withdrawn_channel")
        batch_op.drop_column("consent_withdrawn_at")
