"""GDPR erasure on the server: anonymise a household's records and tell every device.

A device erases a household by pushing it with ``erased_at`` set (and its
anonymised values). At the end of every push page, each household a change of
the page touched and whose record says erased is anonymised here, whatever the
clocks said: a value pushed later by a device that had not heard of the
erasure does not survive it. Its records take the values of
:data:`desktop.privacy.anonymous.PERSONAL_FIELDS` (a new version and ``seq``,
so every device pulls them), the conflict log loses every entry about them
(their values are the family's), and the first time an erasure notice is kept
in the household's territory: the devices pull it and erase their own copy
(``docs/sync-protocol.md``, "Erasure").

Nothing old may stay in the file of the embedded SQLite database either: the
erasing transaction runs with ``secure_delete``, and once it has committed the
database is vacuumed (earlier writes of the records left their old values in
freed space) and its WAL truncated. PostgreSQL keeps dead row versions until
its own VACUUM reclaims them: the region's database administrator runs it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine, delete, event, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.privacy.anonymous import PERSONAL_FIELDS
from server.database import SequenceAllocator
from server.models import Conflict, Record
from server.models.records import ErasureNotice

log = logging.getLogger(__name__)


def erase_marked(
    session: Session, allocator: SequenceAllocator, household_ids: Iterable[str]
) -> int:
    """Anonymise those of ``household_ids`` whose record is marked erased; how many."""
    erased = 0
    for household_id in sorted(set(household_ids)):
        household = session.get(Record, ("household", household_id))
        if household is None or not household.data.get("erased_at"):
            continue
        if not erased and session.get_bind().dialect.name == "sqlite":
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        anonymise(session, allocator, household)
        erased += 1
    if erased and session.get_bind().dialect.name == "sqlite":
        event.listen(session, "after_commit", _wipe_after_commit, once=True)
    return erased


def anonymise(session: Session, allocator: SequenceAllocator, household: Record) -> None:
    """Replace the personal values of ``household`` and its records; drop their conflicts."""
    records = session.scalars(select(Record).where(Record.household_id == household.id)).all()
    if household not in records:
        records = [household, *records]
    for record in records:
        personal = PERSONAL_FIELDS.get(record.table_name, {})
        changes = {
            name: value
            for name, value in personal.items()
            if name in record.data and record.data[name] != value
        }
        if not changes:
            continue
        record.data = {**record.data, **changes}
        record.version += 1
        record.seq = allocator.next()
    ids = sorted({record.id for record in records})
    for start in range(0, len(ids), 500):
        session.execute(delete(Conflict).where(Conflict.record_id.in_(ids[start : start + 500])))
    notice = session.scalars(
        select(ErasureNotice).where(ErasureNotice.household_id == household.id)
    ).first()
    if notice is None:
        session.add(
            ErasureNotice(
                seq=allocator.next(),
                household_id=household.id,
                departement_code=household.departement_code,
                epci_siren=household.epci_siren,
                commune_code=household.commune_code,
            )
        )
    log.info("household %s erased on the server (%d records)", household.id, len(records))


def notices(session: Session, clause: Any, low: int, high: int) -> list[dict[str, str]]:
    """The erasure notices of a pull page: seq in (low, high], in the caller's scope."""
    rows = session.scalars(
        select(ErasureNotice.household_id)
        .where(ErasureNotice.seq > low, ErasureNotice.seq <= high, clause)
        .order_by(ErasureNotice.seq)
    ).all()
    return [{"household_id": household_id} for household_id in rows]


def wipe_freed_space(engine: Engine) -> None:
    """SQLite only: rewrite the file without its free space, then empty the WAL."""
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA secure_delete = ON")
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _wipe_after_commit(session: Session) -> None:
    """The erasure is committed: a failure here is logged, the records are already anonymous."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    try:
        wipe_freed_space(engine)
    except OperationalError:
        log.exception("freed space not wiped after an erasure")
