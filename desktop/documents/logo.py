"""The programme's mark, drawn as vectors: the application's pin-and-compass icon.

Drawn from the same geometry as ``resources/icons/escale.svg`` (a 256-unit
square), so paper and screen show one mark. Built once per size and colour set.
"""

from __future__ import annotations

import functools

from reportlab.graphics.shapes import ArcPath, Circle, Drawing, Ellipse, Polygon, Rect
from reportlab.lib.colors import Color, HexColor

from desktop.documents.programme import ACCENT, BLUE, WHITE

_UNITS = 256.0
_PALE_ACCENT = HexColor("#f3b98a")
_DARK_ACCENT = HexColor("#c45f17")


@functools.cache
def logo_mark(size: float, *, on_dark: bool = False) -> Drawing:
    """The mark in a ``size``-point square; ``on_dark`` drops the blue tile (for a blue band)."""
    drawing = Drawing(size, size)
    scale = size / _UNITS

    def s(*values: float) -> list[float]:
        return [value * scale for value in values]

    tile: Color = BLUE
    pin: Color = WHITE
    if not on_dark:
        drawing.add(
            Rect(*s(8, 8, 240, 240), rx=52 * scale, ry=52 * scale, fillColor=tile, strokeColor=None)
        )
    # SVG y runs down; ReportLab's runs up: y' = 256 - y.
    drawing.add(Ellipse(*s(128, 40, 38, 8), fillColor=ACCENT, strokeColor=None))
    outline = ArcPath(fillColor=pin, strokeColor=None)
    outline.moveTo(*s(128, 42))
    outline.lineTo(*s(179.21, 117.05))
    outline.addArc(*s(128, 152, 62), startangledegrees=-34.3, endangledegrees=214.3)
    outline.closePath()
    drawing.add(outline)
    drawing.add(Circle(*s(128, 152, 42), fillColor=tile, strokeColor=None))
    drawing.add(
        Polygon(s(128, 186, 137, 152, 128, 118, 119, 152), fillColor=ACCENT, strokeColor=None)
    )
    drawing.add(
        Polygon(s(94, 152, 128, 143, 162, 152, 128, 161), fillColor=_PALE_ACCENT, strokeColor=None)
    )
    drawing.add(Polygon(s(128, 186, 137, 152, 128, 152), fillColor=_DARK_ACCENT, strokeColor=None))
    drawing.add(Circle(*s(128, 152, 5), fillColor=WHITE, strokeColor=None))
    return drawing
