"""One line of the website's export → a household to register, or the reasons it cannot be.

Every problem of a line is collected, so the rejected-rows file says all that
must be fixed at once. The household built here goes through
:func:`desktop.cases.households.register_household`, which checks it again
with the same rules as the case form.

The website asks for the first adult's name and contact, how many adults and
children, and the children's ages, not their names: the second adult is
« Adulte 2 » unless the partner's name is given, the children are
« Enfant 1 », « Enfant 2 »… (distinct names, so merging two records of the
family keeps each child), each born in (registration year − age).
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time

from desktop.cases.duplicates import comparable_name
from desktop.cases.households import ConsentInput, HouseholdInput, PersonInput, TargetInput
from desktop.cases.places import searchable
from desktop.consent import CONSENT_VERSION
from desktop.dates import local_moment_to_utc, parse_day, parse_moment
from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.importing.columns import Column, column_label
from desktop.importing.geography import Geography
from desktop.importing.reading import Cell
from desktop.labels import housing_tenure_label, project_type_label
from desktop.models import ConsentChannel, HousingTenure, PersonRole, ProjectType, Source
from desktop.validation import normalize_email, normalize_phone, parse_birth_year

MAX_ADULTS = 6
MAX_CHILDREN = 12
OLDEST_REGISTRATION = date(2000, 1, 1)
MAX_CHILD_AGE = 25
MAX_BUDGET_DIGITS = 10
"""Up to 9 999 999 999 €: beyond, the cell holds something else than a housing budget."""
_AGE_FILLERS = frozenset({"ans", "an", "et"})
_YES = frozenset({"oui", "o", "x", "1", "vrai", "true", "yes", "y", "ok", "accepte", "j accepte"})
_NO = frozenset({"non", "n", "0", "faux", "false", "no", "refuse"})
_PROJECT_WORDS = {
    "emploi": ProjectType.JOB_MOVE,
    "mutation": ProjectType.JOB_MOVE,
    "travail": ProjectType.JOB_MOVE,
    "teletravail": ProjectType.REMOTE_WORK,
    "distance": ProjectType.REMOTE_WORK,
    "creation": ProjectType.BUSINESS,
    "reprise": ProjectType.BUSINESS,
    "entreprise": ProjectType.BUSINESS,
    "retraite": ProjectType.RETIREMENT,
    "autre": ProjectType.OTHER,
}


_key = functools.lru_cache(maxsize=4096)(searchable)
"""``searchable`` remembered: a file repeats the same few words in its yes/no, housing and
project cells on thousands of lines."""


class RejectedRowError(Exception):
    """A line that cannot be imported; ``reasons`` say why, in French."""

    def __init__(self, reasons: list[str]) -> None:
        super().__init__(" ; ".join(reasons))
        self.reasons = reasons


@dataclass(frozen=True)
class ParsedRow:
    """A line ready to register, with what duplicate detection compares."""

    line: int
    cells: tuple[Cell, ...]
    household: HouseholdInput
    registered_at: datetime
    emails: frozenset[str]
    phones: frozenset[str]
    adult_names: tuple[str, ...]
    """The names the file gives (first adult, partner), as
    :func:`~desktop.cases.duplicates.comparable_name` writes them; « Adulte 2 » is not one."""


def whole_number(text: str, *, digits: int = 9) -> int | None:
    """``text`` as a whole number of at most ``digits`` ASCII digits; ``None`` otherwise.

    ``str.isdigit`` says yes to « ² » or « ١ », which ``int`` refuses or reads as
    another number, and a number of thousands of digits is no count or amount.
    """
    if text.isascii() and text.isdigit() and len(text) <= digits:
        return int(text)
    return None


def cell_text(cell: Cell) -> str:
    """A cell as the officer would read it: numbers without ``.0``, dates as 25/11/2026."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return translate("Import", "oui") if cell else translate("Import", "non")
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime) and cell.time() != time():
        return cell.strftime("%d/%m/%Y %H:%M")
    if isinstance(cell, date):
        return cell.strftime("%d/%m/%Y")
    return str(cell).strip()


