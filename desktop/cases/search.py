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
    terms = _terms(typed)
    return " ".join(f'"{term}"*' for term in terms) or None


def _terms(typed: str) -> list[str]:
    """The words of ``typed`` to look for (digit groups joined), without any FTS syntax."""
    typed = typed.strip()
    if not typed:
        return []
    if _is_phone(typed):
        return [_phone_digits(typed)]
    terms: list[str] = []
    for word in _WORD.findall(typed):
        if word.isdigit() and terms and terms[-1].isdigit():
            terms[-1] += word
        else:
            terms.append(word)
    return terms


def _is_phone(typed: str) -> bool:
    return bool(_PHONE_LIKE.fullmatch(typed)) and sum(c.isdigit() for c in typed) >= 2


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


RANK_LIMIT = 5000
"""Above this many matches a tier is listed in index order instead of ranked (see below)."""

# bm25 weights of the index's columns: names, contacts, places, notes.
_RANK = "bm25(household_search, 10.0, 5.0, 2.0, 1.0)"


def search_households(connection: Connection, typed: str, limit: int = 50) -> list[uuid.UUID]:
    """Ids of the households matching ``typed``, best matches first.

    Results come in three tiers, each one only filling what the previous left:

    1. a person's or the household's name *is* one of the typed words
       (``martin`` lists the Martin before the Martinez; ``luc`` the Luc
       before the Lucie);
    2. a name starts with the typed words;
    3. anything else in the index matches (email, phone, communes, notes).

    Phone-like input (digits, spaces, dots, ``+``) goes straight to tier 3:
    names hold no digits.

    Within a tier, households are ranked by bm25, names weighing most, but
    only when the tier has at most :data:`RANK_LIMIT` matches. bm25 costs
    2–4 µs per match, and a short prefix matches most of the database
    (``ma``: 43,000 households, ``06``: 65,000): ranking it took 100–200 ms on
    100,000 households, for an order nobody reads while still typing. Such a
    tier is listed in index (rowid) order instead, which costs no more than the
    match itself. On the 100,000-household demo, from four letters on every
    tier is small enough to be ranked, and ``make bench`` measures a p95 near
    10 ms over 50 typed prefixes.
    """
    terms = _terms(typed)
    if not terms:
        return []
    prefix = " ".join(f'"{term}"*' for term in terms)
    tiers = [prefix]
    if not _is_phone(typed.strip()):
        exact = " ".join(f'"{term}"' for term in terms)
        tiers = [f"{{names}} : ({exact})", f"{{names}} : ({prefix})", prefix]
    found: dict[int, None] = {}  # rowids, best first
    for match in tiers:
        if len(found) >= limit:
            break
        wanted = limit + len(found)  # enough to fill the page after dropping the ones already in
        rowids = [
            row[0]
            for row in connection.execute(
                text(
                    "SELECT rowid FROM household_search WHERE household_search MATCH :match "
                    "LIMIT :probe"
                ),
                {"match": match, "probe": max(RANK_LIMIT + 1, wanted)},
            )
        ]
        if len(rowids) <= RANK_LIMIT and len(rowids) > 1:
            rowids = [
                row[0]
                for row in connection.execute(
                    text(
                        "SELECT rowid FROM household_search WHERE household_search MATCH :match "
                        f"ORDER BY {_RANK} LIMIT :wanted"
                    ),
                    {"match": match, "wanted": wanted},
                )
            ]
        for rowid in rowids[:wanted]:
            if len(found) >= limit:
                break
            found.setdefault(rowid)
    return _household_ids(connection, list(found))


def _household_ids(connection: Connection, rowids: list[int]) -> list[uuid.UUID]:
    """The ids of the households with these rowids, in the same order."""
    if not rowids:
        return []
    params = {f"r{index}": rowid for index, rowid in enumerate(rowids)}
    placeholders = ", ".join(f":{name}" for name in params)
    ids = dict(
        connection.execute(
            text(f"SELECT rowid, id FROM household WHERE rowid IN ({placeholders})"), params
        ).all()
    )
    return [uuid.UUID(str(ids[rowid])) for rowid in rowids if rowid in ids]
