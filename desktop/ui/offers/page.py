"""The *Offres* page: the shared catalogue, searched and filtered, one offer's detail beside it.

Jobs, housing, businesses for sale, services and events, searched by words
(accent-blind, as soon as the officer stops typing; ``Entrée`` at once), by
kind, by territory (a commune, an intercommunality or a département), valid
ones only unless *Afficher les offres expirées* is ticked. The table is a
model over the database (:class:`~desktop.ui.offers.model.OfferTableModel`);
the pane on the right shows the offer chosen with its partner and contacts.
Officers add and edit offers and partners; both sync to the catalogue.
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import QCoreApplication, QItemSelection, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from desktop.cases.places import territory_index
from desktop.catalogue.search import OfferDetail, OfferFilter, offer_detail
from desktop.labels import labelled, offer_kind_label, partner_category_label
from desktop.models import Offer, OfferKind, Partner
from desktop.ui import style
from desktop.ui.household.territory_picker import TerritoryEdit
from desktop.ui.offers.model import OfferTableModel, price_text
from desktop.ui.offers.offer_dialog import OfferDialog
from desktop.ui.offers.partner_dialog import PartnerDialog
from desktop.ui.workspace import Workspace
from desktop.validation import format_phone

translate = QCoreApplication.translate

SEARCH_DELAY_MS = 250
DETAIL_HEIGHT = 200


class OfferTable(QTableView):
    """The catalogue's table; ``Entrée`` on a row edits the offer."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class OffersPage(QWidget):
    """*Offres*: search, filters, the table and the detail of the offer chosen."""

    key = "offres"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageContent")
        self.title = translate("OffersPage", "Offres")
        self._workspace = workspace
        self._stale = False
        self.model = OfferTableModel(workspace.database, workspace.today(), self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._build()
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(self.title, self)
        heading.setObjectName("pageTitle")
        heading.setFont(style.scaled_font(heading, 2.0, weight=QFont.Weight.DemiBold))
        self.summary = QLabel(self)
        self.summary.setObjectName("offerSummary")
        self.summary.setStyleSheet(f"color: {style.MUTED};")
        self.new_offer_button = QPushButton(translate("OffersPage", "Nouvelle offre…"), self)
        self.new_offer_button.setObjectName("newOffer")
        self.new_partner_button = QPushButton(translate("OffersPage", "Nouveau partenaire…"), self)
        self.new_partner_button.setObjectName("newPartner")
        self.new_offer_button.clicked.connect(self.new_offer)
        self.new_partner_button.clicked.connect(self.new_partner)
        header = QHBoxLayout()
        header.addWidget(heading)
        header.addSpacing(16)
        header.addWidget(self.summary, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        header.addWidget(self.new_partner_button)
        header.addWidget(self.new_offer_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(self._filters())
        # The detail goes below the table: the table keeps the whole width for its columns.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("offerSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._table())
        splitter.addWidget(self._detail_pane())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, DETAIL_HEIGHT])
        layout.addWidget(splitter, 1)

    def _filters(self) -> QHBoxLayout:
        self.search = QLineEdit(self)
        self.search.setObjectName("offerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            translate("OffersPage", "Rechercher : métier, commune, partenaire…")
        )
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.kind = QComboBox(self)
        self.kind.setObjectName("offerKindFilter")
        self.kind.addItem(translate("OffersPage", "Tous les types"), None)
        for label, kind in labelled(OfferKind, offer_kind_label):
            self.kind.addItem(label, kind)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.territory = TerritoryEdit(
            lambda: territory_index(self._workspace.database).wishes, self
        )
        self.territory.setObjectName("offerTerritory")
        self.territory.setPlaceholderText(translate("OffersPage", "Territoire (ex. Jura)"))
        self.territory.changed.connect(self._on_territory_changed)
        self.territory.returnPressed.connect(self.apply_filter)
        self.territory.editingFinished.connect(self._on_territory_left)
        self.show_expired = QCheckBox(translate("OffersPage", "Afficher les offres expirées"), self)
        self.show_expired.setObjectName("showExpired")
        self.show_expired.toggled.connect(self.apply_filter)
        self.reset_button = QPushButton(translate("OffersPage", "Tout afficher"), self)
        self.reset_button.setObjectName("resetOfferFilters")
        self.reset_button.clicked.connect(self.reset_filters)
        self.count = QLabel(self)
        self.count.setObjectName("offerCount")
        row = QHBoxLayout()
        row.addWidget(self.search, 3)
        row.addWidget(self.kind, 1)
        row.addWidget(self.territory, 2)
        row.addWidget(self.show_expired)
        row.addWidget(self.reset_button)
        row.addWidget(self.count)
        return row

    def _table(self) -> QTableView:
        self.table = OfferTable(self)
        self.table.setObjectName("offerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 125), (2, 190), (3, 145), (4, 105), (5, 180)):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(self._on_activated)
        return self.table

    def _detail_pane(self) -> QFrame:
        pane = QFrame(self)
        pane.setObjectName("offerDetail")
        pane.setStyleSheet(
            f"#offerDetail {{ background: #ffffff; border: 1px solid {style.BORDER};"
            " border-radius: 6px; }"
        )
        pane.setMinimumHeight(120)
        self.detail = QLabel(pane)
        self.detail.setObjectName("offerDetailText")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contacts = QLabel(pane)
        self.contacts.setObjectName("offerContacts")
        self.contacts.setWordWrap(True)
        self.contacts.setTextFormat(Qt.TextFormat.RichText)
        self.contacts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.partner = QLabel(pane)
        self.partner.setObjectName("offerPartner")
        self.partner.setWordWrap(True)
        self.partner.setTextFormat(Qt.TextFormat.RichText)
        self.partner.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.partner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_offer_button = QPushButton(translate("OffersPage", "Modifier l'offre…"), pane)
        self.edit_offer_button.setObjectName("editOffer")
        self.edit_partner_button = QPushButton(
            translate("OffersPage", "Modifier le partenaire…"), pane
        )
        self.edit_partner_button.setObjectName("editPartner")
        self.edit_offer_button.clicked.connect(self.edit_offer)
        self.edit_partner_button.clicked.connect(self.edit_partner)
        buttons = QVBoxLayout()
        buttons.addWidget(self.edit_offer_button)
        buttons.addWidget(self.edit_partner_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(pane)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(24)
        layout.addWidget(self.detail, 4)
        layout.addWidget(self.contacts, 2)
        layout.addWidget(self.partner, 2)
        layout.addLayout(buttons)
        self._show_detail(None)
        return pane

    # --- public API -----------------------------------------------------------------------

    def current_filter(self) -> OfferFilter:
        place = self.territory.resolved()
        return OfferFilter(
            text=self.search.text(),
            kind=self.kind.currentData(),
            territory=(place.kind, place.code) if place is not None else None,
            include_expired=self.show_expired.isChecked(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        selected = self.selected_offer()
        self.model.set_filter(self.current_filter())
        self._after_reload(selected)

    def refresh(self) -> None:
        """Read the catalogue again (an offer was added, edited, or came with a sync)."""
        selected = self.selected_offer()
        self.model.reload()
        self._after_reload(selected)
        self._show_summary()
        self._stale = False

    def reset_filters(self) -> None:
        for widget in (self.search, self.kind, self.show_expired):
            widget.blockSignals(True)
        self.search.clear()
        self.kind.setCurrentIndex(0)
        self.show_expired.setChecked(False)
        for widget in (self.search, self.kind, self.show_expired):
            widget.blockSignals(False)
        self.territory.set_value(("", None))
        self.apply_filter()

    def selected_offer(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.offer_id(index.row()) if index.isValid() else None

    def select_offer(self, offer_id: uuid.UUID) -> bool:
        row = self.model.row_of(offer_id)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def new_offer(self) -> uuid.UUID | None:
        return self._edit(OfferDialog(self._workspace, None, self))

    def edit_offer(self) -> uuid.UUID | None:
        offer_id = self.selected_offer()
        if offer_id is None:
            return None
        return self._edit(OfferDialog(self._workspace, offer_id, self))

    def new_partner(self) -> uuid.UUID | None:
        return self._edit(PartnerDialog(self._workspace, None, self))

    def edit_partner(self) -> uuid.UUID | None:
        detail = self._current_detail()
        if detail is None or detail.partner is None:
            return None
        return self._edit(PartnerDialog(self._workspace, detail.partner.id, self))

    def figure_texts(self) -> list[tuple[str, str]]:
        """(caption, value) of the catalogue's figures, as the summary line shows them."""
        return self._figures

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def mark_stale(self, _report: object = None) -> None:
        """A sync may have brought offers: read them again when next shown (now if shown)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    # --- behind the scenes ----------------------------------------------------------------

    def _edit(self, dialog: OfferDialog | PartnerDialog) -> uuid.UUID | None:
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        if saved is None:
            return None
        selected = saved if isinstance(dialog, OfferDialog) else self.selected_offer()
        self.refresh()
        if selected is not None:
            self.select_offer(selected)
        self._show_detail(self._current_detail())
        return saved

    def _after_reload(self, selected: uuid.UUID | None) -> None:
        count = self.model.rowCount()
        self.count.setText(
            translate("OffersPage", "{count} offre(s)").format(count=QLocale().toString(count))
        )
        if selected is None or not self.select_offer(selected):
            if count:
                self.table.setCurrentIndex(self.model.index(0, 0))
            else:
                self._show_detail(None)

    def _show_summary(self) -> None:
        today = self._workspace.today()
        with self._workspace.database.session() as session:
            offers = session.scalar(
                select(func.count())
                .select_from(Offer)
                .where(
                    Offer.deleted.is_(False),
                    (Offer.valid_until.is_(None)) | (Offer.valid_until >= today),
                )
            )
            partners = session.scalar(
                select(func.count()).select_from(Partner).where(Partner.deleted.is_(False))
            )
        locale = QLocale()
        self._figures = [
            (translate("Pages", "Offres en cours"), locale.toString(offers or 0)),
            (translate("Pages", "Partenaires"), locale.toString(partners or 0)),
        ]
        self.summary.setText(" · ".join(f"{caption} : {value}" for caption, value in self._figures))

    def _on_territory_left(self) -> None:
        """A place typed in full counts once the field is left, even if not picked."""
        if self.current_filter() != self.model.offer_filter():
            self.apply_filter()

    def _on_territory_changed(self) -> None:
        if self.territory.place() is not None or not self.territory.text().strip():
            self.apply_filter()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail(self._current_detail())

    def _on_activated(self, _index: QModelIndex) -> None:
        self.edit_offer()

    def _current_detail(self) -> OfferDetail | None:
        offer_id = self.selected_offer()
        if offer_id is None:
            return None
        with self._workspace.database.session() as session:
            return offer_detail(session, offer_id)

    def _show_detail(self, detail: OfferDetail | None) -> None:
        self.edit_offer_button.setEnabled(detail is not None)
        self.edit_partner_button.setEnabled(detail is not None and detail.partner is not None)
        if detail is None:
            self.detail.setText(
                f'<p style="color:{style.MUTED}">'
                + html.escape(translate("OffersPage", "Choisissez une offre dans la liste."))
                + "</p>"
            )
            self.contacts.clear()
            self.partner.clear()
            return
        offer, contacts, partner = detail_html(detail, self._workspace.today())
        self.detail.setText(offer)
        self.contacts.setText(contacts)
        self.partner.setText(partner)


def detail_html(detail: OfferDetail, today: object) -> tuple[str, str, str]:
    """The detail pane's three texts: the offer, who to contact, the partner."""
    locale = QLocale()
    e = html.escape
    lines = [
        f'<h3 style="color:{style.BLUE}; margin:0 0 6px 0">{e(detail.title)}</h3>',
        f"<p>{e(offer_kind_label(detail.kind))} · {e(detail.commune)} "
        f"({e(detail.departement_code)})</p>",
    ]
    if detail.valid_until is not None:
        when = locale.toString(detail.valid_until, QLocale.FormatType.ShortFormat)
        expired = detail.valid_until < today  # type: ignore[operator]
        text = (
            translate("OffersPage", "Expirée le {day}")
            if expired
            else translate("OffersPage", "Valable jusqu'au {day}")
        ).format(day=when)
        colour = style.ERROR if expired else style.INK
        lines.append(f'<p style="color:{colour}">{e(text)}</p>')
    else:
        lines.append(f"<p>{e(translate('OffersPage', 'Sans échéance'))}</p>")
    price = price_text(detail.kind, detail.price_eur, detail.title)
    if price:
        lines.append(f"<p><b>{e(price)}</b></p>")
    if detail.details:
        lines.append(f"<p>{e(detail.details)}</p>")
    offer = "".join(lines)
    lines = []
    contact = _contact_lines(detail.contact_name, detail.contact_phone, detail.contact_email)
    if contact:
        lines.append(f"<h4 style='margin:0 0 2px 0'>{e(translate('OffersPage', 'Contact'))}</h4>")
        lines.append("<p>" + "<br>".join(contact) + "</p>")
    contacts = "".join(lines)
    lines = []
    partner = detail.partner
    if partner is not None:
        lines.append(
            f"<h4 style='margin:0 0 2px 0'>{e(translate('OffersPage', 'Partenaire'))}</h4>"
        )
        lines.append(
            "<p>"
            + "<br>".join(
                [
                    f"<b>{e(partner.organisation)}</b> — "
                    + e(partner_category_label(partner.category)),
                    *_contact_lines(partner.contact_name, partner.phone, partner.email),
                ]
            )
            + "</p>"
        )
    return offer, contacts, "".join(lines)


def _contact_lines(name: str | None, phone: str | None, email: str | None) -> list[str]:
    lines = []
    if name:
        lines.append(html.escape(name))
    if phone:
        lines.append("☎ " + html.escape(format_phone(phone)))
    if email:
        lines.append("✉ " + html.escape(email))
    return lines
