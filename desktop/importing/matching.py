"""Duplicates of an imported line: households already known, or met earlier in the file.

The same rules as the case form's (:mod:`desktop.cases.duplicates`), for
thousands of lines at once: contacts are looked up one batch at a time and
names compared in memory, commune by commune, instead of one query per line.

- A line sharing an e-mail or a phone (normalised: ``+33612345678``) with a
  household is that household: it is merged into it when it brings anything
  new, and left out when it brings nothing (a line imported twice).
- A line whose adult's name is close (``rapidfuzz``, the form's threshold) to
  an adult's of a household from the same commune is only *possibly* the same
  family: it is imported, and listed for the officer to merge or keep.
  Children are left out of the comparison: the website does not give their
  names, so « Enfant 1 Martin » would look like every « Enfant 1 ».
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.cases.duplicates import NAME_SIMILARITY, comparable_name
from desktop.i18n import translate
from desktop.importing.checking import CheckedLine
from desktop.importing.rows import ParsedRow, whole_number
from desktop.models import Household, HouseholdTarget, Person, PersonRole


@dataclass(frozen=True)
class Match:
    household_id: uuid.UUID
    reasons: tuple[str, ...]


class ContactBook:
    """Which household each e-mail and phone belongs to: the database's, then the file's."""

    def __init__(self) -> None:
        self._emails: dict[str, uuid.UUID] = {}
        self._phones: dict[str, uuid.UUID] = {}

    def look_up(self, session: Session, rows: Iterable[CheckedLine]) -> None:
        """Learn the live households that hold the contacts of ``rows`` (one query)."""
        emails = {email for row in rows for email in row.emails} - self._emails.keys()
        phones = {phone for row in rows for phone in row.phones} - self._phones.keys()
        if not emails and not phones:
            return
        found = session.execute(
            select(Person.household_id, Person.email, Person.phone)
            .join(Household, Household.id == Person.household_id)
            .where(
                Person.deleted.is_(False),
                Household.deleted.is_(False),
                Person.email.in_(emails) | Person.phone.in_(phones),
            )
            .order_by(Household.registered_at)
        )
        for household_id, email, phone in found:
            if email in emails:
                self._emails.setdefault(email, household_id)
            if phone in phones:
                self._phones.setdefault(phone, household_id)

    def add(self, row: CheckedLine, household_id: uuid.UUID) -> None:
        """The contacts of ``row`` now lead to ``household_id`` (first holder kept)."""
        for email in row.emails:
            self._emails.setdefault(email, household_id)
        for phone in row.phones:
            self._phones.setdefault(phone, household_id)

    def matches(self, row: CheckedLine) -> list[Match]:
        """Households sharing a contact with ``row``, the one sharing most first."""
        reasons: dict[uuid.UUID, list[str]] = defaultdict(list)
        for email in sorted(row.emails):
            if email in self._emails:
                reasons[self._emails[email]].append(
                    translate("Duplicates", "même e-mail ({value})").format(value=email)
                )
        for phone in sorted(row.phones):
            if phone in self._phones:
                reasons[self._phones[phone]].append(
                    translate("Duplicates", "même téléphone ({value})").format(value=phone)
                )
        ordered = sorted(reasons.items(), key=lambda item: -len(item[1]))
        return [Match(household_id, tuple(why)) for household_id, why in ordered]


def known_contacts(session: Session) -> frozenset[str]:
    """Every e-mail and phone of the live households, as :class:`ContactBook` compares them."""
    rows = session.execute(
        select(Person.email, Person.phone)
        .join(Household, Household.id == Person.household_id)
        .where(
            Person.deleted.is_(False),
            Household.deleted.is_(False),
            Person.email.is_not(None) | Person.phone.is_not(None),
        )
    )
    return frozenset(value for row in rows for value in row if value)


def _sorted_words(name: str) -> str:
    """What ``token_sort_ratio`` compares: written once per name, not once per comparison."""
    return " ".join(sorted(name.split()))


@dataclass
class _Names:
    keys: list[str] = field(default_factory=list)
    """Names with their words sorted, compared with ``fuzz.ratio``: ``token_sort_ratio``'s
    score, without sorting every known name again for each line."""
    households: list[uuid.UUID] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)


class NameBook:
    """Adults' names by the commune their household lives in, for close-name matches."""

    def __init__(self) -> None:
        self._communes: dict[str, _Names] = {}

    def look_up(self, session: Session, rows: Iterable[CheckedLine]) -> None:
        """Read the adults of the live households of the communes of ``rows`` not read yet."""
        wanted = {row.commune for row in rows if row.commune and row.commune not in self._communes}
        if not wanted:
            return
        for commune in wanted:
            self._communes[commune] = _Names()
        found = session.execute(
            select(
                Household.origin_commune_code,
                Person.household_id,
                Person.first_name,
                Person.last_name,
            )
            .join(Household, Household.id == Person.household_id)
            .where(
                Person.deleted.is_(False),
                Household.deleted.is_(False),
                Person.role == PersonRole.ADULT,
                Household.origin_commune_code.in_(wanted),
            )
        )
        for commune, household_id, first, last in found:
            self._note(commune, household_id, first, last)

    def _note(self, commune: str, household_id: uuid.UUID, first: str, last: str) -> None:
        key = comparable_name(first, last)
        if key:
            names = self._communes.setdefault(commune, _Names())
            names.keys.append(_sorted_words(key))
            names.households.append(household_id)
            names.shown.append(f"{first} {last}".strip())

    def add(self, row: CheckedLine, household_id: uuid.UUID) -> None:
        """Compare later lines with the names ``row`` gives too."""
        if not row.commune:
            return
        for first, last in row.named_adults:
            self._note(row.commune, household_id, first, last)

    def close(self, row: CheckedLine, *, exclude: set[uuid.UUID]) -> Match | None:
        """The household of the same commune whose adult's name is closest, if close enough."""
        names = self._communes.get(row.commune)
        if names is None or not names.keys:
            return None
        best: tuple[float, int] | None = None
        for written in row.adult_names:
            name = _sorted_words(written)
            found = process.extractOne(
                name, names.keys, scorer=fuzz.ratio, score_cutoff=NAME_SIMILARITY
            )
            if found is not None and names.households[found[2]] in exclude:
                found = next(
                    (
                        match
                        for match in process.extract_iter(
                            name,
                            names.keys,
                            scorer=fuzz.ratio,
                            score_cutoff=NAME_SIMILARITY,
                        )
                        if names.households[match[2]] not in exclude
                    ),
                    None,
                )
            if found is not None and (best is None or found[1] > best[0]):
                best = (found[1], found[2])
        if best is None:
            return None
        index = best[1]
        reason = translate("Duplicates", "nom proche ({name}), même commune").format(
            name=names.shown[index]
        )
        return Match(names.households[index], (reason,))


