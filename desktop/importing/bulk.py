"""The households an import creates, written as plain rows with their outbox entries.

Going through ORM objects, 12,000 lines spent most of the import in the unit
of work and in the outbox's flush hook (seven records a line). The lines are
already checked (:mod:`desktop.importing.rows` applies the case form's rules
to every cell), so a :class:`Preparer` turns each into the column values
:func:`~desktop.cases.households.register_household` gives the same household,
members, wishes and first status, as SQLite stores them, with the payloads
of the outbox entries a flush of the same new objects would queue
(:func:`desktop.sync.outbox.creation`): plain values, made in whichever
process checked the line (:mod:`desktop.importing.checking`).
:class:`NewHouseholds` inserts them with one ``executemany`` per table and
numbers their outbox entries (sequence, hybrid clock:
:func:`~desktop.sync.outbox.allocate`) on the same connection, in the
import's transaction. Column defaults are read from the tables, so a column
added to a model later is filled here as the ORM fills it;
``tests/importing/test_bulk_registration.py`` compares both paths column by
column.
"""

from __future__ import annotations

import functools
import json
import operator
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Connection, Date, Enum, Integer, String, Table, Uuid

from desktop.cases.households import PersonInput, household_name
from desktop.errors import FormError, ValidationError
from desktop.importing.geography import Geography
from desktop.importing.rows import ParsedRow
from desktop.models import (
    Household,
    HouseholdTarget,
    Need,
    Person,
    PersonRole,
    Status,
    StatusChange,
    SyncOutbox,
    TerritoryKind,
    utcnow,
)
from desktop.models.base import UtcDateTime, timestamp
from desktop.sync.outbox import allocate, creation
from desktop.validation import parse_birth_year

_MODELS = (Household, Person, HouseholdTarget, Need, StatusChange)
"""The tables a new household is written to, parents first."""


@functools.lru_cache(maxsize=64)
def _utc_timestamp(moment: datetime) -> str:
    """Remembered: the records of a line share its write time and registration date."""
    return timestamp(moment.astimezone(UTC).replace(tzinfo=None))


# As SQLAlchemy stores them (as :mod:`desktop.demo.bulk` writes them too), each by a call
# without a Python frame of its own. Order matters: UtcDateTime before the types it could
# be mistaken for, Enum before String.
_STORED: list[tuple[type[Any], Callable[[Any], Any] | None]] = [
    (Uuid, operator.attrgetter("hex")),
    (UtcDateTime, _utc_timestamp),
    (Date, date.isoformat),
    (Enum, operator.attrgetter("_value_")),
    (JSON, json.dumps),
    (Boolean, int),
    (Integer, None),
    (String, None),
]


def _stored(column: Column[Any]) -> Callable[[Any], Any] | None:
    """How ``column``'s type writes a value other than ``None`` (``None``: as it is)."""
    for kind, encode in _STORED:
        if isinstance(column.type, kind):
            return encode
    raise TypeError(f"{column.table.name}.{column.name}: no storage for {column.type!r}")


@dataclass(frozen=True)
class PreparedHousehold:
    """A new household as SQLite stores it, and what its outbox entries will carry."""

    household_id: uuid.UUID
    rows: tuple[tuple[str, tuple[Any, ...]], ...]
    """(table, stored values in the table's column order), parents first."""
    changes: tuple[tuple[str, str, str | None, str, bool], ...]
    """(table, record id, household id, fields as JSON, deleted) of each row."""


