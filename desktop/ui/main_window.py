"""The main window: a navigation column on the left, the current page on the right."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.storage import Database
from desktop.ui import settings as keys
from desktop.ui import style
from desktop.ui.about_dialog import AboutDialog
from desktop.ui.audit_log import AuditLogDialog
from desktop.ui.cases_page import CasesPage
from desktop.ui.dashboard.page import DashboardPage
from desktop.ui.fair.page import FairPage
from desktop.ui.follow_ups_page import FollowUpsPage
from desktop.ui.household.page import HouseholdPage
from desktop.ui.icons import app_icon, icon
from desktop.ui.offers.page import OffersPage
from desktop.ui.pages import PageSpec, page_specs
from desktop.ui.privacy.retention_page import RetentionPage
from desktop.ui.sync_controller import SyncController
from desktop.ui.sync_page import SyncPage
from desktop.ui.translations import ENGLISH, FRENCH, choose_language
from desktop.ui.workspace import Workspace

NAVIGATION_WIDTH = 200
DEFAULT_SIZE = QSize(1200, 760)

Page = CasesPage | FollowUpsPage | FairPage | OffersPage | DashboardPage | SyncPage | RetentionPage
"""What the navigation column switches between; each has a ``key`` and a ``title``."""

LANGUAGE_NAMES = {FRENCH: "Français", ENGLISH: "English"}
"""Each language is named in itself, whatever the interface language: that is how one finds it."""


class MainWindow(QMainWindow):
    """Escale's one main window.

    Args:
        database: the open local database the pages read.
        settings: where the window keeps its geometry, its page and the language.
    """

    def __init__(
        self,
        database: Database,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        auto_sync: bool = True,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._settings = settings
        self.workspace = Workspace(database, settings=settings, parent=self)
        self.sync = SyncController(self.workspace, auto=auto_sync, parent=self)
        self._device_lost = False
        self.sync.device_wiped.connect(self.on_device_wiped)
        self._language_at_start = choose_language(settings)
        self._specs = page_specs()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Escale")
        self.setWindowIcon(app_icon())
        self.setStyleSheet(style.MAIN_WINDOW_SHEET)

        self.navigation = QListWidget()
        self.pages = QStackedWidget()
        self._page_widgets: list[Page] = []
        self._page_actions = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        self._build_central_area()
        self._build_menus()
        self._build_status_bar()
        self.navigation.currentRowChanged.connect(self.on_navigation_changed)
        self._restore()

    def current_page(self) -> Page:
        return self._page_widgets[self.pages.currentIndex()]

    def page(self, key: str) -> Page:
        return next(page for page in self._page_widgets if page.key == key)

    @property
    def cases_page(self) -> CasesPage:
        page = self.page(CasesPage.key)
        assert isinstance(page, CasesPage)
        return page

    def show_page(self, key: str) -> None:
        """Show the page whose key is ``key``; an unknown key (an old setting) is ignored."""
        for row, spec in enumerate(self._specs):
            if spec.key == key:
                self.navigation.setCurrentRow(row)
                return

    def _build_central_area(self) -> None:
        for index, spec in enumerate(self._specs):
            self.navigation.addItem(self._navigation_item(spec))
            page: Page
            if spec.key == CasesPage.key:
                page = CasesPage(self.workspace)
                self.pages.addWidget(self._build_cases_stack(page))
            elif spec.key == FollowUpsPage.key:
                page = FollowUpsPage(self.workspace)
                self.pages.addWidget(page)
            elif spec.key == FairPage.key:
                page = self.fair_page = FairPage(self.workspace)
                self.pages.addWidget(self._scrollable(page))
            elif spec.key == OffersPage.key:
                page = self.offers_page = OffersPage(self.workspace)
                self.pages.addWidget(self._scrollable(page))
                self.sync.finished.connect(self.offers_page.mark_stale)
            elif spec.key == SyncPage.key:
                page = SyncPage(self.workspace, self.sync)
                self.pages.addWidget(self._scrollable(page))
            elif spec.key == RetentionPage.key:
                page = RetentionPage(self.workspace)
                self.pages.addWidget(self._scrollable(page))
            else:
                assert spec.key == DashboardPage.key, spec.key
                page = self.dashboard = DashboardPage(self.workspace)
                self.pages.addWidget(self._scrollable(page))
            self._page_widgets.append(page)
            action = QAction(spec.title, self._page_actions)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setData(index)
        self._page_actions.triggered.connect(self.on_page_action)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_navigation_panel())
        self.pages.setObjectName("pageArea")
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _build_cases_stack(self, cases: CasesPage) -> QStackedWidget:
        """The list and the household page share the *Dossiers* entry: one replaces the other."""
        self.household_page = HouseholdPage(self.workspace)
        self.cases_stack = QStackedWidget(self)
        self.cases_stack.setObjectName("casesStack")
        self.cases_stack.addWidget(cases)
        self.cases_stack.addWidget(self.household_page)
        self.household_page.back_requested.connect(self.show_case_list)
        self.workspace.household_requested.connect(self.open_household)
        self.workspace.new_household_requested.connect(self.new_household)
        return self.cases_stack

    def open_household(self, household_id: uuid.UUID) -> bool:
        """Show a household, once the one being edited is saved or its edits given up."""
        page = self.household_page
        if page.household_id != household_id and not page.confirm_leave():
            return False
        if page.household_id != household_id or not page.form.is_dirty():
            page.open(household_id)
        self._show_household_page()
        return True

    def new_household(self) -> bool:
        if not self.household_page.confirm_leave():
            return False
        self.household_page.new()
        self._show_household_page()
        return True

    def show_case_list(self) -> bool:
        """Back to the list, where the household just seen is selected."""
        page = self.household_page
        if self.cases_stack.currentWidget() is page and not page.confirm_leave():
            return False
        self.show_page(CasesPage.key)
        self.cases_stack.setCurrentWidget(self.cases_page)
        if page.household_id is not None:
            self.cases_page.select_household(page.household_id)
        self.cases_page.table.setFocus()
        return True

    def search_cases(self) -> None:
        """Ctrl+F: the list's search box, from anywhere; edits in progress stay on their page."""
        self.show_page(CasesPage.key)
        self.cases_stack.setCurrentWidget(self.cases_page)
        self.cases_page.focus_search()

    def _show_household_page(self) -> None:
        self.show_page(CasesPage.key)
        self.cases_stack.setCurrentWidget(self.household_page)

    def _scrollable(self, page: QWidget) -> QScrollArea:
        """Pages scroll rather than force a minimum size: laptops at 150 % scaling are small."""
        scroll = QScrollArea(self)
        scroll.setObjectName("pageScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _navigation_item(self, spec: PageSpec) -> QListWidgetItem:
        item = QListWidgetItem(icon(spec.icon), spec.title)
        item.setData(Qt.ItemDataRole.UserRole, spec.key)
        item.setSizeHint(QSize(NAVIGATION_WIDTH - 16, 42))
        return item

    def _build_navigation_panel(self) -> QWidget:
        panel = QWidget(self)
        panel.setObjectName("navigationPanel")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        panel.setFixedWidth(NAVIGATION_WIDTH)

        logo = QLabel(panel)
        logo.setPixmap(app_icon().pixmap(QSize(40, 40), self.devicePixelRatio()))
        name = QLabel("Escale", panel)
        name.setObjectName("brandName")
        name.setFont(style.scaled_font(name, 1.5, weight=QFont.Weight.Bold))
        tagline = QLabel(self.tr("Accueil des nouveaux habitants"), panel)
        tagline.setObjectName("brandTagline")
        tagline.setWordWrap(True)
        tagline.setFont(style.scaled_font(tagline, 0.85))
        brand_text = QVBoxLayout()
        brand_text.setSpacing(0)
        brand_text.addWidget(name)
        brand_text.addWidget(tagline)
        brand = QHBoxLayout()
        brand.setContentsMargins(16, 18, 12, 18)
        brand.setSpacing(10)
        brand.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        brand.addLayout(brand_text, 1)

        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFont(style.scaled_font(self.navigation, 1.05))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setUniformItemSizes(True)

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.setSpacing(0)
        layout.addLayout(brand)
        layout.addWidget(self.navigation, 1)
        return panel

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self.new_household_action = file_menu.addAction(self.tr("&Nouveau foyer"))
        self.new_household_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_household_action.triggered.connect(self.new_household)
        self.search_action = file_menu.addAction(self.tr("&Rechercher un foyer"))
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.search_cases)
        file_menu.addSeparator()
        self.import_action = file_menu.addAction(self.tr("&Importer des inscriptions…"))
        self.import_action.triggered.connect(self.cases_page.files.import_registrations)
        self.export_list_action = file_menu.addAction(self.tr("&Exporter la liste des foyers…"))
        self.export_list_action.triggered.connect(self.cases_page.files.export_list)
        self.audit_log_action = file_menu.addAction(self.tr("&Journal d'audit…"))
        self.audit_log_action.triggered.connect(self.show_audit_log)
        file_menu.addSeparator()
        self.sync_action = file_menu.addAction(self.tr("&Synchroniser maintenant"))
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(self.sync.sync_now)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quitter"))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        view_menu.addActions(self._page_actions.actions())
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Langue de l'interface"))
        languages = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, languages)
            action.setCheckable(True)
            action.setChecked(code == self._language_at_start)
            action.setData(code)
            language_menu.addAction(action)
            self.language_actions[code] = action
        languages.triggered.connect(self.on_language_chosen)

        help_menu = self.menuBar().addMenu(self.tr("Ai&de"))
        self.about_action = help_menu.addAction(self.tr("À &propos d'Escale…"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.on_about)

    def _build_status_bar(self) -> None:
        database_label = QLabel(
            self.tr("Base de données : {path}").format(path=self._database.path)
        )
        database_label.setObjectName("databasePath")
        database_label.setContentsMargins(8, 0, 0, 0)
        database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_status = QLabel()
        self.sync_status.setObjectName("syncStatus")
        self.sync_status.setContentsMargins(0, 0, 8, 0)
        self.sync.changed.connect(self._show_sync_status)
        self.sync.finished.connect(self._show_sync_status)
        self._show_sync_status()
        self.statusBar().addWidget(database_label, 1)
        self.statusBar().addPermanentWidget(self.sync_status)

    def _show_sync_status(self) -> None:
        """A dot and a line: grey while off line, green when the last sync went through."""
        status = self.sync.status()
        colour = style.ONLINE_DOT if status.online else style.OFFLINE_DOT
        text = html.escape(status.text())
        self.sync_status.setText(f'<span style="color:{colour}">●</span>&nbsp;{text}')
        self.sync_status.setToolTip(status.problem or "")

    def _restore(self) -> None:
        geometry = self._settings.value(keys.WINDOW_GEOMETRY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._place_on_first_start()
        state = self._settings.value(keys.WINDOW_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.navigation.setCurrentRow(0)
        self.show_page(keys.read_text(self._settings, keys.CURRENT_PAGE) or "")

    def _place_on_first_start(self) -> None:
        """1200 × 760 centred, or nine tenths of a smaller screen."""
        available = self.screen().availableGeometry()
        self.resize(DEFAULT_SIZE.boundedTo(available.size() * 0.9))
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved edits, then remember the geometry and the page for the next start."""
        if not self._device_lost and not self.household_page.confirm_leave():
            event.ignore()
            return
        self._settings.setValue(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.setValue(keys.WINDOW_STATE, self.saveState())
        self._settings.setValue(keys.CURRENT_PAGE, self.current_page().key)
        self._settings.sync()
        self.sync.shutdown()
        self.fair_page.capture.printing.shutdown()
        self.household_page.suggestions.shutdown()
        self.page(SyncPage.key).duplicates.shutdown()
        self.dashboard.shutdown()
        self.cases_page.files.shutdown()
        self.household_page.printing.shutdown()
        self.cases_page.shutdown()
        super().closeEvent(event)

    def on_device_wiped(self) -> None:
        """Reported lost: close without asking (nothing is to be kept), wipe, say so, quit.

        The application must not quit as its last window closes: the message comes after.
        """
        self._device_lost = True
        application = QApplication.instance()
        assert isinstance(application, QApplication)
        application.setQuitOnLastWindowClosed(False)
        self.close()
        self.sync.wipe_device(None)
        application.setQuitOnLastWindowClosed(True)
        application.quit()

    def on_navigation_changed(self, row: int) -> None:
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        self._page_actions.actions()[row].setChecked(True)

    def on_page_action(self, action: QAction) -> None:
        self.navigation.setCurrentRow(int(action.data()))

    def on_language_chosen(self, action: QAction) -> None:
        """Store the choice; it applies at the next start, as every text is built once."""
        language = action.data()
        self._settings.setValue(keys.LANGUAGE, language)
        self._settings.sync()
        if language == self._language_at_start:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Langue de l'interface"),
            self.tr("La langue choisie sera appliquée au prochain démarrage d'Escale."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("languageNote")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def on_about(self) -> None:
        dialog = AboutDialog(self._database.path.parent, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_audit_log(self) -> AuditLogDialog:
        """What this device noted of who viewed, exported, printed or erased what (read-only)."""
        dialog = AuditLogDialog(self._database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
