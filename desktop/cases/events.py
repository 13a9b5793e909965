"""Fairs and immersion stays: creating one, choosing one, counting who was met there.

An event is a synced catalogue record (the server shares it with every
officer), so a fair created on one laptop the evening before is the same
event on the colleagues' laptops after their sync. Creating one checks every
field first and reports each problem in French, like the household form.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import FormError, ValidationError
from desktop.i18n import translate
from desktop.models import Commune, Event, EventKind, Household
from desktop.validation import check_commune

NAME_MAX = 160
PLACE_MAX = 160


@dataclass
class EventInput:
    name: str
    kind: EventKind = EventKind.FAIR
    place: str = ""
    commune_code: str = ""
    starts_on: date | None = None
    ends_on: date | None = None


@dataclass(frozen=True)
class EventSummary:
    """One event as a choice list shows it."""

    id: uuid.UUID
    name: str
    kind: EventKind
    place: str
    starts_on: date
    ends_on: date
    visitors: int
    """Live households recorded as met at this event."""


def create_event(session: Session, data: EventInput) -> Event:
    """Add a checked event to ``session``.

    Raises:
        FormError: one entry per field in error; nothing was added.
    """
    errors: list[ValidationError] = []
    name = data.name.strip()
    place = data.place.strip()
    if not name:
        errors.append(
            ValidationError(
                "name",
                translate("Events", "Nom : donnez un nom à l'événement (ex. Salon de Paris)."),
            )
        )
    elif len(name) > NAME_MAX:
        errors.append(
            ValidationError(
                "name",
                translate("Events", "Nom : {count} caractères au plus.").format(count=NAME_MAX),
            )
        )
    commune: Commune | None = None
    if data.commune_code.strip():
        try:
            commune = check_commune(
                session,
                data.commune_code,
                field="commune_code",
                label=translate("Events", "Commune"),
            )
        except ValidationError as error:
            errors.append(error)
    if not place and commune is not None:
        place = commune.name
    if not place:
        errors.append(
            ValidationError(
                "place",
                translate(
                    "Events",
                    "Lieu : saisissez le lieu (ex. Paris, Espace Champerret) ou la commune.",
                ),
            )
        )
    elif len(place) > PLACE_MAX:
        errors.append(
            ValidationError(
                "place",
                translate("Events", "Lieu : {count} caractères au plus.").format(count=PLACE_MAX),
            )
        )
    if data.starts_on is None:
        errors.append(
            ValidationError("starts_on", translate("Events", "Début : saisissez la date du début."))
        )
    ends_on = data.ends_on or data.starts_on
    if data.starts_on is not None and ends_on is not None and ends_on < data.starts_on:
        errors.append(
            ValidationError(
                "ends_on",
                translate(
                    "Events",
                    "Fin : le {end} est avant le début ({start}). Corrigez l'une des dates.",
                ).format(
                    end=ends_on.strftime("%d/%m/%Y"), start=data.starts_on.strftime("%d/%m/%Y")
                ),
            )
        )
    if errors:
        raise FormError(errors)
    assert data.starts_on is not None and ends_on is not None
    event = Event(
        id=uuid.uuid4(),
        name=name,
        kind=data.kind,
        place=place,
        commune_code=commune.code if commune is not None else None,
        starts_on=data.starts_on,
        ends_on=ends_on,
    )
    session.add(event)
    return event


def list_events(session: Session, *, today: date, past_days: int = 60) -> list[EventSummary]:
    """Live events still to come or ended less than ``past_days`` ago, the nearest first.

    A fair often lasts two days and its captures are reviewed the week after, so
    recent events stay in the list.
    """
    visitors = (
        select(Household.event_id, func.count().label("visitors"))
        .where(Household.deleted.is_(False), Household.event_id.is_not(None))
        .group_by(Household.event_id)
        .subquery()
    )
    rows = session.execute(
        select(Event, func.coalesce(visitors.c.visitors, 0))
        .outerjoin(visitors, visitors.c.event_id == Event.id)
        .where(
            Event.deleted.is_(False),
            Event.ends_on >= date.fromordinal(today.toordinal() - past_days),
        )
        .order_by(func.abs(func.julianday(Event.starts_on) - func.julianday(today)), Event.name)
    )
    return [
        EventSummary(
            event.id,
            event.name,
            event.kind,
            event.place,
            event.starts_on,
            event.ends_on,
            int(count),
        )
        for event, count in rows
    ]


def visitor_count(session: Session, event_id: uuid.UUID) -> int:
    """Live households recorded as met at ``event_id`` (merged-away ones no longer count)."""
    return (
        session.scalar(
            select(func.count())
            .select_from(Household)
            .where(Household.event_id == event_id, Household.deleted.is_(False))
        )
        or 0
    )
