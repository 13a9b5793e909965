"""Registrations from the regional website reach the officers of their territory."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import Engine, func, select

from server.models import Record
from tests.server.conftest import INTAKE_KEY
from tests.server.helpers import BESANCON, NEVERS, Device, create_officer, new_id

KEY = {"X-Escale-Intake-Key": INTAKE_KEY}


def registration(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "registration_id": new_id(),
        "submitted_at": "2026-11-20T18:04:00Z",
        "household": {
            "name": "Famille Girard",
            "origin_city": "Lyon",
            "project_types": ["teletravail"],
            "maturity": "projet",
            "housing_tenure": "achat",
            "housing_budget_eur": 220000,
        },
        "members": [
            {"role": "adulte", "first_name": "Claire", "last_name": "Girard",
             "email": "claire.girard@example.fr", "phone": "+33611223344", "remote_worker": True},
            {"role": "enfant", "first_name": "Hugo", "last_name": "Girard", "birth_year": 2017,
             "school_level": "elementaire"},
        ],
        "wishes": [{"kind": "departement", "code": "58"}, {"kind": "commune", "code": NEVERS}],
        "consent": {"accepted": True, "given_at": "2026-11-20T18:03:00Z", "version": "2026-01"},
    }  # fmt: skip
    body.update(overrides)
    return body


def _count(engine: Engine) -> int:
    with engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(Record)) or 0


def test_a_registration_is_pulled_by_the_officer_of_its_commune(
    engine: Engine, http: httpx.Client
) -> None:
    create_officer(engine, "paul@nievre.fr", NEVERS)
    create_officer(engine, "zoe@doubs.fr", "25")
    body = registration()
    response = http.post("/intake/v1/registrations", headers=KEY, json=body)
    assert response.status_code == 201, response.text
    answer = response.json()
    assert answer["household_id"] == body["registration_id"]
    assert answer["territory"]["commune_code"] == NEVERS
    paul = Device.login(http, "paul@nievre.fr").pull_all()["records"]
    household = paul[("household", body["registration_id"])]["data"]
    assert household["name"] == "Famille Girard"
    assert household["source"] == "site_web"
    assert household["consent_at"] == "2026-11-20T18:03:00Z"
    assert household["consent_version"] == "2026-01"
    members = [r["data"] for (table, _), r in paul.items() if table == "person"]
    assert sorted(member["first_name"] for member in members) == ["Claire", "Hugo"]
    wishes = sorted(
        (r["data"]["rank"], r["data"]["code"])
        for (t, _), r in paul.items()
        if t == "household_target"
    )
    assert wishes == [(1, "58"), (2, NEVERS)]
    zoe = Device.login(http, "zoe@doubs.fr").pull_all()["records"]
    assert not any(table == "household" for table, _ in zoe)


def test_the_same_registration_posted_twice_makes_one_household(
    engine: Engine, http: httpx.Client
) -> None:
    body = registration()
    assert http.post("/intake/v1/registrations", headers=KEY, json=body).status_code == 201
    count = _count(engine)
    again = http.post("/intake/v1/registrations", headers=KEY, json=body)
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    assert _count(engine) == count


def test_intake_needs_the_website_key(engine: Engine, http: httpx.Client) -> None:
    body = registration()
    assert http.post("/intake/v1/registrations", json=body).status_code == 401
    wrong = http.post("/intake/v1/registrations", headers={"X-Escale-Intake-Key": "x"}, json=body)
    assert wrong.status_code == 403
    create_officer(engine, "paul@nievre.fr", NEVERS)
    officer = Device.login(http, "paul@nievre.fr")
    assert (
        http.post("/intake/v1/registrations", headers=officer.headers, json=body).status_code == 401
    )
    assert _count(engine) == 2  # the officer and their territory, nothing else


def test_a_bad_registration_is_refused_in_french_and_writes_nothing(
    engine: Engine, http: httpx.Client
) -> None:
    bad = [
        registration(wishes=[]),
        registration(wishes=[{"kind": "commune", "code": "99999"}]),
        registration(members=[{"role": "chat", "first_name": "Tom", "last_name": "X"}]),
        registration(consent={"accepted": False, "given_at": "2026-11-20T18:03:00Z",
                              "version": "2026-01"}),
        registration(submitted_at="hier"),
        registration(household={"name": "X", "housing_type": "yourte"}),
    ]  # fmt: skip
    before = _count(engine)
    for body in bad:
        response = http.post("/intake/v1/registrations", headers=KEY, json=body)
        assert response.status_code == 422, response.text
        assert response.json()["detail"].startswith(("Requête invalide", "Inscription refusée",
                                                     "Territoire souhaité inconnu"))  # fmt: skip
    assert _count(engine) == before


def test_a_registration_for_the_doubs_lands_in_the_doubs(
    engine: Engine, http: httpx.Client
) -> None:
    body = registration(wishes=[{"kind": "commune", "code": BESANCON}])
    answer = http.post("/intake/v1/registrations", headers=KEY, json=body).json()
    assert answer["territory"]["departement_code"] == "25"
