"""The indicators as ``escale stats`` prints them: French text, or JSON with stable keys.

The JSON keys are the :class:`~desktop.reporting.indicators.Indicators` field
names, in English and never translated, so scripts and tests can rely on them;
the text is for people, in French, numbers written ``12 000`` and ``5,7 M€``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.i18n import translate
from desktop.reporting.french_numbers import (
    counted,
    format_count,
    format_decimal,
    format_euros,
    format_rate,
)
from desktop.reporting.indicators import IndicatorFilter, Indicators, Step, TerritoryFigures
from desktop.reporting.stand import StandTally, TallyRow


def unknown_territory_label() -> str:
    """What a breakdown row without territory (no wish recorded) is called."""
    return translate("Reporting", "Territoire non renseigné")


def _step(step: Step) -> dict[str, int]:
    return {"households": step.households, "people": step.people}


def _territory(row: TerritoryFigures) -> dict[str, Any]:
    return {
        "code": row.code,
        "name": row.name,
        "registered": row.registered,
        "contacted": row.contacted,
        "accompanied": row.accompanied,
        "settled": row.settled,
        "people_settled": row.people_settled,
        "children_schooled": row.children_schooled,
        "yearly_spending_eur": row.yearly_spending_eur,
    }


def _filter(flt: IndicatorFilter) -> dict[str, Any]:
    return {
        "registered_from": flt.registered_from.isoformat() if flt.registered_from else None,
        "registered_to": flt.registered_to.isoformat() if flt.registered_to else None,
        "departement": flt.departement,
        "epci": flt.epci,
        "officer_id": str(flt.officer_id) if flt.officer_id else None,
        "source": flt.source.value if flt.source else None,
        "event_id": str(flt.event_id) if flt.event_id else None,
    }


def indicators_to_json(indicators: Indicators) -> dict[str, Any]:
    """Every figure under a stable English key; rates are shares (0.105), not percentages."""
    return {
        "filter": _filter(indicators.filter),
        "registered": _step(indicators.registered),
        "contacted": _step(indicators.contacted),
        "accompanied": _step(indicators.accompanied),
        "settled": _step(indicators.settled),
        "abandoned": _step(indicators.abandoned),
        "adults_settled": indicators.adults_settled,
        "children_settled": indicators.children_settled,
        "children_schooled": indicators.children_schooled,
        "contact_rate": indicators.contact_rate,
        "accompaniment_rate": indicators.accompaniment_rate,
        "settlement_rate": indicators.settlement_rate,
        "overall_rate": indicators.overall_rate,
        "median_days_to_settle": indicators.median_days_to_settle,
        "spending_per_person_eur": indicators.spending_per_person_eur,
        "yearly_spending_eur": indicators.yearly_spending_eur,
        "by_departement": [_territory(row) for row in indicators.by_departement],
        "by_epci": [_territory(row) for row in indicators.by_epci],
        "settlements_by_month": [
            {
                "month": month.month.strftime("%Y-%m"),
                "households": month.households,
                "people": month.people,
            }
            for month in indicators.settlements_by_month
        ],
    }


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def describe_filter(flt: IndicatorFilter) -> str:
    """« foyers inscrits du 01/01/2026 au 31/12/2026, département 58 »."""
    if flt.registered_from and flt.registered_to:
        period = translate("Reporting", "foyers inscrits du {start} au {end}").format(
            start=_day(flt.registered_from), end=_day(flt.registered_to)
        )
    elif flt.registered_from:
        period = translate("Reporting", "foyers inscrits depuis le {start}").format(
            start=_day(flt.registered_from)
        )
    elif flt.registered_to:
        period = translate("Reporting", "foyers inscrits jusqu'au {end}").format(
            end=_day(flt.registered_to)
        )
    else:
        period = translate("Reporting", "tous les foyers")
    parts = [period]
    if flt.departement:
        parts.append(translate("Reporting", "département {code}").format(code=flt.departement))
    if flt.epci:
        parts.append(translate("Reporting", "intercommunalité {code}").format(code=flt.epci))
    if flt.officer_id or flt.source or flt.event_id:
        parts.append(translate("Reporting", "autres filtres appliqués"))
    return ", ".join(parts)


def describe_indicators(indicators: Indicators) -> str:
    """The figures as a few lines of French text, then one line per département."""
    steps = [
        (translate("Reporting", "Inscrits"), indicators.registered),
        (translate("Reporting", "Contactés"), indicators.contacted),
        (translate("Reporting", "Accompagnés"), indicators.accompanied),
        (translate("Reporting", "Installés"), indicators.settled),
        (translate("Reporting", "Abandons"), indicators.abandoned),
    ]
    households, people = translate("Reporting", "foyers"), translate("Reporting", "personnes")
    lines = [
        translate("Reporting", "Indicateurs : {scope}").format(
            scope=describe_filter(indicators.filter)
        ),
        "",
        f"{'':<14}{households:>10}{people:>12}",
    ]
    lines += [
        f"{label:<14}{format_count(step.households):>10}{format_count(step.people):>12}"
        for label, step in steps
    ]
    median = indicators.median_days_to_settle
    lines += [
        "",
        translate(
            "Reporting", "Enfants installés : {children}, dont {schooled} scolarisés aujourd'hui."
        ).format(
            children=format_count(indicators.children_settled),
            schooled=format_count(indicators.children_schooled),
        ),
        translate(
            "Reporting",
            "Taux : contact {contact} ; accompagnement {accompaniment} ; "
            "installation {settlement} ; de l'inscription à l'installation {overall}.",
        ).format(
            contact=format_rate(indicators.contact_rate),
            accompaniment=format_rate(indicators.accompaniment_rate),
            settlement=format_rate(indicators.settlement_rate),
            overall=format_rate(indicators.overall_rate),
        ),
        translate("Reporting", "Délai médian de l'inscription à l'installation : {days}.").format(
            days=translate("Reporting", "{days} jours").format(days=format_decimal(median, 0))
            if median is not None
            else "—"
        ),
        translate(
            "Reporting",
            "Dépenses estimées dans la région : {total} par an "
            "({people} personnes installées × {amount}).",
        ).format(
            total=format_euros(indicators.yearly_spending_eur),
            people=format_count(indicators.settled.people),
            amount=format_euros(indicators.spending_per_person_eur),
        ),
    ]
    if indicators.by_departement:
        lines += [
            "",
            translate(
                "Reporting",
                "Par département (où le foyer s'est installé, sinon son premier souhait) :",
            ),
        ]
        for row in indicators.by_departement:
            name = f"{row.code} – {row.name}" if row.code else unknown_territory_label()
            lines.append(
                "  "
                + translate(
                    "Reporting", "{name} : {registered}, {accompanied}, {settled} ({people})."
                ).format(
                    name=name,
                    registered=counted(
                        row.registered,
                        translate("Reporting", "1 inscrit"),
                        translate("Reporting", "{count} inscrits"),
                    ),
                    accompanied=counted(
                        row.accompanied,
                        translate("Reporting", "1 accompagné"),
                        translate("Reporting", "{count} accompagnés"),
                    ),
                    settled=counted(
                        row.settled,
                        translate("Reporting", "1 foyer installé"),
                        translate("Reporting", "{count} foyers installés"),
                    ),
                    people=_people(row.people_settled),
                )
            )
    return "\n".join(lines)


def _tally_row(row: TallyRow) -> dict[str, Any]:
    return {"code": row.code, "name": row.name, "households": row.households, "people": row.people}


def stand_to_json(tally: StandTally) -> dict[str, Any]:
    """The stand's tally under stable English keys (``code`` ``null``: not known)."""
    return {
        "event_id": str(tally.event_id),
        "event_name": tally.event_name,
        "place": tally.place,
        "starts_on": tally.starts_on.isoformat(),
        "ends_on": tally.ends_on.isoformat(),
        "households": tally.households,
        "people": tally.people,
        "by_departement": [_tally_row(row) for row in tally.by_departement],
        "by_epci": [_tally_row(row) for row in tally.by_epci],
        "by_project": [_tally_row(row) for row in tally.by_project],
    }


