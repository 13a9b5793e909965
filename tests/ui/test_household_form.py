"""The household form, driven through its real widgets over a real database (offscreen)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import event, func, select

from desktop.cases.households import (
    ConsentInput,
    HouseholdInput,
    NeedInput,
    PersonInput,
    TargetInput,
    register_household,
)
from desktop.models import (
    ConsentChannel,
    Household,
    HouseholdTarget,
    HousingTenure,
    HousingType,
    Maturity,
    Need,
    NeedDomain,
    NeedState,
    Person,
    PersonRole,
    ProjectType,
    SchoolLevel,
    Source,
    TerritoryKind,
)
from desktop.storage import Database
from desktop.ui.household.form import HouseholdForm
from desktop.ui.workspace import Workspace
from tests.ui.driving import answer, choose, fill_member, pick_place, tick, type_in

TODAY = date(2026, 11, 25)


@pytest.fixture
def workspace(database: Database) -> Workspace:
    return Workspace(database, today=lambda: TODAY)


@pytest.fixture
def form(qtbot, workspace: Workspace) -> HouseholdForm:
    form = HouseholdForm(workspace)
    qtbot.addWidget(form)
    form.resize(900, 1400)
    form.show()
    qtbot.waitExposed(form)
    return form


# --- driving the widgets as the officer does --------------------------------------------


def stored(database: Database, model: type, household_id: uuid.UUID) -> list:
    with database.session() as session:
        return list(
            session.scalars(
                select(model).where(model.household_id == household_id, model.deleted.is_(False))
            )
        )


def household_count(database: Database) -> int:
    with database.session() as session:
        return session.scalar(
            select(func.count()).select_from(Household).where(Household.deleted.is_(False))
        )


def fill_lefevre_family(qtbot, form: HouseholdForm) -> None:
    """Scenario 1's family: a nurse and a carpenter from Créteil and their daughter."""
    form.new()
    tick(qtbot, form.project_boxes[ProjectType.JOB_MOVE])
    qtbot.mouseClick(form.targets.add_button, Qt.MouseButton.LeftButton)
    pick_place(qtbot, form.targets.rows()[0].edit, "Nevers")
    qtbot.mouseClick(form.targets.add_button, Qt.MouseButton.LeftButton)
    pick_place(qtbot, form.targets.rows()[1].edit, "Nièvre")
    choose(qtbot, form.maturity, "Projet défini")
    type_in(qtbot, form.budget, "180000")
    choose(qtbot, form.tenure, "Achat")
    choose(qtbot, form.housing_type, "Maison")
    type_in(qtbot, form.housing_notes, "Trois chambres, jardin")
    pick_place(qtbot, form.origin_commune, "Créteil")
    fill_member(
        qtbot,
        form.members.rows()[0],
        first_name="Hélène",
        last_name="Lefèvre",
        birth_year="1988",
        occupation="Infirmière",
        email="Helene.Lefevre@example.fr",
        phone="06 12 34 56 78",
    )
    qtbot.mouseClick(form.members.add_adult_button, Qt.MouseButton.LeftButton)
    fill_member(
        qtbot,
        form.members.rows()[1],
        first_name="Karim",
        last_name="Benali",
        birth_year="1986",
        occupation="Menuisier",
    )
    qtbot.mouseClick(form.members.add_child_button, Qt.MouseButton.LeftButton)
    child = form.members.rows()[2]
    fill_member(qtbot, child, first_name="Lina", last_name="Benali", birth_year="2017")
    choose(qtbot, child.widgets["school_level"], "Élémentaire")
    tick(qtbot, child.widgets["childcare_need"])
    for domain in (NeedDomain.JOB, NeedDomain.HOUSING, NeedDomain.SCHOOL):
        tick(qtbot, form.needs.lines[domain].check)
    choose(qtbot, form.needs.lines[NeedDomain.HOUSING].state, "En cours")
    type_in(qtbot, form.needs.lines[NeedDomain.HOUSING].note, "Visite prévue à Nevers")
    tick(qtbot, form.consent)


