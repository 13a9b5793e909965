"""Importing the website's registrations: read, check, match, register, report.

One import is one transaction: lines are registered and flushed in batches
(memory stays flat on a big file), and the whole lands at the end or not at
all. Cancelling, a full disk or an unexpected error leave the database as it
was, so nothing is ever imported half-way without the officer knowing; the
officer fixes and re-imports the same file, which adds nothing twice. Other
writers (a form being saved, a background sync) wait for the import, a few
seconds for 12,000 lines. Lines are checked, and prepared as new households,
a few batches ahead (in a worker process for a big file:
:mod:`desktop.importing.checking`); new households are written as plain rows
with their outbox entries (:mod:`desktop.importing.bulk`, several times faster
than ORM objects); a line merged into a household goes through
:func:`~desktop.cases.households.register_household` and
:func:`~desktop.cases.duplicates.merge_households` in the ORM session of the
same transaction (they are few), whose flush queues their outbox entries.

The UI runs :func:`import_registrations` in a worker with ``progress`` and
``cancelled`` callables; ``escale import`` runs it in the foreground.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from time import perf_counter

from sqlalchemy import Connection, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.cases.duplicates import merge_households
from desktop.cases.households import register_household
from desktop.errors import FormError, WriteError
from desktop.i18n import translate
from desktop.importing.bulk import NewHouseholds, Preparer
from desktop.importing.checking import (
    WORKER_FROM,
    CheckedLine,
    LineCheck,
    LineChecker,
    prepared,
    refusal,
    worker_setup,
)
from desktop.importing.columns import (
    Column,
    ColumnMapping,
    column_label,
    guess_mapping,
    missing_columns,
)
from desktop.importing.derived_rows import derived_rows_suspended, refresh
from desktop.importing.geography import Geography, geography_of
from desktop.importing.matching import (
    ContactBook,
    KnownHousehold,
    NameBook,
    additions,
    known_contacts,
    load_known,
)
from desktop.importing.memory import remember_mapping, remembered_mapping
from desktop.importing.reading import ImportFileError, Sheet, SheetRow, open_sheet
from desktop.importing.rejects import RejectedLine, default_rejects_path, write_rejects
from desktop.importing.rows import RowReader
from desktop.models import Household
from desktop.storage import Database

log = logging.getLogger(__name__)

BATCH = 500
"""Lines registered between two flushes (and two progress reports)."""

IMPORT_PAGE_CACHE_KIB = 64 * 1024
"""SQLite's page cache while an import writes (2 MiB by default): the households, members,
wishes and outbox entries of 12,000 lines touch a dozen indexes, and a small cache spills
pages to the journal before the commit (a fifth of the insert time)."""

Progress = Callable[[int, int | None], None]
"""Called with (lines read so far, estimated total or ``None``)."""


@dataclass(frozen=True)
class MergedLine:
    """A line that matched a known household by e-mail or phone."""

    line: int
    household_id: uuid.UUID
    household_name: str
    reasons: tuple[str, ...]
    added: tuple[str, ...]
    """What the line brought; empty when it held nothing new and was left out."""


@dataclass(frozen=True)
class PossibleDuplicate:
    """A household created from a line that looks like one already known."""

    line: int
    household_id: uuid.UUID
    candidate_id: uuid.UUID
    candidate_name: str
    reasons: tuple[str, ...]


@dataclass
class ImportReport:
    """What an import did, line by line where the officer has something to look at."""

    path: Path
    file_format: str
    mapping: ColumnMapping
    lines: int = 0
    """Lines of registrations read (blank lines not counted)."""
    created: list[uuid.UUID] = field(default_factory=list)
    merged: list[MergedLine] = field(default_factory=list)
    rejected: list[RejectedLine] = field(default_factory=list)
    possible_duplicates: list[PossibleDuplicate] = field(default_factory=list)
    rejects_path: Path | None = None
    """Where the rejected lines were saved, if any were."""
    rejects_error: str | None = None
    """Why they could not be saved, if so."""
    cancelled: bool = False
    seconds: float = 0.0
    checked_by_worker: int = 0
    """Lines checked in a worker process (a big file's), the others in this one."""

    @property
    def merged_with_additions(self) -> list[MergedLine]:
        return [line for line in self.merged if line.added]

    @property
    def already_known(self) -> list[MergedLine]:
        """Lines that matched a household and brought nothing new (imported before)."""
        return [line for line in self.merged if not line.added]


@dataclass(frozen=True)
class FilePreview:
    """A file opened for the mapping step: its headers, the guess, the first lines."""

    path: Path
    file_format: str
    headers: list[str]
    mapping: ColumnMapping
    missing: list[Column]
    sample: list[tuple[str, ...]]
    estimated_lines: int | None


class _CancelledError(Exception):
    """Raised inside the import's transaction to roll it back."""


def preview_file(
    database: Database,
    path: Path,
    *,
    chosen: Mapping[str, Column | None] | None = None,
    lines: int = 5,
) -> FilePreview:
    """Open ``path`` and guess its mapping from the headers and the remembered one.

    Raises:
        ImportFileError: the file cannot be read as a spreadsheet.
    """
    from desktop.importing.rows import cell_text  # noqa: PLC0415 - one import cycle less

    with database.engine.connect() as connection:
        remembered = remembered_mapping(connection)
    with open_sheet(path) as sheet:
        mapping = guess_mapping(sheet.headers, remembered=remembered, chosen=chosen)
        sample = []
        for row in sheet.rows:
            sample.append(tuple(cell_text(cell) for cell in row.cells))
            if len(sample) >= lines:
                break
        return FilePreview(
            path=path,
            file_format=sheet.describe(),
            headers=sheet.headers,
            mapping=mapping,
            missing=missing_columns(mapping),
            sample=sample,
            estimated_lines=sheet.estimated_rows,
        )


def import_registrations(
    database: Database,
    path: Path,
    *,
    mapping: Mapping[str, Column | None] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    rejects_path: Path | None = None,
    officer_id: uuid.UUID | None = None,
    today: date | None = None,
    batch: int = BATCH,
    worker_from: int = WORKER_FROM,
) -> ImportReport:
    """Import the registrations of ``path``; see the module for what lands and when.

    Args:
        mapping: header → column the officer chose; other headers as remembered or guessed.
        progress: told every batch how many lines were read.
        cancelled: asked between lines; when it answers true, nothing is kept.
        rejects_path: where to save the rejected lines (beside the file by default).
        officer_id: the officer the new households are given to.
        worker_from: lines (as estimated) from which a worker process checks them.

    Raises:
        ImportFileError: unreadable file, or a required column missing: nothing imported.
        WriteError: the database refused the write (disk full…): nothing imported.
    """
    started = perf_counter()
    today = today or date.today()
    with database.engine.connect() as connection:
        remembered = remembered_mapping(connection)
    with open_sheet(path) as sheet:
        final = guess_mapping(sheet.headers, remembered=remembered, chosen=mapping)
        _require_columns(sheet, final)
        report = ImportReport(path=path, file_format=sheet.describe(), mapping=final)
        try:
            with database.transaction() as session:
                _Import(
                    session,
                    sheet,
                    report,
                    geography=geography_of(database),
                    officer_id=officer_id,
                    today=today,
                    batch=batch,
                    worker=(sheet.estimated_rows or 0) >= worker_from,
                ).run(progress or _ignore, cancelled or _never)
                remember_mapping(session.connection(), final)
        except _CancelledError:
            report = ImportReport(path=path, file_format=report.file_format, mapping=final)
            report.cancelled = True
        except OperationalError as error:
            log.warning("import of %s failed: %s", path, error.orig)
            raise WriteError(
                translate(
                    "Import",
                    "L'import a échoué ({reason}) : rien n'a été importé. Libérez de l'espace "
                    "disque ou vérifiez les droits du dossier de données, puis recommencez.",
                ).format(reason=error.orig)
            ) from error
        headers = sheet.headers
    if report.rejected and not report.cancelled:
        report.rejects_path = rejects_path or default_rejects_path(path)
        try:
            write_rejects(report.rejects_path, headers, report.rejected)
        except OSError as error:
            report.rejects_error = translate(
                "Import",
                "Les lignes refusées n'ont pas pu être enregistrées dans {path} ({reason}).",
            ).format(path=report.rejects_path, reason=error.strerror or error)
            report.rejects_path = None
    report.seconds = perf_counter() - started
    log.info(
        "import of %s: %d lines (%d checked by a worker), %d created, %d merged, %d rejected%s "
        "in %.1f s",
        path,
        report.lines,
        report.checked_by_worker,
        len(report.created),
        len(report.merged),
        len(report.rejected),
        " (cancelled)" if report.cancelled else "",
        report.seconds,
    )
    return report


@contextlib.contextmanager
def _page_cache(connection: Connection, kib: int) -> Iterator[None]:
    """A bigger page cache for ``connection`` while the block runs, then its own again.

    The connection goes back to the pool afterwards: other work keeps the usual cache.
    """
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")


def _ignore(done: int, total: int | None) -> None:
    del done, total


def _never() -> bool:
    return False


def _require_columns(sheet: Sheet, mapping: ColumnMapping) -> None:
    missing = missing_columns(mapping)
    if not missing:
        return
    names = ", ".join(f"« {column_label(column)} »" for column in missing)
    raise ImportFileError(
        translate(
            "Import",
            "Colonne obligatoire introuvable dans {name} : {missing}. Rien n'a été importé. "
            "Colonnes du fichier : {headers}. Indiquez quelle colonne correspond (par exemple "
            '--mapping "Courriel=email"), ou ajoutez-la au fichier.',
        ).format(
            name=sheet.path.name,
            missing=names,
            headers=", ".join(f"« {header} »" for header in sheet.headers),
        )
    )


class _Import:
    """The work of one import inside its transaction."""

    def __init__(
        self,
        session: Session,
        sheet: Sheet,
        report: ImportReport,
        *,
        geography: Geography,
        officer_id: uuid.UUID | None,
        today: date,
        batch: int,
        worker: bool,
    ) -> None:
        self.session = session
        self.sheet = sheet
        self.report = report
        self.officer_id = officer_id
        self.today = today
        self.batch = batch
        positions = {
            column: sheet.headers.index(header)
            for header, column in report.mapping.items()
            if column is not None
        }
        self.preparer = Preparer(geography, today)
        check = LineCheck(
            RowReader(positions, geography, today, officer_id=officer_id), self.preparer
        )
        setup = None
        if worker:
            known = known_contacts(session)
            setup = worker_setup(positions, geography, today, officer_id, known)
        self.checker = LineChecker(check, setup)
        self.contacts = ContactBook()
        self.names = NameBook()
        self.known: dict[uuid.UUID, KnownHousehold] = {}
        self.touched: set[str] = set()
        self.new = NewHouseholds()
        self.possible: list[tuple[int, uuid.UUID, uuid.UUID, tuple[str, ...]]] = []

    def run(self, progress: Progress, cancelled: Callable[[], bool]) -> None:
        connection = self.session.connection()
        with (
            self.checker,
            _page_cache(connection, IMPORT_PAGE_CACHE_KIB),
            derived_rows_suspended(connection, self.touched),
            self._no_autoflush(),
        ):
            for rows, checked in self.checker.checked(self._batches(cancelled)):
                self._batch(rows, checked)
                progress(self.report.lines, self.sheet.estimated_rows)
            self.report.checked_by_worker = self.checker.by_worker
            if cancelled():
                raise _CancelledError
        self._name_possible_duplicates()
        progress(self.report.lines, self.report.lines)

    def _batches(self, cancelled: Callable[[], bool]) -> Iterator[list[SheetRow]]:
        pending: list[SheetRow] = []
        for row in self.sheet.rows:
            if cancelled():
                raise _CancelledError
            pending.append(row)
            if len(pending) >= self.batch:
                yield pending
                pending = []
        if pending:
            yield pending

    @contextlib.contextmanager
    def _no_autoflush(self) -> Iterator[None]:
        """Flush once a batch, not before every query validation makes (ten times faster)."""
        with self.session.no_autoflush:
            yield

    def _batch(self, rows: list[SheetRow], results: list[CheckedLine | str]) -> None:
        checked: list[CheckedLine] = []
        for row, result in zip(rows, results, strict=True):
            self.report.lines += 1
            if isinstance(result, str):
                self.report.rejected.append(RejectedLine(row.line, result, row.cells))
            else:
                checked.append(result)
        self.contacts.look_up(self.session, checked)
        self.names.look_up(self.session, checked)
        matched = {match.household_id for row in checked for match in self.contacts.matches(row)}
        self.known.update(load_known(self.session, matched - self.known.keys()))
        created = len(self.report.created)
        for row in checked:
            self._line(row)
        self._write_new()
        self._refresh([household.hex for household in self.report.created[created:]])

    def _refresh(self, households: list[str]) -> None:
        """The list and search rows of the batch's new households, now rather than at the end.

        While the worker checks the next lines: at the end they would be one more wait.
        A household merged into later is touched again, and refreshed again at the end.
        """
        refresh(self.session.connection(), households)
        self.touched.difference_update(households)

    def _write_new(self) -> None:
        """Write the households created so far, before the session reads or merges into them."""
        self.new.write(self.session.connection())
        self.session.flush()

    def _line(self, row: CheckedLine) -> None:
        matches = self.contacts.matches(row)
        if matches:
            self._merge(row, matches[0].household_id, matches[0].reasons)
            for other in matches[1:]:
                self._possible(row, matches[0].household_id, other.household_id, other.reasons)
            return
        new = prepared(self.preparer, row)
        if isinstance(new, str):
            self._reject(row, new)
            return
        self.new.add(new)
        household_id = new.household_id
        self.touched.add(household_id.hex)
        self.report.created.append(household_id)
        self.contacts.add(row, household_id)
        close = self.names.close(row, exclude={household_id})
        if close is not None:
            self._possible(row, household_id, close.household_id, close.reasons)
        self.names.add(row, household_id)

    def _reject(self, row: CheckedLine, reasons: str) -> None:
        self.report.rejected.append(RejectedLine(row.line, reasons, row.cells))

    def _register(self, row: CheckedLine) -> Household | None:
        """The line as a household of the session, to merge into the one it matched."""
        parsed = row.parsed
        try:
            household = register_household(
                self.session, parsed.household, today=self.today, registered_at=parsed.registered_at
            )
        except FormError as error:
            self._reject(row, refusal(error))
            return None
        self.touched.add(household.id.hex)
        return household

    def _merge(self, row: CheckedLine, household_id: uuid.UUID, reasons: tuple[str, ...]) -> None:
        known = self._known(household_id)
        added = additions(known, row.parsed)
        if added:
            self._write_new()
            merged = self._register(row)
            if merged is None:
                return
            self.session.flush()
            with self._autoflush():
                merge_households(
                    self.session,
                    household_id,
                    merged.id,
                    officer_id=self.officer_id,
                    today=self.today,
                )
                self.session.flush()
            self.known.pop(household_id, None)
            self.touched.add(household_id.hex)
        self.report.merged.append(
            MergedLine(row.line, household_id, known.name, reasons, tuple(added))
        )
        self.contacts.add(row, household_id)

    @contextlib.contextmanager
    def _autoflush(self) -> Iterator[None]:
        """A merge reads what it just changed: let the session flush as it usually does."""
        self.session.autoflush = True
        try:
            yield
        finally:
            self.session.autoflush = False

    def _known(self, household_id: uuid.UUID) -> KnownHousehold:
        if household_id not in self.known:
            self._write_new()
            self.known.update(load_known(self.session, [household_id]))
        return self.known[household_id]

    def _possible(
        self,
        row: CheckedLine,
        household_id: uuid.UUID,
        candidate_id: uuid.UUID,
        reasons: tuple[str, ...],
    ) -> None:
        self.possible.append((row.line, household_id, candidate_id, reasons))

    def _name_possible_duplicates(self) -> None:
        """Report the possible duplicates with their names, read at once at the end."""
        ids = sorted({candidate for _, _, candidate, _ in self.possible})
        names: dict[uuid.UUID, str] = {}
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            rows = self.session.execute(
                select(Household.id, Household.name).where(Household.id.in_(chunk))
            )
            names.update((household_id, name) for household_id, name in rows)
        self.report.possible_duplicates = [
            PossibleDuplicate(line, household_id, candidate, names.get(candidate, ""), reasons)
            for line, household_id, candidate, reasons in self.possible
        ]
