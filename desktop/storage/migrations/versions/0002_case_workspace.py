"""Case workspace: full-text search and per-household summary, kept in step by triggers

Revision ID: 0002_case_workspace
Revises: 0001_initial
Create Date: 2026-11-25 22:20:00

It also adds what duplicate handling needs: an index on the origin commune
and ``merged_into_id``, the pointer a merged-away household keeps to the one
kept. The two derived tables are local and derived (never synced): ``household_search`` (FTS5,
its rowid is the household's) and ``household_summary`` (what the case list
sorts and filters on). One statement per household recomputes both; triggers
on every table that feeds them run it, unless a bulk load has suspended them
in its own transaction (it then rebuilds everything once).

The SQL is frozen here as it stood at this revision: a migration must replay
the same way forever. ``desktop.cases.derived`` holds the runtime copy used to
rebuild, and tests/test_derived.py checks that triggers and rebuild agree.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_case_workspace"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCH_DOCUMENT = """
SELECT h.rowid,
       h.name || ' ' || coalesce((SELECT group_concat(p.first_name || ' ' || p.last_name, ' ')
                                  FROM person p WHERE p.household_id = h.id AND p.deleted = 0), ''),
       coalesce((SELECT group_concat(
                     coalesce(p.email, '') || ' ' || coalesce(p.phone, '') || ' ' ||
                     CASE WHEN p.phone LIKE '+33%'
                          THEN '0' || substr(p.phone, 4) || ' ' || substr(p.phone, 4) ELSE '' END,
                     ' ')
                 FROM person p WHERE p.household_id = h.id AND p.deleted = 0), ''),
       coalesce((SELECT c.name FROM commune c WHERE c.code = h.origin_commune_code), '')
         || ' ' || coalesce(h.origin_city, '') || ' ' ||
       coalesce((SELECT group_concat(c.name, ' ') FROM household_target t
                 JOIN commune c ON c.code = t.code
                 WHERE t.household_id = h.id AND t.deleted = 0 AND t.kind = 'commune'), ''),
       coalesce((SELECT group_concat(i.summary, ' ') FROM interaction i
                 WHERE i.household_id = h.id AND i.deleted = 0), '')
FROM household h
"""

SUMMARY = """
SELECT h.id, h.rowid, h.name, h.status,
       CASE h.status WHEN 'nouveau' THEN 0 WHEN 'contacte' THEN 1 WHEN 'accompagne' THEN 2
                     WHEN 'installe' THEN 3 WHEN 'en_pause' THEN 4 ELSE 5 END,
       h.source, h.event_id, h.officer_id, o.name,
       (SELECT count(*) FROM person p WHERE p.household_id = h.id AND p.deleted = 0),
       (SELECT count(*) FROM person p
         WHERE p.household_id = h.id AND p.deleted = 0 AND p.role = 'enfant'),
       (SELECT max(i.occurred_at) FROM interaction i
         WHERE i.household_id = h.id AND i.deleted = 0 AND i.channel <> 'note'),
       (SELECT min(f.due_on) FROM follow_up f
         WHERE f.household_id = h.id AND f.deleted = 0 AND f.done_on IS NULL),
       t.code,
       coalesce(c.name, e.name, d.name, t.code),
       t.departement_code,
       t.epci_siren
FROM household h
LEFT JOIN officer o ON o.id = h.officer_id
LEFT JOIN household_target t ON t.id = (
    SELECT t2.id FROM household_target t2
     WHERE t2.household_id = h.id AND t2.deleted = 0 ORDER BY t2.rank LIMIT 1)
