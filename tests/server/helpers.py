"""Building blocks of the server tests: officers, logins, changes, clocks."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import Engine

from server.accounts import add_officer
from server.database import writing

PROTOCOL = {"X-Escale-Protocol": "1"}
PASSWORD = "mot-de-passe-solide"
NEVERS = "58194"  # commune of the Nièvre (58)
BESANCON = "25056"  # commune of the Doubs (25)


def new_id() -> str:
    return uuid.uuid4().hex


def create_officer(engine: Engine, email: str, *codes: str, name: str = "Agent") -> str:
    with writing(engine) as session:
        return add_officer(session, email, name, PASSWORD, list(codes)).id


@dataclass
class Device:
    """A client as the protocol sees it: a device id, a clock, a sequence, a token."""

    http: httpx.Client
    token: str = ""
    id: str = field(default_factory=new_id)
    seq: int = 0
    counter: int = 0

    @classmethod
    def login(cls, http: httpx.Client, email: str, password: str = PASSWORD) -> Device:
        device = cls(http)
        response = device.post_login(email, password)
        assert response.status_code == 200, response.text
        device.token = response.json()["token"]
        return device

    def post_login(self, email: str, password: str) -> httpx.Response:
        return self.http.post(
            "/auth/v1/login",
            headers=PROTOCOL,
            json={
                "email": email,
                "password": password,
                "device_id": self.id,
                "device_name": "portable de test",
            },
        )

    @property
    def headers(self) -> dict[str, str]:
        return {**PROTOCOL, "Authorization": f"Bearer {self.token}"}

    def clock(self, wall_ms: int | None = None) -> str:
        self.counter += 1
        wall = wall_ms if wall_ms is not None else int(time.time() * 1000)
        return f"{wall:013d}-{self.counter:05d}-{self.id}"

    def change(
        self,
        table: str,
        record_id: str,
        fields: dict[str, Any],
        *,
        base_version: int = 0,
        deleted: bool = False,
        hlc: str | None = None,
    ) -> dict[str, Any]:
        self.seq += 1
        return {
            "change_id": new_id(),
            "device_seq": self.seq,
            "table": table,
            "id": record_id,
            "fields": fields,
            "base_version": base_version,
            "hlc": hlc or self.clock(),
            "deleted": deleted,
        }

    def push(self, *changes: dict[str, Any]) -> httpx.Response:
        return self.http.post(
            "/sync/v1/push",
            headers=self.headers,
            json={"protocol": 1, "device_id": self.id, "changes": list(changes)},
        )

    def push_ok(self, *changes: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.push(*changes)
        assert response.status_code == 200, response.text
        return response.json()["results"]

    def pull(self, cursor: int = 0, limit: int = 500, **params: Any) -> httpx.Response:
        return self.http.get(
            "/sync/v1/pull",
            headers=self.headers,
            params={"cursor": cursor, "limit": limit, **params},
        )

    def pull_all(self, cursor: int = 0, limit: int = 500) -> dict[str, Any]:
        """Every page from ``cursor``: records by (table, id), purges, conflicts, last page."""
        records: dict[tuple[str, str], dict[str, Any]] = {}
        purges: list[dict[str, Any]] = []
        conflicts: list[dict[str, Any]] = []
        while True:
            response = self.pull(cursor, limit)
            assert response.status_code == 200, response.text
            page = response.json()
            for record in page["records"]:
                records[(record["table"], record["id"])] = record
            purges += page["purges"]
            conflicts += page["conflicts"]
            cursor = page["cursor"]
            if not page["more"]:
                return {**page, "records": records, "purges": purges, "conflicts": conflicts}


def household_fields(name: str = "Martin") -> dict[str, Any]:
    return {"name": name, "source": "salon", "project_types": ["teletravail"], "status": "nouveau"}


def target_fields(household_id: str, code: str, rank: int = 1) -> dict[str, Any]:
    return {"household_id": household_id, "rank": rank, "kind": "commune", "code": code}


def person_fields(household_id: str, first_name: str = "Léa") -> dict[str, Any]:
    return {
        "household_id": household_id,
        "role": "adulte",
        "first_name": first_name,
        "last_name": "Martin",
        "phone": "+33612345678",
    }


def new_household(device: Device, commune: str, name: str = "Martin") -> tuple[str, list[dict]]:
    """Changes creating a household wishing ``commune``, with one member."""
    household_id = new_id()
    changes = [
        device.change("household", household_id, household_fields(name)),
        device.change("household_target", new_id(), target_fields(household_id, commune)),
        device.change("person", new_id(), person_fields(household_id)),
    ]
    return household_id, changes
