"""Encryption at rest: the file opens only with the officer's passphrase, and nothing is lost.

Real files throughout: SQLCipher databases written by ``open_database``, read
back with plain ``sqlite3`` (which must fail) and with SQLCipher.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import func, select

from desktop.errors import DatabaseOpenError, WriteError
from desktop.models import Household, SyncOutbox
from desktop.paths import database_path
from desktop.storage import Database, migrate, open_database
from desktop.storage.encryption import (
    CACHE_KIB,
    PAGE_SIZE,
    SQLITE_HEADER,
    CorruptDatabaseError,
    WrongPassphraseError,
    connect,
)
from desktop.sync import state
from desktop.sync.outbox import pending_count
from tests.test_search import find, register

PASSPHRASE = "thé vert à Nevers"
RELEASE_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "release-1.sqlite"


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
    }


def every_row(connection: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, from a plain or an encrypted DB-API connection."""
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    return {
        table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
        for table in tables
    }


def open_with_sqlcipher(path: Path, passphrase: str) -> Any:
    """The stock SQLCipher way: the bare passphrase, SQLCipher derives the key itself."""
    connection = sqlcipher3.connect(str(path))
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    return connection


def assert_unreadable_without_key(path: Path) -> None:
    assert not path.read_bytes().startswith(SQLITE_HEADER)
    connection = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        connection.close()


@pytest.fixture
def encrypted_folder(tmp_path: Path) -> Path:
    """A data folder whose database was created encrypted, with one household, closed."""
    folder = tmp_path / "chiffre"
    database = open_database(database_path(folder), PASSPHRASE)
    try:
        register(database, "Hélène", "Lefèvre", email="helene.lefevre@example.fr")
    finally:
        database.close()
    return folder


def test_a_new_encrypted_database_opens_only_with_its_passphrase(encrypted_folder: Path) -> None:
    path = database_path(encrypted_folder)
    assert_unreadable_without_key(path)
    database = open_database(path, PASSPHRASE)
    try:
        assert database.encrypted
        assert len(find(database, "helene")) == 1  # FTS5 works inside SQLCipher
        assert len(find(database, "lefevre@exa")) == 1
    finally:
        database.close()
    connection = open_with_sqlcipher(path, PASSPHRASE)
    try:
        # The key is SQLCipher's own derivation: the stock tool opens it for a recovery.
        names = connection.execute("SELECT name FROM household").fetchall()
        assert names == [("Lefèvre",)]
    finally:
        connection.close()


def test_a_wrong_passphrase_is_told_in_french_and_the_file_is_untouched(
    encrypted_folder: Path,
) -> None:
    before = fingerprint(encrypted_folder)
    with pytest.raises(WrongPassphraseError) as caught:
        open_database(database_path(encrypted_folder), "thé vert à Dijon")
    assert "Phrase secrète incorrecte" in caught.value.message
    assert fingerprint(encrypted_folder) == before


def test_an_encrypted_database_without_passphrase_is_refused_untouched(
    encrypted_folder: Path,
) -> None:
    before = fingerprint(encrypted_folder)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(database_path(encrypted_folder))
    assert "n'a pas été modifié" in caught.value.message
    assert fingerprint(encrypted_folder) == before


@pytest.mark.parametrize("cut", ["ragged", "whole pages"])
def test_a_truncated_encrypted_file_is_damaged_not_a_wrong_passphrase(
    encrypted_folder: Path, cut: str
) -> None:
    path = database_path(encrypted_folder)
    content = path.read_bytes()
    assert len(content) > 4 * PAGE_SIZE
    kept = len(content) // 2 // PAGE_SIZE * PAGE_SIZE + (1000 if cut == "ragged" else 0)
    path.write_bytes(content[:kept])
    before = fingerprint(encrypted_folder)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_database(path, PASSPHRASE)
    assert not isinstance(caught.value, WrongPassphraseError)
    assert "abîmé, tronqué" in caught.value.message
    assert "gardez-le pour une récupération" in caught.value.message
    assert fingerprint(encrypted_folder) == before


def test_a_short_new_passphrase_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "neuf"
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(database_path(folder), "court")
    assert "au moins 10 caractères" in caught.value.message
    assert not database_path(folder).exists()