class _Rows:
    """How one table's rows are stored: every column, defaults as the ORM applies them.

    Values are turned into what SQLite stores (as the demo generator does), for
    the driver's ``executemany`` (:attr:`sql`): SQLAlchemy's binding of each
    value would cost as much as the insert.
    """

    def __init__(self, table: Table) -> None:
        self.table = table
        self.names = [column.name for column in table.columns]
        self._values = operator.itemgetter(*self.names)
        self._encoders = [
            (position, encode)
            for position, column in enumerate(table.columns)
            if (encode := _stored(column)) is not None
        ]
        self.sql = (
            f"INSERT INTO {table.name} ({', '.join(self.names)}) "
            f"VALUES ({', '.join('?' for _ in self.names)})"
        )
        self._json_nulls = [
            position
            for position, column in enumerate(table.columns)
            if isinstance(column.type, JSON) and not column.type.none_as_null
        ]
        """JSON columns, where SQLAlchemy stores ``None`` as the JSON text ``null``."""
        self._template: dict[str, Any] = dict.fromkeys(self.names)
        self._callables: list[tuple[str, Callable[[Any], Any]]] = []
        for column in table.columns:
            if column.server_default is not None:
                raise TypeError(f"{table.name}.{column.name}: server defaults are not handled")
            default = column.default
            if default is None:
                continue
            if default.is_scalar:
                self._template[column.name] = default.arg  # type: ignore[attr-defined]
            elif default.is_callable:
                self._callables.append((column.name, default.arg))  # type: ignore[attr-defined]
            else:
                raise TypeError(f"{table.name}.{column.name}: SQL defaults are not handled")

    def stored(self, values: dict[str, Any]) -> tuple[dict[str, Any], tuple[Any, ...]]:
        """A row of ``values`` and the defaults: every column, and the row as SQLite stores it."""
        row = self._template.copy()
        for name, make in self._callables:
            if name not in values:
                row[name] = make(None)  # SQLAlchemy wraps a plain callable to take its context
        row.update(values)
        stored = list(self._values(row))
        for position, encode in self._encoders:
            value = stored[position]
            if value is not None:
                stored[position] = encode(value)
        for position in self._json_nulls:
            if stored[position] is None:
                stored[position] = "null"
        return row, tuple(stored)


class Preparer:
    """Turns checked lines into :class:`PreparedHousehold`; needs no database.

    Args:
        geography: where the département and intercommunality of a wished commune
            are read (stored with each wish, for the list's filters).
        today: the officer's day, the limit of a birth year.
    """

    def __init__(self, geography: Geography, today: date) -> None:
        self.geography = geography
        self.today = today
        self._tables = {model.__tablename__: _Rows(model.__table__) for model in _MODELS}  # type: ignore[arg-type]

    def prepare(self, row: ParsedRow) -> PreparedHousehold:
        """The household of ``row`` as it will be written.

        Raises:
            FormError: a value the line's checks let through and the case form refuses.
        """
        data = row.household
        errors: list[ValidationError] = []
        people = [self._person(member, row, errors) for member in data.members]
        if errors:
            raise FormError(errors)
        household_id = uuid.uuid4()
        now = utcnow()
        consent = data.consent
        french = data.origin_country.upper() == "FR"
        records: list[tuple[str, dict[str, Any]]] = [
            (
                "household",
                {
                    "id": household_id,
                    "updated_at": now,
                    "status": Status.NEW,
                    "registered_at": row.registered_at,
                    "name": data.name.strip()
                    or household_name([p for p in people if p["role"] is PersonRole.ADULT]),
                    "source": data.source,
                    "event_id": data.event_id,
                    "origin_country": data.origin_country.upper(),
                    "origin_commune_code": (data.origin_commune_code.strip() or None)
                    if french
                    else None,
                    "origin_city": data.origin_city.strip() or None,
                    "project_types": sorted(project.value for project in data.project_types),
                    "maturity": data.maturity,
                    "housing_tenure": data.housing_tenure,
                    "housing_type": data.housing_type,
                    "housing_budget_eur": data.housing_budget_eur,
                    "housing_notes": data.housing_notes.strip() or None,
                    "target_date": data.target_date,
                    "officer_id": data.officer_id,
                    "consent_at": consent.at if consent else None,
                    "consent_version": consent.version if consent else None,
                    "consent_channel": consent.channel if consent else None,
                },
            )
        ]
        for person in people:
            records.append(("person", {"id": uuid.uuid4(), "household_id": household_id, **person}))
        for rank, target in enumerate(data.targets, 1):
            records.append(
                (
                    "household_target",
                    {
                        "id": uuid.uuid4(),
                        "household_id": household_id,
                        "rank": rank,
                        **self._place(target.kind, target.code.strip()),
                    },
                )
            )
        for need in data.needs:
            records.append(
                (
                    "need",
                    {
                        "id": uuid.uuid4(),
                        "household_id": household_id,
                        "domain": need.domain,
                        "state": need.state,
                        "note": need.note.strip() or None,
                    },
                )
            )
        records.append(
            (
                "status_change",
                {
                    "id": uuid.uuid4(),
                    "household_id": household_id,
                    "from_status": None,
                    "to_status": Status.NEW,
                    "changed_at": row.registered_at,
                    "officer_id": data.officer_id,
                },
            )
        )
        rows = []
        changes = []
        for name, values in records:
            table = self._tables[name]
            values.setdefault("updated_at", now)
            full, stored = table.stored(values)
            rows.append((name, stored))
            change = creation(table.table, full["id"], full, deleted=bool(full["deleted"]))
            changes.append(
                (
                    name,
                    change.record_id.hex,
                    change.household_id.hex if change.household_id else None,
                    json.dumps(change.fields),
                    change.deleted,
                )
            )
        return PreparedHousehold(household_id, tuple(rows), tuple(changes))

    def _person(
        self, member: PersonInput, row: ParsedRow, errors: list[ValidationError]
    ) -> dict[str, Any]:
        """The member's values, as the case form stores them (contacts normalised by the line)."""
        try:
            birth_year = parse_birth_year(member.birth_year, today=self.today)
        except ValidationError as error:
            errors.append(error)
            birth_year = None
        return {
            "role": member.role,
            "first_name": member.first_name.strip(),
            "last_name": member.last_name.strip(),
            "birth_year": birth_year,
            "occupation": member.occupation.strip() or None,
            "job_sought": member.job_sought.strip() or None,
            "remote_worker": member.remote_worker,
            "school_level": member.school_level,
            "childcare_need": member.childcare_need,
            "email": next(iter(row.emails), None) if member.email.strip() else None,
            "phone": next(iter(row.phones), None) if member.phone.strip() else None,
        }

    def _place(self, kind: TerritoryKind, code: str) -> dict[str, Any]:
        """A wish with the département and intercommunality the list filters on."""
        values: dict[str, Any] = {
            "kind": kind,
            "code": code,
            "departement_code": None,
            "epci_siren": None,
        }
        if kind is TerritoryKind.COMMUNE:
            departement, epci = self.geography.commune_territories(code)
            values["departement_code"], values["epci_siren"] = departement, epci
        elif kind is TerritoryKind.EPCI:
            values["epci_siren"] = code
        else:
            values["departement_code"] = code
        return values


