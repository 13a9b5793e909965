"""One sync: push the outbox page by page, then pull until the server has nothing more.

Each page commits on its own, with what it acknowledges (push) or its cursor
(pull), so a sync cut at any point resumes from the last committed page and
nothing is applied twice (invariant 5). Network failures are retried with
exponential backoff a bounded number of times; any other failure stops the
sync with the local data and outbox as the last page left them. The engine
knows no Qt: the UI runs :func:`sync_once` in a worker and passes a
``cancelled`` callable and a ``progress`` callback that emit its signals.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Connection, delete, func, insert, select

from desktop.audit import upload as audit_upload
from desktop.i18n import translate
from desktop.models import SyncOutbox, SyncRejected, utcnow
from desktop.storage import Database
from desktop.sync import apply, checksum, state
from desktop.sync.codec import CodecError
from desktop.sync.errors import GarbageAnswerError, SyncError
from desktop.sync.messages import PushAnswer
from desktop.sync.transport import Transport

log = logging.getLogger(__name__)

PAGE_SIZE = 500
OUTBOX = SyncOutbox.__table__
REJECTED = SyncRejected.__table__


@dataclass(frozen=True)
class Progress:
    """Where a sync stands, for a progress bar: pages go by, the total is rarely known."""

    phase: Literal["push", "pull"]
    done: int
    remaining: int | None


@dataclass(frozen=True)
class RetryPolicy:
    """How network failures are retried: ``attempts`` tries, delays doubling up to a cap."""

    attempts: int = 4
    first_delay: float = 0.5
    max_delay: float = 8.0
    sleep: Callable[[float], None] = time.sleep


@dataclass
class SyncReport:
    """What a sync did, and why it stopped early if it did."""

    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0
    pulled: int = 0
    purged: int = 0
    conflicts: int = 0
    audit_sent: int = 0
    """Audit log entries the server acknowledged (sent after the push)."""
    repaired: list[str] = field(default_factory=list)
    """Territories whose checksum differed and that were pulled again."""
    cancelled: bool = False
    error: SyncError | None = None
    rejections: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.error is None and not self.cancelled

    def describe(self) -> str:
        """A French summary for ``escale sync`` and the status bar."""
        lines = [
            translate("Sync", "Envoyées : {count} modification(s)").format(count=self.pushed),
            translate("Sync", "Reçues : {count} fiche(s)").format(count=self.pulled),
            translate("Sync", "Conflits : {count}").format(count=self.conflicts),
            translate("Sync", "Refusées : {count}").format(count=self.rejected),
        ]
        if self.repaired:
            lines.append(
                translate("Sync", "Territoires vérifiés et remis en ordre : {codes}").format(
                    codes=", ".join(self.repaired)
                )
            )
        if self.purged:
            lines.append(
                translate("Sync", "Foyers retirés de ce poste : {count}").format(count=self.purged)
            )
        lines += [f"  – {reason}" for reason in self.rejections]
        if self.cancelled:
            lines.append(translate("Sync", "Synchronisation interrompue à votre demande."))
        return "\n".join(lines)


def sync_once(
    database: Database,
    transport: Transport,
    *,
    page_size: int = PAGE_SIZE,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[Progress], None] | None = None,
    retry: RetryPolicy | None = None,
) -> SyncReport:
    """Push every pending change, apply deferred purges, pull, then send the audit log.

    The audit log goes last: whatever happens to it, the case data have been exchanged.

    Returns a report even when the sync stopped: ``error`` says why (in French),
    ``cancelled`` that ``cancelled()`` asked to stop between two pages.
    Failures of the local database (disk full…) are raised, not reported.
    """
    run = _Run(
        database,
        transport,
        page_size,
        cancelled,
        progress or (lambda _p: None),
        retry or RetryPolicy(),
    )
    try:
        if run.push() and run.pull():
            run.verify()
            run.send_audit()
    except SyncError as error:
        log.warning("sync stopped: %s", error.message)
        run.report.error = error
    return run.report


@dataclass
class _Run:
    database: Database
    transport: Transport
    page_size: int
    cancelled: Callable[[], bool]
    progress: Callable[[Progress], None]
    retry: RetryPolicy
    report: SyncReport = field(default_factory=SyncReport)
    checksums: dict[str, str] = field(default_factory=dict)
    """The server's territory checksums, from the last page of this sync's pull."""

    def push(self) -> bool:
        """Push until the outbox is empty; False when cancelled."""
        with self.database.engine.begin() as connection:
            device = state.device_id(connection)
        done = 0
        while True:
            if self._stop():
                return False
            with self.database.engine.connect() as connection:
                rows = (
                    connection.execute(
                        select(OUTBOX).order_by(OUTBOX.c.device_seq).limit(self.page_size)
                    )
                    .mappings()
                    .all()
                )
                remaining = connection.execute(
                    select(func.count()).select_from(OUTBOX)
                ).scalar_one()
            if not rows:
                break
            changes = [_change_body(row) for row in rows]
            answer = self._call(lambda changes=changes: self.transport.push(device, changes))
            with self.database.engine.begin() as connection:
                self._acknowledge(connection, rows, answer)
            done += len(rows)
            self.progress(Progress("push", done, remaining - len(rows)))
        with self.database.engine.begin() as connection:
            self.report.purged += apply.apply_deferred_purges(connection)
        return True

    def send_audit(self) -> None:
        """Hand the audit log to the server, once the case data are exchanged."""
        if self._stop():
            return
        self.report.audit_sent += audit_upload.send_pending(
            self.database, self.transport, call=self._call
        )

    def pull(self) -> bool:
        """Pull pages until ``more`` is false; False when cancelled."""
        with self.database.engine.connect() as connection:
            cursor = state.cursor(connection)
        self.checksums = {}
        while True:
            if self._stop():
                return False
            page = self._call(lambda cursor=cursor: self.transport.pull(cursor, self.page_size))
            if page.more and page.cursor <= cursor:
                raise GarbageAnswerError("curseur qui n'avance pas")
            try:
                applied = apply.apply_page(self.database.engine, page)
            except CodecError as error:
                log.warning("pull page refused: %s", error)
                raise GarbageAnswerError(str(error)) from error
            self.report.pulled += len(page.records)
            self.report.purged += applied.purged
            self.report.conflicts += applied.conflicts
            cursor = page.cursor
            self.progress(Progress("pull", self.report.pulled, None))
            if not page.more:
                self.checksums = page.checksums
                break
        with self.database.engine.begin() as connection:
            dangling = apply.dangling_references(connection)
            if dangling:
                log.error("references left dangling after a full pull: %s", dangling[:20])
            state.write(connection, state.LAST_SYNC_AT, utcnow().isoformat())
        return True

    def verify(self) -> None:
        """Compare each territory's checksum with the server's; pull again those that differ.

        Skipped while edits wait in the outbox (their versions run ahead of the
        server's). A territory still different after its repair holds records
        the server does not place there (never pushed, or kept from before a
        move): it is logged and not pulled again until either checksum changes.
        """
        with self.database.engine.connect() as connection:
            if connection.execute(select(OUTBOX.c.device_seq).limit(1)).first() is not None:
                return
            if not self.checksums:
                return
            officer = state.read(connection, state.OFFICER_ID)
            officer_id = uuid.UUID(officer) if officer else None
            local = checksum.territory_checksums(connection, self.checksums, officer_id)
            tried = _read_json(connection, state.CHECKSUMS_REPAIRED)
        for code, theirs in sorted(self.checksums.items()):
            if local[code] == theirs:
                tried.pop(code, None)
                continue
            if tried.get(code) == f"{theirs}:{local[code]}":
                continue
            if not self._repair(code):
                return
            self.report.repaired.append(code)
            with self.database.engine.connect() as connection:
                local[code] = checksum.territory_checksums(connection, [code], officer_id)[code]
            if local[code] != theirs:
                log.warning("territory %s still differs from the server after its repair", code)
                tried[code] = f"{theirs}:{local[code]}"
        with self.database.engine.begin() as connection:
            state.write(connection, state.CHECKSUMS_REPAIRED, json.dumps(tried))

    def _repair(self, code: str) -> bool:
        """Pull one territory again from its start, leaving the main cursor alone."""
        log.warning("territory %s differs from the server: pulling it again", code)
        cursor = 0
        while True:
            if self._stop():
                return False
            page = self._call(
                lambda cursor=cursor: self.transport.pull(cursor, self.page_size, territory=code)
            )
            if page.more and page.cursor <= cursor:
                raise GarbageAnswerError("curseur qui n'avance pas")
            try:
                applied = apply.apply_page(self.database.engine, page, advance_cursor=False)
            except CodecError as error:
                raise GarbageAnswerError(str(error)) from error
            self.report.purged += applied.purged
            self.report.conflicts += applied.conflicts
            cursor = page.cursor
            self.progress(Progress("pull", self.report.pulled, None))
            if not page.more:
                return True

    def _acknowledge(self, connection: Connection, rows: Any, answer: PushAnswer) -> None:
        """Drop what the server acknowledged; move what it rejected to ``sync_rejected``."""
        by_id = {row["change_id"]: row for row in rows}
        results = {result.change_id: result for result in answer.results}
        if set(results) != set(by_id):
            raise GarbageAnswerError("accusés de réception qui ne correspondent pas à l'envoi")
        for change_id, result in results.items():
            row = by_id[change_id]
            if result.status == "applied":
                self.report.pushed += 1
            elif result.status == "duplicate":
                self.report.duplicates += 1
            else:
                reason = result.reason or translate("Sync", "refusée sans motif")
                self.report.rejected += 1
                self.report.rejections.append(reason)
                kept = {key: row[key] for key in row if key != "created_at"}
                connection.execute(
                    insert(REJECTED).values(**kept, reason=reason, rejected_at=utcnow())
                )
        connection.execute(delete(OUTBOX).where(OUTBOX.c.change_id.in_(list(results))))
        if answer.hlc is not None:
            apply.receive_clock(connection, answer.hlc)

    def _call(self, request: Callable[[], Any]) -> Any:
        """``request()``, retried with backoff while the failure is the network's."""
        delay = self.retry.first_delay
        for attempt in range(1, self.retry.attempts + 1):
            try:
                return request()
            except SyncError as error:
                if not error.retryable or attempt == self.retry.attempts or self.cancelled():
                    raise
                log.info(
                    "sync attempt %d failed (%s), retrying in %.1fs",
                    attempt,
                    type(error).__name__,
                    delay,
                )
                self.retry.sleep(delay)
                delay = min(delay * 2, self.retry.max_delay)
        raise AssertionError("unreachable")

    def _stop(self) -> bool:
        if self.cancelled():
            self.report.cancelled = True
        return self.report.cancelled


def _read_json(connection: Connection, key: str) -> dict[str, str]:
    text = state.read(connection, key)
    return json.loads(text) if text else {}


def _change_body(row: Any) -> dict[str, Any]:
    return {
        "change_id": row["change_id"].hex,
        "device_seq": row["device_seq"],
        "table": row["table_name"],
        "id": row["record_id"].hex,
        "fields": row["fields"],
        "base_version": row["base_version"],
        "hlc": row["hlc"],
        "deleted": row["deleted"],
    }
