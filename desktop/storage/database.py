"""The one place a local database is opened.

Every database goes through :func:`open_database`: it refuses a file that is not
an Escale database or comes from a newer Escale without writing a byte to it,
backs up the file before migrating it, migrates it to the current schema and
loads the reference data.

Encryption at rest lives here and in :mod:`desktop.storage.encryption`: given a
passphrase, the file is a SQLCipher database (created encrypted, or a plain one
encrypted on the spot); without one it stays plain SQLite, which tests and
benchmarks that are not about encryption use. The application and every
``escale`` sub-command always give one. Every connection, plain or encrypted,
runs with ``secure_delete`` on, so freed pages (an erased household) are zeroed.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from desktop.errors import DatabaseOpenError, WriteError
from desktop.i18n import translate
from desktop.privacy.erased import refuse_writes_to_erased
from desktop.storage import encryption, migrate
from desktop.storage.encryption import (
    Cipher,
    CorruptDatabaseError,
    WrongPassphraseError,
    corrupt_message,
    wrong_passphrase_message,
)
from desktop.storage.reference_data import ensure_reference_data
from desktop.storage.versioning import track_versions
from desktop.sync.outbox import capture_changes

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class Database:
    """An open local database: its engine and the sessions made from it."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    cipher: Cipher | None = None
    """The derived key when the file is encrypted (``None``: plain SQLite)."""

    @property
    def encrypted(self) -> bool:
        return self.cipher is not None

    def check_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is this database's (always ``False`` for a plain file)."""
        return self.cipher is not None and self.cipher.matches(passphrase)

    def change_passphrase(self, current: str, new: str) -> None:
        """Re-key the file (``PRAGMA rekey``): from now on only ``new`` opens it.

        Pooled connections still hold the old key, so the pool is emptied and
        every later connection is keyed with the new one.

        Raises:
            WrongPassphraseError: ``current`` is not the passphrase.
            DatabaseOpenError: the database is not encrypted, or ``new`` is too short.
            WriteError: another connection holds the file (the old passphrase stays).
        """
        if self.cipher is None:
            raise DatabaseOpenError(
                translate("Database", "Cette base n'est pas chiffrée : pas de phrase secrète.")
            )
        if not self.cipher.matches(current):
            raise WrongPassphraseError(wrong_passphrase_message(self.path))
        check_new_passphrase(new)
        key = encryption.derive_key(new, self.cipher.salt)
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql(f"PRAGMA rekey = {self.cipher.pragma_value(key)}")
        except OperationalError as error:
            log.warning("rekey of %s failed: %s", self.path, error.orig)
            raise WriteError(
                translate(
                    "Database",
                    "La phrase secrète n'a pas été changée : la base est occupée ({reason}), "
                    "par une synchronisation peut-être. L'ancienne phrase reste valable ; "
                    "réessayez dans un instant.",
                ).format(reason=error.orig)
            ) from error
        self.cipher.key = key
        self.engine.dispose()
        log.info("passphrase of %s changed", self.path)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits whole when the block ends, or not at all."""
        with self.sessions.begin() as session:
            yield session

    def session(self) -> Session:
        return self.sessions()

    def write(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one transaction; a full disk or a locked file becomes a French error.

        Nothing of ``work`` is kept when it fails, so the caller keeps the
        officer's edits on screen and lets them try again.

        Raises:
            WriteError: SQLite could not write (disk full, read-only folder, lock).
        """
        try:
            with self.transaction() as session:
                return work(session)
        except OperationalError as error:
            log.warning("write failed on %s: %s", self.path, error.orig)
            raise WriteError(_write_failed_message(error)) from error

    def close(self) -> None:
        self.engine.dispose()


def check_new_passphrase(passphrase: str) -> None:
    """A new passphrase must be long enough to resist guessing on a stolen laptop.

    Raises:
        DatabaseOpenError: it is shorter than the minimum (the message says the rule).
    """
    if len(passphrase) < encryption.MIN_PASSPHRASE_LENGTH:
        raise DatabaseOpenError(
            translate(
                "Database",
                "La phrase secrète doit compter au moins {count} caractères : choisissez "
                "plusieurs mots faciles à retenir (« thé vert à Nevers »).",
            ).format(count=encryption.MIN_PASSPHRASE_LENGTH)
        )


