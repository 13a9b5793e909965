"""Fuzzing what the server takes from outside: the login body, the push body, pull and fetch.

Hypothesis sends random and malformed JSON, wrong types, huge strings and
numbers, NUL characters, SQL and FTS syntax in every text field. Whatever
comes, the answer is never a 500: either the request is served, or it is
refused with a French ``detail`` and nothing in the database has changed. Text
that is accepted is stored exactly as typed (no injection, no truncation).
Both backends; each example runs against the same live server.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from server.models import LoginFailure
from tests.server.helpers import NEVERS, PROTOCOL, Device, new_household, new_id
from tests.server.test_scope_matrix import ADMINISTRATOR, OWN, World
from tests.server.test_scope_matrix import world as matrix_world  # noqa: F401 - fixture

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)

NASTY = [
    "'; DROP TABLE record; --",
    '" OR 1=1 --',
    "Robert'); DELETE FROM officer WHERE ('1'='1",
    'NEAR(helene martin) OR "x*" AND -y',
    "helene* OR name:foo^",
    "%_\\%",
    "\x00",
    "a\x00b",
    "\u202e\ufeff\U0001f600",
    "é" * 3000,
    "",
    " ",
]
text = st.one_of(st.sampled_from(NASTY), st.text(max_size=300))
json_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=False, allow_infinity=False),
    text,
)
json_value = st.recursive(
    json_scalar,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(text, inner, max_size=4)),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def world(matrix_world: World) -> Iterator[World]:  # noqa: F811 - the matrix's world, reused
    yield matrix_world


def _refused_cleanly(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        detail = response.json()["detail"]
        assert isinstance(detail, str) and detail.strip(), response.text


def _login_bodies() -> st.SearchStrategy[Any]:
    fields = st.fixed_dictionaries(
        {},
        optional={
            "email": st.one_of(text, json_value),
            "password": st.one_of(text, json_value),
            "device_id": st.one_of(st.just("a" * 32), text, json_value),
            "device_name": st.one_of(text, json_value),
        },
    )
    return st.one_of(fields, json_value)


@FUZZ
@given(body=_login_bodies(), raw=st.one_of(st.none(), st.binary(max_size=200)))
def test_the_login_body(world: World, body: Any, raw: bytes | None) -> None:
    with world.engine.begin() as connection:  # each example starts unthrottled
        connection.execute(delete(LoginFailure))
    before = world.snapshot()
    content = raw if raw is not None else json.dumps(body).encode()
    response = world.http.post(
        "/auth/v1/login",
        headers={**PROTOCOL, "Content-Type": "application/json"},
        content=content,
    )
    _refused_cleanly(response)
    assert response.status_code in {401, 413, 422}, response.text
    assert world.snapshot() == before


def _changes(device: Device) -> st.SearchStrategy[list[Any]]:
    change = st.fixed_dictionaries(
        {
            "change_id": st.one_of(st.just("").map(lambda _: new_id()), text),
            "device_seq": st.one_of(st.integers(min_value=-(2**70), max_value=2**70), json_value),
            "table": st.one_of(
                st.sampled_from(["household", "person", "household_target", "offer", "officer"]),
                text,
            ),
            "id": st.one_of(st.just("").map(lambda _: new_id()), text),
            "fields": st.one_of(st.dictionaries(text, json_value, max_size=5), json_value),
            "base_version": st.one_of(st.integers(min_value=-(2**70), max_value=2**70), json_value),
            "hlc": st.one_of(st.just("").map(lambda _: device.clock()), text),
            "deleted": st.one_of(st.booleans(), json_value),
        }
    )
    return st.lists(st.one_of(change, json_value), max_size=4)


@FUZZ
@given(data=st.data())
def test_the_push_body(world: World, data: st.DataObject) -> None:
    device = world.callers[OWN]
    assert device is not None
    body = data.draw(
        st.one_of(
            st.fixed_dictionaries(
                {"protocol": st.one_of(st.just(1), json_value),
                 "device_id": st.one_of(st.just(device.id), text),
                 "changes": st.one_of(_changes(device), json_value)}
            ),
            json_value,
        )
    )  # fmt: skip
    before = world.snapshot()
    response = world.http.post("/sync/v1/push", headers=device.headers, json=body)
    _refused_cleanly(response)
    if response.status_code >= 400:
        assert world.snapshot() == before
        return
    results = response.json()["results"]
    assert {result["status"] for result in results} <= {"applied", "duplicate", "rejected"}
    for result in results:
        if result["status"] == "rejected":
            assert isinstance(result["reason"], str) and result["reason"].strip()
    if all(result["status"] != "applied" for result in results):
        after = world.snapshot()
        assert after["record"] == before["record"] and after["conflict"] == before["conflict"]


def bounded(length: int) -> st.SearchStrategy[str]:
    """Text that fits a column of ``length`` characters, SQL and FTS syntax first."""
    return st.one_of(
        st.sampled_from([value for value in NASTY if len(value) <= length]),
        st.text(max_size=length),
    )


@FUZZ
@given(
    household=st.fixed_dictionaries(
        {"name": bounded(160), "housing_notes": st.one_of(text, st.text(max_size=5000)),
         "origin_city": bounded(120)}
    ),
    person=st.fixed_dictionaries(
        {"first_name": bounded(80), "occupation": bounded(120), "phone": bounded(20)}
    ),
)  # fmt: skip
def test_sql_and_fts_syntax_in_text_fields_is_stored_as_typed(
    world: World, household: dict[str, str], person: dict[str, str]
) -> None:
    device = world.callers[OWN]
    assert device is not None
    household_id, changes = new_household(device, NEVERS)
    changes[0]["fields"].update(household)
    changes[2]["fields"].update(person)
    typed = [*household.values(), *person.values()]
    before = world.snapshot()
    response = device.push(*changes)
    _refused_cleanly(response)
    if any("\x00" in value for value in typed):  # the one character no database stores
        assert response.status_code == 422
        assert world.snapshot() == before
        return
    assert response.status_code == 200, response.text
    assert [result["status"] for result in response.json()["results"]] == ["applied"] * 3
    stored_household = device.http.get(
        f"/sync/v1/records/household/{household_id}", headers=device.headers
    ).json()["data"]
    stored_person = device.http.get(
        f"/sync/v1/records/person/{changes[2]['id']}", headers=device.headers
    ).json()["data"]
    stored = [stored_household[key] for key in household] + [stored_person[key] for key in person]
    assert stored == typed


@FUZZ
@given(
    params=st.dictionaries(
        st.sampled_from(["cursor", "limit", "territory", "autre"]),
        st.one_of(text, st.integers(min_value=-(2**70), max_value=2**70).map(str)),
        max_size=3,
    ),
    table=text,
    record_id=text,
)
def test_pull_params_and_record_paths(
    world: World, params: dict[str, str], table: str, record_id: str
) -> None:
    device = world.callers[OWN]
    assert device is not None
    before = world.snapshot()
    pulled = world.http.get("/sync/v1/pull", headers=device.headers, params=params)
    _refused_cleanly(pulled)
    assert pulled.status_code in {200, 403, 422}, pulled.text
    path = "/sync/v1/records/{}/{}".format(
        urllib.parse.quote(table or "x", safe=""), urllib.parse.quote(record_id or "x", safe="")
    )
    fetched = world.http.get(path, headers=device.headers)
    _refused_cleanly(fetched)
    assert fetched.status_code in {200, 404, 422}, fetched.text
    assert world.snapshot() == before


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_numbers_json_cannot_hold_are_refused(world: World, literal: str) -> None:
    """Python's JSON reader takes ``NaN`` and ``Infinity``; neither database's JSON does."""
    device = world.callers[OWN]
    assert device is not None
    _, changes = new_household(device, NEVERS)
    changes[0]["fields"]["budget"] = "__NUMBER__"
    body = json.dumps({"protocol": 1, "device_id": device.id, "changes": changes})
    before = world.snapshot()
    response = world.http.post(
        "/sync/v1/push",
        headers={**device.headers, "Content-Type": "application/json"},
        content=body.replace('"__NUMBER__"', literal).encode(),
    )
    _refused_cleanly(response)
    assert response.status_code == 422 and literal in response.json()["detail"]
    assert world.snapshot() == before


ENVELOPE = ["change_id", "device_seq", "table", "id", "fields", "base_version", "hlc", "deleted"]


@FUZZ
@given(key=st.sampled_from(ENVELOPE), value=json_value, position=st.integers(0, 2))
def test_one_bad_value_in_an_otherwise_valid_push(
    world: World, key: str, value: Any, position: int
) -> None:
    """Random bodies rarely get past the first check: here only one value is wrong."""
    device = world.callers[OWN]
    assert device is not None
    _, changes = new_household(device, NEVERS)
    changes[position][key] = value
    before = world.snapshot()
    response = device.push(*changes)
    _refused_cleanly(response)
    if response.status_code >= 400:
        assert world.snapshot() == before
        return
    results = response.json()["results"]
    assert len(results) == 3
    for result in results:
        assert result["status"] in {"applied", "rejected"}
        assert result["status"] == "applied" or result["reason"].strip()


@pytest.mark.parametrize(
    ("key", "number"),
    [("device_seq", str(2**63)), ("base_version", str(-(2**70))), ("device_seq", str(2**70))],
    ids=["2**63", "-2**70", "2**70"],
)
def test_numbers_no_column_can_hold_are_rejected(world: World, key: str, number: str) -> None:
    """A sequence or version beyond 2**63 - 1 was a 500 on both backends; now that change alone
    is rejected and the others of its page go through (invariant 7)."""
    device = world.callers[OWN]
    assert device is not None
    _, changes = new_household(device, NEVERS)
    changes[1][key] = "__NUMBER__"
    body = json.dumps({"protocol": 1, "device_id": device.id, "changes": changes})
    response = world.http.post(
        "/sync/v1/push",
        headers={**device.headers, "Content-Type": "application/json"},
        content=body.replace('"__NUMBER__"', number).encode(),
    )
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [result["status"] for result in results] == ["applied", "rejected", "applied"]
    assert results[1]["reason"] == "Numéro de version ou de séquence invalide."


def test_a_number_too_long_to_read_is_refused(world: World) -> None:
    device = world.callers[OWN]
    assert device is not None
    _, changes = new_household(device, NEVERS)
    changes[0]["device_seq"] = "__NUMBER__"
    body = json.dumps({"protocol": 1, "device_id": device.id, "changes": changes})
    before = world.snapshot()
    response = world.http.post(
        "/sync/v1/push",
        headers={**device.headers, "Content-Type": "application/json"},
        content=body.replace('"__NUMBER__"', "1" + "0" * 5000).encode(),
    )
    assert response.status_code == 400
    assert response.json()["detail"] == "Requête illisible : envoyez du JSON valide."
    assert world.snapshot() == before


@FUZZ
@given(
    officer=st.one_of(
        st.fixed_dictionaries(
            {"email": text, "name": text, "password": text},
            optional={"role": st.one_of(st.sampled_from(["officer", "coordinator"]), text),
                      "territories": st.one_of(st.lists(text, max_size=3), json_value)},
        ),
        json_value,
    ),
    territories=json_value,
)  # fmt: skip
def test_the_administrators_bodies(world: World, officer: Any, territories: Any) -> None:
    """Accounts typed by an administrator: malformed ones refused in French, nothing half-made."""
    headers = world.headers(ADMINISTRATOR)
    target = world.officer("58")
    before = world.snapshot()
    created = world.http.post("/admin/v1/officers", headers=headers, json=officer)
    _refused_cleanly(created)
    moved = world.http.put(
        f"/admin/v1/officers/{target}/territories",
        headers=headers,
        json={"territories": territories},
    )
    _refused_cleanly(moved)
    if created.status_code >= 400 and moved.status_code >= 400:
        assert world.snapshot() == before


@FUZZ
@given(
    registration=st.one_of(
        st.fixed_dictionaries(
            {"registration_id": st.one_of(st.just("").map(lambda _: new_id()), text),
             "submitted_at": st.one_of(st.just("2026-11-20T18:04:00Z"), text),
             "household": st.one_of(st.fixed_dictionaries({"name": text}), json_value),
             "members": st.one_of(st.lists(st.fixed_dictionaries(
                 {"role": st.sampled_from(["adulte", "enfant"]), "first_name": text,
                  "last_name": text, "phone": text}), max_size=2), json_value),
             "wishes": st.one_of(st.just([{"kind": "commune", "code": NEVERS}]), json_value),
             "consent": st.one_of(st.just({"accepted": True, "given_at": "2026-11-20T18:03:00Z",
                                           "version": "2026-01"}), json_value)}
        ),
        json_value,
    )
)  # fmt: skip
def test_the_websites_registrations(
    world: World, registration: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one input that comes from the public website, with its key."""
    monkeypatch.setenv("ESCALE_INTAKE_KEY", "cle-du-site")
    before = world.snapshot()
    response = world.http.post(
        "/intake/v1/registrations", headers={"X-Escale-Intake-Key": "cle-du-site"},
        json=registration,
    )  # fmt: skip
    _refused_cleanly(response)
    if response.status_code >= 400:
        assert world.snapshot() == before
    else:
        assert response.json()["status"] in {"created", "duplicate"}


@pytest.mark.parametrize("cursor", [str(2**63), str(2**64), "9" * 40])
def test_a_cursor_no_database_integer_holds_is_refused(world: World, cursor: str) -> None:
    """Found by the fuzzing above: SQLite cannot even compare with it (it was a 500)."""
    device = world.callers[OWN]
    assert device is not None
    pulled = world.http.get("/sync/v1/pull", headers=device.headers, params={"cursor": cursor})
    assert pulled.status_code == 422, pulled.text
    _refused_cleanly(pulled)
    last = world.http.get(
        "/sync/v1/pull", headers=device.headers, params={"cursor": str(2**63 - 1)}
    )
    assert last.status_code == 200 and last.json()["records"] == []
