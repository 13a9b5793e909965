"""Roles: the coordinator sees counts only, the administrator manages accounts and devices.

Each role reaches only its own endpoints (the full matrix is test_scope_matrix.py);
here, what each allowed endpoint does, over HTTP and through ``escale-server``.
"""

from __future__ import annotations

import io
import json
import sys

import httpx
import pytest
from sqlalchemy import Engine, func, select

from server.accounts import add_officer
from server.cli import main
from server.database import writing
from server.errors import InvalidError
from server.models import Device as DeviceRow
from server.models import Officer, OfficerTerritory, Record, Token
from tests.server.helpers import (
    BESANCON,
    NEVERS,
    PASSWORD,
    Device,
    create_officer,
    new_household,
    new_id,
)


def create_account(engine: Engine, email: str, role: str, *codes: str) -> str:
    with writing(engine) as session:
        return add_officer(session, email, "Compte", PASSWORD, list(codes), role=role).id


def bearer(device: Device) -> dict[str, str]:
    return {"Authorization": f"Bearer {device.token}"}


def test_the_coordinator_gets_counts_by_departement_and_status_and_no_personal_data(
    engine: Engine, http: httpx.Client
) -> None:
    create_officer(engine, "ana@nievre.fr", "58")
    create_officer(engine, "zoe@doubs.fr", "25")
    create_account(engine, "coord@region.fr", "coordinator")
    ana = Device.login(http, "ana@nievre.fr")
    zoe = Device.login(http, "zoe@doubs.fr")
    for _ in range(2):
        ana.push_ok(*new_household(ana, NEVERS, name="Secretnom")[1])
    household_id, changes = new_household(zoe, BESANCON, name="Confidentiel")
    zoe.push_ok(*changes)
    zoe.push_ok(zoe.change("household", household_id, {"status": "contacte"}, base_version=1))
    gone, changes = new_household(zoe, BESANCON)
    zoe.push_ok(*changes)
    zoe.push_ok(zoe.change("household", gone, {}, base_version=1, deleted=True))

    coordinator = Device.login(http, "coord@region.fr")
    officers = {record["data"]["email"] for (table, _), record in
                ana.pull_all()["records"].items() if table == "officer"}  # fmt: skip
    assert officers == {"ana@nievre.fr", "zoe@doubs.fr"}  # not an officer to assign cases to
    response = http.get("/region/v1/indicators", headers=bearer(coordinator))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == 3
    assert body["by_status"] == {"nouveau": 2, "contacte": 1}
    assert body["territories"] == [
        {"code": "25", "name": "Doubs", "total": 1, "by_status": {"contacte": 1}},
        {"code": "58", "name": "Nièvre", "total": 2, "by_status": {"nouveau": 2}},
    ]
    text = response.text
    for personal in ("Secretnom", "Confidentiel", "Martin", "Léa", "+336", household_id):
        assert personal not in text
    # and nothing else: no pull, no push, no record
    assert coordinator.pull().status_code == 403
    assert coordinator.push().status_code == 403
    fetched = http.get(f"/sync/v1/records/household/{household_id}", headers=coordinator.headers)
    assert fetched.status_code == 403
    assert "coordinateur" in fetched.json()["detail"]


