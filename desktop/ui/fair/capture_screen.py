"""The fair's capture screen: one visitor after another, with the keyboard alone.

Large type, one short form on one screen: the contact adult (and a second
one), how to reach them, the children's ages, where they live and would like
to live, the project, the needs, and consent with the wording the visitor
reads and its version. ``Entrée`` saves the visitor as an ordinary household
(see :mod:`desktop.fair.capture`) and clears the form for the next one;
``Tab`` goes from field to field and ``Espace`` ticks a box. ``F11`` (or the
button) puts the screen in full screen and ``Échap`` leaves it; ``Ctrl+L``
locks it, as does a minute without input (:mod:`desktop.ui.fair.lock`);
``Ctrl+P`` prints the welcome pack of the visitor just saved.

Nothing needs the server: the household waits in the outbox until the next
sync. A refused capture keeps everything typed and says what to fix beside
each field; an e-mail or phone already known is said as soon as it is typed,
and again on ``Entrée``, where the officer opens the known household or saves
anyway (``knownVisitorBox``: ``saveAnyway``, ``openExisting``, ``backToForm``).
"""

from __future__ import annotations

import itertools
import uuid

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.duplicates import DuplicateCandidate
from desktop.cases.email_typos import suggest_email
from desktop.cases.events import visitor_count
from desktop.cases.households import TargetInput
from desktop.cases.places import TerritoryIndex, territory_index
from desktop.consent import CONSENT_VERSION, consent_statement, consent_wording
from desktop.errors import FormError, UserFacingError, ValidationError
from desktop.fair.capture import (
    MAX_CHILDREN,
    VisitorInput,
    capture_visitor,
    known_contacts,
    parse_ages,
)
from desktop.labels import need_domain_label, project_type_label
from desktop.models import DocumentVersion, NeedDomain, ProjectType, TerritoryKind
from desktop.ui import style
from desktop.ui.documents.dossier_printing import DossierPrinting
from desktop.ui.fair.lock import DEFAULT_IDLE_SECONDS, LockOverlay, ScreenLock
from desktop.ui.fair.widgets import (
    SHEET,
    Rows,
    advice_strip,
    indicator_sheet,
    tick_boxes,
)
from desktop.ui.field_errors import ERROR_SHEET, FieldErrorLabel
from desktop.ui.household.form import COUNTRIES
from desktop.ui.household.territory_picker import TerritoryEdit
from desktop.ui.workspace import Workspace

translate = QCoreApplication.translate

WISHES = 3
TYPE_SCALE = 1.3
"""The fair screen's type, this much larger than the system's: read from a step away."""
_SCALES = ((1000, 1.75), (880, 1.55), (0, TYPE_SCALE))
"""(screen height from which, type scale): full HD in full screen gets the largest."""


