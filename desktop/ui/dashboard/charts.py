"""The dashboard's charts (QtCharts): the funnel of steps, and settlements month by month.

Numbers are written by the interface's locale in the category labels
(« Inscrits · 12 000 »): QtCharts' own value labels know no thousands
separator. Value axes start at zero; the charts do not animate.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QWidget

from desktop.reporting.indicators import Indicators, MonthFigures
from desktop.ui import style
from desktop.ui.dashboard.formatting import count_text, month_text

translate = QCoreApplication.translate

CHART_HEIGHT = 280
MONTHS_NAMED = 12
"""Past this many months, only every other month (or fewer) is named under the bars."""


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    title_font = chart.titleFont()
    title_font.setBold(True)
    title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
    chart.setTitleFont(title_font)
    chart.setTitleBrush(QColor(style.BLUE))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundVisible(False)  # the card around the view is the background
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setVisible(False)
    return chart


def _view(chart: QChart, name: str, parent: QWidget | None) -> QChartView:
    view = QChartView(chart, parent)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setStyleSheet("background: transparent;")
    view.setMinimumHeight(CHART_HEIGHT)
    return view


def _count_axis(top: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(top, 1))
    axis.applyNiceNumbers()
    axis.setMin(0)
    axis.setLabelFormat("%d")
    axis.setGridLineColor(QColor(style.BORDER))
    return axis


class FunnelChart:
    """Registered → contacted → accompanied → settled households, widest bar on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.chart = _chart(translate("Dashboard", "De l'inscription à l'installation"))
        self.view = _view(self.chart, "funnelChart", parent)
        self.categories: list[str] = []

    def show_indicators(self, indicators: Indicators) -> None:
        steps = [
            (translate("Dashboard", "Inscrits"), indicators.registered.households),
            (translate("Dashboard", "Contactés"), indicators.contacted.households),
            (translate("Dashboard", "Accompagnés"), indicators.accompanied.households),
            (translate("Dashboard", "Installés"), indicators.settled.households),
        ]
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        ordered = list(reversed(steps))  # a horizontal chart draws its first bar at the bottom
        self.categories = [
            translate("Dashboard", "{step} · {count}").format(step=label, count=count_text(value))
            for label, value in ordered
        ]
        bars = QBarSet(translate("Dashboard", "Foyers"))
        bars.append([float(value) for _label, value in ordered])
        bars.setColor(QColor(style.BLUE))
        bars.setBorderColor(QColor(style.BLUE))
        bars.setSelectedColor(QColor(style.ACCENT))
        bars.selectBar(0)  # the settled households, in the programme's accent
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(self.categories)
        names.setGridLineVisible(False)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        values = QValueAxis()  # hidden: the widest bar spans the chart, the labels say the counts
        values.setRange(0, max(1, *(value for _label, value in steps)))
        values.setVisible(False)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)


class MonthsChart:
    """Households and people settled, by the month they moved in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.chart = _chart(translate("Dashboard", "Installations par mois"))
        self.view = _view(self.chart, "monthsChart", parent)
        self.months: list[str] = []

    def show_months(self, months: Sequence[MonthFigures]) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.months = [month_text(month.month) for month in months]
        households = QBarSet(translate("Dashboard", "Foyers installés"))
        households.append([float(month.households) for month in months])
        households.setColor(QColor(style.BLUE))
        people = QBarSet(translate("Dashboard", "Personnes installées"))
        people.append([float(month.people) for month in months])
        people.setColor(QColor(style.ACCENT))
        series = QBarSeries()
        series.append(households)
        series.append(people)
        chart.addSeries(series)
        names = _month_axis(self.months)
        chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        values = _count_axis(max((month.people for month in months), default=0))
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)


def _month_axis(months: Sequence[str]) -> QCategoryAxis:
    """Bars sit at 0, 1, 2…; every month is named when they are few, one in ``step`` else.

    A ``QBarCategoryAxis`` names every bar and elides the names that do not fit:
    two years of months would read « … … … ».
    """
    axis = QCategoryAxis()
    axis.setRange(-0.5, max(len(months), 1) - 0.5)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    step = max(1, -(-len(months) // MONTHS_NAMED))
    for index, month in enumerate(months):
        if index % step == 0:
            axis.append(month, index)
    axis.setGridLineVisible(False)
    axis.setTruncateLabels(False)
    return axis
