"""When the window syncs, and what the status bar says about it.

One sync at a time, in a :class:`~desktop.ui.task.Task`: on demand
(*Synchroniser maintenant*), a few seconds after start, and every few minutes
while the device is logged in. A sync that cannot reach the server is not an
error for the officer: the window says "Hors ligne" with the reason and tries
again at the next tick, the edits waiting in the outbox.

A device the administrator reported lost is told so by the server at its next
sync: the controller stops every sync and says :attr:`SyncController.device_wiped`;
the window then closes, and :meth:`SyncController.wipe_device` wipes the data.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import UserFacingError
from desktop.storage import Database
from desktop.storage.wipe import wipe_database
from desktop.sync import account, state
from desktop.sync.engine import SyncReport
from desktop.sync.errors import DeviceWipedError
from desktop.sync.outbox import pending_count
from desktop.sync.run import sync_logged_in
from desktop.ui.task import Task
from desktop.ui.workspace import Workspace

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

AUTO_SYNC_MS = 5 * 60 * 1000
FIRST_SYNC_MS = 3 * 1000


@dataclass(frozen=True)
class SyncStatus:
    """Where this device stands with the regional server."""

    account: state.Account | None
    pending: int
    """Local changes not yet acknowledged by the server."""
    last_sync_at: datetime | None
    running: bool
    problem: str | None
    """Why the last sync stopped, in French; ``None`` when it went through."""

    @property
    def online(self) -> bool:
        return self.account is not None and self.problem is None and self.last_sync_at is not None

    def text(self) -> str:
        """The one line the status bar shows."""
        if self.account is None:
            return translate("Sync", "Hors ligne : ce poste n'est relié à aucun serveur")
        if self.running:
            return translate("Sync", "Synchronisation en cours…")
        if self.problem:
            parts = [translate("Sync", "Hors ligne")]
        elif self.last_sync_at is None:
            parts = [translate("Sync", "Jamais synchronisé")]
        else:
            parts = [translate("Sync", "En ligne")]
        if self.pending:
            parts.append(
                translate("Sync", "{count} modification(s) en attente").format(
                    count=QLocale().toString(self.pending)
                )
            )
        if self.last_sync_at is not None:
            parts.append(
                translate("Sync", "synchronisé le {when}").format(
                    when=QLocale().toString(
                        self.last_sync_at.astimezone(), QLocale.FormatType.ShortFormat
                    )
                )
            )
        return " · ".join(parts)


class SyncController(QObject):
    """The window's sync: running it, and the state the indicator and the page show.

    Signals:
        changed: the state shown changed (running, finished, logged in, edits waiting).
        progressed(object): a :class:`~desktop.sync.engine.Progress` of the running sync.
        finished(object): the :class:`SyncReport` of a sync, or ``None`` when it failed.
        device_wiped: the server says this device was reported lost; no sync runs any more.
    """

    changed = Signal()
    progressed = Signal(object)
    finished = Signal(object)
    device_wiped = Signal()

    def __init__(
        self, workspace: Workspace, *, auto: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._task: Task | None = None
        self._stopped = False
        self._lost = False
        """The server said this device was reported lost: its database is wiped or about to be."""
        self.last_report: SyncReport | None = None
        self.last_problem: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(AUTO_SYNC_MS)
        self._timer.timeout.connect(self.sync_now)
        workspace.households_changed.connect(self.changed)
        workspace.follow_ups_changed.connect(self.changed)
        current = self.account()
        if current is not None:
            workspace.officer_id = current.officer_id
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(FIRST_SYNC_MS)
        self._first.timeout.connect(self.sync_now)
        if auto:
            self._timer.start()
            self._first.start()

    @property
    def database(self) -> Database:
        return self._workspace.database

    def account(self) -> state.Account | None:
        if self._lost:
            return None
        with self.database.engine.connect() as connection:
            return state.account(connection)

    def status(self) -> SyncStatus:
        """Everything the indicator and the page show, read in one go."""
        if self._lost:
            return SyncStatus(None, 0, None, False, self.last_problem)
        with self.database.engine.connect() as connection:
            current = state.account(connection)
            pending = pending_count(connection)
            last = state.read(connection, state.LAST_SYNC_AT)
        moment = datetime.fromisoformat(last) if last else None
        if moment is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return SyncStatus(current, pending, moment, self.running(), self.last_problem)

    def running(self) -> bool:
        return self._task is not None

    def sync_now(self) -> bool:
        """Start a sync unless one runs or the device is not logged in; ``True`` if started."""
        if self._stopped or self._task is not None or self.account() is None:
            return False
        database = self.database
        task = Task(
            lambda progress, cancelled: sync_logged_in(
                database, progress=progress, cancelled=cancelled
            ),
            self,
        )
        task.progressed.connect(self.progressed)
        task.succeeded.connect(self._on_report)
        task.failed.connect(self._on_failure)
        task.finished.connect(self._on_task_finished)
        self._task = task
        task.start()
        self.changed.emit()
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def shutdown(self) -> None:
        """No more syncs; a running one ends at its next page (the window closes).

        Called before the database closes, so no worker thread outlives it.
        """
        self._stopped = True
        self._timer.stop()
        self._first.stop()
        if self._task is not None:
            self._task.cancel()
            self._task.wait()

    def ca_bundle(self) -> str | None:
        """The certificate authority file chosen at the last login, if any."""
        if self._lost:
            return None
        with self.database.engine.connect() as connection:
            return account.stored_ca_bundle(connection)

    def log_in(
        self, server_url: str, email: str, password: str, ca_bundle: str | None = None
    ) -> Task:
        """Start logging in (off the GUI thread); the task says how it went."""
        engine = self.database.engine
        lost = threading.Event()

        def work(_progress: object, _cancelled: object) -> state.Account:
            try:
                return account.login(engine, server_url, email, password, ca_bundle=ca_bundle)
            except DeviceWipedError:
                lost.set()
                raise

        def on_failure(_message: str) -> None:
            if lost.is_set():  # after the dialog has shown why
                QTimer.singleShot(0, self._on_lost)

        task = Task(work)
        task.succeeded.connect(self._on_logged_in)
        task.failed.connect(on_failure)
        return task

    def _on_logged_in(self, login: state.Account) -> None:
        self._workspace.officer_id = login.officer_id
        self.last_problem = None
        self.changed.emit()
        self.sync_now()

    def wipe_device(self, parent: QWidget | None) -> bool:
        """Close the database, wipe this device's data and say so; ``True`` when all is gone.

        Called by the window once it has closed (every worker stopped), never
        while a page may still read the database.
        """
        try:
            wipe_database(self.database)
        except UserFacingError as error:
            log.error("lost device: wipe incomplete: %s", error.message)
            QMessageBox.critical(parent, translate("Sync", "Poste déclaré perdu"), error.message)
            return False
        log.warning("lost device: local data wiped")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Sync", "Poste déclaré perdu"),
            DeviceWipedError().message,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("deviceWipedBox")
        box.button(QMessageBox.StandardButton.Ok).setObjectName("okButton")
        box.exec()
        return True

    def _on_report(self, report: SyncReport) -> None:
        if isinstance(report.error, DeviceWipedError):
            self._on_lost()
            return
        self.last_report = report
        self.last_problem = report.error.message if report.error is not None else None
        if report.pulled or report.purged:
            self._workspace.households_changed.emit()
            self._workspace.follow_ups_changed.emit()
        self.finished.emit(report)

    def _on_lost(self) -> None:
        """The server says this device was reported lost: no sync, no read, only the wipe."""
        self._stopped = self._lost = True
        self._timer.stop()
        self._first.stop()
        self.last_problem = DeviceWipedError().message
        self.device_wiped.emit()

    def _on_failure(self, message: str) -> None:
        self.last_problem = message
        self.finished.emit(None)

    def _on_task_finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.deleteLater()
        self.changed.emit()