class FairCaptureScreen(QWidget):
    """Captures the visitors of one event; see the module docstring.

    Signals:
        saved(object): a visitor was saved as the household with this ``uuid.UUID``.
        change_event_requested: the officer wants to pick another event.
        full_screen_changed(bool): the screen entered or left full screen.
    """

    saved = Signal(object)
    change_event_requested = Signal()
    full_screen_changed = Signal(bool)

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        lock_after_seconds: int = DEFAULT_IDLE_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fairCapture")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._scale = 0.0
        self._fonts: list[tuple[QWidget, float, QFont.Weight | None]] = []
        self._spaced: list[QGridLayout] = []
        """Grids whose rows spread out as the type grows."""
        self._workspace = workspace
        self._event_id: uuid.UUID | None = None
        self.last_saved: uuid.UUID | None = None
        """The household saved last: the one *Imprimer le pack d'accueil* prints."""
        self._known: list[DuplicateCandidate] = []
        self._confirmed: tuple[str, str] | None = None
        """The e-mail and phone the officer said belong to someone else than the known one."""
        self._host: QWidget | None = None
        self._home: QWidget | None = None
        self.printing = DossierPrinting(workspace, workspace.settings, self)
        self.errors: dict[str, FieldErrorLabel] = {}

        self._content = QWidget(self)
        self._content.setObjectName("fairContent")
        self.overlay = LockOverlay(self)
        self.lock = ScreenLock(
            self._content, self.overlay, idle_ms=lock_after_seconds * 1000, parent=self
        )
        self._build()
        self._font(self.overlay.message, 2.0, QFont.Weight.DemiBold)
        self._font(self.overlay.hint, 1.0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._content)
        outer.addWidget(self.overlay)
        self._build_actions()
        self._set_scale(TYPE_SCALE)
        self.clear()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel(self._content)
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setVisible(False)
        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addWidget(self._visitor_section(), 1)
        columns.addWidget(self._project_section(), 1)
        form = QWidget()
        form.setObjectName("fairForm")
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.banner)
        form_layout.addLayout(columns)
        form_layout.addStretch(1)
        self._scroll = QScrollArea(self._content)
        self._scroll.setObjectName("fairScroll")
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(form)

        layout = QVBoxLayout(self._content)
        layout.setContentsMargins(28, 18, 28, 16)
        layout.setSpacing(12)
        layout.addLayout(self._header())
        layout.addWidget(self._scroll, 1)
        layout.addLayout(self._footer())

    def _header(self) -> QHBoxLayout:
        self.event_label = QLabel(self._content)
        self.event_label.setObjectName("fairEvent")
        self._font(self.event_label, 1.35, QFont.Weight.DemiBold)
        self.counter = QLabel(self._content)
        self.counter.setObjectName("fairCounter")
        self._font(self.counter, 1.1, QFont.Weight.DemiBold)
        self.full_screen_button = self._button(
            translate("FairCapture", "Plein écran (F11)"), "fairFullScreen"
        )
        self.lock_button = self._button(
            translate("FairCapture", "Verrouiller (Ctrl+L)"), "fairLock"
        )
        self.change_event_button = self._button(
            translate("FairCapture", "Changer d'événement"), "fairChangeEvent"
        )
        self.full_screen_button.clicked.connect(self.toggle_full_screen)
        self.lock_button.clicked.connect(self.lock.lock)
        self.change_event_button.clicked.connect(self.change_event_requested)
        header = QHBoxLayout()
        header.setSpacing(14)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.event_label)
        titles.addWidget(self.counter)
        header.addLayout(titles, 1)
        header.addWidget(self.change_event_button)
        header.addWidget(self.lock_button)
        header.addWidget(self.full_screen_button)
        return header

    def _footer(self) -> QHBoxLayout:
        self.status = QLabel(self._content)
        self.status.setObjectName("fairStatus")
        self.status.setWordWrap(True)
        self.print_button = self._button(
            translate("FairCapture", "Imprimer le pack d'accueil (Ctrl+P)"), "fairPrintPack"
        )
        self.save_button = self._button(
            translate("FairCapture", "Enregistrer et suivant (Entrée)"), "fairSave"
        )
        self._font(self.save_button, 1.0, QFont.Weight.DemiBold)
        self.print_button.clicked.connect(self.print_pack)
        self.save_button.clicked.connect(self.save)
        footer = QHBoxLayout()
        footer.setSpacing(14)
        footer.addWidget(self.status, 1)
        footer.addWidget(self.print_button)
        footer.addWidget(self.save_button)
        return footer

    def _visitor_section(self) -> QGroupBox:
        box = QGroupBox(translate("FairCapture", "Le visiteur"))
        box.setObjectName("fairVisitor")
        rows = Rows(QGridLayout(box))
        self._spaced.append(rows.grid)
        self._people_rows(rows)
        self._contact_rows(rows)
        self._family_rows(rows)
        rows.grid.setRowStretch(rows.row, 1)
        return box

    def _people_rows(self, rows: Rows) -> None:
        self.first_name = self._line("fairFirstName", translate("FairCapture", "Prénom"))
        self.last_name = self._line("fairLastName", translate("FairCapture", "Nom"))
        rows.add(translate("FairCapture", "&Adulte"), self.first_name, self.last_name)
        rows.span(self._error("first_name", self.first_name))
        self.occupation = self._line("fairOccupation", translate("FairCapture", "ex. infirmière"))
        rows.add(translate("FairCapture", "&Métier"), self.occupation)
        self.second_first_name = self._line(
            "fairSecondFirstName", translate("FairCapture", "Prénom (facultatif)")
        )
        self.second_last_name = self._line(
            "fairSecondLastName", translate("FairCapture", "Nom (facultatif)")
        )
        rows.add(
            translate("FairCapture", "&Second adulte"),
            self.second_first_name,
            self.second_last_name,
        )
        rows.span(self._error("second_first_name", self.second_first_name))
        self.second_occupation = self._line(
            "fairSecondOccupation", translate("FairCapture", "Son métier (facultatif)")
        )
        rows.add(translate("FairCapture", "Mét&ier"), self.second_occupation)

    def _contact_rows(self, rows: Rows) -> None:
        self.email = self._line("fairEmail", translate("FairCapture", "prenom.nom@exemple.fr"))
        rows.add(translate("FairCapture", "&E-mail"), self.email)
        rows.span(self._error("email", self.email))
        rows.span(self._error("contact", self.email))
        self.email_hint = QLabel()
        self.email_hint.setObjectName("emailSuggestion")
        self.email_hint.setWordWrap(True)
        self.fix_email_button = QPushButton(translate("FairCapture", "Corri&ger"))
        self.fix_email_button.setObjectName("fixEmail")
        self.fix_email_button.setAutoDefault(False)
        self.fix_email_button.clicked.connect(self.accept_email_suggestion)
        self._email_hint_row = advice_strip("emailHintRow", self.email_hint, self.fix_email_button)
        rows.span(self._email_hint_row)
        self.phone = self._line("fairPhone", translate("FairCapture", "06 12 34 56 78 ou +32 …"))
        rows.add(translate("FairCapture", "&Téléphone"), self.phone)
        rows.span(self._error("phone", self.phone))
        self.known_warning = QLabel()
        self.known_warning.setObjectName("knownWarning")
        self.known_warning.setWordWrap(True)
        self.open_known_button = QPushButton(translate("FairCapture", "&Ouvrir ce dossier"))
        self.open_known_button.setObjectName("openKnownHousehold")
        self.open_known_button.setAutoDefault(False)
        self.open_known_button.clicked.connect(self.open_known)
        self._known_row = advice_strip("knownRow", self.known_warning, self.open_known_button)
        rows.span(self._known_row, first_column=0, columns=3)

    def _family_rows(self, rows: Rows) -> None:
        self.children = QSpinBox()
        self.children.setObjectName("fairChildren")
        self.children.setRange(0, MAX_CHILDREN)
        self.children.setAccessibleName(translate("FairCapture", "Nombre d'enfants"))
        self.children_ages = self._line(
            "fairChildrenAges", translate("FairCapture", "Âges, ex. 4, 9")
        )
        self.children_ages.editingFinished.connect(self._on_ages_typed)
        rows.add(translate("FairCapture", "E&nfants"), self.children, self.children_ages)
        rows.pair(
            self._error("children", self.children),
            self._error("children_ages", self.children_ages),
        )
        self.country = QComboBox()
        self.country.setObjectName("fairCountry")
        for code, name in COUNTRIES:
            self.country.addItem(QCoreApplication.translate("Countries", name), code)
        self.origin = TerritoryEdit(lambda: self._territories().origins)
        self.origin.setObjectName("fairOrigin")
        self.origin.setPlaceholderText(translate("FairCapture", "Commune"))
        self.origin_city = self._line("fairOriginCity", translate("FairCapture", "Ville"))
        self.country.currentIndexChanged.connect(self._show_origin_field)
        holder = QWidget()
        origin_row = QHBoxLayout(holder)
        origin_row.setContentsMargins(0, 0, 0, 0)
        origin_row.addWidget(self.country)
        origin_row.addWidget(self.origin, 1)
        origin_row.addWidget(self.origin_city, 1)
        rows.add(translate("FairCapture", "&Vit à"), holder, buddy=self.country)
        rows.span(self._error("origin", self.origin))

    def _project_section(self) -> QGroupBox:
        box = QGroupBox(translate("FairCapture", "Son projet"))
        box.setObjectName("fairProject")
        layout = QVBoxLayout(box)
        layout.setSpacing(6)
        self._wish_rows(layout)
        layout.addWidget(self._caption(translate("FairCapture", "Projet")))
        self.project_boxes = tick_boxes(
            layout, list(ProjectType), project_type_label, "project", columns=2
        )
        self._spaced.append(layout.itemAt(layout.count() - 1).layout())
        layout.addWidget(self._caption(translate("FairCapture", "Besoins")))
        self.need_boxes = tick_boxes(layout, list(NeedDomain), need_domain_label, "need", columns=3)
        self._spaced.append(layout.itemAt(layout.count() - 1).layout())
        layout.addWidget(self._consent_block())
        layout.addStretch(1)
        return box

    def _wish_rows(self, layout: QVBoxLayout) -> None:
        wishes_label = self._caption(translate("FairCapture", "Territoires souhaités"))
        layout.addWidget(wishes_label)
        self.wishes: list[TerritoryEdit] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        for number in range(1, WISHES + 1):
            edit = TerritoryEdit(lambda: self._territories().wishes)
            edit.setObjectName(f"fairWish{number}")
            edit.setPlaceholderText(
                translate("FairCapture", "ex. Dole, Grand Dole, Jura")
                if number == 1
                else translate("FairCapture", "Facultatif")
            )
            edit.setAccessibleName(
                translate("FairCapture", "Territoire souhaité n° {number}").format(number=number)
            )
            rank = QLabel(f"{number}.")
            rank.setBuddy(edit)
            self.wishes.append(edit)
            grid.addWidget(rank, 2 * number - 2, 0)
            grid.addWidget(edit, 2 * number - 2, 1)
            grid.addWidget(self._error(f"targets[{number - 1}]", edit), 2 * number - 1, 1)
        wishes_label.setBuddy(self.wishes[0])
        layout.addLayout(grid)

    def _consent_block(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("consentFrame")
        layout = QVBoxLayout(frame)
        layout.setSpacing(4)
        statement = QLabel(consent_statement())
        statement.setObjectName("fairConsentStatement")
        statement.setWordWrap(True)
        self._font(statement, 1.0, QFont.Weight.DemiBold)
        wording = QLabel(consent_wording())
        wording.setObjectName("fairConsentWording")
        wording.setWordWrap(True)
        version = QLabel(
            translate("FairCapture", "Texte du consentement, version {version}").format(
                version=CONSENT_VERSION
            )
        )
        version.setObjectName("fairConsentVersion")
        version.setStyleSheet(f"color: {style.MUTED};")
        self.consent = QCheckBox(translate("FairCapture", "Le visiteur a lu ce texte et l'accepte"))
        self.consent.setObjectName("fairConsent")
        self._font(self.consent, 1.0, QFont.Weight.DemiBold)
        layout.addWidget(statement)
        layout.addWidget(wording)
        layout.addWidget(version)
        layout.addWidget(self.consent)
        layout.addWidget(self._error("consent", self.consent))
        return frame

    def _build_actions(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.lock_action = QAction(translate("FairCapture", "Verrouiller l'écran"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock.lock)
        self.full_screen_action = QAction(translate("FairCapture", "Plein écran"), self)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.full_screen_action.triggered.connect(self.toggle_full_screen)
        self.print_action = QAction(translate("FairCapture", "Imprimer le pack d'accueil"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_pack)
        for action in (self.lock_action, self.full_screen_action, self.print_action):
            action.setShortcutContext(context)
            self.addAction(action)
        self.email.editingFinished.connect(self._on_contact_typed)
        self.phone.editingFinished.connect(self._on_contact_typed)
        self.email.textEdited.connect(lambda _text: self._forget_confirmation())
        self.phone.textEdited.connect(lambda _text: self._forget_confirmation())

    def _font(self, widget: QWidget, factor: float, weight: QFont.Weight | None = None) -> None:
        """Give ``widget`` a type ``factor`` times the screen's, kept when the screen grows."""
        self._fonts.append((widget, factor, weight))

    def _set_scale(self, scale: float) -> None:
        """The whole screen's type, ``scale`` times the system's (larger in full screen)."""
        if abs(scale - self._scale) < 0.01:
            return
        self._scale = scale
        base = QApplication.font()
        size = round(base.pointSizeF() * scale * 1.2)
        self.setStyleSheet(ERROR_SHEET + SHEET + indicator_sheet(size))
        for layout in self._spaced:
            layout.setVerticalSpacing(round(4 * scale * scale))
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * scale)
        # Set on every widget, not only inherited: a style sheet stops the inheritance.
        own_fonts = {id(widget) for widget, _factor, _weight in self._fonts}
        self.setFont(font)
        for child in self.findChildren(QWidget):
            if id(child) not in own_fonts:
                child.setFont(font)
        for widget, factor, weight in self._fonts:
            own = QFont(font)
            own.setPointSizeF(font.pointSizeF() * factor)
            if weight is not None:
                own.setWeight(weight)
            widget.setFont(own)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Larger type on a larger screen: full screen at a stand is read from a step away."""
        height = event.size().height()
        self._set_scale(next(scale for limit, scale in _SCALES if height >= limit))
        super().resizeEvent(event)

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("fairCaption")
        self._font(label, 1.0, QFont.Weight.DemiBold)
        return label

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(False)
        return edit

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self._content)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _error(self, field: str, widget: QWidget) -> FieldErrorLabel:
        label = FieldErrorLabel(widget, name=f"error_{field}")
        self._font(label, 0.9)
        self.errors[field] = label
        return label

    # --- public API -----------------------------------------------------------------------

    @property
    def event_id(self) -> uuid.UUID | None:
        return self._event_id

    def set_event(self, event_id: uuid.UUID, name: str) -> None:
        """Capture visitors of ``event_id`` from now on; the form starts empty."""
        self._event_id = event_id
        self.event_label.setText(name)
        self.last_saved = None
        self.clear()
        self.status.setText(
            translate("FairCapture", "Prêt pour le premier visiteur. Entrée enregistre.")
        )
        self._show_count()

    def count(self) -> int:
        if self._event_id is None:
            return 0
        with self._workspace.database.session() as session:
            return visitor_count(session, self._event_id)

    def to_input(self) -> VisitorInput:
        """What the form holds, as :func:`~desktop.fair.capture.capture_visitor` takes it."""
        country = self.country.currentData()
        origin = self.origin.resolved() if country == "FR" else None
        targets = []
        for edit in self.wishes:
            place = edit.resolved()
            if place is not None:
                targets.append(TargetInput(place.kind, place.code))
            elif edit.text().strip():
                targets.append(TargetInput(TerritoryKind.COMMUNE, edit.text().strip()))
        return VisitorInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            occupation=self.occupation.text(),
            second_first_name=self.second_first_name.text(),
            second_last_name=self.second_last_name.text(),
            second_occupation=self.second_occupation.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            children=self.children.value(),
            children_ages=self.children_ages.text(),
            origin_country=country,
            origin_commune_code=(origin.code if origin is not None else self.origin.text().strip())
            if country == "FR"
            else "",
            origin_postcode=origin.postcode if origin is not None else "",
            origin_city=self.origin_city.text() if country != "FR" else "",
            targets=targets,
            project_types={p for p, box in self.project_boxes.items() if box.isChecked()},
            needs={d for d, box in self.need_boxes.items() if box.isChecked()},
            consent=self.consent.isChecked(),
        )

    def save(self) -> uuid.UUID | None:
        """Save the visitor and clear the form for the next; ``None`` when nothing was saved.

        Everything typed stays on screen when the capture is refused, the officer
        goes back to the form, or opens the known household instead.
        """
        if self._event_id is None or self.lock.locked:
            return None
        self._clear_errors()
        visitor = self.to_input()
        if not self._confirm_unknown(visitor):
            return None
        event_id, officer_id = self._event_id, self._workspace.officer_id
        today = self._workspace.today()
        try:
            household_id = self._workspace.write(
                lambda session: (
                    capture_visitor(
                        session, visitor, event_id=event_id, officer_id=officer_id, today=today
                    ).id
                )
            )
        except FormError as error:
            self._show_form_error(error)
            return None
        except UserFacingError as error:
            self._show_banner(error.message)
            return None
        name = self._name_of(visitor)
        self.last_saved = household_id
        self.clear()
        count = self._show_count()
        self.status.setText(
            translate(
                "FairCapture",
                "✓ {name} enregistré·e (visiteur n° {count}). Ctrl+P : imprimer son pack "
                "d'accueil.",
            ).format(name=name, count=QLocale().toString(count))
        )
        self.print_button.setEnabled(True)
        self.saved.emit(household_id)
        # The other pages refresh once the form is ready for the next visitor.
        QTimer.singleShot(0, self._workspace.households_changed.emit)
        return household_id

    def clear(self) -> None:
        """An empty form, the cursor in the first name: ready for the next visitor."""
        for edit in (
            self.first_name,
            self.last_name,
            self.occupation,
            self.second_first_name,
            self.second_last_name,
            self.second_occupation,
            self.email,
            self.phone,
            self.children_ages,
            self.origin_city,
        ):
            edit.clear()
        self.origin.set_value(("", None))
        for edit in self.wishes:
            edit.set_value(("", None))
        self.children.setValue(0)
        self.country.setCurrentIndex(0)
        for box in (*self.project_boxes.values(), *self.need_boxes.values(), self.consent):
            box.setChecked(False)
        self._clear_errors()
        self._set_known([])
        self._confirmed = None
        self._show_email_suggestion(None)
        self.print_button.setEnabled(self.last_saved is not None)
        self._show_origin_field()
        self._update_tab_order()
        self._scroll.verticalScrollBar().setValue(0)
        self.first_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def print_pack(self) -> None:
        """Preview the welcome pack of the visitor just saved, to print or save as PDF."""
        if self.last_saved is not None and not self.lock.locked:
            self.printing.open_preview(self.last_saved, DocumentVersion.HOUSEHOLD)

    def open_known(self) -> None:
        """Open the household already known, leaving full screen; the form keeps its text."""
        if not self._known:
            return
        if self.is_full_screen():
            self.leave_full_screen()
        self._workspace.open_household(self._known[0].household_id)

    def accept_email_suggestion(self) -> None:
        suggestion = suggest_email(self.email.text())
        if suggestion is not None:
            self.email.setText(suggestion)
            self._show_email_suggestion(None)
            self._on_contact_typed()
        self.email.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- full screen ----------------------------------------------------------------------

    def is_full_screen(self) -> bool:
        return self._host is not None

    def toggle_full_screen(self) -> None:
        if self.lock.locked:
            return  # the next visitor at the keyboard changes nothing behind the lock
        if self.is_full_screen():
            self.leave_full_screen()
        else:
            self.enter_full_screen()

    def enter_full_screen(self) -> None:
        """Move the screen into a window of its own, shown full screen (Échap leaves it)."""
        if self._host is not None:
            return
        focused = QApplication.focusWidget()
        self._home = self.parentWidget()
        host = QWidget(self.window(), Qt.WindowType.Window)
        host.setObjectName("fairFullScreen")
        host.setWindowTitle(self.event_label.text())
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self)
        self._host = host
        self.show()
        host.showFullScreen()
        host.activateWindow()
        self.full_screen_button.setText(translate("FairCapture", "Quitter le plein écran (Échap)"))
        (
            focused if focused is not None and self.isAncestorOf(focused) else self.first_name
        ).setFocus()
        self.full_screen_changed.emit(True)

    def leave_full_screen(self) -> None:
        host, home = self._host, self._home
        if host is None or home is None:
            return
        focused = QApplication.focusWidget()
        self._host = None
        home_layout = home.layout()
        if home_layout is not None:
            home_layout.addWidget(self)
        else:
            self.setParent(home)
        self.show()
        host.hide()
        host.deleteLater()
        self.full_screen_button.setText(translate("FairCapture", "Plein écran (F11)"))
        self.window().activateWindow()
        if focused is not None and self.isAncestorOf(focused):
            focused.setFocus()
        self.full_screen_changed.emit(False)

    # --- keyboard -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Entrée saves (or presses the button that has the focus); Échap leaves full screen."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.lock.locked:
            focused = QApplication.focusWidget()
            if isinstance(focused, QAbstractButton) and not isinstance(focused, QCheckBox):
                focused.click()
            else:
                self.save()
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.is_full_screen():
            self.leave_full_screen()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- behind the scenes ----------------------------------------------------------------

    def _confirm_unknown(self, visitor: VisitorInput) -> bool:
        """Whether to go on: no known contact, or the officer says it is someone else."""
        with self._workspace.database.session() as session:
            known = known_contacts(session, visitor.email, visitor.phone)
        self._set_known(known)
        contact = (visitor.email.strip(), visitor.phone.strip())
        if not known or self._confirmed == contact:
            return True
        box = QMessageBox(self)
        box.setObjectName("knownVisitorBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("FairCapture", "Visiteur déjà connu ?"))
        box.setText(self._known_text(known))
        box.setInformativeText(
            translate(
                "FairCapture",
                "S'il s'agit de la même personne, ouvrez son dossier plutôt que d'en créer un "
                "second. Si c'est quelqu'un d'autre, enregistrez quand même.",
            )
        )
        save = box.addButton(
            translate("FairCapture", "&Enregistrer quand même"), QMessageBox.ButtonRole.AcceptRole
        )
        save.setObjectName("saveAnyway")
        open_it = box.addButton(
            translate("FairCapture", "&Ouvrir le dossier connu"), QMessageBox.ButtonRole.ActionRole
        )
        open_it.setObjectName("openExisting")
        back = box.addButton(
            translate("FairCapture", "&Revenir à la saisie"), QMessageBox.ButtonRole.RejectRole
        )
        back.setObjectName("backToForm")
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        self.activateWindow()  # back to typing, in full screen too
        if clicked is save:
            self._confirmed = contact
            return True
        if clicked is open_it:
            self.open_known()
        else:
            (self.email if visitor.email.strip() else self.phone).setFocus()
        return False

    def _known_text(self, known: list[DuplicateCandidate]) -> str:
        first = known[0]
        text = translate("FairCapture", "Déjà connu : {name} — {reasons}.").format(
            name=first.name or translate("FairCapture", "foyer sans nom"),
            reasons=", ".join(first.reasons),
        )
        if len(known) > 1:
            text += " " + translate("FairCapture", "Et {count} autre(s) dossier(s).").format(
                count=len(known) - 1
            )
        return text

    def _on_contact_typed(self) -> None:
        self._show_email_suggestion(suggest_email(self.email.text()))
        with self._workspace.database.session() as session:
            self._set_known(known_contacts(session, self.email.text(), self.phone.text()))

    def _forget_confirmation(self) -> None:
        self._confirmed = None

    def _set_known(self, known: list[DuplicateCandidate]) -> None:
        self._known = known
        self._known_row.setVisible(bool(known))
        if known:
            self.known_warning.setText("⚠ " + self._known_text(known))

    def _show_email_suggestion(self, suggestion: str | None) -> None:
        self._email_hint_row.setVisible(suggestion is not None)
        if suggestion is not None:
            self.email_hint.setText(
                translate("FairCapture", "Vouliez-vous dire {address} ?").format(address=suggestion)
            )

    def _on_ages_typed(self) -> None:
        try:
            ages = parse_ages(self.children_ages.text())
        except ValidationError:
            return
        if len(ages) > self.children.value():
            self.children.setValue(min(len(ages), MAX_CHILDREN))

    def _show_origin_field(self) -> None:
        in_france = self.country.currentData() == "FR"
        self.origin.setVisible(in_france)
        self.origin_city.setVisible(not in_france)

    def _show_count(self) -> int:
        count = self.count()
        self.counter.setText(
            translate("FairCapture", "{count} visiteur(s) saisi(s) pour cet événement").format(
                count=QLocale().toString(count)
            )
        )
        return count

    def _name_of(self, visitor: VisitorInput) -> str:
        names = [visitor.last_name.strip() or visitor.first_name.strip()]
        second = visitor.second_last_name.strip() or visitor.second_first_name.strip()
        if second and second not in names:
            names.append(second)
        return " – ".join(name for name in names if name)

    def _show_form_error(self, error: FormError) -> None:
        first: QWidget | None = None
        for field_name, message in error.by_field().items():
            label = self.errors.get(field_name)
            if label is None:
                continue
            label.show_message(message)
            if first is None and label.field is not None:
                first = label.field
        count = len(error.errors)
        summary = (
            translate("FairCapture", "Le visiteur n'a pas été enregistré : un point à corriger.")
            if count == 1
            else translate(
                "FairCapture", "Le visiteur n'a pas été enregistré : {count} points à corriger."
            ).format(count=count)
        )
        self._show_banner(summary)
        chain = self._focus_chain()
        placed = [
            label.field
            for label in self.errors.values()
            if label.isVisibleTo(self) and label.field is not None
        ]
        placed.sort(key=lambda w: chain.index(w) if w in chain else len(chain))
        target = placed[0] if placed else first
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(target)

    def _show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.setVisible(True)

    def _clear_errors(self) -> None:
        self.banner.clear()
        self.banner.setVisible(False)
        for label in self.errors.values():
            label.clear_message()

    def _territories(self) -> TerritoryIndex:
        return territory_index(self._workspace.database)

    def _focus_chain(self) -> list[QWidget]:
        return [
            self.first_name,
            self.last_name,
            self.occupation,
            self.second_first_name,
            self.second_last_name,
            self.second_occupation,
            self.email,
            self.fix_email_button,
            self.phone,
            self.open_known_button,
            self.children,
            self.children_ages,
            self.country,
            self.origin,
            self.origin_city,
            *self.wishes,
            *self.project_boxes.values(),
            *self.need_boxes.values(),
            self.consent,
            self.print_button,
            self.save_button,
        ]

    def _update_tab_order(self) -> None:
        for first, second in itertools.pairwise(self._focus_chain()):
            QWidget.setTabOrder(first, second)
