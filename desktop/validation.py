"""Validation of what officers type, with French messages that name the field.

Each function takes the raw text and the field's French label, returns the
normalised value to store, or raises :class:`~desktop.errors.ValidationError`
saying what is wrong and how to fix it. None of them touches the network.
"""

from __future__ import annotations

import re
import uuid
from datetime import date

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import UserFacingError, ValidationError
from desktop.i18n import translate
from desktop.models import Commune, CommunePostcode

DEFAULT_REGION = "FR"
OLDEST_BIRTH_YEAR = 1900
_POSTCODE = re.compile(r"\d{5}")


def _error(field: str, label: str, problem: str) -> ValidationError:
    return ValidationError(field, f"{label} : {problem}")


def normalize_email(value: str, *, field: str = "email", label: str | None = None) -> str:
    """Return the address in lower case, or raise with what is wrong with it."""
    label = label or translate("Validation", "E-mail")
    text = value.strip()
    try:
        return validate_email(text, check_deliverability=False).normalized.lower()
    except EmailNotValidError as error:
        raise _error(field, label, _email_problem(text)) from error


def _email_problem(text: str) -> str:
    example = translate("Validation", "Exemple : prenom.nom@exemple.fr.")
    at_signs = text.count("@")
    if at_signs == 0:
        problem = translate("Validation", "« {value} » n'est pas une adresse : il manque le @.")
    elif at_signs > 1:
        problem = translate("Validation", "« {value} » contient plusieurs @ ; il n'en faut qu'un.")
    elif any(character.isspace() for character in text):
        problem = translate("Validation", "« {value} » contient une espace ; retirez-la.")
    elif text.startswith("@"):
        problem = translate("Validation", "« {value} » : il manque le nom avant le @.")
    elif text.endswith("@"):
        problem = translate("Validation", "« {value} » : il manque le domaine après le @.")
    elif "." not in text.rsplit("@", 1)[1]:
        problem = translate(
            "Validation", "« {value} » : le domaine après le @ doit contenir un point (gmail.com)."
        )
    else:
        problem = translate("Validation", "« {value} » n'est pas une adresse e-mail valide.")
    return f"{problem.format(value=text)} {example}"


def normalize_phone(value: str, *, field: str = "phone", label: str | None = None) -> str:
    """Return the number in E.164 (``+33612345678``); French numbers may omit the prefix."""
    label = label or translate("Validation", "Téléphone")
    text = value.strip()
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException as error:
        raise _error(field, label, _phone_problem(text)) from error
    if not phonenumbers.is_valid_number(number):
        raise _error(field, label, _phone_problem(text))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _phone_problem(text: str) -> str:
    return translate(
        "Validation",
        "« {value} » n'est pas un numéro valide. Saisissez 10 chiffres (06 12 34 56 78) "
        "ou un numéro international commençant par + (+32 470 12 34 56).",
    ).format(value=text)


def format_phone(e164: str) -> str:
    """French numbers the French way (``06 12 34 56 78``), others in international form."""
    number = phonenumbers.parse(e164, DEFAULT_REGION)
    if phonenumbers.region_code_for_number(number) == DEFAULT_REGION:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def check_birth_year(
    year: int, *, today: date, field: str = "birth_year", label: str | None = None
) -> int:
    label = label or translate("Validation", "Année de naissance")
    if year > today.year:
        raise _error(
            field,
            label,
            translate(
                "Validation", "{year} est dans le futur. Saisissez l'année sur quatre chiffres."
            ).format(year=year),
        )
    if year < OLDEST_BIRTH_YEAR:
        raise _error(
            field,
            label,
            translate(
                "Validation",
                "{year} n'est pas vraisemblable. Saisissez l'année sur quatre chiffres.",
            ).format(year=year),
        )
    return year


def parse_birth_year(
    value: str, *, today: date, field: str = "birth_year", label: str | None = None
) -> int | None:
    """The year typed in a text field; empty means unknown."""
    text = value.strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or len(text) != 4:
        label = label or translate("Validation", "Année de naissance")
        raise _error(
            field,
            label,
            translate(
                "Validation", "« {value} » n'est pas une année. Saisissez quatre chiffres (1984)."
            ).format(value=text),
        )
    return check_birth_year(int(text), today=today, field=field, label=label)


def check_commune(
    session: Session,
    commune_code: str,
    postcode: str | None = None,
    *,
    field: str = "commune",
    label: str | None = None,
) -> Commune:
    """The commune with this INSEE code, checked against the postcode when one is given."""
    label = label or translate("Validation", "Commune")
    commune = session.get(Commune, commune_code.strip())
    if commune is None:
        raise _error(
            field,
            label,
            translate(
                "Validation",
                "aucune commune n'a le code INSEE « {code} ». Choisissez la commune dans la liste.",
            ).format(code=commune_code.strip()),
        )
    if postcode is None or not postcode.strip():
        return commune
    postcode = postcode.strip()
    if not _POSTCODE.fullmatch(postcode):
        raise _error(
            "postcode",
            translate("Validation", "Code postal"),
            translate(
                "Validation",
                "« {value} » n'est pas un code postal : il faut cinq chiffres (58000).",
            ).format(value=postcode),
        )
    postcodes = session.scalars(
        select(CommunePostcode.postcode).where(CommunePostcode.commune_code == commune.code)
    ).all()
    if postcode not in postcodes:
        raise _error(
            "postcode",
            translate("Validation", "Code postal"),
            translate(
                "Validation",
                "{postcode} ne correspond pas à {commune} ({code}). "
                "Codes postaux de cette commune : {known}.",
            ).format(
                postcode=postcode,
                commune=commune.name,
                code=commune.code,
                known=", ".join(postcodes) or "—",
            ),
        )
    return commune


def parse_id(text: str, what: str) -> uuid.UUID:
    """An id as Escale shows it: 32 hexadecimal digits, dashes and braces allowed.

    ``what`` names the kind of id in the message (« un identifiant de foyer »).

    Raises:
        UserFacingError: ``text`` is not an id.
    """
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise UserFacingError(
            translate(
                "Cli",
                "« {text} » n'est pas {what} : il faut 32 chiffres hexadécimaux, avec ou "
                "sans tirets (par exemple 8f3a2c1d-…).",
            ).format(text=text, what=what)
        ) from None
