"""Welcome packs in batch: each pack on its own pages, progress, cancel, one file per household."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.documents import (
    UnknownEventError,
    event_household_ids,
    render_welcome_packs,
)
from desktop.documents.output import OutputError
from desktop.storage import Database
from tests.documents.factory import TODAY, Sample, add_event, add_household, add_officer
from tests.documents.reading import page_image, page_texts

NAMES = ["Aubert", "Bonnet – Chevalier", "Dubois"]


@pytest.fixture
def event(database: Database) -> tuple[uuid.UUID, list[Sample]]:
    officer = add_officer(database)
    event_id = add_event(database)
    samples = [
        add_household(database, name=name, officer_id=officer, event_id=event_id, exchanges=False)
        for name in reversed(NAMES)
    ]
    add_household(database, name="Zimmermann", officer_id=officer)  # not at the event
    return event_id, samples


def pack_starts(pages: list[str]) -> list[int]:
    return [index for index, text in enumerate(pages) if " page 1 / " in f" {text}"]


@pytest.mark.parametrize("workers", [1, 2])
def test_one_pdf_each_pack_on_new_pages_counting_its_own(
    database: Database, event: tuple[uuid.UUID, list[Sample]], tmp_path: Path, workers: int
) -> None:
    event_id, _samples = event
    ids = event_household_ids(database, event_id)
    assert len(ids) == 3
    reported: list[tuple[int, int]] = []
    target = tmp_path / "salon.pdf"
    result = render_welcome_packs(
        database,
        ids,
        target,
        today=TODAY,
        progress=lambda done, total: reported.append((done, total)),
        workers=workers,
    )
    assert not result.cancelled and result.paths == (target,)
    assert result.household_ids == tuple(ids)
    assert reported == [(1, 3), (2, 3), (3, 3)]
    pages = page_texts(target)
    assert result.pages == len(pages)
    starts = pack_starts(pages)
    assert len(starts) == 3
    for name, start, end in zip(NAMES, starts, [*starts[1:], len(pages)], strict=True):
        assert name in pages[start][:400], "each pack opens on its household's cover"
        total = end - start
        for offset in range(total):
            assert f"page {offset + 1} / {total}" in pages[start + offset]
    assert not any("Zimmermann" in page for page in pages)
    reader = PdfReader(target, strict=True)
    assert [item.title for item in reader.outline] == NAMES
    page_image(target.read_bytes(), len(pages) - 1, scale=0.5)  # pdfium reads the last page


def test_identical_fonts_are_embedded_once(
    database: Database, event: tuple[uuid.UUID, list[Sample]], tmp_path: Path
) -> None:
    event_id, samples = event
    one = render_welcome_packs(database, [samples[0].household_id], tmp_path / "1.pdf", today=TODAY)
    three = render_welcome_packs(
        database, event_household_ids(database, event_id), tmp_path / "3.pdf", today=TODAY
    )
    assert one.pages and three.pages
    size_one = (tmp_path / "1.pdf").stat().st_size
    assert (tmp_path / "3.pdf").stat().st_size < 2 * size_one


def test_one_file_per_household(
    database: Database, event: tuple[uuid.UUID, list[Sample]], tmp_path: Path
) -> None:
    event_id, _samples = event
    folder = tmp_path / "packs"
    result = render_welcome_packs(
        database,
        event_household_ids(database, event_id),
        folder,
        today=TODAY,
        one_file_per_household=True,
    )
    assert len(result.paths) == 3 and sorted(folder.iterdir()) == sorted(result.paths)
    assert result.paths[0].name.startswith("dossier-aubert-")
    for path, name in zip(result.paths, NAMES, strict=True):
        pages = page_texts(path)
        assert name in pages[0] and f"page 1 / {len(pages)}" in pages[0]
    assert result.pages == sum(len(page_texts(path)) for path in result.paths)


@pytest.mark.parametrize("one_file_per_household", [False, True])
def test_cancel_stops_early_and_leaves_no_half_written_file(
    database: Database,
    event: tuple[uuid.UUID, list[Sample]],
    tmp_path: Path,
    one_file_per_household: bool,
) -> None:
    event_id, _samples = event
    folder = tmp_path / "sortie"
    folder.mkdir()
    done: list[int] = []
    result = render_welcome_packs(
        database,
        event_household_ids(database, event_id),
        folder / "salon.pdf" if not one_file_per_household else folder,
        today=TODAY,
        one_file_per_household=one_file_per_household,
        progress=lambda count, _total: done.append(count),
        cancelled=lambda: len(done) >= 1,
    )
    assert result.cancelled
    assert done == [1]
    if one_file_per_household:
        assert len(result.paths) == 1 and list(folder.iterdir()) == list(result.paths)
    else:
        assert result.paths == () and result.household_ids == ()
        assert list(folder.iterdir()) == []


def test_an_unknown_event_or_unwritable_output_says_so_in_french(
    database: Database, event: tuple[uuid.UUID, list[Sample]], tmp_path: Path
) -> None:
    with pytest.raises(UnknownEventError, match="Aucun événement"):
        event_household_ids(database, uuid.uuid4())
    event_id, _samples = event
    with pytest.raises(OutputError, match=r"permission refusée\. Choisissez un autre dossier\."):
        render_welcome_packs(
            database, event_household_ids(database, event_id), Path("/sys/salon.pdf"), today=TODAY
        )
