"""Choosing a commune, an intercommunality or a département by typing part of its name.

The reference geography (35,000 communes) is read once per database into a
small in-memory index: typing filters it accent- and case-blind on every
keystroke in a few milliseconds, which SQLite's ``LIKE`` cannot do without
accents. The completer shows the twelve best matches ("Dole (39)"); the field
remembers the place picked, and a name typed in full is recognised on leaving
the field, so the keyboard alone suffices.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget
from sqlalchemy import select

from desktop.models import Commune, CommunePostcode, Departement, Epci, TerritoryKind
from desktop.storage import Database

SHOWN = 12


def searchable(text: str) -> str:
    """Lower case, accents and punctuation gone: "Saint-Étienne" → "saint etienne"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


@dataclass(frozen=True)
class Place:
    """A territory as the form stores it, with the label the officer reads."""

    kind: TerritoryKind
    code: str
    label: str
    postcode: str = ""
    key: str = field(default="", compare=False, repr=False)
    weight: int = field(default=0, compare=False, repr=False)


@dataclass
class TerritoryIndex:
    """Every place a household can come from or wish to live in, ready to be searched."""

    wishes: list[Place]
    origins: list[Place]
    by_code: dict[tuple[TerritoryKind, str], Place]
    origin_by_code: dict[tuple[str, str], Place]

    def search(self, text: str, *, origins: bool, limit: int = SHOWN) -> list[Place]:
        """The best matches for what was typed: whole name, then name start, then a word."""
        query = searchable(text)
        if not query:
            return []
        ranked: list[tuple[int, int, str, Place]] = []
        for place in self.origins if origins else self.wishes:
            key = place.key
            if query in (key, place.postcode):
                rank = 0
            elif key.startswith(query) or place.postcode.startswith(query):
                rank = 1
            elif f" {query}" in key:
                rank = 2
            else:
                continue
            ranked.append((rank, -place.weight, place.label, place))
        ranked.sort(key=lambda item: item[:3])
        return [item[3] for item in ranked[:limit]]

    def resolve(self, text: str, *, origins: bool) -> Place | None:
        """The place whose label or name is exactly ``text``, the most populous if several."""
        query = searchable(text)
        if not query:
            return None
        exact = [
            place
            for place in (self.origins if origins else self.wishes)
            if place.key == query
            or (query.startswith(place.key) and searchable(place.label) == query)
        ]
        return max(exact, key=lambda place: place.weight) if exact else None

    def wish(self, kind: TerritoryKind, code: str) -> Place | None:
        return self.by_code.get((kind, code))

    def origin(self, commune_code: str, postcode: str = "") -> Place | None:
        found = self.origin_by_code.get((commune_code, postcode))
        if found is None:
            found = next(
                (p for (code, _), p in self.origin_by_code.items() if code == commune_code), None
            )
        return found


def _commune_label(name: str, departement: str) -> str:
    return f"{name} ({departement})"


def _epci_label(name: str) -> str:
    return QCoreApplication.translate("TerritoryPicker", "{name} (intercommunalité)").format(
        name=name
    )


def _departement_label(name: str, code: str) -> str:
    return QCoreApplication.translate("TerritoryPicker", "{name} (département {code})").format(
        name=name, code=code
    )


def _origin_label(name: str, postcode: str) -> str:
    return f"{name} ({postcode})"


def describe_wish(database: Database, kind: TerritoryKind, code: str) -> Place | None:
    """The place a stored target designates, read alone (a form loads without the index)."""
    with database.session() as session:
        if kind is TerritoryKind.COMMUNE:
            commune = session.get(Commune, code)
            return (
                None
                if commune is None
                else Place(kind, code, _commune_label(commune.name, commune.departement_code))
            )
        if kind is TerritoryKind.EPCI:
            epci = session.get(Epci, code)
            return None if epci is None else Place(kind, code, _epci_label(epci.name))
        departement = session.get(Departement, code)
        return (
            None
            if departement is None
            else Place(kind, code, _departement_label(departement.name, code))
        )


def describe_origin(database: Database, commune_code: str, postcode: str = "") -> Place | None:
    """The commune a household lives in, with ``postcode`` or else its first one."""
    with database.session() as session:
        commune = session.get(Commune, commune_code)
        if commune is None:
            return None
        postcodes = session.scalars(
            select(CommunePostcode.postcode)
            .where(CommunePostcode.commune_code == commune_code)
            .order_by(CommunePostcode.postcode)
        ).all()
    chosen = postcode if postcode in postcodes else (postcodes[0] if postcodes else "")
    return Place(
        TerritoryKind.COMMUNE, commune_code, _origin_label(commune.name, chosen), postcode=chosen
    )


