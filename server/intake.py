"""Registrations posted by the regional website, turned into synced records.

The registration's id becomes the household's id, so a website that posts the
same registration twice creates one household. The household is placed in the
territory of its first wished commune, where its officers pull it at their next
sync.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from server.database import SequenceAllocator
from server.errors import InvalidError
from server.hlc import server_clock
from server.models import Record
from server.models.records import HOUSEHOLD_SCOPE
from server.placement import placement_of_wishes
from server.records import server_write
from server.schema import InvalidValueError, validate_fields
from server.territories import find_territory


class IntakeHousehold(BaseModel):
    name: str = Field(min_length=1, max_length=160)
    origin_country: str = Field(default="FR", min_length=2, max_length=2)
    origin_commune_code: str | None = None
    origin_city: str | None = None
    project_types: list[str] = Field(default_factory=list)
    maturity: str | None = None
    housing_tenure: str | None = None
    housing_type: str | None = None
    housing_budget_eur: int | None = None
    housing_notes: str | None = None
    target_date: str | None = None


class IntakeMember(BaseModel):
    role: Literal["adulte", "enfant"]
    first_name: str = Field(min_length=1, max_length=80)
    last_name: str = Field(min_length=1, max_length=80)
    birth_year: int | None = None
    occupation: str | None = None
    job_sought: str | None = None
    remote_worker: bool = False
    school_level: str | None = None
    childcare_need: bool = False
    email: str | None = None
    phone: str | None = None


class IntakeWish(BaseModel):
    kind: Literal["departement", "epci", "commune"]
    code: str = Field(min_length=2, max_length=9)


class IntakeConsent(BaseModel):
    accepted: bool
    given_at: str = Field(description="ISO 8601 UTC, finissant par Z")
    version: str = Field(min_length=1, max_length=20)


class Registration(BaseModel):
    registration_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    submitted_at: str = Field(description="ISO 8601 UTC, finissant par Z")
    household: IntakeHousehold
    members: list[IntakeMember] = Field(min_length=1, max_length=20)
    wishes: list[IntakeWish] = Field(min_length=1, max_length=10)
    consent: IntakeConsent


class IntakeResult(BaseModel):
    household_id: str
    status: Literal["created", "duplicate"]
    territory: dict[str, str | None]


def _child_id(registration_id: str, what: str) -> str:
    return uuid.uuid5(uuid.UUID(registration_id), what).hex


def _records(session: Session, registration: Registration) -> list[tuple[str, str, dict[str, Any]]]:
    """``(table, id, fields)`` of every record the registration makes, validated."""
    household_id = registration.registration_id
    household = {
        **registration.household.model_dump(),
        "source": "site_web",
        "registered_at": registration.submitted_at,
        "status": "nouveau",
        "event_id": None,
        "officer_id": None,
        "merged_into_id": None,
        "consent_at": registration.consent.given_at,
        "consent_version": registration.consent.version,
        "consent_channel": "site_web",
    }
    records = [("household", household_id, household)]
    for index, member in enumerate(registration.members):
        fields = {**member.model_dump(), "household_id": household_id}
        records.append(("person", _child_id(household_id, f"person-{index}"), fields))
    for rank, wish in enumerate(registration.wishes, start=1):
        territory = find_territory(session, wish.kind, wish.code)
        if territory is None:
            raise InvalidError(f"Territoire souhaité inconnu : « {wish.code} » ({wish.kind}).")
        fields = {
            "household_id": household_id,
            "rank": rank,
            "kind": wish.kind,
            "code": wish.code,
            "departement_code": territory.departement_code,
            "epci_siren": territory.epci_siren,
        }
        records.append(("household_target", _child_id(household_id, f"wish-{rank}"), fields))
    for table, _, fields in records:
        try:
            validate_fields(table, fields, creating=True)
        except InvalidValueError as error:
            raise InvalidError(f"Inscription refusée : {error}.") from None
    return records


def receive(session: Session, registration: Registration) -> IntakeResult:
    """Store a registration as a new household of its territory (once)."""
    if not registration.consent.accepted:
        raise InvalidError("Inscription refusée : le consentement n'a pas été donné.")
    household_id = registration.registration_id
    allocator = SequenceAllocator(session)  # the lock first: two posts of one registration
    existing = session.get(Record, ("household", household_id))
    records = _records(session, registration)
    wishes = [
        {**fields, "id": record_id}
        for table, record_id, fields in records
        if table == "household_target"
    ]
    placement = placement_of_wishes(session, wishes)
    assert placement is not None  # at least one wish, each checked against the reference
    territory = {
        "departement_code": placement.departement_code,
        "epci_siren": placement.epci_siren,
        "commune_code": placement.commune_code,
    }
    if existing is not None:
        return IntakeResult(household_id=household_id, status="duplicate", territory=territory)
    hlc = server_clock()
    for table, record_id, fields in records:
        server_write(
            session,
            table=table,
            record_id=record_id,
            fields=fields,
            hlc=hlc,
            seq=allocator.next(),
            scope=HOUSEHOLD_SCOPE,
            placement=placement,
            household_id=household_id,
        )
    allocator.flush()
    return IntakeResult(household_id=household_id, status="created", territory=territory)
