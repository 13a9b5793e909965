"""The programme's first-year figures, rebuilt through the import, read back by ``escale stats``.

12,000 registrations come in as the website's export (a 12,000-line XLSX, read
in openpyxl's streaming mode); the officers' work is
then recorded with the workflow's own functions: 1,260 households contacted
and accompanied, 155 of them settled with 375 people, 110 children now at
school. ``escale stats --json`` must give exactly those figures and the
programme's 5.7 M€ of yearly spending (375 × 15,200 €), and so must the
dashboard's tiles and the bilan of ``escale report`` read back from its PDF.
The data set is built once for the module.
"""

from __future__ import annotations

import json
import re
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.cli import main
from desktop.importing.importer import ImportReport, import_registrations
from desktop.models import Household, Status, SyncOutbox
from desktop.paths import database_path
from desktop.storage import Database, open_database
from desktop.workflow.status import SettlementFacts, change_status
from tests.conftest import TEST_PASSPHRASE
from tests.importing.website_export import registration_rows, write_xlsx

TODAY = date.today()
FIRST_DAY = TODAY - timedelta(days=330)
LAST_DAY = TODAY - timedelta(days=60)

pytestmark = pytest.mark.usefixtures("escale_passphrase")


@dataclass(frozen=True)
class Settling:
    """How many households of one shape settle, and what their settlement records."""

    households: int
    adults: int
    children: int
    schooled: int


SETTLING = [
    Settling(40, 2, 2, 2),  # the 4- and 9-year-olds both at school
    Settling(20, 1, 2, 1),  # a 7-year-old at school, a baby not
    Settling(10, 2, 1, 1),
    Settling(40, 2, 0, 0),
    Settling(45, 1, 0, 0),
]
ACCOMPANIED = 1_260
CONTACTED_ONLY = 900
ABANDONED_AFTER_CONTACT = 300


@dataclass
class Programme:
    data_dir: Path
    report: ImportReport


@pytest.fixture(scope="module")
def programme(
    tmp_path_factory: pytest.TempPathFactory, template_database: Path
) -> Iterator[Programme]:
    folder = tmp_path_factory.mktemp("programme")
    shutil.copy2(template_database, database_path(folder))
    export = write_xlsx(
        folder / "inscriptions.xlsx",
        registration_rows(12_000, first_day=FIRST_DAY, last_day=LAST_DAY),
    )
    database = open_database(database_path(folder), TEST_PASSPHRASE)
    try:
        report = import_registrations(database, export, today=TODAY)
        _officers_year(database)
    finally:
        database.close()
    yield Programme(folder, report)


