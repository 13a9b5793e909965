"""``escale stats``: the indicators of a period, for a person (French) or a script (JSON)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.dates import parse_day
from desktop.errors import UserFacingError
from desktop.i18n import translate
from desktop.models import Departement
from desktop.reporting.indicators import (
    DEFAULT_SPENDING_PER_PERSON_EUR,
    IndicatorFilter,
    compute_indicators,
)
from desktop.reporting.presentation import describe_indicators, indicators_to_json

if TYPE_CHECKING:
    from desktop.storage import Database


def stats_text(
    database_file: Path,
    *,
    registered_from: str | None = None,
    registered_to: str | None = None,
    departement: str | None = None,
    spending_per_person_eur: int | None = None,
    as_json: bool = False,
    passphrase: str | None = None,
) -> str:
    """What ``escale stats`` prints; dates as typed (25/11/2026 or 2026-11-25).

    Raises:
        ValidationError: a date that is not one, or a period that ends before it starts.
        UserFacingError: an unknown département, a negative amount, an unusable database.
    """
    start, end = read_period(registered_from, registered_to)
    amount = spending_amount(spending_per_person_eur)
    from desktop.storage import open_database  # noqa: PLC0415 - checks come before opening

    database = open_database(database_file, passphrase)
    try:
        code = departement_code(database, departement)
        with database.engine.connect() as connection:
            indicators = compute_indicators(
                connection,
                IndicatorFilter(registered_from=start, registered_to=end, departement=code),
                spending_per_person_eur=amount,
            )
    finally:
        database.close()
    if as_json:
        return json.dumps(indicators_to_json(indicators), ensure_ascii=False, indent=2)
    return describe_indicators(indicators)


def read_period(
    registered_from: str | None, registered_to: str | None
) -> tuple[date | None, date | None]:
    """``--from`` and ``--to`` as typed (25/11/2026 or 2026-11-25), checked.

    Raises:
        ValidationError: a date that is not one.
        UserFacingError: a period that ends before it starts.
    """
    start = _day(registered_from, "--from")
    end = _day(registered_to, "--to")
    if start and end and end < start:
        raise UserFacingError(
            translate(
                "Cli", "--to : la période finit le {end}, avant son début le {start}."
            ).format(end=end.strftime("%d/%m/%Y"), start=start.strftime("%d/%m/%Y"))
        )
    return start, end


def spending_amount(value: int | None) -> int:
    """``--spending-per-person``, or the programme's amount.

    Raises:
        UserFacingError: a negative amount.
    """
    amount = DEFAULT_SPENDING_PER_PERSON_EUR if value is None else value
    if amount < 0:
        raise UserFacingError(
            translate("Cli", "--spending-per-person attend un montant positif en euros.")
        )
    return amount


def departement_code(database: Database, departement: str | None) -> str | None:
    """``--departement`` as stored (``2a`` → ``2A``), once known to the reference data.

    Raises:
        UserFacingError: no département has that code.
    """
    code = departement.strip().upper() if departement else None
    with database.session() as session:
        if code and session.get(Departement, code) is None:
            raise UserFacingError(
                translate(
                    "Cli",
                    "--departement : aucun département n'a le code « {code} » ; donnez son "
                    "numéro (58 pour la Nièvre, 2A pour la Corse-du-Sud).",
                ).format(code=departement)
            )
    return code


def _day(text: str | None, option: str) -> date | None:
    return None if text is None else parse_day(text, label=option, field=option)