def open_database(path: Path, passphrase: str | None = None) -> Database:
    """Open (creating if needed) the database at ``path``, migrated to the current schema.

    Args:
        path: the database file.
        passphrase: the officer's passphrase: the file is (or becomes) encrypted
            with it; a plain file is encrypted first. ``None`` opens plain SQLite.

    Raises:
        WrongPassphraseError: the passphrase does not open the encrypted file.
        CorruptDatabaseError: the encrypted file is damaged or truncated.
        DatabaseOpenError: the file is not an Escale database, is from a newer
            version, or cannot be created; the file is left as it was.
    """
    path = path.resolve()
    existing = path.exists() and path.stat().st_size > 0
    cipher: Cipher | None = None
    revision: str | None = None
    if existing and passphrase is not None and not encryption.is_plain_sqlite(path):
        cipher = Cipher.for_file(path, passphrase)
        revision = _inspect_existing(path, cipher)
    elif existing:
        revision = _inspect_existing(path)
        if passphrase is not None:
            check_new_passphrase(passphrase)
            cipher = encryption.encrypt_plain_file(path, passphrase)
    else:
        _ensure_folder(path.parent)
        if passphrase is not None:
            check_new_passphrase(passphrase)
            cipher = Cipher.new(passphrase)
    engine = _create_engine(path, cipher)
    try:
        if revision != migrate.head_revision():
            if existing:
                _backup(path, revision, cipher)
            _migrate(path, cipher)
        with engine.begin() as connection:
            ensure_reference_data(connection)
    except OperationalError as error:
        engine.dispose()
        raise DatabaseOpenError(_cannot_write_message(path, error)) from error
    except Exception:
        engine.dispose()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    track_versions(sessions)
    capture_changes(sessions)
    refuse_writes_to_erased(sessions)
    return Database(path=path, engine=engine, sessions=sessions, cipher=cipher)


def _create_engine(
    path: Path, cipher: Cipher | None = None, *, foreign_keys: bool = True
) -> Engine:
    """An engine whose transactions are real SQLite transactions, DDL included.

    pysqlite opens transactions implicitly, and only before data changes; with
    its handling turned off and an explicit BEGIN (SQLAlchemy's documented
    recipe), a migration or a save lands whole or not at all. An encrypted
    file gets SQLCipher's DB-API module (so its errors are SQLAlchemy's) and
    connections keyed with the current derived key as they are made.
    """
    if cipher is None:
        engine = create_engine(f"sqlite:///{path}", poolclass=None if foreign_keys else NullPool)
    else:
        keyed = cipher
        engine = create_engine(
            "sqlite://",
            module=encryption.dbapi,
            creator=lambda: encryption.connect(path, keyed),
            poolclass=QueuePool if foreign_keys else NullPool,
        )

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA secure_delete = ON")
        if cipher is not None:
            cursor.execute(f"PRAGMA cache_size = -{encryption.CACHE_KIB}")
        cursor.close()

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
    return engine


def _migrate(path: Path, cipher: Cipher | None) -> None:
    """Upgrade to the current schema in one transaction, foreign keys checked at the end.

    Batch mode rebuilds SQLite tables (copy, drop, rename), which foreign keys
    would refuse midway; they are off during the migration, and any dangling
    reference found afterwards rolls the whole upgrade back.
    """
    engine = _create_engine(path, cipher, foreign_keys=False)
    try:
        with engine.begin() as connection:
            migrate.upgrade(connection)
            dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if dangling:
                log.error("upgrade of %s rolled back, dangling references: %s", path, dangling[:20])
                raise DatabaseOpenError(
                    translate(
                        "Database",
                        "La mise à jour de la base {path} a échoué : elle contient des références "
                        "incohérentes. La base a été laissée telle quelle ; une copie de "
                        "sauvegarde "
                        "est à côté d'elle. Contactez l'assistance en joignant le journal.",
                    ).format(path=path)
                )
    finally:
        engine.dispose()


