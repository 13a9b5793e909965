"""The region's audit log on the real server (SQLite and PostgreSQL), over HTTP on loopback.

Officers send their own entries, once each whatever the resends; the
administrator alone reads them, filtered; ``escale-server audit`` prints them
as a French table.
"""

from __future__ import annotations

import subprocess
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import Engine, func, select

from server.accounts import add_officer
from server.database import reading, writing
from server.models import AuditEntry
from tests.real_server import SERVER
from tests.server.helpers import NEVERS, PASSWORD, PROTOCOL, Device, create_officer

CLAIRE = "claire@example.fr"
PAUL = "paul@example.fr"
ADMIN = "admin@example.fr"


def entry(officer_id: str | None, action: str = "consultation", **fields: Any) -> dict[str, Any]:
    return {
        "id": uuid.uuid4().hex,
        "at": datetime.now(UTC).isoformat(),
        "officer_id": officer_id,
        "officer_name": "Claire Morel <claire@example.fr>",
        "action": action,
        "household_id": uuid.uuid4().hex,
        "file": None,
        "item_count": None,
        "detail": "",
        **fields,
    }


def send(device: Device, *entries: dict[str, Any], device_id: str | None = None) -> httpx.Response:
    return device.http.post(
        "/audit/v1/entries",
        headers=device.headers,
        json={"protocol": 1, "device_id": device_id or device.id, "entries": list(entries)},
    )


def add_account(engine: Engine, email: str, role: str) -> str:
    with writing(engine) as session:
        return add_officer(session, email, role.title(), PASSWORD, [], role=role).id


def stored(engine: Engine) -> list[Any]:
    """The server's entries, as plain rows."""
    table = AuditEntry.__table__
    with engine.connect() as connection:
        return list(connection.execute(select(table).order_by(table.c.at)))


def test_entries_are_kept_once_whatever_the_resends(http: httpx.Client, engine: Engine) -> None:
    claire_id = create_officer(engine, CLAIRE, NEVERS, name="Claire Morel")
    device = Device.login(http, CLAIRE)
    viewed = entry(claire_id)
    before_login = entry(None, "export", file="/media/cle/foyers.xlsx", item_count=120)

    first = send(device, viewed, before_login)
    again = send(device, before_login, viewed)

    assert first.status_code == 200, first.text
    assert first.json() == {"stored": 2, "duplicates": 0}
    assert again.json() == {"stored": 0, "duplicates": 2}
    rows = {row.id: row for row in stored(engine)}
    assert set(rows) == {viewed["id"], before_login["id"]}
    assert rows[viewed["id"]].officer_id == claire_id
    assert rows[before_login["id"]].officer_id is None  # recorded before the first login…
    assert rows[before_login["id"]].sent_by == claire_id  # …sent by Claire's device
    assert rows[before_login["id"]].item_count == 120
    assert {row.device_id for row in rows.values()} == {device.id}


def test_no_officer_sends_entries_in_another_officers_name(
    http: httpx.Client, engine: Engine
) -> None:
    create_officer(engine, CLAIRE, NEVERS)
    paul_id = create_officer(engine, PAUL, NEVERS)
    claire = Device.login(http, CLAIRE)

    blamed = send(claire, entry(None), entry(paul_id, "impression"))
    elsewhere = send(claire, entry(None), device_id=uuid.uuid4().hex)

    assert blamed.status_code == 403
    assert "autre chargé d'accueil" in blamed.json()["detail"]
    assert elsewhere.status_code == 403
    assert stored(engine) == []  # not even the entry that was hers


