"""The local audit log: who viewed, exported, printed, imported or erased what, and when

Revision ID: 0007_audit
Revises: 0006_privacy

One new table, kept append-only by two triggers: an entry can be marked sent,
never changed otherwise nor deleted.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_audit"
down_revision: str | None = "0006_privacy"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FROZEN = "id, at, officer_id, officer_name, device_id, action, household_id, file, "
_FROZEN += "item_count, detail"


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("officer_id", sa.Uuid(), nullable=True),
        sa.Column("officer_name", sa.String(length=200), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "consultation",
                "export",
                "impression",
                "import",
                "effacement",
                "acces",
                name="auditaction",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("household_id", sa.Uuid(), nullable=True),
        sa.Column("file", sa.Text(), nullable=True),
        sa.Column("item_count", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_entry_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_audit_entry_sent_at"), ["sent_at"], unique=False)
    op.execute(
        "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END"
    )
    op.execute(
        f"CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OF {_FROZEN} ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER audit_entry_no_update")
    op.execute("DROP TRIGGER audit_entry_no_delete")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_sent_at"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_household_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))
    op.drop_table("audit_entry")
