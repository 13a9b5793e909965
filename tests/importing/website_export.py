"""Files like the regional website's registration export, for the import tests and bench.

Deterministic for a seed, fast enough to write 12,000 lines in well under a
second (names from Faker, real postcodes and communes). Every line is valid
and distinct (its own e-mail and phone), so a test knows exactly what an
import of it must give; tests spoil lines themselves to check rejections.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from random import Random

from faker import Faker

HEADERS = [
    "Date d'inscription",
    "Nom",
    "Prénom",
    "E-mail",
    "Téléphone",
    "Année de naissance",
    "Profession",
    "Prénom du conjoint",
    "Nom du conjoint",
    "Nombre d'adultes",
    "Nombre d'enfants",
    "Âges des enfants",
    "Code postal",
    "Commune de résidence",
    "Territoires souhaités",
    "Projet",
    "Logement recherché",
    "Budget logement",
    "Consentement",
    "Version du consentement",
]

ORIGINS = [
    ("94000", "Créteil"), ("75011", "Paris"), ("75015", "Paris"), ("75018", "Paris"),
    ("69003", "Lyon"), ("69007", "Lyon"), ("59000", "Lille"), ("33000", "Bordeaux"),
    ("13001", "Marseille"), ("13008", "Marseille"), ("92100", "Boulogne-Billancourt"),
    ("67000", "Strasbourg"), ("44000", "Nantes"), ("31000", "Toulouse"), ("93100", "Montreuil"),
    ("78000", "Versailles"), ("06000", "Nice"), ("34000", "Montpellier"), ("35000", "Rennes"),
    ("38000", "Grenoble"), ("76000", "Rouen"), ("57000", "Metz"), ("54000", "Nancy"),
    ("51100", "Reims"), ("37000", "Tours"), ("45000", "Orléans"), ("63000", "Clermont-Ferrand"),
    ("87000", "Limoges"), ("86000", "Poitiers"), ("14000", "Caen"), ("29200", "Brest"),
    ("49000", "Angers"), ("72000", "Le Mans"), ("80000", "Amiens"),
    ("92200", "Neuilly-sur-Seine"), ("92400", "Courbevoie"), ("94300", "Vincennes"),
    ("91300", "Massy"), ("95000", "Cergy"), ("77100", "Meaux"),
]  # fmt: skip
WISHES = [
    "Nevers", "Decize", "Dole (39)", "Besançon", "Dijon", "Auxerre", "Mâcon",
    "Chalon-sur-Saône", "Vesoul", "Belfort", "Lons-le-Saunier", "Beaune", "Montbéliard",
    "Sens", "Autun", "Pontarlier", "Clamecy", "58086", "Nièvre", "Jura",
]  # fmt: skip
PROJECTS = ["Mutation ou nouvel emploi", "Télétravail", "Création ou reprise d'entreprise",
            "Retraite", "Télétravail, Création ou reprise d'entreprise"]  # fmt: skip
OCCUPATIONS = ["Infirmière", "Menuisier", "Développeuse", "Professeur des écoles", "Comptable", ""]


@dataclass(frozen=True)
class Composition:
    """How many adults and children (with their ages) a line declares."""

    adults: int
    ages: tuple[int, ...]


def composition(index: int) -> Composition:
    """A fixed cycle of family shapes, so a test can pick households of a given shape."""
    shapes = [
        Composition(2, (9,)),
        Composition(1, ()),
        Composition(2, (4, 9)),
        Composition(2, ()),
        Composition(1, (7, 1)),
        Composition(2, (12, 15, 2)),
    ]
    return shapes[index % len(shapes)]


def registration_rows(
    count: int, *, seed: int = 7, first_day: date, last_day: date, start: int = 0
) -> list[list[str]]:
    """``count`` valid lines (without the header), registered between the two days."""
    rng = Random(seed)
    names = Faker("fr_FR")
    names.seed_instance(seed)
    span = (last_day - first_day).days
    rows = []
    for number in range(start, start + count):
        last, first = names.last_name(), names.first_name()
        shape = composition(number)
        postcode, city = rng.choice(ORIGINS)
        wishes = rng.sample(WISHES, rng.choice((1, 1, 2, 3)))
        registered = first_day + timedelta(days=rng.randrange(span + 1))
        rows.append(
            [
                registered.strftime("%d/%m/%Y"),
                last,
                first,
                f"inscrit{number}@exemple.fr",
                f"06 {number // 1_000_000 % 100:02d} {number // 10_000 % 100:02d} "
                f"{number // 100 % 100:02d} {number % 100:02d}",
                str(rng.randrange(1960, 2000)),
                rng.choice(OCCUPATIONS),
                names.first_name() if shape.adults == 2 and number % 3 else "",
                "",
                str(shape.adults),
                str(len(shape.ages)),
                ", ".join(str(age) for age in shape.ages),
                postcode,
                city,
                " ; ".join(wishes),
                rng.choice(PROJECTS),
                rng.choice(["Location", "Achat", "Location ou achat", ""]),
                rng.choice(["180 000 €", "250000", "", "120 000"]),
                "oui",
                "2025-01",
            ]
        )
    return rows


def write_csv(
    path: Path,
    rows: list[list[str]],
    *,
    headers: list[str] = HEADERS,
    encoding: str = "utf-8-sig",
    delimiter: str = ";",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]], *, headers: list[str] = HEADERS) -> Path:
    """An XLSX as Excel saves it, written in openpyxl's write-only (streaming) mode."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Inscriptions")
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path