def test_entries_of_the_wrong_shape_are_refused_in_french(
    http: httpx.Client, engine: Engine
) -> None:
    claire_id = create_officer(engine, CLAIRE, NEVERS)
    claire = Device.login(http, CLAIRE)
    naive = entry(claire_id, at=datetime.now(UTC).replace(tzinfo=None).isoformat())

    for wrong in (entry(claire_id, "supprime"), naive, entry(claire_id, item_count=-1)):
        answer = send(claire, wrong)
        assert answer.status_code == 422, answer.text
        assert isinstance(answer.json()["detail"], str)
    too_many = send(claire, *(entry(claire_id) for _ in range(501)))
    assert too_many.status_code == 422
    assert stored(engine) == []


def test_the_administrator_alone_reads_the_log_filtered(http: httpx.Client, engine: Engine) -> None:
    claire_id = create_officer(engine, CLAIRE, NEVERS, name="Claire Morel")
    paul_id = create_officer(engine, PAUL, NEVERS, name="Paul Durand")
    add_account(engine, ADMIN, "administrator")
    add_account(engine, "coord@example.fr", "coordinator")
    claire, paul = Device.login(http, CLAIRE), Device.login(http, PAUL)
    yesterday = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    assert send(claire, entry(claire_id), entry(claire_id, "export", at=yesterday)).is_success
    assert send(paul, entry(paul_id, "impression", officer_name="Paul Durand")).is_success
    admin = Device.login(http, ADMIN)

    def read(**params: str) -> list[dict[str, Any]]:
        answer = http.get("/admin/v1/audit", headers=admin.headers, params=params)
        assert answer.status_code == 200, answer.text
        return answer.json()

    everything = read()
    assert len(everything) == 3
    assert [line["at"] for line in everything] == sorted(
        (line["at"] for line in everything), reverse=True
    )
    assert {line["officer_email"] for line in everything} == {CLAIRE, PAUL}
    assert [line["action"] for line in read(officer=CLAIRE, action="export")] == ["export"]
    assert [line["officer_email"] for line in read(action="impression")] == [PAUL]
    today = datetime.now(UTC).date().isoformat()
    assert sorted(line["action"] for line in read(since=today, officer=CLAIRE)) == ["consultation"]

    for account in (claire, Device.login(http, "coord@example.fr")):
        refused = http.get("/admin/v1/audit", headers=account.headers)
        assert refused.status_code == 403
        assert "administrateur" in refused.json()["detail"]
    assert http.get("/admin/v1/audit", headers=PROTOCOL).status_code == 401
    unknown = http.get(
        "/admin/v1/audit", headers=admin.headers, params={"officer": "nobody@example.fr"}
    )
    assert unknown.status_code == 422
    assert "Aucun compte" in unknown.json()["detail"]


def test_escale_server_audit_prints_a_french_table(http: httpx.Client, engine: Engine) -> None:
    claire_id = create_officer(engine, CLAIRE, NEVERS, name="Claire Morel")
    claire = Device.login(http, CLAIRE)
    exported = entry(
        claire_id, "export", file="/media/cle/foyers.xlsx", item_count=12000, detail="liste"
    )
    assert send(claire, entry(claire_id), exported).is_success
    database_url = str(engine.url.render_as_string(hide_password=False))

    def audit(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(SERVER), "audit", "--db", database_url, *arguments],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    table = audit("--officer", CLAIRE)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split()[:3] == ["Date", "Chargé", "d'accueil"]
    assert any(
        "export" in line and "12\u00a0000" in line and "foyers.xlsx" in line for line in lines
    )
    assert lines[-1] == "2 entrées."
    only = audit("--action", "consultation", "--since", datetime.now(UTC).strftime("%d/%m/%Y"))
    assert only.stdout.splitlines()[-1] == "1 entrée."
    future = audit("--since", "01/01/2099")
    assert future.stdout.strip() == "Aucune entrée dans le journal d'audit pour ces critères."
    wrong = audit("--since", "31/02/2026")
    assert wrong.returncode == 2
    assert "--since" in wrong.stderr and "25/11/2026" in wrong.stderr
    none = audit("--limit", "0")
    assert none.returncode == 2 and "--limit" in none.stderr
    with reading(engine) as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 2
