"""Charts for printed documents (ReportLab graphics), in the programme's colours and font.

Each function returns a ``Drawing``, a flowable a story places like a paragraph.
Value axes start at zero: a bar twice as long is twice as many.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm

from desktop.documents import french, programme
from desktop.documents.fonts import BOLD, REGULAR

MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin",
          "juil.", "août", "sept.", "oct.", "nov.", "déc.")  # fmt: skip
STEP_COLOURS = (programme.BLUE_LIGHT, programme.BLUE, programme.ACCENT, programme.GREEN)
MONTHS_NAMED = 14
"""Past this many months, only every other month (or fewer) is named under the chart."""
MONTHS_LABELLED = 12
"""Up to this many months, each bar carries its value."""


def month_label(month: date) -> str:
    """``janv. 26``."""
    return f"{MONTHS[month.month - 1]} {month:%y}"


def funnel_drawing(steps: Sequence[tuple[str, int]], width: float, height: float) -> Drawing:
    """One horizontal bar per step, the first at the top, each labelled with its count."""
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    label_width = 24 * mm
    chart.x = label_width
    chart.y = 4
    chart.width = width - label_width - 14 * mm
    chart.height = height - 8
    ordered = list(reversed(steps))  # the chart draws its first category at the bottom
    chart.data = [[value for _label, value in ordered]]
    categories = chart.categoryAxis
    categories.categoryNames = [label for label, _value in ordered]
    categories.labels.fontName = BOLD
    categories.labels.fontSize = 8.5
    categories.labels.fillColor = programme.INK
    categories.labels.boxAnchor = "e"
    categories.labels.dx = -4
    categories.strokeColor = programme.RULE
    categories.visibleTicks = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(1, *(value for _label, value in steps))
    chart.valueAxis.visible = False
    chart.barWidth = 10
    chart.groupSpacing = 6
    chart.bars.strokeColor = None
    for index in range(len(ordered)):
        chart.bars[(0, index)].fillColor = STEP_COLOURS[(len(ordered) - 1 - index) % 4]
    chart.barLabelFormat = french.number
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = programme.INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def monthly_bars_drawing(
    months: Sequence[date],
    series: Sequence[tuple[str, Sequence[int], object]],
    width: float,
    height: float,
) -> Drawing:
    """Bars per month for each series (label, values, colour), side by side, with a legend."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x = 12 * mm
    chart.y = 12 * mm
    chart.width = width - 14 * mm
    chart.height = height - 22 * mm
    chart.data = [list(values) for _label, values, _colour in series]
    _month_axis(chart, months)
    _count_axis(chart, max((max(values, default=0) for _l, values, _c in series), default=0))
    chart.bars.strokeColor = None
    for index, (_label, _values, colour) in enumerate(series):
        chart.bars[index].fillColor = colour
    chart.groupSpacing = 4 if len(months) > 24 else 8
    chart.barSpacing = 1
    if len(months) <= MONTHS_LABELLED:
        chart.barLabelFormat = lambda value: french.number(int(value)) if value else ""
        chart.barLabels.fontName = REGULAR
        chart.barLabels.fontSize = 6.5
        chart.barLabels.fillColor = programme.MUTED
        chart.barLabels.nudge = 5
    drawing.add(chart)
    drawing.add(_legend(chart.x, height - 2, [(colour, label) for label, _v, colour in series]))
    return drawing


def _month_axis(chart: VerticalBarChart, months: Sequence[date]) -> None:
    many = len(months) > MONTHS_NAMED
    step = max(1, -(-len(months) // MONTHS_NAMED))
    axis = chart.categoryAxis
    axis.categoryNames = [
        month_label(month) if index % step == 0 else "" for index, month in enumerate(months)
    ]
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = 7
    axis.labels.fillColor = programme.MUTED
    axis.labels.boxAnchor = "ne" if many else "n"
    axis.labels.angle = 30 if many else 0
    axis.labels.dy = -2
    axis.strokeColor = programme.RULE
    axis.visibleTicks = False


def _count_axis(chart: VerticalBarChart, top: int) -> None:
    axis = chart.valueAxis
    axis.valueMin = 0
    axis.valueMax = nice_ceiling(max(top, 1))
    axis.valueStep = axis.valueMax // 4
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = 7
    axis.labels.fillColor = programme.MUTED
    axis.labelTextFormat = lambda value: french.number(round(value))
    axis.strokeColor = None
    axis.visibleGrid = True
    axis.gridStrokeColor = programme.RULE
    axis.gridStrokeWidth = 0.5
    axis.visibleTicks = False


def _legend(x: float, y: float, pairs: list[tuple[object, str]]) -> Legend:
    legend = Legend()
    legend.x = x
    legend.y = y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 90
    legend.dxTextSpace = 4
    legend.fontName = REGULAR
    legend.fontSize = 7.5
    legend.strokeColor = None
    legend.boxAnchor = "nw"
    legend.colorNamePairs = pairs
    return legend


def nice_ceiling(value: int) -> int:
    """The smallest 4 × (1, 2 or 5 × 10ⁿ) at or above ``value``: four round grid steps."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if 4 * factor * magnitude >= value:
                return 4 * factor * magnitude
        magnitude *= 10
