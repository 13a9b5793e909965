"""An officer of the Nièvre cannot pull, push or guess a household of the Doubs."""

from __future__ import annotations

import httpx
from sqlalchemy import Engine, func, select

from server.models import AppliedChange, Conflict, PurgeNotice, Record
from tests.server.helpers import (
    BESANCON,
    NEVERS,
    Device,
    create_officer,
    new_household,
    new_id,
    target_fields,
)


def _nievre_and_doubs(engine: Engine, http: httpx.Client) -> tuple[Device, Device]:
    create_officer(engine, "ana@nievre.fr", "58", name="Ana")
    create_officer(engine, "zoe@doubs.fr", "25", name="Zoé")
    return Device.login(http, "ana@nievre.fr"), Device.login(http, "zoe@doubs.fr")


def _snapshot(engine: Engine) -> list[tuple]:
    with engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                select(Record.table_name, Record.id, Record.version, Record.data).order_by(
                    Record.table_name, Record.id
                )
            )
        ]


def test_a_household_of_the_doubs_is_not_pulled_by_the_nievre(
    engine: Engine, http: httpx.Client
) -> None:
    nievre, doubs = _nievre_and_doubs(engine, http)
    doubs_household, changes = new_household(doubs, BESANCON)
    doubs.push_ok(*changes)
    nievre_household, changes = new_household(nievre, NEVERS)
    nievre.push_ok(*changes)
    seen_by_nievre = {record_id for _, record_id in nievre.pull_all()["records"]}
    seen_by_doubs = {record_id for _, record_id in doubs.pull_all()["records"]}
    assert nievre_household in seen_by_nievre and doubs_household not in seen_by_nievre
    assert doubs_household in seen_by_doubs and nievre_household not in seen_by_doubs
    assert doubs.pull(territory="58").status_code == 403


def test_the_nievre_cannot_write_a_household_of_the_doubs(
    engine: Engine, http: httpx.Client
) -> None:
    nievre, doubs = _nievre_and_doubs(engine, http)
    household_id, changes = new_household(doubs, BESANCON)
    doubs.push_ok(*changes)
    before = _snapshot(engine)
    attempts = [
        nievre.change("household", household_id, {"name": "Piraté"}, base_version=1),
        nievre.change("person", changes[2]["id"], {"phone": "+33600000000"}, base_version=1),
        nievre.change("person", new_id(), {"household_id": household_id, "role": "adulte",
                                           "first_name": "Intrus", "last_name": "X"}),
        nievre.change("household_target", changes[1]["id"], {"code": NEVERS}, base_version=1),
    ]  # fmt: skip
    _new_in_doubs, creation = new_household(nievre, BESANCON)
    results = nievre.push_ok(*attempts, *creation)
    assert all(result["status"] == "rejected" for result in results)
    assert results[0]["reason"] == "Ce foyer est hors de votre territoire."
    assert _snapshot(engine) == before  # nothing written
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(Conflict)) == 0
        assert connection.scalar(select(func.count()).select_from(AppliedChange)) == 3 + 7


def test_guessing_a_household_of_the_doubs_answers_as_if_it_did_not_exist(
    engine: Engine, http: httpx.Client
) -> None:
    nievre, doubs = _nievre_and_doubs(engine, http)
    household_id, changes = new_household(doubs, BESANCON)
    doubs.push_ok(*changes)
    out_of_scope = http.get(f"/sync/v1/records/household/{household_id}", headers=nievre.headers)
    missing = http.get(f"/sync/v1/records/household/{new_id()}", headers=nievre.headers)
    assert out_of_scope.status_code == missing.status_code == 404
    assert out_of_scope.json() == missing.json() == {"detail": "Enregistrement introuvable."}
    own = http.get(f"/sync/v1/records/household/{household_id}", headers=doubs.headers)
    assert own.status_code == 200 and own.json()["data"]["name"] == "Martin"


def test_a_household_that_moves_is_purged_from_the_old_territory(
    engine: Engine, http: httpx.Client
) -> None:
    nievre, doubs = _nievre_and_doubs(engine, http)
    household_id, changes = new_household(nievre, NEVERS)
    nievre.push_ok(*changes)
    nievre_cursor = nievre.pull_all()["cursor"]
    doubs_cursor = doubs.pull_all()["cursor"]
    target_id = changes[1]["id"]
    pending = nievre.change("person", changes[2]["id"], {"first_name": "Lou"}, base_version=1)
    move = nievre.change("household_target", target_id, {"code": BESANCON}, base_version=1)
    results = nievre.push_ok(pending, move)
    assert [result["status"] for result in results] == ["applied", "applied"]
    after_move = nievre.pull_all(nievre_cursor)
    assert after_move["purges"] == [{"table": "household", "id": household_id}]
    assert after_move["records"] == {}
    received = doubs.pull_all(doubs_cursor)["records"]
    assert {("household", household_id), ("household_target", target_id)} <= set(received)
    assert received[("person", changes[2]["id"])]["data"]["first_name"] == "Lou"
    late = nievre.change("person", changes[2]["id"], {"first_name": "Léo"}, base_version=2)
    assert nievre.push_ok(late)[0]["status"] == "rejected"
    back = doubs.change("household_target", target_id, {"code": NEVERS}, base_version=2)
    doubs.push_ok(back)
    returned = nievre.pull_all(nievre_cursor)
    assert returned["purges"] == []  # it came back before the officer synced
    assert ("household", household_id) in returned["records"]
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(PurgeNotice)) == 2


def test_a_new_household_is_placed_by_its_first_commune_wish(
    engine: Engine, http: httpx.Client
) -> None:
    nievre, _ = _nievre_and_doubs(engine, http)
    household_id = new_id()
    changes = [
        nievre.change("household", household_id, {"name": "Roux", "source": "salon"}),
        nievre.change("household_target", new_id(),
                      {**target_fields(household_id, "58"), "kind": "departement"}),
        nievre.change("household_target", new_id(), target_fields(household_id, NEVERS, 2)),
    ]  # fmt: skip
    nievre.push_ok(*changes)
    with engine.connect() as connection:
        row = connection.execute(
            select(Record.departement_code, Record.epci_siren, Record.commune_code).where(
                Record.id == household_id
            )
        ).one()
    assert row.departement_code == "58" and row.commune_code == NEVERS and row.epci_siren
