"""Settlements month by month with the empty months in: a chart's time axis has no gaps."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.reporting.indicators import MonthFigures


def every_month(months: Sequence[MonthFigures]) -> list[MonthFigures]:
    """``months`` from the first to the last, a month without settlement given as zero."""
    if not months:
        return []
    known = {month.month: month for month in months}
    first, last = months[0].month, months[-1].month
    filled = []
    year, number = first.year, first.month
    while (year, number) <= (last.year, last.month):
        day = date(year, number, 1)
        filled.append(known.get(day, MonthFigures(day, 0, 0)))
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return filled
