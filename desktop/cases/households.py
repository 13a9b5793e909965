"""A household as a form: registering it, loading it for editing, saving it back.

Every field is checked first and every problem reported at once, each naming
its field; only then is anything written, so a refused save leaves the
database as it was. Removed members, targets and needs become tombstones
(``deleted``), so their removal can travel to the other devices.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
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
    Need,
    NeedDomain,
    NeedState,
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
    id: uuid.UUID | None = None


@dataclass
class TargetInput:
    kind: TerritoryKind
    code: str


@dataclass
class NeedInput:
    domain: NeedDomain
    state: NeedState = NeedState.OPEN
    note: str = ""


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
    needs: list[NeedInput] = field(default_factory=list)
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


@dataclass
class _Checked:
    """The input once validated: values ready to store."""

    people: list[dict[str, Any]]
    targets: list[dict[str, Any]]
    origin_commune: Commune | None


def register_household(
    session: Session, data: HouseholdInput, *, today: date, registered_at: datetime | None = None
) -> Household:
    """Add a validated household, its members, targets and needs to ``session``.

    Raises:
        FormError: one entry per field in error; nothing was added.
    """
    checked = _check(session, data, today)
    household = Household(
        id=uuid.uuid4(), status=Status.NEW, registered_at=registered_at or utcnow()
    )
    _apply_household_fields(household, data, checked)
    session.add(household)
    _sync_members(session, household.id, checked.people, existing=[])
    _sync_targets(session, household.id, checked.targets, existing=[])
    _sync_needs(session, household.id, data.needs, existing=[])
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


def load_household(session: Session, household_id: uuid.UUID) -> HouseholdInput:
    """The household as the form shows it, members with their ids."""
    household = session.get_one(Household, household_id)
    people = _live(session, Person, household_id)
    targets = sorted(_live(session, HouseholdTarget, household_id), key=lambda t: t.rank)
    needs = _live(session, Need, household_id)
    return HouseholdInput(
        source=household.source,
        name=household.name,
        members=[
            PersonInput(
                id=person.id,
                role=person.role,
                first_name=person.first_name,
                last_name=person.last_name,
                birth_year=str(person.birth_year or ""),
                occupation=person.occupation or "",
                job_sought=person.job_sought or "",
                remote_worker=person.remote_worker,
                school_level=person.school_level,
                childcare_need=person.childcare_need,
                email=person.email or "",
                phone=person.phone or "",
            )
            for person in sorted(
                people, key=lambda p: (p.role is PersonRole.CHILD, p.birth_year or 0)
            )
        ],
        targets=[TargetInput(target.kind, target.code) for target in targets],
        needs=[
            NeedInput(need.domain, need.state, need.note or "")
            for need in sorted(needs, key=lambda n: list(NeedDomain).index(n.domain))
        ],
        origin_country=household.origin_country,
        origin_commune_code=household.origin_commune_code or "",
        origin_city=household.origin_city or "",
        project_types=household.project_type_set,
        maturity=household.maturity,
        housing_tenure=household.housing_tenure,
        housing_type=household.housing_type,
        housing_budget_eur=household.housing_budget_eur,
        housing_notes=household.housing_notes or "",
        target_date=household.target_date,
        event_id=household.event_id,
        officer_id=household.officer_id,
        consent=(
            ConsentInput(
                household.consent_at, household.consent_version or "", household.consent_channel
            )
            if household.consent_at and household.consent_channel
            else None
        ),
    )


def update_household(
    session: Session, household_id: uuid.UUID, data: HouseholdInput, *, today: date
) -> Household:
    """Save the edited form over the stored household; only what changed is written.

    Raises:
        FormError: one entry per field in error; nothing was changed.
    """
    checked = _check(session, data, today)
    household = session.get_one(Household, household_id)
    _apply_household_fields(household, data, checked)
    _sync_members(session, household_id, checked.people, _live(session, Person, household_id))
    _sync_targets(
        session, household_id, checked.targets, _live(session, HouseholdTarget, household_id)
    )
    _sync_needs(session, household_id, data.needs, _live(session, Need, household_id))
    return household


def household_name(adults: list[dict[str, Any]]) -> str:
    """ "Martin", or "Martin – Dupont" when the adults do not share a name."""
    names: list[str] = []
    for adult in adults:
        name = adult["last_name"] or adult["first_name"]
        if name and name not in names:
            names.append(name)
    return " – ".join(names[:2])


def _live(session: Session, model: type[Any], household_id: uuid.UUID) -> list[Any]:
    return list(
        session.scalars(
            select(model).where(model.household_id == household_id, model.deleted.is_(False))
        )
    )


def _assign(record: Any, values: dict[str, Any]) -> None:
    """Set only the values that differ, so an unchanged record is not rewritten (nor re-synced)."""
    for name, value in values.items():
        if getattr(record, name) != value:
            setattr(record, name, value)


def _apply_household_fields(household: Household, data: HouseholdInput, checked: _Checked) -> None:
    adults = [person for person in checked.people if person["role"] is PersonRole.ADULT]
    _assign(
        household,
        {
            "name": data.name.strip() or household_name(adults),
            "source": data.source,
            "event_id": data.event_id,
            "origin_country": data.origin_country.upper(),
            "origin_commune_code": checked.origin_commune.code if checked.origin_commune else None,
            "origin_city": data.origin_city.strip() or None,
            "project_types": sorted(project.value for project in data.project_types),
            "maturity": data.maturity,
            "housing_tenure": data.housing_tenure,
            "housing_type": data.housing_type,
            "housing_budget_eur": data.housing_budget_eur,
            "housing_notes": data.housing_notes.strip() or None,
            "target_date": data.target_date,
            "officer_id": data.officer_id,
            "consent_at": data.consent.at if data.consent else None,
            "consent_version": data.consent.version if data.consent else None,
            "consent_channel": data.consent.channel if data.consent else None,
        },
    )


def _sync_members(
    session: Session, household_id: uuid.UUID, people: list[dict[str, Any]], existing: list[Person]
) -> None:
    by_id = {person.id: person for person in existing}
    kept = set()
    for values in people:
        person = by_id.get(values.pop("id"))
        if person is None:
            session.add(Person(id=uuid.uuid4(), household_id=household_id, **values))
        else:
            kept.add(person.id)
            _assign(person, values)
    for person in existing:
        if person.id not in kept:
            person.deleted = True


def _sync_targets(
    session: Session,
    household_id: uuid.UUID,
    targets: list[dict[str, Any]],
    existing: list[HouseholdTarget],
) -> None:
    by_key = {(target.kind, target.code): target for target in existing}
    kept = set()
    for values in targets:
        target = by_key.get((values["kind"], values["code"]))
        if target is None:
            session.add(HouseholdTarget(id=uuid.uuid4(), household_id=household_id, **values))
        else:
            kept.add(target.id)
            _assign(target, values)
    for target in existing:
        if target.id not in kept:
            target.deleted = True


def _sync_needs(
    session: Session, household_id: uuid.UUID, needs: list[NeedInput], existing: list[Need]
) -> None:
    by_domain = {need.domain: need for need in existing}
    kept = set()
    for wanted in needs:
        values = {"state": wanted.state, "note": wanted.note.strip() or None}
        need = by_domain.get(wanted.domain)
        if need is None:
            session.add(
                Need(id=uuid.uuid4(), household_id=household_id, domain=wanted.domain, **values)
            )
        else:
            kept.add(need.id)
            _assign(need, values)
    for need in existing:
        if need.id not in kept:
            need.deleted = True


def _check(session: Session, data: HouseholdInput, today: date) -> _Checked:
    errors: list[ValidationError] = []
    people = [_person(member, index, today, errors) for index, member in enumerate(data.members)]
    adults = [person for person in people if person["role"] is PersonRole.ADULT]
    if not adults:
        errors.append(
            ValidationError(
                "members",
                translate("Registration", "Membres : saisissez au moins un adulte du foyer."),
            )
        )
    elif not any(
        member.email.strip() or member.phone.strip()
        for member in data.members
        if member.role is PersonRole.ADULT
    ):  # a contact typed wrongly already has its own message
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
    domains = [need.domain for need in data.needs]
    if len(domains) != len(set(domains)):
        errors.append(
            ValidationError(
                "needs",
                translate("Registration", "Besoins : chaque domaine ne figure qu'une fois."),
            )
        )
    if errors:
        raise FormError(errors)
    return _Checked(people=people, targets=targets, origin_commune=origin_commune)


def _person(
    member: PersonInput, index: int, today: date, errors: list[ValidationError]
) -> dict[str, Any]:
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
    return {
        "id": member.id,
        "role": member.role,
        "first_name": member.first_name.strip(),
        "last_name": member.last_name.strip(),
        "birth_year": birth_year,
        "occupation": member.occupation.strip() or None,
        "job_sought": member.job_sought.strip() or None,
        "remote_worker": member.remote_worker,
        "school_level": member.school_level,
        "childcare_need": member.childcare_need,
        "email": checked(
            normalize_email,
            "email",
            translate("Registration", "E-mail de {who}").format(who=who),
            member.email,
        ),
        "phone": checked(
            normalize_phone,
            "phone",
            translate("Registration", "Téléphone de {who}").format(who=who),
            member.phone,
        ),
    }


def _target(
    session: Session, target: TargetInput, rank: int, errors: list[ValidationError]
) -> dict[str, Any]:
    code = target.code.strip()
    values: dict[str, Any] = {
        "rank": rank,
        "kind": target.kind,
        "code": code,
        "departement_code": None,
        "epci_siren": None,
    }
    label = translate("Registration", "Territoire souhaité n° {rank}").format(rank=rank)
    if target.kind is TerritoryKind.COMMUNE:
        try:
            commune = check_commune(session, code, field=f"targets[{rank - 1}]", label=label)
        except ValidationError as error:
            errors.append(error)
        else:
            values["departement_code"] = commune.departement_code
            values["epci_siren"] = commune.epci_siren
    elif target.kind is TerritoryKind.EPCI and session.get(Epci, code) is not None:
        values["epci_siren"] = code
    elif target.kind is TerritoryKind.DEPARTEMENT and session.get(Departement, code) is not None:
        values["departement_code"] = code
    else:
        errors.append(
            ValidationError(
                f"targets[{rank - 1}]",
                translate(
                    "Registration",
                    "{label} : territoire inconnu « {code} ». Choisissez-le dans la liste.",
                ).format(label=label, code=code),
            )
        )
    return values


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
