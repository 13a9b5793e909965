"""Erasure's table of personal columns covers every household table and every column of text.

A table or a column added to a household's records later must be classified
here, as erased or as kept for the figures, before it can ship: the server and
the devices erase only what :data:`PERSONAL_FIELDS` names, and would keep a
forgotten column silently.
"""

from __future__ import annotations

from sqlalchemy import Enum, Integer, String

from desktop.privacy.anonymous import PERSONAL_FIELDS
from desktop.sync.codec import PROTOCOL_COLUMNS, household_tables

KEPT = {
    "household.origin_country": "a country: counted by the figures, says nothing of the family",
    "household.consent_version": "which text of the consent was accepted",
    "household_target.code": "a wished territory: kept for the figures",
    "household_target.departement_code": "the wish's département",
    "household_target.epci_siren": "the wish's intercommunality",
    "household_target.rank": "the wish's order",
    "settlement.commune_code": "where the household settled: the programme's result",
    "settlement.adults": "counted by the figures",
    "settlement.children": "counted by the figures",
    "settlement.children_schooled": "counted by the figures",
}
"""Columns of text or numbers that erasure keeps, each with why it says nothing of who."""


def test_every_household_table_of_the_sync_is_listed() -> None:
    assert set(PERSONAL_FIELDS) == set(household_tables())


def test_each_listed_column_exists_and_takes_its_erased_value() -> None:
    tables = household_tables()
    for table_name, columns in PERSONAL_FIELDS.items():
        table = tables[table_name]
        for name, erased in columns.items():
            assert name in table.c, f"{table_name}.{name} is not a column"
            column = table.c[name]
            assert name not in PROTOCOL_COLUMNS, f"{table_name}.{name} travels outside the data"
            if erased is None:
                assert column.nullable, f"{table_name}.{name} cannot be erased to null"
            else:
                assert isinstance(column.type, String), f"{table_name}.{name} is not text"
                assert isinstance(erased, str)


def test_every_column_of_text_or_numbers_is_erased_or_kept_for_a_reason() -> None:
    unclassified = []
    for table_name, table in household_tables().items():
        for column in table.columns:
            if column.name in PROTOCOL_COLUMNS:
                continue
            if isinstance(column.type, Enum) or not isinstance(column.type, String | Integer):
                continue  # enums, dates, booleans, ids: kinds and moments, not who
            qualified = f"{table_name}.{column.name}"
            if column.name not in PERSONAL_FIELDS[table_name] and qualified not in KEPT:
                unclassified.append(qualified)
    assert unclassified == [], "classify these columns in PERSONAL_FIELDS or KEPT"
