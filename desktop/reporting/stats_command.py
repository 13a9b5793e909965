"""``escale stats``: the indicators of a period, for a person (French) or a script (JSON)."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.dates import parse_day
from desktop.errors import UserFacingError
from desktop.i18n import translate
from desktop.models import Departement, Event
from desktop.reporting.indicators import (
    DEFAULT_SPENDING_PER_PERSON_EUR,
    IndicatorFilter,
    compute_indicators,
)
from desktop.reporting.presentation import (
    describe_indicators,
    describe_stand,
    indicators_to_json,
    stand_to_json,
)
from desktop.reporting.stand import compute_stand_tally
from desktop.validation import parse_id

if TYPE_CHECKING:
    from desktop.storage import Database


def stats_text(
    database_file: Path,
    *,
    registered_from: str | None = None,
    registered_to: str | None = None,
    departement: str | None = None,
    event: str | None = None,
    spending_per_person_eur: int | None = None,
    as_json: bool = False,
    passphrase: str | None = None,
) -> str:
    """What ``escale stats`` prints; dates as typed (25/11/2026 or 2026-11-25).

    With ``event`` (an event's id), the figures are those of its visitors and
    the stand's tally follows them (``stand`` in JSON).

    Raises:
        ValidationError: a date that is not one, or a period that ends before it starts.
        UserFacingError: an unknown département or event, a negative amount, an
            unusable database.
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
        with database.engine.connect() as connection:
            indicators = compute_indicators(connection, flt, spending_per_person_eur=amount)
            tally = compute_stand_tally(connection, flt)
    finally:
        database.close()
    if as_json:
        figures = indicators_to_json(indicators)
        if tally is not None:
            figures["stand"] = stand_to_json(tally)
        return json.dumps(figures, ensure_ascii=False, indent=2)
    described = describe_indicators(indicators)
    return described if tally is None else f"{described}\n\n{describe_stand(tally)}"


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


def parse_event(event: str | None) -> uuid.UUID | None:
    """``--event`` as typed: an event's id (32 hexadecimal digits, dashes allowed).

    Raises:
        UserFacingError: not an id.
    """
    if event is None:
        return None
    return parse_id(event, translate("Cli", "un identifiant d'événement (--event)"))


def known_event(database: Database, event_id: uuid.UUID | None) -> uuid.UUID | None:
    """``event_id`` once known to the base (a deleted event is not).

    Raises:
        UserFacingError: no event has that id.
    """
    if event_id is None:
        return None
    with database.session() as session:
        event = session.get(Event, event_id)
        if event is None or event.deleted:
            raise UserFacingError(
                translate(
                    "Cli",
                    "--event : aucun événement n'a l'identifiant {id} dans cette base ; "
                    "vérifiez-le, ou synchronisez d'abord si l'événement a été créé sur un "
                    "autre poste.",
                ).format(id=event_id)
            )
    return event_id


def _day(text: str | None, option: str) -> date | None:
    return None if text is None else parse_day(text, label=option, field=option)
