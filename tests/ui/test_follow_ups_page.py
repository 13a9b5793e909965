"""The *Relances* page, driven through its real widgets on a real database (offscreen)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor
from sqlalchemy import create_engine, select
from sqlalchemy.orm import sessionmaker

from desktop.cases.follow_ups import Horizon, schedule_follow_up
from desktop.cases.households import HouseholdInput, PersonInput, register_household
from desktop.models import FollowUp, Household, Officer, PersonRole, Source
from desktop.storage import Database
from desktop.storage.versioning import track_versions
from desktop.ui import style
from desktop.ui.follow_ups_model import DONE, DUE, HOUSEHOLD, WHAT, WHEN
from desktop.ui.follow_ups_page import FollowUpsPage
from desktop.ui.workspace import Workspace

pytestmark = pytest.mark.usefixtures("french")

TODAY = date(2026, 11, 25)  # a Wednesday; the week ends on Sunday 29/11


class Clock:
    """A day the test moves forward by hand."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def household(database: Database, name: str, officer_id: uuid.UUID | None = None) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.PHONE,
        members=[PersonInput(PersonRole.ADULT, "Anne", name, phone="06 12 34 56 78")],
        officer_id=officer_id,
    )
    with database.transaction() as session:
        return register_household(session, data, today=TODAY).id


