"""Full-text search index over households, kept in step by triggers

Revision ID: 0002_search_index
Revises: 0001_initial
Create Date: 2026-11-25 22:20:00

The SQL is frozen here as it stood at this revision (a migration must replay
the same way forever); desktop.cases.search holds the runtime side, and
tests/test_search.py checks that the triggers and its rebuild agree.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002_search_index"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DOCUMENT = """
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

SUSPENDED = "(SELECT 1 FROM app_meta WHERE key = 'search_index_suspended')"
CHILD_TABLES = ("person", "household_target", "interaction")


def reindex(household_id: str) -> str:
    return f"""
    DELETE FROM household_search
     WHERE rowid = (SELECT rowid FROM household WHERE id = {household_id});
    INSERT INTO household_search (rowid, names, contacts, places, notes)
    {DOCUMENT} WHERE h.id = {household_id} AND h.deleted = 0;
    """


def triggers() -> dict[str, str]:
    statements = {}
    for table in CHILD_TABLES:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            name = f"{table}_search_{event.lower()}"
            statements[name] = (
                f"CREATE TRIGGER {name} AFTER {event} ON {table} "
                f"WHEN NOT EXISTS {SUSPENDED} BEGIN {reindex(row + '.household_id')} END"
            )
        name = f"{table}_search_move"
        statements[name] = (
            f"CREATE TRIGGER {name} AFTER UPDATE OF household_id ON {table} "
            f"WHEN OLD.household_id <> NEW.household_id AND NOT EXISTS {SUSPENDED} "
            f"BEGIN {reindex('OLD.household_id')} END"
        )
    statements["household_search_insert"] = (
        "CREATE TRIGGER household_search_insert AFTER INSERT ON household "
        f"WHEN NOT EXISTS {SUSPENDED} BEGIN {reindex('NEW.id')} END"
    )
    statements["household_search_update"] = (
        "CREATE TRIGGER household_search_update AFTER UPDATE OF name, origin_commune_code, "
        f"origin_city, deleted ON household WHEN NOT EXISTS {SUSPENDED} "
        f"BEGIN {reindex('NEW.id')} END"
    )
    statements["household_search_delete"] = (
        "CREATE TRIGGER household_search_delete BEFORE DELETE ON household "
        "BEGIN DELETE FROM household_search WHERE rowid = OLD.rowid; END"
    )
    return statements


def upgrade() -> None:
    op.execute("""
CREATE VIRTUAL TABLE household_search USING fts5(
    names, contacts, places, notes,
    tokenize = 'unicode61 remove_diacritics 2'
)
""")
    for statement in triggers().values():
        op.execute(statement)
    op.execute(
        "INSERT INTO household_search (rowid, names, contacts, places, notes) "
        f"{DOCUMENT} WHERE h.deleted = 0"
    )


def downgrade() -> None:
    for name in triggers():
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE household_search")
