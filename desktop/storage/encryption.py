"""SQLCipher at rest: the key, encrypted connections, encrypting a plain file, shredding.

Key derivation happens once per :func:`~desktop.storage.database.open_database`,
not once per connection. SQLCipher's own ``PRAGMA key = 'passphrase'`` runs
PBKDF2 (256,000 rounds, about 0.15 s) on every new connection, and connections
appear often: each thread, each migration (NullPool), each pool refill. Escale
runs the same derivation itself with :func:`hashlib.pbkdf2_hmac` (SHA-512,
256,000 rounds, the 16-byte salt SQLCipher keeps at the head of the file) and
hands SQLCipher the result as a raw key (``PRAGMA key = "x'KEY SALT'"``): a new
connection then costs a fraction of a millisecond. Because the derivation is
exactly SQLCipher 4's default, the stock ``sqlcipher`` shell opens the file
with the bare passphrase, which support may need for a recovery.

No salt file, no clear header: the salt is the file's first 16 bytes, so an
encrypted file on its own carries everything but the passphrase.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import secrets
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import sqlcipher3

from desktop.errors import DatabaseOpenError
from desktop.i18n import translate

log = logging.getLogger(__name__)

dbapi = sqlcipher3.dbapi2
"""The DB-API module of encrypted connections (SQLAlchemy wraps its exceptions)."""

KDF_ROUNDS = 256_000
SALT_BYTES = 16
KEY_BYTES = 32
PAGE_SIZE = 4096
"""SQLCipher 4's page size: an intact encrypted file is a whole number of pages."""
CACHE_KIB = 32_000
"""Each encrypted connection's page cache (SQLite's default is 2 MB). A page missing from
it is read and decrypted again, where a plain file would copy it from the system's cache:
the case list, which reads thousands of rows, took twice as long with the default. Set by
the engine's connections only: with a wrong key the pragma itself fails."""
MIN_PASSPHRASE_LENGTH = 10
SQLITE_HEADER = b"SQLite format 3\x00"


class WrongPassphraseError(DatabaseOpenError):
    """The passphrase does not open this encrypted database (the file is untouched)."""


class CorruptDatabaseError(DatabaseOpenError):
    """The file is damaged or truncated; it is kept as it is, for a recovery."""


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """SQLCipher 4's default key derivation, done once in Python."""
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, KEY_BYTES)


@dataclass
class Cipher:
    """The derived key of one encrypted database and its salt.

    Mutable on purpose: changing the passphrase swaps ``key`` and every
    connection opened afterwards uses the new one.
    """

    key: bytes
    salt: bytes

    @classmethod
    def new(cls, passphrase: str) -> Cipher:
        salt = secrets.token_bytes(SALT_BYTES)
        return cls(derive_key(passphrase, salt), salt)

    @classmethod
    def for_file(cls, path: Path, passphrase: str) -> Cipher:
        salt = read_salt(path)
        return cls(derive_key(passphrase, salt), salt)

    def matches(self, passphrase: str) -> bool:
        return hmac.compare_digest(derive_key(passphrase, self.salt), self.key)

    def pragma_value(self, key: bytes | None = None) -> str:
        """The raw-key literal for ``PRAGMA key``/``rekey`` and ``ATTACH … KEY``."""
        return f"\"x'{(key or self.key).hex()}{self.salt.hex()}'\""


class FileState(Enum):
    """What is at a database's place before it is opened: what the app asks the officer."""

    NEW = "new"
    PLAIN = "plain"
    ENCRYPTED = "encrypted"


def file_state(path: Path) -> FileState:
    """Nothing yet, a plain SQLite file, or an encrypted one (read-only look at the header).

    Raises:
        CorruptDatabaseError: neither plain SQLite nor a whole number of encrypted pages.
    """
    if not path.exists() or path.stat().st_size == 0:
        return FileState.NEW
    if is_plain_sqlite(path):
        return FileState.PLAIN
    read_salt(path)
    return FileState.ENCRYPTED


def is_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def read_salt(path: Path) -> bytes:
    """The salt at the head of an encrypted file; a file too short or ragged is damaged.

    Raises:
        CorruptDatabaseError: the file is not a whole number of pages.
    """
    size = path.stat().st_size
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise CorruptDatabaseError(corrupt_message(path))
    with path.open("rb") as file:
        return file.read(SALT_BYTES)


