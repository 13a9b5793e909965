"""The local audit log (reserved slot, filled by the audit work)

Revision ID: 0007_audit
Revises: 0006_privacy
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0007_audit"
down_revision: str | None = "0006_privacy"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
