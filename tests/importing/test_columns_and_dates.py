"""Guessing which header is which column, and reading dates as people write them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.dates import parse_day, parse_moment
from desktop.errors import ValidationError
from desktop.importing.columns import Column, guess_mapping, missing_columns
from desktop.reporting.french_numbers import format_count, format_euros, format_rate


def test_headers_are_recognised_whatever_their_case_accents_and_wording() -> None:
    mapping = guess_mapping(
        ["DATE D'INSCRIPTION", "nom", "Prenom", "Courriel", "Tél", "Code Postal", "Ville",
         "Accord RGPD", "Nom du conjoint", "Remarques"]
    )  # fmt: skip
    assert mapping == {
        "DATE D'INSCRIPTION": Column.REGISTERED_ON,
        "nom": Column.LAST_NAME,
        "Prenom": Column.FIRST_NAME,
        "Courriel": Column.EMAIL,
        "Tél": Column.PHONE,
        "Code Postal": Column.POSTCODE,
        "Ville": Column.CITY,
        "Accord RGPD": Column.CONSENT,
        "Nom du conjoint": Column.PARTNER_LAST_NAME,
        "Remarques": None,
    }
    assert missing_columns(mapping) == []


def test_a_close_header_is_guessed_and_a_column_goes_to_one_header_only() -> None:
    mapping = guess_mapping(["Date d'inscriptoin", "E-mail", "Email", "Nom"])
    assert mapping["Date d'inscriptoin"] is Column.REGISTERED_ON
    assert [mapping["E-mail"], mapping["Email"]] == [Column.EMAIL, None]


def test_chosen_beats_remembered_beats_guessed() -> None:
    headers = ["Mail", "Contact"]
    remembered = {"contact": "telephone", "mail": ""}
    assert guess_mapping(headers, remembered=remembered) == {"Mail": None, "Contact": Column.PHONE}
    chosen = {"Mail": Column.EMAIL}
    assert guess_mapping(headers, remembered=remembered, chosen=chosen)["Mail"] is Column.EMAIL


def test_missing_columns_name_the_required_ones() -> None:
    assert missing_columns({"Nom": Column.LAST_NAME}) == [
        Column.REGISTERED_ON,
        Column.CONSENT,
        Column.EMAIL,
    ]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("25/11/2026", date(2026, 11, 25)),
        ("2026-11-25", date(2026, 11, 25)),
        ("25-11-26", date(2026, 11, 25)),
        ("25.11.2026", date(2026, 11, 25)),
        ("25 novembre 2026", date(2026, 11, 25)),
        ("mercredi 25 nov. 2026", date(2026, 11, 25)),
        ("1er décembre 2026", date(2026, 12, 1)),
        ("46351", date(2026, 11, 25)),
        ("25/11/2026 14h32", datetime(2026, 11, 25, 14, 32)),
        ("2026-11-25T14:32:05", datetime(2026, 11, 25, 14, 32, 5)),
    ],
)
def test_dates_in_french_and_iso_forms(written: str, expected: date) -> None:
    assert parse_moment(written, label="Date") == expected


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("31/02/2026", "« 31/02/2026 » n'existe pas (jour ou mois impossible)"),
        ("2026-13-01", "n'existe pas"),
        ("demain", "« demain » n'est pas une date reconnue"),
        ("25/11/2026 25:10", "a une heure impossible"),
        ("", "la date manque"),
    ],
)
def test_impossible_dates_say_why_in_french(written: str, problem: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_day(written, label="--from")
    assert refused.value.message.startswith("--from : ")
    assert problem in refused.value.message
    assert "25/11/2026 ou 2026-11-25" in refused.value.message


def test_numbers_the_french_way() -> None:
    assert format_count(12_000) == "12\u00a0000"
    assert format_euros(5_700_000) == "5,7\u00a0M€"
    assert format_euros(60_800) == "60\u00a0800\u00a0€"
    assert format_rate(0.105) == "10,5\u00a0%"
    assert format_rate(None) == "—"
