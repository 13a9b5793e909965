"""Importing the website's exports as they really arrive: re-saved, messy, twice, half wrong."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.cases.households import HouseholdInput, PersonInput, register_household
from desktop.importing.columns import Column
from desktop.importing.importer import import_registrations, preview_file
from desktop.importing.reading import ImportFileError
from desktop.labels import housing_tenure_label
from desktop.models import (
    AppMeta,
    Household,
    HouseholdTarget,
    HousingTenure,
    Person,
    PersonRole,
    Source,
    SyncOutbox,
)
from desktop.storage import Database
from desktop.ui.translations import install_translations
from tests.importing.website_export import HEADERS, registration_rows, write_csv, write_xlsx

TODAY = date(2026, 11, 25)


def rows(count: int, *, start: int = 0) -> list[list[str]]:
    return registration_rows(
        count, first_day=date(2026, 1, 5), last_day=date(2026, 11, 20), start=start, seed=start + 1
    )


def column(name: str) -> int:
    return HEADERS.index(name)


def counts(database: Database) -> dict[str, int]:
    with database.session() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Household, Person, HouseholdTarget, SyncOutbox)
        }


def test_windows_1252_with_semicolons_keeps_every_accent(
    database: Database, tmp_path: Path
) -> None:
    lines = rows(20)
    lines[0][column("Nom")], lines[0][column("Prénom")] = "Lefèvre", "Hélène"
    lines[0][column("Territoires souhaités")] = "Mâcon ; Chalon-sur-Saône ; Nièvre"
    export = write_csv(tmp_path / "inscriptions.csv", lines, encoding="cp1252")
    report = import_registrations(database, export, today=TODAY)
    assert report.file_format == "CSV, Windows-1252, séparateur « ; »"
    assert (report.lines, len(report.created), report.rejected) == (20, 20, [])
    with database.session() as session:
        helene = session.scalar(select(Person).where(Person.last_name == "Lefèvre"))
        assert helene is not None and helene.first_name == "Hélène"
        wishes = session.scalars(
            select(HouseholdTarget.code)
            .where(HouseholdTarget.household_id == helene.household_id)
            .order_by(HouseholdTarget.rank)
        ).all()
    assert wishes == ["71270", "71076", "58"]


@pytest.mark.parametrize(
    ("encoding", "delimiter", "described"),
    [
        ("utf-8-sig", ",", "CSV, UTF-8, séparateur « , »"),
        ("utf-8", ";", "CSV, UTF-8, séparateur « ; »"),
        ("utf-8-sig", "\t", "CSV, UTF-8, séparateur « tabulation »"),
    ],
)
def test_utf8_with_or_without_bom_and_any_separator(
    database: Database, tmp_path: Path, encoding: str, delimiter: str, described: str
) -> None:
    export = write_csv(tmp_path / "site.csv", rows(5), encoding=encoding, delimiter=delimiter)
    report = import_registrations(database, export, today=TODAY)
    assert report.file_format == described
    assert report.mapping["Date d'inscription"] is Column.REGISTERED_ON  # no BOM in the name
    assert len(report.created) == 5


def test_blank_and_repeated_lines(database: Database, tmp_path: Path) -> None:
    lines = rows(6)
    messy = [lines[0], ["", "", ""], lines[1], lines[1], [""] * len(HEADERS), *lines[2:]]
    export = write_csv(tmp_path / "site.csv", messy)
    report = import_registrations(database, export, today=TODAY)
    assert report.lines == 7  # blank lines are not lines of registrations
    assert len(report.created) == 6
    assert [(line.line, line.added) for line in report.merged] == [(5, ())]
    assert report.already_known == report.merged


def test_a_missing_required_column_imports_nothing_and_says_which(
    database: Database, tmp_path: Path
) -> None:
    before = counts(database)
    without = [header for header in HEADERS if header != "Consentement"]
    lines = [
        [cell for index, cell in enumerate(line) if HEADERS[index] != "Consentement"]
        for line in rows(4)
    ]
    export = write_csv(tmp_path / "site.csv", lines, headers=without)
    with pytest.raises(ImportFileError) as refused:
        import_registrations(database, export, today=TODAY)
    assert (
        "Colonne obligatoire introuvable dans site.csv : « Consentement »" in refused.value.message
    )
    assert "Rien n'a été importé" in refused.value.message
    assert counts(database) == before
    with database.session() as session:
        assert session.get(AppMeta, "import_column_mapping") is None


def test_the_same_file_twice_adds_nothing(database: Database, tmp_path: Path) -> None:
    export = write_xlsx(tmp_path / "site.xlsx", rows(40))
    first = import_registrations(database, export, today=TODAY)
    after_first = counts(database)
    second = import_registrations(database, export, today=TODAY)
    assert len(first.created) == 40
    assert counts(database) == after_first
    assert second.created == []
    assert len(second.already_known) == 40
    assert second.possible_duplicates == []


def test_typed_excel_cells_dates_numbers_and_dropped_zeros(
    database: Database, tmp_path: Path
) -> None:
    line: list[object] = list(rows(1)[0])
    line[column("Date d'inscription")] = datetime(2026, 3, 14, 18, 5)
    line[column("Téléphone")] = 612345678  # Excel dropped the leading 0
    line[column("Code postal")], line[column("Commune de résidence")] = 1000, "Bourg-en-Bresse"
    line[column("Nombre d'adultes")], line[column("Nombre d'enfants")] = 1, 2
    line[column("Âges des enfants")] = "4 ans et 9 ans"
    export = write_xlsx(tmp_path / "site.xlsx", [line])
    report = import_registrations(database, export, today=TODAY)
    assert report.rejected == []
    with database.session() as session:
        household = session.get_one(Household, report.created[0])
        people = session.scalars(select(Person).where(Person.household_id == household.id)).all()
    assert household.origin_commune_code == "01053"
    assert household.registered_at.date() == date(2026, 3, 14)
    assert household.source is Source.WEBSITE
    assert household.consent_at == household.registered_at
    assert {person.phone for person in people} >= {"+33612345678"}
    children = sorted(person.birth_year for person in people if person.role is PersonRole.CHILD)
    assert children == [2017, 2022]


@pytest.mark.parametrize(
    "written", ["2026-03-01", "01/03/2026", "1/3/26", "1er mars 2026", "01.03.2026 09:30"]
)
def test_registration_dates_in_any_common_form(
    database: Database, tmp_path: Path, written: str
) -> None:
    line = rows(1)[0]
    line[column("Date d'inscription")] = written
    report = import_registrations(database, write_csv(tmp_path / "s.csv", [line]), today=TODAY)
    with database.session() as session:
        household = session.get_one(Household, report.created[0])
    assert household.registered_at.astimezone().date() == date(2026, 3, 1)


def spoiled(lines: list[list[str]]) -> dict[int, str]:
    """Spoil three lines as people do; their line numbers in the file and the expected reason."""
    lines[1][column("Date d'inscription")] = "31/02/2026"
    lines[3][column("E-mail")] = "marie.dupont@@exemple.fr"
    lines[3][column("Téléphone")] = ""
    lines[4][column("Code postal")], lines[4][column("Commune de résidence")] = "58000", "Decize"
    return {
        3: "Date d'inscription : « 31/02/2026 » n'existe pas",
        5: "E-mail : « marie.dupont@@exemple.fr » contient plusieurs @",
        6: "Code postal : 58000 ne correspond pas à Decize (58095)",
    }


def test_rejected_lines_are_saved_with_their_reason_and_import_once_fixed(
    database: Database, tmp_path: Path
) -> None:
    lines = rows(8)
    expected = spoiled(lines)
    export = write_csv(tmp_path / "inscriptions.csv", lines, encoding="cp1252")
    report = import_registrations(database, export, today=TODAY)
    assert len(report.created) == 5
    assert {line.line: line.reason for line in report.rejected}.keys() == expected.keys()
    for line in report.rejected:
        assert expected[line.line] in line.reason
    assert report.rejects_path == tmp_path / "inscriptions-rejets.csv"
    with report.rejects_path.open(encoding="utf-8-sig", newline="") as handle:
        saved = list(csv.reader(handle, delimiter=";"))
    assert saved[0] == [*HEADERS, "Motif du rejet"]
    assert [row[column("Nom")] for row in saved[1:]] == [lines[i][column("Nom")] for i in (1, 3, 4)]
    # The officer fixes the three lines in Excel and saves (Windows-1252 again).
    saved[1][column("Date d'inscription")] = "28/02/2026"
    saved[2][column("E-mail")] = "marie.dupont@exemple.fr"
    saved[3][column("Code postal")] = "58300"
    fixed = tmp_path / "inscriptions-corrigees.csv"
    with fixed.open("w", encoding="cp1252", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(saved)
    again = import_registrations(database, fixed, today=TODAY)
    assert (len(again.created), again.rejected) == (3, [])
    assert again.mapping["Motif du rejet"] is None
    assert counts(database)["household"] == 8


def test_a_column_mapping_chosen_once_is_remembered(database: Database, tmp_path: Path) -> None:
    headers = list(HEADERS)
    headers[column("E-mail")] = "Adresse électronique du contact"
    headers[column("Date d'inscription")] = "Inscrit le"
    headers[column("Téléphone")] = "Tél. portable"
    export = write_csv(tmp_path / "export-site.csv", rows(3), headers=headers)
    preview = preview_file(database, export)
    assert preview.mapping["Inscrit le"] is Column.REGISTERED_ON
    assert preview.mapping["Tél. portable"] is Column.PHONE
    assert preview.mapping["Adresse électronique du contact"] is None
    assert preview.missing == []
    chosen = {"Adresse électronique du contact": Column.EMAIL}
    report = import_registrations(database, export, mapping=chosen, today=TODAY)
    assert len(report.created) == 3
    later = write_csv(tmp_path / "export-suivant.csv", rows(3, start=100), headers=headers)
    assert preview_file(database, later).mapping["Adresse électronique du contact"] is Column.EMAIL
    report = import_registrations(database, later, today=TODAY)
    with database.session() as session:
        emails = session.scalars(
            select(Person.email).where(Person.household_id.in_(report.created))
        ).all()
    assert sorted(email for email in emails if email) == [
        f"inscrit{number}@exemple.fr" for number in (100, 101, 102)
    ]


def test_a_known_email_or_phone_merges_the_line_into_the_household(
    database: Database, tmp_path: Path
) -> None:
    known = database.write(
        lambda session: (
            register_household(
                session,
                HouseholdInput(
                    source=Source.FAIR,
                    members=[
                        PersonInput(PersonRole.ADULT, "Hélène", "Lefèvre", phone="0612345678")
                    ],
                ),
                today=TODAY,
                registered_at=datetime(2026, 9, 1, 12, tzinfo=UTC),
            ).id
        )
    )
    line = rows(1)[0]
    line[column("Nom")], line[column("Prénom")] = "Lefèvre", "Hélène"
    line[column("Téléphone")] = "+33 6 12 34 56 78"
    line[column("Territoires souhaités")] = "Nevers"
    line[column("Date d'inscription")] = "15/06/2026"
    report = import_registrations(database, write_csv(tmp_path / "s.csv", [line]), today=TODAY)
    assert report.created == []
    [merged] = report.merged
    assert (merged.line, merged.household_id) == (2, known)
    assert merged.reasons == ("même téléphone (+33612345678)",)
    assert "territoires souhaités" in merged.added
    with database.session() as session:
        household = session.get_one(Household, known)
        live = select(func.count()).where(Household.deleted.is_(False))
        assert session.scalar(live.select_from(Household)) == 1
        targets = session.scalars(
            select(HouseholdTarget.code).where(
                HouseholdTarget.household_id == known, HouseholdTarget.deleted.is_(False)
            )
        ).all()
        emails = session.scalars(select(Person.email).where(Person.household_id == known)).all()
    assert targets == ["58194"]
    assert household.registered_at.date() == date(2026, 6, 15)  # the earlier registration
    assert "inscrit0@exemple.fr" in emails
    second = import_registrations(database, tmp_path / "s.csv", today=TODAY)
    assert [line.added for line in second.merged] == [()]


def test_a_close_name_in_the_same_commune_is_imported_and_listed(
    database: Database, tmp_path: Path
) -> None:
    database.write(
        lambda session: register_household(
            session,
            HouseholdInput(
                source=Source.FAIR,
                members=[PersonInput(PersonRole.ADULT, "Jean-Marc", "Dupont", phone="0751223344")],
                origin_commune_code="94028",
            ),
            today=TODAY,
        )
    )
    line = rows(1)[0]
    line[column("Nom")], line[column("Prénom")] = "Dupond", "Jean Marc"
    line[column("Code postal")], line[column("Commune de résidence")] = "94000", "Créteil"
    report = import_registrations(database, write_csv(tmp_path / "s.csv", [line]), today=TODAY)
    assert len(report.created) == 1
    [possible] = report.possible_duplicates
    assert (possible.line, possible.household_id) == (2, report.created[0])
    assert possible.candidate_name == "Dupont"
    assert possible.reasons == ("nom proche (Jean-Marc Dupont), même commune",)


def test_cancelling_leaves_the_database_as_it_was(database: Database, tmp_path: Path) -> None:
    before = counts(database)
    export = write_csv(tmp_path / "site.csv", rows(120))
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 90

    seen: list[tuple[int, int | None]] = []
    report = import_registrations(
        database,
        export,
        today=TODAY,
        batch=25,
        cancelled=cancelled,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert report.cancelled
    assert report.created == []
    assert seen[:3] == [(25, 120), (50, 120), (75, 120)]
    assert counts(database) == before
    with database.engine.connect() as connection:
        suspended = connection.execute(
            text("SELECT count(*) FROM app_meta WHERE key = 'derived_tables_suspended'")
        ).scalar_one()
    assert suspended == 0
    done = import_registrations(database, export, today=TODAY, progress=lambda *_: None)
    assert len(done.created) == 120
    with database.engine.connect() as connection:  # the import's bigger page cache is given back
        cache = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    assert cache == -2000


def test_the_list_and_the_search_show_imported_households(
    database: Database, tmp_path: Path
) -> None:
    line = rows(1)[0]
    line[column("Nom")], line[column("Prénom")] = "Lefèvre", "Hélène"
    report = import_registrations(database, write_csv(tmp_path / "s.csv", [line]), today=TODAY)
    with database.engine.connect() as connection:
        summary = connection.execute(
            text("SELECT name, member_count FROM household_summary WHERE household_id = :id"),
            {"id": report.created[0].hex},
        ).one()
        found = connection.execute(
            text("SELECT count(*) FROM household_search WHERE household_search MATCH 'helene'")
        ).scalar_one()
    assert summary[0] == "Lefèvre"
    assert found == 1


def test_a_household_merged_into_in_a_later_batch_is_listed_and_found_as_merged(
    database: Database, tmp_path: Path
) -> None:
    """Each batch's new households are listed at once; a later merge into one, again."""
    lines = rows(12)
    lines[1][column("Nom")], lines[1][column("Prénom")] = "Lefèvre", "Hélène"
    again = list(lines[1])  # the same family, ten lines and two batches later
    again[column("Prénom du conjoint")], again[column("Nom du conjoint")] = "Noé", "Marchal"
    again[column("Nombre d'adultes")] = "2"
    lines.append(again)
    export = write_csv(tmp_path / "s.csv", lines)
    report = import_registrations(database, export, today=TODAY, batch=5)
    assert len(report.created) == 12 and [m.line for m in report.merged_with_additions] == [14]
    household = report.merged[0].household_id
    with database.engine.connect() as connection:
        members = connection.execute(
            text("SELECT member_count FROM household_summary WHERE household_id = :id"),
            {"id": household.hex},
        ).scalar_one()
        found = connection.execute(
            text("SELECT count(*) FROM household_search WHERE household_search MATCH 'marchal'")
        ).scalar_one()
        listed = connection.execute(text("SELECT count(*) FROM household_summary")).scalar_one()
    assert members == 2 + int(lines[1][column("Nombre d'enfants")] or 0)
    assert found == 1
    assert listed == 12


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "est vide"),
        (b"   \n\n", "est vide"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "n'est pas un tableau CSV ou Excel"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "n'est pas un tableau CSV ou Excel"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "ancien format (.xls)"),
        (b"PK\x03\x04 not really a workbook", "n'est pas un tableau CSV ou Excel"),
    ],
)
def test_files_that_are_not_spreadsheets_are_refused_in_french(
    database: Database, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "inscriptions.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as refused:
        import_registrations(database, path, today=TODAY)
    assert message in refused.value.message
    assert counts(database)["household"] == 0


def test_a_header_alone_imports_nothing(database: Database, tmp_path: Path) -> None:
    report = import_registrations(database, write_csv(tmp_path / "s.csv", []), today=TODAY)
    assert (report.lines, report.created, report.rejected) == (0, [], [])


@pytest.mark.parametrize(
    ("language", "written", "expected"),
    [
        ("fr", "Location ou achat", HousingTenure.UNDECIDED),
        ("fr", "achat", HousingTenure.BUY),
        ("en", "Renting", HousingTenure.RENT),
        ("en", "renting or buying", HousingTenure.UNDECIDED),
    ],
)
@pytest.mark.usefixtures("qapp")
def test_the_housing_values_the_refusal_suggests_are_accepted(
    database: Database, tmp_path: Path, language: str, written: str, expected: HousingTenure
) -> None:
    installed = install_translations(language)
    try:
        lines = rows(2)
        lines[0][column("Logement recherché")] = written
        lines[1][column("Logement recherché")] = "une roulotte"
        report = import_registrations(database, write_csv(tmp_path / "e.csv", lines), today=TODAY)
    finally:
        installed.remove()
    assert len(report.created) == 1
    [(line, reason)] = [(rejected.line, rejected.reason) for rejected in report.rejected]
    suggested = housing_tenure_label(HousingTenure.RENT) if language == "fr" else "Renting"
    assert line == 3 and "une roulotte" in reason and suggested in reason
    with database.session() as session:
        household = session.get_one(Household, report.created[0])
        assert household.housing_tenure is expected


def test_an_unclosed_quote_swallowing_the_file_is_refused_with_its_line(
    database: Database, tmp_path: Path
) -> None:
    before = counts(database)
    lines = rows(3)
    for line in lines:
        line[column("Territoires souhaités")] = "Nevers"
    export = write_csv(tmp_path / "site.csv", lines)
    name = lines[1][column("Nom")]
    content = export.read_text(encoding="utf-8-sig").replace(f";{name};", f';"{name};')
    export.write_text(content + "x" * 140_000 + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        import_registrations(database, export, today=TODAY)
    message = refused.value.message
    assert message.startswith("Ligne 3 : le fichier CSV est mal formé")
    assert "guillemet" in message and "Rien n'a été importé" in message
    assert counts(database) == before
