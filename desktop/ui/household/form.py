"""The household form: everything known about one household, edited and saved at once.

The form holds no rule of its own: it turns its widgets into a
:class:`~desktop.cases.households.HouseholdInput` and lets
:mod:`desktop.cases.households` check and write it in one transaction. What
comes back refused (:class:`~desktop.errors.FormError`) is shown field by
field, in French, next to what was typed, which stays on screen; a refused
write (:class:`~desktop.errors.WriteError`) is told in the banner.

Every edit is a command on :attr:`HouseholdForm.undo_stack`; the form is
"dirty" exactly when the stack is away from its clean index, so undoing back
to the stored values makes it clean again.

Tests and the page answer the two questions the form asks with a modal box
(duplicates before creating, unsaved changes before leaving) through
``QApplication.activeModalWidget()``: the boxes are named
``duplicatesDialog`` and ``confirmLeaveBox`` and so are their buttons.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.cases.duplicates import duplicates_of_input, merge_households
from desktop.cases.households import (
    ConsentInput,
    HouseholdInput,
    PersonInput,
    load_household,
    register_household,
    update_household,
)
from desktop.cases.places import (
    Place,
    TerritoryIndex,
    describe_origin,
    describe_wish,
    territory_index,
)
from desktop.consent import CONSENT_VERSION, consent_statement, consent_wording
from desktop.errors import FormError, UserFacingError
from desktop.labels import (
    consent_channel_label,
    housing_tenure_label,
    housing_type_label,
    labelled,
    maturity_label,
    project_type_label,
    source_label,
)
from desktop.models import (
    ConsentChannel,
    HousingTenure,
    HousingType,
    Maturity,
    PersonRole,
    ProjectType,
    Source,
    TerritoryKind,
    utcnow,
)
from desktop.privacy.erased import ErasedHouseholdError
from desktop.ui import style
from desktop.ui.field_errors import ERROR_SHEET, FieldErrorLabel
from desktop.ui.household.duplicates_dialog import DuplicateChoice, DuplicatesDialog
from desktop.ui.household.members_editor import MembersEditor
from desktop.ui.household.needs_editor import NeedsEditor
from desktop.ui.household.targets_editor import TargetsEditor
from desktop.ui.household.territory_picker import TerritoryEdit
from desktop.ui.household.undo import (
    Field,
    check_field,
    combo_field,
    date_field,
    line_field,
    plain_text_field,
    route_undo_keys,
    spin_field,
)
from desktop.ui.workspace import Workspace

NEW_HOUSEHOLD_SOURCE = Source.OTHER
"""A household the officer types in was met at the office or on the phone: "accueil direct"."""

NEW_HOUSEHOLD_CONSENT_CHANNEL = ConsentChannel.PAPER
BUDGET_MAX_EUR = 10_000_000
COUNTRIES = [  # named in the interface language; lupdate reads the markers
    ("FR", QT_TRANSLATE_NOOP("Countries", "France")),
    ("BE", QT_TRANSLATE_NOOP("Countries", "Belgique")),
    ("CH", QT_TRANSLATE_NOOP("Countries", "Suisse")),
    ("LU", QT_TRANSLATE_NOOP("Countries", "Luxembourg")),
    ("DE", QT_TRANSLATE_NOOP("Countries", "Allemagne")),
    ("ES", QT_TRANSLATE_NOOP("Countries", "Espagne")),
    ("IT", QT_TRANSLATE_NOOP("Countries", "Italie")),
    ("PT", QT_TRANSLATE_NOOP("Countries", "Portugal")),
    ("NL", QT_TRANSLATE_NOOP("Countries", "Pays-Bas")),
    ("GB", QT_TRANSLATE_NOOP("Countries", "Royaume-Uni")),
    ("IE", QT_TRANSLATE_NOOP("Countries", "Irlande")),
    ("CA", QT_TRANSLATE_NOOP("Countries", "Canada")),
    ("US", QT_TRANSLATE_NOOP("Countries", "États-Unis")),
    ("MA", QT_TRANSLATE_NOOP("Countries", "Maroc")),
    ("DZ", QT_TRANSLATE_NOOP("Countries", "Algérie")),
    ("TN", QT_TRANSLATE_NOOP("Countries", "Tunisie")),
]


def _empty_household() -> HouseholdInput:
    return HouseholdInput(
        source=NEW_HOUSEHOLD_SOURCE, members=[PersonInput(PersonRole.ADULT)], origin_country="FR"
    )


def _update(
    household_id: uuid.UUID, data: HouseholdInput, today: date
) -> Callable[[Session], uuid.UUID]:
    def work(session: Session) -> uuid.UUID:
        update_household(session, household_id, data, today=today)
        return household_id

    return work


class HouseholdForm(QWidget):
    """Create or edit one household; see the module docstring for how it behaves.

    Args:
        workspace: the database, the officer, today, and the signals of the window.

    Signals:
        saved: the household (``uuid.UUID``) was written; it is now shown as stored.
        erased_meanwhile: the household (``uuid.UUID``) was erased since it was
            loaded (the erasure came with a sync): the save was refused, and the
            anonymous household is shown, what was typed dropped.
        dirty_changed: ``True`` when the form holds edits not saved, ``False`` again
            once saved, cancelled, or undone back to the stored values.
    """

    saved = Signal(object)
    erased_meanwhile = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("householdForm")
        self.setStyleSheet(ERROR_SHEET)
        self._workspace = workspace
        self._household_id: uuid.UUID | None = None
        self._stored = _empty_household()
        self._consent_at: datetime | None = None

        # Not a child of the form: a stack deleted with its widget clears itself and says
        # "clean" to a half-destroyed form. Owned by this attribute, it outlives the widget,
        # whose destruction cuts the connection below.
        self.undo_stack = QUndoStack()
        self.undo_stack.cleanChanged.connect(self.on_clean_changed)
        self.undo_action: QAction = self.undo_stack.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action: QAction = self.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        self.redo_action.setObjectName("redoAction")
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        ctrl_shift_z = QKeySequence("Ctrl+Shift+Z")
        self.redo_action.setShortcuts([ctrl_shift_z, *(k for k in redo_keys if k != ctrl_shift_z)])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.banner = QLabel()
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        layout.addWidget(self._project_section())
        layout.addWidget(self._origin_section())
        layout.addWidget(self._members_section())
        layout.addWidget(self._needs_section())
        layout.addWidget(self._consent_section())
        layout.addStretch(1)
        self._show(self._stored)

    # --- sections -------------------------------------------------------------------------

    def _project_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("Projet"))
        box.setObjectName("projectSection")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        stack = self.undo_stack

        self.source = QComboBox()
        self.source.setObjectName("source")
        for label, source in labelled(Source, source_label):
            self.source.addItem(label, source)
        self._source = combo_field(stack, self.source)
        form.addRow(self._caption(self.tr("&Premier contact"), self.source), self.source)

        projects = QWidget()
        projects.setObjectName("projectTypes")
        grid = QGridLayout(projects)
        grid.setContentsMargins(0, 0, 0, 0)
        self.project_boxes: dict[ProjectType, QCheckBox] = {}
        self._projects: dict[ProjectType, Field] = {}
        for position, project in enumerate(ProjectType):
            check = QCheckBox(project_type_label(project))
            check.setObjectName(f"project_{project.value}")
            grid.addWidget(check, position // 2, position % 2)
            self.project_boxes[project] = check
            self._projects[project] = check_field(stack, check)
        first_project = self.project_boxes[next(iter(ProjectType))]
        form.addRow(self._caption(self.tr("Type de pro&jet"), first_project), projects)

        self.targets = TargetsEditor(lambda: self._territories().wishes, stack)
        self.targets.setObjectName("targets")
        self.targets.structure_changed.connect(self._update_tab_order)
        form.addRow(self._caption(self.tr("Territoires &souhaités"), self.targets), self.targets)

        self.maturity = QComboBox()
        self.maturity.setObjectName("maturity")
        self.maturity.addItem(self.tr("Non précisée"), None)
        for label, maturity in labelled(Maturity, maturity_label):
            self.maturity.addItem(label, maturity)
        self._maturity = combo_field(stack, self.maturity)
        form.addRow(self._caption(self.tr("&Maturité du projet"), self.maturity), self.maturity)
        self._add_housing_rows(form)
        return box

    def _add_housing_rows(self, form: QFormLayout) -> None:
        stack = self.undo_stack

        self.budget = QSpinBox()
        self.budget.setObjectName("housingBudget")
        self.budget.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))
        self.budget.setRange(0, BUDGET_MAX_EUR)
        self.budget.setSingleStep(5_000)
        self.budget.setGroupSeparatorShown(True)
        self.budget.setSuffix(" €")
        self.budget.setSpecialValueText(self.tr("Non précisé"))
        self._budget = spin_field(stack, self.budget)
        self.budget_error = FieldErrorLabel(self.budget)
        form.addRow(
            self._caption(self.tr("&Budget logement"), self.budget),
            self._with_error(self.budget, self.budget_error),
        )

        self.tenure = QComboBox()
        self.tenure.setObjectName("housingTenure")
        self.tenure.addItem(self.tr("Non précisé"), None)
        for label, tenure in labelled(HousingTenure, housing_tenure_label):
            self.tenure.addItem(label, tenure)
        self._tenure = combo_field(stack, self.tenure)
        form.addRow(self._caption(self.tr("&Location ou achat"), self.tenure), self.tenure)

        self.housing_type = QComboBox()
        self.housing_type.setObjectName("housingType")
        self.housing_type.addItem(self.tr("Non précisé"), None)
        for label, kind in labelled(HousingType, housing_type_label):
            self.housing_type.addItem(label, kind)
        self._housing_type = combo_field(stack, self.housing_type)
        form.addRow(
            self._caption(self.tr("Type de lo&gement"), self.housing_type), self.housing_type
        )

        self.housing_notes = QPlainTextEdit()
        self.housing_notes.setObjectName("housingNotes")
        self.housing_notes.setTabChangesFocus(True)
        self.housing_notes.setFixedHeight(64)
        self.housing_notes.setPlaceholderText(
            self.tr("Nombre de chambres, jardin, proximité d'une gare…")
        )
        self._housing_notes = plain_text_field(stack, self.housing_notes)
        form.addRow(
            self._caption(self.tr("Précisions l&ogement"), self.housing_notes), self.housing_notes
        )

        date_row = QHBoxLayout()
        self.has_target_date = QCheckBox(self.tr("Connue :"))
        self.has_target_date.setObjectName("hasTargetDate")
        self.target_date = QDateEdit()
        self.target_date.setObjectName("targetDate")
        self.target_date.setDisplayFormat("dd/MM/yyyy")
        self.target_date.setCalendarPopup(True)
        self._has_target_date = check_field(stack, self.has_target_date, self._enable)
        self._target_date = date_field(stack, self.target_date)
        date_row.addWidget(self.has_target_date)
        date_row.addWidget(self.target_date)
        date_row.addStretch(1)
        form.addRow(self._caption(self.tr("Arrivée so&uhaitée"), self.has_target_date), date_row)

    def _origin_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("Actuellement"))
        box.setObjectName("originSection")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        stack = self.undo_stack

        self.country = QComboBox()
        self.country.setObjectName("originCountry")
        for code, name in COUNTRIES:
            self.country.addItem(QCoreApplication.translate("Countries", name), code)
        self._country = combo_field(stack, self.country, self._enable)
        form.addRow(self._caption(self.tr("Pa&ys"), self.country), self.country)

        self.origin_commune = TerritoryEdit(lambda: self._territories().origins)
        self.origin_commune.setObjectName("originCommune")
        self.origin_commune.setPlaceholderText(self.tr("Nom ou code postal (ex. Créteil, 94000)"))
        self._origin_commune = Field(
            stack,
            self.origin_commune.value,
            self.origin_commune.set_value,
            text=True,
            parent=self.origin_commune,
        )
        self.origin_commune.changed.connect(self._origin_commune.on_user_change)
        route_undo_keys(self.origin_commune)
        self.origin_error = FieldErrorLabel(self.origin_commune)
        form.addRow(
            self._caption(self.tr("&Commune (France)"), self.origin_commune),
            self._with_error(self.origin_commune, self.origin_error),
        )

        self.origin_city = QLineEdit()
        self.origin_city.setObjectName("originCity")
        self.origin_city.setPlaceholderText(self.tr("Pour un foyer qui vit à l'étranger"))
        self._origin_city = line_field(stack, self.origin_city)
        form.addRow(self._caption(self.tr("&Ville"), self.origin_city), self.origin_city)
        return box

    def _members_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("Membres du foyer"))
        box.setObjectName("membersSection")
        layout = QVBoxLayout(box)
        self.members = MembersEditor(self.undo_stack)
        self.members.setObjectName("members")
        self.members.structure_changed.connect(self._update_tab_order)
        layout.addWidget(self.members)
        return box

    def _needs_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("Besoins"))
        box.setObjectName("needsSection")
        layout = QVBoxLayout(box)
        self.needs = NeedsEditor(self.undo_stack)
        self.needs.setObjectName("needs")
        layout.addWidget(self.needs)
        return box

    def _consent_section(self) -> QGroupBox:
        box = QGroupBox(self.tr("Consentement"))
        box.setObjectName("consentSection")
        self.consent_box = box
        layout = QVBoxLayout(box)
        self.consent = QCheckBox(consent_statement())
        self.consent.setObjectName("consent")
        wording = QLabel(consent_wording())
        wording.setObjectName("consentWording")
        wording.setWordWrap(True)
        wording.setIndent(24)
        self._consent = Field(
            self.undo_stack,
            self._read_consent,
            self._write_consent,
            on_change=self._show_consent_date,
            parent=self.consent,
        )
        self.consent.toggled.connect(self._consent.on_user_change)
        layout.addWidget(self.consent)
        layout.addWidget(wording)

        details = QFormLayout()
        self.consent_date = QLabel()
        self.consent_date.setObjectName("consentDate")
        details.addRow(self.tr("Recueilli le"), self.consent_date)
        self.consent_version = QLineEdit()
        self.consent_version.setObjectName("consentVersion")
        self.consent_version.setMaxLength(20)
        self._consent_version = line_field(self.undo_stack, self.consent_version)
        details.addRow(
            self._caption(self.tr("Version du te&xte"), self.consent_version), self.consent_version
        )
        self.consent_channel = QComboBox()
        self.consent_channel.setObjectName("consentChannel")
        for label, channel in labelled(ConsentChannel, consent_channel_label):
            self.consent_channel.addItem(label, channel)
        self._consent_channel = combo_field(self.undo_stack, self.consent_channel)
        details.addRow(
            self._caption(self.tr("&Recueilli par"), self.consent_channel), self.consent_channel
        )
        layout.addLayout(details)
        self.consent_withdrawn = QLabel()
        self.consent_withdrawn.setObjectName("consentWithdrawn")
        self.consent_withdrawn.setWordWrap(True)
        self.consent_withdrawn.setStyleSheet(f"color: {style.ACCENT_TEXT}; font-weight: 600;")
        self.consent_withdrawn.hide()
        layout.addWidget(self.consent_withdrawn)
        return box

    def show_withdrawal(self, at: datetime | None, channel: ConsentChannel | None) -> None:
        """Say under the consent that the household withdrew it (recorded apart from the form)."""
        self.consent_withdrawn.setVisible(at is not None)
        if at is None:
            return
        text = self.tr("Consentement retiré le {day}").format(
            day=at.astimezone().strftime("%d/%m/%Y")
        )
        if channel is not None:
            text += self.tr(" ({channel})").format(channel=consent_channel_label(channel))
        self.consent_withdrawn.setText(text)

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _with_error(field: QWidget, error: FieldErrorLabel) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(error)
        return holder

    # --- public API -----------------------------------------------------------------------

    @property
    def household_id(self) -> uuid.UUID | None:
        """The household shown, ``None`` while a new one is being typed."""
        return self._household_id

    def new(self) -> None:
        """Show an empty household (one adult to fill in), with a fresh undo history."""
        self._household_id = None
        self._stored = _empty_household()
        self._show(self._stored)

    def load(self, household_id: uuid.UUID) -> None:
        """Show the stored household, with a fresh undo history."""
        with self._workspace.database.session() as session:
            stored = load_household(session, household_id)
        self._household_id = household_id
        self._stored = stored
        self._show(stored)

    def on_clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def cancel(self) -> None:
        """Go back to the stored values (undoable: redo brings the edits back)."""
        self._clear_errors()
        if self.undo_stack.cleanIndex() >= 0:
            self.undo_stack.setIndex(self.undo_stack.cleanIndex())
        else:
            self._show(self._stored)

    def save(self) -> uuid.UUID | None:
        """Check and write the household; ``None`` when it was not written (see the banner).

        A new household that looks like a known one is first shown to the officer,
        who may open the known one, merge into it, create anyway, or cancel.
        """
        self._clear_errors()
        data = self.to_input()
        today = self._workspace.today()
        officer_id = self._workspace.officer_id
        work = (
            self._creation(data, today, officer_id)
            if self._household_id is None
            else _update(self._household_id, data, today)
        )
        if work is None:
            return None
        try:
            saved_id = self._workspace.write(work)
        except FormError as error:
            self._show_form_error(error)
            return None
        except ErasedHouseholdError as error:
            self.load(error.household_id)
            self._show_banner(error.message)
            self.erased_meanwhile.emit(error.household_id)
            return None
        except UserFacingError as error:
            self._show_banner(error.message)
            return None
        self.load(saved_id)
        self.saved.emit(saved_id)
        self._workspace.households_changed.emit()
        return saved_id

    def confirm_leave(self) -> bool:
        """Ask what to do with unsaved edits; ``True`` when the form may be left.

        The box (``confirmLeaveBox``) is modal and run with ``exec()``; its buttons
        are named ``saveChanges``, ``discardChanges`` and ``cancelLeave``.
        """
        if not self.is_dirty():
            return True
        box = QMessageBox(self)
        box.setObjectName("confirmLeaveBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Modifications non enregistrées"))
        box.setText(self.tr("Enregistrer les modifications du foyer ?"))
        box.setInformativeText(
            self.tr("Sinon, ce que vous avez saisi depuis le dernier enregistrement sera perdu.")
        )
        save = box.addButton(self.tr("Enregistrer"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("saveChanges")
        discard = box.addButton(
            self.tr("Ne pas enregistrer"), QMessageBox.ButtonRole.DestructiveRole
        )
        discard.setObjectName("discardChanges")
        stay = box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("cancelLeave")
        box.setDefaultButton(save)
        box.setEscapeButton(stay)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is save:
            return self.save() is not None
        if clicked is discard:
            self.cancel()
            return True
        return False

    def to_input(self) -> HouseholdInput:
        """What the widgets hold, as the case service takes it (nothing checked yet)."""
        origin = self.origin_commune.resolved()
        text = self.origin_commune.text()
        country = self._country.value()
        consent_at = self._consent.value()
        return HouseholdInput(
            source=self._source.value(),
            members=self.members.inputs(),
            targets=self.targets.inputs(),
            needs=self.needs.inputs(),
            origin_country=country,
            origin_commune_code=(
                "" if country != "FR" else origin.code if origin is not None else text.strip()
            ),
            origin_postcode=origin.postcode if origin is not None and country == "FR" else "",
            origin_city=self._origin_city.value(),
            project_types={project for project, field in self._projects.items() if field.value()},
            maturity=self._maturity.value(),
            housing_tenure=self._tenure.value(),
            housing_type=self._housing_type.value(),
            housing_budget_eur=self._budget.value() or None,
            housing_notes=self._housing_notes.value(),
            target_date=self._target_date.value() if self._has_target_date.value() else None,
            event_id=self._stored.event_id,
            officer_id=self._stored.officer_id or self._workspace.officer_id,
            consent=(
                ConsentInput(
                    consent_at, self._consent_version.value(), self._consent_channel.value()
                )
                if consent_at is not None
                else None
            ),
        )

    # --- saving ---------------------------------------------------------------------------

    def _creation(
        self, data: HouseholdInput, today: date, officer_id: uuid.UUID | None
    ) -> Callable[[Session], uuid.UUID] | None:
        """The write that creates the household, after the officer saw its likely duplicates."""
        with self._workspace.database.session() as session:
            candidates = duplicates_of_input(session, data)
        choice, existing = DuplicateChoice.CREATE, None
        if candidates:
            dialog = DuplicatesDialog(candidates, self)
            dialog.exec()
            choice, existing = dialog.choice, dialog.selected()
            dialog.deleteLater()
        if choice is DuplicateChoice.CANCEL:
            return None
        if choice is DuplicateChoice.OPEN and existing is not None:
            self._workspace.open_household(existing)
            return None
        if choice is DuplicateChoice.MERGE and existing is not None:
            keep_id = existing

            def merge(session: Session) -> uuid.UUID:
                household = register_household(session, data, today=today)
                session.flush()
                merge_households(session, keep_id, household.id, officer_id=officer_id, today=today)
                return keep_id

            return merge

        def create(session: Session) -> uuid.UUID:
            return register_household(session, data, today=today).id

        return create

    def _show_form_error(self, error: FormError) -> None:
        placed: list[QWidget] = []
        for field_name, message in error.by_field().items():
            label = self._error_label(field_name)
            if label is not None:
                label.show_message(message)
                if label.field is not None:
                    placed.append(label.field)
        count = len(error.errors)
        summary = (
            self.tr("Le foyer n'a pas été enregistré : un champ est à corriger.")
            if count == 1
            else self.tr(
                "Le foyer n'a pas été enregistré : {count} champs sont à corriger."
            ).format(count=count)
        )
        self._show_banner("\n".join([summary, *(item.message for item in error.errors)]))
        chain = self._focus_chain()
        firsts = sorted(placed, key=lambda w: chain.index(w) if w in chain else len(chain))
        if firsts:
            self._focus(firsts[0])

    def _error_label(self, field_name: str) -> FieldErrorLabel | None:
        """Where the message about ``field_name`` (as the case service names it) goes."""
        if field_name.startswith("members[") and "]." in field_name:
            index, name = field_name[len("members[") :].split("].", 1)
            rows = self.members.rows()
            if index.isdigit() and int(index) < len(rows):
                return rows[int(index)].errors.get(name)
            return self.members.error
        if field_name.startswith("targets["):
            index = field_name[len("targets[") :].rstrip("]")
            rows = self.targets.sent_rows()
            if index.isdigit() and int(index) < len(rows):
                return rows[int(index)].error
            return None
        if field_name == "contact":
            adults = [row for row in self.members.rows() if row.role is PersonRole.ADULT]
            return adults[0].errors["email"] if adults else self.members.error
        return {
            "members": self.members.error,
            "origin_commune_code": self.origin_error,
            "postcode": self.origin_error,
            "housing_budget_eur": self.budget_error,
            "needs": self.needs.error,
        }.get(field_name)

    def _show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.setVisible(True)
        self._ensure_visible(self.banner)

    def _clear_errors(self) -> None:
        self.banner.clear()
        self.banner.setVisible(False)
        self.members.clear_errors()
        self.targets.clear_errors()
        self.needs.clear_errors()
        self.origin_error.clear_message()
        self.budget_error.clear_message()

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._ensure_visible(widget)

    def _ensure_visible(self, widget: QWidget) -> None:
        """Scroll the page's scroll area, if the form sits in one, so ``widget`` shows."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)

    # --- showing values -------------------------------------------------------------------

    def _show(self, data: HouseholdInput) -> None:
        """Put ``data`` on screen as the clean starting point of a fresh undo history."""
        self.undo_stack.clear()
        self._clear_errors()
        self._source.reset(data.source)
        for project, field in self._projects.items():
            field.reset(project in data.project_types)
        self.targets.load([self._wish_value(t.kind, t.code) for t in data.targets])
        self._maturity.reset(data.maturity)
        self._budget.reset(data.housing_budget_eur or 0)
        self._tenure.reset(data.housing_tenure)
        self._housing_type.reset(data.housing_type)
        self._housing_notes.reset(data.housing_notes)
        self._has_target_date.reset(data.target_date is not None)
        self._target_date.reset(data.target_date or self._workspace.today())
        if self.country.findData(data.origin_country) < 0:
            self.country.addItem(data.origin_country, data.origin_country)
        self._country.reset(data.origin_country)
        with self._workspace.database.session() as session:
            origin = (
                describe_origin(session, data.origin_commune_code, data.origin_postcode)
                if data.origin_commune_code
                else None
            )
        self._origin_commune.reset(
            (origin.label, origin) if origin else (data.origin_commune_code, None)
        )
        self._origin_city.reset(data.origin_city)
        self.members.load(data.members)
        self.needs.load(data.needs)
        consent = data.consent
        self._consent.reset(consent.at if consent else None)
        self._consent_version.reset(consent.version if consent else CONSENT_VERSION)
        self._consent_channel.reset(consent.channel if consent else NEW_HOUSEHOLD_CONSENT_CHANNEL)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._enable()
        self._update_tab_order()

    def _wish_value(self, kind: TerritoryKind, code: str) -> tuple[str, Place | None]:
        with self._workspace.database.session() as session:
            place = describe_wish(session, kind, code)
        return (place.label, place) if place else (code, None)

    def _territories(self) -> TerritoryIndex:
        return territory_index(self._workspace.database)

    def _read_consent(self) -> datetime | None:
        """The consent's date: now when just ticked, kept as long as the box stays ticked."""
        if not self.consent.isChecked():
            self._consent_at = None
        elif self._consent_at is None:
            self._consent_at = utcnow()
        return self._consent_at

    def _write_consent(self, value: datetime | None) -> None:
        self._consent_at = value
        self.consent.setChecked(value is not None)

    def _show_consent_date(self) -> None:
        at = self._consent_at
        if at is None:
            self.consent_date.setText(self.tr("pas encore recueilli"))
            return
        self.consent_date.setText(at.astimezone().strftime("%d/%m/%Y"))

    def _enable(self) -> None:
        self.target_date.setEnabled(self.has_target_date.isChecked())
        in_france = self.country.currentData() == "FR"
        self.origin_commune.setEnabled(in_france)

    def _focus_chain(self) -> list[QWidget]:
        """The form's fields in reading order, which the Tab key follows."""
        return [
            self.source,
            *self.project_boxes.values(),
            *self.targets.focus_chain(),
            self.maturity,
            self.budget,
            self.tenure,
            self.housing_type,
            self.housing_notes,
            self.has_target_date,
            self.target_date,
            self.country,
            self.origin_commune,
            self.origin_city,
            *self.members.focus_chain(),
            *self.needs.focus_chain(),
            self.consent,
            self.consent_version,
            self.consent_channel,
        ]

    def _update_tab_order(self) -> None:
        chain = self._focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
