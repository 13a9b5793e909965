"""Follow-ups (*relances*): what is overdue, due today and due this week, and ticking them off."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import FormError, ValidationError
from desktop.i18n import translate
from desktop.models import FollowUp, Household

WHAT_LIMIT = 240


class Horizon(enum.Enum):
    OVERDUE = "en_retard"
    TODAY = "aujourd_hui"
    THIS_WEEK = "cette_semaine"


@dataclass(frozen=True)
class FollowUpRow:
    id: uuid.UUID
    household_id: uuid.UUID
    household_name: str
    due_on: date
    what: str


def horizon_label(horizon: Horizon) -> str:
    labels = {
        Horizon.OVERDUE: translate("FollowUps", "En retard"),
        Horizon.TODAY: translate("FollowUps", "Aujourd'hui"),
        Horizon.THIS_WEEK: translate("FollowUps", "Cette semaine"),
    }
    return labels[horizon]


def end_of_week(today: date) -> date:
    """The Sunday closing ``today``'s week."""
    return today + timedelta(days=6 - today.weekday())


def horizon_of(due_on: date, today: date) -> Horizon | None:
    if due_on < today:
        return Horizon.OVERDUE
    if due_on == today:
        return Horizon.TODAY
    if due_on <= end_of_week(today):
        return Horizon.THIS_WEEK
    return None


def open_follow_ups(
    session: Session, *, today: date, officer_id: uuid.UUID | None = None
) -> dict[Horizon, list[FollowUpRow]]:
    """The open follow-ups due by the end of the week, oldest first, by horizon.

    ``officer_id`` narrows them to one officer's (their own or their households').
    """
    query = (
        select(FollowUp.id, FollowUp.household_id, Household.name, FollowUp.due_on, FollowUp.what)
        .join(Household, Household.id == FollowUp.household_id)
        .where(
            FollowUp.deleted.is_(False),
            FollowUp.done_on.is_(None),
            Household.deleted.is_(False),
            FollowUp.due_on <= end_of_week(today),
        )
        .order_by(FollowUp.due_on, Household.name)
    )
    if officer_id is not None:
        query = query.where(
            (FollowUp.officer_id == officer_id)
            | (FollowUp.officer_id.is_(None) & (Household.officer_id == officer_id))
        )
    result: dict[Horizon, list[FollowUpRow]] = {horizon: [] for horizon in Horizon}
    # Plain columns, not entities: an officer back from leave may have thousands.
    for row in session.execute(query):
        horizon = horizon_of(row.due_on, today)
        if horizon is not None:
            result[horizon].append(FollowUpRow(*row))
    return result


def household_follow_ups(session: Session, household_id: uuid.UUID) -> list[FollowUp]:
    """Every live follow-up of a household, open ones first, then by date."""
    return list(
        session.scalars(
            select(FollowUp)
            .where(FollowUp.household_id == household_id, FollowUp.deleted.is_(False))
            .order_by(FollowUp.done_on.is_not(None), FollowUp.due_on)
        )
    )


def schedule_follow_up(
    session: Session,
    household_id: uuid.UUID,
    *,
    due_on: date,
    what: str,
    today: date,
    officer_id: uuid.UUID | None = None,
    interaction_id: uuid.UUID | None = None,
) -> FollowUp:
    """Plan the next thing to do for a household.

    Raises:
        FormError: no description, too long, or a date already past.
    """
    what = what.strip()
    errors = follow_up_problems(due_on, what, today)
    if errors:
        raise FormError(errors)
    follow_up = FollowUp(
        id=uuid.uuid4(),
        household_id=household_id,
        due_on=due_on,
        what=what,
        officer_id=officer_id,
        interaction_id=interaction_id,
    )
    session.add(follow_up)
    return follow_up


def follow_up_problems(due_on: date, what: str, today: date) -> list[ValidationError]:
    """What is wrong with a planned follow-up, for forms that check everything at once."""
    what = what.strip()
    errors = []
    if not what:
        errors.append(
            ValidationError(
                "what",
                translate("FollowUps", "Relance : dites ce qu'il faudra faire (« Rappeler »)."),
            )
        )
    elif len(what) > WHAT_LIMIT:
        errors.append(
            ValidationError(
                "what",
                translate("FollowUps", "Relance : {limit} caractères au plus.").format(
                    limit=WHAT_LIMIT
                ),
            )
        )
    if due_on < today:
        errors.append(
            ValidationError(
                "due_on",
                translate(
                    "FollowUps",
                    "Date de relance : le {day} est passé ; choisissez une date à venir.",
                ).format(day=due_on.strftime("%d/%m/%Y")),
            )
        )
    return errors


def mark_done(session: Session, follow_up_id: uuid.UUID, *, today: date) -> FollowUp:
    follow_up = session.get_one(FollowUp, follow_up_id)
    if follow_up.done_on is None:
        follow_up.done_on = today
    return follow_up
