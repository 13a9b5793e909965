"""*Données personnelles* on the household page: export, consent withdrawal, erasure.

Driven through the real window: the menu's actions, the real file dialog, the
confirmation box. The export is read back (JSON and PDF); the erasure is seen
in the database and in the list the page goes back to; a withdrawal shows
under the consent, and survives a reopening.
"""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select, update

from desktop.cases.households import HouseholdInput, PersonInput, TargetInput, register_household
from desktop.cases.timeline import log_interaction
from desktop.models import (
    AuditAction,
    AuditEntry,
    Channel,
    ConsentChannel,
    Household,
    Person,
    PersonRole,
    Source,
    SyncOutbox,
    TerritoryKind,
    utcnow,
)
from desktop.privacy.anonymous import ANONYMOUS_NAME
from desktop.privacy.erasure import erase_received
from desktop.storage import Database
from desktop.ui.household.page import HouseholdPage
from desktop.ui.main_window import MainWindow
from tests.documents.reading import text_of
from tests.ui.driving import answer, open_main_window, save_as, type_in

pytestmark = pytest.mark.usefixtures("french")

TODAY = date(2026, 11, 25)
NOTE = "Hélène préfère être appelée après 18 h, échange à l'école de Nevers"


@pytest.fixture
def household_id(database: Database, officer_id: uuid.UUID) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.WEBSITE,
        members=[
            PersonInput(PersonRole.ADULT, "Hélène", "Lefèvre", email="helene@example.fr"),
            PersonInput(PersonRole.CHILD, "Noé", "Lefèvre"),
        ],
        targets=[TargetInput(TerritoryKind.COMMUNE, "58194")],
    )
    with database.transaction() as session:
        household = register_household(session, data, today=TODAY)
        log_interaction(
            session,
            household.id,
            channel=Channel.PHONE,
            summary=NOTE,
            internal=True,
            officer_id=officer_id,
            today=TODAY,
        )
    return household.id


@pytest.fixture
def window(qtbot, database: Database, data_dir: Path, officer_id: uuid.UUID) -> MainWindow:
    return open_main_window(qtbot, database, data_dir, officer_id=officer_id)


def opened(qtbot, window: MainWindow, household_id: uuid.UUID) -> HouseholdPage:
    window.workspace.open_household(household_id)
    page = window.household_page
    qtbot.waitUntil(lambda: page.isVisible() and page.household_id == household_id)
    return page


def _audited(database: Database, action: AuditAction) -> list[tuple[uuid.UUID | None, str | None]]:
    with database.session() as session:
        return [
            (entry.household_id, entry.file)
            for entry in session.scalars(select(AuditEntry).where(AuditEntry.action == action))
        ]


def test_exporting_writes_a_readable_pdf_and_the_json_beside_it(
    qtbot, window: MainWindow, database: Database, household_id: uuid.UUID, tmp_path: Path
) -> None:
    page = opened(qtbot, window, household_id)
    assert page.privacy_button.isEnabled()
    assert [action.text() for action in page.privacy_button.menu().actions() if action.text()] == [
        "Exporter les données du foyer…",
        "Retrait du consentement…",
        "Effacer le foyer…",
    ]
    seen: list[str] = []
    save_as(str(tmp_path / "pour la famille.pdf"), seen, "subjectAccessDialog")
    answer("subjectAccessDone", "okButton", seen)
    page.export_data_action.trigger()
    assert seen == ["subjectAccessDialog", "subjectAccessDone"]
    text = text_of(tmp_path / "pour la famille.pdf")
    assert "Hélène" in text and "Noé" in text and NOTE in text
    exported = json.loads((tmp_path / "pour la famille.json").read_text(encoding="utf-8"))
    assert exported["records"]["interaction"][0]["summary"] == NOTE
    assert _audited(database, AuditAction.DATA_EXPORTED) == [
        (household_id, str(tmp_path / "pour la famille.pdf"))
    ]


def test_an_unwritable_folder_is_said_in_french_and_nothing_is_written(
    qtbot, window: MainWindow, household_id: uuid.UUID, tmp_path: Path
) -> None:
    page = opened(qtbot, window, household_id)
    blocker = tmp_path / "un-fichier"
    blocker.write_text("pas un dossier")
    seen: list[str] = []
    save_as(str(blocker / "foyer.pdf"), seen, "subjectAccessDialog")
    answer("privacyErrorBox", "okButton", seen)
    assert page.privacy.export_data(household_id) is None
    assert seen == ["subjectAccessDialog", "privacyErrorBox"]
    assert blocker.read_text() == "pas un dossier"
    assert not list(tmp_path.glob("*.json")) and not list(tmp_path.glob("*.pdf"))