def known_family(database: Database, **changes: object) -> uuid.UUID:
    """A household already in the database, registered on the website."""
    data = HouseholdInput(
        source=Source.WEBSITE,
        members=[
            PersonInput(
                PersonRole.ADULT,
                "Hélène",
                "Lefèvre",
                birth_year="1988",
                email="helene.lefevre@example.fr",
            ),
            PersonInput(PersonRole.ADULT, "Karim", "Benali", birth_year="1986"),
        ],
        targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
        needs=[NeedInput(NeedDomain.JOB)],
        origin_commune_code="94028",
        consent=ConsentInput(
            datetime(2026, 11, 2, 9, 0, tzinfo=UTC), "2025-01", ConsentChannel.WEBSITE
        ),
    )
    for name, value in changes.items():
        setattr(data, name, value)
    with database.transaction() as session:
        return register_household(session, data, today=TODAY).id


# --- creating and editing ----------------------------------------------------------------


def test_a_new_household_typed_in_is_saved_whole(qtbot, form: HouseholdForm, workspace) -> None:
    form.new()
    assert [row.role for row in form.members.rows()] == [PersonRole.ADULT]
    assert form.source.currentData() is Source.OTHER
    assert not form.is_dirty()

    fill_lefevre_family(qtbot, form)
    assert form.is_dirty()
    assert form.consent_date.text() == datetime.now().strftime("%d/%m/%Y")
    with (
        qtbot.waitSignal(form.saved) as saved,
        qtbot.waitSignal(workspace.households_changed),
    ):
        household_id = form.save()

    assert household_id is not None and saved.args == [household_id]
    assert form.household_id == household_id
    assert not form.is_dirty()
    assert not form.banner.isVisible()
    database = workspace.database
    with database.session() as session:
        household = session.get_one(Household, household_id)
    assert household.name == "Lefèvre – Benali"
    assert household.source is Source.OTHER
    assert household.project_types == ["mutation_emploi"]
    assert household.maturity is Maturity.PLANNED
    assert household.housing_budget_eur == 180_000
    assert (household.housing_tenure, household.housing_type) == (
        HousingTenure.BUY,
        HousingType.HOUSE,
    )
    assert household.housing_notes == "Trois chambres, jardin"
    assert household.origin_commune_code == "94028"
    assert household.consent_at is not None
    assert (household.consent_version, household.consent_channel) == (
        "2025-01",
        ConsentChannel.PAPER,
    )
    people = {person.first_name: person for person in stored(database, Person, household_id)}
    assert set(people) == {"Hélène", "Karim", "Lina"}
    assert (people["Hélène"].email, people["Hélène"].phone) == (
        "helene.lefevre@example.fr",
        "+33612345678",
    )
    assert people["Karim"].occupation == "Menuisier"
    assert people["Lina"].role is PersonRole.CHILD
    assert (people["Lina"].birth_year, people["Lina"].school_level) == (2017, SchoolLevel.PRIMARY)
    assert people["Lina"].childcare_need
    needs = {need.domain: need for need in stored(database, Need, household_id)}
    assert set(needs) == {NeedDomain.JOB, NeedDomain.HOUSING, NeedDomain.SCHOOL}
    assert needs[NeedDomain.HOUSING].state is NeedState.IN_PROGRESS
    assert needs[NeedDomain.HOUSING].note == "Visite prévue à Nevers"
    targets = sorted(stored(database, HouseholdTarget, household_id), key=lambda t: t.rank)
    assert [(t.rank, t.kind, t.code) for t in targets] == [
        (1, TerritoryKind.COMMUNE, "58194"),
        (2, TerritoryKind.DEPARTEMENT, "58"),
    ]
    # shown back as stored, with the labels the officer reads
    assert [row.edit.text() for row in form.targets.rows()] == [
        "Nevers (58)",
        "Nièvre (département 58)",
    ]
    assert form.origin_commune.text() == "Créteil (94000)"
    assert form.budget.text() == "180\u202f000 €"  # French grouping: a narrow no-break space


def test_a_place_can_be_picked_from_the_completion_list(qtbot, form: HouseholdForm) -> None:
    form.new()
    qtbot.mouseClick(form.targets.add_button, Qt.MouseButton.LeftButton)
    edit = form.targets.rows()[0].edit
    qtbot.keyClicks(edit, "besanc")
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "Besançon (25)"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert edit.text() == "Besançon (25)"
    assert form.targets.inputs() == [TargetInput(TerritoryKind.COMMUNE, "25056")]


