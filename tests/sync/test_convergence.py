"""Three devices edit offline and sync in any order: they converge, and no edit is lost.

A property test (hypothesis) of invariants 3 and 4 end to end: each example
gets a fresh server database served over real HTTP, three officers of the
Nièvre each with a real local database, and a random sequence of offline edits
(households created, fields of households and persons edited, members added,
records deleted) and syncs. After a final round (each device syncs, then each
again):

- every replica, and the server, hold the same data for the synced tables
  (local-only columns left out) and the same conflict log;
- every edit is in the data or in the conflict log, unless a later edit made
  by a device that had already received it (or had seen the same value in that
  field) overwrote it, which is no conflict.

The test tracks what each device has seen: its own edits, and after a sync
everything the server had; an edit made on a device supersedes the edits of
the same field that device had seen.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, select

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.models import (
    Household,
    Maturity,
    Person,
    PersonRole,
    Source,
    SyncConflict,
    SyncOutbox,
    TerritoryKind,
)
from desktop.paths import database_path
from desktop.storage import Database, open_database
from desktop.sync import codec, state
from desktop.sync.account import login
from desktop.sync.engine import sync_once
from desktop.sync.transport import Transport
from server.database import make_engine
from server.models import Conflict, Record
from tests.real_server import PASSWORD
from tests.sync.live import cheap_password_hashes, make_server_template, officer, served

NIEVRE_COMMUNES = ["58194", "58086", "58303", "58095"]
LOCAL_ONLY = {"updated_at"}
"""Columns of a synced table that never travel (``id``, ``version`` and ``deleted`` do)."""
OUTBOX = SyncOutbox.__table__

EditKey = tuple[str, uuid.UUID, str]
"""(table, record id, field) of one field edit."""


@dataclass(frozen=True)
class Edit:
    number: int
    key: EditKey
    value: Any
    """The value as the protocol carries it (JSON form)."""


@dataclass
class Replica:
    name: str
    database: Database
    seen: set[int] = field(default_factory=set)
    last_seq: int = 0


@dataclass
class World:
    """One example: a server, three devices, and the bookkeeping of every edit."""

    server_url: str
    server_db: str
    replicas: list[Replica]
    households: list[uuid.UUID] = field(default_factory=list)
    persons: list[uuid.UUID] = field(default_factory=list)
    edits: dict[int, Edit] = field(default_factory=dict)
    superseded: set[int] = field(default_factory=set)
    server_seen: set[int] = field(default_factory=set)
    counter: int = 0

    def record_edits(self, replica: Replica) -> None:
        """Turn the outbox entries a local write added into tracked edits."""
        with replica.database.engine.connect() as connection:
            rows = connection.execute(
                select(OUTBOX).where(OUTBOX.c.device_seq > replica.last_seq)
            ).mappings()
            for row in rows:
                replica.last_seq = max(replica.last_seq, row["device_seq"])
                fields = {**row["fields"], "deleted": row["deleted"]}
                for name, value in fields.items():
                    key = (row["table_name"], row["record_id"], name)
                    known = [self.edits[number] for number in replica.seen]
                    known_values = [repr(edit.value) for edit in known if edit.key == key]
                    self.superseded |= {edit.number for edit in known if edit.key == key}
                    self.superseded |= {  # the same value from elsewhere: nothing new is lost
                        edit.number
                        for edit in self.edits.values()
                        if edit.key == key and repr(edit.value) in known_values
                    }
                    self.counter += 1
                    self.edits[self.counter] = Edit(self.counter, key, value)
                    replica.seen.add(self.counter)

    def sync(self, replica: Replica) -> None:
        with replica.database.engine.connect() as connection:
            account = state.account(connection)
        assert account is not None
        with Transport(account.server_url, account.token) as transport:
            report = sync_once(replica.database, transport)
        assert report.error is None, report.error.message
        assert report.rejected == 0, report.rejections
        self.server_seen |= replica.seen
        replica.seen |= self.server_seen


@pytest.fixture(scope="module")
def server_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_server_template(tmp_path_factory.mktemp("convergence"))


@pytest.fixture(scope="module")
def _cheap_hashes() -> Iterator[None]:
    with cheap_password_hashes():
        yield


def _world(stack: ExitStack, folder: Path, template: Path, client_template: Path) -> World:
    server_url, server_db = stack.enter_context(served(template, folder))
    replicas = []
    for number, name in enumerate(["ana", "bruno", "chloe"]):
        email = f"{name}@nievre.fr"
        officer(server_db, email, "58", name=name.capitalize())
        path = database_path(folder / name)
        path.parent.mkdir()
        shutil.copy2(client_template, path)
        database = open_database(path)
        stack.callback(database.close)
        login(database.engine, server_url, email, PASSWORD)
        replicas.append(Replica(f"appareil {number}", database))
    return World(server_url, server_db, replicas)


def _create_household(
    world: World, replica: Replica, members: int, last_name: str, commune: str
) -> None:
    people = [
        PersonInput(
            PersonRole.ADULT,
            f"Prénom{index}",
            last_name,
            phone="0612345678",
            id=uuid.uuid4(),
        )
        for index in range(members)
    ]
    household = HouseholdInput(
        source=Source.FAIR,
        members=people,
        targets=[TargetInput(TerritoryKind.COMMUNE, commune)],
    )
    with replica.database.transaction() as session:
        created = register_household(session, household, today=date(2026, 11, 25))
        world.households.append(created.id)
    world.persons += [person.id for person in people if person.id is not None]


HOUSEHOLD_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "name": st.sampled_from(["Martin", "Durand", "Lefèvre", "Moreau"]),
    "housing_budget_eur": st.one_of(st.none(), st.sampled_from([150_000, 200_000, 250_000])),
    "maturity": st.one_of(st.none(), st.sampled_from(list(Maturity))),
    "deleted": st.just(True),
}
PERSON_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "phone": st.sampled_from(["+33611111111", "+33622222222", "+33633333333"]),
    "occupation": st.one_of(st.none(), st.sampled_from(["Infirmière", "Menuisier", "Développeur"])),
    "deleted": st.just(True),
}


def _known(world: World, replica: Replica, model: Any, ids: list[uuid.UUID]) -> list[uuid.UUID]:
    """Ids of ``ids`` this replica holds, in the test's creation order (ids are random)."""
    with replica.database.session() as session:
        present = set(session.scalars(select(model.id).where(model.id.in_(ids))))
    return [record_id for record_id in ids if record_id in present]


