"""A sync cut by the network or fed garbage leaves the local data and the outbox intact.

The happy path runs against the real server (``test_engine_e2e.py``); here the
peer is a real socket that misbehaves on purpose.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import func, select, text

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.models import Household, PersonRole, Source, SyncOutbox, TerritoryKind
from desktop.storage import Database
from desktop.sync import state
from desktop.sync.engine import RetryPolicy, sync_once
from desktop.sync.errors import (
    ConnectionDroppedError,
    GarbageAnswerError,
    ServerUnreachableError,
    UpgradeRequiredError,
)
from desktop.sync.transport import Transport
from tests.sync.peers import Behaviour, closed_port_url, json_body, misbehaving_peer


def register(database: Database) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.FAIR,
        members=[PersonInput(PersonRole.ADULT, "Claire", "Martin", phone="0612345678")],
        targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
    )
    with database.transaction() as session:
        return register_household(session, data, today=date(2026, 11, 25)).id


def snapshot(database: Database) -> tuple[Any, ...]:
    with database.engine.connect() as connection:
        outbox = connection.execute(
            select(SyncOutbox.change_id, SyncOutbox.fields).order_by(SyncOutbox.device_seq)
        ).all()
        households = connection.execute(text("SELECT * FROM household ORDER BY id")).all()
        meta = connection.execute(
            text("SELECT key, value FROM app_meta WHERE key LIKE 'sync_%' ORDER BY key")
        ).all()
    return tuple(outbox), tuple(households), tuple(meta)


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, delay: float) -> None:
        self.delays.append(delay)


def test_a_dropped_connection_is_retried_with_backoff_then_leaves_everything(
    database: Database,
) -> None:
    register(database)
    before = snapshot(database)
    behaviour = Behaviour("hang-up")
    sleeps = Sleeps()
    with misbehaving_peer(behaviour) as url, Transport(url, "jeton") as transport:
        report = sync_once(database, transport, retry=RetryPolicy(attempts=4, sleep=sleeps))
    assert isinstance(report.error, ConnectionDroppedError)
    assert len(behaviour.received) == 4
    assert sleeps.delays == [0.5, 1.0, 2.0]
    assert snapshot(database) == before
    assert report.pushed == 0 and not report.complete


def test_an_unreachable_server_leaves_the_outbox_for_next_time(database: Database) -> None:
    register(database)
    before = snapshot(database)
    with Transport(closed_port_url(), "jeton") as transport:
        report = sync_once(database, transport, retry=RetryPolicy(attempts=2, sleep=Sleeps()))
    assert isinstance(report.error, ServerUnreachableError)
    assert snapshot(database) == before


def test_a_garbage_push_answer_is_not_retried_and_changes_nothing(database: Database) -> None:
    register(database)
    before = snapshot(database)
    behaviour = Behaviour("status", 200, b"<html>Bienvenue sur le Wi-Fi du salon</html>")
    with misbehaving_peer(behaviour) as url, Transport(url, "jeton") as transport:
        report = sync_once(database, transport, retry=RetryPolicy(sleep=Sleeps()))
    assert isinstance(report.error, GarbageAnswerError)
    assert len(behaviour.received) == 1
    assert snapshot(database) == before


def test_acknowledgements_of_other_changes_are_garbage(database: Database) -> None:
    register(database)
    before = snapshot(database)
    answer = {
        "protocol": 1,
        "results": [{"change_id": uuid.uuid4().hex, "status": "applied", "reason": None}],
        "hlc": None,
    }
    with (
        misbehaving_peer(Behaviour("status", 200, json_body(answer))) as url,
        Transport(url, "jeton") as transport,
    ):
        report = sync_once(database, transport, retry=RetryPolicy(sleep=Sleeps()))
    assert isinstance(report.error, GarbageAnswerError)
    assert snapshot(database) == before


def test_a_garbage_pull_page_writes_nothing(database: Database) -> None:
    page = {
        "protocol": 1,
        "records": [
            {
                "table": "household",
                "id": uuid.uuid4().hex,
                "version": 1,
                "deleted": False,
                "seq": 3,
                "hlc": None,
                "data": {"name": "Martin", "source": "soucoupe-volante"},
            }
        ],
        "purges": [],
        "conflicts": [],
        "cursor": 3,
        "more": False,
        "checksums": {},
    }
    before = snapshot(database)
    with (
        misbehaving_peer(Behaviour("status", 200, json_body(page))) as url,
        Transport(url, "jeton") as transport,
    ):
        report = sync_once(database, transport, retry=RetryPolicy(sleep=Sleeps()))
    assert isinstance(report.error, GarbageAnswerError)
    assert snapshot(database) == before
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Household)) == 0
    with database.engine.connect() as connection:
        assert state.cursor(connection) == 0


def test_an_old_protocol_is_told_to_update(database: Database) -> None:
    register(database)
    behaviour = Behaviour("status", 426, json_body({"detail": "…mettez à jour Escale."}))
    with misbehaving_peer(behaviour) as url, Transport(url, "jeton") as transport:
        report = sync_once(database, transport, retry=RetryPolicy(sleep=Sleeps()))
    assert isinstance(report.error, UpgradeRequiredError)
    assert "mettez à jour Escale" in report.error.message
    assert len(behaviour.received) == 1


def test_a_cancelled_sync_sends_nothing(database: Database) -> None:
    register(database)
    before = snapshot(database)
    behaviour = Behaviour("hang-up")
    with misbehaving_peer(behaviour) as url, Transport(url, "jeton") as transport:
        report = sync_once(database, transport, cancelled=lambda: True)
    assert report.cancelled and report.error is None
    assert behaviour.received == []
    assert snapshot(database) == before
    assert "interrompue" in report.describe()
