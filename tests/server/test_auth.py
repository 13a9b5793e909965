"""Login and the bearer token every sync endpoint checks."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy import Engine, select, update

from server.accounts import revoke_officer
from server.database import writing
from server.models import Token
from server.models.base import utcnow
from tests.server.helpers import PROTOCOL, Device, create_officer


def test_login_returns_a_token_bound_to_the_device(engine: Engine, http: httpx.Client) -> None:
    officer_id = create_officer(engine, "ana@nievre.fr", "58", name="Ana")
    device = Device(http)
    response = device.post_login("Ana@Nievre.fr", "mot-de-passe-solide")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["officer"] == {
        "id": officer_id,
        "name": "Ana",
        "email": "ana@nievre.fr",
        "role": "officer",
    }
    assert len(body["token"]) >= 43
    with engine.connect() as connection:
        stored = connection.execute(select(Token.token_sha256, Token.device_id)).one()
    assert stored.device_id == device.id
    assert stored.token_sha256 != body["token"]  # only the hash is kept


def test_a_bad_password_is_refused_in_french(engine: Engine, http: httpx.Client) -> None:
    create_officer(engine, "ana@nievre.fr", "58")
    for email, password in [("ana@nievre.fr", "mauvais"), ("personne@nievre.fr", "mauvais")]:
        response = Device(http).post_login(email, password)
        assert response.status_code == 401
        assert response.json()["detail"] == "Adresse électronique ou mot de passe incorrect."


def test_a_revoked_officer_can_neither_log_in_nor_use_a_token(
    engine: Engine, http: httpx.Client
) -> None:
    create_officer(engine, "ana@nievre.fr", "58")
    device = Device.login(http, "ana@nievre.fr")
    assert device.pull().status_code == 200
    with writing(engine) as session:
        revoke_officer(session, "ana@nievre.fr")
    assert device.pull().status_code == 403
    response = Device(http).post_login("ana@nievre.fr", "mot-de-passe-solide")
    assert response.status_code == 403
    assert "désactivé" in response.json()["detail"]


def test_every_sync_endpoint_requires_a_token(http: httpx.Client) -> None:
    requests = [
        http.get("/sync/v1/pull", headers=PROTOCOL),
        http.post("/sync/v1/push", headers=PROTOCOL, json={}),
        http.get(f"/sync/v1/records/household/{'a' * 32}", headers=PROTOCOL),
        http.get("/sync/v1/pull", headers={**PROTOCOL, "Authorization": "Bearer invente"}),
    ]
    for response in requests:
        assert response.status_code == 401, response.text
        assert "serveur régional" in response.json()["detail"]


def test_an_expired_token_is_refused(engine: Engine, http: httpx.Client) -> None:
    create_officer(engine, "ana@nievre.fr", "58")
    device = Device.login(http, "ana@nievre.fr")
    with writing(engine) as session:
        session.execute(update(Token).values(expires_at=utcnow() - timedelta(seconds=1)))
    response = device.pull()
    assert response.status_code == 401
    assert response.json()["detail"] == "Session expirée : reconnectez-vous au serveur régional."


def test_a_token_pushes_only_for_its_own_device(engine: Engine, http: httpx.Client) -> None:
    create_officer(engine, "ana@nievre.fr", "58")
    device = Device.login(http, "ana@nievre.fr")
    device.id = "b" * 32
    response = device.push()
    assert response.status_code == 403