def test_the_administrator_adds_accounts_sets_territories_and_lists_them(
    engine: Engine, http: httpx.Client
) -> None:
    create_account(engine, "admin@region.fr", "administrator")
    admin = bearer(Device.login(http, "admin@region.fr"))
    created = http.post(
        "/admin/v1/officers",
        headers=admin,
        json={"email": "Lou@Jura.fr", "name": "Lou", "password": PASSWORD, "territories": ["39"]},
    )
    assert created.status_code == 201, created.text
    assert created.json() | {"id": ""} == {
        "id": "",
        "email": "lou@jura.fr",
        "name": "Lou",
        "role": "officer",
        "revoked": False,
        "territories": ["39"],
    }
    coordinator = http.post(
        "/admin/v1/officers",
        headers=admin,
        json={"email": "c@region.fr", "name": "Cé", "password": PASSWORD, "role": "coordinator"},
    )
    assert coordinator.status_code == 201 and coordinator.json()["territories"] == []
    no_territory = http.post(
        "/admin/v1/officers",
        headers=admin,
        json={"email": "x@jura.fr", "name": "X", "password": PASSWORD},
    )
    assert no_territory.status_code == 422
    assert no_territory.json()["detail"] == "Indiquez au moins un territoire (--territory CODE)."

    lou = Device.login(http, "lou@jura.fr")
    cursor = lou.pull_all()["cursor"]
    moved = http.put(
        "/admin/v1/officers/lou@jura.fr/territories",
        headers=admin,
        json={"territories": ["58", NEVERS]},
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["territories"] == ["58", NEVERS]
    with engine.connect() as connection:
        codes = connection.scalars(select(OfficerTerritory.code).order_by(OfficerTerritory.code))
        assert list(codes) == ["58", NEVERS]
    # every client learns the change: the old territory as a tombstone, the new ones as records
    published = lou.pull_all(cursor)["records"]
    territories = {
        record["data"].get("code"): record["deleted"]
        for (table, _), record in published.items()
        if table == "officer_territory"
    }
    assert territories == {"39": True, "58": False, NEVERS: False}
    unknown = http.put(
        "/admin/v1/officers/lou@jura.fr/territories", headers=admin, json={"territories": ["999"]}
    )
    assert unknown.status_code == 422 and "Territoire inconnu" in unknown.json()["detail"]
    listed = http.get("/admin/v1/officers", headers=admin).json()
    assert [(row["email"], row["role"]) for row in listed] == [
        ("admin@region.fr", "administrator"),
        ("c@region.fr", "coordinator"),
        ("lou@jura.fr", "officer"),
    ]


def test_the_administrator_revokes_an_officer_and_a_device(
    engine: Engine, http: httpx.Client
) -> None:
    create_account(engine, "admin@region.fr", "administrator")
    create_officer(engine, "ana@nievre.fr", "58")
    admin = bearer(Device.login(http, "admin@region.fr"))
    laptop = Device.login(http, "ana@nievre.fr")
    tablet = Device.login(http, "ana@nievre.fr")
    devices = http.get("/admin/v1/devices", headers=admin).json()
    assert {row["id"] for row in devices} >= {laptop.id, tablet.id}
    row = next(row for row in devices if row["id"] == laptop.id)
    assert (row["officer_email"], row["active_tokens"], row["lost_at"]) == (
        "ana@nievre.fr",
        1,
        None,
    )

    revoked = http.post(f"/admin/v1/devices/{laptop.id}/revoke", headers=admin)
    assert revoked.status_code == 200 and revoked.json()["active_tokens"] == 0
    logged_out = laptop.pull()
    assert logged_out.status_code == 401 and "reconnectez-vous" in logged_out.json()["detail"]
    assert tablet.pull().status_code == 200  # only that device was logged out
    again = Device.login(http, "ana@nievre.fr")  # the officer may log in again
    assert again.pull().status_code == 200
    missing = http.post(f"/admin/v1/devices/{new_id()}/lost", headers=admin)
    assert missing.status_code == 404 and "device list" in missing.json()["detail"]

    assert http.post("/admin/v1/officers/ana@nievre.fr/revoke", headers=admin).json()["revoked"]
    assert tablet.pull().status_code == 403
    assert again.pull().status_code == 403


def run_cli(database_url: str, *arguments: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    real = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        status = main([*arguments, "--db", database_url])
    finally:
        sys.stdin, sys.stdout, sys.stderr = real
    return status, out.getvalue(), err.getvalue()


def test_escale_server_manages_roles_territories_and_devices(
    engine: Engine, database_url: str, http: httpx.Client
) -> None:
    status, out, _ = run_cli(
        database_url, "officer", "add", "coord@region.fr", "--name", "Cora", "--role",
        "coordinator", "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert status == 0 and out == "Compte créé (coordinateur) : Cora <coord@region.fr>.\n"
    status, _, err = run_cli(
        database_url, "officer", "add", "ana@nievre.fr", "--name", "Ana", "--role", "officer",
        "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert status == 2 and "Indiquez au moins un territoire" in err
    create_officer(engine, "ana@nievre.fr", "58")
    status, out, _ = run_cli(
        database_url, "officer", "territories", "ana@nievre.fr", "--territory", "25",
        "--territory", "58",
    )  # fmt: skip
    assert (status, out) == (0, "Territoires de ana@nievre.fr : 25, 58.\n")
    status, _, err = run_cli(
        database_url, "officer", "territories", "nul@part.fr", "--territory", "58"
    )
    assert status == 2 and "Aucun compte avec l'adresse nul@part.fr" in err
    status, out, _ = run_cli(database_url, "officer", "list")
    assert out.splitlines() == [
        "ana@nievre.fr\tAgent\tchargé d'accueil\t25, 58",
        "coord@region.fr\tCora\tcoordinateur\t-",
    ]

    laptop = Device.login(http, "ana@nievre.fr")
    status, out, _ = run_cli(database_url, "device", "list")
    assert status == 0 and out.startswith(f"{laptop.id}\tportable de test\tana@nievre.fr\t")
    assert out.rstrip().endswith("\tactif")
    status, out, _ = run_cli(database_url, "device", "lost", laptop.id)
    assert status == 0 and "Poste déclaré perdu : portable de test" in out
    assert laptop.pull().status_code == 410
    status, out, _ = run_cli(database_url, "device", "list")
    assert "perdu le " in out and "effacement demandé le " in out
    status, _, err = run_cli(database_url, "device", "revoke", "0" * 32)
    assert status == 2 and "Aucun poste" in err
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(Token).where(~Token.revoked)) == 0
        lost = connection.scalar(select(DeviceRow.lost_at).where(DeviceRow.id == laptop.id))
        assert lost is not None
        assert connection.scalar(
            select(Officer.role).where(Officer.email == "coord@region.fr")
        ) == ("coordinator")


@pytest.mark.parametrize("role", ["coordinator", "administrator"])
def test_accounts_that_are_not_officers_never_reach_a_household(
    engine: Engine, http: httpx.Client, role: str
) -> None:
    create_officer(engine, "ana@nievre.fr", "58")
    create_account(engine, "autre@region.fr", role)
    with pytest.raises(InvalidError, match="n'a pas de territoire"):
        create_account(engine, "encore@region.fr", role, "58")
    ana = Device.login(http, "ana@nievre.fr")
    household_id, changes = new_household(ana, NEVERS)
    ana.push_ok(*changes)
    other = Device.login(http, "autre@region.fr")
    before = _records(engine)
    _, attempt = new_household(other, NEVERS)
    assert other.push(*attempt).status_code == 403
    assert other.pull().status_code == 403
    assert other.pull(territory="58").status_code == 403
    assert (
        http.get(f"/sync/v1/records/household/{household_id}", headers=other.headers).status_code
        == 403
    )
    assert _records(engine) == before


def _records(engine: Engine) -> str:
    with engine.connect() as connection:
        rows = connection.execute(
            select(Record.table_name, Record.id, Record.version).order_by(Record.seq)
        )
        return json.dumps([list(row) for row in rows])
