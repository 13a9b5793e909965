"""The catalogue as a Qt table model: the matching ids in SQL order, rows read by blocks.

Like the case list (:mod:`desktop.ui.case_list_model`), filtering and sorting
run in SQL (:mod:`desktop.catalogue.search`) and only the ids are kept; the
rows on screen are read a block at a time, so 20,000 offers cost one query
for the ids and a few small ones as the officer scrolls.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.catalogue.pricing import PriceKind, housing_price_kind
from desktop.catalogue.search import OfferFilter, OfferRow, OfferSort, offer_ids, offer_rows
from desktop.labels import offer_kind_label
from desktop.models import OfferKind
from desktop.storage import Database
from desktop.ui import style
from desktop.ui.block_rows import BlockRows

translate = QCoreApplication.translate

COLUMNS = [
    OfferSort.TITLE,
    OfferSort.KIND,
    OfferSort.PLACE,
    OfferSort.VALID_UNTIL,
    OfferSort.PRICE,
    None,  # the partner: shown, not sorted on
]

AnyIndex = QModelIndex | QPersistentModelIndex


def column_title(column: int) -> str:
    titles = [
        translate("OfferList", "Intitulé"),
        translate("OfferList", "Type"),
        translate("OfferList", "Lieu"),
        translate("OfferList", "Valable jusqu'au"),
        translate("OfferList", "Prix"),
        translate("OfferList", "Partenaire"),
    ]
    return titles[column]


def price_text(kind: OfferKind, price: int | None, title: str = "") -> str:
    """« 650 € / mois » for a rent, « 185 000 € » otherwise, as the interface language writes it."""
    if price is None:
        return ""
    amount = translate("OfferList", "{amount} €").format(amount=QLocale().toString(price))
    if kind is OfferKind.HOUSING and housing_price_kind(price, title) is PriceKind.MONTHLY_RENT:
        return translate("OfferList", "{amount} / mois").format(amount=amount)
    return amount


class OfferTableModel(QAbstractTableModel):
    """Offers matching an :class:`OfferFilter`, in the order of one sortable column."""

    def __init__(self, database: Database, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._today = today
        self._filter = OfferFilter()
        self._sort = OfferSort.VALID_UNTIL
        self._descending = False
        self._block: BlockRows[uuid.UUID, OfferRow] = BlockRows(self._read)

    def offer_filter(self) -> OfferFilter:
        return self._filter

    def set_filter(self, criteria: OfferFilter) -> None:
        if criteria != self._filter:
            self._filter = criteria
            self.reload()

    def reload(self) -> None:
        with self._database.engine.connect() as connection:
            ids = offer_ids(
                connection,
                self._filter,
                today=self._today,
                sort=self._sort,
                descending=self._descending,
            )
        self.beginResetModel()
        self._block.reset(ids)
        self.endResetModel()

    def offer_id(self, row: int) -> uuid.UUID:
        return self._block.ids[row]

    def row_of(self, offer_id: uuid.UUID) -> int | None:
        return self._block.position(offer_id)

    @property
    def blocks_read(self) -> int:
        return self._block.blocks_read

    def offer_row(self, row: int) -> OfferRow | None:
        return self._block.row(row)

    def _read(self, keys: list[uuid.UUID]) -> dict[uuid.UUID, OfferRow]:
        with self._database.engine.connect() as connection:
            return offer_rows(connection, keys)

    # QAbstractTableModel

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._block)

    def columnCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(section)
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in _RIGHT_ALIGNED:
                return _RIGHT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._block):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._block.ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if COLUMNS[index.column()] in _RIGHT_ALIGNED else None
        if role in (_DISPLAY, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            return self._row_data(index.row(), index.column(), role)
        return None

    def _row_data(self, row: int, column: int, role: int) -> Any:
        offer = self.offer_row(row)
        if offer is None:
            return translate("OfferList", "(retirée)") if role == _DISPLAY else None
        expired = offer.expired(self._today)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(style.MUTED) if expired else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("OfferList", "Offre expirée") if expired else offer.title
        return _display(offer, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL on every matching offer; the partner column is not sortable."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column] is None:
            return
        sort = COLUMNS[column]
        assert sort is not None
        self._sort = sort
        self._descending = order is Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self.reload()
        self.layoutChanged.emit()


_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT_ALIGNED = {OfferSort.VALID_UNTIL, OfferSort.PRICE}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _display(offer: OfferRow, column: int) -> str:
    locale = QLocale()
    texts = [
        lambda: offer.title,
        lambda: offer_kind_label(offer.kind),
        lambda: f"{offer.commune} ({offer.departement_code})",
        lambda: (
            translate("OfferList", "sans échéance")
            if offer.valid_until is None
            else locale.toString(offer.valid_until, QLocale.FormatType.ShortFormat)
        ),
        lambda: price_text(offer.kind, offer.price_eur, offer.title),
        lambda: offer.partner or "",
    ]
    return texts[column]()
