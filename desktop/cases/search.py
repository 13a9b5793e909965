"""Search-as-you-type over households, with SQLite FTS5.

The index (see :mod:`desktop.cases.derived`) holds, per household, the names
of all members, emails, phone numbers, origin and target communes and
interaction summaries, accent- and case-insensitively.
"""

from __future__ import annotations

import re
import uuid

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
