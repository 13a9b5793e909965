"""The QR code to the programme's website, computed once per process.

Encoding a QR code in pure Python and drawing it as hundreds of squares is
the costliest part of a naive dossier; the modules are computed once and kept
as a single vector path, drawn by every document.
"""

from __future__ import annotations

import functools

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing, Path, Rect

from desktop.documents.programme import INK, WHITE

QUIET_ZONE = 4
"""Light modules around the code, as the QR standard asks."""


@functools.cache
def qr_drawing(value: str, size: float) -> Drawing:
    """``value`` as a ``size``-point square QR code (error correction M), quiet zone included."""
    widget = QrCodeWidget(value, barLevel="M", barBorder=0)
    widget.qr.make()
    modules = widget.qr.modules
    count = len(modules)
    module = size / (count + 2 * QUIET_ZONE)
    drawing = Drawing(size, size)
    drawing.add(Rect(0, 0, size, size, fillColor=WHITE, strokeColor=None))
    path = Path(fillColor=INK, strokeColor=None, strokeWidth=0)
    for row, line in enumerate(modules):
        top = size - (row + QUIET_ZONE) * module
        column = 0
        while column < count:
            if not line[column]:
                column += 1
                continue
            start = column
            while column < count and line[column]:
                column += 1
            left = (start + QUIET_ZONE) * module
            right = (column + QUIET_ZONE) * module
            path.moveTo(left, top)
            path.lineTo(right, top)
            path.lineTo(right, top - module)
            path.lineTo(left, top - module)
            path.closePath()
    drawing.add(path)
    return drawing
