"""Consent given, withdrawn and given again: dated, with its channel, synced like any edit.

A withdrawal keeps the household (the officer may still have to answer it, and
its figures count) with the date and channel of the withdrawal; the consent
it had stays recorded, so the record says what was agreed and when it ended.
Giving consent again records the new date, wording version and channel and
clears the withdrawal.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from desktop.consent import CONSENT_VERSION
from desktop.errors import UserFacingError
from desktop.i18n import translate
from desktop.models import ConsentChannel, Household, utcnow


class ConsentError(UserFacingError):
    """The consent cannot be changed as asked; the message is French, for the officer."""


def withdraw_consent(
    session: Session,
    household_id: uuid.UUID,
    *,
    channel: ConsentChannel,
    at: datetime | None = None,
) -> Household:
    """Record that the household withdrew its consent, when and how it said so.

    Raises:
        ConsentError: the household is gone, erased, or already withdrew it.
    """
    household = _household(session, household_id)
    if household.consent_withdrawn_at is not None:
        raise ConsentError(
            translate(
                "Privacy", "Le consentement de ce foyer est déjà retiré depuis le {day}."
            ).format(day=household.consent_withdrawn_at.astimezone().strftime("%d/%m/%Y"))
        )
    household.consent_withdrawn_at = at or utcnow()
    household.consent_withdrawn_channel = channel
    session.flush()
    return household


def give_consent(
    session: Session,
    household_id: uuid.UUID,
    *,
    channel: ConsentChannel,
    version: str = CONSENT_VERSION,
    at: datetime | None = None,
) -> Household:
    """Record a (renewed) consent on the current wording; a withdrawal is cleared.

    Raises:
        ConsentError: the household is gone or erased.
    """
    household = _household(session, household_id)
    household.consent_at = at or utcnow()
    household.consent_version = version
    household.consent_channel = channel
    household.consent_withdrawn_at = None
    household.consent_withdrawn_channel = None
    session.flush()
    return household


def _household(session: Session, household_id: uuid.UUID) -> Household:
    household = session.get(Household, household_id)
    if household is None or household.deleted:
        raise ConsentError(
            translate("Privacy", "Ce foyer n'existe plus : il a peut-être déjà été supprimé.")
        )
    if household.erased_at is not None:
        raise ConsentError(
            translate(
                "Privacy",
                "Ce foyer a été effacé le {day} : il n'y a plus de consentement à enregistrer.",
            ).format(day=household.erased_at.astimezone().strftime("%d/%m/%Y"))
        )
    return household
