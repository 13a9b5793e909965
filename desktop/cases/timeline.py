"""The case timeline: what happened with a household, newest first, and logging more."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.cases.follow_ups import follow_up_problems, schedule_follow_up
from desktop.errors import FormError, ValidationError
from desktop.i18n import translate
from desktop.models import Channel, Household, Interaction, Officer, utcnow

SUMMARY_LIMIT = 4000


@dataclass(frozen=True)
class TimelineEntry:
    id: uuid.UUID
    occurred_at: datetime
    channel: Channel
    summary: str
    internal: bool
    author: str | None


@dataclass(frozen=True)
class NextFollowUp:
    """The follow-up an officer plans while logging an exchange."""

    due_on: date
    what: str


def channel_label(channel: Channel) -> str:
    labels = {
        Channel.PHONE: translate("Timeline", "Téléphone"),
        Channel.EMAIL: translate("Timeline", "E-mail"),
        Channel.MEETING: translate("Timeline", "Rendez-vous"),
        Channel.VISIT: translate("Timeline", "Visite"),
        Channel.EVENT: translate("Timeline", "Événement"),
        Channel.NOTE: translate("Timeline", "Note"),
    }
    return labels[channel]


def timeline(session: Session, household_id: uuid.UUID) -> list[TimelineEntry]:
    rows = session.execute(
        select(Interaction, Officer.name)
        .outerjoin(Officer, Officer.id == Interaction.officer_id)
        .where(Interaction.household_id == household_id, Interaction.deleted.is_(False))
        .order_by(Interaction.occurred_at.desc())
    )
    return [
        TimelineEntry(
            id=interaction.id,
            occurred_at=interaction.occurred_at,
            channel=interaction.channel,
            summary=interaction.summary,
            internal=interaction.internal,
            author=author,
        )
        for interaction, author in rows
    ]


def log_interaction(
    session: Session,
    household_id: uuid.UUID,
    *,
    channel: Channel,
    summary: str,
    internal: bool = False,
    occurred_at: datetime | None = None,
    officer_id: uuid.UUID | None = None,
    follow_up: NextFollowUp | None = None,
    today: date,
) -> Interaction:
    """Add an exchange to the timeline, and the next follow-up with it if one is planned.

    Raises:
        FormError: the summary is empty or too long, or the follow-up date is past;
            nothing was added.
    """
    summary = summary.strip()
    errors = []
    if not summary:
        errors.append(
            ValidationError(
                "summary",
                translate("Timeline", "Résumé : écrivez en une phrase ce qui s'est dit ou fait."),
            )
        )
    elif len(summary) > SUMMARY_LIMIT:
        errors.append(
            ValidationError(
                "summary",
                translate(
                    "Timeline", "Résumé : {count} caractères, c'est plus que les {limit} permis."
                ).format(count=len(summary), limit=SUMMARY_LIMIT),
            )
        )
    if follow_up is not None:
        errors += follow_up_problems(follow_up.due_on, follow_up.what, today)
    if errors:
        raise FormError(errors)
    session.get_one(Household, household_id)
    interaction = Interaction(
        id=uuid.uuid4(),
        household_id=household_id,
        channel=channel,
        summary=summary,
        internal=internal,
        occurred_at=occurred_at or utcnow(),
        officer_id=officer_id,
    )
    session.add(interaction)
    if follow_up is not None:
        schedule_follow_up(
            session,
            household_id,
            due_on=follow_up.due_on,
            what=follow_up.what,
            officer_id=officer_id,
            interaction_id=interaction.id,
            today=today,
        )
    return interaction
