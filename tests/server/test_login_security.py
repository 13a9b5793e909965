"""Login throttling, tampered and expired tokens, a lost device, a replayed push."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy import Engine, func, select, update

from server import throttle
from server.accounts import report_device_lost
from server.database import writing
from server.models import AppliedChange, LoginFailure, Record, Token
from server.models.base import utcnow
from tests.server.helpers import NEVERS, PASSWORD, PROTOCOL, Device, create_officer, new_household

THROTTLED = "Trop de tentatives de connexion échouées : réessayez dans 15 minute(s)."


def _fail(http: httpx.Client, email: str, times: int) -> list[int]:
    return [Device(http).post_login(email, "mauvais").status_code for _ in range(times)]


def test_failed_logins_are_throttled_per_account_then_released(
    engine: Engine, http: httpx.Client
) -> None:
    create_officer(engine, "ana@nievre.fr", "58")
    create_officer(engine, "zoe@doubs.fr", "25")
    assert _fail(http, "ana@nievre.fr", throttle.MAX_FAILURES_PER_ACCOUNT) == [401] * 5
    refused = Device(http).post_login("ANA@nievre.fr", PASSWORD)  # the right password, too late
    assert refused.status_code == 429
    assert refused.json()["detail"].startswith(THROTTLED)
    assert 890 <= int(refused.headers["Retry-After"]) <= 900
    assert Device.login(http, "zoe@doubs.fr").token  # another account is not held back
    with engine.connect() as connection:  # a blocked attempt is not even counted
        assert connection.scalar(select(func.count()).select_from(LoginFailure)) == 5
    with writing(engine) as session:  # a quarter of an hour later
        session.execute(update(LoginFailure).values(at=utcnow() - throttle.WINDOW))
    assert Device.login(http, "ana@nievre.fr").token


def test_a_successful_login_resets_the_count(engine: Engine, http: httpx.Client) -> None:
    create_officer(engine, "ana@nievre.fr", "58")
    assert _fail(http, "ana@nievre.fr", 4) == [401] * 4
    Device.login(http, "ana@nievre.fr")
    assert _fail(http, "ana@nievre.fr", 4) == [401] * 4
    assert Device.login(http, "ana@nievre.fr").token


def test_unknown_accounts_and_one_address_are_throttled_too(
    engine: Engine, http: httpx.Client
) -> None:
    create_officer(engine, "ana@nievre.fr", "58")
    assert _fail(http, "personne@nievre.fr", 6)[-1] == 429  # no account to reveal either way
    for index in range(throttle.MAX_FAILURES_PER_ADDRESS - 5):  # the 6th was not counted
        assert _fail(http, f"devine{index}@nievre.fr", 1) == [401]
    response = Device(http).post_login("ana@nievre.fr", PASSWORD)  # same address
    assert response.status_code == 429 and "Retry-After" in response.headers


def test_tampered_unknown_and_expired_tokens_are_refused_cleanly(
    engine: Engine, http: httpx.Client
) -> None:
    create_officer(engine, "ana@nievre.fr", "58")
    device = Device.login(http, "ana@nievre.fr")
    real = device.token
    tampered = real[:-1] + ("A" if real[-1] != "A" else "B")
    for token in (tampered, real + "x", "x", "a" * 5000, "' OR 1=1 --", real.upper()):
        device.token = token
        response = device.pull()
        assert response.status_code == 401, token
        assert "serveur régional" in response.json()["detail"]
    device.token = real
    assert device.pull().status_code == 200
    with writing(engine) as session:
        session.execute(update(Token).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert device.pull().status_code == 401
    _, changes = new_household(device, NEVERS)
    assert device.push(*changes).status_code == 401
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(Record).where(
            Record.scope == "household")) == 0  # fmt: skip


def test_a_lost_device_is_told_to_wipe_whatever_it_sends(
    engine: Engine, http: httpx.Client
) -> None:
    create_officer(engine, "ana@nievre.fr", "58")
    laptop = Device.login(http, "ana@nievre.fr")
    old_token = laptop.token
    laptop.token = Device.login(http, "ana@nievre.fr").token  # same officer, other device
    other_token = laptop.token
    laptop.token = old_token
    with writing(engine) as session:
        report_device_lost(session, laptop.id)
    _, changes = new_household(laptop, NEVERS)
    for response in (laptop.pull(), laptop.push(*changes),
                     http.get(f"/sync/v1/records/household/{'a' * 32}", headers=laptop.headers),
                     laptop.post_login("ana@nievre.fr", PASSWORD),
                     laptop.post_login("ana@nievre.fr", "mauvais")):  # fmt: skip
        assert response.status_code == 410
        assert response.json()["code"] == "device_wiped"
        assert "déclaré perdu" in response.json()["detail"]
    with writing(engine) as session:  # even once its token has expired
        session.execute(update(Token).values(expires_at=utcnow() - timedelta(days=1)))
    assert laptop.pull().status_code == 410
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(AppliedChange)) == 0
    laptop.token = other_token  # the officer's other device is not the lost one
    assert laptop.pull().status_code == 401  # expired above, not wiped
    assert Device.login(http, "ana@nievre.fr").pull().status_code == 200


def test_a_replayed_push_changes_nothing(engine: Engine, http: httpx.Client) -> None:
    create_officer(engine, "ana@nievre.fr", "58")
    device = Device.login(http, "ana@nievre.fr")
    household_id, changes = new_household(device, NEVERS)
    body = {"protocol": 1, "device_id": device.id, "changes": changes}
    first = http.post("/sync/v1/push", headers=device.headers, json=body)
    assert {result["status"] for result in first.json()["results"]} == {"applied"}
    edit = device.change("household", household_id, {"name": "Roux"}, base_version=1)
    device.push_ok(edit)

    def store() -> list[tuple]:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(
                select(Record.table_name, Record.id, Record.version, Record.data, Record.seq)
                .order_by(Record.seq))]  # fmt: skip

    before = store()
    for _ in range(3):  # the same request, byte for byte, replayed by anyone holding it
        again = http.post("/sync/v1/push", headers=device.headers, json=body)
        assert again.status_code == 200
        assert {result["status"] for result in again.json()["results"]} == {"duplicate"}
    assert store() == before
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(AppliedChange)) == 4
    assert device.pull_all()["records"][("household", household_id)]["data"]["name"] == "Roux"


def test_throttling_is_shared_by_every_worker(engine: Engine, http: httpx.Client) -> None:
    """Failures are rows: a fresh app over the same database sees them."""
    from tests.real_server import served_in_thread

    create_officer(engine, "ana@nievre.fr", "58")
    _fail(http, "ana@nievre.fr", 5)
    url = str(engine.url.render_as_string(hide_password=False))
    with served_in_thread(url) as other, httpx.Client(base_url=other, timeout=30) as client:
        response = client.post(
            "/auth/v1/login",
            headers=PROTOCOL,
            json={"email": "ana@nievre.fr", "password": PASSWORD, "device_id": "e" * 32,
                  "device_name": "autre worker"},
        )  # fmt: skip
    assert response.status_code == 429


def test_guesses_sent_all_at_once_still_get_five_tries(engine: Engine, http: httpx.Client) -> None:
    """Each attempt is counted before its password is checked, one after the other."""
    from concurrent.futures import ThreadPoolExecutor

    create_officer(engine, "ana@nievre.fr", "58")
    with ThreadPoolExecutor(max_workers=12) as pool:
        statuses = list(pool.map(lambda _: _fail(http, "ana@nievre.fr", 1)[0], range(24)))
    assert sorted(statuses) == [401] * 5 + [429] * 19