def test_a_loaded_household_is_edited_and_saved_back(
    qtbot, form: HouseholdForm, database: Database
) -> None:
    household_id = known_family(
        database,
        members=[
            PersonInput(PersonRole.ADULT, "Hélène", "Lefèvre", email="helene.lefevre@example.fr"),
            PersonInput(PersonRole.CHILD, "Noé", "Benali", birth_year="2022"),
        ],
    )
    form.load(household_id)
    assert not form.is_dirty()
    assert form.consent.isChecked() and form.consent_date.text() == "02/11/2026"
    assert form.targets.rows()[0].edit.text() == "Nevers (58)"
    helene, noe = form.members.rows()
    assert helene.widgets["email"].text() == "helene.lefevre@example.fr"

    type_in(qtbot, helene.widgets["phone"], "06 98 76 54 32")
    qtbot.mouseClick(noe.remove_button, Qt.MouseButton.LeftButton)
    tick(qtbot, form.needs.lines[NeedDomain.JOB].check)  # untick
    tick(qtbot, form.needs.lines[NeedDomain.HEALTH].check)
    qtbot.mouseClick(form.targets.rows()[0].remove, Qt.MouseButton.LeftButton)
    assert form.is_dirty()
    assert form.save() == household_id

    people = stored(database, Person, household_id)
    assert [(p.first_name, p.phone) for p in people] == [("Hélène", "+33698765432")]
    assert [need.domain for need in stored(database, Need, household_id)] == [NeedDomain.HEALTH]
    assert stored(database, HouseholdTarget, household_id) == []
    assert household_count(database) == 1
    assert not form.is_dirty()


# --- refused input -----------------------------------------------------------------------


def test_bad_input_is_shown_beside_each_field_and_nothing_is_written(
    qtbot, form: HouseholdForm, database: Database
) -> None:
    form.new()
    qtbot.mouseClick(form.targets.add_button, Qt.MouseButton.LeftButton)
    target = form.targets.rows()[0]
    pick_place(qtbot, target.edit, "Atlantide")
    pick_place(qtbot, form.origin_commune, "Zzzville")
    adult = form.members.rows()[0]
    fill_member(
        qtbot,
        adult,
        first_name="Hélène",
        last_name="Lefèvre",
        birth_year="19a8",
        email="helene.lefevre@",
        phone="06 12",
    )

    assert form.save() is None

    errors = {name: label.text() for name, label in adult.errors.items() if label.isVisible()}
    assert errors["birth_year"].startswith("Année de naissance de Hélène Lefèvre : « 19a8 »")
    assert errors["email"].startswith("E-mail de Hélène Lefèvre : « helene.lefevre@ » : il manque")
    assert "n'est pas un numéro valide" in errors["phone"]
    assert target.error.isVisible()
    assert "Territoire souhaité n° 1" in target.error.text()
    assert "« Atlantide »" in target.error.text()
    assert form.origin_error.isVisible()
    assert "Commune actuelle" in form.origin_error.text()
    assert adult.widgets["email"].property("invalid") is True
    assert form.banner.isVisible()
    assert form.banner.text().startswith(
        "Le foyer n'a pas été enregistré : 5 champs sont à corriger."
    )
    # everything typed is still there, the first field in error has the focus
    assert target.edit.text() == "Atlantide"
    assert form.origin_commune.text() == "Zzzville"
    assert adult.widgets["birth_year"].text() == "19a8"
    assert adult.widgets["email"].text() == "helene.lefevre@"
    assert target.edit.hasFocus()
    assert form.is_dirty()
    assert household_count(database) == 0

    # fixed and saved again: the messages go
    type_in(qtbot, adult.widgets["birth_year"], "1988")
    type_in(qtbot, adult.widgets["email"], "helene.lefevre@example.fr")
    type_in(qtbot, adult.widgets["phone"], "")
    qtbot.mouseClick(target.remove, Qt.MouseButton.LeftButton)
    type_in(qtbot, form.origin_commune, "")
    assert form.save() is not None
    assert not form.banner.isVisible()
    assert household_count(database) == 1


def test_a_household_without_an_adult_is_refused(
    qtbot, form: HouseholdForm, database: Database
) -> None:
    form.new()
    qtbot.mouseClick(form.members.add_child_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.members.rows()[0].remove_button, Qt.MouseButton.LeftButton)
    fill_member(qtbot, form.members.rows()[0], first_name="Lina", birth_year="2017")

    assert form.save() is None

    assert form.members.error.isVisible()
    assert form.members.error.text() == "Membres : saisissez au moins un adulte du foyer."
    assert form.members.rows()[0].widgets["first_name"].text() == "Lina"
    assert household_count(database) == 0


