"""Reading a test database whatever ``escale`` did to it: plain, or encrypted for the tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from desktop.storage.encryption import Cipher, connect, is_plain_sqlite
from tests.conftest import TEST_PASSPHRASE


def connect_any(path: Path, passphrase: str = TEST_PASSPHRASE) -> Any:
    """A DB-API connection to ``path``: sqlite3 for a plain file, SQLCipher for an encrypted one.

    Sub-commands run by tests encrypt the plain databases they are given, so a
    test that reads the file afterwards goes through here.
    """
    if is_plain_sqlite(path):
        return sqlite3.connect(path)
    return connect(path, Cipher.for_file(path, passphrase))
