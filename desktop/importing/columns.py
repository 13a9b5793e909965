"""The columns of the regional website's registration export, and which header is which.

The website's export has French headers that change with its versions and
with whoever re-saved the file (« E-mail », « Adresse e-mail », « Courriel »).
Each :class:`Column` has a stable key (used in ``--mapping`` and remembered in
the database), a French label and the header names it is known under; the
guess compares headers accent-, case- and punctuation-blind, then by
similarity (``rapidfuzz``) for the ones that are only close.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from desktop.cases.places import searchable
from desktop.i18n import translate

SIMILAR_HEADER = 85
"""How close (0-100) an unknown header must be to a known name to be guessed as that column."""


class Column(enum.Enum):
    """What a column of the file holds; the value is the key ``--mapping`` and the memory use."""

    REGISTERED_ON = "date_inscription"
    LAST_NAME = "nom"
    FIRST_NAME = "prenom"
    EMAIL = "email"
    PHONE = "telephone"
    BIRTH_YEAR = "annee_naissance"
    OCCUPATION = "profession"
    PARTNER_FIRST_NAME = "prenom_conjoint"
    PARTNER_LAST_NAME = "nom_conjoint"
    PARTNER_OCCUPATION = "profession_conjoint"
    ADULTS = "nombre_adultes"
    CHILDREN = "nombre_enfants"
    CHILDREN_AGES = "ages_enfants"
    POSTCODE = "code_postal"
    CITY = "commune"
    COUNTRY = "pays"
    WISHES = "territoires_souhaites"
    PROJECT = "projet"
    ARRIVAL = "date_arrivee"
    HOUSING = "logement"
    HOUSING_BUDGET = "budget_logement"
    CONSENT = "consentement"
    CONSENT_VERSION = "version_consentement"


REQUIRED = (Column.REGISTERED_ON, Column.LAST_NAME, Column.CONSENT)
"""Without these a row cannot be a registration; e-mail or phone is required too (one of them)."""

CONTACT = (Column.EMAIL, Column.PHONE)

REJECTION_HEADER = "Motif du rejet"
"""The column the rejected-rows file adds; ignored when that file is imported again."""


def column_label(column: Column) -> str:
    """The column's header in the website's export, as the officer reads it."""
    labels = {
        Column.REGISTERED_ON: translate("Import", "Date d'inscription"),
        Column.LAST_NAME: translate("Import", "Nom"),
        Column.FIRST_NAME: translate("Import", "Prénom"),
        Column.EMAIL: translate("Import", "E-mail"),
        Column.PHONE: translate("Import", "Téléphone"),
        Column.BIRTH_YEAR: translate("Import", "Année de naissance"),
        Column.OCCUPATION: translate("Import", "Profession"),
        Column.PARTNER_FIRST_NAME: translate("Import", "Prénom du conjoint"),
        Column.PARTNER_LAST_NAME: translate("Import", "Nom du conjoint"),
        Column.PARTNER_OCCUPATION: translate("Import", "Profession du conjoint"),
        Column.ADULTS: translate("Import", "Nombre d'adultes"),
        Column.CHILDREN: translate("Import", "Nombre d'enfants"),
        Column.CHILDREN_AGES: translate("Import", "Âges des enfants"),
        Column.POSTCODE: translate("Import", "Code postal"),
        Column.CITY: translate("Import", "Commune de résidence"),
        Column.COUNTRY: translate("Import", "Pays"),
        Column.WISHES: translate("Import", "Territoires souhaités"),
        Column.PROJECT: translate("Import", "Projet"),
        Column.ARRIVAL: translate("Import", "Date d'arrivée souhaitée"),
        Column.HOUSING: translate("Import", "Logement recherché"),
        Column.HOUSING_BUDGET: translate("Import", "Budget logement"),
        Column.CONSENT: translate("Import", "Consentement"),
        Column.CONSENT_VERSION: translate("Import", "Version du consentement"),
    }
    return labels[column]


_ALIASES: dict[Column, tuple[str, ...]] = {
    Column.REGISTERED_ON: (
        "date d'inscription",
        "date inscription",
        "inscrit le",
        "date",
        "date de creation",
        "cree le",
        "date de la demande",
        "horodatage",
    ),
    Column.LAST_NAME: ("nom", "nom de famille", "nom du contact", "nom du demandeur"),
    Column.FIRST_NAME: ("prenom", "prenom du contact", "prenom du demandeur"),
    Column.EMAIL: ("e-mail", "email", "mail", "courriel", "adresse e-mail", "adresse mail"),
    Column.PHONE: (
        "telephone",
        "tel",
        "portable",
        "mobile",
        "numero de telephone",
        "telephone portable",
        "tel portable",
        "tel mobile",
        "tel fixe",
    ),
    Column.BIRTH_YEAR: ("annee de naissance", "naissance", "ne en"),
    Column.OCCUPATION: ("profession", "metier", "emploi actuel", "situation professionnelle"),
    Column.PARTNER_FIRST_NAME: ("prenom du conjoint", "prenom conjoint", "conjoint prenom"),
    Column.PARTNER_LAST_NAME: ("nom du conjoint", "nom conjoint", "conjoint nom"),
    Column.PARTNER_OCCUPATION: ("profession du conjoint", "metier du conjoint"),
    Column.ADULTS: ("nombre d'adultes", "nb adultes", "adultes"),
    Column.CHILDREN: ("nombre d'enfants", "nb enfants", "enfants"),
    Column.CHILDREN_AGES: ("ages des enfants", "age des enfants", "ages enfants"),
    Column.POSTCODE: ("code postal", "cp", "code postal de residence"),
    Column.CITY: (
        "commune de residence",
        "commune",
        "ville",
        "ville de residence",
        "commune actuelle",
    ),
    Column.COUNTRY: ("pays", "pays de residence"),
    Column.WISHES: (
        "territoires souhaites",
        "territoire souhaite",
        "communes souhaitees",
        "destination",
        "destinations",
        "lieu d'installation souhaite",
    ),
    Column.PROJECT: ("projet", "type de projet", "nature du projet"),
    Column.ARRIVAL: (
        "date d'arrivee souhaitee",
        "date d'arrivee",
        "arrivee souhaitee",
        "echeance",
    ),
    Column.HOUSING: ("logement recherche", "logement", "type de logement recherche"),
    Column.HOUSING_BUDGET: ("budget logement", "budget", "budget immobilier"),
    Column.CONSENT: ("consentement", "accord rgpd", "consentement rgpd", "rgpd"),
    Column.CONSENT_VERSION: ("version du consentement", "version consentement", "version rgpd"),
}

_KNOWN: dict[str, Column] = {
    searchable(name): column for column, names in _ALIASES.items() for name in names
}
_IGNORED = frozenset({searchable(REJECTION_HEADER)})

ColumnMapping = dict[str, Column | None]
"""Header (as written in the file) → the column it is, or ``None`` for "not imported"."""


def header_key(header: str) -> str:
    """How a header is compared and remembered: « Adresse E-mail » → « adresse e mail »."""
    return searchable(header)


def parse_column(text: str) -> Column | None:
    """A column named by its key (``email``) or its label (« E-mail »); ``None`` if neither."""
    key = text.strip().lower()
    for column in Column:
        if key == column.value or header_key(text) == header_key(column_label(column)):
            return column
    return _KNOWN.get(header_key(text))


def guess_mapping(
    headers: Sequence[str],
    *,
    remembered: Mapping[str, str] | None = None,
    chosen: Mapping[str, Column | None] | None = None,
) -> ColumnMapping:
    """Which column each header is: as ``chosen``, else as remembered, else guessed.

    ``remembered`` maps :func:`header_key` to a column key (``""``: not imported),
    as :mod:`desktop.importing.memory` stores it. A column is given to one header
    only: the first one chosen, remembered, or named exactly, then the closest.
    """
    remembered = remembered or {}
    chosen = chosen or {}
    mapping: ColumnMapping = dict.fromkeys(headers)
    taken: set[Column] = set()

    def assign(header: str, column: Column | None) -> None:
        if column is None or column not in taken:
            mapping[header] = column
            if column is not None:
                taken.add(column)

    decided: set[str] = set()
    for header in headers:
        if header in chosen:
            assign(header, chosen[header])
            decided.add(header)
    for header in headers:
        key = header_key(header)
        if header in decided or key not in remembered:
            continue
        value = remembered[key]
        assign(header, Column(value) if value in _VALUES else None)
        decided.add(header)
    for header in headers:
        key = header_key(header)
        if header not in decided and key in _KNOWN and key not in _IGNORED:
            assign(header, _KNOWN[key])
            decided.add(header)
    for header in headers:
        key = header_key(header)
        if header in decided or not key or key in _IGNORED:
            continue
        column = _closest(key, taken)
        if column is not None:
            assign(header, column)
    return mapping


_VALUES = frozenset(column.value for column in Column)


def _closest(key: str, taken: set[Column]) -> Column | None:
    best, best_score = None, float(SIMILAR_HEADER)
    for known, column in _KNOWN.items():
        if column in taken:
            continue
        score = fuzz.ratio(key, known)
        if score >= best_score:
            best, best_score = column, score
    return best


def missing_columns(mapping: ColumnMapping) -> list[Column]:
    """Required columns no header maps to (e-mail and phone count as one: either will do)."""
    present = {column for column in mapping.values() if column is not None}
    missing = [column for column in REQUIRED if column not in present]
    if not present.intersection(CONTACT):
        missing.append(Column.EMAIL)
    return missing
