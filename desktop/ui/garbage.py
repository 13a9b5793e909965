"""Python's cyclic garbage collection, kept on the GUI thread.

Left automatic, a collection runs in whichever thread happens to allocate: a
worker (the start-up steps, later sync or import) can then free a cycle that
holds Qt widgets, and deleting widgets outside the GUI thread crashes Qt. While
Escale runs, automatic collection is off and a timer on the GUI thread does the
same generational work: the collector pyqtgraph and qutebrowser use for this.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Disables automatic collection from :meth:`start` to :meth:`stop` and collects on a timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.on_timeout)

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Collect what is left here, on the GUI thread, then restore automatic collection."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def on_timeout(self) -> None:
        """Collect the generations the automatic collector would have collected by now."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        generation = 0
        for older in (1, 2):
            if counts[older] > self._thresholds[older]:
                generation = older
        gc.collect(generation)
