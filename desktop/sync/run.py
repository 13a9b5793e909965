"""A sync as the officer asks for it: with the account this device is logged in with.

``escale sync`` and the window's *Synchroniser maintenant* both come here.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.storage import Database
from desktop.sync import state
from desktop.sync.account import stored_ca_bundle
from desktop.sync.engine import Progress, SyncReport, sync_once
from desktop.sync.errors import NotLoggedInError
from desktop.sync.transport import Transport


def sync_logged_in(
    database: Database,
    *,
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> SyncReport:
    """Push then pull with the stored account.

    Raises:
        NotLoggedInError: this device was never linked to a server (``escale login``).
    """
    with database.engine.connect() as connection:
        account = state.account(connection)
        ca_bundle = stored_ca_bundle(connection)
    if account is None:
        raise NotLoggedInError()
    with Transport(account.server_url, account.token, ca_bundle=ca_bundle) as transport:
        return sync_once(database, transport, progress=progress, cancelled=cancelled)