def test_a_withdrawal_is_recorded_with_its_channel_and_shown_under_the_consent(
    qtbot, window: MainWindow, database: Database, household_id: uuid.UUID
) -> None:
    page = opened(qtbot, window, household_id)
    assert page.form.consent_withdrawn.isHidden()
    seen: list[str] = []
    answer("withdrawConsentDialog", "recordWithdrawal", seen)
    page.withdraw_action.trigger()
    assert seen == ["withdrawConsentDialog"]
    with database.session() as session:
        household = session.get_one(Household, household_id)
        assert household.consent_withdrawn_channel is ConsentChannel.PHONE
        withdrawn_at = household.consent_withdrawn_at
    assert withdrawn_at is not None
    day = withdrawn_at.astimezone().strftime("%d/%m/%Y")
    assert page.form.consent_withdrawn.isVisible()
    assert page.form.consent_withdrawn.text() == f"Consentement retiré le {day} (Téléphone)"
    assert not page.form.is_dirty()
    window.show_case_list()
    page = opened(qtbot, window, household_id)
    assert page.form.consent_withdrawn.text().startswith("Consentement retiré le ")


def test_erasing_asks_first_then_anonymises_and_goes_back_to_the_list(
    qtbot, window: MainWindow, database: Database, household_id: uuid.UUID
) -> None:
    page = opened(qtbot, window, household_id)
    seen: list[str] = []
    answer("eraseHouseholdBox", "cancelErase", seen)
    page.erase_action.trigger()
    assert seen == ["eraseHouseholdBox"]
    with database.session() as session:
        assert session.get_one(Household, household_id).name == "Lefèvre"
    assert window.cases_stack.currentWidget() is page

    answer("eraseHouseholdBox", "confirmErase", seen)
    page.erase_action.trigger()
    assert seen == ["eraseHouseholdBox", "eraseHouseholdBox"]
    qtbot.waitUntil(lambda: window.cases_stack.currentWidget() is window.cases_page)
    with database.session() as session:
        household = session.get_one(Household, household_id)
        assert household.name == ANONYMOUS_NAME and household.erased_at is not None
        names = session.scalars(
            select(Person.last_name).where(Person.household_id == household_id)
        ).all()
    assert names == ["", ""]
    assert [entry for entry, _file in _audited(database, AuditAction.ERASED)] == [household_id]
    model = window.cases_page.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    shown = [model.index(0, column).data() for column in range(model.columnCount())]
    assert ANONYMOUS_NAME in shown and "Lefèvre" not in " ".join(map(str, shown))
    page = opened(qtbot, window, household_id)  # reopened: nothing left to edit
    assert not page.form.isEnabled() and not page.save_button.isEnabled()
    assert not page.privacy_button.isEnabled()
    window.new_household()
    qtbot.waitUntil(lambda: page.household_id is None)
    assert page.form.isEnabled() and page.form.consent_withdrawn.isHidden()


def test_edits_typed_before_an_erasure_arrived_are_refused_and_dropped(
    qtbot, window: MainWindow, database: Database, household_id: uuid.UUID
) -> None:
    page = opened(qtbot, window, household_id)
    type_in(qtbot, page.form.housing_notes, "Hélène cherche près de l'école de Decize")
    assert page.form.is_dirty()
    with database.engine.begin() as connection:  # what a pull writes: the record, the notice
        connection.execute(
            update(Household).where(Household.id == household_id).values(erased_at=utcnow())
        )
        assert erase_received(connection, household_id)

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    banner = page.form.banner.text()
    assert page.form.banner.isVisible()
    assert "anonymisé" in banner and "n'a pas été enregistré" in banner
    assert not page.form.is_dirty() and "Decize" not in page.form.housing_notes.toPlainText()
    for widget in (page.form, page.save_button, page.timeline, page.status_panel):
        assert not widget.isEnabled(), widget
    assert ANONYMOUS_NAME in page.heading.text()
    qtbot.waitUntil(  # the timeline shown again, its old entries deleted
        lambda: (
            "Hélène" not in " ".join(label.text() for label in page.timeline.findChildren(QLabel))
        )
    )
    with database.session() as session:
        household = session.get_one(Household, household_id)
        assert household.name == ANONYMOUS_NAME and household.housing_notes is None
        queued = session.scalars(select(SyncOutbox.fields)).all()
    assert not any("Decize" in json.dumps(fields) for fields in queued)
