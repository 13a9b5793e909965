"""The indicators as an Excel workbook: the headline figures, then one sheet per breakdown.

For the coordinator who builds her own charts and tables for the elected
officials: every number is a number cell (not text), labels are French, and
the first sheet says which households the figures are about.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.exporting.audit import log_export
from desktop.exporting.tables import Sheet, write_workbook
from desktop.i18n import translate
from desktop.reporting.indicators import Indicators, TerritoryFigures
from desktop.reporting.presentation import describe_filter, unknown_territory_label
from desktop.storage import Database


def headline_rows(indicators: Indicators) -> list[list[Any]]:
    """(label, value, unit) rows of the first sheet; rates in percent (10.5 for 10,5 %)."""
    rows: list[list[Any]] = [
        [translate("Export", "Foyers concernés"), describe_filter(indicators.filter), ""]
    ]
    for label, step in (
        (translate("Export", "Inscrits"), indicators.registered),
        (translate("Export", "Contactés"), indicators.contacted),
        (translate("Export", "Accompagnés"), indicators.accompanied),
        (translate("Export", "Installés"), indicators.settled),
        (translate("Export", "Abandons"), indicators.abandoned),
    ):
        rows.append([label, step.households, translate("Export", "foyers")])
        rows.append([label, step.people, translate("Export", "personnes")])
    percent = translate("Export", "%")
    rows += [
        [translate("Export", "Adultes installés"), indicators.adults_settled, ""],
        [translate("Export", "Enfants installés"), indicators.children_settled, ""],
        [translate("Export", "Enfants scolarisés"), indicators.children_schooled, ""],
        [translate("Export", "Taux de contact"), _percent(indicators.contact_rate), percent],
        [
            translate("Export", "Taux d'accompagnement"),
            _percent(indicators.accompaniment_rate),
            percent,
        ],
        [translate("Export", "Taux d'installation"), _percent(indicators.settlement_rate), percent],
        [
            translate("Export", "De l'inscription à l'installation"),
            _percent(indicators.overall_rate),
            percent,
        ],
        [
            translate("Export", "Délai médian inscription → installation"),
            indicators.median_days_to_settle,
            translate("Export", "jours"),
        ],
        [
            translate("Export", "Dépense annuelle par personne installée"),
            indicators.spending_per_person_eur,
            "€",
        ],
        [
            translate("Export", "Dépenses annuelles estimées dans la région"),
            indicators.yearly_spending_eur,
            "€",
        ],
    ]
    return rows


def _percent(rate: float | None) -> float | None:
    return None if rate is None else round(rate * 100, 2)


def _territory_rows(rows: tuple[TerritoryFigures, ...]) -> list[list[Any]]:
    return [
        [
            row.code or "",
            row.name or unknown_territory_label(),
            row.registered,
            row.contacted,
            row.accompanied,
            row.settled,
            row.people_settled,
            row.children_schooled,
            row.yearly_spending_eur,
        ]
        for row in rows
    ]


def _territory_headers(code: str) -> list[str]:
    return [
        code,
        translate("Export", "Nom"),
        translate("Export", "Inscrits"),
        translate("Export", "Contactés"),
        translate("Export", "Accompagnés"),
        translate("Export", "Foyers installés"),
        translate("Export", "Personnes installées"),
        translate("Export", "Enfants scolarisés"),
        translate("Export", "Dépenses annuelles (€)"),
    ]


def indicator_sheets(indicators: Indicators) -> list[Sheet]:
    months: list[list[Any]] = [
        [month.month, month.households, month.people] for month in indicators.settlements_by_month
    ]
    return [
        (
            translate("Export", "Chiffres clés"),
            [translate("Export", "Indicateur"), translate("Export", "Valeur"), ""],
            headline_rows(indicators),
        ),
        (
            translate("Export", "Par département"),
            _territory_headers(translate("Export", "Département")),
            _territory_rows(indicators.by_departement),
        ),
        (
            translate("Export", "Par intercommunalité"),
            _territory_headers(translate("Export", "SIREN")),
            _territory_rows(indicators.by_epci),
        ),
        (
            translate("Export", "Installations par mois"),
            [
                translate("Export", "Mois"),
                translate("Export", "Foyers installés"),
                translate("Export", "Personnes installées"),
            ],
            months,
        ),
    ]


def export_indicators(database: Database, path: Path, indicators: Indicators) -> None:
    """Write ``indicators`` to ``path`` (XLSX) and log the export.

    Raises:
        OSError: the file could not be written.
    """
    write_workbook(path, indicator_sheets(indicators))
    log_export(
        database,
        "indicateurs",
        path,
        rows=indicators.registered.households,
        details=describe_filter(indicators.filter),
    )
