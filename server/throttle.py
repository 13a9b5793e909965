"""Login throttling: too many failed logins for one account or from one address → 429.

Failures are rows of ``login_failure`` (shared by every worker and instance),
counted over a sliding window. Each attempt is checked *and counted* in one
serialised transaction before the password is even verified (:func:`reserve`),
so a blocked guesser costs no Argon2 hash and learns nothing, and a hundred
guesses sent at once still get only five tries; a successful login clears its
account's failures, its own attempt included.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from server.database import is_postgresql
from server.errors import TooManyAttemptsError
from server.models import LoginFailure
from server.models.base import utcnow

WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
"""An officer who mistypes five times waits a quarter of an hour at most."""
MAX_FAILURES_PER_ADDRESS = 20
"""A whole office behind one address may mistype more before being held back."""
THROTTLE_LOCK_KEY = 0x7468726F74746C65  # "throttle"


def reserve(session: Session, email: str, address: str) -> None:
    """Check the attempt, then count it as a failure until a success clears it.

    Runs in a write transaction that holds the throttle lock (SQLite: BEGIN
    IMMEDIATE already does), so concurrent attempts are counted one after the other.

    Raises:
        TooManyAttemptsError: the account or the address is held back; nothing is counted.
    """
    if is_postgresql(session.get_bind()):
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": THROTTLE_LOCK_KEY})
    check(session, email, address)
    record_failure(session, email, address)


def check(session: Session, email: str, address: str, now: datetime | None = None) -> None:
    """Raise :class:`TooManyAttemptsError` when the account or the address is held back."""
    now = now or utcnow()
    since = now - WINDOW
    for column, value, limit in (
        (LoginFailure.email, email, MAX_FAILURES_PER_ACCOUNT),
        (LoginFailure.address, address, MAX_FAILURES_PER_ADDRESS),
    ):
        count, oldest = session.execute(
            select(func.count(), func.min(LoginFailure.at)).where(
                column == value, LoginFailure.at > since
            )
        ).one()
        if count >= limit:
            first = _aware(oldest)
            wait = max(1, math.ceil((first + WINDOW - now).total_seconds()))
            minutes = max(1, math.ceil(wait / 60))
            raise TooManyAttemptsError(
                f"Trop de tentatives de connexion échouées : réessayez dans {minutes} minute(s). "
                "Si vous avez oublié votre mot de passe, adressez-vous à votre administrateur.",
                retry_after=wait,
            )


def record_failure(session: Session, email: str, address: str) -> None:
    """Count one failed login, and forget the failures older than the window."""
    now = utcnow()
    session.execute(delete(LoginFailure).where(LoginFailure.at <= now - WINDOW))
    session.add(LoginFailure(email=email[:254], address=address[:64], at=now))


def clear(session: Session, email: str) -> None:
    """A successful login: this account starts again from zero failures."""
    session.execute(delete(LoginFailure).where(LoginFailure.email == email))


def _aware(moment: datetime) -> datetime:
    """``min()`` skips the column type on some backends and returns a naive UTC value."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=utcnow().tzinfo)
