"""Retention: households the programme has not heard from in three years (CNIL, prospects).

**Last contact from the household** is the latest of: its registration, the
consent it gave (or gave again), and its latest exchange that needs the family
to take part: a call, an e-mail, a meeting, a visit or an event, not internal.
Notes (``Channel.NOTE``) and internal exchanges are the officer's own writing
and do not count; nor do follow-ups, prints or status changes. An exchange
records no direction, so an unanswered call counts as a contact: the list errs
on the side of keeping a household a little longer, never of dropping one early.

A household whose last contact is more than :data:`RETENTION_YEARS` years old
is listed (erased, deleted and merged-away ones are not), for the officer to
ask again for consent (an outbound note and a follow-up: the household stays
listed until it answers) or to anonymise it
(:func:`desktop.privacy.erasure.erase_household`). The list is checked once a
month at start; the day of the last check is kept in ``app_meta``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop.cases.timeline import NextFollowUp, log_interaction
from desktop.i18n import translate
from desktop.models import Channel, Interaction, Status
from desktop.sync import state

RETENTION_YEARS = 3
CHECKED_ON = "retention_checked_on"
"""``app_meta`` key: the day the retention list was last checked (ISO date)."""
ANSWER_DELAY = timedelta(days=30)
"""How long a household is given to answer a renewed request for consent."""

INBOUND_CHANNELS = (
    Channel.PHONE,
    Channel.EMAIL,
    Channel.MEETING,
    Channel.VISIT,
    Channel.EVENT,
)

_INBOUND = ", ".join(f"'{channel.value}'" for channel in INBOUND_CHANNELS)
_CONTACTS = f"""
SELECT max(i.occurred_at) FROM interaction i
 WHERE i.household_id = h.id AND i.deleted = 0 AND i.internal = 0 AND i.channel IN ({_INBOUND})
"""
_PAST_RETENTION = f"""
SELECT h.id, h.name, h.status, h.consent_at, h.consent_withdrawn_at,
       max(h.registered_at, coalesce(h.consent_at, h.registered_at),
           coalesce(({_CONTACTS}), h.registered_at)) AS last_contact
  FROM household h
 WHERE h.deleted = 0 AND h.erased_at IS NULL AND h.merged_into_id IS NULL
   AND h.registered_at < :limit AND (h.consent_at IS NULL OR h.consent_at < :limit)
   AND NOT EXISTS (SELECT 1 FROM interaction i
                    WHERE i.household_id = h.id AND i.deleted = 0 AND i.internal = 0
                      AND i.channel IN ({_INBOUND}) AND i.occurred_at >= :limit)
 ORDER BY last_contact, h.name
"""
"""Only households registered (and consenting) before the limit are candidates: an
index lookup on the registration date, then their exchanges one household at a time."""


@dataclass(frozen=True)
class RetentionCase:
    """A household kept past its retention period, as the list shows it."""

    household_id: uuid.UUID
    name: str
    status: Status
    last_contact_at: datetime
    consent_given: bool
    """Consent recorded once (a household met before consent was asked may have none)."""
    consent_withdrawn: bool


def retention_limit(today: date) -> datetime:
    """The moment before which a last contact is too old: three years before ``today``."""
    try:
        day = today.replace(year=today.year - RETENTION_YEARS)
    except ValueError:  # 29 February
        day = today.replace(year=today.year - RETENTION_YEARS, day=28)
    return datetime.combine(day, time(), tzinfo=UTC)


def households_past_retention(connection: Connection, today: date) -> list[RetentionCase]:
    """The households with no contact from them for three years, the oldest contact first."""
    limit = retention_limit(today).replace(tzinfo=None)
    rows = connection.execute(text(_PAST_RETENTION), {"limit": limit.isoformat(sep=" ")})
    return [
        RetentionCase(
            household_id=uuid.UUID(str(row.id)),
            name=row.name,
            status=Status(row.status),
            last_contact_at=datetime.fromisoformat(str(row.last_contact)).replace(tzinfo=UTC),
            consent_given=row.consent_at is not None,
            consent_withdrawn=row.consent_withdrawn_at is not None,
        )
        for row in rows
    ]


def check_due(connection: Connection, today: date) -> bool:
    """Whether a month has passed since the list was last checked (or it never was)."""
    stored = state.read(connection, CHECKED_ON)
    if stored is None:
        return True
    last = date.fromisoformat(stored)
    return (today.year, today.month) != (last.year, last.month) and today >= last + timedelta(
        days=28
    )


def mark_checked(connection: Connection, today: date) -> None:
    state.write(connection, CHECKED_ON, today.isoformat())


def ask_consent_again(
    session: Session,
    household_id: uuid.UUID,
    *,
    today: date,
    officer_id: uuid.UUID | None = None,
) -> Interaction:
    """Note that consent was asked again, with a follow-up to act on the answer (or its absence).

    The note is the officer's own writing, not a contact from the household,
    so the household stays listed until it answers.
    """
    return log_interaction(
        session,
        household_id,
        channel=Channel.NOTE,
        summary=translate(
            "Privacy",
            "Consentement redemandé au foyer : sans contact de sa part depuis trois ans, "
            "ses données seront anonymisées s'il ne répond pas.",
        ),
        officer_id=officer_id,
        follow_up=NextFollowUp(
            today + ANSWER_DELAY,
            translate("Privacy", "Consentement redemandé : sans réponse, anonymiser le foyer"),
        ),
        today=today,
    )