def _phone_text(cell: Cell) -> str:
    """A number a spreadsheet stored as such loses its leading 0 (612345678 → 0612345678)."""
    text = cell_text(cell)
    if isinstance(cell, int | float) and len(text) == 9:
        return "0" + text
    return text


class RowReader:
    """Turns the cells of each line into a :class:`ParsedRow`.

    Args:
        positions: column → its index in the line.
        today: the officer's day; registrations after it are refused.
        officer_id: the officer the households are given to, if any.
    """

    def __init__(
        self,
        positions: Mapping[Column, int],
        geography: Geography,
        today: date,
        *,
        officer_id: uuid.UUID | None = None,
    ) -> None:
        self.positions = positions
        self.geography = geography
        self.today = today
        self.officer_id = officer_id
        self.labels = {column: column_label(column) for column in Column}
        self.projects = {searchable(project_type_label(p)): p for p in ProjectType} | {
            searchable(p.value): p for p in ProjectType
        }

    def read(self, line: int, cells: tuple[Cell, ...]) -> ParsedRow:
        """Raises: RejectedRowError, with every reason the line is refused."""
        row = _Row(self, cells)
        registered_at = row.registered_at()
        adults = row.count(Column.ADULTS, default=1, low=1, high=MAX_ADULTS)
        ages = row.ages()
        children = row.count(
            Column.CHILDREN, default=len(ages) if ages is not None else 0, low=0, high=MAX_CHILDREN
        )
        if ages is not None and children is not None and len(ages) != children:
            row.problem(
                Column.CHILDREN_AGES,
                translate(
                    "Import", "{count} âge(s) pour {children} enfant(s) ; donnez un âge par enfant."
                ).format(count=len(ages), children=children),
            )
        members = row.members(adults, children, ages, registered_at)
        emails = row.normalized(Column.EMAIL, normalize_email)
        phones = row.normalized(Column.PHONE, normalize_phone)
        if not emails and not phones and not row.problems:
            row.problems.append(
                translate(
                    "Import",
                    "Contact : ni e-mail ni téléphone ; il en faut au moins un pour joindre "
                    "le foyer.",
                )
            )
        household = HouseholdInput(
            source=Source.WEBSITE,
            members=members,
            targets=row.wishes(),
            origin_country=row.country(),
            project_types=row.projects(),
            housing_tenure=row.housing(),
            housing_budget_eur=row.budget(),
            target_date=row.arrival(),
            consent=row.consent(registered_at),
            officer_id=self.officer_id,
        )
        if household.origin_country == "FR":
            household.origin_commune_code = row.origin() or ""
        else:
            household.origin_city = row.text(Column.CITY)
        if row.problems or registered_at is None:
            raise RejectedRowError(row.problems)
        return ParsedRow(
            line=line,
            cells=cells,
            household=household,
            registered_at=registered_at,
            emails=frozenset(emails),
            phones=frozenset(phones),
            adult_names=tuple(
                name
                for member in members[: 2 if any(row.partner()) else 1]
                if (name := comparable_name(member.first_name, member.last_name))
            ),
        )


