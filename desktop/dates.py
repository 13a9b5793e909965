"""Dates as officers and spreadsheets write them: ``25/11/2026``, ``2026-11-25``, ``25 nov. 2026``.

The command line and the import of the website's files both take dates typed
by people or saved by Excel; this reads every common French and ISO form and
says in French what is wrong with the others (an impossible day is not
silently moved to the next month). Moments without a time zone are local
time, as the officer reads them; :func:`local_moment_to_utc` turns them into
the UTC the database stores.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta

from desktop.errors import ValidationError
from desktop.i18n import translate

MONTHS = {
    "janvier": 1,
    "janv": 1,
    "jan": 1,
    "fevrier": 2,
    "fevr": 2,
    "fev": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "sep": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "decembre": 12,
    "dec": 12,
}

_TIME = (
    r"(?:(?:t|\s+a\s+|\s*,\s*|\s+)(\d{1,2})\s*[:h]\s*(\d{2})?"
    r"(?:\s*[:m]\s*(\d{2})(?:[.,]\d+)?)?)?"
)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + r"\s*(z|[+-]\d{2}:?\d{2})?")
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})" + _TIME)
_WORDS = re.compile(r"(?:[a-z]+\.?\s+)?(\d{1,2})(?:er)?\s+([a-z]+)\.?\s+(\d{4})" + _TIME)
_EXCEL_SERIAL = re.compile(r"\d{5}(?:[.,]\d+)?")
_EXCEL_EPOCH = date(1899, 12, 30)
"""Day 0 of Excel's day numbers (it counts the 29/02/1900 that never was, hence the 30th)."""


def _fold(text: str) -> str:
    """Lower case without accents, spaces collapsed: « 1er Déc.  2026 » → « 1er dec. 2026 »."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(plain.split())


def _problem(field: str, label: str, text: str, reason: str) -> ValidationError:
    example = translate("Dates", "Écrivez-la 25/11/2026 ou 2026-11-25.")
    return ValidationError(field, f"{label} : « {text} » {reason} {example}")


def parse_moment(value: str | date, *, label: str, field: str = "date") -> date | datetime:
    """A date, or a naive local date and time when the value has one.

    Accepts ``25/11/2026``, ``25-11-26``, ``25.11.2026 14:32``, ``2026-11-25``,
    ``2026-11-25T14:32:00``, ``25 novembre 2026``, ``lundi 1er déc. 2026 à 9h30``,
    Excel's day numbers (``46351``) and the ``date``/``datetime`` a spreadsheet
    cell already holds.

    Raises:
        ValidationError: empty, not a date, or a day that does not exist (31/02).
    """
    if isinstance(value, datetime):
        return value if value.tzinfo is None else value.astimezone().replace(tzinfo=None)
    if isinstance(value, date):
        return value
    text = " ".join(value.split())
    if not text:
        raise ValidationError(
            field,
            f"{label} : "
            + translate("Dates", "la date manque. Écrivez-la 25/11/2026 ou 2026-11-25."),
        )
    zoned = _ISO.fullmatch(_fold(text))
    if zoned and zoned.group(7) and zoned.group(4):
        try:
            return datetime.fromisoformat(text).astimezone().replace(tzinfo=None)
        except ValueError:
            pass  # an impossible day: said below
    if _EXCEL_SERIAL.fullmatch(text):
        return _EXCEL_EPOCH + timedelta(days=int(float(text.replace(",", "."))))
    parts = _parts(_fold(text))
    if parts is None:
        raise _problem(field, label, text, translate("Dates", "n'est pas une date reconnue."))
    year, month, day, hour, minute, second = parts
    try:
        day_value = date(year, month, day)
    except ValueError as error:
        raise _problem(
            field, label, text, translate("Dates", "n'existe pas (jour ou mois impossible).")
        ) from error
    if hour is None:
        return day_value
    if hour > 23 or minute > 59 or second > 59:
        raise _problem(field, label, text, translate("Dates", "a une heure impossible."))
    return datetime.combine(day_value, time(hour, minute, second))


def _parts(text: str) -> tuple[int, int, int, int | None, int, int] | None:
    """(year, month, day, hour or None, minute, second) of the first form that matches."""
    match = _ISO.fullmatch(text)
    if match:
        year, month, day = (int(match.group(i)) for i in (1, 2, 3))
        return year, month, day, *_clock(match.group(4, 5, 6))
    match = _NUMERIC.fullmatch(text)
    if match:
        day, month, year = (int(match.group(i)) for i in (1, 2, 3))
        if len(match.group(3)) == 2:
            year += 2000
        return year, month, day, *_clock(match.group(4, 5, 6))
    match = _WORDS.fullmatch(text)
    if match and match.group(2) in MONTHS:
        day, year = int(match.group(1)), int(match.group(3))
        return year, MONTHS[match.group(2)], day, *_clock(match.group(4, 5, 6))
    return None


def _clock(groups: tuple[str | None, ...]) -> tuple[int | None, int, int]:
    hour, minute, second = groups
    if hour is None:
        return None, 0, 0
    return int(hour), int(minute or 0), int(second or 0)


def parse_day(value: str | date, *, label: str, field: str = "date") -> date:
    """Like :func:`parse_moment`, keeping the day alone."""
    moment = parse_moment(value, label=label, field=field)
    return moment.date() if isinstance(moment, datetime) else moment


def local_moment_to_utc(moment: date | datetime, *, at: time = time(12)) -> datetime:
    """The UTC instant of a local moment; a bare date is taken at ``at`` (noon: no day shift)."""
    naive = moment if isinstance(moment, datetime) else datetime.combine(moment, at)
    return naive.astimezone().astimezone(UTC)


def local_day_start_utc(day: date) -> datetime:
    """The UTC instant the local ``day`` begins: period bounds are the officer's days."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)
