"""Welcome packs in batch: every household of an event, or a selection, printed at once.

One PDF where each household's pack starts on a new page and counts its own
pages ("page x / y" per pack, an outline entry per household), or one file per
household. Built for a fair's long batches and for a worker thread:

* **Progress and cancel**: ``progress(done, total)`` after each household;
  ``cancelled()`` is asked between households. A cancelled batch leaves no
  half-written file: the single PDF is written under a temporary name and only
  then renamed; with one file per household, the packs already finished stay.
* **Flat memory**: the households are read one at a time (the session is
  emptied after each), at most a few packs are in flight, and each finished
  pack is streamed into the output (:mod:`desktop.documents.pdf_merge`).
* **Both cores**: packs are rendered by a pool of worker processes (ReportLab
  is pure Python: threads would share one core) while this process reads the
  next households and writes the finished packs in order. Small batches are
  rendered in this process: starting the pool costs about a second.

Packs render in French, the households' language: the worker processes have no
Qt translator, so the interface language does not reach them.
"""

from __future__ import annotations

import collections
import concurrent.futures
import io
import multiprocessing
import os
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from desktop.documents.dossier import QR_SIZE, render_dossier
from desktop.documents.dossier_data import DossierData, read_dossier
from desktop.documents.fonts import register_fonts
from desktop.documents.output import (
    OutputError,
    atomic_output,
    cannot_write_message,
    check_writable_folder,
    write_file,
)
from desktop.documents.pdf_merge import PdfStreamWriter
from desktop.documents.programme import WEBSITE_URL
from desktop.documents.qr import qr_drawing
from desktop.documents.renderer import styles
from desktop.documents.territory_texts import TERRITORIES_DIR
from desktop.errors import UserFacingError
from desktop.i18n import translate
from desktop.models import DocumentVersion, Event, Household
from desktop.storage import Database

ProgressCallback = Callable[[int, int], None]
"""``progress(done, total)``: households finished so far, out of how many."""
CancelCheck = Callable[[], bool]
"""Asked between households; ``True`` stops the batch."""

POOL_THRESHOLD = 8
"""Below this many households, the packs are rendered in this process."""
DEFAULT_WORKERS = 2


class UnknownEventError(UserFacingError):
    """No live event has this id."""


@dataclass(frozen=True)
class BatchResult:
    paths: tuple[Path, ...]
    """The file written (one), or one per household finished."""
    household_ids: tuple[uuid.UUID, ...]
    """The households whose pack was written, in order: the ones to record as printed."""
    pages: int
    cancelled: bool


def written_to(result: BatchResult) -> Path | None:
    """Where a batch wrote: its one file, or the folder of its files (for the audit log)."""
    if not result.paths:
        return None
    return result.paths[0] if len(result.paths) == 1 else result.paths[0].parent


def event_household_ids(database: Database, event_id: uuid.UUID) -> list[uuid.UUID]:
    """The live households registered at an event, by name.

    Raises:
        UnknownEventError: no live event has this id.
    """
    with database.session() as session:
        event = session.get(Event, event_id)
        if event is None or event.deleted:
            raise UnknownEventError(
                translate("Documents", "Aucun événement n'a l'identifiant {id}.").format(
                    id=event_id.hex
                )
            )
        return list(
            session.scalars(
                select(Household.id)
                .where(Household.event_id == event_id, Household.deleted.is_(False))
                .order_by(Household.name, Household.id)
            )
        )