def _moment(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def _officers_year(database: Database) -> None:
    """Contact, accompany, settle and abandon as the workflow records it."""
    with database.engine.connect() as connection:
        shapes = connection.execute(
            text(
                "SELECT s.household_id, s.member_count - s.child_count, s.child_count, "
                "h.registered_at FROM household_summary s JOIN household h "
                "ON h.id = s.household_id ORDER BY h.registered_at, s.household_id"
            )
        ).all()
    by_shape: dict[tuple[int, int], list[str]] = {}
    for household_id, adults, children, _registered in shapes:
        by_shape.setdefault((adults, children), []).append(household_id)
    settling: dict[str, Settling] = {}
    for plan in SETTLING:
        for household_id in by_shape[(plan.adults, plan.children)][: plan.households]:
            settling[household_id] = plan
    others = [row[0] for row in shapes if row[0] not in settling]
    accompanied = [*settling, *others[: ACCOMPANIED - len(settling)]]
    rest = others[ACCOMPANIED - len(settling) :]
    contacted = rest[:CONTACTED_ONLY]
    abandoned = rest[CONTACTED_ONLY : CONTACTED_ONLY + ABANDONED_AFTER_CONTACT]

    def work(session: Session) -> None:
        ids = [*accompanied, *contacted, *abandoned]
        households = {
            household.id.hex: household
            for household in session.scalars(
                select(Household).where(Household.id.in_([uuid.UUID(hex=i) for i in ids]))
            )
        }
        for household_id in ids:
            household = households[household_id]
            registered = household.registered_at.date()
            change_status(
                session, household, Status.CONTACTED, at=_moment(registered + timedelta(days=3))
            )
            if household_id in abandoned:
                change_status(
                    session,
                    household,
                    Status.ABANDONED,
                    reason="Projet reporté",
                    at=_moment(registered + timedelta(days=20)),
                )
            elif household_id not in contacted:
                change_status(
                    session,
                    household,
                    Status.ACCOMPANIED,
                    at=_moment(registered + timedelta(days=10)),
                )
            if household_id in settling:
                plan = settling[household_id]
                change_status(
                    session,
                    household,
                    Status.SETTLED,
                    settlement=SettlementFacts(
                        moved_on=registered + timedelta(days=45),
                        commune_code="58194",
                        adults=plan.adults,
                        children=plan.children,
                        children_schooled=plan.schooled,
                    ),
                    at=_moment(registered + timedelta(days=45)),
                    today=TODAY,
                )

    database.write(work)


def stats_json(data_dir: Path, capsys: pytest.CaptureFixture[str], *options: str) -> dict:
    assert main(["stats", "--data-dir", str(data_dir), "--json", *options]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_12000_line_xlsx_registered_every_household_through_the_outbox(
    programme: Programme,
) -> None:
    assert programme.report.lines == 12_000
    assert len(programme.report.created) == 12_000
    assert programme.report.rejected == []
    assert programme.report.merged == []
    database = open_database(database_path(programme.data_dir), TEST_PASSPHRASE)
    try:
        with database.session() as session:
            created = session.scalar(
                select(func.count(SyncOutbox.record_id.distinct())).where(
                    SyncOutbox.table_name == "household"
                )
            )
    finally:
        database.close()
    assert created == 12_000


def test_escale_stats_json_gives_the_programme_figures(
    programme: Programme, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = stats_json(programme.data_dir, capsys)
    assert figures["registered"]["households"] == 12_000
    assert figures["accompanied"]["households"] == 1_260
    assert figures["contacted"]["households"] == 1_260 + CONTACTED_ONLY + ABANDONED_AFTER_CONTACT
    assert figures["settled"] == {"households": 155, "people": 375}
    assert figures["children_schooled"] == 110
    assert figures["children_settled"] == 130
    assert figures["abandoned"]["households"] == ABANDONED_AFTER_CONTACT
    assert figures["spending_per_person_eur"] == 15_200
    assert figures["yearly_spending_eur"] == 5_700_000
    assert figures["median_days_to_settle"] == 45
    assert figures["overall_rate"] == pytest.approx(155 / 12_000)
    nievre = next(row for row in figures["by_departement"] if row["code"] == "58")
    assert nievre["settled"] == 155
    assert nievre["people_settled"] == 375
    assert sum(row["registered"] for row in figures["by_departement"]) == 12_000
    assert sum(month["people"] for month in figures["settlements_by_month"]) == 375


def test_escale_stats_speaks_french(
    programme: Programme, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", "--data-dir", str(programme.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "12\u00a0000" in out
    assert "5,7\u00a0M€ par an (375 personnes installées × 15\u00a0200\u00a0€)" in out
    assert "dont 110 scolarisés" in out


def test_a_period_that_holds_every_registration_gives_the_same_figures(
    programme: Programme, capsys: pytest.CaptureFixture[str]
) -> None:
    everything = stats_json(programme.data_dir, capsys)
    period = stats_json(
        programme.data_dir,
        capsys,
        "--from",
        FIRST_DAY.strftime("%d/%m/%Y"),
        "--to",
        LAST_DAY.isoformat(),
    )
    assert {key: period[key] for key in everything if key != "filter"} == {
        key: value for key, value in everything.items() if key != "filter"
    }
    before = stats_json(
        programme.data_dir, capsys, "--to", (FIRST_DAY - timedelta(days=1)).isoformat()
    )
    assert before["registered"]["households"] == 0
    assert before["yearly_spending_eur"] == 0


PROGRAMME_TILES = {
    "foyers inscrits": "12\u202f000",
    "foyers accompagnés": "1\u202f260",
    "personnes installées": "375",
    "enfants scolarisés": "110",
    "dépensés chaque année dans la région": "5,7\u202fM€",
}


def test_the_dashboard_tiles_show_the_programme_figures(programme: Programme, qtbot) -> None:
    from desktop.ui.dashboard.page import DashboardPage
    from desktop.ui.translations import install_translations
    from desktop.ui.workspace import Workspace

    installed = install_translations("fr")
    database = open_database(database_path(programme.data_dir), TEST_PASSPHRASE)
    try:
        page = DashboardPage(Workspace(database, today=lambda: TODAY))
        qtbot.addWidget(page)
        page.resize(1280, 900)
        with qtbot.waitSignal(page.refreshed, timeout=20_000):
            page.show()
        tiles = dict(page.figure_texts())
        page.close()
    finally:
        database.close()
        installed.remove()
    assert {caption: tiles[caption] for caption in PROGRAMME_TILES} == PROGRAMME_TILES
    assert tiles["foyers installés"] == "155"


def test_the_bilan_read_back_gives_the_programme_figures(
    programme: Programme, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "bilan.pdf"
    options = ["--from", FIRST_DAY.strftime("%d/%m/%Y"), "--to", LAST_DAY.isoformat()]
    assert main(["report", "--data-dir", str(programme.data_dir), *options, "-o", str(output)]) == 0
    capsys.readouterr()
    pages = [page.extract_text() for page in PdfReader(output).pages]
    first = re.sub(r"[ \n]+", " ", pages[0])
    for value, caption in [
        ("12\u202f000", "foyers inscrits"),
        ("1\u202f260", "foyers accompagnés"),
        ("155", "foyers installés"),
        ("375", "personnes installées"),
        ("110", "enfants scolarisés"),
        ("5,7\u202fM€", "dépensés chaque année dans la région"),
    ]:
        assert f"{value} {caption}" in first
    assert (
        "Sur 12\u202f000 foyers inscrits, 1\u202f260 ont été accompagnés et 155 se sont "
        "installés dans la région\u202f: 375 personnes, dont 110 enfants aujourd'hui scolarisés."
    ) in first
    everything = re.sub(r"[ \n]+", " ", " ".join(pages))
    assert "Nièvre (58) " in everything
    assert f"page {len(pages)} / {len(pages)}" in everything
