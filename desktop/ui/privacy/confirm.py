"""The confirmation asked before erasing: what goes, that it cannot be undone, *Annuler* first."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_irreversible(
    parent: QWidget,
    *,
    name: str,
    title: str,
    text: str,
    details: str,
    confirm: tuple[str, str],
    cancel: tuple[str, str],
) -> bool:
    """Ask in a modal warning box; whether the officer chose ``confirm``.

    ``Entrée`` and ``Échap`` cancel: only a click (or ``Tab`` then ``Espace``) on
    the destructive button goes on.

    Args:
        name: the box's object name.
        details: the informative text (what goes, what stays).
        confirm: label and object name of the destructive button.
        cancel: label and object name of the button that cancels.
    """
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName(name)
    box.setInformativeText(details)
    confirm_button = box.addButton(confirm[0], QMessageBox.ButtonRole.DestructiveRole)
    confirm_button.setObjectName(confirm[1])
    cancel_button = box.addButton(cancel[0], QMessageBox.ButtonRole.RejectRole)
    cancel_button.setObjectName(cancel[1])
    box.setDefaultButton(cancel_button)
    box.setEscapeButton(cancel_button)
    box.exec()
    chosen = box.clickedButton()
    box.deleteLater()
    return chosen is confirm_button
