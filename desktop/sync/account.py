"""Linking this device to an officer's account on a regional server.

``escale login`` and the login dialog both come here: the password goes to
the server once and is never stored; what is kept is the server's address,
the officer and the device token (in ``app_meta`` for now, see
``desktop.sync.state``).
"""

from __future__ import annotations

import socket
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from desktop.sync import state
from desktop.sync.errors import GarbageAnswerError
from desktop.sync.transport import Transport, check_server_url

CA_BUNDLE = "sync_ca_bundle"
"""The certificate authority file of the region's own PKI, chosen at login ("" for none)."""


def login(
    engine: Engine,
    server_url: str,
    email: str,
    password: str,
    *,
    ca_bundle: str | Path | None = None,
) -> state.Account:
    """Log in as ``email`` and keep the device token (and ``ca_bundle``, for the next syncs).

    A different officer than the one this device synced as starts again from
    cursor 0, so they receive their own scope whole.

    Raises:
        SyncError: unreachable server, wrong password (401), revoked account (403),
            ``http://`` to another machine, certificate not trusted…
    """
    with engine.begin() as connection:
        device = state.device_id(connection)
    with Transport(server_url, ca_bundle=ca_bundle) as transport:
        answer = transport.login(email, password, device, socket.gethostname() or "Escale")
    account = _account(check_server_url(server_url), answer)
    with engine.begin() as connection:
        previous = state.account(connection)
        if previous is not None and previous.officer_id != account.officer_id:
            state.write(connection, state.CURSOR, "0")
        state.store_account(connection, account)
        state.write(connection, CA_BUNDLE, str(ca_bundle) if ca_bundle else "")
    return account


def stored_ca_bundle(connection: Connection) -> str | None:
    """The authority file chosen at login; ``None``: ``ESCALE_CA_BUNDLE`` or the system's."""
    return state.read(connection, CA_BUNDLE) or None


def _account(server_url: str, answer: Any) -> state.Account:
    try:
        officer = answer["officer"]
        return state.Account(
            server_url=server_url,
            officer_id=uuid.UUID(str(officer["id"])),
            officer_name=str(officer["name"]),
            officer_email=str(officer["email"]),
            token=_text(answer["token"]),
            expires_at=_text(answer["expires_at"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise GarbageAnswerError("réponse de connexion") from error


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(value)
    return value
