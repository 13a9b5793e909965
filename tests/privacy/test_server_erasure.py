"""The server's side of an erasure, on SQLite and PostgreSQL, through the real HTTP API.

A household pushed with ``erased_at`` is anonymised on the server whatever the
clocks say; the conflict log loses what it held about it; one erasure notice
reaches the officers of its territory (and only them), and a late edit pushed
by a device that had not heard of it is anonymised again.
"""

from __future__ import annotations

import httpx
from sqlalchemy import Engine, select

from desktop.privacy.anonymous import ANONYMOUS_NAME
from server.models import Conflict, Record
from server.models.records import ErasureNotice
from tests.server.helpers import NEVERS, Device, create_officer, new_household

ERASED_AT = "2026-11-25T10:00:00Z"


def test_an_erased_household_is_anonymised_and_announced_to_its_territory_only(
    engine: Engine, http: httpx.Client
) -> None:
    create_officer(engine, "ana@nievre.fr", "58", name="Ana")
    create_officer(engine, "paul@nievre.fr", NEVERS, name="Paul")
    create_officer(engine, "zoe@doubs.fr", "25", name="Zoé")
    ana, paul = Device.login(http, "ana@nievre.fr"), Device.login(http, "paul@nievre.fr")
    zoe = Device.login(http, "zoe@doubs.fr")
    household_id, changes = new_household(ana, NEVERS, name="Zylberstein")
    person_id = changes[2]["id"]
    ana.push_ok(*changes)
    wall = int(changes[0]["hlc"][:13])
    # A conflict on the member's phone: the losing number is in the log.
    paul.push_ok(paul.change("person", person_id, {"phone": "+33611223344"}, base_version=1,
                             hlc=paul.clock(wall + 2000)))  # fmt: skip
    ana.push_ok(ana.change("person", person_id, {"phone": "+33687654321"}, base_version=1,
                           hlc=ana.clock(wall + 1000)))  # fmt: skip
    cursor = paul.pull_all()["cursor"]
    with engine.connect() as connection:
        assert connection.scalars(select(Conflict.lost_value)).all() == ["+33687654321"]

    erasure = ana.change(
        "household", household_id, {"name": ANONYMOUS_NAME, "erased_at": ERASED_AT},
        base_version=1, hlc=ana.clock(wall + 3000),
    )  # fmt: skip
    assert ana.push_ok(erasure)[0]["status"] == "applied"
    with engine.connect() as connection:
        person = connection.execute(
            select(Record.data).where(Record.table_name == "person", Record.id == person_id)
        ).scalar_one()
        assert connection.scalars(select(Conflict)).all() == []
        notices = connection.scalars(select(ErasureNotice.household_id)).all()
    assert (person["first_name"], person["last_name"], person["phone"]) == ("", "", None)
    assert person["role"] == "adulte"  # what the figures count stays
    assert notices == [household_id]

    page = paul.pull_all(cursor)
    assert page["erasures"] == [{"household_id": household_id}]
    assert page["records"][("person", person_id)]["data"]["phone"] is None
    assert page["records"][("household", household_id)]["data"]["erased_at"] == ERASED_AT
    assert page["conflicts"] == []
    elsewhere = zoe.pull_all()
    assert elsewhere["erasures"] == []
    assert all(
        household_id not in (record_id, record["data"].get("household_id"))
        for (_table, record_id), record in elsewhere["records"].items()
    )

    # Paul had not heard of it: his later phone is anonymised at once, no second notice.
    assert paul.push_ok(paul.change("person", person_id, {"phone": "+33699999999"},
                                    base_version=2, hlc=paul.clock(wall + 9000)))[0][
        "status"
    ] == "applied"  # fmt: skip
    with engine.connect() as connection:
        person = connection.execute(
            select(Record.data).where(Record.table_name == "person", Record.id == person_id)
        ).scalar_one()
        assert len(connection.scalars(select(ErasureNotice)).all()) == 1
    assert person["phone"] is None
