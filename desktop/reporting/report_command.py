"""``escale report``: the bilan of a period written as a PDF, from the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from desktop.documents.bilan import load_bilan, period_text, write_bilan
from desktop.i18n import translate
from desktop.reporting.french_numbers import counted
from desktop.reporting.indicators import IndicatorFilter
from desktop.reporting.stats_command import (
    departement_code,
    known_event,
    parse_event,
    read_period,
    spending_amount,
)


def report_text(
    database_file: Path,
    output: Path,
    *,
    registered_from: str | None = None,
    registered_to: str | None = None,
    departement: str | None = None,
    event: str | None = None,
    spending_per_person_eur: int | None = None,
    today: date,
    passphrase: str | None = None,
) -> str:
    """Write the bilan to ``output``; returns what to print (the period, pages, file).

    Raises:
        ValidationError: a date that is not one.
        UserFacingError: a period ending before it starts, an unknown département or
            event, a negative amount, an output folder that cannot be written.
    """
    start, end = read_period(registered_from, registered_to)
    amount = spending_amount(spending_per_person_eur)
    wanted_event = parse_event(event)
    from desktop.storage import open_database  # noqa: PLC0415 - checks come before opening

    database = open_database(database_file, passphrase)
    try:
        flt = IndicatorFilter(
            registered_from=start,
            registered_to=end,
            departement=departement_code(database, departement),
            event_id=known_event(database, wanted_event),
        )
        data = load_bilan(database, flt, today=today, spending_per_person_eur=amount)
    finally:
        database.close()
    write_bilan(output, data)
    return translate("Cli", "Bilan — {period} ({households}) : {pages} pages, {path}").format(
        period=period_text(flt).lower(),
        households=counted(
            data.indicators.registered.households,
            translate("Cli", "1 foyer"),
            translate("Cli", "{count} foyers"),
        ),
        pages=len(PdfReader(output).pages),
        path=output,
    )
