"""The dashboard's numbers in the interface language: ``12 000``, ``5,7 M€``, ``10,5 %``.

Through ``QLocale``, like every number of the interface (the documents and the
command line have their own, Qt-free, in :mod:`desktop.reporting.french_numbers`).
Units are held to their number by a no-break space (narrow before a sign, as
French typography wants), so a tile never shows « 5,7 » above « M€ ».
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

translate = QCoreApplication.translate


def count_text(value: int) -> str:
    """``12000`` → ``12 000`` in French, ``12,000`` in English."""
    return QLocale().toString(value)


def counted(count: int, one: str, many: str) -> str:
    """« 1 ligne refusée », « 0 lignes refusées », « 12 000 lignes refusées ».

    ``many`` holds ``{count}``; the count is written as :func:`count_text` writes it.
    """
    return one if count == 1 else many.format(count=count_text(count))


def money_text(value: int) -> str:
    """``5700000`` → ``5,7 M€``; below a million, ``60 800 €``."""
    locale = QLocale()
    if abs(value) >= 1_000_000:
        millions = f"{value / 1_000_000:.2f}".rstrip("0").rstrip(".")
        return translate("Dashboard", "{amount} M€").format(
            amount=millions.replace(".", locale.decimalPoint())
        )
    return translate("Dashboard", "{amount} €").format(amount=locale.toString(value))


def rate_text(value: float | None) -> str:
    """A share as a percentage, ``0.105`` → ``10,5 %``; ``—`` when there is nothing to divide."""
    if value is None:
        return "—"
    return translate("Dashboard", "{rate} %").format(rate=QLocale().toString(value * 100, "f", 1))


def days_text(value: float | None) -> str:
    if value is None:
        return "—"
    return translate("Dashboard", "{days} jours").format(days=QLocale().toString(round(value)))


def month_text(month: date) -> str:
    """``janv. 26`` in French, ``Jan 26`` in English."""
    return QLocale().toString(QDate(month.year, month.month, 1), "MMM yy")