def _edit(
    world: World, replica: Replica, data: st.DataObject, model: Any, values: dict[str, Any]
) -> bool:
    ids = _known(world, replica, model, world.households if model is Household else world.persons)
    if not ids:
        return False
    record_id = data.draw(st.sampled_from(ids), label="fiche")
    name = data.draw(st.sampled_from(sorted(values)), label="champ")
    value = data.draw(values[name], label="valeur")
    with replica.database.transaction() as session:
        setattr(session.get_one(model, record_id), name, value)
    return True


def _add_member(world: World, replica: Replica, data: st.DataObject) -> bool:
    ids = _known(world, replica, Household, world.households)
    if not ids:
        return False
    household_id = data.draw(st.sampled_from(ids), label="foyer")
    person_id = uuid.uuid4()
    with replica.database.transaction() as session:
        session.add(
            Person(
                id=person_id,
                household_id=household_id,
                role=PersonRole.CHILD,
                first_name="Enfant",
                last_name="Ajouté",
            )
        )
    world.persons.append(person_id)
    return True


def _dump(connection: Connection) -> dict[str, Any]:
    """The synced tables and the conflict log, as the protocol would carry them."""
    tables: dict[str, Any] = {}
    for name, table in sorted(codec.synced_tables().items()):
        rows = connection.execute(select(table)).mappings()
        tables[name] = {
            row["id"].hex: (
                row["version"],
                row["deleted"],
                codec.encode_row(
                    table, {key: value for key, value in row.items() if key not in LOCAL_ONLY}
                ),
            )
            for row in rows
        }
    conflicts = connection.execute(select(SyncConflict.__table__)).mappings()
    tables["sync_conflict"] = sorted(
        (
            row["seq"],
            row["table_name"],
            row["record_id"].hex,
            row["field"],
            repr(row["kept_value"]),
            repr(row["lost_value"]),
            row["lost_hlc"],
        )
        for row in conflicts
    )
    return tables


