"""What the pages of the window share: the database, who is working, today, and news of changes.

Pages never talk to each other directly. A page that writes says so through
the workspace's signals, and the pages that show the same data refresh; a page
that wants a household opened asks the workspace, and the main window shows it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from sqlalchemy.orm import Session

from desktop.storage import Database

T = TypeVar("T")


class Workspace(QObject):
    """The officer's working context, one per main window.

    Args:
        database: the open local database.
        officer_id: the officer signed in; ``None`` until accounts arrive with sync,
            and then writes are recorded without an author.
        today: the calendar day (tests pass a fixed one).
    """

    households_changed = Signal()
    """Households were added, edited, merged or changed status: lists must refresh."""

    follow_ups_changed = Signal()
    """Follow-ups were planned or ticked off."""

    household_requested = Signal(object)
    """A page asks for a household (``uuid.UUID``) to be opened on the household page."""

    new_household_requested = Signal()
    """A page asks for an empty household form."""

    def __init__(
        self,
        database: Database,
        *,
        officer_id: uuid.UUID | None = None,
        today: Callable[[], date] = date.today,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        """The window's preferences (last folders chosen…); ``None`` in bare tests."""
        self.officer_id = officer_id
        self._today = today

    def today(self) -> date:
        return self._today()

    def write(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one transaction (see :meth:`Database.write`)."""
        return self.database.write(work)

    def open_household(self, household_id: uuid.UUID) -> None:
        self.household_requested.emit(household_id)
