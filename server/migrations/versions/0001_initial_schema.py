"""The first schema of the regional server: accounts, territories, the record store.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON_DOCUMENT = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "applied_change",
        sa.Column("change_id", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("device_seq", sa.BigInteger(), nullable=False),
        sa.Column("officer_id", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_applied_change")),
    )
    with op.batch_alter_table("applied_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_applied_change_device_id"), ["device_id"], unique=False
        )

    op.create_table(
        "conflict",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("kept_value", JSON_DOCUMENT, nullable=True),
        sa.Column("kept_hlc", sa.String(length=60), nullable=True),
        sa.Column("kept_device", sa.String(length=32), nullable=True),
        sa.Column("kept_officer", sa.String(length=32), nullable=True),
        sa.Column("lost_value", JSON_DOCUMENT, nullable=True),
        sa.Column("lost_hlc", sa.String(length=60), nullable=False),
        sa.Column("lost_device", sa.String(length=32), nullable=True),
        sa.Column("lost_officer", sa.String(length=32), nullable=True),
        sa.Column("scope", sa.String(length=12), nullable=False),
        sa.Column("departement_code", sa.String(length=3), nullable=True),
        sa.Column("epci_siren", sa.String(length=9), nullable=True),
        sa.Column("commune_code", sa.String(length=5), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflict_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_conflict_seq"), ["seq"], unique=False)

    op.create_table(
        "device",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
    )
    op.create_table(
        "officer",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), server_default="officer", nullable=False),
        sa.Column("revoked", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officer")),
        sa.UniqueConstraint("email", name=op.f("uq_officer_email")),
    )
    op.create_table(
        "purge_notice",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("household_id", sa.String(length=32), nullable=False),
        sa.Column("departement_code", sa.String(length=3), nullable=True),
        sa.Column("epci_siren", sa.String(length=9), nullable=True),
        sa.Column("commune_code", sa.String(length=5), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_purge_notice")),
    )
    with op.batch_alter_table("purge_notice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_purge_notice_household_id"), ["household_id"], unique=False
        )

    op.create_table(
        "record",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("data", JSON_DOCUMENT, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("clocks", JSON_DOCUMENT, nullable=False),
        sa.Column("authors", JSON_DOCUMENT, nullable=False),
        sa.Column("hlc", sa.String(length=60), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("scope", sa.String(length=12), nullable=False),
        sa.Column("household_id", sa.String(length=32), nullable=True),
        sa.Column("departement_code", sa.String(length=3), nullable=True),
        sa.Column("epci_siren", sa.String(length=9), nullable=True),
        sa.Column("commune_code", sa.String(length=5), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "id", name=op.f("pk_record")),
    )
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_commune_code"), ["commune_code"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_record_departement_code"), ["departement_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_record_epci_siren"), ["epci_siren"], unique=False)
        batch_op.create_index("ix_record_household", ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_seq"), ["seq"], unique=True)

    sync_counter = op.create_table(
        "sync_counter",
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sync_counter")),
    )
    op.bulk_insert(sync_counter, [{"name": "seq", "value": 0}])
    op.create_table(
        "territory",
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("code", sa.String(length=9), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("departement_code", sa.String(length=3), nullable=True),
        sa.Column("epci_siren", sa.String(length=9), nullable=True),
        sa.PrimaryKeyConstraint("kind", "code", name=op.f("pk_territory")),
    )
    op.create_table(
        "officer_territory",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("officer_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("code", sa.String(length=9), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_officer_territory_officer_id_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officer_territory")),
        sa.UniqueConstraint(
            "officer_id", "kind", "code", name=op.f("uq_officer_territory_officer_id_kind_code")
        ),
    )
    with op.batch_alter_table("officer_territory", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_officer_territory_officer_id"), ["officer_id"], unique=False
        )

    op.create_table(
        "token",
        sa.Column("token_sha256", sa.String(length=64), nullable=False),
        sa.Column("officer_id", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_token_device_id_device")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_token_officer_id_officer")
        ),
        sa.PrimaryKeyConstraint("token_sha256", name=op.f("pk_token")),
    )
    with op.batch_alter_table("token", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_token_device_id"), ["device_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_token_officer_id"), ["officer_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_token_officer_id"))
        batch_op.drop_index(batch_op.f("ix_token_device_id"))

    op.drop_table("token")
    with op.batch_alter_table("officer_territory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_officer_territory_officer_id"))

    op.drop_table("officer_territory")
    op.drop_table("territory")
    op.drop_table("sync_counter")
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_seq"))
        batch_op.drop_index("ix_record_household")
        batch_op.drop_index(batch_op.f("ix_record_epci_siren"))
        batch_op.drop_index(batch_op.f("ix_record_departement_code"))
        batch_op.drop_index(batch_op.f("ix_record_commune_code"))

    op.drop_table("record")
    with op.batch_alter_table("purge_notice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purge_notice_household_id"))

    op.drop_table("purge_notice")
    op.drop_table("officer")
    op.drop_table("device")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflict_seq"))
        batch_op.drop_index(batch_op.f("ix_conflict_record_id"))

    op.drop_table("conflict")
    with op.batch_alter_table("applied_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_applied_change_device_id"))

    op.drop_table("applied_change")
