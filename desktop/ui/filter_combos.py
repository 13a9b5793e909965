"""The combo boxes that filter households by territory, officer, origin or event.

The *Dossiers* list and the *Tableau de bord* offer the same choices, read from
:func:`~desktop.cases.filter_choices.filter_choices`; these build and refill
their combo boxes alike. The first entry of each means "no filter" (data
``None``); the others carry the key the filter takes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.cases.filter_choices import Choice, FilterChoices


def filter_combo(name: str, parent: QWidget) -> QComboBox:
    """A combo box sized for a row of filters; ``name`` is its object name."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    combo.setMaximumWidth(260)
    return combo


def fill_combo(combo: QComboBox, everything: str, choices: Sequence[tuple[Any, str]]) -> None:
    """Replace the choices, keeping the current one when it is still offered (no signal)."""
    current = combo.currentData()
    blocked = combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(everything, None)
        for key, label in choices:
            combo.addItem(label, key)
        keys = [combo.itemData(index) for index in range(combo.count())]
        combo.setCurrentIndex(keys.index(current) if current in keys else 0)
    finally:
        combo.blockSignals(blocked)


def epci_choices(choices: FilterChoices, departement: str | None) -> list[Choice]:
    """The intercommunalities of ``departement``, or of every département, by name."""
    if departement is not None:
        return choices.epcis_by_departement.get(departement, [])
    return sorted(
        {choice for group in choices.epcis_by_departement.values() for choice in group},
        key=lambda choice: choice.label,
    )
