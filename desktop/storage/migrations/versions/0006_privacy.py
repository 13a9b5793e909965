"""Consent withdrawal, erasure and anonymisation (reserved slot, filled by the privacy work)

Revision ID: 0006_privacy
Revises: 0005_indicators
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0006_privacy"
down_revision: str | None = "0005_indicators"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
