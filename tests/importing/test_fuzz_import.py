"""Fuzzing every parser the import feeds with outside input, from bytes to whole files.

Whatever a file holds (random bytes, broken CSV, odd encodings, damaged or
strange workbooks, any text in any cell, Excel's typed cells), the import
never crashes: a file is refused with a French message, a line is refused
with French reasons, and nothing reaches the database unless the import
completes. What the line's checks accept, the case form accepts too (the bulk
path writes it without checking again). Bounded example counts keep the file
within a few tens of seconds; ``ESCALE_FUZZ_EXAMPLES=2000`` hunts longer.
"""

from __future__ import annotations

import csv
import io
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from desktop.cases.households import register_household
from desktop.dates import parse_day, parse_moment
from desktop.errors import UserFacingError, ValidationError
from desktop.importing.bulk import Preparer
from desktop.importing.columns import (
    Column,
    guess_mapping,
    header_key,
    missing_columns,
    parse_column,
)
from desktop.importing.command import parse_mappings
from desktop.importing.geography import geography_of
from desktop.importing.importer import import_registrations
from desktop.importing.reading import ImportFileError, open_sheet
from desktop.importing.rows import ParsedRow, RejectedRowError, RowReader
from desktop.models import Commune, TerritoryKind
from desktop.storage import Database
from desktop.validation import normalize_email, normalize_phone
from tests.importing.website_export import HEADERS, registration_rows, write_xlsx

