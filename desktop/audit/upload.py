"""Sending the audit log to the regional server, after a sync's push.

Entries are not case data: they do not go through the record store and no
device pulls them back. The server keeps each entry once whatever the number
of sends (keyed by its id), so an entry is marked sent only after the server
acknowledged it, and a sync cut in between sends it again harmlessly.

Only this officer's entries go (and those recorded before any login on this
device): the server refuses entries in another officer's name, so those of a
colleague who used this device wait for their own next sync.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import or_, select, update

from desktop.audit.journal import ENTRIES
from desktop.audit.reading import counts
from desktop.models import utcnow
from desktop.storage import Database
from desktop.sync import state
from desktop.sync.errors import GarbageAnswerError
from desktop.sync.transport import Transport

BATCH = 500
"""Entries per request: the server takes at most this many at once."""


def pending_count(database: Database) -> int:
    """Entries not yet acknowledged by the server (any officer's)."""
    with database.engine.connect() as connection:
        return counts(connection)[1]


def send_pending(
    database: Database,
    transport: Transport,
    *,
    call: Callable[[Callable[[], Any]], Any] = lambda request: request(),
) -> int:
    """Send the signed-in officer's unsent entries, a batch at a time; returns how many went.

    ``call`` runs each request (the sync engine passes its retrying wrapper).

    Raises:
        SyncError: the server could not be reached or refused the entries; the
            entries not yet acknowledged stay unsent for the next sync.
    """
    with database.engine.begin() as connection:
        account = state.account(connection)
        device = state.device_id(connection)
    mine = ENTRIES.c.officer_id.is_(None)
    if account is not None:
        mine = or_(mine, ENTRIES.c.officer_id == account.officer_id)
    sent = 0
    while True:
        with database.engine.connect() as connection:
            rows = (
                connection.execute(
                    select(ENTRIES)
                    .where(ENTRIES.c.sent_at.is_(None), mine)
                    .order_by(ENTRIES.c.at, ENTRIES.c.id)
                    .limit(BATCH)
                )
                .mappings()
                .all()
            )
        if not rows:
            return sent
        entries = [_entry_body(row) for row in rows]
        answer = call(lambda entries=entries: transport.send_audit(device, entries))
        _check(answer, len(entries))
        with database.engine.begin() as connection:
            connection.execute(
                update(ENTRIES)
                .where(ENTRIES.c.id.in_([row["id"] for row in rows]))
                .values(sent_at=utcnow())
            )
        sent += len(rows)


def _entry_body(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"].hex,
        "at": row["at"].isoformat(),
        "officer_id": row["officer_id"].hex if row["officer_id"] else None,
        "officer_name": row["officer_name"],
        "action": row["action"].value,
        "household_id": row["household_id"].hex if row["household_id"] else None,
        "file": row["file"],
        "item_count": row["item_count"],
        "detail": row["detail"],
    }


def _check(answer: Any, expected: int) -> None:
    """The server must account for every entry sent, as stored or already known."""
    try:
        counted = int(answer["stored"]) + int(answer["duplicates"])
    except (KeyError, TypeError, ValueError) as error:
        raise GarbageAnswerError("accusé de réception du journal d'audit") from error
    if counted != expected:
        raise GarbageAnswerError("accusé de réception du journal d'audit incomplet")
