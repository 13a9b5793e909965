"""Registering a new household from what was typed or received.

Every field is checked first and every problem reported at once, each naming
its field; only then is anything written, so a refused registration leaves
the database as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from desktop.errors import FormError, ValidationError
from desktop.i18n import translate
from desktop.models import (
    Commune,
    ConsentChannel,
    Departement,
    Epci,
    Household,
    HouseholdTarget,
    HousingTenure,
    HousingType,
    Maturity,
    Person,
    PersonRole,
    ProjectType,
    SchoolLevel,
    Source,
    Status,
    StatusChange,
    TerritoryKind,
    utcnow,
)
from desktop.validation import check_commune, normalize_email, normalize_phone, parse_birth_year


@dataclass
class PersonInput:
    role: PersonRole
    first_name: str = ""
    last_name: str = ""
    birth_year: str = ""
    occupation: str = ""
    job_sought: str = ""
    remote_worker: bool = False
    school_level: SchoolLevel | None = None
    childcare_need: bool = False
    email: str = ""
    phone: str = ""


@dataclass
class TargetInput:
    kind: TerritoryKind
    code: str


@dataclass
class ConsentInput:
    at: datetime
    version: str
    channel: ConsentChannel


@dataclass
class HouseholdInput:
    source: Source
    members: list[PersonInput]
    targets: list[TargetInput] = field(default_factory=list)
    origin_country: str = "FR"
    origin_commune_code: str = ""
    origin_postcode: str = ""
    origin_city: str = ""
    project_types: set[ProjectType] = field(default_factory=set)
    maturity: Maturity | None = None
    housing_tenure: HousingTenure | None = None
    housing_type: HousingType | None = None
    housing_budget_eur: int | None = None
    housing_notes: str = ""
    target_date: date | None = None
    event_id: uuid.UUID | None = None
    officer_id: uuid.UUID | None = None
    consent: ConsentInput | None = None
    name: str = ""


def register_household(
    session: Session, data: HouseholdInput, *, today: date, registered_at: datetime | None = None
) -> Household:
    """Add a validated household, its members and targets to ``session``.

    Raises:
        FormError: one entry per field in error; nothing was added.
    """
    errors: list[ValidationError] = []
    people = [_person(member, index, today, errors) for index, member in enumerate(data.members)]
    adults = [person for person in people if person.role is PersonRole.ADULT]
    if not adults:
        errors.append(
            ValidationError(
                "members",
                translate("Registration", "Membres : saisissez au moins un adulte du foyer."),
            )
        )
    elif not any(person.email or person.phone for person in adults):
        errors.append(
            ValidationError(
                "contact",
                translate(
                    "Registration",
                    "Contact : saisissez au moins un e-mail ou un téléphone pour joindre le foyer.",
                ),
            )
        )
    targets = [
        _target(session, target, rank, errors) for rank, target in enumerate(data.targets, 1)
    ]
    origin_commune = _origin(session, data, errors)
    if data.housing_budget_eur is not None and data.housing_budget_eur < 0:
        errors.append(
            ValidationError(
                "housing_budget_eur",
                translate(
                    "Registration", "Budget logement : saisissez un montant positif en euros."
                ),
            )
        )
    if errors:
        raise FormError(errors)

    household = Household(
        id=uuid.uuid4(),
        name=data.name.strip() or household_name(adults),
        source=data.source,
        event_id=data.event_id,
        registered_at=registered_at or utcnow(),
        origin_country=data.origin_country.upper(),
        origin_commune_code=origin_commune.code if origin_commune else None,
        origin_city=data.origin_city.strip() or None,
        project_types=sorted(project.value for project in data.project_types),
        maturity=data.maturity,
        housing_tenure=data.housing_tenure,
        housing_type=data.housing_type,
        housing_budget_eur=data.housing_budget_eur,
        housing_notes=data.housing_notes.strip() or None,
        target_date=data.target_date,
        officer_id=data.officer_id,
        status=Status.NEW,
        consent_at=data.consent.at if data.consent else None,
        consent_version=data.consent.version if data.consent else None,
        consent_channel=data.consent.channel if data.consent else None,
    )
    session.add(household)
    for person in people:
        person.household_id = household.id
    for target in targets:
        target.household_id = household.id
    session.add_all([*people, *targets])
    session.add(
        StatusChange(
            household_id=household.id,
            from_status=None,
            to_status=Status.NEW,
            changed_at=household.registered_at,
            officer_id=data.officer_id,
        )
    )
    return household


def household_name(adults: list[Person]) -> str:
    """ "Martin", or "Martin – Dupont" when the adults do not share a name."""
    names: list[str] = []
    for adult in adults:
        name = adult.last_name or adult.first_name
        if name and name not in names:
            names.append(name)
    return " – ".join(names[:2])


def _person(member: PersonInput, index: int, today: date, errors: list[ValidationError]) -> Person:
    prefix = f"members[{index}]."
    who = " ".join(part for part in (member.first_name.strip(), member.last_name.strip()) if part)
    who = who or translate("Registration", "membre {number}").format(number=index + 1)

    def checked(
        function: Callable[..., str], field_name: str, label: str, value: str
    ) -> str | None:
        if not value.strip():
            return None
        try:
            return function(value, field=prefix + field_name, label=label)
        except ValidationError as error:
            errors.append(error)
            return None

    if not member.first_name.strip() and not member.last_name.strip():
        errors.append(
            ValidationError(
                prefix + "first_name",
                translate("Registration", "Nom : saisissez le prénom ou le nom du {who}.").format(
                    who=who
                ),
            )
        )
    birth_year = None
    try:
        birth_year = parse_birth_year(
            member.birth_year,
            today=today,
            field=prefix + "birth_year",
            label=translate("Registration", "Année de naissance de {who}").format(who=who),
        )
    except ValidationError as error:
        errors.append(error)
    return Person(
        id=uuid.uuid4(),
        role=member.role,
        first_name=member.first_name.strip(),
        last_name=member.last_name.strip(),
        birth_year=birth_year,
        occupation=member.occupation.strip() or None,
        job_sought=member.job_sought.strip() or None,
        remote_worker=member.remote_worker,
        school_level=member.school_level,
        childcare_need=member.childcare_need,
        email=checked(
            normalize_email,
            "email",
            translate("Registration", "E-mail de {who}").format(who=who),
            member.email,
        ),
        phone=checked(
            normalize_phone,
            "phone",
            translate("Registration", "Téléphone de {who}").format(who=who),
            member.phone,
        ),
    )


def _target(
    session: Session, target: TargetInput, rank: int, errors: list[ValidationError]
) -> HouseholdTarget:
    row = HouseholdTarget(id=uuid.uuid4(), rank=rank, kind=target.kind, code=target.code.strip())
    label = translate("Registration", "Territoire souhaité n° {rank}").format(rank=rank)
    if target.kind is TerritoryKind.COMMUNE:
        try:
            commune = check_commune(session, row.code, field=f"targets[{rank - 1}]", label=label)
        except ValidationError as error:
            errors.append(error)
        else:
            row.departement_code = commune.departement_code
            row.epci_siren = commune.epci_siren
    elif target.kind is TerritoryKind.EPCI and session.get(Epci, row.code) is not None:
        row.epci_siren = row.code
    elif (
        target.kind is TerritoryKind.DEPARTEMENT and session.get(Departement, row.code) is not None
    ):
        row.departement_code = row.code
    else:
        errors.append(
            ValidationError(
                f"targets[{rank - 1}]",
                translate(
                    "Registration",
                    "{label} : territoire inconnu « {code} ». Choisissez-le dans la liste.",
                ).format(label=label, code=row.code),
            )
        )
    return row


def _origin(
    session: Session, data: HouseholdInput, errors: list[ValidationError]
) -> Commune | None:
    if data.origin_country.upper() != "FR" or not data.origin_commune_code.strip():
        return None
    try:
        return check_commune(
            session,
            data.origin_commune_code,
            data.origin_postcode or None,
            field="origin_commune_code",
            label=translate("Registration", "Commune actuelle"),
        )
    except ValidationError as error:
        errors.append(error)
        return None