def add_follow_up(
    database: Database,
    household_id: uuid.UUID,
    due_on: date,
    what: str,
    officer_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Planned through the service when the date allows it, else as it would sit after a while."""
    with database.transaction() as session:
        if due_on >= TODAY:
            return schedule_follow_up(
                session, household_id, due_on=due_on, what=what, today=TODAY, officer_id=officer_id
            ).id
        follow_up = FollowUp(
            id=uuid.uuid4(),
            household_id=household_id,
            due_on=due_on,
            what=what,
            officer_id=officer_id,
        )
        session.add(follow_up)
        return follow_up.id


def done_on(database: Database, follow_up_id: uuid.UUID) -> date | None:
    with database.session() as session:
        return session.scalar(select(FollowUp.done_on).where(FollowUp.id == follow_up_id))


@pytest.fixture
def open_page(qtbot) -> Callable[..., FollowUpsPage]:
    def open_page(workspace: Workspace) -> FollowUpsPage:
        page = FollowUpsPage(workspace)
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        qtbot.waitExposed(page)
        return page

    return open_page


def rows(page: FollowUpsPage, horizon: Horizon) -> list[tuple[str, str, str, str]]:
    """(due date, when, household, what) of each follow-up of a group, as shown."""
    model = page.model
    group = model.group_index(horizon)
    if not model.follow_ups(horizon):
        return []
    return [
        tuple(model.index(row, column, group).data() for column in (DUE, WHEN, HOUSEHOLD, WHAT))
        for row in range(model.rowCount(group))
    ]


def group_title(page: FollowUpsPage, horizon: Horizon) -> str:
    return page.model.group_index(horizon).data()


def cell_centre(page: FollowUpsPage, index: QModelIndex) -> QPoint:
    page.view.scrollTo(index)
    return page.view.visualRect(index).center()


def check_box_point(page: FollowUpsPage, index: QModelIndex) -> QPoint:
    """Where the tick box of a row is drawn: near the left edge of the first column."""
    rect = page.view.visualRect(index)
    return QPoint(rect.left() + 12, rect.center().y())


def double_click(qtbot, page: FollowUpsPage, point: QPoint) -> None:
    """What a real double click delivers: press, release, double-click, release.

    (QTest's ``mouseDClick`` alone sends only the double-click event.)
    """
    viewport = page.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point)


def follow_up_index(page: FollowUpsPage, follow_up_id: uuid.UUID, column: int) -> QModelIndex:
    index = page.model.index_of(follow_up_id)
    assert index.isValid()
    return index.siblingAtColumn(column)


@pytest.fixture
def week(database: Database) -> dict[str, uuid.UUID]:
    """A realistic week: late ones, today's, the rest of the week, and what must not show."""
    martin, nguyen, petit, zola = (
        household(database, name) for name in ("Martin", "Nguyen", "Petit", "Zola")
    )
    ids = {
        # inserted out of order: the page sorts by date
        "week_sunday": add_follow_up(database, zola, date(2026, 11, 29), "Point avec la mairie"),
        "late_3": add_follow_up(database, nguyen, date(2026, 11, 22), "Vérifier le bailleur"),
        "today_petit": add_follow_up(database, petit, TODAY, "Envoyer le dossier d'accueil"),
        "late_24": add_follow_up(database, martin, date(2026, 11, 1), "Relancer pour la visite"),
        "week_thursday": add_follow_up(database, martin, date(2026, 11, 26), "Préparer le séjour"),
        "late_1": add_follow_up(database, petit, date(2026, 11, 24), "Confirmer le salon"),
        "today_martin": add_follow_up(database, martin, TODAY, "Appeler"),
        "next_week": add_follow_up(database, zola, date(2026, 11, 30), "Semaine prochaine"),
        "done": add_follow_up(database, nguyen, date(2026, 11, 20), "Déjà fait"),
    }
    with database.transaction() as session:
        session.get_one(FollowUp, ids["done"]).done_on = date(2026, 11, 21)
    ids.update(martin=martin, nguyen=nguyen, petit=petit, zola=zola)
    return ids


def test_three_sections_in_date_order_with_their_counts(
    database: Database, open_page, week: dict[str, uuid.UUID]
) -> None:
    page = open_page(Workspace(database, today=lambda: TODAY))

    assert page.key == "relances"
    assert page.title == "Relances"
    assert page.summary_text() == "3 en retard · 2 aujourd'hui · 2 cette semaine"
    assert [group_title(page, horizon) for horizon in Horizon] == [
        "En retard (3)",
        "Aujourd'hui (2)",
        "Cette semaine (2)",
    ]
    assert rows(page, Horizon.OVERDUE) == [
        ("01/11/2026", "il y a 24 jours", "Martin", "Relancer pour la visite"),
        ("22/11/2026", "il y a 3 jours", "Nguyen", "Vérifier le bailleur"),
        ("24/11/2026", "hier", "Petit", "Confirmer le salon"),
    ]
    assert rows(page, Horizon.TODAY) == [
        ("25/11/2026", "aujourd'hui", "Martin", "Appeler"),
        ("25/11/2026", "aujourd'hui", "Petit", "Envoyer le dossier d'accueil"),
    ]
    assert rows(page, Horizon.THIS_WEEK) == [
        ("26/11/2026", "demain", "Martin", "Préparer le séjour"),
        ("29/11/2026", "dimanche", "Zola", "Point avec la mairie"),
    ]


def test_late_dates_stand_out_in_the_accent_colour(
    database: Database, open_page, week: dict[str, uuid.UUID]
) -> None:
    page = open_page(Workspace(database, today=lambda: TODAY))

    def colour(key: str, column: int) -> QColor:
        return follow_up_index(page, week[key], column).data(Qt.ItemDataRole.ForegroundRole)

    assert colour("late_3", DUE) == QColor(style.ACCENT)
    assert colour("late_3", WHEN) == QColor(style.ACCENT)
    assert colour("today_martin", DUE) != QColor(style.ACCENT)
    assert colour("week_thursday", WHEN) != QColor(style.ACCENT)


def test_empty_sections_say_so(database: Database, open_page) -> None:
    page = open_page(Workspace(database, today=lambda: TODAY))
    model = page.model

    assert page.summary_text() == "Rien à faire cette semaine : tout est à jour."
    assert [model.index(0, 0, model.group_index(h)).data() for h in Horizon] == [
        "Aucune relance en retard.",
        "Aucune relance prévue aujourd'hui.",
        "Aucune autre relance cette semaine.",
    ]
    assert [group_title(page, horizon) for horizon in Horizon] == [
        "En retard (0)",
        "Aujourd'hui (0)",
        "Cette semaine (0)",
    ]
    # The "nothing here" row can be neither picked nor ticked.
    assert model.index(0, DONE, model.group_index(Horizon.TODAY)).flags() == Qt.ItemFlag.NoItemFlags

    add_follow_up(database, household(database, "Martin"), TODAY, "Appeler")
    page.refresh()
    assert page.summary_text() == "0 en retard · 1 aujourd'hui · 0 cette semaine"
    assert model.index(0, 0, model.group_index(Horizon.OVERDUE)).data() == (
        "Aucune relance en retard."
    )
    assert rows(page, Horizon.TODAY) == [("25/11/2026", "aujourd'hui", "Martin", "Appeler")]


def test_double_click_and_enter_open_the_household(
    qtbot, database: Database, open_page, week: dict[str, uuid.UUID]
) -> None:
    workspace = Workspace(database, today=lambda: TODAY)
    page = open_page(workspace)

    index = follow_up_index(page, week["late_3"], HOUSEHOLD)
    with qtbot.waitSignal(workspace.household_requested, timeout=1000) as opened:
        double_click(qtbot, page, cell_centre(page, index))
    assert opened.args == [week["nguyen"]]

    page.view.setCurrentIndex(follow_up_index(page, week["week_sunday"], WHAT))
    with qtbot.waitSignal(workspace.household_requested, timeout=1000) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == [week["zola"]]
    # Opening is not ticking off.
    assert done_on(database, week["week_sunday"]) is None


def test_ticking_the_box_writes_and_the_row_leaves(
    qtbot, database: Database, open_page, week: dict[str, uuid.UUID]
) -> None:
    workspace = Workspace(database, today=lambda: TODAY)
    page = open_page(workspace)

    index = follow_up_index(page, week["late_3"], DONE)
    late = page.model.group_index(Horizon.OVERDUE)
    with (
        qtbot.waitSignals([workspace.follow_ups_changed, workspace.households_changed]),
        # The group title's count is repainted.
        qtbot.waitSignal(page.model.dataChanged, check_params_cb=lambda top, *_: top == late),
    ):
        qtbot.mouseClick(
            page.view.viewport(), Qt.MouseButton.LeftButton, pos=check_box_point(page, index)
        )

    assert done_on(database, week["late_3"]) == TODAY
    assert [what for *_, what in rows(page, Horizon.OVERDUE)] == [
        "Relancer pour la visite",
        "Confirmer le salon",
    ]
    assert group_title(page, Horizon.OVERDUE) == "En retard (2)"
    assert page.summary_text() == "2 en retard · 2 aujourd'hui · 2 cette semaine"
    assert not page.banner.isVisible()
    assert done_on(database, week["late_1"]) is None


def test_a_double_click_on_the_box_ticks_one_row_only(
    qtbot, database: Database, open_page, week: dict[str, uuid.UUID]
) -> None:
    """The row below moves up under the pointer after the first click: it must stay open."""
    workspace = Workspace(database, today=lambda: TODAY)
    page = open_page(workspace)

    point = check_box_point(page, follow_up_index(page, week["late_24"], DONE))
    with qtbot.assertNotEmitted(workspace.household_requested):
        double_click(qtbot, page, point)

    assert done_on(database, week["late_24"]) == TODAY
    assert done_on(database, week["late_3"]) is None
    assert [what for *_, what in rows(page, Horizon.OVERDUE)] == [
        "Vérifier le bailleur",
        "Confirmer le salon",
    ]


def test_the_keyboard_ticks_off_row_after_row(
    qtbot, database: Database, open_page, week: dict[str, uuid.UUID]
) -> None:
    workspace = Workspace(database, today=lambda: TODAY)
    page = open_page(workspace)
    page.view.setFocus()
    page.view.setCurrentIndex(follow_up_index(page, week["late_24"], WHAT))

    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert done_on(database, week["late_24"]) == TODAY
    # The next follow-up takes the place of the one done, ready for the next key.
    assert page.view.current_follow_up().id == week["late_3"]

    with qtbot.waitActive(page):
        page.activateWindow()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert done_on(database, week["late_3"]) == TODAY
    assert page.view.current_follow_up().id == week["late_1"]

    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert done_on(database, week["late_1"]) == TODAY
    # The late ones are all done: on to today's.
    late = page.model.group_index(Horizon.OVERDUE)
    assert page.model.index(0, 0, late).data() == "Aucune relance en retard."
    assert page.view.isFirstColumnSpanned(0, late)  # the text is not cut to the tick column
    assert page.view.current_follow_up().id == week["today_martin"]

    # Down goes from one follow-up to the next, over the group title.
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.view.current_follow_up().id == week["today_petit"]
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.view.current_follow_up().id == week["week_thursday"]


def test_news_from_elsewhere_reloads_the_page(
    qtbot, database: Database, open_page, week: dict[str, uuid.UUID]
) -> None:
    workspace = Workspace(database, today=lambda: TODAY)
    page = open_page(workspace)

    with database.transaction() as session:
        session.get_one(FollowUp, week["today_petit"]).done_on = TODAY
    add_follow_up(database, week["zola"], date(2026, 11, 27), "Rappeler")
    assert group_title(page, Horizon.TODAY) == "Aujourd'hui (2)"  # not yet told

    workspace.follow_ups_changed.emit()
    assert rows(page, Horizon.TODAY) == [("25/11/2026", "aujourd'hui", "Martin", "Appeler")]
    assert [what for *_, what in rows(page, Horizon.THIS_WEEK)] == [
        "Préparer le séjour",
        "Rappeler",
        "Point avec la mairie",
    ]

    with database.transaction() as session:
        session.get_one(Household, week["martin"]).name = "Martin-Leroy"
    workspace.households_changed.emit()
    assert rows(page, Horizon.TODAY)[0][2] == "Martin-Leroy"


def test_a_hidden_page_reloads_when_shown_again(
    qtbot, database: Database, open_page, week: dict[str, uuid.UUID]
) -> None:
    clock = Clock(TODAY)
    workspace = Workspace(database, today=clock)
    page = open_page(workspace)

    page.hide()
    with database.transaction() as session:
        session.get_one(FollowUp, week["late_1"]).done_on = TODAY
    workspace.follow_ups_changed.emit()
    page.show()
    qtbot.waitExposed(page)
    assert [what for *_, what in rows(page, Horizon.OVERDUE)] == [
        "Relancer pour la visite",
        "Vérifier le bailleur",
    ]

    # Left open overnight: Thursday's follow-up is now today's, and yesterday's is late.
    page.hide()
    clock.day = TODAY + timedelta(days=1)
    page.show()
    qtbot.waitExposed(page)
    assert rows(page, Horizon.TODAY) == [
        ("26/11/2026", "aujourd'hui", "Martin", "Préparer le séjour")
    ]
    assert ("25/11/2026", "hier", "Martin", "Appeler") in rows(page, Horizon.OVERDUE)
    assert rows(page, Horizon.OVERDUE)[0][1] == "il y a 25 jours"


def test_the_officer_sees_their_own_follow_ups(qtbot, database: Database, open_page) -> None:
    claire = Officer(id=uuid.uuid4(), name="Claire", email="claire@region-bfc.fr")
    paul = Officer(id=uuid.uuid4(), name="Paul", email="paul@region-bfc.fr")
    with database.transaction() as session:
        session.add_all([claire, paul])
    hers, his = household(database, "Martin", claire.id), household(database, "Zola", paul.id)
    add_follow_up(database, hers, TODAY, "Appeler Martin")
    add_follow_up(database, his, TODAY, "Appeler Zola")
    # Planned by Claire on Paul's household: hers to do.
    add_follow_up(database, his, date(2026, 11, 20), "Passer le relais", officer_id=claire.id)

    page = open_page(Workspace(database, officer_id=claire.id, today=lambda: TODAY))
    everyone = open_page(Workspace(database, today=lambda: TODAY))

    assert [what for *_, what in rows(page, Horizon.TODAY)] == ["Appeler Martin"]
    assert [what for *_, what in rows(page, Horizon.OVERDUE)] == ["Passer le relais"]
    assert page.summary_text() == "1 en retard · 1 aujourd'hui · 0 cette semaine"
    assert [what for *_, what in rows(everyone, Horizon.TODAY)] == [
        "Appeler Martin",
        "Appeler Zola",
    ]


def read_only_copy(database: Database) -> Database:
    """The same file opened read-only: SQLite itself refuses the write, as on a locked disk."""
    engine = create_engine(f"sqlite:///file:{database.path}?mode=ro&uri=true")
    sessions = sessionmaker(engine, expire_on_commit=False)
    track_versions(sessions)
    return Database(path=database.path, engine=engine, sessions=sessions)


def test_a_refused_write_keeps_the_row_and_says_why(
    qtbot, database: Database, open_page, week: dict[str, uuid.UUID]
) -> None:
    read_only = read_only_copy(database)
    try:
        workspace = Workspace(read_only, today=lambda: TODAY)
        page = open_page(workspace)
        index = follow_up_index(page, week["late_3"], DONE)

        with qtbot.assertNotEmitted(workspace.follow_ups_changed):
            qtbot.mouseClick(
                page.view.viewport(), Qt.MouseButton.LeftButton, pos=check_box_point(page, index)
            )

        assert page.banner.isVisible()
        message = page.banner_text.text()
        assert "« Vérifier le bailleur » n'a pas été marquée comme faite" in message
        assert "L'enregistrement a échoué" in message
        assert "readonly" in message
        assert [what for *_, what in rows(page, Horizon.OVERDUE)] == [
            "Relancer pour la visite",
            "Vérifier le bailleur",
            "Confirmer le salon",
        ]
        tick = follow_up_index(page, week["late_3"], DONE).data(Qt.ItemDataRole.CheckStateRole)
        assert tick == Qt.CheckState.Unchecked
        assert done_on(database, week["late_3"]) is None
    finally:
        read_only.engine.dispose()


def test_the_banner_goes_once_a_tick_is_written(
    qtbot, database: Database, open_page, week: dict[str, uuid.UUID]
) -> None:
    read_only = read_only_copy(database)
    try:
        page = open_page(Workspace(read_only, today=lambda: TODAY))
        follow_up = page.view.model().follow_ups(Horizon.TODAY)[0]
        assert not page.mark_done(follow_up)
        assert page.banner.isVisible()
    finally:
        read_only.engine.dispose()

    page.workspace.database = database
    assert page.mark_done(follow_up)
    assert not page.banner.isVisible()
    assert done_on(database, follow_up.id) == TODAY


def test_the_model_keeps_qt_rules(qtmodeltester, database: Database, week) -> None:
    page = FollowUpsPage(Workspace(database, today=lambda: TODAY))
    qtmodeltester.check(page.model)
    # The tester keeps watching: ticking off, down to an empty group, and reloading.
    for follow_up in page.model.follow_ups(Horizon.TODAY):
        assert page.mark_done(follow_up)
    assert page.model.follow_ups(Horizon.TODAY) == []
    assert page.model.rowCount(page.model.group_index(Horizon.TODAY)) == 1
    page.refresh()
    qtmodeltester.check(page.model)
    empty = FollowUpsPage(Workspace(database, today=lambda: date(2026, 10, 1)))
    assert not any(empty.model.counts().values())
    qtmodeltester.check(empty.model)


def test_the_counts_lead_to_their_group(qtbot, database: Database, open_page) -> None:
    """With dozens of late follow-ups, today's are a click away, not a long scroll."""
    martin = household(database, "Martin")
    for day in range(40):
        add_follow_up(database, martin, date(2026, 10, 1) + timedelta(days=day), f"Retard {day}")
    add_follow_up(database, household(database, "Zola"), TODAY, "Appeler Zola")
    page = open_page(Workspace(database, today=lambda: TODAY))
    today = page.model.group_index(Horizon.TODAY)
    assert page.view.visualRect(today).top() > page.view.viewport().height()  # out of sight

    html = page.summary.text()
    assert 'href="aujourd_hui"' in html
    assert 'href="en_retard"' in html
    assert 'href="cette_semaine"' not in html  # nothing there to go to
    assert page.summary_text() == "40 en retard · 1 aujourd'hui · 0 cette semaine"

    page.summary.linkActivated.emit("aujourd_hui")  # what a click on "1 aujourd'hui" does
    assert page.view.viewport().rect().contains(page.view.visualRect(today))
    assert page.view.current_follow_up().what == "Appeler Zola"