_indexes: dict[Path, TerritoryIndex] = {}


def territory_index(database: Database) -> TerritoryIndex:
    """The index of ``database``'s reference geography, built on first use (about 0.3 s)."""
    if database.path not in _indexes:
        _indexes[database.path] = _build_index(database)
    return _indexes[database.path]


def _build_index(database: Database) -> TerritoryIndex:
    with database.session() as session:
        communes = session.execute(
            select(Commune.code, Commune.name, Commune.departement_code, Commune.population)
        ).all()
        postcodes = session.execute(
            select(CommunePostcode.commune_code, CommunePostcode.postcode).order_by(
                CommunePostcode.postcode
            )
        ).all()
        epcis = session.execute(select(Epci.siren, Epci.name, Epci.population)).all()
        departements = session.execute(select(Departement.code, Departement.name)).all()
    wishes: list[Place] = []
    for code, name, departement, population in communes:
        wishes.append(
            Place(
                TerritoryKind.COMMUNE,
                code,
                _commune_label(name, departement),
                key=searchable(name),
                weight=population or 0,
            )
        )
    for siren, name, population in epcis:
        wishes.append(
            Place(
                TerritoryKind.EPCI,
                siren,
                _epci_label(name),
                key=searchable(name),
                weight=population,
            )
        )
    for code, name in departements:
        wishes.append(
            Place(
                TerritoryKind.DEPARTEMENT,
                code,
                _departement_label(name, code),
                key=searchable(name),
                weight=10**9,  # a département outranks the commune it is named after
            )
        )
    names = {code: (name, population or 0) for code, name, _dep, population in communes}
    origins = [
        Place(
            TerritoryKind.COMMUNE,
            commune_code,
            _origin_label(names[commune_code][0], postcode),
            postcode=postcode,
            key=searchable(names[commune_code][0]),
            weight=names[commune_code][1],
        )
        for commune_code, postcode in postcodes
        if commune_code in names
    ]
    return TerritoryIndex(
        wishes=wishes,
        origins=origins,
        by_code={(place.kind, place.code): place for place in wishes},
        origin_by_code={(place.code, place.postcode): place for place in origins},
    )


class TerritoryEdit(QLineEdit):
    """A line edit that completes place names and remembers the place chosen.

    Args:
        index: returns the territory index (built lazily, on the first keystroke).
        origins: communes with their postcodes (where the household lives now)
            instead of communes, intercommunalities and départements (wishes).

    Signals:
        changed: the text or the place picked changed by the officer's hand.
    """

    changed = Signal()

    def __init__(
        self,
        index: Callable[[], TerritoryIndex],
        *,
        origins: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._index = index
        self._origins = origins
        self._place: Place | None = None
        self._matches = QStandardItemModel(self)
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(SHOWN)
        completer.activated[QModelIndex].connect(self.on_match_activated)
        self.setCompleter(completer)
        self.textEdited.connect(self.on_text_edited)
        self.editingFinished.connect(self.on_editing_finished)
        self.setClearButtonEnabled(True)

    def place(self) -> Place | None:
        return self._place

    def value(self) -> tuple[str, Place | None]:
        return self.text(), self._place

    def set_value(self, value: tuple[str, Place | None]) -> None:
        text, place = value
        self._place = place
        self.setText(text)

    def resolved(self) -> Place | None:
        """The place picked, or else the one whose name was typed in full."""
        if self._place is not None or not self.text().strip():
            return self._place
        return self._index().resolve(self.text(), origins=self._origins)

    def on_text_edited(self, text: str) -> None:
        if self._place is not None and text != self._place.label:
            self._place = None
        self._matches.clear()
        for place in self._index().search(text, origins=self._origins):
            item = QStandardItem(place.label)
            item.setData(place, Qt.ItemDataRole.UserRole)
            self._matches.appendRow(item)
        self.changed.emit()

    def on_match_activated(self, index: QModelIndex) -> None:
        place = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(place, Place):
            self._place = place
            self.setText(place.label)
            self.changed.emit()

    def on_editing_finished(self) -> None:
        """Recognise a name typed in full, so picking from the list is not compulsory."""
        if self._place is not None:
            return
        place = self.resolved()
        if place is not None:
            self._place = place
            self.setText(place.label)
            self.changed.emit()
