"""Each line of a file checked and prepared as a new household: here, or in a worker process.

Checking a line (the e-mail and phone rules, places among 35,000 communes) and
turning it into the rows of a new household is most of an import's Python
work, and depends on nothing the import writes. So for a big file a worker
process does it a few batches ahead while this one matches and writes. Its
answers are plain values, cheap to send back: a whole :class:`ParsedRow`
costs more to unpickle than to make, so it travels pickled and is opened only
for the few lines merged into a known household. Lines are checked here
until the worker has started (its imports take about a second), and here
again if it dies: an import never waits for it nor depends on it.
"""

from __future__ import annotations

import collections
import concurrent.futures
import logging
import multiprocessing
import os
import pickle
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import TracebackType

from desktop import i18n
from desktop.errors import FormError
from desktop.importing.bulk import PreparedHousehold, Preparer
from desktop.importing.columns import Column
from desktop.importing.geography import Geography, GeographyTables
from desktop.importing.reading import Cell, SheetRow
from desktop.importing.rows import ParsedRow, RejectedRowError, RowReader

log = logging.getLogger(__name__)

WORKER_FROM = 2_000
"""Lines (estimated) from which a file is checked in a worker process: below, starting
it would cost more than it saves."""

AHEAD = 2
"""Batches sent to the worker beyond the one being written."""


@dataclass(slots=True)
class CheckedLine:
    """A line that passed its checks: what matching compares, and what would be written."""

    line: int
    emails: frozenset[str]
    phones: frozenset[str]
    adult_names: tuple[str, ...]
    """As :attr:`ParsedRow.adult_names`."""
    named_adults: tuple[tuple[str, str], ...]
    """First and last name of the adults ``adult_names`` are made of."""
    commune: str
    """Where the household lives (INSEE code); empty abroad or when not given."""
    new: PreparedHousehold | str | None
    """The household to write if it matches none known, or why the case form refuses it;
    ``None`` until :func:`prepared` is asked (the worker prepares ahead the lines whose
    contacts no household holds)."""
    held: ParsedRow | bytes
    """The whole line, pickled when it comes from the worker (see :attr:`parsed`)."""
    cells: tuple[Cell, ...] = field(default=())
    """The line as read; not sent back by the worker, which got them from here."""

    @property
    def parsed(self) -> ParsedRow:
        """The whole line, for a merge into the household it matched."""
        if isinstance(self.held, bytes):
            self.held = pickle.loads(self.held)  # written by our own worker, never read from disk
        assert isinstance(self.held, ParsedRow)
        return self.held


Checked = CheckedLine | str
"""A line checked, or the reasons it is refused (French, or the interface's language)."""


def refusal(error: FormError) -> str:
    """The reasons the case form refuses a line, as the rejected-lines report gives them."""
    return " ; ".join(problem.message for problem in error.errors)


def prepared(preparer: Preparer, line: CheckedLine) -> PreparedHousehold | str:
    """``line.new``, prepared now if it was not ahead."""
    if line.new is None:
        try:
            line.new = preparer.prepare(line.parsed)
        except FormError as error:
            line.new = refusal(error)
    return line.new


class LineCheck:
    """Reads and checks one line; the same in both processes.

    Args:
        ahead: prepare the line as a new household now (in the worker, whose time
            is free) unless it shares a contact with ``known``; else only when asked.
        known: the e-mails and phones of the households in the database.
    """

    def __init__(
        self,
        reader: RowReader,
        preparer: Preparer,
        *,
        ahead: bool = False,
        known: frozenset[str] = frozenset(),
    ) -> None:
        self.reader = reader
        self.preparer = preparer
        self.ahead = ahead
        self.known = known

    def __call__(self, line: int, cells: tuple[Cell, ...]) -> Checked:
        try:
            parsed = self.reader.read(line, cells)
        except RejectedRowError as error:
            return str(error)
        members = parsed.household.members[: len(parsed.adult_names)]
        checked = CheckedLine(
            line=line,
            emails=parsed.emails,
            phones=parsed.phones,
            adult_names=parsed.adult_names,
            named_adults=tuple((member.first_name, member.last_name) for member in members),
            commune=parsed.household.origin_commune_code,
            new=None,
            held=parsed,
            cells=cells,
        )
        if not self.ahead:
            return checked
        if self.known.isdisjoint(parsed.emails) and self.known.isdisjoint(parsed.phones):
            prepared(self.preparer, checked)
        checked.held = pickle.dumps(parsed, pickle.HIGHEST_PROTOCOL)
        checked.cells = ()
        return checked


@dataclass(frozen=True)
class WorkerSetup:
    """What a worker process needs to check lines as this one does."""

    positions: Mapping[Column, int]
    tables: GeographyTables
    today: date
    officer_id: uuid.UUID | None
    known: frozenset[str]
    translations: Callable[[], None] | None


@dataclass(frozen=True)
class _Worker:
    pool: concurrent.futures.ProcessPoolExecutor
    started: concurrent.futures.Future[int]
    """Its process id, once it has started."""