def _server_dump(database_url: str) -> dict[str, Any]:
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            records = connection.execute(
                select(Record.table_name, Record.id, Record.version, Record.deleted, Record.data)
            ).all()
            conflicts = connection.execute(
                select(
                    Conflict.seq,
                    Conflict.table_name,
                    Conflict.record_id,
                    Conflict.field,
                    Conflict.kept_value,
                    Conflict.lost_value,
                    Conflict.lost_hlc,
                )
            ).all()
    finally:
        engine.dispose()
    tables: dict[str, Any] = {name: {} for name in codec.synced_tables()}
    for table, record_id, version, deleted, data in records:
        tables[table][record_id] = (version, deleted, data)
    tables["sync_conflict"] = sorted(
        (seq, table, record_id, name, repr(kept), repr(lost), lost_hlc)
        for seq, table, record_id, name, kept, lost, lost_hlc in conflicts
    )
    return tables


def _check(world: World) -> None:
    for replica in world.replicas:
        world.sync(replica)
    for replica in world.replicas:
        world.sync(replica)
    dumps = []
    for replica in world.replicas:
        with replica.database.engine.connect() as connection:
            assert connection.execute(select(OUTBOX)).first() is None
            dumps.append(_dump(connection))
    assert dumps[1] == dumps[0]
    assert dumps[2] == dumps[0]
    server = _server_dump(world.server_db)
    for name in codec.synced_tables():
        assert set(dumps[0][name]) == set(server[name]), name
        for record_id, (version, deleted, data) in dumps[0][name].items():
            server_version, server_deleted, server_data = server[name][record_id]
            assert (version, deleted) == (server_version, server_deleted), (name, record_id)
            assert {key: data[key] for key in server_data} == server_data, (name, record_id)
    assert dumps[0]["sync_conflict"] == server["sync_conflict"]

    lost = {
        (table, record_id, name, value)
        for _, table, record_id, name, _, value, _ in dumps[0]["sync_conflict"]
    }
    for edit in world.edits.values():
        if edit.number in world.superseded:
            continue
        table, record_id, name = edit.key
        _version, deleted, data = dumps[0][table][record_id.hex]
        current = deleted if name == "deleted" else data[name]
        assert current == edit.value or (table, record_id.hex, name, repr(edit.value)) in lost, (
            f"modification perdue : {edit}"
        )


ACTIONS = ["sync"] * 3 + ["create"] + ["edit_household"] * 3 + ["edit_person"] * 3 + ["add_member"]
"""Weighted so that few households take many edits: concurrent edits of one field are common."""
MAX_HOUSEHOLDS = 2


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=st.data())
def test_three_devices_converge_and_lose_no_edit(
    data: st.DataObject,
    server_template: Path,
    template_database: Path,
    _cheap_hashes: None,
) -> None:
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        world = _world(stack, folder, server_template, template_database)
        first = world.replicas[0]
        _create_household(world, first, 2, "Girard", NIEVRE_COMMUNES[0])
        world.record_edits(first)
        for replica in world.replicas:  # a household every device holds, edited everywhere
            world.sync(replica)
        steps = data.draw(st.integers(4, 40), label="étapes")
        for _ in range(steps):
            replica = world.replicas[data.draw(st.integers(0, 2), label="appareil")]
            action = data.draw(st.sampled_from(ACTIONS), label="action")
            if action == "sync":
                world.sync(replica)
                continue
            if action == "create" and len(world.households) < MAX_HOUSEHOLDS:
                _create_household(
                    world,
                    replica,
                    data.draw(st.integers(1, 2), label="membres"),
                    data.draw(st.sampled_from(["Martin", "Bernard", "Petit"]), label="nom"),
                    data.draw(st.sampled_from(NIEVRE_COMMUNES), label="commune"),
                )
            elif action in ("create", "edit_household"):
                _edit(world, replica, data, Household, HOUSEHOLD_VALUES)
            elif action == "edit_person":
                _edit(world, replica, data, Person, PERSON_VALUES)
            else:
                _add_member(world, replica, data)
            world.record_edits(replica)
        _check(world)
