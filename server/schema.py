"""What each synced table may hold, read from the client's own models.

The client's SQLAlchemy models are the single definition of a record's columns;
the server derives from them which fields a change may carry and what a valid
value looks like, so a new client column needs no server edit beyond a release.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Enum, Integer, String, Uuid

import desktop.models
from desktop.models.base import UtcDateTime

HOUSEHOLD_TABLES = frozenset(
    {
        "household",
        "person",
        "household_target",
        "need",
        "interaction",
        "follow_up",
        "status_change",
        "settlement",
        "referral",
        "document_print",
    }
)
CATALOGUE_TABLES = frozenset({"partner", "offer", "event"})
ACCOUNT_TABLES = frozenset({"officer", "officer_territory"})
SYNCED_TABLES = HOUSEHOLD_TABLES | CATALOGUE_TABLES | ACCOUNT_TABLES
PROTOCOL_FIELDS = frozenset({"id", "version", "updated_at", "deleted"})
UUID_PATTERN = re.compile(r"^[0-9a-f]{32}$")


class InvalidValueError(ValueError):
    """A field value the column cannot hold; the message is French, for the officer."""


Check = Callable[[Any], None]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    nullable: bool
    required: bool
    """Needed when the record is created (not nullable and no default)."""
    check: Check

    def validate(self, value: Any) -> None:
        if value is None:
            if not self.nullable:
                raise InvalidValueError(f"le champ « {self.name} » ne peut pas être vide")
            return
        try:
            self.check(value)
        except InvalidValueError as error:
            raise InvalidValueError(f"le champ « {self.name} » {error}") from None


@dataclass(frozen=True)
class TableSpec:
    name: str
    fields: dict[str, FieldSpec]

    @property
    def required(self) -> list[str]:
        return [name for name, spec in self.fields.items() if spec.required]


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_string(length: int | None) -> Check:
    def check(value: Any) -> None:
        if not isinstance(value, str):
            raise InvalidValueError("doit être un texte")
        if length is not None and len(value) > length:
            raise InvalidValueError(f"dépasse {length} caractères")

    return check


def _check_integer(value: Any) -> None:
    if not _is_int(value) or abs(value) > 2**53:
        raise InvalidValueError("doit être un nombre entier")


def _check_boolean(value: Any) -> None:
    if not isinstance(value, bool):
        raise InvalidValueError("doit être vrai ou faux")


def _check_uuid(value: Any) -> None:
    if not isinstance(value, str) or not UUID_PATTERN.fullmatch(value):
        raise InvalidValueError("doit être un identifiant (32 chiffres hexadécimaux)")


def _check_date(value: Any) -> None:
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise InvalidValueError("doit être une date AAAA-MM-JJ") from None


def _check_datetime(value: Any) -> None:
    try:
        if not isinstance(value, str) or not value.endswith("Z"):
            raise ValueError
        datetime.fromisoformat(value[:-1] + "+00:00")
    except ValueError:
        raise InvalidValueError(
            "doit être une date et heure UTC ISO 8601 finissant par Z"
        ) from None


def _check_enum(allowed: frozenset[str]) -> Check:
    def check(value: Any) -> None:
        if value not in allowed:
            raise InvalidValueError(
                f"doit valoir l'une de ces valeurs : {', '.join(sorted(allowed))}"
            )

    return check


def _check_json(value: Any) -> None:
    if not isinstance(value, list | dict):
        raise InvalidValueError("doit être une liste ou un objet")


_CHECKS_BY_TYPE: list[tuple[type, Check]] = [
    (Boolean, _check_boolean),
    (Integer, _check_integer),
    (Uuid, _check_uuid),
    (UtcDateTime, _check_datetime),
    (DateTime, _check_datetime),
    (Date, _check_date),
    (JSON, _check_json),
]


def _check_for(column: Column[Any]) -> Check:
    kind = column.type
    if isinstance(kind, Enum):  # an Enum is a String: look at it first
        return _check_enum(frozenset(str(value) for value in kind.enums))
    for type_, check in _CHECKS_BY_TYPE:
        if isinstance(kind, type_):
            return check
    if isinstance(kind, String):
        return _check_string(kind.length)
    raise TypeError(f"no sync check for column {column} of type {kind!r}")


def _table_spec(name: str) -> TableSpec:
    table = desktop.models.Base.metadata.tables[name]
    fields = {
        column.name: FieldSpec(
            name=column.name,
            nullable=bool(column.nullable),
            required=not column.nullable
            and column.default is None
            and column.server_default is None,
            check=_check_for(column),
        )
        for column in table.columns
        if column.name not in PROTOCOL_FIELDS
    }
    return TableSpec(name=name, fields=fields)


TABLES: dict[str, TableSpec] = {name: _table_spec(name) for name in sorted(SYNCED_TABLES)}


def validate_fields(table: str, fields: dict[str, Any], creating: bool) -> None:
    """Raise :class:`InvalidValueError` (French) unless every field fits its column.

    Args:
        creating: the record does not exist yet, so its required fields must be there.
    """
    spec = TABLES[table]
    for name, value in fields.items():
        field = spec.fields.get(name)
        if field is None:
            raise InvalidValueError(f"la table « {table} » n'a pas de champ « {name} »")
        field.validate(value)
    if creating:
        missing = [name for name in spec.required if name not in fields]
        if missing:
            raise InvalidValueError(
                f"champs obligatoires absents à la création : {', '.join(missing)}"
            )
