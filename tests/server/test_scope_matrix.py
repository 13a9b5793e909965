"""Every endpoint × every kind of caller → the expected status, over real HTTP on loopback.

Callers: an officer of the territory of the household at stake (the Nièvre),
an officer of another territory (the Doubs), the coordinator, the
administrator, and the ones that must get nothing: no token, a tampered
token, an expired token, a revoked officer's token and a lost device's. A
refused request changes nothing in the database; an allowed one returns only
what the caller's scope holds. A guard test fails when an endpoint is added
without its row here.
"""

from __future__ import annotations

import itertools
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, select, text, update

from server.accounts import add_officer, report_device_lost, revoke_officer
from server.app import create_app
from server.database import make_engine, writing
from server.models import Base, Token
from server.models.base import utcnow
from tests.real_server import served_in_thread
from tests.server.helpers import (
    NEVERS,
    PASSWORD,
    PROTOCOL,
    Device,
    new_household,
    new_id,
)
from tests.server.postgres import Cluster
from tests.sync.live import cheap_password_hashes

OWN = "officer_own"
OTHER = "officer_other"
COORDINATOR = "coordinator"
ADMINISTRATOR = "administrator"
NO_TOKEN = "no_token"
TAMPERED = "tampered_token"
EXPIRED = "expired_token"
REVOKED = "revoked_token"
LOST = "lost_device"
CALLERS = [OWN, OTHER, COORDINATOR, ADMINISTRATOR, NO_TOKEN, TAMPERED, EXPIRED, REVOKED, LOST]
REFUSED = {NO_TOKEN: 401, TAMPERED: 401, EXPIRED: 401, REVOKED: 403, LOST: 410}
PUBLIC = {("POST", "/auth/v1/login"), ("POST", "/intake/v1/registrations"), ("GET", "/health")}
"""Endpoints that take no officer's token: login, the website's key, supervision."""

_numbers = itertools.count(1)


