"""Numbers written the French way for text meant to be read: ``12 000``, ``5,7 M€``, ``10,5 %``.

The interface formats through ``QLocale``; the command line, the exports and
the documents have no Qt, hence these. The thousands separator is a no-break
space (U+00A0): it keeps ``12 000`` on one line and, unlike the narrow one,
exists in the Windows console's code page.
"""

from __future__ import annotations

THOUSANDS = "\u00a0"


def format_count(value: int) -> str:
    """``12000`` → ``12 000``."""
    return f"{value:,}".replace(",", THOUSANDS)


def counted(count: int, one: str, many: str) -> str:
    """« 1 foyer », « 0 foyers », « 12 000 foyers »: ``many`` holds ``{count}``."""
    return one if count == 1 else many.format(count=format_count(count))


def format_decimal(value: float, digits: int = 1) -> str:
    """``10.54`` → ``10,5`` (``digits`` after the comma, trailing zeros kept)."""
    whole = f"{value:,.{digits}f}"
    return whole.replace(",", THOUSANDS).replace(".", ",")


def format_euros(value: int) -> str:
    """``60800`` → ``60 800 €``; from a million on, ``5700000`` → ``5,7 M€``."""
    if abs(value) >= 1_000_000:
        millions = f"{value / 1_000_000:.2f}".rstrip("0").rstrip(".")
        return f"{millions.replace('.', ',')}{THOUSANDS}M€"
    return f"{format_count(value)}{THOUSANDS}€"


def format_rate(value: float | None) -> str:
    """A share as a percentage, ``0.105`` → ``10,5 %``; ``—`` when there is nothing to divide."""
    return "—" if value is None else f"{format_decimal(value * 100)}{THOUSANDS}%"
