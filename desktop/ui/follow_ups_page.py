"""The *Relances* page: what is overdue, due today and due this week, ticked off one by one.

One tree view holds the three horizons as groups, so the officer goes down the
whole list with the keyboard (Entrée opens the household, Espace or Ctrl+D
ticks the follow-up off) and a long overdue list scrolls inside one view
instead of stretching the page. A ticked follow-up is written at once; if the
disk refuses, the row stays and a banner says why.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.follow_ups import FollowUpRow, Horizon, mark_done, open_follow_ups
from desktop.errors import WriteError
from desktop.ui import style
from desktop.ui.follow_ups_model import (
    DONE,
    DUE,
    FOLLOW_UP_ROLE,
    HORIZONS,
    HOUSEHOLD,
    WHEN,
    FollowUpsModel,
    all_clear_text,
    relative_day,
    summary_html,
    summary_parts,
)
from desktop.ui.workspace import Workspace

translate = QCoreApplication.translate

PAGE_SHEET = f"""
#followUpsView {{
    background: #ffffff;
    border: 1px solid {style.BORDER};
    border-radius: 6px;
    alternate-background-color: #fafbfd;
}}
#followUpsView::item {{ padding: 5px 6px; }}
#followUpsView QHeaderView::section {{
    background: #ffffff;
    color: {style.MUTED};
    border: none;
    border-bottom: 1px solid {style.BORDER};
    padding: 6px;
}}
#errorBanner {{
    background: #fdf0e6;
    border: 1px solid {style.ACCENT};
    border-radius: 6px;
}}
#errorBannerText {{ color: {style.INK}; }}
"""


class FollowUpsView(QTreeView):
    """The tree of follow-ups, with the page's keys: Entrée opens, Espace ticks off.

    A double click on the tick column is swallowed: its first click has already
    ticked a row off and the rows below moved up, so the second must not tick
    the next one.

    Signals:
        open_requested(FollowUpRow): double click or Entrée on a follow-up.
        done_requested(FollowUpRow): Espace on a follow-up.
    """

    open_requested = Signal(object)
    done_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsView")
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(0)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAllColumnsShowFocus(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def current_follow_up(self) -> FollowUpRow | None:
        index = self.currentIndex()
        return index.data(FOLLOW_UP_ROLE) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        follow_up = self.current_follow_up()
        if follow_up is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_requested.emit(follow_up)
                return
            if event.key() == Qt.Key.Key_Space:
                self.done_requested.emit(follow_up)
                return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.column() == DONE:
            event.accept()
            return
        follow_up = index.data(FOLLOW_UP_ROLE) if index.isValid() else None
        if follow_up is not None and event.button() == Qt.MouseButton.LeftButton:
            self.open_requested.emit(follow_up)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


class FollowUpsPage(QWidget):
    """The follow-ups due by the end of the week, for the officer of the workspace.

    It reloads when follow-ups or households change (at once if shown, else the
    next time it is shown) and when it is shown on a new day.

    Args:
        workspace: the database, the officer, today and the news of changes.
    """

    key = "relances"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.title = self.tr("Relances")
        self.setObjectName("pageContent")
        self.setStyleSheet(PAGE_SHEET)
        self._shown_day: date | None = None
        self._stale = True
        self._writing = False

        title = QLabel(self.title, self)
        title.setObjectName("pageTitle")
        title.setFont(style.scaled_font(title, 2.0, weight=QFont.Weight.DemiBold))
        self.summary = QLabel(self)
        self.summary.setObjectName("pageSummary")
        self.summary.setFont(style.scaled_font(self.summary, 1.15))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )

        self.banner = self._build_banner()

        self.model = FollowUpsModel(self)
        self.view = FollowUpsView(self)
        self.view.setModel(self.model)
        self._set_up_columns()
        self.model.modelReset.connect(self._on_model_reset)
        self.model.rowsInserted.connect(self._on_rows_inserted)

        hint = QLabel(
            self.tr(
                "Double-clic ou Entrée : ouvrir le foyer · Espace ou Ctrl+D : marquer comme faite"
            ),
            self,
        )
        hint.setObjectName("pageNote")
        hint.setWordWrap(True)

        self._build_actions()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 32)
        layout.setSpacing(0)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(self.summary)
        layout.addSpacing(20)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addSpacing(10)
        layout.addWidget(hint)

        self.model.done_requested.connect(self.on_done_requested)
        self.summary.linkActivated.connect(self.on_summary_link)
        self.view.done_requested.connect(self.on_done_requested)
        self.view.open_requested.connect(self.on_open_requested)
        self.open_action.triggered.connect(self.on_open_action)
        self.done_action.triggered.connect(self.on_done_action)
        workspace.follow_ups_changed.connect(self.on_data_changed)
        workspace.households_changed.connect(self.on_data_changed)
        # Read when first shown (``_stale``): the window opens on the list, and the start
        # should not wait for a page nobody looks at yet.

    def _build_actions(self) -> None:
        """Ctrl+D and the context menu: the same two acts as the keys, found by right click."""
        self.open_action = QAction(self.tr("Ouvrir le foyer"), self)
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.done_action = QAction(self.tr("Marquer comme faite"), self)
        self.done_action.setShortcut(QKeySequence("Ctrl+D"))
        self.done_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(self.open_action)
        self.view.addAction(self.done_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _build_banner(self) -> QWidget:
        """A message above the list, hidden until a write fails; it leaves room below itself."""
        holder = QWidget(self)
        frame = QFrame(holder)
        frame.setObjectName("errorBanner")
        self.banner_text = QLabel(frame)
        self.banner_text.setObjectName("errorBannerText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Fermer"), frame)
        close.clicked.connect(holder.hide)
        row = QHBoxLayout(frame)
        row.setContentsMargins(14, 10, 10, 10)
        row.setSpacing(12)
        row.addWidget(self.banner_text, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 12)
        column.addWidget(frame)
        holder.hide()
        return holder

    def _set_up_columns(self) -> None:
        """Widths from the font, not from the rows: measuring thousands of rows costs seconds."""
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        metrics = self.view.fontMetrics()
        padding = 28
        longest_when = [
            relative_day(date(2026, 1, 1), date(2026, 12, 31)),  # il y a 364 jours
            relative_day(date(2026, 1, 1), date(2026, 1, 1)),
            relative_day(date(2026, 1, 7), date(2026, 1, 1)),  # the longest day name
        ]
        widths = {
            DONE: 48,
            DUE: metrics.horizontalAdvance("00/00/0000") + padding,
            WHEN: max(metrics.horizontalAdvance(text) for text in longest_when) + padding,
            HOUSEHOLD: 240,
        }
        for column, width in widths.items():
            mode = (
                QHeaderView.ResizeMode.Fixed
                if column == DONE
                else QHeaderView.ResizeMode.Interactive
            )
            header.setSectionResizeMode(column, mode)
            header.resizeSection(column, width)

    # Reading

    def refresh(self) -> None:
        """Read the open follow-ups again, keeping the officer's place in the list."""
        today = self.workspace.today()
        current = self.view.currentIndex()
        kept_id = self.view.current_follow_up()
        kept_place = (self.model.horizon_at(current), current.row()) if kept_id else None
        with self.workspace.database.session() as session:
            groups = open_follow_ups(session, today=today, officer_id=self.workspace.officer_id)
        self.model.set_follow_ups(groups, today)
        self._shown_day = today
        self._stale = False
        self._show_summary()
        self._restore_place(kept_id.id if kept_id else None, kept_place)

    def _on_model_reset(self) -> None:
        """Group titles and "nothing here" rows span the whole width; groups stay open."""
        for group, horizon in enumerate(HORIZONS):
            self.view.setFirstColumnSpanned(group, QModelIndex(), True)
            if not self.model.follow_ups(horizon):
                self.view.setFirstColumnSpanned(0, self.model.index(group, 0), True)
        self.view.expandAll()

    def _show_summary(self) -> None:
        counts = self.model.counts()
        self.summary.setText(summary_html(counts))
        if any(counts.values()):
            self.summary.setAccessibleName(" · ".join(text for _, text in summary_parts(counts)))
        else:
            self.summary.setAccessibleName(all_clear_text())

    def summary_text(self) -> str:
        """The line under the title as read (its accessible name is the same text)."""
        return self.summary.accessibleName()

    def go_to(self, horizon: Horizon) -> None:
        """Bring a group to the top of the list and put the keyboard on its first follow-up."""
        self.view.scrollTo(
            self.model.group_index(horizon), QAbstractItemView.ScrollHint.PositionAtTop
        )
        rows = self.model.follow_ups(horizon)
        if rows:
            self.view.setCurrentIndex(self.model.index_of(rows[0].id))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_summary_link(self, href: str) -> None:
        self.go_to(Horizon(href))

    def _on_rows_inserted(self, parent: QModelIndex, first: int, _last: int) -> None:
        """A group just emptied got its "nothing here" row: it spans the width too."""
        if parent.isValid() and self.model.follow_up_at(self.model.index(first, 0, parent)) is None:
            self.view.setFirstColumnSpanned(first, parent, True)

    def _restore_place(
        self, follow_up_id: uuid.UUID | None, place: tuple[Horizon | None, int] | None
    ) -> None:
        """Back on the same follow-up, or on the one that took its place once it was done."""
        index = self.model.index_of(follow_up_id) if follow_up_id else QModelIndex()
        if not index.isValid() and place is not None and place[0] is not None:
            horizon, row = place
            order = HORIZONS[HORIZONS.index(horizon) :]
            for candidate in order:
                rows = self.model.follow_ups(candidate)
                if rows:
                    start = min(row, len(rows) - 1) if candidate is horizon else 0
                    index = self.model.index_of(rows[start].id)
                    break
        if index.isValid():
            self.view.setCurrentIndex(index)

    def on_data_changed(self) -> None:
        if self._writing:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self._shown_day != self.workspace.today():
            self.refresh()

    # Acting

    def mark_done(self, follow_up: FollowUpRow) -> bool:
        """Tick a follow-up off in one transaction; on a refused write, say why and keep it.

        Returns:
            Whether it was written.
        """
        today = self.workspace.today()
        try:
            self.workspace.write(lambda session: mark_done(session, follow_up.id, today=today))
        except WriteError as error:
            self.banner_text.setText(
                self.tr("La relance « {what} » n'a pas été marquée comme faite.\n{reason}").format(
                    what=follow_up.what, reason=error.message
                )
            )
            self.banner.show()
            return False
        self.banner.hide()
        listed = self.model.index_of(follow_up.id)
        place = (self.model.horizon_at(listed), listed.row())
        self.model.remove(follow_up.id)
        self._show_summary()
        self._restore_place(None, place)
        self._writing = True
        try:
            self.workspace.follow_ups_changed.emit()
            self.workspace.households_changed.emit()
        finally:
            self._writing = False
        return True

    def on_done_requested(self, follow_up: FollowUpRow) -> None:
        self.mark_done(follow_up)

    def on_open_requested(self, follow_up: FollowUpRow) -> None:
        self.workspace.open_household(follow_up.household_id)

    def on_open_action(self) -> None:
        follow_up = self.view.current_follow_up()
        if follow_up is not None:
            self.on_open_requested(follow_up)

    def on_done_action(self) -> None:
        follow_up = self.view.current_follow_up()
        if follow_up is not None:
            self.mark_done(follow_up)