def _inspect_existing(path: Path, cipher: Cipher | None = None) -> str | None:
    """Check, read-only, that ``path`` is an Escale database we can upgrade; return its revision.

    For an encrypted file, SQLCipher cannot tell a wrong key from a damaged
    first page (both fail its page check): that reads as a wrong passphrase,
    while a ragged size or damage further in reads as a damaged file.
    """
    # With no write-ahead log beside it, "immutable" reads the file without
    # creating -wal/-shm files; with one, a plain read-only open sees its content.
    wal = path.with_name(path.name + "-wal")
    options = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    uri = f"{path.as_uri()}?{options}"
    errors: type[Exception] = sqlite3.Error if cipher is None else encryption.dbapi.Error
    try:
        if cipher is None:
            connection = sqlite3.connect(uri, uri=True)
        else:
            connection = encryption.connect(uri, cipher, uri=True)
    except errors as error:
        raise DatabaseOpenError(_unreadable_message(path)) from error
    try:
        if cipher is not None:
            _check_key(connection, path)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise DatabaseOpenError(
                translate(
                    "Database",
                    "Le fichier {path} est une base SQLite, mais pas une base Escale. "
                    "Il n'a pas été modifié ; choisissez un autre dossier de données.",
                ).format(path=path)
            )
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if cipher is not None:
            _check_readable(connection, path)
    except errors as error:
        if cipher is not None:
            raise CorruptDatabaseError(corrupt_message(path)) from error
        raise DatabaseOpenError(_unreadable_message(path)) from error
    finally:
        connection.close()
    revision = row[0] if row else None
    if revision is not None and not migrate.is_known_revision(revision):
        raise DatabaseOpenError(
            translate(
                "Database",
                "La base {path} a été créée par une version plus récente d'Escale "
                "(schéma « {revision} »). Installez la dernière version d'Escale pour l'ouvrir ; "
                "le fichier n'a pas été modifié.",
            ).format(path=path, revision=revision)
        )
    return revision


def _check_key(connection: Any, path: Path) -> None:
    """Page 1 decrypts with the key (else SQLITE_NOTADB: the passphrase is wrong)."""
    try:
        connection.execute("PRAGMA user_version").fetchone()
    except encryption.dbapi.DatabaseError as error:
        if getattr(error, "sqlite_errorname", None) == "SQLITE_NOTADB":
            raise WrongPassphraseError(wrong_passphrase_message(path)) from error
        raise CorruptDatabaseError(corrupt_message(path)) from error


def _check_readable(connection: Any, path: Path) -> None:
    """The page count written in the (decrypted) header fits the file: a copy cut short fails."""
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    size = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    if pages * encryption.PAGE_SIZE > size and not wal.exists():
        raise CorruptDatabaseError(corrupt_message(path))


def _backup(path: Path, revision: str | None, cipher: Cipher | None = None) -> None:
    """Copy the database aside before a migration touches it (encrypted if it is)."""
    target = path.with_name(f"{path.name}.avant-{revision or 'vide'}.bak")
    if cipher is not None:
        if target.exists():
            target.unlink()
        encryption.export_encrypted(path, cipher, target)
        log.info("database backed up to %s before migrating from %s", target, revision)
        return
    source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    log.info("database backed up to %s before migrating from %s", target, revision)


def _ensure_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseOpenError(
            translate(
                "Database",
                "Impossible de créer le dossier de données {folder} ({reason}). "
                "Vérifiez les droits d'écriture ou choisissez un autre dossier.",
            ).format(folder=folder, reason=error.strerror or error)
        ) from error


def _unreadable_message(path: Path) -> str:
    return translate(
        "Database",
        "Le fichier {path} n'est pas une base de données Escale lisible (fichier abîmé ou "
        "d'un autre programme). Il n'a pas été modifié ; gardez-le pour une récupération et "
        "choisissez un autre dossier de données.",
    ).format(path=path)


def _cannot_write_message(path: Path, error: OperationalError) -> str:
    return translate(
        "Database",
        "Impossible d'écrire dans la base {path} ({reason}). Vérifiez l'espace disque "
        "et les droits d'écriture du dossier.",
    ).format(path=path, reason=error.orig)


def _write_failed_message(error: OperationalError) -> str:
    return translate(
        "Database",
        "L'enregistrement a échoué ({reason}) : rien n'a été modifié et vos saisies sont "
        "gardées à l'écran. Libérez de l'espace disque ou vérifiez les droits du dossier "
        "de données, puis enregistrez à nouveau.",
    ).format(reason=error.orig)