LEFT JOIN commune c ON t.kind = 'commune' AND c.code = t.code
LEFT JOIN epci e ON t.kind = 'epci' AND e.siren = t.code
LEFT JOIN departement d ON t.kind = 'departement' AND d.code = t.code
"""

SUMMARY_COLUMNS = (
    "household_id, search_rowid, name, status, status_rank, source, event_id, officer_id, "
    "officer_name, member_count, child_count, last_contact_at, next_follow_up_on, "
    "target_code, target_name, target_departement, target_epci"
)

SUSPENDED = "(SELECT 1 FROM app_meta WHERE key = 'derived_tables_suspended')"
CHILD_TABLES = ("person", "household_target", "interaction", "follow_up")


def refresh(household_id: str) -> str:
    return f"""
    DELETE FROM household_search
     WHERE rowid = (SELECT rowid FROM household WHERE id = {household_id});
    INSERT INTO household_search (rowid, names, contacts, places, notes)
    {SEARCH_DOCUMENT} WHERE h.id = {household_id} AND h.deleted = 0;
    DELETE FROM household_summary WHERE household_id = {household_id};
    INSERT INTO household_summary ({SUMMARY_COLUMNS})
    {SUMMARY} WHERE h.id = {household_id} AND h.deleted = 0;
    """


def triggers() -> dict[str, str]:
    statements = {}
    for table in CHILD_TABLES:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            name = f"{table}_derived_{event.lower()}"
            statements[name] = (
                f"CREATE TRIGGER {name} AFTER {event} ON {table} "
                f"WHEN NOT EXISTS {SUSPENDED} BEGIN {refresh(row + '.household_id')} END"
            )
        name = f"{table}_derived_move"
        statements[name] = (
            f"CREATE TRIGGER {name} AFTER UPDATE OF household_id ON {table} "
            f"WHEN OLD.household_id <> NEW.household_id AND NOT EXISTS {SUSPENDED} "
            f"BEGIN {refresh('OLD.household_id')} END"
        )
    statements["household_derived_insert"] = (
        "CREATE TRIGGER household_derived_insert AFTER INSERT ON household "
        f"WHEN NOT EXISTS {SUSPENDED} BEGIN {refresh('NEW.id')} END"
    )
    statements["household_derived_update"] = (
        "CREATE TRIGGER household_derived_update AFTER UPDATE OF name, status, source, "
        "event_id, officer_id, origin_commune_code, origin_city, deleted ON household "
        f"WHEN NOT EXISTS {SUSPENDED} BEGIN {refresh('NEW.id')} END"
    )
    statements["officer_derived_rename"] = (
        "CREATE TRIGGER officer_derived_rename AFTER UPDATE OF name ON officer "
        f"WHEN NOT EXISTS {SUSPENDED} BEGIN "
        "UPDATE household_summary SET officer_name = NEW.name WHERE officer_id = NEW.id; END"
    )
    statements["household_derived_delete"] = (
        "CREATE TRIGGER household_derived_delete BEFORE DELETE ON household BEGIN "
        "DELETE FROM household_search WHERE rowid = OLD.rowid; "
        "DELETE FROM household_summary WHERE household_id = OLD.id; END"
    )
    return statements


def upgrade() -> None:
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into_id", sa.Uuid(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_household_origin_commune_code"), ["origin_commune_code"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_household_merged_into_id_household"),
            "household",
            ["merged_into_id"],
            ["id"],
            initially="DEFERRED",
            deferrable=True,
        )
    op.execute(
        "CREATE VIRTUAL TABLE household_search USING fts5("
        "names, contacts, places, notes, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TABLE household_summary ("
        " household_id CHAR(32) NOT NULL PRIMARY KEY,"
        " search_rowid INTEGER NOT NULL,"
        " name VARCHAR(160) NOT NULL,"
        " status VARCHAR(10) NOT NULL,"
        " status_rank INTEGER NOT NULL,"
        " source VARCHAR(10) NOT NULL,"
        " event_id CHAR(32),"
        " officer_id CHAR(32),"
        " officer_name VARCHAR(120),"
        " member_count INTEGER NOT NULL,"
        " child_count INTEGER NOT NULL,"
        " last_contact_at DATETIME,"
        " next_follow_up_on DATE,"
        " target_code VARCHAR(9),"
        " target_name VARCHAR(160),"
        " target_departement VARCHAR(3),"
        " target_epci VARCHAR(9)"
        ") WITHOUT ROWID"
    )
    for columns in (
        "search_rowid",
        "name COLLATE NOCASE",
        "status_rank",
        "source",
        "event_id",
        "officer_id",
        "officer_name COLLATE NOCASE",
        "member_count",
        "last_contact_at",
        "next_follow_up_on",
        "target_name COLLATE NOCASE",
        "target_departement",
        "target_epci",
    ):
        name = columns.split()[0]
        op.execute(f"CREATE INDEX ix_household_summary_{name} ON household_summary ({columns})")
    for statement in triggers().values():
        op.execute(statement)
    op.execute(
        "INSERT INTO household_search (rowid, names, contacts, places, notes) "
        f"{SEARCH_DOCUMENT} WHERE h.deleted = 0"
    )
    op.execute(f"INSERT INTO household_summary ({SUMMARY_COLUMNS}) {SUMMARY} WHERE h.deleted = 0")


def downgrade() -> None:
    for name in triggers():
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE household_summary")
    op.execute("DROP TABLE household_search")
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_household_merged_into_id_household"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_household_origin_commune_code"))
        batch_op.drop_column("merged_into_id")
