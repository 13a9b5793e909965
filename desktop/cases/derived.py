"""Tables derived from the cases, kept local: the search index and the list summary.

``household_search`` (FTS5) and ``household_summary`` (members, last contact,
next follow-up, first target: what the case list sorts and filters on; the
registration date and the furthest step reached: what the indicators count)
are recomputed household by household by triggers on every table that feeds
them, so they follow every write, whoever makes it: a form, an import, a sync
page. A bulk load suspends the triggers in its own transaction and rebuilds
both tables once at the end, far faster than row by row.

The triggers are created by the latest migration that defines them
(``0005_indicators``); the queries here must produce the same rows, which
``tests/test_derived.py`` checks. The search index's rowid is the household's:
whoever runs VACUUM (which may renumber rowids) must call :func:`rebuild` after.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import Connection, text

SUSPENSION_KEY = "derived_tables_suspended"

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


def _step(status: str) -> str:
    """The pipeline step ``status`` stands for: 1 contacted, 2 accompanied or settled, else 0."""
    return (
        f"CASE {status} WHEN 'contacte' THEN 1 WHEN 'accompagne' THEN 2 "
        "WHEN 'installe' THEN 2 ELSE 0 END"
    )


def reached_rank(household_id: str, status: str) -> str:
    """The furthest step a household ever reached: its status, or further back in its history.

    A case paused, abandoned or whose settlement was undone keeps the step it
    had reached; a merge moves the history of the household merged away with
    it. The indicators count the funnel from this column alone.
    """
    return (
        f"max({_step(status)}, coalesce((SELECT max({_step('sc.to_status')}) "
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


def rebuild(connection: Connection) -> None:
    """Recompute both derived tables from the case tables."""
    connection.execute(text("DELETE FROM household_search"))
    connection.execute(
        text(
            "INSERT INTO household_search (rowid, names, contacts, places, notes) "
            f"{SEARCH_DOCUMENT} WHERE h.deleted = 0"
        )
    )
    connection.execute(text("DELETE FROM household_summary"))
    connection.execute(
        text(f"INSERT INTO household_summary ({SUMMARY_COLUMNS}) {SUMMARY} WHERE h.deleted = 0")
    )


@contextlib.contextmanager
def suspended(connection: Connection) -> Iterator[None]:
    """Write many rows without per-row refreshes, then rebuild once.

    Use it inside the bulk load's own transaction: if the load fails, the
    suspension is rolled back with it and the triggers are live again.
    """
    connection.execute(
        text("INSERT INTO app_meta (key, value) VALUES (:key, '1')"), {"key": SUSPENSION_KEY}
    )
    yield
    connection.execute(text("DELETE FROM app_meta WHERE key = :key"), {"key": SUSPENSION_KEY})
    rebuild(connection)