def stand_heading(tally: StandTally) -> str:
    """« Salon Vivre en province (Paris, 21/11/2026 – 22/11/2026) »."""
    days = (
        _day(tally.starts_on)
        if tally.starts_on == tally.ends_on
        else f"{_day(tally.starts_on)} – {_day(tally.ends_on)}"
    )
    where = f"{tally.place}, {days}" if tally.place else days
    return f"{tally.event_name} ({where})"


def stand_count(households: int, people: int) -> str:
    """« 180 foyers, 412 personnes », « 1 foyer, 1 personne »."""
    return translate("Reporting", "{households}, {people}").format(
        households=counted(
            households,
            translate("Reporting", "1 foyer"),
            translate("Reporting", "{count} foyers"),
        ),
        people=_people(people),
    )


def _people(count: int) -> str:
    """« 1 personne », « 412 personnes »."""
    return counted(
        count, translate("Reporting", "1 personne"), translate("Reporting", "{count} personnes")
    )


def describe_stand(tally: StandTally) -> str:
    """The tally as French text: the visitors, then by département and by project."""
    lines = [
        translate("Reporting", "Bilan du stand : {event}").format(event=stand_heading(tally)),
        translate("Reporting", "Visiteurs : {count}.").format(
            count=stand_count(tally.households, tally.people)
        ),
        translate("Reporting", "Par département souhaité (premier souhait) :"),
    ]
    for row in tally.by_departement:
        name = f"{row.name} ({row.code})" if row.code else unknown_territory_label()
        lines.append(f"  {name} : {stand_count(row.households, row.people)}")
    lines.append(translate("Reporting", "Par projet (un foyer peut en avoir plusieurs) :"))
    for row in tally.by_project:
        lines.append(f"  {row.name} : {stand_count(row.households, row.people)}")
    return "\n".join(lines)
