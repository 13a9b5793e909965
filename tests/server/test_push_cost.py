"""A push page costs a fixed number of statements, however many households it carries.

A first sync sends a whole caseload, 500 changes a page: a lookup per wish (each
flushing the pending records before it) made it several times slower.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from sqlalchemy import Engine, event, func, select

from server.accounts import Caller
from server.database import writing
from server.models import Record
from server.push import IncomingChange, push
from server.records import load_records
from tests.server.helpers import NEVERS, Device, create_officer, new_household

CLAMECY = "58079"  # another commune of the Nièvre, in another EPCI


@contextmanager
def counted(engine: Engine) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _push_households(engine: Engine, caller: Caller, device: Device, count: int) -> int:
    """Push ``count`` new households in one page; the number of statements it took."""
    changes = []
    for number in range(count):
        _, created = new_household(device, NEVERS if number % 2 else CLAMECY, f"Foyer {number}")
        changes += [IncomingChange(**change) for change in created]
    with counted(engine) as statements, writing(engine) as session:
        results = push(session, caller, changes)
    assert {result.status for result in results} == {"applied"}
    return len(statements)


def test_a_page_of_households_costs_the_same_statements_as_a_few(engine: Engine) -> None:
    officer_id = create_officer(engine, "ana@nievre.fr", "58", name="Ana")
    device = Device(httpx.Client())
    caller = Caller(officer_id, "Ana", device.id)
    few = _push_households(engine, caller, device, 4)
    many = _push_households(engine, caller, device, 40)
    assert many <= few + 2, (few, many)
    with writing(engine) as session:
        placed = session.scalar(
            select(func.count()).where(
                Record.table_name == "household", Record.departement_code == "58"
            )
        )
    assert placed == 44


def test_records_are_loaded_by_table_and_id(engine: Engine) -> None:
    """Ids are looked up with their table (the primary key), and only the pairs asked for."""
    officer_id = create_officer(engine, "ana@nievre.fr", "58", name="Ana")
    device = Device(httpx.Client())
    caller = Caller(officer_id, "Ana", device.id)
    household_id, created = new_household(device, NEVERS)
    with writing(engine) as session:
        push(session, caller, [IncomingChange(**change) for change in created])
    person_id = created[2]["id"]
    with writing(engine) as session:
        found = load_records(
            session, [("household", household_id), ("household", person_id), ("person", person_id)]
        )
    assert sorted(found) == sorted([("household", household_id), ("person", person_id)])
