"""Each validator accepts what officers really type and refuses the rest in French."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.errors import ValidationError
from desktop.storage import Database
from desktop.validation import (
    check_birth_year,
    check_commune,
    format_phone,
    normalize_email,
    normalize_phone,
    parse_birth_year,
)

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("claire.martin@example.fr", "claire.martin@example.fr"),
        ("  Claire.Martin@Exemple.FR ", "claire.martin@exemple.fr"),
        ("jean-luc.o'neil+salon@orange.fr", "jean-luc.o'neil+salon@orange.fr"),
        ("hélène@exemple.fr", "hélène@exemple.fr"),
    ],
)
def test_good_emails_are_normalised(typed: str, stored: str) -> None:
    assert normalize_email(typed) == stored


@pytest.mark.parametrize(
    ("typed", "explanation"),
    [
        ("claire.martin.example.fr", "il manque le @"),
        ("claire@@example.fr", "plusieurs @"),
        ("claire martin@example.fr", "contient une espace"),
        ("@example.fr", "il manque le nom avant le @"),
        ("claire.martin@", "il manque le domaine après le @"),
        ("claire@example", "doit contenir un point"),
        ("claire@exa mple.fr", "contient une espace"),
    ],
)
def test_bad_emails_say_what_is_wrong(typed: str, explanation: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_email(typed, field="members[0].email", label="E-mail de Claire")
    message = caught.value.message
    assert message.startswith("E-mail de Claire : ")
    assert explanation in message
    assert "prenom.nom@exemple.fr" in message
    assert caught.value.field == "members[0].email"


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("06 12 34 56 78", "+33612345678", "06 12 34 56 78"),
        ("06.12.34.56.78", "+33612345678", "06 12 34 56 78"),
        ("0612345678", "+33612345678", "06 12 34 56 78"),
        ("+33 6 12 34 56 78", "+33612345678", "06 12 34 56 78"),
        ("0033 6 12 34 56 78", "+33612345678", "06 12 34 56 78"),
        ("03 86 61 80 00", "+33386618000", "03 86 61 80 00"),
        ("+32 470 12 34 56", "+32470123456", "+32 470 12 34 56"),
        ("+41 79 123 45 67", "+41791234567", "+41 79 123 45 67"),
    ],
)
def test_good_phones_are_stored_international_and_shown_french(
    typed: str, stored: str, shown: str
) -> None:
    assert normalize_phone(typed) == stored
    assert format_phone(stored) == shown


@pytest.mark.parametrize(
    "typed", ["06 12 34 56", "12345", "téléphone", "+33 6 12", "06 12 34 56 78 90"]
)
def test_bad_phones_are_refused_with_an_example(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone(typed, field="phone", label="Téléphone")
    message = caught.value.message
    assert message.startswith("Téléphone : ")
    assert f"« {typed} » n'est pas un numéro valide" in message
    assert "06 12 34 56 78" in message


def test_birth_years() -> None:
    assert check_birth_year(1984, today=TODAY) == 1984
    assert parse_birth_year(" 2026 ", today=TODAY) == 2026
    assert parse_birth_year("", today=TODAY) is None
    with pytest.raises(ValidationError, match="Année de naissance : 2031 est dans le futur"):
        check_birth_year(2031, today=TODAY)
    with pytest.raises(ValidationError, match="1850 n'est pas vraisemblable"):
        parse_birth_year("1850", today=TODAY)
    with pytest.raises(ValidationError, match="« 84 » n'est pas une année"):
        parse_birth_year("84", today=TODAY)
    for not_ascii in ("¹⁹⁸⁴", "١٩٨٤", "１９８４"):  # digits to Unicode, not to int()
        with pytest.raises(ValidationError, match=f"« {not_ascii} » n'est pas une année"):
            parse_birth_year(not_ascii, today=TODAY)


def test_commune_and_postcode(database: Database) -> None:
    with database.session() as session:
        assert check_commune(session, "58194", "58000").name == "Nevers"
        assert check_commune(session, "39198").name == "Dole"
        with pytest.raises(ValidationError) as unknown:
            check_commune(session, "99999", label="Commune actuelle")
        with pytest.raises(ValidationError) as mismatch:
            check_commune(session, "39198", "58000")
        with pytest.raises(ValidationError) as malformed:
            check_commune(session, "39198", "39 1")
    assert unknown.value.message == (
        "Commune actuelle : aucune commune n'a le code INSEE « 99999 ». "
        "Choisissez la commune dans la liste."
    )
    assert mismatch.value.field == "postcode"
    assert mismatch.value.message == (
        "Code postal : 58000 ne correspond pas à Dole (39198). "
        "Codes postaux de cette commune : 39100."
    )
    assert "il faut cinq chiffres" in malformed.value.message
