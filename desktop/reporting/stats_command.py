"""``escale stats``: the indicators of a period, for a person (French) or a script (JSON)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

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


def stats_text(
    database_file: Path,
    *,
    registered_from: str | None = None,
    registered_to: str | None = None,
    departement: str | None = None,
    spending_per_person_eur: int | None = None,
    as_json: bool = False,
) -> str:
    """What ``escale stats`` prints; dates as typed (25/11/2026 or 2026-11-25).

    Raises:
        ValidationError: a date that is not one, or a period that ends before it starts.
        UserFacingError: an unknown département, a negative amount, an unusable database.
    """
    start = _day(registered_from, "--from")
    end = _day(registered_to, "--to")
    if start and end and end < start:
        raise UserFacingError(
            translate(
                "Cli", "--to : la période finit le {end}, avant son début le {start}."
            ).format(end=end.strftime("%d/%m/%Y"), start=start.strftime("%d/%m/%Y"))
        )
    amount = (
        DEFAULT_SPENDING_PER_PERSON_EUR
        if spending_per_person_eur is None
        else spending_per_person_eur
    )
    if amount < 0:
        raise UserFacingError(
            translate("Cli", "--spending-per-person attend un montant positif en euros.")
        )
    from desktop.storage import open_database  # noqa: PLC0415 - checks come before opening

    database = open_database(database_file)
    try:
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


def _day(text: str | None, option: str) -> date | None:
    return None if text is None else parse_day(text, label=option, field=option)
