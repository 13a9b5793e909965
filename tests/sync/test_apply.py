"""Applying pulled pages: whole with their cursor, idempotent, pending edits kept, purges last."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import delete, func, select, text

from desktop.models import Household, Person, SyncConflict, SyncOutbox, SyncPurge
from desktop.storage import Database
from desktop.sync import state
from desktop.sync.apply import apply_deferred_purges, apply_page, dangling_references
from desktop.sync.codec import CodecError
from desktop.sync.messages import parse_pull

DEVICE = "c" * 32
HOUSEHOLD_ID = uuid.uuid4()
PERSON_ID = uuid.uuid4()


def household(version: int = 1, deleted: bool = False, **data: Any) -> dict[str, Any]:
    values = {
        "name": "Martin",
        "source": "site_web",
        "registered_at": "2026-03-14T09:30:00Z",
        "origin_country": "FR",
        "project_types": ["teletravail"],
        "status": "nouveau",
        **data,
    }
    return record("household", HOUSEHOLD_ID, version, values, deleted)


def person(version: int = 1, **data: Any) -> dict[str, Any]:
    values = {
        "household_id": HOUSEHOLD_ID.hex,
        "role": "adulte",
        "first_name": "Claire",
        "last_name": "Martin",
        "remote_worker": False,
        "childcare_need": False,
        "phone": "+33612345678",
        **data,
    }
    return record("person", PERSON_ID, version, values)


def record(
    table: str, record_id: uuid.UUID, version: int, data: dict[str, Any], deleted: bool = False
) -> dict[str, Any]:
    return {
        "table": table,
        "id": record_id.hex,
        "version": version,
        "deleted": deleted,
        "seq": version,
        "hlc": f"1764000000000-{version:05d}-{DEVICE}",
        "data": data,
    }


def page(*records: dict[str, Any], cursor: int = 10, **extra: Any) -> Any:
    body = {
        "protocol": 1,
        "records": list(records),
        "purges": [],
        "conflicts": [],
        "cursor": cursor,
        "more": False,
        "checksums": {},
    }
    return parse_pull({**body, **extra})


def outbox_size(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(SyncOutbox)) or 0


def summary_names(database: Database) -> list[str]:
    with database.engine.connect() as connection:
        return list(connection.execute(text("SELECT name FROM household_summary")).scalars())


def test_a_page_is_written_with_its_cursor_and_no_outbox_entry(database: Database) -> None:
    applied = apply_page(database.engine, page(household(), person(), cursor=7))
    assert applied.written == 2
    with database.session() as session:
        claire = session.get_one(Person, PERSON_ID)
        assert (claire.first_name, claire.version) == ("Claire", 1)
        assert session.get_one(Household, HOUSEHOLD_ID).registered_at == datetime(
            2026, 3, 14, 9, 30, tzinfo=UTC
        )
    with database.engine.connect() as connection:
        assert state.cursor(connection) == 7
        assert state.read(connection, state.HLC) is not None, "the clock moved past the server's"
    assert outbox_size(database) == 0
    assert summary_names(database) == ["Martin"], "the derived tables follow pulled records"


def test_applying_a_page_twice_changes_nothing(database: Database) -> None:
    apply_page(database.engine, page(household(), person()))
    with database.session() as session:
        stamp = session.get_one(Person, PERSON_ID).updated_at
    assert apply_page(database.engine, page(household(), person())).written == 0
    with database.session() as session:
        assert session.get_one(Person, PERSON_ID).updated_at == stamp


def test_a_higher_version_replaces_the_values(database: Database) -> None:
    apply_page(database.engine, page(household(), person()))
    apply_page(database.engine, page(person(version=3, occupation="Infirmière"), cursor=11))
    with database.session() as session:
        claire = session.get_one(Person, PERSON_ID)
        assert (claire.occupation, claire.version) == ("Infirmière", 3)


def test_fields_with_pending_local_edits_keep_their_local_values(database: Database) -> None:
    apply_page(database.engine, page(household(), person()))
    with database.transaction() as session:
        session.get_one(Person, PERSON_ID).phone = "+33700000000"
    apply_page(
        database.engine,
        page(person(version=2, phone="+33699999999", occupation="Infirmière"), cursor=11),
    )
    with database.session() as session:
        claire = session.get_one(Person, PERSON_ID)
        assert claire.phone == "+33700000000", "the pending edit is newer for this device"
        assert claire.occupation == "Infirmière", "other fields take the server's value"
        assert claire.version == 2
    assert outbox_size(database) == 1


def test_a_rejected_local_edit_is_replaced_by_the_servers_state(database: Database) -> None:
    apply_page(database.engine, page(household(), person()))
    with database.transaction() as session:
        session.get_one(Person, PERSON_ID).phone = "+33700000000"  # local version 2
    with database.transaction() as session:
        session.execute(delete(SyncOutbox))  # as when the server rejected it
    apply_page(database.engine, page(person(version=2, occupation="Infirmière"), cursor=11))
    with database.session() as session:
        claire = session.get_one(Person, PERSON_ID)
        assert (claire.phone, claire.occupation) == ("+33612345678", "Infirmière")


def test_tombstones_are_applied(database: Database) -> None:
    apply_page(database.engine, page(household(), person()))
    apply_page(database.engine, page(household(version=2, deleted=True), cursor=11))
    with database.session() as session:
        assert session.get_one(Household, HOUSEHOLD_ID).deleted is True
    assert summary_names(database) == []


def test_a_child_may_come_a_page_before_its_household(database: Database) -> None:
    apply_page(database.engine, page(person(), cursor=5, more=True))
    apply_page(database.engine, page(household(version=2), cursor=9))
    with database.engine.connect() as connection:
        assert dangling_references(connection) == []
    assert summary_names(database) == ["Martin"]


def test_a_value_of_the_wrong_shape_refuses_the_whole_page(database: Database) -> None:
    with pytest.raises(CodecError):
        apply_page(database.engine, page(household(), person(role="grand-parent"), cursor=12))
    with database.session() as session:
        assert session.get(Household, HOUSEHOLD_ID) is None
    with database.engine.connect() as connection:
        assert state.cursor(connection) == 0
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_purge_waits_for_the_households_pending_edits(database: Database) -> None:
    apply_page(database.engine, page(household(), person()))
    with database.transaction() as session:
        session.get_one(Person, PERSON_ID).phone = "+33700000000"
    purge = {"table": "household", "id": HOUSEHOLD_ID.hex}
    applied = apply_page(database.engine, page(purges=[purge], cursor=20))
    assert (applied.purged, applied.deferred_purges) == (0, 1)
    with database.session() as session:
        assert session.get(Person, PERSON_ID) is not None, "the edit is still to be pushed"
        assert session.scalar(select(func.count()).select_from(SyncPurge)) == 1

    with database.transaction() as session:
        session.execute(delete(SyncOutbox))  # acknowledged by the server
    with database.engine.begin() as connection:
        assert apply_deferred_purges(connection) == 1
    with database.session() as session:
        assert session.get(Person, PERSON_ID) is None
        assert session.get(Household, HOUSEHOLD_ID) is None
        assert session.scalar(select(func.count()).select_from(SyncPurge)) == 0
    assert summary_names(database) == []
    assert outbox_size(database) == 0, "a purge is local: nothing goes back to the server"


def test_a_purge_with_nothing_pending_deletes_at_once(database: Database) -> None:
    apply_page(database.engine, page(household(), person()))
    purge = {"table": "household", "id": HOUSEHOLD_ID.hex}
    assert apply_page(database.engine, page(purges=[purge], cursor=20)).purged == 1
    with database.session() as session:
        assert session.get(Household, HOUSEHOLD_ID) is None


def test_conflicts_are_stored_once(database: Database) -> None:
    conflict = {
        "seq": 4,
        "table": "person",
        "id": PERSON_ID.hex,
        "field": "phone",
        "kept_value": "+33612345678",
        "kept_hlc": f"1764000000001-00000-{DEVICE}",
        "kept_device": DEVICE,
        "kept_officer": None,
        "lost_value": "+33700000000",
        "lost_hlc": f"1764000000000-00000-{'d' * 32}",
        "lost_device": "d" * 32,
        "lost_officer": uuid.uuid4().hex,
        "at": "2026-11-26T09:12:00Z",
    }
    assert (
        apply_page(database.engine, page(household(), person(), conflicts=[conflict])).conflicts
        == 1
    )
    assert apply_page(database.engine, page(conflicts=[conflict])).conflicts == 0
    with database.session() as session:
        stored = session.scalars(select(SyncConflict)).one()
    assert (stored.field, stored.kept_value, stored.lost_value) == (
        "phone",
        "+33612345678",
        "+33700000000",
    )
    assert stored.restored_at is None
