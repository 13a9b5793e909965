"""The list summary and search index of the households an import touched, refreshed at once.

Left on, the triggers of :mod:`desktop.cases.derived` recompute a household's
summary and search document after each of its rows (household, members,
targets, history): five times per line. An import suspends them in its own
transaction and refreshes only the households it created or merged into, with
the same queries; :func:`desktop.cases.derived.suspended` would rebuild the
whole tables, seconds on a 100,000-household database.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, text

from desktop.cases.derived import SEARCH_DOCUMENT, SUMMARY, SUMMARY_COLUMNS, SUSPENSION_KEY

_CHUNK = 500


@contextlib.contextmanager
def derived_rows_suspended(connection: Connection, touched: set[str]) -> Iterator[None]:
    """Suspend the triggers; when the block ends, refresh the households ``touched`` (hex ids).

    Inside the caller's transaction: if the block fails, the suspension is
    rolled back with everything else and the triggers are live again.
    """
    connection.execute(
        text("INSERT INTO app_meta (key, value) VALUES (:key, '1')"), {"key": SUSPENSION_KEY}
    )
    yield
    connection.execute(text("DELETE FROM app_meta WHERE key = :key"), {"key": SUSPENSION_KEY})
    refresh(connection, touched)


def refresh(connection: Connection, household_ids: Iterable[str]) -> None:
    """Recompute the derived rows of ``household_ids`` (hex); deleted households lose theirs."""
    ids = sorted(household_ids)
    for start in range(0, len(ids), _CHUNK):
        params = {f"id{index}": value for index, value in enumerate(ids[start : start + _CHUNK])}
        listed = ", ".join(f":{name}" for name in params)
        for statement in (
            "DELETE FROM household_search WHERE rowid IN "
            f"(SELECT rowid FROM household WHERE id IN ({listed}))",
            "INSERT INTO household_search (rowid, names, contacts, places, notes) "
            f"{SEARCH_DOCUMENT} WHERE h.id IN ({listed}) AND h.deleted = 0",
            f"DELETE FROM household_summary WHERE household_id IN ({listed})",
            f"INSERT INTO household_summary ({SUMMARY_COLUMNS}) "
            f"{SUMMARY} WHERE h.id IN ({listed}) AND h.deleted = 0",
        ):
            connection.execute(text(statement), params)
