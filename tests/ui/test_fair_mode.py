"""A fair in the main window, with the keyboard alone: ten visitors, a known one, a pack printed.

Claire creates the event, opens the capture screen in full screen and types
ten visitors one after another, Tab from field to field, Espace to tick,
Entrée to save. The fifth gives the e-mail of a household that registered on
the website: the screen says so as soon as it is typed and asks again on
Entrée; she says it is someone else. The counter follows, the ten are
households of the event, and the last one's welcome pack opens in the
preview and is saved as PDF. Then the guard rails: the lock, refusals that
keep what was typed, a mistyped e-mail provider.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from desktop.cases.events import EventInput, create_event
from desktop.cases.households import HouseholdInput, PersonInput, register_household
from desktop.models import (
    DocumentPrint,
    Event,
    Household,
    HouseholdTarget,
    Need,
    NeedDomain,
    Person,
    PersonRole,
    Source,
)
from desktop.storage import Database
from desktop.ui.application import create_main_window
from desktop.ui.fair.capture_screen import FairCaptureScreen
from desktop.ui.fair.page import FairPage
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import open_settings
from tests.ui.driving import keys, mnemonic_clashes, save_as

pytestmark = pytest.mark.usefixtures("french")

TODAY = date(2026, 11, 25)
KNOWN_EMAIL = "claire.morel@example.fr"
VISITORS = [
    ("Hélène", "Lefèvre", "infirmière", "helene.lefevre@example.fr", "", "Créteil", "Dole"),
    ("Karim", "Benali", "menuisier", "", "06 11 22 33 44", "Lyon", "Nevers"),
    ("Inès", "Roy", "", "ines.roy@example.fr", "", "", "Besançon"),
    ("Jonas", "", "", "", "+32 470 12 34 56", "", ""),
    ("Claire", "Morel", "comptable", KNOWN_EMAIL, "", "Nantes", "Dijon"),
    ("Paul", "Girard", "boulanger", "paul.girard@example.fr", "", "", "Jura"),
    ("Léa", "Dubois", "", "lea.dubois@example.fr", "07 98 76 54 32", "Lille", ""),
    ("Marc", "Petit", "", "", "06 55 44 33 22", "", "Decize"),
    ("Anne", "Blanc", "graphiste", "anne.blanc@example.fr", "", "Rennes", "Lons-le-Saunier"),
    ("Noé", "Faure", "", "noe.faure@example.fr", "", "", "Besançon"),
]


@pytest.fixture
def known_household(database: Database) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.WEBSITE,
        members=[PersonInput(PersonRole.ADULT, "Claire", "Morel", email=KNOWN_EMAIL)],
    )
    with database.transaction() as session:
        return register_household(session, data, today=TODAY).id


@pytest.fixture
def window(qtbot, database: Database, data_dir: Path, officer_id: uuid.UUID) -> MainWindow:
    window = create_main_window(database, open_settings(data_dir), auto_sync=False)
    window.workspace.officer_id = officer_id
    window.workspace._today = lambda: TODAY  # the fair's day, whatever the machine's
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, target: QWidget) -> None:
    """Tab forward until ``target`` has the focus, as an officer does (40 presses at most)."""
    for _ in range(40):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def type_visitor(qtbot, screen: FairCaptureScreen, visitor: tuple[str, ...]) -> None:
    first, last, job, email, phone, lives, wish = visitor
    assert focused() is screen.first_name
    keys(qtbot, focused(), first)
    for widget, text in (
        (screen.last_name, last),
        (screen.occupation, job),
        (screen.email, email),
        (screen.phone, phone),
        (screen.origin, lives),
        (screen.wishes[0], wish),
    ):
        if text:
            tab_to(qtbot, widget)
            keys(qtbot, focused(), text)
    tab_to(qtbot, screen.need_boxes[NeedDomain.JOB])
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, screen.consent)
    press(qtbot, Qt.Key.Key_Space)


def keyboard_answer(object_name: str, button_name: str, seen: list[str]) -> None:
    """In the modal box ``object_name``, Tab to ``button_name`` and press Espace, once it shows."""
    tries = [0]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != object_name or not box.isActiveWindow():
            tries[0] += 1
            if tries[0] < 100:
                QTimer.singleShot(20, answer)
            return
        seen.append(object_name)
        for _ in range(6):
            if focused().objectName() == button_name:
                break
            QTest.keyClick(focused(), Qt.Key.Key_Tab)
        QTest.keyClick(focused(), Qt.Key.Key_Space)
        if box.isVisible():  # the keys did nothing: fail rather than hang
            seen.append("unanswered")
            box.close()

    QTimer.singleShot(0, answer)


def create_event_by_keyboard(qtbot, page: FairPage, seen: list[str]) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "eventDialog" or not dialog.isActiveWindow():
            QTimer.singleShot(20, fill)
            return
        seen.append("eventDialog")
        assert focused().objectName() == "eventName"
        keys(qtbot, focused(), "Salon « Changer de vie » – Paris")
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        QTest.keyClick(focused(), Qt.Key.Key_Tab)  # the kind stays « Salon »
        keys(qtbot, focused(), "Paris, Espace Champerret")
        QTest.keyClick(focused(), Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    page.new_event_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)


def test_ten_visitors_in_a_row_with_the_keyboard_then_a_pack(
    qtbot, window: MainWindow, database: Database, known_household: uuid.UUID, tmp_path: Path
) -> None:
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.fair_page
    assert window.current_page() is page
    seen: list[str] = []
    create_event_by_keyboard(qtbot, page, seen)
    assert seen == ["eventDialog"]
    assert "Salon « Changer de vie » – Paris" in page.events.currentItem().text()
    window.activateWindow()  # offscreen, no window manager gives the focus back after a dialog
    qtbot.waitUntil(window.isActiveWindow)
    page.events.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    screen = page.capture
    assert page.stack.currentWidget().isAncestorOf(screen)
    assert focused() is screen.first_name

    press(qtbot, Qt.Key.Key_F11)
    assert screen.is_full_screen() and screen.window().isFullScreen()
    qtbot.waitUntil(screen.window().isActiveWindow)

    for number, visitor in enumerate(VISITORS, start=1):
        type_visitor(qtbot, screen, visitor)
        if visitor[3] == KNOWN_EMAIL:
            assert screen.known_warning.isVisible()  # said as soon as the e-mail was typed
            assert "Morel" in screen.known_warning.text()
            keyboard_answer("knownVisitorBox", "saveAnyway", seen)
        press(qtbot, Qt.Key.Key_Return)
        assert screen.banner.isHidden(), (screen.banner.text(), seen)
        assert "unanswered" not in seen
        qtbot.waitUntil(screen.window().isActiveWindow)  # after the box, offscreen is slow
        assert screen.counter.text() == f"{number} visiteur(s) saisi(s) pour cet événement"
        assert focused() is screen.first_name and screen.first_name.text() == ""
    assert seen == ["eventDialog", "knownVisitorBox"]

    with database.session() as session:
        event = session.scalars(select(Event)).one()
        fair = session.scalars(
            select(Household).where(Household.event_id == event.id).order_by(Household.name)
        ).all()
        assert len(fair) == 10
        assert {household.source for household in fair} == {Source.FAIR}
        assert all(household.consent_at is not None for household in fair)
        morel = next(h for h in fair if h.name == "Morel")
        assert morel.id != known_household  # someone else, as the officer said
        wishes = session.scalars(
            select(HouseholdTarget.code).where(
                HouseholdTarget.household_id.in_([h.id for h in fair])
            )
        ).all()
        assert "39198" in wishes and "39" in wishes  # Dole, and the Jura by name
        jobs = session.scalars(
            select(Need).where(
                Need.domain == NeedDomain.JOB, Need.household_id.in_([h.id for h in fair])
            )
        ).all()
        assert len(jobs) == 10
        jonas = session.scalars(select(Person).where(Person.first_name == "Jonas")).one()
        assert jonas.phone == "+32470123456"

    # The last visitor's welcome pack: Ctrl+P, the preview, saved as PDF.
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: screen.printing.preview is not None and screen.printing.preview.isVisible()
    )
    preview = screen.printing.preview
    assert "Faure" in preview.windowTitle()
    target = tmp_path / "pack-faure.pdf"
    save_as(str(target), seen)
    preview.save()
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Faure" in text and "Besançon" in text
    with database.session() as session:
        assert session.scalars(select(DocumentPrint.household_id)).all() == [screen.last_saved]
    preview.close()
    screen.window().activateWindow()  # no window manager offscreen to give the focus back
    qtbot.waitUntil(screen.window().isActiveWindow)

    press(qtbot, Qt.Key.Key_Escape)
    assert not screen.is_full_screen()
    assert page.isAncestorOf(screen)


@pytest.fixture
def screen(qtbot, window: MainWindow, database: Database) -> FairCaptureScreen:
    with database.transaction() as session:
        event_id = create_event(
            session, EventInput("Salon de Lyon", place="Lyon", starts_on=TODAY)
        ).id
    window.show_page(FairPage.key)
    page = window.fair_page
    page.refresh_events(event_id)
    assert page.start_capture()
    return page.capture


def test_each_alt_letter_of_the_capture_screen_reaches_one_field(
    screen: FairCaptureScreen,
) -> None:
    assert mnemonic_clashes(screen) == {}


def test_the_screen_locks_on_ctrl_l_and_when_idle_and_entree_brings_back_the_typing(
    qtbot, screen: FairCaptureScreen
) -> None:
    screen.first_name.setText("Inès")  # a visitor saved before: a pack could be printed
    screen.phone.setText("06 12 34 56 78")
    screen.consent.setChecked(True)
    assert screen.save() is not None and screen.print_button.isEnabled()
    keys(qtbot, screen.first_name, "Hélène")
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert screen.lock.locked
    assert screen.overlay.isVisible() and not screen.first_name.isVisible()
    assert screen.overlay.message.text() == "Écran verrouillé — appuyez sur Entrée"
    keys(qtbot, focused(), "xyz")  # typed on the lock: goes nowhere
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # nor does a shortcut
    press(qtbot, Qt.Key.Key_F11)
    assert not screen.printing.busy and screen.printing.preview is None
    assert not screen.is_full_screen()
    press(qtbot, Qt.Key.Key_Return)
    assert not screen.lock.locked
    assert screen.first_name.isVisible() and screen.first_name.text() == "Hélène"
    assert focused() is screen.first_name

    screen.lock.set_idle_ms(150)
    qtbot.waitUntil(lambda: screen.lock.locked, timeout=3000)
    assert not screen.first_name.isVisible()
    press(qtbot, Qt.Key.Key_Enter)
    assert screen.first_name.text() == "Hélène"


def test_keys_pressed_keep_the_screen_unlocked(qtbot, screen: FairCaptureScreen) -> None:
    screen.lock.set_idle_ms(400)
    for _ in range(6):
        qtbot.wait(120)
        keys(qtbot, screen.first_name, "a")
    assert not screen.lock.locked


def test_no_contact_and_no_consent_are_refused_in_french_and_nothing_typed_is_lost(
    qtbot, screen: FairCaptureScreen, database: Database
) -> None:
    keys(qtbot, screen.first_name, "Hélène")
    tab_to(qtbot, screen.last_name)
    keys(qtbot, focused(), "Lefèvre")
    tab_to(qtbot, screen.children)
    keys(qtbot, focused(), "3")
    tab_to(qtbot, screen.children_ages)
    keys(qtbot, focused(), "4, 9")
    press(qtbot, Qt.Key.Key_Return)

    assert screen.banner.text() == "Le visiteur n'a pas été enregistré : 3 points à corriger."
    assert screen.errors["consent"].text().startswith("Consentement : lisez le texte")
    assert screen.errors["contact"].text() == (
        "Contact : saisissez au moins un e-mail ou un téléphone pour joindre le foyer."
    )
    assert "3 enfant(s) mais 2 âge(s)" in screen.errors["children_ages"].text()
    assert (screen.first_name.text(), screen.last_name.text()) == ("Hélène", "Lefèvre")
    assert screen.children_ages.text() == "4, 9"
    assert focused() is screen.email  # the first field to fix
    with database.session() as session:
        assert session.scalar(select(Household.id)) is None

    keys(qtbot, focused(), "helene@example.fr")
    tab_to(qtbot, screen.children)
    press(qtbot, Qt.Key.Key_Down)  # 3 → 2 children
    tab_to(qtbot, screen.consent)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    assert screen.banner.isHidden()
    assert screen.counter.text() == "1 visiteur(s) saisi(s) pour cet événement"
    assert screen.status.text().startswith("✓ Lefèvre enregistré·e")


def test_a_mistyped_provider_is_suggested_and_fixed_in_one_key(
    qtbot, screen: FairCaptureScreen
) -> None:
    screen.email.setFocus()
    keys(qtbot, focused(), "jeanne@gmial.com")
    press(qtbot, Qt.Key.Key_Tab)
    assert screen.email_hint.isVisible()
    assert screen.email_hint.text() == "Vouliez-vous dire jeanne@gmail.com ?"
    assert focused() is screen.phone
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is screen.fix_email_button  # « Corriger », just after the e-mail
    press(qtbot, Qt.Key.Key_Space)
    assert screen.email.text() == "jeanne@gmail.com"
    assert not screen.email_hint.isVisible()


def test_open_the_known_household_instead(
    qtbot, window: MainWindow, screen: FairCaptureScreen, known_household: uuid.UUID
) -> None:
    screen.email.setFocus()
    keys(qtbot, focused(), KNOWN_EMAIL.upper())
    press(qtbot, Qt.Key.Key_Tab)
    assert screen.known_warning.isVisible()
    tab_to(qtbot, screen.open_known_button)  # « Ouvrir ce dossier », beside the warning
    press(qtbot, Qt.Key.Key_Return)
    assert window.household_page.isVisible()
    assert window.household_page.household_id == known_household
    assert screen.email.text() == KNOWN_EMAIL.upper()  # the capture waits, as typed
