"""Record versions, counted in one place for every write.

Whatever code changes a synced record, the session bumps its ``version`` at
flush when a column really changed; ``updated_at`` follows through its
``onupdate``. The sync's outbox (``desktop.sync.outbox``) hangs on the flush
too, just after it, and reads the bumped version as the change's base.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import Synced


def track_versions(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _bump_versions)


def _bump_versions(session: Session, _context: Any, _instances: Any) -> None:
    for record in session.dirty:
        if isinstance(record, Synced) and session.is_modified(record, include_collections=False):
            record.version += 1