def render_welcome_packs(
    database: Database,
    household_ids: Sequence[uuid.UUID],
    output: Path,
    *,
    today: date,
    version: DocumentVersion = DocumentVersion.HOUSEHOLD,
    one_file_per_household: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    workers: int | None = None,
    texts_dir: Path = TERRITORIES_DIR,
) -> BatchResult:
    """Render the packs of ``household_ids`` into ``output``.

    Args:
        output: the PDF file to write, or with ``one_file_per_household`` the
            folder receiving one PDF per household (created if missing).
        workers: rendering processes; ``None`` picks two for a long batch and
            none (this process) for a short one, ``1`` forces this process.

    Does not record the prints: call :func:`desktop.documents.prints.record_prints`
    with ``household_ids`` of the result once they are printed.

    Raises:
        DossierNotFoundError: one of the households does not exist (nothing is kept).
        OutputError: ``output`` cannot be written (French message).
    """
    total = len(household_ids)
    if one_file_per_household:
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(cannot_write_message(output, error)) from error
        check_writable_folder(output)
    packs = _packs(
        database,
        household_ids,
        version=version,
        today=today,
        texts_dir=texts_dir,
        cancelled=cancelled,
        workers=workers,
    )
    done: list[uuid.UUID] = []
    if one_file_per_household:
        paths: list[Path] = []
        pages = 0
        for data, pdf in packs:
            paths.append(write_file(output / pack_file_name(data), pdf))
            pages += len(PdfReader(io.BytesIO(pdf)).pages)
            done.append(data.household_id)
            if progress is not None:
                progress(len(done), total)
        return BatchResult(tuple(paths), tuple(done), pages, cancelled=len(done) < total)
    try:
        with atomic_output(output) as handle:
            writer = PdfStreamWriter(
                handle, title=translate("Documents", "Dossiers d'installation")
            )
            for data, pdf in packs:
                writer.append(pdf, bookmark=data.name)
                done.append(data.household_id)
                if progress is not None:
                    progress(len(done), total)
            if len(done) < total:
                raise _CancelledError
            writer.close()
    except _CancelledError:
        return BatchResult((), (), 0, cancelled=True)
    return BatchResult((output,), tuple(done), writer.page_count, cancelled=False)


class _CancelledError(Exception):
    """Raised inside the output block so the unfinished file is removed."""


def pack_file_name(data: DossierData) -> str:
    """``dossier-lefevre-ndiaye-8f3a2c1d.pdf``: readable, portable, unique per household."""
    plain = unicodedata.normalize("NFKD", data.name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60] or "foyer"
    return f"dossier-{slug}-{data.household_id.hex[:8]}.pdf"


def _packs(
    database: Database,
    household_ids: Sequence[uuid.UUID],
    *,
    version: DocumentVersion,
    today: date,
    texts_dir: Path,
    cancelled: CancelCheck | None,
    workers: int | None,
) -> Iterator[tuple[DossierData, bytes]]:
    """Each household's data and rendered pack, in order; stops early when cancelled."""
    count = _worker_count(workers, len(household_ids))
    with database.session() as session:

        def read() -> Iterator[DossierData]:
            for household_id in household_ids:
                if cancelled is not None and cancelled():
                    return
                data = read_dossier(
                    session, household_id, version, today=today, texts_dir=texts_dir
                )
                session.expunge_all()
                yield data

        if count <= 1:
            for data in read():
                yield data, render_dossier(data)
            return
        yield from _pooled(read(), count, cancelled)


def _pooled(
    datas: Iterator[DossierData], count: int, cancelled: CancelCheck | None
) -> Iterator[tuple[DossierData, bytes]]:
    """Render in ``count`` processes, a few packs ahead, yielding in order."""
    context = multiprocessing.get_context("spawn")  # never fork a process that may run Qt
    executor = concurrent.futures.ProcessPoolExecutor(
        max_workers=count, mp_context=context, initializer=_prepare_worker
    )
    window: collections.deque[tuple[DossierData, concurrent.futures.Future[bytes]]]
    window = collections.deque()
    ahead = 2 * count + 1
    finished = False
    try:
        for data in datas:
            window.append((data, executor.submit(render_dossier, data)))
            while len(window) >= ahead:
                head, future = window.popleft()
                yield head, future.result()
                if cancelled is not None and cancelled():
                    return
        while window:
            head, future = window.popleft()
            yield head, future.result()
            if window and cancelled is not None and cancelled():
                return
        finished = True
    finally:
        executor.shutdown(wait=finished, cancel_futures=True)


def _worker_count(workers: int | None, households: int) -> int:
    if workers is not None:
        return max(1, workers)
    if households < POOL_THRESHOLD:
        return 1
    return max(1, min(DEFAULT_WORKERS, os.cpu_count() or 1))


def _prepare_worker() -> None:
    """Load what every pack needs once per worker: fonts, styles, the QR code."""
    register_fonts()
    styles()
    qr_drawing(WEBSITE_URL, QR_SIZE)
