"""*Suggestions* on the household page: offers ranked for this household, and its referrals.

Each suggestion says why in French (« emploi — infirmier·ère recherché·e à
Dole, dans l'intercommunalité souhaitée », then the budget, the adult whose
job it is…); *Proposer* turns it into a referral (*proposé*) in one click.
Below, the household's referrals, each with its state to move along
(proposé → envoyé → accepté / refusé). Matching reads the whole catalogue
(:func:`desktop.matching.suggest.suggest_offers`), so it runs in a worker
when a household is opened; a result for a household no longer shown is
dropped.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.referrals import (
    NEXT_STATES,
    ReferralItem,
    propose_offer,
    referrals_of,
    set_referral_state,
)
from desktop.errors import UserFacingError
from desktop.labels import offer_kind_label, referral_state_label
from desktop.matching.suggest import Suggestion, suggest_offers
from desktop.models import ReferralState
from desktop.ui import style
from desktop.ui.field_errors import FieldErrorLabel
from desktop.ui.household.rows import clear_rows, plain_label, section_title
from desktop.ui.task import Task
from desktop.ui.workspace import Workspace

translate = QCoreApplication.translate

SHOWN_AT_FIRST = 5
"""Suggestions listed before « Voir les N suggestions »: the best ones fit without scrolling."""

SHEET = f"""
#suggestionRow, #referralRow {{
    background: #ffffff; border: 1px solid {style.BORDER}; border-radius: 5px;
}}
#suggestionHeadline {{ color: {style.INK}; }}
#suggestionReasons, #referralMeta, #suggestionsNote {{ color: {style.MUTED}; }}
#alreadyProposed {{ color: {style.BLUE}; }}
"""


class SuggestionsPanel(QWidget):
    """Suggested offers and referrals of one household (see the module docstring)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.setStyleSheet(SHEET)
        self._workspace = workspace
        self._household_id: uuid.UUID | None = None
        self._task: Task | None = None
        self._pending: uuid.UUID | None = None
        self._expanded = False
        self.suggestions: list[Suggestion] = []
        self.referrals: list[ReferralItem] = []

        title = QLabel(translate("Suggestions", "Suggestions d'offres"))
        title.setObjectName("suggestionsTitle")
        title.setFont(style.scaled_font(title, 1.1, weight=QFont.Weight.DemiBold))
        self.note = QLabel()
        self.note.setObjectName("suggestionsNote")
        self.note.setWordWrap(True)
        self.error = FieldErrorLabel(name="suggestionsError")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        self.more_button = QPushButton()
        self.more_button.setObjectName("moreSuggestions")
        self.more_button.setFlat(True)
        self.more_button.clicked.connect(self.toggle_more)
        self.referral_rows = QVBoxLayout()
        self.referral_rows.setSpacing(6)
        self.referrals_empty = QLabel(
            translate("Suggestions", "Aucune offre proposée à ce foyer pour l'instant.")
        )
        self.referrals_empty.setObjectName("referralsEmpty")
        self.referrals_empty.setStyleSheet(f"color: {style.MUTED};")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addLayout(self.rows)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        layout.addWidget(section_title(translate("Suggestions", "Offres proposées au foyer")))
        layout.addWidget(self.referrals_empty)
        layout.addLayout(self.referral_rows)
        self.clear()

    @property
    def household_id(self) -> uuid.UUID | None:
        return self._household_id

    @property
    def busy(self) -> bool:
        return self._task is not None

    def clear(self) -> None:
        self._household_id = None
        self.suggestions, self.referrals = [], []
        clear_rows(self.rows)
        clear_rows(self.referral_rows)
        self.more_button.hide()
        self.error.clear_message()
        self.note.setText("")
        self.referrals_empty.show()

    def load(self, household_id: uuid.UUID) -> None:
        """Show the household's referrals now and its suggestions once computed."""
        if household_id != self._household_id:
            self._expanded = False
        self._household_id = household_id
        self.error.clear_message()
        self._show_referrals()
        self._compute(household_id)

    def shutdown(self) -> None:
        """Wait for a computation under way: a thread must end before its window."""
        if self._task is not None:
            self._task.wait()

    def propose(self, offer_id: uuid.UUID) -> bool:
        """Record the offer as proposed to the household (*proposé*), in one click."""
        household_id = self._household_id
        if household_id is None:
            return False
        officer_id, today = self._workspace.officer_id, self._workspace.today()
        try:
            self._workspace.write(
                lambda session: propose_offer(
                    session, household_id, offer_id, officer_id=officer_id, today=today
                )
            )
        except UserFacingError as error:
            self.error.show_message(error.message)
            return False
        self.error.clear_message()
        self._workspace.households_changed.emit()
        self.load(household_id)
        return True

    def move_referral(self, referral_id: uuid.UUID, state: ReferralState) -> bool:
        try:
            self._workspace.write(lambda session: set_referral_state(session, referral_id, state))
        except UserFacingError as error:
            self.error.show_message(error.message)
            self._show_referrals()
            return False
        self.error.clear_message()
        self._workspace.households_changed.emit()
        if self._household_id is not None:
            self.load(self._household_id)
        return True

    def toggle_more(self) -> None:
        self._expanded = not self._expanded
        self._show_suggestions()

    # --- computing ------------------------------------------------------------------------

    def _compute(self, household_id: uuid.UUID) -> None:
        if self._task is not None:
            self._pending = household_id  # computed once the running one ends
            return
        database, today = self._workspace.database, self._workspace.today()

        def work(_progress: object, _cancelled: object) -> tuple[uuid.UUID, list[Suggestion]]:
            with database.session() as session:
                return household_id, suggest_offers(session, household_id, today=today)

        self.note.setText(translate("Suggestions", "Recherche dans le catalogue…"))
        self._task = Task(work, self)
        self._task.succeeded.connect(self._on_computed)
        self._task.failed.connect(self.error.show_message)
        self._task.finished.connect(self._on_finished)
        self._task.start()

    def _on_computed(self, outcome: tuple[uuid.UUID, list[Suggestion]]) -> None:
        household_id, suggestions = outcome
        if household_id != self._household_id:
            return  # another household is shown now
        self.suggestions = suggestions
        self._show_suggestions()

    def _on_finished(self) -> None:
        if self._task is not None:
            self._task.deleteLater()
        self._task = None
        pending, self._pending = self._pending, None
        if pending is not None and pending == self._household_id:
            self._compute(pending)

    # --- showing --------------------------------------------------------------------------

    def _show_suggestions(self) -> None:
        clear_rows(self.rows)
        suggestions = self.suggestions
        if not suggestions:
            self.note.setText(
                translate(
                    "Suggestions",
                    "Aucune offre du catalogue ne correspond aux besoins ouverts et aux "
                    "territoires souhaités de ce foyer.",
                )
            )
            self.more_button.hide()
            return
        self.note.setText(
            translate(
                "Suggestions",
                "Classées selon les besoins ouverts, les métiers, les territoires souhaités "
                "et le budget.",
            )
        )
        shown = suggestions if self._expanded else suggestions[:SHOWN_AT_FIRST]
        for suggestion in shown:
            self.rows.addWidget(self._suggestion_row(suggestion))
        hidden = len(suggestions) - SHOWN_AT_FIRST
        self.more_button.setVisible(hidden > 0)
        self.more_button.setText(
            translate("Suggestions", "Moins de suggestions")
            if self._expanded
            else translate("Suggestions", "Voir les {count} suggestions").format(
                count=len(suggestions)
            )
        )

    def _suggestion_row(self, suggestion: Suggestion) -> QFrame:
        row = QFrame()
        row.setObjectName("suggestionRow")
        headline = plain_label(suggestion.headline, "suggestionHeadline")
        headline.setFont(style.scaled_font(headline, 1.0, weight=QFont.Weight.DemiBold))
        title = plain_label(
            f"{offer_kind_label(suggestion.kind)} · {suggestion.title}", "suggestionTitle"
        )
        reasons = plain_label(" · ".join(suggestion.reasons), "suggestionReasons")
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(headline)
        text.addWidget(title)
        if suggestion.reasons:
            text.addWidget(reasons)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(text, 1)
        if suggestion.proposed is None:
            button = QPushButton(translate("Suggestions", "Proposer"))
            button.setObjectName("proposeOffer")
            button.setToolTip(translate("Suggestions", "Noter cette offre comme proposée au foyer"))
            offer_id = suggestion.offer_id
            button.clicked.connect(lambda: self.propose(offer_id))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        else:
            done = QLabel("✓ " + referral_state_label(suggestion.proposed))
            done.setToolTip(translate("Suggestions", "Déjà proposée à ce foyer"))
            done.setObjectName("alreadyProposed")
            layout.addWidget(done, 0, Qt.AlignmentFlag.AlignTop)
        row.setProperty("offerId", suggestion.offer_id.hex)
        return row

    def _show_referrals(self) -> None:
        clear_rows(self.referral_rows)
        if self._household_id is None:
            self.referrals = []
        else:
            with self._workspace.database.session() as session:
                self.referrals = referrals_of(session, self._household_id)
        self.referrals_empty.setVisible(not self.referrals)
        for referral in self.referrals:
            self.referral_rows.addWidget(self._referral_row(referral))

    def _referral_row(self, referral: ReferralItem) -> QFrame:
        row = QFrame()
        row.setObjectName("referralRow")
        title = plain_label(referral.title, "referralTitle")
        meta = " · ".join(
            part
            for part in (
                offer_kind_label(referral.kind) if referral.kind else "",
                referral.place or "",
                translate("Suggestions", "proposée le {day}").format(
                    day=QLocale().toString(referral.proposed_on, QLocale.FormatType.ShortFormat)
                ),
            )
            if part
        )
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(title)
        text.addWidget(plain_label(meta, "referralMeta"))
        state = QComboBox()
        state.setObjectName("referralState")
        state.setAccessibleName(
            translate("Suggestions", "État de l'orientation : {title}").format(title=referral.title)
        )
        for option in (referral.state, *NEXT_STATES[referral.state]):
            state.addItem(referral_state_label(option), option)
        referral_id = referral.id
        state.activated.connect(
            lambda index: self._on_state_chosen(referral_id, state.itemData(index))
        )
        layout = QHBoxLayout(row)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(text, 1)
        layout.addWidget(state, 0, Qt.AlignmentFlag.AlignTop)
        row.setProperty("referralId", referral.id.hex)
        return row

    def _on_state_chosen(self, referral_id: uuid.UUID, state: ReferralState) -> None:
        current = next((r.state for r in self.referrals if r.id == referral_id), None)
        if state is not current:
            self.move_referral(referral_id, state)
