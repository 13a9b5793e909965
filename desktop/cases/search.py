"""Search-as-you-type over households, with SQLite FTS5.

One index row per household (its ``rowid`` is the household's) gathers the
names of all members, emails, phone numbers, origin and target communes and
interaction summaries. Triggers, created by migration ``0002_search_index``,
keep it in step with every write, whoever makes it (a form, an import, a sync
page). Bulk loaders suspend them and rebuild the index once at the end, which
is much faster than row by row.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Iterator

from sqlalchemy import Connection, text

_WORD = re.compile(r"\w+")
_PHONE_LIKE = re.compile(r"[\d\s.\-+()/]+")


def fts_query(typed: str) -> str | None:
    """Turn what the officer typed into a safe FTS5 prefix query.

    Every word becomes a quoted prefix term, so quotes, ``*``, ``-``, ``NEAR``
    or ``OR`` are searched as plain text and can never be a syntax error.
    Digits typed in groups (``06 12 34``) are joined, so a phone number is found
    whatever its spacing; ``+33 6`` and ``0033 6`` look for the same number.

    Returns:
        The MATCH expression, or ``None`` when there is nothing to search for.
    """
    typed = typed.strip()
    if not typed:
        return None
    if _PHONE_LIKE.fullmatch(typed) and sum(c.isdigit() for c in typed) >= 2:
        return f'"{_phone_digits(typed)}"*'
    terms: list[str] = []
    for word in _WORD.findall(typed):
        if word.isdigit() and terms and terms[-1].isdigit():
            terms[-1] += word
        else:
            terms.append(word)
    return " ".join(f'"{term}"*' for term in terms) or None


def _phone_digits(typed: str) -> str:
    digits = re.sub(r"\D", "", typed)
    if typed.lstrip().startswith("00"):
        digits = digits[2:]
    return digits


# The text indexed for one household, from its current rows. Phone numbers are
# stored E.164; French ones are also indexed in their national form (06…) and
# without the leading zero, so any way of typing them matches a prefix.
_DOCUMENT = """
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


def matching_rowids(typed: str) -> tuple[str, dict[str, str]] | None:
    """SQL (and its parameters) selecting the rowids of the households matching ``typed``.

    Meant to be used as ``household.rowid IN (…)`` inside the list's own query,
    so filters, sorting and paging stay in one statement.
    """
    match = fts_query(typed)
    if match is None:
        return None
    return (
        "SELECT rowid FROM household_search WHERE household_search MATCH :search",
        {"search": match},
    )


def search_households(connection: Connection, typed: str, limit: int = 50) -> list[uuid.UUID]:
    """Ids of the households matching ``typed``, best matches first."""
    match = fts_query(typed)
    if match is None:
        return []
    rows = connection.execute(
        text(
            "SELECT h.id FROM household_search s JOIN household h ON h.rowid = s.rowid "
            "WHERE household_search MATCH :search ORDER BY s.rank LIMIT :limit"
        ),
        {"search": match, "limit": limit},
    )
    return [uuid.UUID(row[0]) for row in rows]


def rebuild_index(connection: Connection) -> None:
    """Recompute the whole index from the tables (after a bulk load)."""
    connection.execute(text("DELETE FROM household_search"))
    connection.execute(
        text(
            "INSERT INTO household_search (rowid, names, contacts, places, notes) "
            f"{_DOCUMENT} WHERE h.deleted = 0"
        )
    )


@contextlib.contextmanager
def index_suspended(connection: Connection) -> Iterator[None]:
    """Write many rows without per-row reindexing, then rebuild the index once.

    Use it inside the bulk load's own transaction: if the load fails, the
    suspension is rolled back with it and the triggers are live again.
    """
    connection.execute(
        text("INSERT INTO app_meta (key, value) VALUES ('search_index_suspended', '1')")
    )
    yield
    connection.execute(text("DELETE FROM app_meta WHERE key = 'search_index_suspended'"))
    rebuild_index(connection)
