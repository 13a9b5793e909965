"""Numbers, amounts, dates and phone numbers the way a French document writes them.

French typography puts a narrow no-break space (U+202F) between thousands and
before « ; : ! ? » and inside guillemets; dates read ``25/11/2026``.
"""

from __future__ import annotations

from datetime import date, datetime

import phonenumbers

from desktop.validation import format_phone

NNBSP = "\u202f"
"""Narrow no-break space."""


def number(value: int) -> str:
    """``12000`` → ``"12 000"`` (narrow no-break space between thousands)."""
    return f"{value:,}".replace(",", NNBSP)


def euros(value: int) -> str:
    """``850`` → ``"850 €"``; ``245000`` → ``"245 000 €"``."""
    return f"{number(value)}{NNBSP}€"


def day(value: date | datetime) -> str:
    """``25/11/2026``; a timestamp is shown in the computer's time zone."""
    if isinstance(value, datetime):
        value = value.astimezone()
    return f"{value:%d/%m/%Y}"


def day_and_time(value: datetime) -> str:
    """``25/11/2026 14:05`` in the computer's time zone."""
    return f"{value.astimezone():%d/%m/%Y %H:%M}"


def phone(value: str) -> str:
    """A stored (E.164) number written the French way; anything unparsable as typed."""
    try:
        return format_phone(value)
    except phonenumbers.NumberParseException:
        return value


def guillemets(text: str) -> str:
    """« text » with the narrow no-break spaces inside."""
    return f"«{NNBSP}{text}{NNBSP}»"
