"""Engines and transactions for both backends, and the lock that orders ``seq``.

SQLite runs in WAL mode with a busy timeout; its write transactions begin
IMMEDIATE, so two workers never both read then fail to upgrade to a write lock.
On PostgreSQL a transaction-scoped advisory lock serialises the writers of the
sync sequence, so seq order is commit order and a pull never skips a row that
was committed late.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from server.models import SyncCounter

SEQUENCE_LOCK_KEY = 0x657363616C65  # "escale"
SEQ_COUNTER = "seq"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; ``postgresql://`` URLs get the psycopg 3 driver."""
    parsed = make_url(url)
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": 30, "check_same_thread": False})
        _configure_sqlite(engine)
        return engine
    return create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=10)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def is_postgresql(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "postgresql"


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A read-only session; rolled back at the end."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
        finally:
            session.rollback()


@contextmanager
def writing(engine: Engine) -> Iterator[Session]:
    """One write transaction: committed whole at the end, or rolled back on error."""
    with (
        Session(
            engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        ) as session,
        session.begin(),
    ):
        yield session


def lock_sequence(session: Session) -> None:
    """Hold the sequence lock until this transaction ends (SQLite: BEGIN IMMEDIATE did)."""
    if is_postgresql(session.get_bind()):
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SEQUENCE_LOCK_KEY})


class SequenceAllocator:
    """Hands out consecutive ``seq`` values inside one locked write transaction.

    The counter row is read once and written back at the end of the work, so a
    push of 500 changes costs two statements, not 500.
    """

    def __init__(self, session: Session) -> None:
        lock_sequence(session)
        self._session = session
        current = session.scalar(select(SyncCounter.value).where(SyncCounter.name == SEQ_COUNTER))
        if current is None:
            session.add(SyncCounter(name=SEQ_COUNTER, value=0))
            session.flush()
            current = 0
        self._start = current
        self.last = current

    def next(self) -> int:
        self.last += 1
        return self.last

    def flush(self) -> None:
        if self.last != self._start:
            self._session.execute(
                update(SyncCounter).where(SyncCounter.name == SEQ_COUNTER).values(value=self.last)
            )
            self._start = self.last


def current_seq(session: Session) -> int:
    return session.scalar(select(SyncCounter.value).where(SyncCounter.name == SEQ_COUNTER)) or 0
