"""A visitor met at a fair, captured in under a minute and saved as an ordinary household.

The fair form is short (the contact adult, maybe a second one, a way to reach
them, the children's ages, where they live and where they would like to live,
the project and the needs, consent). :func:`capture_visitor` turns it into a
:class:`~desktop.cases.households.HouseholdInput` (source *salon*, the event
recorded, consent dated with its wording's version) and registers it through
:func:`~desktop.cases.households.register_household`, so the household is
checked like any other and its outbox entries are written with it: it reaches
the server at the next sync, whenever that is.

Errors name the fair form's own fields (``first_name``, ``email``,
``children_ages``, ``consent``, ``targets[0]``…), so the screen puts each
message beside what the officer typed.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from desktop.cases.duplicates import DuplicateCandidate, find_duplicates
from desktop.cases.households import (
    ConsentInput,
    HouseholdInput,
    NeedInput,
    PersonInput,
    TargetInput,
    register_household,
)
from desktop.consent import CONSENT_VERSION
from desktop.errors import FormError, ValidationError
from desktop.i18n import translate
from desktop.models import (
    ConsentChannel,
    Household,
    NeedDomain,
    PersonRole,
    ProjectType,
    Source,
    utcnow,
)
from desktop.validation import normalize_email, normalize_phone

OLDEST_CHILD_AGE = 25
MAX_CHILDREN = 12
_AGE_SEPARATORS = re.compile(r"[\s,;/+]+|\bet\b")
_AGE_WORDS = re.compile(r"\bans?\b")


@dataclass
class VisitorInput:
    """What the officer typed on the fair screen, as typed (nothing checked yet)."""

    first_name: str = ""
    last_name: str = ""
    occupation: str = ""
    second_first_name: str = ""
    second_last_name: str = ""
    second_occupation: str = ""
    email: str = ""
    phone: str = ""
    children: int = 0
    children_ages: str = ""
    origin_country: str = "FR"
    origin_commune_code: str = ""
    origin_postcode: str = ""
    origin_city: str = ""
    targets: list[TargetInput] = field(default_factory=list)
    project_types: set[ProjectType] = field(default_factory=set)
    needs: set[NeedDomain] = field(default_factory=set)
    consent: bool = False
    consent_version: str = CONSENT_VERSION

    @property
    def has_second_adult(self) -> bool:
        return bool(self.second_first_name.strip() or self.second_last_name.strip())


def parse_ages(text: str) -> list[int]:
    """``"4, 9"``, ``"4 et 9 ans"``, ``"4 9"`` → ``[4, 9]``.

    Raises:
        ValidationError: on ``children_ages``, with what to type instead.
    """
    cleaned = _AGE_WORDS.sub(" ", text.lower())
    parts = [part for part in _AGE_SEPARATORS.split(cleaned) if part and part.strip()]
    ages = []
    for raw in parts:
        part = raw.strip()
        if not part.isdigit() or int(part) > OLDEST_CHILD_AGE:
            raise ValidationError(
                "children_ages",
                translate(
                    "FairCapture",
                    "Âges des enfants : « {value} » n'est pas compris. Saisissez les âges en "
                    "années, séparés par des virgules (4, 9).",
                ).format(value=text.strip()),
            )
        ages.append(int(part))
    return ages


def check_visitor(visitor: VisitorInput) -> list[ValidationError]:
    """The fair form's own rules: a name, consent, the children's ages."""
    errors: list[ValidationError] = []
    if not visitor.first_name.strip() and not visitor.last_name.strip():
        errors.append(
            ValidationError(
                "first_name",
                translate(
                    "FairCapture", "Nom : saisissez au moins le prénom ou le nom du visiteur."
                ),
            )
        )
    if not visitor.consent:
        errors.append(
            ValidationError(
                "consent",
                translate(
                    "FairCapture",
                    "Consentement : lisez le texte au visiteur et cochez la case s'il l'accepte. "
                    "Sans son accord, rien n'est enregistré.",
                ),
            )
        )
    if not 0 <= visitor.children <= MAX_CHILDREN:
        errors.append(
            ValidationError(
                "children",
                translate("FairCapture", "Enfants : saisissez un nombre de 0 à {max}.").format(
                    max=MAX_CHILDREN
                ),
            )
        )
    try:
        ages = parse_ages(visitor.children_ages)
    except ValidationError as error:
        errors.append(error)
    else:
        if ages and visitor.children and len(ages) != visitor.children:
            errors.append(
                ValidationError(
                    "children_ages",
                    translate(
                        "FairCapture",
                        "Âges des enfants : {count} enfant(s) mais {ages} âge(s) saisi(s). "
                        "Corrigez le nombre d'enfants ou les âges.",
                    ).format(count=visitor.children, ages=len(ages)),
                )
            )
    return errors


def household_input(
    visitor: VisitorInput,
    *,
    event_id: uuid.UUID | None,
    officer_id: uuid.UUID | None,
    today: date,
    now: datetime | None = None,
) -> HouseholdInput:
    """The household the visitor makes: adults, children, wishes, needs, consent given now."""
    members = [
        PersonInput(
            PersonRole.ADULT,
            visitor.first_name.strip(),
            visitor.last_name.strip(),
            occupation=visitor.occupation.strip(),
            email=visitor.email.strip(),
            phone=visitor.phone.strip(),
        )
    ]
    if visitor.has_second_adult:
        members.append(
            PersonInput(
                PersonRole.ADULT,
                visitor.second_first_name.strip(),
                visitor.second_last_name.strip(),
                occupation=visitor.second_occupation.strip(),
            )
        )
    try:
        ages = parse_ages(visitor.children_ages)
    except ValidationError:
        ages = []
    count = max(visitor.children, len(ages)) if 0 <= visitor.children <= MAX_CHILDREN else 0
    family = visitor.last_name.strip() or visitor.second_last_name.strip()
    for number in range(1, count + 1):
        age = ages[number - 1] if number <= len(ages) else None
        members.append(
            PersonInput(
                PersonRole.CHILD,
                translate("FairCapture", "Enfant {number}").format(number=number),
                family,
                birth_year=str(today.year - age) if age is not None else "",
            )
        )
    return HouseholdInput(
        source=Source.FAIR,
        members=members,
        targets=list(visitor.targets),
        needs=[NeedInput(domain) for domain in NeedDomain if domain in visitor.needs],
        origin_country=visitor.origin_country,
        origin_commune_code=visitor.origin_commune_code if visitor.origin_country == "FR" else "",
        origin_postcode=visitor.origin_postcode if visitor.origin_country == "FR" else "",
        origin_city=visitor.origin_city,
        project_types=set(visitor.project_types),
        event_id=event_id,
        officer_id=officer_id,
        consent=(
            ConsentInput(now or utcnow(), visitor.consent_version, ConsentChannel.FAIR)
            if visitor.consent
            else None
        ),
    )


def capture_visitor(
    session: Session,
    visitor: VisitorInput,
    *,
    event_id: uuid.UUID | None,
    officer_id: uuid.UUID | None,
    today: date,
    now: datetime | None = None,
) -> Household:
    """Register the visitor as a household met at ``event_id``, in the caller's transaction.

    Raises:
        FormError: every problem at once, named after the fair form's fields. The
            caller's transaction must then be rolled back (``Database.write`` does).
    """
    own = check_visitor(visitor)
    data = household_input(visitor, event_id=event_id, officer_id=officer_id, today=today, now=now)
    try:
        household = register_household(session, data, today=today, registered_at=now)
    except FormError as error:
        raise FormError(_combined(own, error.errors, visitor)) from None
    if own:
        raise FormError(own)
    return household


def known_contacts(session: Session, email: str, phone: str) -> list[DuplicateCandidate]:
    """Live households that already have this e-mail or phone; unreadable values are skipped."""
    emails, phones = [], []
    if email.strip():
        with contextlib.suppress(ValidationError):
            emails.append(normalize_email(email))
    if phone.strip():
        with contextlib.suppress(ValidationError):
            phones.append(normalize_phone(phone))
    if not emails and not phones:
        return []
    return find_duplicates(session, emails=emails, phones=phones)


def _combined(
    own: list[ValidationError], registration: list[ValidationError], visitor: VisitorInput
) -> list[ValidationError]:
    """The fair's messages first; the registration's renamed to the fair's fields, once each."""
    errors = list(own)
    taken = {error.field for error in own}
    for error in registration:
        name = _fair_field(error.field, visitor)
        if name in taken:
            continue
        taken.add(name)
        errors.append(ValidationError(name, error.message))
    return errors


def _fair_field(name: str, visitor: VisitorInput) -> str:
    """Where a registration message goes on the fair form."""
    if name in {"origin_commune_code", "postcode"}:
        return "origin"
    match = re.fullmatch(r"members\[(\d+)\]\.(\w+)", name)
    if match is None:
        return name
    index, column = int(match.group(1)), match.group(2)
    adults = 2 if visitor.has_second_adult else 1
    if index >= adults:
        return "children_ages"
    prefix = "" if index == 0 else "second_"
    if column in {"first_name", "last_name"}:
        return f"{prefix}first_name"
    return column if index == 0 else f"{prefix}first_name"
