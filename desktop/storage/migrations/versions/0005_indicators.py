"""Indexes for the indicators (reserved slot, filled by the indicators work)

Revision ID: 0005_indicators
Revises: 0004_document_print
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0005_indicators"
down_revision: str | None = "0004_document_print"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