class LineChecker:
    """Checks batches of lines in order, in a worker process when given its setup.

    The worker is started from a thread: starting it blocks until its imports are
    done. Use the checker as a context manager: leaving stops the worker, without
    waiting for it.
    """

    def __init__(self, check: LineCheck, worker: WorkerSetup | None = None) -> None:
        self._check = check
        self._worker: _Worker | None = None
        self._lock = threading.Lock()
        self._stopped = False
        self.by_worker = 0
        """Lines the worker checked."""
        if worker is not None:
            threading.Thread(
                target=self._start, args=(worker,), name="import-worker-start", daemon=True
            ).start()

    def __enter__(self) -> LineChecker:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop()

    @property
    def worker_pid(self) -> int | None:
        """The worker's process id once it has started, while it is used."""
        worker = self._worker
        if worker is None or not worker.started.done() or worker.started.exception() is not None:
            return None
        return worker.started.result()

    def wait_started(self, timeout_s: float) -> int | None:
        """The worker's process id, waiting up to ``timeout_s`` for it to start (``None``: not)."""
        deadline = time.monotonic() + timeout_s
        while (pid := self.worker_pid) is None and time.monotonic() < deadline:
            time.sleep(0.05)
        return pid

    def checked(
        self, batches: Iterable[list[SheetRow]]
    ) -> Iterator[tuple[list[SheetRow], list[Checked]]]:
        """Each batch with its lines checked, in the order read."""
        window: collections.deque[
            tuple[list[SheetRow], list[Checked] | concurrent.futures.Future[list[Checked]]]
        ] = collections.deque()
        for rows in batches:
            window.append((rows, self._sent(rows) or self._here(rows)))
            while window and (len(window) > AHEAD or isinstance(window[0][1], list)):
                yield self._settled(*window.popleft())
        while window:
            yield self._settled(*window.popleft())

    def _sent(self, rows: list[SheetRow]) -> concurrent.futures.Future[list[Checked]] | None:
        """The lines given to the worker, if it has started and still works."""
        worker = self._worker
        if worker is None or self.worker_pid is None:
            return None
        try:
            return worker.pool.submit(_check_lines, [(row.line, row.cells) for row in rows])
        except RuntimeError:  # the pool broke: its process died
            log.warning("import worker stopped, lines are checked here", exc_info=True)
            self._stop()
            return None

    def _settled(
        self,
        rows: list[SheetRow],
        pending: list[Checked] | concurrent.futures.Future[list[Checked]],
    ) -> tuple[list[SheetRow], list[Checked]]:
        if isinstance(pending, list):
            return rows, pending
        try:
            results = pending.result()
        except Exception:  # whatever stopped the worker, its lines are checked here
            log.warning("import worker failed, its lines are checked here", exc_info=True)
            self._stop()
            return rows, self._here(rows)
        for row, result in zip(rows, results, strict=True):
            if isinstance(result, CheckedLine):
                result.cells = row.cells
        self.by_worker += len(rows)
        return rows, results

    def _here(self, rows: list[SheetRow]) -> list[Checked]:
        return [self._check(row.line, row.cells) for row in rows]

    def _start(self, setup: WorkerSetup) -> None:
        try:
            pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),  # never fork a Qt process
                initializer=_start_worker,
                initargs=(setup,),
            )
            started = pool.submit(os.getpid)
            started.add_done_callback(_log_start)
        except (OSError, RuntimeError):
            log.warning("import worker could not start, lines are checked here", exc_info=True)
            return
        with self._lock:
            if not self._stopped:
                self._worker = _Worker(pool, started)
                return
        pool.shutdown(wait=False, cancel_futures=True)

    def _stop(self) -> None:
        with self._lock:
            self._stopped = True
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.pool.shutdown(wait=False, cancel_futures=True)


def _log_start(started: concurrent.futures.Future[int]) -> None:
    if started.exception() is None:
        log.info("import worker %d started", started.result())
    else:
        log.warning("import worker failed to start: %s", started.exception())


_WORKER_CHECK: LineCheck | None = None


def _start_worker(setup: WorkerSetup) -> None:
    global _WORKER_CHECK  # noqa: PLW0603 - the worker process's one line check
    if setup.translations is not None:
        setup.translations()
    geography = Geography(setup.tables)
    _WORKER_CHECK = LineCheck(
        RowReader(setup.positions, geography, setup.today, officer_id=setup.officer_id),
        Preparer(geography, setup.today),
        ahead=True,
        known=setup.known,
    )


def _check_lines(lines: list[tuple[int, tuple[Cell, ...]]]) -> list[Checked]:
    assert _WORKER_CHECK is not None, "the worker was not started"
    return [_WORKER_CHECK(line, cells) for line, cells in lines]


def worker_setup(
    positions: Mapping[Column, int],
    geography: Geography,
    today: date,
    officer_id: uuid.UUID | None,
    known: frozenset[str],
) -> WorkerSetup:
    """The setup of a worker checking lines as ``RowReader(positions, geography…)`` does.

    Args:
        known: the contacts of the households in the database; a line holding one
            is merged, not written as new, so the worker does not prepare it.
    """
    return WorkerSetup(
        positions=dict(positions),
        tables=geography.tables,
        today=today,
        officer_id=officer_id,
        known=known,
        translations=i18n.worker_setup(),
    )
