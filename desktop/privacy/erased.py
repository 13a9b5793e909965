"""An erased household stays erased: no write through the ORM may put the family back.

An erasure reaches a device at its next pull, while a page may already show
the household with unsaved edits, a note half typed, a conflict waiting to be
settled. Saving any of them would write the family's data again, send it to
the server and keep it in this file. Every ORM session refuses, before its
flush, a write to a record of an erased household; only the erasure itself
(:func:`erasing`) writes there. Pulls apply the server's records with SQL,
untouched by this.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import UserFacingError
from desktop.i18n import translate
from desktop.models import Household, Synced
from desktop.sync.outbox import household_of

_ERASING = "escale.erasing"


class ErasedHouseholdError(UserFacingError):
    """A write to an erased household, refused; nothing of the flush was written."""

    def __init__(self, household_id: uuid.UUID, message: str) -> None:
        super().__init__(message)
        self.household_id = household_id


def refuse_writes_to_erased(sessions: sessionmaker[Session]) -> None:
    """Make every session of ``sessions`` refuse writes to erased households."""
    event.listen(sessions, "before_flush", _refuse)


@contextlib.contextmanager
def erasing(session: Session) -> Iterator[None]:
    """Let ``session`` write to erased households while the block runs: the erasure's own writes."""
    session.info[_ERASING] = session.info.get(_ERASING, 0) + 1
    try:
        yield
    finally:
        session.info[_ERASING] -= 1


def _refuse(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(_ERASING):
        return
    households = {
        household
        for record in (*session.new, *session.dirty)
        if isinstance(record, Synced) and (household := household_of(record)) is not None
    }
    if not households:
        return
    erased = (
        session.connection()
        .execute(
            select(Household.id, Household.erased_at).where(
                Household.id.in_(households), Household.erased_at.is_not(None)
            )
        )
        .first()
    )
    if erased is not None:
        household_id, erased_at = erased
        raise ErasedHouseholdError(
            household_id,
            translate(
                "Privacy",
                "Ce foyer a été anonymisé le {day} (droit à l'effacement) : plus rien ne peut y "
                "être ajouté ni modifié, et ce qui venait d'être saisi n'a pas été enregistré.",
            ).format(day=erased_at.astimezone().strftime("%d/%m/%Y")),
        )
