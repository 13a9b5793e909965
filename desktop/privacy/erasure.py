"""Erasing a household (right to erasure, and anonymisation at the end of retention).

Erasure is anonymisation (see :mod:`desktop.privacy.anonymous`): the records
stay, for the programme's figures, with every personal value replaced. On the
device that erases, the change goes through the ORM, so the outbox sends it
like any edit (``household.erased_at`` set, the anonymised values); the server
then anonymises its own copy and tells every device to do the same at its next
pull (``docs/sync-protocol.md``, "Erasure"), which :func:`erase_received` does.

Nothing of the person may stay in the file either. Besides the records, the
search index and the case list's summary (refreshed by their triggers), names
live in the sync journal: queued changes (their values are anonymised in
place), refused changes and logged conflicts of the household (dropped). Old
values linger in freed space: the connection erases with ``secure_delete`` on,
the full-text index is merged (its old segments still hold the words), and
the WAL is checkpointed and truncated once the transaction has committed.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, event, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop import audit
from desktop.errors import UserFacingError
from desktop.i18n import translate
from desktop.models import (
    AuditAction,
    FollowUp,
    Household,
    SyncConflict,
    SyncOutbox,
    SyncPurge,
    SyncRejected,
    utcnow,
)
from desktop.privacy.anonymous import PERSONAL_FIELDS, anonymised
from desktop.privacy.erased import erasing
from desktop.sync.codec import household_tables, synced_models

log = logging.getLogger(__name__)

OUTBOX = SyncOutbox.__table__
REJECTED = SyncRejected.__table__
CONFLICTS = SyncConflict.__table__


class ErasureError(UserFacingError):
    """The household cannot be erased; the message is French, for the officer."""


@dataclass(frozen=True)
class Erasure:
    """What one erasure anonymised."""

    household_id: uuid.UUID
    records: int
    """Records of the household whose personal values were replaced (the household included)."""
    journal_entries: int
    """Queued changes rewritten, and refused changes and conflicts dropped."""


def erase_household(
    session: Session, household_id: uuid.UUID, *, now: datetime | None = None
) -> Erasure:
    """Anonymise ``household_id`` in ``session``'s transaction, to be sent to the server.

    The traces of duplicates merged into it are erased with it. Open
    follow-ups are marked done (there is nobody left to follow up). The
    audit entry of the erasure commits with it. Once the session commits, the
    freed space is wiped (:func:`wipe_freed_space`).

    Raises:
        ErasureError: no such household.
    """
    household = session.get(Household, household_id)
    if household is None or household.deleted:
        raise ErasureError(
            translate("Privacy", "Ce foyer n'existe plus : il a peut-être déjà été supprimé.")
        )
    now = now or utcnow()
    secure_delete(session.connection())
    touched = entries = 0
    for member in household_group(session.connection(), household_id):
        with erasing(session):
            with session.no_autoflush:  # one change per record in the outbox
                changed, record_ids = _erase_one(session, member, now)
            session.flush()
        touched += changed
        entries += scrub_sync_journal(session.connection(), member, record_ids)
    audit.record(session, AuditAction.ERASED, households=[household_id], count=touched)
    event.listen(session, "after_commit", _wipe_after_commit, once=True)
    log.info("household %s erased: %d records anonymised", household_id.hex, touched)
    return Erasure(household_id, touched, entries)


def household_group(connection: Connection, household_id: uuid.UUID) -> list[uuid.UUID]:
    """The household and the traces of the duplicates merged into it, at any depth.

    A merged-away duplicate keeps its name and its members' tombstones: erasing
    or exporting a family's data must include them.
    """
    household = household_tables()["household"]
    group = [household_id]
    for current in group:
        group += [
            found
            for found in connection.execute(
                select(household.c.id).where(household.c.merged_into_id == current)
            ).scalars()
            if found not in group
        ]
    return group


def _erase_one(
    session: Session, household_id: uuid.UUID, now: datetime
) -> tuple[int, list[uuid.UUID]]:
    """Anonymise one household of the group and its records; (changed, record ids)."""
    household = session.get_one(Household, household_id)
    if household.erased_at is None:
        household.erased_at = now
    touched = 0
    record_ids: list[uuid.UUID] = [household_id]
    for name, table in household_tables().items():
        if name == "household":
            rows: list[Any] = [household]
        else:
            where = table.c.household_id == household_id
            rows = list(session.scalars(select(synced_models()[name]).where(where)))
        for row in rows:
            record_ids.append(row.id)
            touched += _anonymise(row, PERSONAL_FIELDS[name])
    return touched, record_ids


def _anonymise(row: Any, personal: dict[str, Any]) -> bool:
    """Give ``row`` the anonymous values; open follow-ups are done. Whether anything changed."""
    changed = False
    for column, value in personal.items():
        if getattr(row, column) != value:
            setattr(row, column, value)
            changed = True
    if isinstance(row, FollowUp) and row.done_on is None:
        row.done_on = date.today()
        changed = True
    return changed


def erase_received(connection: Connection, household_id: uuid.UUID) -> bool:
    """Anonymise a household the server says was erased, with SQL (nothing goes back).

    The device's own queued changes of it are dropped: they would only bring
    back what the family asked to be erased (the server would anonymise them
    again). Returns whether the household was there.
    """
    tables = household_tables()
    household = tables["household"]
    found = connection.execute(select(household.c.id).where(household.c.id == household_id))
    if found.first() is None:
        return False
    secure_delete(connection)
    record_ids: list[uuid.UUID] = [household_id]
    for name, table in tables.items():
        where = (
            table.c.id == household_id
            if name == "household"
            else (table.c.household_id == household_id)
        )
        record_ids += connection.execute(select(table.c.id).where(where)).scalars().all()
        values = PERSONAL_FIELDS[name]
        if values:
            connection.execute(update(table).where(where).values(**values))
    follow_ups = tables["follow_up"]
    connection.execute(
        update(follow_ups)
        .where(follow_ups.c.household_id == household_id, follow_ups.c.done_on.is_(None))
        .values(done_on=date.today())
    )
    connection.execute(delete(OUTBOX).where(OUTBOX.c.household_id == household_id))
    connection.execute(delete(SyncPurge.__table__).where(SyncPurge.household_id == household_id))
    scrub_sync_journal(connection, household_id, record_ids)
    return True


def scrub_sync_journal(
    connection: Connection, household_id: uuid.UUID, record_ids: list[uuid.UUID]
) -> int:
    """Anonymise queued changes of the household; drop its refused changes and conflicts."""
    count = 0
    queued = connection.execute(
        select(OUTBOX.c.device_seq, OUTBOX.c.table_name, OUTBOX.c.fields).where(
            OUTBOX.c.household_id == household_id
        )
    ).all()
    for device_seq, table_name, fields in queued:
        cleaned = anonymised(table_name, fields)
        if cleaned != fields:
            connection.execute(
                update(OUTBOX).where(OUTBOX.c.device_seq == device_seq).values(fields=cleaned)
            )
            count += 1
    count += connection.execute(
        delete(REJECTED).where(
            (REJECTED.c.household_id == household_id) | REJECTED.c.record_id.in_(record_ids)
        )
    ).rowcount
    for start in range(0, len(record_ids), 500):
        count += connection.execute(
            delete(CONFLICTS).where(CONFLICTS.c.record_id.in_(record_ids[start : start + 500]))
        ).rowcount
    return count


def secure_delete(connection: Connection) -> None:
    """Have SQLite overwrite with zeros what this connection deletes or replaces."""
    connection.exec_driver_sql("PRAGMA secure_delete = ON")


def wipe_freed_space(engine: Engine) -> None:
    """Merge the search index and empty the WAL, so no old page keeps an erased name.

    The full-text index appends its changes as new segments: until they are
    merged, the old ones still hold the erased words. The WAL holds old copies
    of every page written since the last checkpoint: it is checkpointed and
    truncated (retried a few times if a reader holds it; logged if it still does).
    """
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA secure_delete = ON")
        with connection.begin():
            connection.exec_driver_sql(
                "INSERT INTO household_search (household_search) VALUES ('optimize')"
            )
        for _ in range(5):
            busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy is None or busy[0] == 0:
                return
        log.warning("WAL not truncated after an erasure: a reader held it")


def _wipe_after_commit(session: Session) -> None:
    """The erasure is committed: a failure here is logged, the data is already anonymised."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    try:
        wipe_freed_space(engine)
    except OperationalError:
        log.exception("freed space not wiped after an erasure")
