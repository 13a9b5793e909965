"""A family registered twice and merged: its data live under two households, both are its own.

The merged-away duplicate keeps its name and its members' tombstones; the
export shows them, the erasure anonymises them too (each with its own change
for the server), and nothing of the family stays in the file.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.cases.duplicates import merge_households
from desktop.cases.households import HouseholdInput, PersonInput, register_household
from desktop.models import Household, Person, PersonRole, Source, SyncOutbox
from desktop.privacy.anonymous import ANONYMOUS_NAME
from desktop.privacy.erasure import erase_household
from desktop.privacy.subject_access import collect
from desktop.storage import Database

TODAY = date(2026, 11, 26)


def _register(database: Database, name: str) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.FAIR,
        name=name,
        members=[
            PersonInput(PersonRole.ADULT, "Philomène", "Zylberstein", email="philo@exemple.fr")
        ],
    )
    with database.transaction() as session:
        return register_household(session, data, today=TODAY).id


def _merged(database: Database) -> tuple[uuid.UUID, uuid.UUID]:
    kept = _register(database, "Zylberstein")
    trace = _register(database, "Famille Zylberstein (salon)")
    with database.transaction() as session:
        merge_households(session, kept, trace, today=TODAY)
    return kept, trace


def test_the_export_includes_the_merged_duplicate(database: Database) -> None:
    kept, trace = _merged(database)
    with database.session() as session:
        access = collect(session.connection(), kept)
    assert [row["id"] for row in access.records["household"]] == [kept.hex, trace.hex]
    assert access.records["household"][1]["name"] == "Famille Zylberstein (salon)"
    assert access.records["household"][1]["merged_into_id"] == kept.hex
    assert len(access.records["person"]) == 2  # the twin's tombstone too


def test_erasing_the_kept_household_erases_the_trace_and_leaves_no_byte(
    database: Database, tmp_path: Path
) -> None:
    kept, trace = _merged(database)
    with database.transaction() as session:
        erase_household(session, kept)
    with database.session() as session:
        households = {
            row.id: (row.name, row.erased_at is not None, row.deleted)
            for row in session.scalars(select(Household))
        }
        people = session.scalars(select(Person.last_name)).all()
        erased_changes = session.scalars(
            select(SyncOutbox.record_id).where(
                SyncOutbox.table_name == "household",
                SyncOutbox.fields["erased_at"].as_string().is_not(None),
            )
        ).all()
    assert households == {
        kept: (ANONYMOUS_NAME, True, False),
        trace: (ANONYMOUS_NAME, True, True),
    }
    assert people == ["", ""]
    assert set(erased_changes) == {kept, trace}  # the server erases both
    for path in (database.path, database.path.with_name(database.path.name + "-wal")):
        if path.exists():
            content = path.read_bytes().lower()
            assert b"zylberstein" not in content and b"philo@exemple.fr" not in content
