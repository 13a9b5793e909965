"""A big file's lines are checked in a worker process exactly as they would be here.

The worker is a real process started the way the application starts it
(``spawn``); these tests compare its answers with this process's for the
same lines, in French and in English, kill it halfway through, and import a
file through it into a database compared, row by row, with the same file
imported without it.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.importing import bulk
from desktop.importing.bulk import PreparedHousehold, Preparer
from desktop.importing.checking import (
    Checked,
    CheckedLine,
    LineCheck,
    LineChecker,
    prepared,
    worker_setup,
)
from desktop.importing.columns import guess_mapping
from desktop.importing.geography import geography_of
from desktop.importing.importer import import_registrations
from desktop.importing.reading import SheetRow
from desktop.importing.rows import RowReader
from desktop.paths import database_path
from desktop.storage import Database, open_database
from desktop.ui.translations import ENGLISH, install_translations
from tests.importing.test_bulk_registration import canonical, stored
from tests.importing.website_export import HEADERS, registration_rows, write_csv

TODAY = date(2026, 11, 25)
BATCH = 25
WAIT_S = 60


def lines() -> list[SheetRow]:
    """Lines of every kind: new households, refused ones, one holding a known e-mail."""
    rows = registration_rows(120, first_day=date(2026, 1, 5), last_day=date(2026, 11, 20))
    at = HEADERS.index
    rows[3][at("E-mail")] = "pas-une-adresse"
    rows[7][at("Commune de résidence")], rows[7][at("Code postal")] = "Atlantide", "99999"
    rows[11][at("E-mail")], rows[11][at("Téléphone")] = "", ""
    rows[15][at("Date d'inscription")] = "31/02/2026"
    rows[19][at("Nom du conjoint")], rows[19][at("Prénom du conjoint")] = "Martin", "Léa"
    return [SheetRow(number, tuple(cells)) for number, cells in enumerate(rows, 2)]


def batches(rows: list[SheetRow]) -> list[list[SheetRow]]:
    return [rows[start : start + BATCH] for start in range(0, len(rows), BATCH)]


def positions() -> dict[Any, int]:
    return {column: HEADERS.index(header) for header, column in guess_mapping(HEADERS).items()}


def local_check(database: Database) -> LineCheck:
    geography = geography_of(database)
    return LineCheck(RowReader(positions(), geography, TODAY), Preparer(geography, TODAY))


def started(checker: LineChecker) -> int:
    pid = checker.wait_started(WAIT_S)
    assert pid is not None, "the worker did not start"
    return pid


@pytest.fixture
def known_email() -> str:
    return lines()[30].cells[HEADERS.index("E-mail")].lower()


@pytest.fixture
def worker_checker(database: Database, known_email: str) -> Iterator[LineChecker]:
    geography = geography_of(database)
    setup = worker_setup(positions(), geography, TODAY, None, frozenset({known_email}))
    with LineChecker(local_check(database), setup) as checker:
        started(checker)
        yield checker


def masked(new: PreparedHousehold | str | None) -> Any:
    """A prepared household without what differs by nature: its ids and write time."""
    if not isinstance(new, PreparedHousehold):
        return new
    drawn = {"id", "household_id", "updated_at"}
    tables = {model.__tablename__: bulk._Rows(model.__table__).names for model in bulk._MODELS}
    rows = [
        (
            table,
            {
                name: value
                for name, value in zip(tables[table], values, strict=True)
                if name not in drawn
            },
        )
        for table, values in new.rows
    ]
    changes = [
        (
            table,
            deleted,
            {name: value for name, value in json.loads(fields).items() if name not in drawn},
        )
        for table, _record, _household, fields, deleted in new.changes
    ]
    return rows, changes


def same(here: list[Checked], there: list[Checked], preparer: Preparer) -> None:
    assert len(here) == len(there)
    for mine, theirs in zip(here, there, strict=True):
        assert type(mine) is type(theirs)
        if isinstance(mine, str):
            assert mine == theirs
            continue
        assert isinstance(theirs, CheckedLine)
        assert (mine.line, mine.cells, mine.emails, mine.phones) == (
            theirs.line,
            theirs.cells,
            theirs.emails,
            theirs.phones,
        )
        assert (mine.adult_names, mine.named_adults, mine.commune) == (
            theirs.adult_names,
            theirs.named_adults,
            theirs.commune,
        )
        assert mine.parsed == theirs.parsed
        assert masked(prepared(preparer, mine)) == masked(prepared(preparer, theirs))


def test_the_worker_checks_and_prepares_lines_as_this_process_does(
    database: Database, worker_checker: LineChecker, known_email: str
) -> None:
    rows = lines()
    check = local_check(database)
    here = [check(row.line, row.cells) for row in rows]
    there = [
        result for _rows, results in worker_checker.checked(batches(rows)) for result in results
    ]

    assert worker_checker.by_worker == len(rows)
    assert sum(isinstance(result, str) for result in there) == 4
    assert "pas-une-adresse" in str(there[3]) and "99999" in str(there[7])
    known = next(r for r in there if isinstance(r, CheckedLine) and known_email in r.emails)
    assert known.new is None  # it will be merged: the worker did not prepare it
    assert all(
        isinstance(r.new, PreparedHousehold)
        for r in there
        if isinstance(r, CheckedLine) and r is not known
    )
    assert [r.named_adults for r in there if isinstance(r, CheckedLine) and r.line == 21] == [
        (
            (rows[19].cells[HEADERS.index("Prénom")], rows[19].cells[HEADERS.index("Nom")]),
            ("Léa", "Martin"),
        )
    ]
    same(here, there, check.preparer)


def test_lines_are_checked_here_when_the_worker_dies(
    database: Database, worker_checker: LineChecker, caplog: pytest.LogCaptureFixture
) -> None:
    rows = lines()
    check = local_check(database)
    results: list[Checked] = []
    for number, (_rows, checked) in enumerate(worker_checker.checked(batches(rows))):
        results.extend(checked)
        if number == 0:
            os.kill(started(worker_checker), signal.SIGKILL)

    assert len(results) == len(rows)
    assert 0 < worker_checker.by_worker < len(rows)
    assert worker_checker.worker_pid is None
    assert "import worker" in caplog.text
    same([check(row.line, row.cells) for row in rows], results, check.preparer)


@pytest.mark.usefixtures("qapp")
def test_the_worker_writes_its_messages_and_names_in_the_interface_language(
    database: Database,
) -> None:
    installed = install_translations(ENGLISH)
    try:
        rows = lines()
        check = local_check(database)
        setup = worker_setup(positions(), geography_of(database), TODAY, None, frozenset())
        with LineChecker(check, setup) as checker:
            started(checker)
            there = [
                result for _rows, results in checker.checked(batches(rows)) for result in results
            ]
        assert checker.by_worker == len(rows)
        refused = [result for result in there if isinstance(result, str)]
        assert (
            "Contact: neither email nor phone; at least one is needed to reach the household."
            in refused
        )
        children = [
            member.first_name
            for result in there
            if isinstance(result, CheckedLine)
            for member in result.parsed.household.members
            if member.first_name.startswith(("Child", "Enfant"))
        ]
        assert children and all(name.startswith("Child ") for name in children)
        same([check(row.line, row.cells) for row in rows], there, check.preparer)
    finally:
        installed.remove()


def test_a_file_imported_through_the_worker_is_stored_as_without_it(
    database: Database, tmp_path: Path, template_database: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rows = registration_rows(3_000, first_day=date(2026, 1, 5), last_day=date(2026, 11, 20))
    at = HEADERS.index
    rows[10][at("E-mail")] = "pas-une-adresse"
    rows[2_500] = list(rows[20])  # the same family twice, far apart
    for column in ("Nom", "Prénom", "Code postal", "Commune de résidence"):
        rows[2_600][at(column)] = rows[40][at(column)]  # the same name, the same commune
    export = write_csv(tmp_path / "site.csv", rows, encoding="cp1252")

    def first_batch_waits_for_the_worker(done: int, _total: int | None) -> None:
        """Checked here until the worker has started: wait for it, so it checks the rest."""
        if done != 500:
            return
        deadline = time.monotonic() + WAIT_S
        while "import worker" not in caplog.text:
            assert time.monotonic() < deadline, "the worker did not start"
            time.sleep(0.05)

    caplog.set_level(logging.INFO, logger="desktop.importing")
    through = import_registrations(
        database, export, today=TODAY, worker_from=0, progress=first_batch_waits_for_the_worker
    )
    assert through.checked_by_worker == 2_500

    other_path = database_path(tmp_path / "here")
    other_path.parent.mkdir()
    shutil.copy2(template_database, other_path)
    other = open_database(other_path)
    try:
        here = import_registrations(other, export, today=TODAY, worker_from=10**9)
    finally:
        other.close()
    database.close()

    assert here.checked_by_worker == 0
    assert len(through.created) == len(here.created) == 2_998
    assert [(r.line, r.reason) for r in through.rejected] == [
        (r.line, r.reason) for r in here.rejected
    ]
    assert [(m.line, m.added) for m in through.merged] == [(m.line, m.added) for m in here.merged]
    assert [d.line for d in through.possible_duplicates] == [
        d.line for d in here.possible_duplicates
    ]
    assert 2_602 in [d.line for d in through.possible_duplicates]
    assert canonical(stored(database.path)) == canonical(stored(other_path))