def test_a_refused_write_is_told_in_french_and_the_edits_stay(
    qtbot, form: HouseholdForm, database: Database
) -> None:
    fill_lefevre_family(qtbot, form)
    # the family's long e-mail, pasted into the notes, needs pages of its own
    QApplication.clipboard().setText("Nous cherchons une maison avec jardin. " * 500)
    form.housing_notes.setFocus()
    qtbot.keyClick(form.housing_notes, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    database.engine.dispose()
    connection = sqlite3.connect(database.path)
    connection.execute("VACUUM")  # no free page left inside the file
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()

    def disk_full(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

    event.listen(database.engine, "connect", disk_full)
    database.engine.dispose()
    try:
        assert form.save() is None
    finally:
        event.remove(database.engine, "connect", disk_full)
        database.engine.dispose()

    assert form.banner.isVisible()
    assert form.banner.text().startswith("L'enregistrement a échoué (database or disk is full)")
    assert "vos saisies sont gardées à l'écran" in form.banner.text()
    assert form.members.rows()[0].widgets["first_name"].text() == "Hélène"
    assert form.is_dirty()
    assert household_count(database) == 0
    assert form.save() is not None  # room again: the same edits save
    assert household_count(database) == 1


# --- undo --------------------------------------------------------------------------------


def test_typing_is_undone_a_field_at_a_time(qtbot, form: HouseholdForm) -> None:
    form.new()
    first = form.members.rows()[0].widgets["first_name"]
    last = form.members.rows()[0].widgets["last_name"]
    type_in(qtbot, first, "Hélène")
    type_in(qtbot, last, "Lefèvre")
    assert form.undo_stack.count() == 2

    form.undo_action.trigger()
    assert (first.text(), last.text()) == ("Hélène", "")
    qtbot.keyClick(last, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert first.text() == ""
    assert not form.is_dirty()
    qtbot.keyClick(
        last, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert first.text() == "Hélène"
    form.redo_action.trigger()
    assert last.text() == "Lefèvre"
    assert form.is_dirty()


def test_adding_a_member_is_undone_and_redone(qtbot, form: HouseholdForm) -> None:
    form.new()
    qtbot.mouseClick(form.members.add_child_button, Qt.MouseButton.LeftButton)
    child = form.members.rows()[1]
    type_in(qtbot, child.widgets["first_name"], "Lina")
    tick(qtbot, child.widgets["childcare_need"])

    form.undo_action.trigger()
    form.undo_action.trigger()
    assert child.widgets["first_name"].text() == ""
    form.undo_action.trigger()
    assert form.members.rows() == [form.members.rows()[0]]
    assert not child.isVisible()
    assert not form.is_dirty()

    for _ in range(3):
        form.redo_action.trigger()
    assert form.members.rows()[1] is child
    assert child.widgets["first_name"].text() == "Lina"
    assert child.widgets["childcare_need"].isChecked()
    assert child.title.text() == "Enfant 1"


def test_cancel_goes_back_to_the_stored_household(
    qtbot, form: HouseholdForm, database: Database
) -> None:
    form.load(known_family(database))
    _karim, helene = form.members.rows()  # the eldest first
    type_in(qtbot, helene.widgets["first_name"], "Hèlene")
    qtbot.mouseClick(form.members.add_child_button, Qt.MouseButton.LeftButton)
    form.cancel()
    assert helene.widgets["first_name"].text() == "Hélène"
    assert len(form.members.rows()) == 2
    assert not form.is_dirty()


# --- leaving with unsaved edits ----------------------------------------------------------


@pytest.fixture
def dirty_form(qtbot, form: HouseholdForm) -> Iterator[HouseholdForm]:
    form.new()
    assert form.confirm_leave()  # nothing typed: no question
    with qtbot.waitSignal(form.dirty_changed) as changed:
        fill_member(
            qtbot,
            form.members.rows()[0],
            first_name="Karim",
            last_name="Benali",
            phone="06 12 34 56 78",
        )
    assert changed.args == [True]
    yield form


def test_leaving_can_be_cancelled(dirty_form: HouseholdForm, database: Database) -> None:
    seen: list[str] = []
    answer("confirmLeaveBox", "cancelLeave", seen)
    assert not dirty_form.confirm_leave()
    assert seen == ["confirmLeaveBox"]
    assert dirty_form.is_dirty()
    assert dirty_form.members.rows()[0].widgets["first_name"].text() == "Karim"
    assert household_count(database) == 0


def test_leaving_without_saving_drops_the_edits(
    qtbot, dirty_form: HouseholdForm, database: Database
) -> None:
    seen: list[str] = []
    answer("confirmLeaveBox", "discardChanges", seen)
    with qtbot.waitSignal(dirty_form.dirty_changed) as changed:
        assert dirty_form.confirm_leave()
    assert seen == ["confirmLeaveBox"]
    assert changed.args == [False]
    assert dirty_form.members.rows()[0].widgets["first_name"].text() == ""
    assert household_count(database) == 0


def test_leaving_after_saving(dirty_form: HouseholdForm, database: Database) -> None:
    seen: list[str] = []
    answer("confirmLeaveBox", "saveChanges", seen)
    assert dirty_form.confirm_leave()
    assert seen == ["confirmLeaveBox"]
    assert not dirty_form.is_dirty()
    assert household_count(database) == 1


def test_leaving_is_refused_when_the_save_is(qtbot, dirty_form: HouseholdForm) -> None:
    type_in(qtbot, dirty_form.members.rows()[0].widgets["phone"], "06 12")
    seen: list[str] = []
    answer("confirmLeaveBox", "saveChanges", seen)
    assert not dirty_form.confirm_leave()
    assert dirty_form.members.rows()[0].errors["phone"].isVisible()
    assert dirty_form.is_dirty()


# --- duplicates on creation --------------------------------------------------------------


def type_known_mother_again(qtbot, form: HouseholdForm) -> None:
    """Hélène, met again at a fair, with her youngest child this time."""
    form.new()
    fill_member(
        qtbot,
        form.members.rows()[0],
        first_name="Hélène",
        last_name="Lefèvre",
        email="HELENE.LEFEVRE@example.fr",
    )
    qtbot.mouseClick(form.members.add_child_button, Qt.MouseButton.LeftButton)
    fill_member(qtbot, form.members.rows()[1], first_name="Noé", last_name="Benali")
    tick(qtbot, form.needs.lines[NeedDomain.CHILDCARE].check)


def test_a_known_family_can_be_opened_instead_of_created(
    qtbot, form: HouseholdForm, workspace: Workspace, database: Database
) -> None:
    known = known_family(database)
    type_known_mother_again(qtbot, form)
    seen: list[str] = []
    answer("duplicatesDialog", "openDuplicate", seen)
    with qtbot.waitSignal(workspace.household_requested) as requested:
        assert form.save() is None
    assert seen == ["duplicatesDialog"]
    assert requested.args == [known]
    assert household_count(database) == 1
    assert form.household_id is None and form.is_dirty()
    assert form.members.rows()[1].widgets["first_name"].text() == "Noé"


def test_a_known_family_receives_what_was_typed_when_merged(
    qtbot, form: HouseholdForm, database: Database
) -> None:
    known = known_family(database)
    type_known_mother_again(qtbot, form)
    seen: list[str] = []
    answer("duplicatesDialog", "mergeDuplicate", seen)
    assert form.save() == known
    assert seen == ["duplicatesDialog"]

    assert household_count(database) == 1
    people = sorted(p.first_name for p in stored(database, Person, known))
    assert people == ["Hélène", "Karim", "Noé"]
    assert {n.domain for n in stored(database, Need, known)} == {
        NeedDomain.JOB,
        NeedDomain.CHILDCARE,
    }
    assert form.household_id == known and not form.is_dirty()
    assert len(form.members.rows()) == 3


def test_the_duplicate_question_can_be_cancelled_or_overruled(
    qtbot, form: HouseholdForm, database: Database
) -> None:
    known_family(database)
    type_known_mother_again(qtbot, form)
    seen: list[str] = []
    answer("duplicatesDialog", "cancelDuplicate", seen)
    assert form.save() is None
    assert household_count(database) == 1 and form.is_dirty()
    answer("duplicatesDialog", "createAnyway", seen)
    created = form.save()
    assert seen == ["duplicatesDialog", "duplicatesDialog"]
    assert created is not None and household_count(database) == 2


def test_widgets_follow_the_reading_order_with_tab(qtbot, form: HouseholdForm) -> None:
    form.new()
    qtbot.mouseClick(form.members.add_child_button, Qt.MouseButton.LeftButton)
    adult, child = form.members.rows()
    adult.widgets["phone"].setFocus()
    expected: list[Callable[[], QWidget]] = [
        lambda: adult.remove_button,
        lambda: child.widgets["first_name"],
    ]
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget()
