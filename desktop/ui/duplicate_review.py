"""Households known twice, after a sync: how many, and merging each pair in one click.

The *Synchronisation* page carries a :class:`DuplicatesNotice`: after every
sync (and when the page is shown) it counts, in a worker, the pairs of
households that share an e-mail or a phone
(:func:`desktop.cases.duplicate_review.possible_duplicates`) and offers
*Revoir les doublons…*. The :class:`DuplicateReviewDialog` lists the pairs,
the household registered first on the left; *Fusionner* folds the other into
it (:func:`~desktop.cases.duplicates.merge_households`: nothing is lost, the
merged-away household becomes a tombstone pointing to the kept one), and the
merge syncs like any other change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.duplicate_review import DuplicatePair, HouseholdSide, possible_duplicates
from desktop.cases.duplicates import merge_households
from desktop.errors import UserFacingError
from desktop.labels import source_label
from desktop.ui import style
from desktop.ui.field_errors import FieldErrorLabel
from desktop.ui.task import Task
from desktop.ui.workspace import Workspace

translate = QCoreApplication.translate


def side_text(side: HouseholdSide) -> str:
    """« Morel (Site web, 02/11/2026, 2 membres) »."""
    origin = side.event or source_label(side.source)
    when = QLocale().toString(
        side.registered_at.astimezone().date(), QLocale.FormatType.ShortFormat
    )
    return translate("DuplicateReview", "{name} ({origin}, {day}, {members} membre(s))").format(
        name=side.name or translate("DuplicateReview", "foyer sans nom"),
        origin=origin,
        day=when,
        members=side.members,
    )


class DuplicateReviewDialog(QDialog):
    """The pairs to review; named ``duplicateReview``, its buttons ``mergePair``,
    ``keepSecond``, ``openFirst``, ``openSecond`` and ``closeReview``."""

    def __init__(
        self, workspace: Workspace, pairs: list[DuplicatePair], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateReview")
        self.setWindowTitle(translate("DuplicateReview", "Doublons possibles"))
        self._workspace = workspace
        self.pairs = list(pairs)
        self.merged = 0
        intro = QLabel(
            translate(
                "DuplicateReview",
                "Ces foyers partagent un e-mail ou un téléphone : souvent la même famille, "
                "inscrite sur le site puis rencontrée sur un salon, ou saisie par deux "
                "chargés d'accueil. La fusion garde tout (membres, échanges, relances, "
                "orientations) dans le foyer de gauche, inscrit le premier.",
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("duplicatePairs")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.error = FieldErrorLabel(name="reviewError")
        self.merge_button = self._button(
            translate("DuplicateReview", "&Fusionner dans le premier"), "mergePair"
        )
        self.keep_second_button = self._button(
            translate("DuplicateReview", "Garder plutôt le &second"), "keepSecond"
        )
        self.open_first_button = self._button(
            translate("DuplicateReview", "Ouvrir le &premier"), "openFirst"
        )
        self.open_second_button = self._button(
            translate("DuplicateReview", "Ouvrir le s&econd"), "openSecond"
        )
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(lambda: self.merge(keep_first=True))
        self.keep_second_button.clicked.connect(lambda: self.merge(keep_first=False))
        self.open_first_button.clicked.connect(lambda: self._open(first=True))
        self.open_second_button.clicked.connect(lambda: self._open(first=False))
        actions = QHBoxLayout()
        for button in (
            self.merge_button,
            self.keep_second_button,
            self.open_first_button,
            self.open_second_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeReview")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(820, 420)
        self._fill()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def current_pair(self) -> DuplicatePair | None:
        row = self.list.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def merge(self, *, keep_first: bool = True) -> bool:
        """Fold one household of the selected pair into the other, in one transaction."""
        pair = self.current_pair()
        if pair is None:
            return False
        keep, merged = (pair.first, pair.second) if keep_first else (pair.second, pair.first)
        officer_id, today = self._workspace.officer_id, self._workspace.today()
        try:
            self._workspace.write(
                lambda session: merge_households(
                    session, keep.id, merged.id, officer_id=officer_id, today=today
                )
            )
        except UserFacingError as error:
            self.error.show_message(error.message)
            return False
        self.error.clear_message()
        self.merged += 1
        self._workspace.households_changed.emit()
        with self._workspace.database.session() as session:
            self.pairs = possible_duplicates(session)
        self._fill()
        return True

    def _open(self, *, first: bool) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        household_id = (pair.first if first else pair.second).id
        self.accept()
        self._workspace.open_household(household_id)

    def _fill(self) -> None:
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        for pair in self.pairs:
            item = QListWidgetItem(
                translate("DuplicateReview", "{first}  ⇄  {second}\n{reasons}").format(
                    first=side_text(pair.first),
                    second=side_text(pair.second),
                    reasons=" · ".join(pair.reasons),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, (pair.first.id, pair.second.id))
            self.list.addItem(item)
        if self.pairs:
            self.list.setCurrentRow(min(row, len(self.pairs) - 1))
        else:
            self.list.addItem(translate("DuplicateReview", "Plus aucun doublon possible."))
        for button in (
            self.merge_button,
            self.keep_second_button,
            self.open_first_button,
            self.open_second_button,
        ):
            button.setEnabled(bool(self.pairs))


class DuplicatesNotice(QWidget):
    """« Doublons possibles : 2 » and *Revoir les doublons…*, counted after each sync."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesNotice")
        self._workspace = workspace
        self._task: Task | None = None
        self._again = False
        self.pairs: list[DuplicatePair] = []
        self.text = QLabel(self)
        self.text.setObjectName("duplicatesCount")
        self.text.setWordWrap(True)
        self.review_button = QPushButton(translate("DuplicateReview", "Revoir les doublons…"), self)
        self.review_button.setObjectName("reviewDuplicates")
        self.review_button.clicked.connect(self.review)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.review_button)
        self.dialog: DuplicateReviewDialog | None = None
        self._show()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def refresh(self, _report: object = None) -> None:
        """Count the pairs again, in a worker (a few tenths of a second on 100,000 households)."""
        if self._task is not None:
            self._again = True
            return
        database = self._workspace.database

        def work(_progress: object, _cancelled: object) -> list[DuplicatePair]:
            with database.session() as session:
                return possible_duplicates(session)

        self._task = Task(work, self)
        self._task.succeeded.connect(self._on_counted)
        self._task.finished.connect(self._on_finished)
        self._task.start()

    def review(self) -> int:
        """Open the review; returns how many pairs were merged."""
        self.dialog = DuplicateReviewDialog(self._workspace, self.pairs, self)
        self.dialog.exec()
        merged = self.dialog.merged
        self.pairs = self.dialog.pairs
        self.dialog.deleteLater()
        self.dialog = None
        self._show()
        return merged

    def shutdown(self) -> None:
        if self._task is not None:
            self._task.wait()

    def showEvent(self, event: QShowEvent) -> None:
        """Counted when seen and after each sync, not after every save: a fair saves a lot."""
        self.refresh()
        super().showEvent(event)

    def _on_counted(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self._show()

    def _on_finished(self) -> None:
        if self._task is not None:
            self._task.deleteLater()
        self._task = None
        if self._again:
            self._again = False
            self.refresh()

    def _show(self) -> None:
        count = len(self.pairs)
        self.review_button.setEnabled(count > 0)
        if count:
            self.text.setText(
                translate(
                    "DuplicateReview",
                    "Doublons possibles : {count} paire(s) de foyers partagent un e-mail ou un "
                    "téléphone.",
                ).format(count=QLocale().toString(count))
            )
            self.text.setStyleSheet(f"color: {style.ACCENT_TEXT};")
        else:
            self.text.setText(
                translate("DuplicateReview", "Aucun doublon possible parmi vos foyers.")
            )
            self.text.setStyleSheet(f"color: {style.MUTED};")