TODAY = date(2026, 11, 25)
HUNT = os.environ.get("ESCALE_FUZZ_EXAMPLES")
EXAMPLES = int(HUNT or "100")
"""Examples per test: the same ones at every ``make test`` (derandomised, so the suite never
fails by chance); ``ESCALE_FUZZ_EXAMPLES=N`` draws N new ones per test to hunt longer."""
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=HUNT is None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
FEW = settings(FUZZ, max_examples=max(EXAMPLES * 2 // 5, 1))

SAMPLE = registration_rows(40, first_day=date(2026, 1, 5), last_day=date(2026, 11, 20))
NASTY = [
    "",
    " ",
    '"',
    '""',
    ";",
    ",",
    "\t",
    "\n",
    "\r\n",
    "\x00",
    "=1+1",
    "'; DROP TABLE household; --",
    "¹²³⁴",
    "١٩٨٤",
    "٠٦١٢٣٤٥٦٧٨",
    "99999999999999999999999",
    "-1",
    "1e309",
    "nan",
    "31/02/2026",
    "0000-00-00",
    "9999-12-31T23:59:59+14:00",
    "0001-01-01T00:00:00-14:00",
    "99999",
    "99999999,5",
    "2958466",
    "Saint-Étienne",
    "St Etienne (42)",
    "Dole (39) ; ; ; Nièvre",
    "Paris",
    "75000",
    "2A004",
    "200067106",
    "+33 6 12 34 56 78",
    "06 12 34 56 78 90",
    "a@b",
    "@@",
    "ÉLODIE@EXEMPLE.FR",
    "\u202e\ufeff\U0001f600",
    "é" * 500,
]
texts = st.one_of(st.sampled_from(NASTY), st.text(max_size=60))
cells = st.one_of(
    texts,
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),
    st.dates(),
    st.datetimes(),
    st.times(),
)


def french(message: str) -> None:
    """A message for the officer: text, not a Python error's representation."""
    assert isinstance(message, str) and message.strip()
    for leak in ("Traceback", "Error(", "Exception", "object at 0x", "NoneType"):
        assert leak not in message, message


def plausible_cell(column: int) -> st.SearchStrategy[Any]:
    """A value of the website's column ``column``: a real one, a nasty one, or anything."""
    real = st.sampled_from([line[column] for line in SAMPLE])
    return st.one_of(real, real, real, cells)


plausible_line = st.tuples(*(plausible_cell(column) for column in range(len(HEADERS)))).map(list)


@FUZZ
@given(
    prefix=st.sampled_from([b"", b"\xef\xbb\xbf", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF-"]),
    content=st.binary(max_size=3000),
)
def test_any_bytes_are_read_or_refused_in_french(
    tmp_path: Path, prefix: bytes, content: bytes
) -> None:
    path = tmp_path / "inscriptions.csv"
    path.write_bytes(prefix + content)
    try:
        with open_sheet(path) as sheet:
            headers = sheet.headers
            lines = [row.line for row in sheet.rows]
            sheet.describe()
    except ImportFileError as error:
        french(error.message)
        return
    assert headers and len(set(headers)) == len(headers)
    assert all(header.strip() for header in headers)
    assert lines == sorted(set(lines)) and all(line > 1 for line in lines)


@FUZZ
@given(
    headers=st.lists(
        st.text(
            st.characters(codec="latin-1", exclude_categories=["Cc"], exclude_characters=';,"'),
            min_size=1,
        ).filter(str.strip),
        min_size=2,  # one column has no separator to recognise
        max_size=6,
        unique_by=str.strip,
    ),
    lines=st.lists(st.lists(texts, min_size=0, max_size=7), max_size=12),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    delimiter=st.sampled_from([";", ",", "\t"]),
)
def test_csv_cells_come_back_as_written(
    tmp_path: Path, headers: list[str], lines: list[list[str]], encoding: str, delimiter: str
) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows([headers, *lines])
    try:
        raw = buffer.getvalue().encode(encoding)
    except UnicodeEncodeError:
        assume(False)
        return
    if encoding == "cp1252":  # what is also valid UTF-8 is rightly read as UTF-8
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            assume(raw.isascii())
    path = tmp_path / "inscriptions.csv"
    path.write_bytes(raw)
    try:
        with open_sheet(path) as sheet:
            read_headers = sheet.headers
            read = [list(row.cells) for row in sheet.rows]
    except ImportFileError as error:
        french(error.message)
        assert "\x00" in buffer.getvalue()  # a NUL: a binary file, rightly refused
        return
    assert [header.strip() for header in headers] == read_headers[: len(headers)]
    assert read == [line for line in lines if any(cell.strip() for cell in line)]


def excel_text(value: Any) -> Any:
    """What openpyxl can write: no control characters in text."""
    if isinstance(value, str):
        return "".join(c for c in value if c >= " " or c in "\t\n\r")
    return value


def holds_a_value(cell: Any) -> bool:
    if isinstance(cell, str):
        return bool(cell.strip()) and not cell.startswith("=")
    return cell is not None


xlsx_cells = st.one_of(
    texts.map(excel_text),
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**50), max_value=2**50),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
)


@FEW
@given(
    lines=st.lists(st.lists(xlsx_cells, max_size=8), max_size=10),
    damage=st.one_of(
        st.none(),
        st.tuples(st.integers(min_value=0, max_value=10_000), st.binary(max_size=40)),
    ),
)
def test_workbooks_strange_or_damaged_are_read_or_refused_in_french(
    tmp_path: Path, lines: list[list[Any]], damage: tuple[int, bytes] | None
) -> None:
    path = write_xlsx(tmp_path / "inscriptions.xlsx", lines, headers=["Nom", "Courriel"])
    if damage is not None:
        raw = path.read_bytes()
        at, junk = damage
        at %= len(raw)
        path.write_bytes(raw[:at] + junk + raw[at + len(junk) :])
    try:
        with open_sheet(path) as sheet:
            assert sheet.headers[:2] == ["Nom", "Courriel"] or damage is not None
            read = list(sheet.rows)
    except ImportFileError as error:
        french(error.message)
        assert damage is not None
        return
    if damage is None:  # a formula (« =1+1 ») has no value until Excel computes it
        assert len(read) == sum(1 for line in lines if any(map(holds_a_value, line)))


@FUZZ
@given(
    headers=st.lists(st.one_of(texts, st.sampled_from(HEADERS)), min_size=1, max_size=25),
    remembered=st.dictionaries(
        texts.map(header_key),
        st.one_of(texts, st.sampled_from([column.value for column in Column] + [""])),
    ),
    chosen_names=st.lists(st.one_of(texts, st.sampled_from([c.value for c in Column])), max_size=4),
)
def test_any_headers_get_a_mapping_with_each_column_once(
    headers: list[str], remembered: dict[str, str], chosen_names: list[str]
) -> None:
    headers = list(dict.fromkeys(headers))  # the reader makes headers distinct
    chosen = {
        header: parse_column(name) for header, name in zip(headers, chosen_names, strict=False)
    }
    mapping = guess_mapping(headers, remembered=remembered, chosen=chosen)
    assert list(mapping) == headers
    assigned = [column for column in mapping.values() if column is not None]
    assert len(assigned) == len(set(assigned))
    first_choice: dict[Column, str] = {}
    for header, column in chosen.items():
        if column is not None:
            first_choice.setdefault(column, header)
    for column, header in first_choice.items():
        assert mapping[header] is column
    for header, column in chosen.items():
        if column is None:
            assert mapping[header] is None
    missing = missing_columns(mapping)
    assert all(column not in assigned for column in missing if column is not Column.EMAIL)


@FUZZ
@given(pairs=st.lists(st.one_of(texts, st.builds("{}={}".format, texts, texts)), max_size=4))
def test_mapping_options_are_read_or_refused_in_french(pairs: list[str]) -> None:
    try:
        chosen = parse_mappings(pairs)
    except UserFacingError as error:
        french(error.message)
        assert "--mapping" in error.message
        return
    assert all(column is None or isinstance(column, Column) for column in chosen.values())


@FUZZ
@given(value=st.one_of(texts, st.dates(), st.datetimes(), st.from_regex(r"\d{1,6}([.,]\d{1,3})?")))
def test_dates_are_read_or_refused_in_french(value: str | date) -> None:
    try:
        moment = parse_moment(value, label="Date d'inscription")
    except ValidationError as error:
        french(error.message)
        assert error.message.startswith("Date d'inscription : ")
        with pytest.raises(ValidationError):
            parse_day(value, label="Date d'arrivée souhaitée")
        return
    assert isinstance(moment, date)
    assert isinstance(parse_day(value, label="Date d'arrivée souhaitée"), date)


@FUZZ
@given(value=st.one_of(texts, st.from_regex(r"\+?[0-9 .()-]{0,20}", fullmatch=True)))
def test_phones_and_emails_are_normalised_or_refused_in_french(value: str) -> None:
    try:
        phone = normalize_phone(value, label="Téléphone")
    except ValidationError as error:
        french(error.message)
    else:
        assert phone.startswith("+") and phone[1:].isascii() and phone[1:].isdigit()
        assert normalize_phone(phone) == phone
    try:
        email = normalize_email(value, label="E-mail")
    except ValidationError as error:
        french(error.message)
    else:
        assert email.count("@") == 1 and email == email.lower()
        assert normalize_email(email) == email


@FUZZ
@given(
    postcode=st.one_of(texts, st.sampled_from([line[12] for line in SAMPLE]), st.integers()),
    city=st.one_of(texts, st.sampled_from([line[13] for line in SAMPLE])),
    wishes=st.one_of(texts, st.sampled_from([line[14] for line in SAMPLE])),
    country=texts,
)
def test_places_resolve_to_real_territories_or_are_refused_in_french(
    database: Database, postcode: Any, city: str, wishes: str, country: str
) -> None:
    geography = geography_of(database)
    with database.session() as session:
        try:
            code = geography.origin(str(postcode), city, label="Commune de résidence")
        except ValidationError as error:
            french(error.message)
        else:
            assert code is None or session.get(Commune, code) is not None
        try:
            targets = geography.wishes(wishes, label="Territoires souhaités")
        except ValidationError as error:
            french(error.message)
            assert error.message.startswith("Territoires souhaités : ")
        else:
            assert len({(t.kind, t.code) for t in targets}) == len(targets)
            for target in targets:
                if target.kind is TerritoryKind.COMMUNE:
                    assert session.get(Commune, target.code) is not None
    try:
        found = geography.country(country, label="Pays")
    except ValidationError as error:
        french(error.message)
    else:
        assert len(found) == 2 and found.isupper()


def reader(database: Database) -> RowReader:
    positions = {
        column: HEADERS.index(header)
        for header, column in guess_mapping(HEADERS).items()
        if column is not None
    }
    return RowReader(positions, geography_of(database), TODAY)


@FUZZ
@given(line=plausible_line)
def test_every_line_is_accepted_as_the_case_form_would_or_refused_in_french(
    database: Database, line: list[Any]
) -> None:
    try:
        parsed = reader(database).read(2, tuple(line))
    except RejectedRowError as error:
        assert error.reasons
        for reason in error.reasons:
            french(reason)
        return
    assert isinstance(parsed, ParsedRow)
    assert parsed.emails or parsed.phones
    # No FormError: the bulk path writes it as is.
    Preparer(geography_of(database), TODAY).prepare(parsed)
    with database.session() as session:
        register_household(  # and the case form, which checks everything again, agrees
            session, parsed.household, today=TODAY, registered_at=parsed.registered_at
        )
        session.rollback()


def snapshot(database: Database) -> dict[str, Any]:
    """What an import may change: the case tables, the outbox, the list, the settings."""
    with database.engine.connect() as connection:
        counts = {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in (
                "household",
                "person",
                "household_target",
                "status_change",
                "need",
                "sync_outbox",
                "household_summary",
                "household_search",
            )
        }
        meta = sorted(connection.execute(text("SELECT key, value FROM app_meta")).all())
    return {"counts": counts, "meta": meta}


class _InterruptedError(Exception):
    """Raised from the progress report, as a failing disk would mid-import."""


@FEW
@given(
    lines=st.lists(st.one_of(plausible_line, st.sampled_from(SAMPLE)), max_size=30),
    kind=st.sampled_from(["csv-cp1252", "csv-utf8", "xlsx"]),
    batch=st.integers(min_value=1, max_value=12),
    stop=st.one_of(st.none(), st.tuples(st.sampled_from(["cancel", "fail"]), st.integers(0, 40))),
)
def test_whole_files_import_completely_or_leave_nothing(
    database: Database,
    tmp_path: Path,
    *,
    lines: list[list[Any]],
    kind: str,
    batch: int,
    stop: tuple[str, int] | None,
) -> None:
    if kind == "xlsx":
        path = write_xlsx(tmp_path / "site.xlsx", [[excel_text(c) for c in line] for line in lines])
    else:
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=";").writerows(
            [HEADERS, *([str(c) if c is not None else "" for c in line] for line in lines)]
        )
        path = tmp_path / "site.csv"
        path.write_bytes(
            buffer.getvalue().encode("cp1252" if kind == "csv-cp1252" else "utf-8", "replace")
        )
    before = snapshot(database)
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return stop is not None and stop[0] == "cancel" and asked > stop[1]

    def progress(done: int, total: int | None) -> None:
        if stop is not None and stop[0] == "fail" and done >= stop[1]:
            raise _InterruptedError

    try:
        report = import_registrations(
            database, path, today=TODAY, batch=batch, cancelled=cancelled, progress=progress
        )
    except ImportFileError as error:
        event("file refused")
        french(error.message)
        assert snapshot(database) == before
        return
    except _InterruptedError:
        event("interrupted")
        assert snapshot(database) == before
        return
    if report.cancelled:
        event("cancelled")
        assert report.created == [] and snapshot(database) == before
        return
    event("imported, with lines refused" if report.rejected else "imported")
    after = snapshot(database)
    assert report.lines == len(report.created) + len(report.merged) + len(report.rejected)
    for line in report.rejected:
        french(line.reason)
    grown = after["counts"]["household"] - before["counts"]["household"]
    merged = sum(1 for line in report.merged if line.added)
    assert grown == len(report.created) + merged  # a merged line leaves a tombstone
    assert after["counts"]["household_summary"] - before["counts"]["household_summary"] == len(
        report.created
    )
    if report.created:
        assert after["counts"]["sync_outbox"] > before["counts"]["sync_outbox"]
    assert (report.rejects_path is not None) == bool(report.rejected)
