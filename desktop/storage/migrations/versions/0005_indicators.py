"""Indicators: the case summary keeps each household's registration date and furthest step

Revision ID: 0005_indicators
Revises: 0004_document_print
Create Date: 2026-11-26 06:00:00

The indicators count the funnel (registered, contacted, accompanied…) by
territory for a period of registrations. Reading the period from ``household``
and the furthest step from ``status_change`` cost two passes over 100,000
households; with ``registered_at`` and ``reached_rank`` (0 registered, 1
contacted, 2 accompanied or settled, the furthest ever reached) in
``household_summary`` and one covering index in the order the indicators group
by, they are one read of that index.

Every trigger that refreshes a household's summary row embeds the summary's
query, so they are all recreated with the new one (``registered_at`` joins the
household columns that fire it); new triggers on ``status_change`` keep
``reached_rank`` in step with the history. Existing rows are filled in place.
As in ``0002_case_workspace``, the SQL is frozen here as it stands at this
revision; ``desktop.cases.derived`` holds the runtime copy.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from alembic import op

revision: str = "0005_indicators"
down_revision: str | None = "0004_document_print"
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


def reached_rank(household_id: str, status: str) -> str:
    def step(value: str) -> str:
        return (
            f"CASE {value} WHEN 'contacte' THEN 1 WHEN 'accompagne' THEN 2 "
            "WHEN 'installe' THEN 2 ELSE 0 END"
        )

    return (
        f"max({step(status)}, coalesce((SELECT max({step('sc.to_status')}) "
        f"FROM status_change sc WHERE sc.household_id = {household_id} AND sc.deleted = 0), 0))"
    )


SUMMARY = f"""
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
       t.epci_siren,
       h.registered_at,
       {reached_rank("h.id", "h.status")}
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
    "target_code, target_name, target_departement, target_epci, registered_at, reached_rank"
)

SUSPENDED = "(SELECT 1 FROM app_meta WHERE key = 'derived_tables_suspended')"
CHILD_TABLES = ("person", "household_target", "interaction", "follow_up")
INDICATORS_INDEX = (
    "CREATE INDEX ix_household_summary_indicators ON household_summary "
    "(target_departement, target_epci, status, reached_rank, registered_at, member_count)"
)


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


def refresh_reached(household_id: str) -> str:
    """Only the furthest step: a history row changes nothing else in the summary."""
    return (
        "UPDATE household_summary SET reached_rank = "
        f"{reached_rank('household_summary.household_id', 'household_summary.status')} "
        f"WHERE household_id = {household_id};"
    )


def refreshing_triggers() -> dict[str, str]:
    """The triggers of ``0002_case_workspace`` that embed the summary's query, rewritten."""
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
        "event_id, officer_id, origin_commune_code, origin_city, registered_at, deleted "
        f"ON household WHEN NOT EXISTS {SUSPENDED} BEGIN {refresh('NEW.id')} END"
    )
    return statements


def history_triggers() -> dict[str, str]:
    statements = {}
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        name = f"status_change_derived_{event.lower()}"
        statements[name] = (
            f"CREATE TRIGGER {name} AFTER {event} ON status_change "
            f"WHEN NOT EXISTS {SUSPENDED} BEGIN {refresh_reached(row + '.household_id')} END"
        )
    statements["status_change_derived_move"] = (
        "CREATE TRIGGER status_change_derived_move AFTER UPDATE OF household_id ON status_change "
        f"WHEN OLD.household_id <> NEW.household_id AND NOT EXISTS {SUSPENDED} "
        f"BEGIN {refresh_reached('OLD.household_id')} END"
    )
    return statements


def upgrade() -> None:
    for name in refreshing_triggers():
        op.execute(f"DROP TRIGGER {name}")
    op.execute("ALTER TABLE household_summary ADD COLUMN registered_at DATETIME")
    op.execute("ALTER TABLE household_summary ADD COLUMN reached_rank INTEGER NOT NULL DEFAULT 0")
    op.execute(
        "UPDATE household_summary SET registered_at = "
        "(SELECT h.registered_at FROM household h WHERE h.id = household_summary.household_id), "
        f"reached_rank = {reached_rank('household_summary.household_id', 'status')}"
    )
    op.execute(INDICATORS_INDEX)
    for statement in (*refreshing_triggers().values(), *history_triggers().values()):
        op.execute(statement)


def _case_workspace() -> ModuleType:
    """``0002_case_workspace``, whose frozen triggers a downgrade puts back."""
    path = Path(__file__).with_name("0002_case_workspace.py")
    spec = importlib.util.spec_from_file_location("escale_migration_0002", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"migration missing: {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def downgrade() -> None:
    for name in (*refreshing_triggers(), *history_triggers()):
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP INDEX ix_household_summary_indicators")
    op.execute("ALTER TABLE household_summary DROP COLUMN reached_rank")
    op.execute("ALTER TABLE household_summary DROP COLUMN registered_at")
    previous = _case_workspace().triggers()
    for name in refreshing_triggers():
        op.execute(previous[name])
