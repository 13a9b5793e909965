"""One household on one screen: its form on the left, its status and timeline on the right.

The form is edited and saved as a whole (*Enregistrer* / *Annuler*); the
status and the timeline write at once, as each is one deliberate act. A
household not yet saved has neither, so the right column waits for the
first save.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import audit
from desktop.errors import WriteError
from desktop.models import DocumentVersion, Household
from desktop.ui import style
from desktop.ui.documents.dossier_printing import DossierPrinting
from desktop.ui.household.form import HouseholdForm
from desktop.ui.household.status_panel import StatusPanel
from desktop.ui.household.suggestions_panel import SuggestionsPanel
from desktop.ui.household.timeline_panel import TimelinePanel
from desktop.ui.privacy.household_privacy import HouseholdPrivacy
from desktop.ui.workspace import Workspace

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

RIGHT_COLUMN_WIDTH = 440


class HouseholdPage(QWidget):
    """The household page, shown in place of the list when a household is opened."""

    back_requested = Signal()
    """The officer asked to go back to the list (the window checks unsaved edits first)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageContent")
        self._workspace = workspace
        self.form = HouseholdForm(workspace, self)
        self.status_panel = StatusPanel(workspace, self)
        self.timeline = TimelinePanel(workspace, self)
        self.suggestions = SuggestionsPanel(workspace, self)

        self.back_button = QPushButton(translate("HouseholdPage", "← Dossiers"), self)
        self.back_button.setObjectName("backToList")
        self.back_button.setToolTip(translate("HouseholdPage", "Revenir à la liste"))
        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        self.heading.setFont(style.scaled_font(self.heading, 1.7, weight=QFont.Weight.DemiBold))
        self.unsaved = QLabel(translate("HouseholdPage", "Modifications non enregistrées"), self)
        self.unsaved.setObjectName("unsavedNote")
        self.unsaved.setStyleSheet(f"color: {style.ACCENT};")
        self.cancel_button = QPushButton(translate("HouseholdPage", "Annuler"), self)
        self.cancel_button.setObjectName("cancelHousehold")
        self.cancel_button.setToolTip(
            translate("HouseholdPage", "Revenir à la dernière version enregistrée (Échap)")
        )
        self.save_button = QPushButton(translate("HouseholdPage", "Enregistrer"), self)
        self.save_button.setObjectName("saveHousehold")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(translate("HouseholdPage", "Enregistrer le foyer (Ctrl+S)"))
        self.printing = DossierPrinting(workspace, workspace.settings, self)
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("printDossier")
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.privacy = HouseholdPrivacy(workspace, self)
        self.privacy_button = QToolButton(self)
        self.privacy_button.setObjectName("privacyMenu")
        self.privacy_button.setText(translate("HouseholdPage", "Données personnelles"))
        self.privacy_button.setToolTip(
            translate("HouseholdPage", "Exporter, retrait du consentement, effacement (RGPD)")
        )
        self.privacy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self._build_layout()
        self._build_actions()
        self.form.dirty_changed.connect(self._show_dirty)
        self.form.saved.connect(self._on_saved)
        self.form.erased_meanwhile.connect(self._show_stored)  # read-only: what is left of it
        self.back_button.clicked.connect(self.back_requested)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.privacy.erased.connect(self._on_erased)
        self.privacy.consent_changed.connect(self._show_privacy_state)
        self._workspace.households_changed.connect(self._update_heading)
        self._show_dirty(False)

    @property
    def household_id(self) -> uuid.UUID | None:
        return self.form.household_id

    def open(self, household_id: uuid.UUID) -> None:
        """Show the household, and note in the audit log that it was viewed (once per opening)."""
        self.form.load(household_id)
        self._set_panels_enabled(True)
        self._show_stored(household_id)
        self.form.setFocus(Qt.FocusReason.OtherFocusReason)
        try:
            audit.record(
                self._workspace.database, audit.AuditAction.VIEWED, households=[household_id]
            )
        except WriteError:
            log.exception("viewing %s left out of the audit log", household_id.hex)

    def new(self) -> None:
        self.form.new()
        self.status_panel.clear()
        self.timeline.clear()
        self.suggestions.clear()
        self._set_panels_enabled(False)
        self._show_privacy_state()
        self._update_heading()
        self.form.focusNextChild()

    def confirm_leave(self) -> bool:
        """Whether the officer may leave this household (saved, discarded, or nothing to lose)."""
        return self.form.confirm_leave()

    def save(self) -> uuid.UUID | None:
        return self.form.save()

    def cancel(self) -> None:
        self.form.cancel()

    def print_dossier(self, version: DocumentVersion) -> None:
        """Preview the household's dossier; unsaved edits are saved first, as printed is stored."""
        unsaved = self.form.household_id is None or self.form.is_dirty()
        if unsaved and self.save() is None:
            return
        household_id = self.form.household_id
        if household_id is not None:
            self.printing.open_preview(household_id, version)

    def _privacy_act(self, act: Callable[[uuid.UUID], object]) -> None:
        """Run a privacy act on the stored household; unsaved edits are saved first."""
        if self.form.is_dirty() and self.save() is None:
            return
        if self.form.household_id is not None:
            act(self.form.household_id)

    def _on_erased(self, household_id: uuid.UUID) -> None:
        """The household is anonymous now: nothing left to work on, back to the list."""
        self.form.load(household_id)
        self.back_requested.emit()

    def _show_stored(self, household_id: uuid.UUID) -> None:
        """The panels, the privacy state and the heading of the stored household."""
        self.status_panel.load(household_id)
        self.timeline.load(household_id)
        self.suggestions.load(household_id)
        self._show_privacy_state()
        self._update_heading()

    def _show_privacy_state(self, *_args: object) -> None:
        """A withdrawn consent shows under the consent; an erased household is read-only."""
        household_id = self.form.household_id
        household = None
        if household_id is not None:
            with self._workspace.database.session() as session:
                household = session.get(Household, household_id)
        if household is None:
            self.form.show_withdrawal(None, None)
        else:
            self.form.show_withdrawal(
                household.consent_withdrawn_at, household.consent_withdrawn_channel
            )
        erased = household is not None and household.erased_at is not None
        for widget in (self.form, self.save_button, self.status_panel, self.timeline):
            widget.setEnabled(not erased)
        if erased:
            self.privacy_button.setEnabled(False)
            self.print_button.setEnabled(False)

    def _on_saved(self, household_id: uuid.UUID) -> None:
        if self.status_panel.household_id != household_id:
            self.status_panel.load(household_id)
            self.timeline.load(household_id)
        self.suggestions.load(household_id)  # needs, wishes or budget may have changed
        self._set_panels_enabled(True)
        self._update_heading()

    def _set_panels_enabled(self, enabled: bool) -> None:
        """Status and timeline need a stored household; until then a note says so."""
        self.print_button.setEnabled(enabled)
        self.privacy_button.setEnabled(enabled)
        self.status_panel.setVisible(enabled)
        self.timeline.setVisible(enabled)
        self.suggestions.setVisible(enabled)
        self._waiting_note.setVisible(not enabled)
        # The pipeline's four steps must show whole: the form, which scrolls, gives way.
        scroll_bar = self._right_scroll.verticalScrollBar().sizeHint().width()
        self._right_scroll.setMinimumWidth(self._right.minimumSizeHint().width() + scroll_bar)

    def _update_heading(self) -> None:
        household_id = self.form.household_id
        name = None
        if household_id is not None:
            with self._workspace.database.session() as session:
                household = session.get(Household, household_id)
                name = household.name if household is not None else None
        if household_id is None:
            self.heading.setText(translate("HouseholdPage", "Nouveau foyer"))
        else:
            self.heading.setText(name or translate("HouseholdPage", "Foyer sans nom"))

    def _show_dirty(self, dirty: bool) -> None:
        self.unsaved.setVisible(dirty)
        self.cancel_button.setEnabled(dirty)

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self.back_button)
        header.addWidget(self.heading)
        header.addWidget(self.unsaved, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        header.addWidget(self.print_button)
        header.addWidget(self.cancel_button)
        header.addWidget(self.save_button)

        self.form.consent_box.layout().addWidget(
            self.privacy_button, 0, Qt.AlignmentFlag.AlignLeft
        )  # beside the consent, in the form's scroll: the header keeps its width
        form_scroll = _scroll(self.form, self)
        right = QWidget(self)
        right.setObjectName("householdSide")
        self._waiting_note = QLabel(
            translate(
                "HouseholdPage",
                "Le statut et l'historique des échanges apparaîtront une fois le foyer enregistré.",
            ),
            right,
        )
        self._waiting_note.setObjectName("panelsWaitingNote")
        self._waiting_note.setWordWrap(True)
        self._waiting_note.setStyleSheet(f"color: {style.MUTED};")
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self._waiting_note)
        column.addWidget(self.status_panel)
        column.addWidget(self.timeline, 1)
        column.addWidget(self.suggestions)
        right_scroll = _scroll(right, self)
        self._right, self._right_scroll = right, right_scroll

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("householdSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(form_scroll)
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, RIGHT_COLUMN_WIDTH])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

    def _build_actions(self) -> None:
        """Shortcuts that work anywhere on the page, whichever field has the focus."""
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.save_action = QAction(translate("HouseholdPage", "Enregistrer le foyer"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.cancel_action = QAction(translate("HouseholdPage", "Annuler les modifications"), self)
        self.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_action.triggered.connect(self.cancel)
        self.log_action = QAction(translate("HouseholdPage", "Noter un échange"), self)
        self.log_action.setShortcut(QKeySequence("Ctrl+E"))
        self.log_action.triggered.connect(self.timeline.focus_quick_add)
        self.print_action = QAction(translate("HouseholdPage", "Imprimer le dossier"), self)
        self.print_action.setObjectName("printHouseholdDossier")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(
            translate("HouseholdPage", "Dossier d'installation à remettre au foyer (Ctrl+P)")
        )
        self.print_action.triggered.connect(lambda: self.print_dossier(DocumentVersion.HOUSEHOLD))
        self.print_internal_action = QAction(
            translate("HouseholdPage", "Dossier interne (chargé·e d'accueil)"), self
        )
        self.print_internal_action.setObjectName("printInternalDossier")
        self.print_internal_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.print_internal_action.triggered.connect(
            lambda: self.print_dossier(DocumentVersion.INTERNAL)
        )
        self.export_data_action = QAction(
            translate("HouseholdPage", "Exporter les données du foyer…"), self
        )
        self.export_data_action.setObjectName("exportHouseholdData")
        self.export_data_action.triggered.connect(
            lambda: self._privacy_act(self.privacy.export_data)
        )
        self.withdraw_action = QAction(translate("HouseholdPage", "Retrait du consentement…"), self)
        self.withdraw_action.setObjectName("withdrawConsent")
        self.withdraw_action.triggered.connect(
            lambda: self._privacy_act(self.privacy.withdraw_consent)
        )
        self.erase_action = QAction(translate("HouseholdPage", "Effacer le foyer…"), self)
        self.erase_action.setObjectName("eraseHousehold")
        self.erase_action.triggered.connect(lambda: self._privacy_act(self.privacy.erase))
        privacy_menu = QMenu(self.privacy_button)
        privacy_menu.addAction(self.export_data_action)
        privacy_menu.addAction(self.withdraw_action)
        privacy_menu.addSeparator()
        privacy_menu.addAction(self.erase_action)
        self.privacy_button.setMenu(privacy_menu)
        menu = QMenu(self.print_button)
        menu.addAction(self.print_action)
        menu.addAction(self.print_internal_action)
        self.print_button.setMenu(menu)
        self.print_button.setDefaultAction(self.print_action)
        for action in (
            self.save_action,
            self.cancel_action,
            self.log_action,
            self.print_action,
            self.print_internal_action,
        ):
            action.setShortcutContext(context)
            self.addAction(action)
        self.addActions([self.form.undo_action, self.form.redo_action])


def _scroll(widget: QWidget, parent: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setWidget(widget)
    return scroll