def connect(path: Path | str, cipher: Cipher, *, uri: bool = False) -> Any:
    """A SQLCipher connection to ``path``, keyed before anything is read."""
    connection = dbapi.connect(str(path), uri=uri, check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {cipher.pragma_value()}")
    return connection


def encrypt_plain_file(path: Path, passphrase: str) -> Cipher:
    """Replace the plain database at ``path`` with an encrypted copy, then shred the plain one.

    The copy is written beside it under a temporary name, every table's row
    count and the schema are compared, and only then does it take the plain
    file's place (an atomic rename). The plain file, its -wal/-shm and the
    plain backups of earlier migrations are overwritten with zeros and
    removed: a lost laptop must not hold the households in clear.

    Raises:
        DatabaseOpenError: the copy could not be written or differs; the plain
            file is left as it was and the partial copy removed.
    """
    cipher = Cipher.new(passphrase)
    target = path.with_name(path.name + ".chiffrement")
    _remove(target)
    try:
        _export(path, target, cipher)
    except Exception:
        _remove(target)
        raise
    _shred(_sidecar(path, "-wal"))
    _remove(_sidecar(path, "-shm"))
    aside = path.with_name(path.name + ".en-clair")
    path.replace(aside)
    target.replace(path)
    _shred(aside)
    for backup in path.parent.glob(f"{path.name}.avant-*.bak"):
        if is_plain_sqlite(backup):
            _shred(backup)
    log.info("database %s encrypted; the plain file and its backups were shredded", path)
    return cipher


def export_encrypted(path: Path, cipher: Cipher, target: Path) -> None:
    """Copy the encrypted database at ``path`` to ``target`` with the same key (a backup)."""
    source = connect(path, cipher)
    try:
        _attach_and_export(source, target, cipher)
    finally:
        source.close()


def _export(path: Path, target: Path, cipher: Cipher) -> None:
    source = dbapi.connect(str(path), isolation_level=None)
    try:
        source.execute("PRAGMA cipher_log_level = NONE")
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _attach_and_export(source, target, cipher)
        copy = connect(target, cipher)
        try:
            _check_copy(source, copy)
        finally:
            copy.close()
    except dbapi.Error as error:
        log.error("encrypting %s failed: %s", path, error)
        raise DatabaseOpenError(
            translate(
                "Database",
                "Le chiffrement de la base {path} a échoué ({reason}). La base a été laissée "
                "telle quelle. Vérifiez l'espace disque, puis relancez Escale.",
            ).format(path=path, reason=error)
        ) from error
    finally:
        source.close()


def _attach_and_export(source: Any, target: Path, cipher: Cipher) -> None:
    literal = str(target).replace("'", "''")
    source.execute(f"ATTACH DATABASE '{literal}' AS encrypted KEY {cipher.pragma_value()}")
    try:
        source.execute("SELECT sqlcipher_export('encrypted')")
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA encrypted.user_version = {int(version)}")
    finally:
        source.execute("DETACH DATABASE encrypted")


def _check_copy(source: Any, copy: Any) -> None:
    """Same schema and same row count in every table (read afresh from the copy), or refused."""
    listing = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    objects = source.execute(listing).fetchall()
    if copy.execute(listing).fetchall() != objects:
        raise dbapi.DatabaseError("the encrypted copy's schema differs")
    for kind, name, _sql in objects:
        if kind != "table":
            continue
        count = 'SELECT count(*) FROM "' + name.replace('"', '""') + '"'
        expected, copied = (
            connection.execute(count).fetchone()[0] for connection in (source, copy)
        )
        if expected != copied:
            raise dbapi.DatabaseError(f"{name}: {expected} rows, {copied} in the encrypted copy")


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _shred(path: Path) -> None:
    """Overwrite ``path`` with zeros, flush it to disk, then remove it (best effort on SSDs)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with path.open("r+b") as file:
        chunk = b"\x00" * (1 << 20)
        remaining = size
        while remaining > 0:
            remaining -= file.write(chunk[: min(len(chunk), remaining)])
        file.flush()
        os.fsync(file.fileno())
    path.unlink()


def corrupt_message(path: Path) -> str:
    return translate(
        "Database",
        "Le fichier {path} n'est pas une base de données Escale lisible : il est abîmé, "
        "tronqué ou d'un autre programme. Il n'a pas été modifié ; gardez-le pour une "
        "récupération et choisissez un autre dossier de données (une synchronisation y "
        "ramène vos dossiers depuis le serveur).",
    ).format(path=path)


def wrong_passphrase_message(path: Path) -> str:
    return translate(
        "Database",
        "Phrase secrète incorrecte : la base {path} ne s'ouvre pas avec elle. Vérifiez les "
        "majuscules, les accents et la disposition du clavier, puis réessayez.",
    ).format(path=path)