_OUTBOX = SyncOutbox.__table__
_OUTBOX_NAMES = [column.name for column in _OUTBOX.columns]
_OUTBOX_SQL = (
    f"INSERT INTO {_OUTBOX.name} ({', '.join(_OUTBOX_NAMES)}) "
    f"VALUES ({', '.join('?' for _ in _OUTBOX_NAMES)})"
)
_OUTBOX_ROW = operator.itemgetter(*_OUTBOX_NAMES)


class NewHouseholds:
    """Prepared households waiting to be written at :meth:`write`, with their outbox entries."""

    def __init__(self) -> None:
        self._sql = {model.__tablename__: _Rows(model.__table__).sql for model in _MODELS}  # type: ignore[arg-type]
        self._rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in self._sql}
        self._changes: list[tuple[str, str, str | None, str, bool]] = []

    def __len__(self) -> int:
        """Records waiting to be written."""
        return len(self._changes)

    def add(self, household: PreparedHousehold) -> None:
        for name, stored in household.rows:
            self._rows[name].append(stored)
        self._changes.extend(household.changes)

    def write(self, connection: Connection) -> None:
        """Insert the queued rows, parents first, and queue their creation for the server."""
        if not self._changes:
            return
        for name, rows in self._rows.items():
            if rows:
                connection.exec_driver_sql(self._sql[name], rows)
                rows.clear()
        created_at = _utc_timestamp(utcnow())
        entries = [
            _OUTBOX_ROW(
                {
                    "device_seq": seq,
                    "change_id": uuid.uuid4().hex,
                    "table_name": table,
                    "record_id": record_id,
                    "household_id": household_id,
                    "fields": fields,
                    "base_version": 0,
                    "hlc": hlc,
                    "deleted": int(deleted),
                    "created_at": created_at,
                }
            )
            for (table, record_id, household_id, fields, deleted), (seq, hlc) in zip(
                self._changes, allocate(connection, len(self._changes)), strict=True
            )
        ]
        connection.exec_driver_sql(_OUTBOX_SQL, entries)
        self._changes = []
