"""The Qt binding itself keeps Python's reference counts right.

PySide6 6.12.0 under Python 3.11 released a reference to ``None`` on each call
of a method returning nothing, and to ``True``/``False`` for methods returning
a bool: after enough calls (a day of clicks) the interpreter aborts with
"none_dealloc". The pin in ``pyproject.toml`` avoids it; this test fails if an
upgrade brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

CALLS = 2000


def test_qt_calls_do_not_release_none_true_or_false(qtbot) -> None:
    label = QLabel("Escale")
    qtbot.addWidget(label)
    before = [sys.getrefcount(value) for value in (None, True, False)]
    for _ in range(CALLS):
        label.setText("Escale")  # returns nothing
        label.isHidden()  # returns a bool
        label.hasHeightForWidth()
    after = [sys.getrefcount(value) for value in (None, True, False)]
    assert all(a - b > -CALLS // 2 for a, b in zip(after, before, strict=True))
