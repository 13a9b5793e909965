"""The device's sync state, kept as ``app_meta`` keys in the case database.

Kept in the database rather than a settings file so that each value moves in
the same transaction as the data it describes: the cursor with the page it
follows, the device sequence and clock with the outbox entries that use them.

The bearer token is here for now; the security issue moves it to the keyring
or the encrypted database.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from desktop.models import AppMeta

DEVICE_ID = "device_id"
DEVICE_SEQ = "device_seq"
HLC = "hlc"
CURSOR = "sync_cursor"
SERVER_URL = "sync_server_url"
OFFICER_ID = "sync_officer_id"
OFFICER_NAME = "sync_officer_name"
OFFICER_EMAIL = "sync_officer_email"
TOKEN = "sync_token"
TOKEN_EXPIRES_AT = "sync_token_expires_at"
LAST_SYNC_AT = "sync_last_at"
CHECKSUMS_REPAIRED = "sync_checksums_repaired"
"""Per territory, ``server:local`` checksums left different by its last repair (JSON)."""

_TABLE = AppMeta.__table__


def read(connection: Connection, key: str) -> str | None:
    return connection.execute(select(_TABLE.c.value).where(_TABLE.c.key == key)).scalar()


def write(connection: Connection, key: str, value: str) -> None:
    statement = insert(_TABLE).values(key=key, value=value)
    connection.execute(
        statement.on_conflict_do_update(index_elements=["key"], set_={"value": value})
    )


def device_id(connection: Connection) -> str:
    """This device's id (32 hex digits), created on first use and kept forever."""
    value = read(connection, DEVICE_ID)
    if value is None:
        value = uuid.uuid4().hex
        write(connection, DEVICE_ID, value)
    return value


def cursor(connection: Connection) -> int:
    """The ``seq`` of the last record pulled; 0 before the first pull."""
    return int(read(connection, CURSOR) or 0)


@dataclass(frozen=True)
class Account:
    """The officer this device syncs as, and where."""

    server_url: str
    officer_id: uuid.UUID
    officer_name: str
    officer_email: str
    token: str
    expires_at: str


def account(connection: Connection) -> Account | None:
    """The stored login, or ``None`` when ``escale login`` has not been run."""
    values = {
        key: read(connection, key)
        for key in (SERVER_URL, OFFICER_ID, OFFICER_NAME, OFFICER_EMAIL, TOKEN, TOKEN_EXPIRES_AT)
    }
    if any(value is None for value in values.values()):
        return None
    return Account(
        server_url=str(values[SERVER_URL]),
        officer_id=uuid.UUID(str(values[OFFICER_ID])),
        officer_name=str(values[OFFICER_NAME]),
        officer_email=str(values[OFFICER_EMAIL]),
        token=str(values[TOKEN]),
        expires_at=str(values[TOKEN_EXPIRES_AT]),
    )


def store_account(connection: Connection, login: Account) -> None:
    write(connection, SERVER_URL, login.server_url)
    write(connection, OFFICER_ID, login.officer_id.hex)
    write(connection, OFFICER_NAME, login.officer_name)
    write(connection, OFFICER_EMAIL, login.officer_email)
    write(connection, TOKEN, login.token)
    write(connection, TOKEN_EXPIRES_AT, login.expires_at)