class _Row:
    """The cells of one line and the problems found so far."""

    def __init__(self, reader: RowReader, cells: tuple[Cell, ...]) -> None:
        self.reader = reader
        self.cells = cells
        self.problems: list[str] = []

    def cell(self, column: Column) -> Cell:
        index = self.reader.positions.get(column)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]

    def text(self, column: Column) -> str:
        return cell_text(self.cell(column))

    def label(self, column: Column) -> str:
        return self.reader.labels[column]

    def problem(self, column: Column, message: str) -> None:
        self.problems.append(f"{self.label(column)} : {message}")

    def registered_at(self) -> datetime | None:
        label = self.label(Column.REGISTERED_ON)
        cell = self.cell(Column.REGISTERED_ON)
        try:
            moment = parse_moment(cell if isinstance(cell, date) else cell_text(cell), label=label)
        except ValidationError as error:
            self.problems.append(error.message)
            return None
        day = moment.date() if isinstance(moment, datetime) else moment
        if day > self.reader.today:
            self.problem(
                Column.REGISTERED_ON,
                translate("Import", "le {day} est dans le futur.").format(
                    day=day.strftime("%d/%m/%Y")
                ),
            )
            return None
        if day < OLDEST_REGISTRATION:
            self.problem(
                Column.REGISTERED_ON,
                translate("Import", "le {day} n'est pas vraisemblable.").format(
                    day=day.strftime("%d/%m/%Y")
                ),
            )
            return None
        return local_moment_to_utc(moment)

    def count(self, column: Column, *, default: int, low: int, high: int) -> int | None:
        text = self.text(column)
        if not text:
            return default
        number = whole_number(text)
        if number is None or not low <= number <= high:
            self.problem(
                column,
                translate(
                    "Import", "« {value} » n'est pas un nombre entre {low} et {high}."
                ).format(value=text, low=low, high=high),
            )
            return None
        return number

    def ages(self) -> list[int] | None:
        text = self.text(Column.CHILDREN_AGES)
        if not text:
            return None
        ages = [whole_number(word) for word in _key(text).split() if word not in _AGE_FILLERS]
        if not all(age is not None and age <= MAX_CHILD_AGE for age in ages):
            self.problem(
                Column.CHILDREN_AGES,
                translate(
                    "Import",
                    "« {value} » : écrivez l'âge de chaque enfant en années, séparés par des "
                    "virgules (4, 9).",
                ).format(value=text),
            )
            return None
        return [age for age in ages if age is not None]

    def birth_year(self) -> str:
        """The first adult's year as written, once the case form's rule accepts it."""
        text = self.text(Column.BIRTH_YEAR)
        if text and whole_number(text) is None:  # « ¹⁹⁸⁴ » passes isdigit, not int
            self.problem(
                Column.BIRTH_YEAR,
                translate(
                    "Import", "« {value} » n'est pas une année : écrivez quatre chiffres (1984)."
                ).format(value=text),
            )
            return ""
        try:
            parse_birth_year(text, today=self.reader.today, label=self.label(Column.BIRTH_YEAR))
        except ValidationError as error:
            self.problems.append(error.message)
            return ""
        return text

    def partner(self) -> tuple[str, str]:
        return self.text(Column.PARTNER_FIRST_NAME), self.text(Column.PARTNER_LAST_NAME)

    def members(
        self,
        adults: int | None,
        children: int | None,
        ages: list[int] | None,
        registered_at: datetime | None,
    ) -> list[PersonInput]:
        last_name = self.text(Column.LAST_NAME)
        if not last_name:
            self.problem(Column.LAST_NAME, translate("Import", "le nom manque."))
        members = [
            PersonInput(
                PersonRole.ADULT,
                self.text(Column.FIRST_NAME),
                last_name,
                birth_year=self.birth_year(),
                occupation=self.text(Column.OCCUPATION),
                email=self.text(Column.EMAIL),
                phone=_phone_text(self.cell(Column.PHONE)),
            )
        ]
        partner = self.partner()
        for number in range(2, max(adults or 1, 2 if any(partner) else 1) + 1):
            first, last = partner if number == 2 and any(partner) else ("", "")
            members.append(
                PersonInput(
                    PersonRole.ADULT,
                    first or translate("Import", "Adulte {number}").format(number=number),
                    last or last_name,
                    occupation=self.text(Column.PARTNER_OCCUPATION) if number == 2 else "",
                )
            )
        year = (registered_at or datetime.now()).year
        for number in range(1, (children or 0) + 1):
            age = ages[number - 1] if ages and len(ages) >= number else None
            members.append(
                PersonInput(
                    PersonRole.CHILD,
                    translate("Import", "Enfant {number}").format(number=number),
                    last_name,
                    birth_year=str(year - age) if age is not None else "",
                )
            )
        return members

    def normalized(self, column: Column, normalize: Callable[..., str]) -> list[str]:
        raw = _phone_text(self.cell(column)) if column is Column.PHONE else self.text(column)
        if not raw:
            return []
        try:
            return [normalize(raw, label=self.label(column))]
        except ValidationError as error:
            self.problems.append(error.message)
            return []

    def wishes(self) -> list[TargetInput]:
        text = self.text(Column.WISHES)
        if not text:
            return []
        try:
            return self.reader.geography.wishes(text, label=self.label(Column.WISHES))
        except ValidationError as error:
            self.problems.append(error.message)
            return []

    def country(self) -> str:
        try:
            return self.reader.geography.country(
                self.text(Column.COUNTRY), label=self.label(Column.COUNTRY)
            )
        except ValidationError as error:
            self.problems.append(error.message)
            return "FR"

    def origin(self) -> str | None:
        try:
            return self.reader.geography.origin(
                self.text(Column.POSTCODE),
                self.text(Column.CITY),
                label=self.label(Column.CITY),
            )
        except ValidationError as error:
            self.problems.append(error.message)
            return None

    def projects(self) -> set[ProjectType]:
        text = self.text(Column.PROJECT)
        projects: set[ProjectType] = set()
        labels = self.reader.projects
        for part in re.split(r"[;,/|+\n]+", text):
            key = _key(part)
            if not key:
                continue
            found = labels.get(key) or next(
                (project for word, project in _PROJECT_WORDS.items() if word in key.split()), None
            )
            if found is None:
                self.problem(
                    Column.PROJECT,
                    translate("Import", "« {value} » n'est pas un projet connu ({known}).").format(
                        value=part.strip(),
                        known=", ".join(project_type_label(project) for project in ProjectType),
                    ),
                )
                continue
            projects.add(found)
        return projects

    def housing(self) -> HousingTenure | None:
        key = _key(self.text(Column.HOUSING))
        if not key:
            return None
        for tenure in HousingTenure:  # the labels the message below offers, in any language
            if key == _key(housing_tenure_label(tenure)):
                return tenure
        if ("location" in key and "achat" in key) or key in {"indifferent", "les deux"}:
            return HousingTenure.UNDECIDED
        for word, tenure in (
            ("location", HousingTenure.RENT),
            ("louer", HousingTenure.RENT),
            ("achat", HousingTenure.BUY),
            ("acheter", HousingTenure.BUY),
        ):
            if word in key:
                return tenure
        self.problem(
            Column.HOUSING,
            translate("Import", "« {value} » : écrivez {known}.").format(
                value=self.text(Column.HOUSING),
                known=", ".join(f"« {housing_tenure_label(t)} »" for t in HousingTenure),
            ),
        )
        return None

    def budget(self) -> int | None:
        text = self.text(Column.HOUSING_BUDGET)
        digits = re.sub(r"[\s\u00a0\u202f€.]|eur(os)?", "", text.lower())
        digits = digits.removesuffix(",00").removesuffix(",0")
        if not digits:
            return None
        thousands = whole_number(digits.removesuffix("k"), digits=MAX_BUDGET_DIGITS - 3)
        amount = whole_number(digits, digits=MAX_BUDGET_DIGITS)
        if digits.endswith("k") and thousands is not None:
            return thousands * 1000
        if amount is None:
            self.problem(
                Column.HOUSING_BUDGET,
                translate("Import", "« {value} » n'est pas un montant en euros (180 000).").format(
                    value=text
                ),
            )
            return None
        return amount

    def arrival(self) -> date | None:
        cell = self.cell(Column.ARRIVAL)
        if cell is None or cell_text(cell) == "":
            return None
        try:
            return parse_day(
                cell if isinstance(cell, date) else cell_text(cell),
                label=self.label(Column.ARRIVAL),
            )
        except ValidationError as error:
            self.problems.append(error.message)
            return None

    def consent(self, registered_at: datetime | None) -> ConsentInput | None:
        key = _key(self.text(Column.CONSENT))
        if key in _NO or not key:
            self.problem(
                Column.CONSENT,
                translate(
                    "Import",
                    "le foyer n'a pas donné son accord au traitement de ses données ; "
                    "sans lui, l'inscription ne peut pas être enregistrée.",
                ),
            )
            return None
        if key not in _YES:
            self.problem(
                Column.CONSENT,
                translate("Import", "« {value} » : écrivez « oui » ou « non ».").format(
                    value=self.text(Column.CONSENT)
                ),
            )
            return None
        if registered_at is None:
            return None
        return ConsentInput(
            at=registered_at,
            version=self.text(Column.CONSENT_VERSION)[:20] or CONSENT_VERSION,
            channel=ConsentChannel.WEBSITE,
        )
