"""Column values to the protocol's JSON and back, through the column types."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from desktop.models import Household, Person, PersonRole, Source, Status
from desktop.sync.codec import (
    PROTOCOL_COLUMNS,
    CodecError,
    data_columns,
    decode_data,
    encode_row,
    synced_tables,
)

HOUSEHOLD = Household.__table__
PERSON = Person.__table__


def test_every_synced_table_is_known_and_protocol_columns_stay_out_of_data() -> None:
    tables = synced_tables()
    assert {"household", "person", "offer", "officer", "officer_territory"} <= set(tables)
    assert "app_meta" not in tables and "sync_outbox" not in tables
    for table in tables.values():
        assert not PROTOCOL_COLUMNS & set(data_columns(table))


def test_values_take_the_protocol_formats_and_come_back_equal() -> None:
    event_id = uuid.uuid4()
    values: dict[str, Any] = {
        "name": "Martin",
        "source": Source.FAIR,
        "status": Status.ACCOMPANIED,
        "event_id": event_id,
        "registered_at": datetime(2026, 3, 14, 9, 30, 5, 120000, tzinfo=UTC),
        "target_date": date(2026, 9, 1),
        "project_types": ["teletravail"],
        "housing_budget_eur": 180000,
        "maturity": None,
    }
    encoded = encode_row(HOUSEHOLD, values)
    assert encoded == {
        "name": "Martin",
        "source": "salon",
        "status": "accompagne",
        "event_id": event_id.hex,
        "registered_at": "2026-03-14T09:30:05.120000Z",
        "target_date": "2026-09-01",
        "project_types": ["teletravail"],
        "housing_budget_eur": 180000,
        "maturity": None,
    }
    assert decode_data(HOUSEHOLD, encoded) == values


def test_a_datetime_in_another_zone_is_read_as_utc() -> None:
    decoded = decode_data(HOUSEHOLD, {"registered_at": "2026-03-14T10:30:00+01:00"})
    assert decoded["registered_at"] == datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
    paris = timezone(timedelta(hours=1))
    assert encode_row(
        HOUSEHOLD, {"registered_at": datetime(2026, 3, 14, 10, 30, tzinfo=paris)}
    ) == {"registered_at": "2026-03-14T09:30:00Z"}


def test_columns_this_version_does_not_know_are_skipped() -> None:
    assert decode_data(PERSON, {"first_name": "Lina", "colonne_future": 3}) == {
        "first_name": "Lina"
    }


@pytest.mark.parametrize(
    "data",
    [
        {"role": "grand-parent"},
        {"birth_year": "2017"},
        {"birth_year": True},
        {"remote_worker": 1},
        {"household_id": "pas-un-uuid"},
        {"first_name": None},
        {"first_name": 12},
    ],
)
def test_values_of_the_wrong_shape_are_refused(data: dict[str, Any]) -> None:
    with pytest.raises(CodecError):
        decode_data(PERSON, data)


@pytest.mark.parametrize(
    "data",
    [
        {"registered_at": "2026-03-14T09:30:00"},
        {"registered_at": "hier"},
        {"target_date": "14/03/2026"},
        {"project_types": "teletravail"},
    ],
)
def test_dates_without_zone_or_in_another_format_are_refused(data: dict[str, Any]) -> None:
    with pytest.raises(CodecError):
        decode_data(HOUSEHOLD, data)


def test_enum_values_decode_to_members() -> None:
    assert decode_data(PERSON, {"role": "enfant"}) == {"role": PersonRole.CHILD}
