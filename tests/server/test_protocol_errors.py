"""Versions, sizes, encodings and malformed bodies: 4xx with a French reason, nothing written."""

from __future__ import annotations

import gzip
import json

import httpx
from sqlalchemy import Engine, func, select

from server.config import MAX_BODY_BYTES
from server.models import AppliedChange, Record
from tests.server.helpers import NEVERS, Device, create_officer, new_household

OUTDATED = (
    "Cette version d'Escale est trop ancienne pour le serveur régional : mettez à jour Escale."
)


def _officer(engine: Engine, http: httpx.Client) -> Device:
    create_officer(engine, "ana@nievre.fr", "58")
    return Device.login(http, "ana@nievre.fr")


def _written(engine: Engine) -> int:
    with engine.connect() as connection:
        records = connection.scalar(
            select(func.count()).select_from(Record).where(Record.scope == "household")
        )
        answers = connection.scalar(select(func.count()).select_from(AppliedChange))
    return (records or 0) + (answers or 0)


def test_an_old_protocol_is_told_to_update_escale(engine: Engine, http: httpx.Client) -> None:
    device = _officer(engine, http)
    _, changes = new_household(device, NEVERS)
    for headers in [{**device.headers, "X-Escale-Protocol": "0"},
                    {"Authorization": device.headers["Authorization"]}]:  # fmt: skip
        for response in [
            http.get("/sync/v1/pull", headers=headers),
            http.post("/sync/v1/push", headers=headers, json={}),
            http.post("/auth/v1/login", headers=headers, json={}),
        ]:
            assert response.status_code == 426
            assert response.json() == {"detail": OUTDATED}
    body = {"protocol": 0, "device_id": device.id, "changes": changes}
    response = http.post("/sync/v1/push", headers=device.headers, json=body)
    assert response.status_code == 426
    assert "mettez à jour Escale" in response.json()["detail"]
    assert _written(engine) == 0


def test_a_gzip_push_is_accepted(engine: Engine, http: httpx.Client) -> None:
    device = _officer(engine, http)
    _, changes = new_household(device, NEVERS)
    body = gzip.compress(
        json.dumps({"protocol": 1, "device_id": device.id, "changes": changes}).encode()
    )
    response = http.post(
        "/sync/v1/push",
        headers={**device.headers, "Content-Encoding": "gzip", "Content-Type": "application/json"},
        content=body,
    )
    assert response.status_code == 200, response.text
    assert [result["status"] for result in response.json()["results"]] == ["applied"] * 3


def test_oversized_pushes_are_refused(engine: Engine, http: httpx.Client) -> None:
    device = _officer(engine, http)
    big = {"protocol": 1, "device_id": device.id, "changes": [], "x": "a" * (MAX_BODY_BYTES + 1)}
    bomb = gzip.compress(json.dumps(big).encode())  # small on the wire, too big unpacked
    _, changes = new_household(device, NEVERS)
    many = {"protocol": 1, "device_id": device.id, "changes": changes * 167}
    requests = [
        http.post("/sync/v1/push", headers=device.headers, json=big),
        http.post("/sync/v1/push", headers={**device.headers, "Content-Encoding": "gzip",
                                            "Content-Type": "application/json"}, content=bomb),
        http.post("/sync/v1/push", headers=device.headers, json=many),
    ]  # fmt: skip
    assert len(bomb) < MAX_BODY_BYTES
    for response in requests:
        assert response.status_code == 413
        assert "trop volumineuse" in response.json()["detail"]
    assert _written(engine) == 0


def test_malformed_pushes_are_refused_with_a_french_reason(
    engine: Engine, http: httpx.Client
) -> None:
    device = _officer(engine, http)
    _, changes = new_household(device, NEVERS)
    json_headers = {**device.headers, "Content-Type": "application/json"}
    requests = [
        http.post("/sync/v1/push", headers=json_headers, content=b"{pas du json"),
        http.post("/sync/v1/push", headers=device.headers, json={"protocol": 1}),
        http.post("/sync/v1/push", headers=device.headers,
                  json={"protocol": 1, "device_id": device.id, "changes": "tout"}),
        http.post("/sync/v1/push", headers=device.headers,
                  json={"protocol": 1, "device_id": device.id,
                        "changes": [*changes[:2], {**changes[2], "fields": []}]}),
        http.post("/sync/v1/push", headers={**json_headers, "Content-Encoding": "gzip"},
                  content=b"pas du gzip"),
        http.get("/sync/v1/pull", headers=device.headers, params={"cursor": -1}),
        http.get("/sync/v1/pull", headers=device.headers, params={"limit": 100000}),
    ]  # fmt: skip
    for response in requests:
        assert response.status_code == 422, response.text
        detail = response.json()["detail"]
        assert isinstance(detail, str)
        assert detail.startswith(("Requête invalide", "Corps gzip illisible"))
    assert _written(engine) == 0
