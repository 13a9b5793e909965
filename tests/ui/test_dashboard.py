"""The *Tableau de bord* on eight households whose every figure is known by hand.

The page computes in a worker: each test waits for ``refreshed`` as an officer
waits for the figures. The filters are driven with the keyboard; the bilan
goes through its preview and the real save dialog, the export through the
real file dialog, and both files are read back.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.models import PersonRole, Source, TerritoryKind
from desktop.storage import Database
from desktop.ui.dashboard.formatting import counted
from desktop.ui.dashboard.page import DashboardPage
from desktop.ui.dashboard.period import Preset
from desktop.ui.settings import open_settings
from desktop.ui.workspace import Workspace
from tests.reporting.test_indicators import TODAY, cases  # noqa: F401 - the eight households
from tests.reporting.test_stand_tally import fair  # noqa: F401 - a fair's visitors
from tests.ui.driving import choose, save_as

pytestmark = pytest.mark.usefixtures("french")

NNBSP = "\u202f"
EIGHT = [
    ("foyers inscrits", "8"),
    ("foyers contactés", "6"),
    ("foyers accompagnés", "4"),
    ("foyers installés", "2"),
    ("personnes installées", "4"),
    ("enfants scolarisés", "1"),
    ("dépensés chaque année dans la région", f"60{NNBSP}800{NNBSP}€"),
    ("de l'inscription à l'installation", "52\u00a0jours"),
]


@pytest.fixture
def workspace(database: Database, data_dir: Path) -> Workspace:
    return Workspace(database, today=lambda: TODAY, settings=open_settings(data_dir))


def shown(qtbot, workspace: Workspace) -> DashboardPage:
    page = DashboardPage(workspace)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
    return page


@pytest.fixture
def page(qtbot, workspace: Workspace, cases: object) -> DashboardPage:  # noqa: F811
    return shown(qtbot, workspace)


def registered(page: DashboardPage) -> str:
    return dict(page.figure_texts())["foyers inscrits"]


def test_the_tiles_charts_and_table_show_the_eight_households(
    qtbot, page: DashboardPage, qtmodeltester
) -> None:
    assert page.figure_texts() == EIGHT
    details = [tile.detail.text() for tile in page.tiles]
    assert details[:5] == [
        "11 personnes",
        f"75,0{NNBSP}% des inscrits",
        f"66,7{NNBSP}% des contactés",
        f"50,0{NNBSP}% des accompagnés",
        "3 adultes, 1 enfants",
    ]
    assert details[6] == f"15{NNBSP}200{NNBSP}€ par personne installée"
    assert page.scope.text() == "Tous les foyers inscrits"
    assert page.funnel.categories == [
        "Installés · 2",
        "Accompagnés · 4",
        "Contactés · 6",
        "Inscrits · 8",
    ]
    assert page.months.months == ["avr. 26", "mai 26"]
    model = page.territory_model
    qtmodeltester.check(model)
    rows = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert rows[0] == ["Nièvre (58)", "4", "3", "3", "2", "4", "1", f"60{NNBSP}800{NNBSP}€"]
    assert rows[-1][:2] == ["Territoire non renseigné", "1"]
    choose(qtbot, page.territory_level, "Par intercommunalité")
    assert sum(int(model.index(row, 1).data()) for row in range(model.rowCount())) == 8
    assert page.bilan_button.isEnabled() and page.export_button.isEnabled()


def test_the_filters_change_the_figures(qtbot, page: DashboardPage) -> None:
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        choose(qtbot, page.departement_filter, "58 – Nièvre")
    assert registered(page) == "4"
    assert dict(page.figure_texts())["foyers installés"] == "2"
    assert page.scope.text() == "Tous les foyers inscrits · 58 – Nièvre"

    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        qtbot.mouseClick(page.clear_filters, Qt.MouseButton.LeftButton)
    assert page.figure_texts() == EIGHT

    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        choose(qtbot, page.source_filter, "Salon")
    assert registered(page) == "1"

    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        qtbot.mouseClick(page.clear_filters, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        choose(qtbot, page.period.preset, "Cette année")
    assert page.period.start.isVisible()
    assert page.scope.text() == "Foyers inscrits du 01/01/2026 au 31/12/2026"
    assert registered(page) == "7"  # Gillet registered in December 2025

    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.period.start.setFocus(Qt.FocusReason.TabFocusReason)  # Tab selects the day
        qtbot.keyClicks(page.period.start, "02022026")  # Arnaud (10/01) no longer counts
    assert page.period.preset.currentData() is Preset.CHOSEN
    assert page.period.period() == (date(2026, 2, 2), date(2026, 12, 31))
    assert registered(page) == "5"


def test_a_period_without_registrations_says_so(qtbot, page: DashboardPage) -> None:
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.period.set_dates(date(2030, 1, 1), date(2030, 12, 31))
    assert page.figure_texts() == []
    assert page.body.currentWidget() is page.empty
    assert page.empty.text().startswith("Aucun foyer inscrit ne correspond à cette période")


def test_an_empty_base_says_how_figures_come(qtbot, workspace: Workspace) -> None:
    page = shown(qtbot, workspace)
    assert page.figure_texts() == []
    assert page.empty.isVisible()
    assert "Importez l'export du site" in page.empty.text()
    assert page.bilan_button.isEnabled()


def _add_household(database: Database, name: str) -> uuid.UUID:
    with database.transaction() as session:
        household = register_household(
            session,
            HouseholdInput(
                source=Source.WEBSITE,
                members=[PersonInput(PersonRole.ADULT, "Léa", name, email=f"{name}@exemple.fr")],
                targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
            ),
            today=TODAY,
        )
        return household.id


def test_the_figures_follow_the_households(
    qtbot, page: DashboardPage, workspace: Workspace, database: Database
) -> None:
    _add_household(database, "Ibrahim")
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        workspace.households_changed.emit()
    assert registered(page) == "9"

    page.hide()
    _add_household(database, "Jacquet")
    with qtbot.assertNotEmitted(page.refreshed, wait=100):
        workspace.households_changed.emit()  # a hidden page only notes it
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
    assert registered(page) == "10"


def test_the_bilan_of_the_filters_opens_in_the_preview_and_saves(
    qtbot, page: DashboardPage, tmp_path: Path
) -> None:
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        choose(qtbot, page.departement_filter, "58 – Nièvre")
    qtbot.mouseClick(page.bilan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=10_000)
    preview = page.preview
    assert preview.windowTitle() == "Bilan du programme — Tous les foyers inscrits"
    assert preview.document.pageCount() >= 2

    target = tmp_path / "bilan nievre.pdf"
    seen: list[str] = []
    save_as(str(target), seen)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert seen == ["savePdfDialog"]
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Nièvre (58)" in text
    assert "4 foyers inscrits" in text
    preview.close()


def test_the_indicators_exported_to_xlsx(qtbot, page: DashboardPage, tmp_path: Path) -> None:
    target = tmp_path / "indicateurs"
    seen: list[str] = []
    save_as(str(target), seen, "exportIndicatorsDialog")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert seen == ["exportIndicatorsDialog"]
    qtbot.waitUntil(lambda: page.export.box is not None and page.export.box.isVisible())
    written = tmp_path / "indicateurs.xlsx"
    assert str(written) in page.export.box.text()
    page.export.box.close()
    rows = list(load_workbook(written, read_only=True)["Chiffres clés"].iter_rows(values_only=True))
    assert ["Inscrits", 8, "foyers"] in [list(row) for row in rows]


def test_an_export_into_a_missing_folder_is_said_in_french(
    qtbot, page: DashboardPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "absent" / "indicateurs.xlsx"  # a USB key pulled out meanwhile
    monkeypatch.setattr("desktop.ui.dashboard.page.ask_save_path", lambda *a, **k: target)
    with qtbot.waitSignal(page.export.failed, timeout=10_000) as failed:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    [message] = failed.args
    assert message == (
        f"Impossible d'écrire {target.parent} : le dossier n'existe pas. "
        "Choisissez un autre dossier."
    )
    box = page.export.box
    assert box is not None and box.isVisible() and box.objectName() == "exportErrorBox"
    box.close()
    qtbot.waitUntil(page.export_button.isEnabled)


@pytest.mark.usefixtures("cases", "fair")
def test_filtered_on_a_fair_the_dashboard_shows_the_stand_tally(
    qtbot,
    workspace: Workspace,
    qtmodeltester,
    tmp_path: Path,
) -> None:
    """Back from the Paris fair, the officer picks it in the event filter: the stand's tally."""
    page = shown(qtbot, workspace)
    assert not page.stand.isVisible()
    assert registered(page) == "15"  # the eight cases, six fair visitors, one from the website

    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        choose(qtbot, page.event_filter, "Salon Vivre en province")
    stand = page.stand
    assert stand.isVisible()
    assert registered(page) == "5"
    assert stand.summary.text() == (
        "Salon Vivre en province (Paris, Porte de Versailles, 21/11/2026 – 22/11/2026) : "
        "5 foyers, 10 personnes"
    )
    territories, projects = stand.texts()
    assert territories == [
        ["Nièvre (58)", "2", "5"],
        ["Côte-d'Or (21)", "1", "2"],
        ["Jura (39)", "1", "1"],
        ["Territoire non renseigné", "1", "2"],
    ]
    assert projects == [
        ["Mutation ou nouvel emploi", "2", "6"],
        ["Télétravail", "1", "4"],
        ["Création ou reprise d'entreprise", "1", "1"],
        ["Retraite", "1", "1"],
        ["Projet non précisé", "1", "2"],
    ]
    qtmodeltester.check(stand.territory_model)
    qtmodeltester.check(stand.project_model)

    choose(qtbot, stand.level, "Par intercommunalité souhaitée")
    territories, _projects = stand.texts()
    assert territories == [
        ["CA de Nevers", "1", "4"],
        ["CC Sud Nivernais", "1", "1"],
        ["Dijon Métropole", "1", "2"],
        ["Intercommunalité non précisée (souhait d'un département)", "2", "3"],
    ]
    assert stand.territory_model.headerData(0, Qt.Orientation.Horizontal) == (
        "Intercommunalité souhaitée"
    )

    qtbot.mouseClick(page.bilan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=10_000)
    target = tmp_path / "bilan du salon.pdf"
    seen: list[str] = []
    save_as(str(target), seen)
    qtbot.mouseClick(page.preview.save_button, Qt.MouseButton.LeftButton)
    assert seen == ["savePdfDialog"]
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "Bilan du stand" in text and "5 foyers, 10 personnes" in text
    page.preview.close()

    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        qtbot.mouseClick(page.clear_filters, Qt.MouseButton.LeftButton)
    assert not stand.isVisible()
    assert registered(page) == "15"


@pytest.mark.usefixtures("qapp")
def test_a_count_of_one_is_singular_and_any_other_plural() -> None:
    one, many = "1 personne", "{count} personnes"
    assert [counted(count, one, many) for count in (0, 1, 2, 12_000)] == [
        "0 personnes",
        "1 personne",
        "2 personnes",
        f"{QLocale().toString(12_000)} personnes",
    ]
