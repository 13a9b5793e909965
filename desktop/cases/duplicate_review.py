"""Households known twice: pairs that share an e-mail or a phone, to review after a sync.

A visitor may have registered on the website and stopped at the fair, or
spoken to two officers at the same stand; each laptop recorded a household,
and the sync brings them together on every device of the territory. This
lists every pair of live households whose members share an e-mail or a phone
number (as stored: normalised), so the officer merges them in one click with
:func:`~desktop.cases.duplicates.merge_households`; the merge then syncs like
any other change. The device's database holds the officer's scope (their
territories' households, plus those they created), so the list is theirs.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import phonenumbers
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from desktop.i18n import translate
from desktop.models import Event, Household, Person, Source
from desktop.validation import format_phone


@dataclass(frozen=True)
class HouseholdSide:
    """One household of a pair, as the review shows it."""

    id: uuid.UUID
    name: str
    source: Source
    event: str | None
    registered_at: datetime
    members: int


@dataclass(frozen=True)
class DuplicatePair:
    """Two live households that share a contact; ``first`` is the one to keep by default."""

    first: HouseholdSide
    second: HouseholdSide
    reasons: tuple[str, ...]


def possible_duplicates(session: Session) -> list[DuplicatePair]:
    """Every pair of live households whose members share an e-mail or a phone.

    In each pair the household registered first comes first (the website's
    registration before the fair's capture): merging keeps it by default.
    Pairs are listed the most recent second registration first.
    """
    shared: dict[tuple[uuid.UUID, uuid.UUID], list[str]] = {}
    for column, label in (
        ("email", translate("DuplicateReview", "même e-mail : {value}")),
        ("phone", translate("DuplicateReview", "même téléphone : {value}")),
    ):
        for one, other, value in _sharing(session, column):
            reason = label.format(value=_shown(column == "phone", value))
            pair = (one, other) if one.hex < other.hex else (other, one)
            reasons = shared.setdefault(pair, [])
            if reason not in reasons:
                reasons.append(reason)
    if not shared:
        return []
    sides = _sides(session, {household_id for pair in shared for household_id in pair})
    pairs = []
    for (one, other), reasons in shared.items():
        first, second = sorted(
            (sides[one], sides[other]), key=lambda s: (s.registered_at, s.id.hex)
        )
        pairs.append(DuplicatePair(first, second, tuple(reasons)))
    pairs.sort(key=lambda pair: (pair.second.registered_at, pair.second.id.hex), reverse=True)
    return pairs


def duplicate_count(session: Session) -> int:
    """How many pairs :func:`possible_duplicates` lists."""
    return len(possible_duplicates(session))


def _sharing(session: Session, column_name: str) -> list[tuple[uuid.UUID, uuid.UUID, str]]:
    """(household, other household, value) for each value of ``column_name`` two live
    households hold.

    A self-join on the column's index finds the members sharing a value (about
    0.15 s over 100,000 households, SQLite's own order of household ids giving
    each pair once); whether members and households are live is then checked
    for those few rows only.
    """
    one, other = aliased(Person), aliased(Person)
    mine, theirs = getattr(one, column_name), getattr(other, column_name)
    rows = session.execute(
        select(one.household_id, other.household_id, mine, one.deleted, other.deleted)
        .join(other, and_(theirs == mine, other.household_id > one.household_id))
        .where(mine.is_not(None))
    ).all()
    rows = [row for row in rows if not row[3] and not row[4]]
    households = {household_id for row in rows for household_id in row[:2]}
    live = set(
        session.scalars(
            select(Household.id).where(Household.id.in_(households), Household.deleted.is_(False))
        )
    )
    return list(
        dict.fromkeys(
            (first, second, value)
            for first, second, value, _gone, _gone_too in rows
            if first in live and second in live
        )
    )


def _sides(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, HouseholdSide]:
    members = (
        select(Person.household_id, func.count().label("members"))
        .where(Person.deleted.is_(False), Person.household_id.in_(ids))
        .group_by(Person.household_id)
        .subquery()
    )
    event = aliased(Event)
    rows = session.execute(
        select(
            Household.id,
            Household.name,
            Household.source,
            event.name,
            Household.registered_at,
            func.coalesce(members.c.members, 0),
        )
        .outerjoin(event, event.id == Household.event_id)
        .outerjoin(members, members.c.household_id == Household.id)
        .where(Household.id.in_(ids))
    )
    return {row[0]: HouseholdSide(*row) for row in rows}


def _shown(phone: bool, value: str) -> str:
    if not phone:
        return value
    try:
        return format_phone(value)
    except phonenumbers.NumberParseException:  # a stored value no longer parsed: shown raw
        return value