@dataclass(repr=False)
class World:
    http: httpx.Client
    engine: Engine
    callers: dict[str, Device | None] = field(default_factory=dict)
    household_id: str = ""

    def __repr__(self) -> str:
        return f"World({self.engine.url.get_backend_name()})"

    def headers(self, caller: str) -> dict[str, str]:
        device = self.callers[caller]
        return dict(PROTOCOL) if device is None else device.headers

    def device_id(self, caller: str) -> str:
        device = self.callers[caller]
        return device.id if device is not None else "0" * 32

    def officer(self, *codes: str, role: str = "officer") -> str:
        email = f"jetable{next(_numbers)}@region.fr"
        with writing(self.engine) as session:
            add_officer(session, email, "Jetable", PASSWORD, list(codes), role=role)
        return email

    def device(self) -> str:
        return Device.login(self.http, self.officer("58")).id

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row that a request could change (not the reference, not bookkeeping)."""
        skipped = {"territory", "login_failure"}
        state: dict[str, list[tuple[Any, ...]]] = {}
        with self.engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                if table.name in skipped:
                    continue
                columns = [column for column in table.columns if column.name != "wipe_sent_at"]
                rows = connection.execute(select(*columns)).all()
                state[table.name] = sorted(tuple(map(repr, row)) for row in rows)
        return state


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("matrix") / "server.db"
        shutil.copy2(request.getfixturevalue("sqlite_template"), path)
        database_url = f"sqlite:///{path}"
        drop: Callable[[], None] = lambda: None  # noqa: E731
    else:
        cluster: Cluster = request.getfixturevalue("pg_cluster")
        template = request.getfixturevalue("pg_template")
        name = f"escale_matrix_{uuid.uuid4().hex[:8]}"
        admin = make_engine(cluster.url).execution_options(isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {template}"))
        database_url = cluster.database_url(name)

        def drop() -> None:
            with admin.connect() as connection:
                connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
            admin.dispose()

    engine = make_engine(database_url)
    with (
        cheap_password_hashes(),
        served_in_thread(database_url) as url,
        httpx.Client(base_url=url, timeout=30) as http,
    ):
        yield _populate(World(http, engine))
    engine.dispose()
    drop()


def _populate(world: World) -> World:
    accounts = {
        OWN: ("ana@nievre.fr", "officer", ["58"]),
        OTHER: ("zoe@doubs.fr", "officer", ["25"]),
        COORDINATOR: ("coord@region.fr", "coordinator", []),
        ADMINISTRATOR: ("admin@region.fr", "administrator", []),
        EXPIRED: ("exp@nievre.fr", "officer", ["58"]),
        REVOKED: ("rev@nievre.fr", "officer", ["58"]),
        LOST: ("lost@nievre.fr", "officer", ["58"]),
    }
    with writing(world.engine) as session:
        for email, role, codes in accounts.values():
            add_officer(session, email, email.split("@")[0], PASSWORD, codes, role=role)
    for caller, (email, _, _) in accounts.items():
        world.callers[caller] = Device.login(world.http, email)
    world.callers[NO_TOKEN] = None
    ana = world.callers[OWN]
    assert ana is not None
    tampered = Device(world.http, token=ana.token[:-2] + "zz", id=ana.id)
    world.callers[TAMPERED] = tampered
    world.household_id, changes = new_household(ana, NEVERS)
    ana.push_ok(*changes)
    expired, lost = world.callers[EXPIRED], world.callers[LOST]
    assert expired is not None and lost is not None
    with writing(world.engine) as session:
        session.execute(
            update(Token)
            .where(Token.device_id == expired.id)
            .values(expires_at=utcnow() - timedelta(minutes=1))
        )
        revoke_officer(session, "rev@nievre.fr")
        report_device_lost(session, lost.id)
    return world


Send = Callable[[World, str, str], httpx.Response]
"""(world, caller, target prepared before the snapshot) → the response."""


@dataclass(frozen=True)
class Case:
    method: str
    path: str
    send: Send
    allowed: dict[str, int]
    """Status for the callers the endpoint serves; all others get 403 (or their REFUSED)."""
    prepare: Callable[[World], str] = lambda _world: ""
    check: Callable[[World, str, httpx.Response], None] | None = None

    def expected(self, caller: str) -> int:
        if caller in REFUSED:
            return REFUSED[caller]
        return self.allowed.get(caller, 403)


def _push(world: World, caller: str, _target: str) -> httpx.Response:
    change = {
        "change_id": new_id(),
        "device_seq": next(_numbers),
        "table": "household",
        "id": world.household_id,
        "fields": {"name": f"Renommé {next(_numbers)}"},
        "base_version": 1,
        "hlc": f"{int(utcnow().timestamp() * 1000):013d}-00001-{world.device_id(caller)}",
        "deleted": False,
    }
    body = {"protocol": 1, "device_id": world.device_id(caller), "changes": [change]}
    return world.http.post("/sync/v1/push", headers=world.headers(caller), json=body)


def _push_check(world: World, caller: str, response: httpx.Response) -> None:
    [result] = response.json()["results"]
    if caller == OWN:
        assert result["status"] == "applied"
    else:
        assert (result["status"], result["reason"]) == (
            "rejected",
            "Ce foyer est hors de votre territoire.",
        )


def _pull_check(world: World, caller: str, response: httpx.Response) -> None:
    seen = {record["id"] for record in response.json()["records"]}
    assert (world.household_id in seen) is (caller == OWN)


def _audit(world: World, caller: str, _target: str) -> httpx.Response:
    entry = {"id": new_id(), "at": "2026-11-25T10:00:00+00:00", "officer_name": "Ana",
             "action": "consultation"}  # fmt: skip
    body = {"protocol": 1, "device_id": world.device_id(caller), "entries": [entry]}
    return world.http.post("/audit/v1/entries", headers=world.headers(caller), json=body)


def _indicators_check(world: World, caller: str, response: httpx.Response) -> None:
    assert response.json()["total"] >= 1
    assert "Martin" not in response.text and world.household_id not in response.text


def _get(path: str) -> Send:
    def send(world: World, caller: str, target: str) -> httpx.Response:
        return world.http.get(path.format(target=target, household=world.household_id),
                              headers=world.headers(caller))  # fmt: skip

    return send


def _post(path: str, body: Callable[[], dict[str, Any]] | None = None) -> Send:
    def send(world: World, caller: str, target: str) -> httpx.Response:
        return world.http.post(path.format(target=target), headers=world.headers(caller),
                               json=body() if body else None)  # fmt: skip

    return send


def _new_officer_body() -> dict[str, Any]:
    return {"email": f"nouveau{next(_numbers)}@region.fr", "name": "Nouveau",
            "password": PASSWORD, "territories": ["39"]}  # fmt: skip


def _put_territories(world: World, caller: str, target: str) -> httpx.Response:
    return world.http.put(f"/admin/v1/officers/{target}/territories",
                          headers=world.headers(caller), json={"territories": ["21"]})  # fmt: skip


ADMIN_ONLY = {ADMINISTRATOR: 200}
CASES = [
    Case("POST", "/sync/v1/push", _push, {OWN: 200, OTHER: 200}, check=_push_check),
    Case("GET", "/sync/v1/pull", _get("/sync/v1/pull"), {OWN: 200, OTHER: 200},
         check=_pull_check),
    Case("GET", "/sync/v1/pull?territory=58", _get("/sync/v1/pull?territory=58"), {OWN: 200},
         check=_pull_check),
    Case("GET", "/sync/v1/records/{table}/{record_id}",
         _get("/sync/v1/records/household/{household}"), {OWN: 200, OTHER: 404}),
    Case("POST", "/audit/v1/entries", _audit, {OWN: 200, OTHER: 200}),
    Case("GET", "/region/v1/indicators", _get("/region/v1/indicators"), {COORDINATOR: 200},
         check=_indicators_check),
    Case("GET", "/admin/v1/officers", _get("/admin/v1/officers"), ADMIN_ONLY),
    Case("POST", "/admin/v1/officers", _post("/admin/v1/officers", _new_officer_body),
         {ADMINISTRATOR: 201}),
    Case("PUT", "/admin/v1/officers/{email}/territories", _put_territories, ADMIN_ONLY,
         prepare=lambda world: world.officer("58")),
    Case("POST", "/admin/v1/officers/{email}/revoke", _post("/admin/v1/officers/{target}/revoke"),
         ADMIN_ONLY, prepare=lambda world: world.officer("58")),
    Case("GET", "/admin/v1/devices", _get("/admin/v1/devices"), ADMIN_ONLY),
    Case("POST", "/admin/v1/devices/{device_id}/revoke",
         _post("/admin/v1/devices/{target}/revoke"), ADMIN_ONLY,
         prepare=lambda world: world.device()),
    Case("POST", "/admin/v1/devices/{device_id}/lost", _post("/admin/v1/devices/{target}/lost"),
         ADMIN_ONLY, prepare=lambda world: world.device()),
    Case("GET", "/admin/v1/audit", _get("/admin/v1/audit"), ADMIN_ONLY),
]  # fmt: skip


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.method} {case.path}")
def test_scope(world: World, case: Case, caller: str) -> None:
    target = case.prepare(world)
    before = world.snapshot()
    response = case.send(world, caller, target)
    expected = case.expected(caller)
    assert response.status_code == expected, response.text
    if expected >= 400:
        detail = response.json()["detail"]
        assert isinstance(detail, str) and detail.strip()
        assert world.snapshot() == before  # refused: nothing changed
        if caller == LOST:
            assert response.json()["code"] == "device_wiped"
    elif case.check is not None:
        case.check(world, caller, response)


def test_every_endpoint_is_in_the_matrix(tmp_path: Path, sqlite_template: Path) -> None:
    path = tmp_path / "server.db"
    shutil.copy2(sqlite_template, path)
    app = create_app(f"sqlite:///{path}")
    served = {(method.upper(), route)
              for route, operations in app.openapi()["paths"].items()
              for method in operations}  # fmt: skip
    app.state.engine.dispose()
    covered = {(case.method, case.path.split("?")[0]) for case in CASES}
    assert served - PUBLIC == covered


def test_a_token_never_opens_the_public_endpoints_wider(world: World) -> None:
    """The website's intake takes its key, not an officer's (nor an administrator's) token."""
    before = world.snapshot()
    for caller in (OWN, ADMINISTRATOR):
        response = world.http.post("/intake/v1/registrations", headers=world.headers(caller),
                                   json={})  # fmt: skip
        assert response.status_code in {401, 422, 503}, response.text
    assert world.snapshot() == before
    assert world.http.get("/health").json() == {"status": "ok"}