def test_a_plain_database_is_encrypted_with_every_record_and_nothing_left_in_clear(
    data_dir: Path,
) -> None:
    path = database_path(data_dir)
    plain = open_database(path)
    try:
        helene = register(plain, "Hélène", "Lefèvre", email="helene.lefevre@example.fr")
        register(plain, "Jean", "Dupuis", email="jean.dupuis@example.fr")
        with plain.engine.begin() as connection:
            state.store_account(
                connection,
                state.Account(
                    server_url="https://escale.example.fr",
                    officer_id=uuid.uuid4(),
                    officer_name="Claire Martin",
                    officer_email="claire@example.fr",
                    token="jeton-secret-du-poste",
                    expires_at="2026-12-25T00:00:00Z",
                ),
            )
            pending = pending_count(connection)
        assert pending > 0
    finally:
        plain.close()
    # A plain backup from an earlier migration must not survive the encryption either.
    shutil.copy2(path, path.with_name(path.name + ".avant-0003_ancienne.bak"))
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        before = every_row(reader)
    finally:
        reader.close()

    database = open_database(path, PASSPHRASE)
    try:
        assert database.encrypted
        assert find(database, "helene") == [helene]
        with database.engine.connect() as connection:
            assert pending_count(connection) == pending
            account = state.account(connection)
            assert account is not None and account.token == "jeton-secret-du-poste"
        with database.session() as session:
            outbox = session.scalar(select(func.count()).select_from(SyncOutbox))
            assert outbox == pending
            assert session.scalar(select(func.count()).select_from(Household)) == 2
    finally:
        database.close()

    assert sorted(item.name for item in data_dir.iterdir()) == ["escale.db"]
    assert_unreadable_without_key(path)
    connection = open_with_sqlcipher(path, PASSPHRASE)
    try:
        assert every_row(connection) == before
    finally:
        connection.close()


def test_an_old_release_is_encrypted_then_upgraded_with_an_encrypted_backup(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "release"
    folder.mkdir()
    path = database_path(folder)
    shutil.copy2(RELEASE_FIXTURE, path)
    database = open_database(path, PASSPHRASE)
    try:
        with database.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            assert pending_count(connection) == 21
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Household)) == 33
    finally:
        database.close()
    backups = sorted(folder.glob("escale.db.avant-*.bak"))
    assert [backup.name for backup in backups] == ["escale.db.avant-0004_document_print.bak"]
    for file in (path, *backups):
        assert_unreadable_without_key(file)
    connection = open_with_sqlcipher(backups[0], PASSPHRASE)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0004_document_print",)
        ]
        assert connection.execute("SELECT count(*) FROM household").fetchone() == (33,)
    finally:
        connection.close()


def test_changing_the_passphrase_rekeys_the_file(encrypted_folder: Path) -> None:
    path = database_path(encrypted_folder)
    database = open_database(path, PASSPHRASE)
    try:
        with pytest.raises(WrongPassphraseError):
            database.change_passphrase("pas la bonne phrase", "une toute nouvelle phrase")
        with pytest.raises(DatabaseOpenError, match="au moins 10 caractères"):
            database.change_passphrase(PASSPHRASE, "court")
        database.change_passphrase(PASSPHRASE, "une toute nouvelle phrase")
        assert database.check_passphrase("une toute nouvelle phrase")
        assert not database.check_passphrase(PASSPHRASE)
        # The same, still open database goes on working with connections made after the change.
        register(database, "Jean", "Dupuis", email="jean.dupuis@example.fr")
        assert len(find(database, "dupuis")) == 1
    finally:
        database.close()
    with pytest.raises(WrongPassphraseError):
        open_database(path, PASSPHRASE)
    reopened = open_database(path, "une toute nouvelle phrase")
    try:
        assert len(find(reopened, "helene")) == 1
        assert len(find(reopened, "dupuis")) == 1
    finally:
        reopened.close()


def test_every_connection_zeroes_freed_pages_and_threads_share_the_key(
    encrypted_folder: Path, database: Database
) -> None:
    encrypted = open_database(database_path(encrypted_folder), PASSPHRASE)
    try:
        for opened in (encrypted, database):
            with opened.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        with encrypted.engine.connect() as connection:
            # Pages read again are decrypted again: the encrypted file keeps a larger cache.
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -CACHE_KIB
        found: list[list[uuid.UUID]] = []
        worker = threading.Thread(target=lambda: found.append(find(encrypted, "helene")))
        worker.start()
        worker.join(timeout=30)
        assert len(found) == 1 and len(found[0]) == 1
    finally:
        encrypted.close()


def test_a_busy_database_keeps_its_passphrase_and_says_so(encrypted_folder: Path) -> None:
    path = database_path(encrypted_folder)
    database = open_database(path, PASSPHRASE)
    assert database.cipher is not None
    writer = connect(path, database.cipher)  # another writer, mid-transaction (a sync)
    try:
        writer.execute("BEGIN IMMEDIATE")
        with pytest.raises(WriteError, match="La phrase secrète n'a pas été changée"):
            database.change_passphrase(PASSPHRASE, "une toute nouvelle phrase")
        writer.execute("ROLLBACK")
        assert database.check_passphrase(PASSPHRASE)
        assert len(find(database, "helene")) == 1
    finally:
        writer.close()
        database.close()
    open_database(path, PASSPHRASE).close()