@dataclass
class _Member:
    role: PersonRole
    name: str
    email: str | None
    phone: str | None
    birth_year: int | None
    occupation: str | None


@dataclass
class KnownHousehold:
    """What a household holds, to tell whether a line would add anything to it."""

    id: uuid.UUID
    name: str
    registered_at: datetime
    consent_at: datetime | None
    fields: dict[str, Any]
    project_types: set[str]
    members: list[_Member] = field(default_factory=list)
    targets: set[tuple[str, str]] = field(default_factory=set)


_FIELDS = (
    "origin_commune_code",
    "origin_city",
    "housing_tenure",
    "housing_budget_eur",
    "target_date",
)


def load_known(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, KnownHousehold]:
    """The households ``ids`` with their live members and targets (three queries)."""
    ids = set(ids)
    if not ids:
        return {}
    columns = [getattr(Household, name) for name in _FIELDS]
    known = {
        row[0]: KnownHousehold(
            id=row[0],
            name=row[1],
            registered_at=row[2],
            consent_at=row[3],
            project_types=set(row[4] or ()),
            fields=dict(zip(_FIELDS, row[5:], strict=True)),
        )
        for row in session.execute(
            select(
                Household.id,
                Household.name,
                Household.registered_at,
                Household.consent_at,
                Household.project_types,
                *columns,
            ).where(Household.id.in_(ids))
        )
    }
    for household_id, role, first, last, email, phone, birth_year, occupation in session.execute(
        select(
            Person.household_id,
            Person.role,
            Person.first_name,
            Person.last_name,
            Person.email,
            Person.phone,
            Person.birth_year,
            Person.occupation,
        ).where(Person.household_id.in_(ids), Person.deleted.is_(False))
    ):
        known[household_id].members.append(
            _Member(role, comparable_name(first, last), email, phone, birth_year, occupation)
        )
    for household_id, kind, code in session.execute(
        select(HouseholdTarget.household_id, HouseholdTarget.kind, HouseholdTarget.code).where(
            HouseholdTarget.household_id.in_(ids), HouseholdTarget.deleted.is_(False)
        )
    ):
        known[household_id].targets.add((kind.value, code))
    return known


def additions(known: KnownHousehold, row: ParsedRow) -> list[str]:
    """What merging ``row`` into ``known`` would add (French, short); empty: nothing new."""
    added: list[str] = []
    data = row.household
    for index, member in enumerate(data.members):
        email = next(iter(row.emails), None) if index == 0 else None
        phone = next(iter(row.phones), None) if index == 0 else None
        name = comparable_name(member.first_name, member.last_name)
        twin = next(
            (
                other
                for other in known.members
                if other.role is member.role
                and (
                    (email and other.email == email)
                    or (phone and other.phone == phone)
                    or other.name == name
                )
            ),
            None,
        )
        who = f"{member.first_name} {member.last_name}".strip()
        if twin is None:
            added.append(translate("Import", "membre {name}").format(name=who))
            continue
        year = whole_number(member.birth_year.strip())
        for value, existing in (
            (email, twin.email),
            (phone, twin.phone),
            (year, twin.birth_year),
            (member.occupation.strip() or None, twin.occupation),
        ):
            if value is not None and existing is None:
                added.append(translate("Import", "coordonnées de {name}").format(name=who))
                break
    wished = {(target.kind.value, target.code) for target in data.targets}
    if not wished <= known.targets:
        added.append(translate("Import", "territoires souhaités"))
    if not {project.value for project in data.project_types} <= known.project_types:
        added.append(translate("Import", "projet"))
    values = {
        "origin_commune_code": data.origin_commune_code or None,
        "origin_city": data.origin_city or None,
        "housing_tenure": data.housing_tenure,
        "housing_budget_eur": data.housing_budget_eur,
        "target_date": data.target_date,
    }
    if any(value is not None and known.fields[name] is None for name, value in values.items()):
        added.append(translate("Import", "précisions sur le projet"))
    if data.consent and (known.consent_at is None or data.consent.at > known.consent_at):
        added.append(translate("Import", "consentement plus récent"))
    if row.registered_at < known.registered_at:
        added.append(translate("Import", "date d'inscription plus ancienne"))
    return added
