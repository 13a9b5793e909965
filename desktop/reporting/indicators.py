"""The programme's figures, computed by SQLite: who registered, was followed, settled.

What each figure counts (live households only: merged-away or erased ones are gone):

- **registered**: households whose registration date falls in the period; the
  period (``registered_from``/``registered_to``, the officer's local days, both
  included) selects this *cohort*, and every other figure follows the same
  households wherever they are now. A household registered in 2026 that settled
  in 2027 counts as settled in the 2026 review.
- **contacted**, **accompanied**: households that *ever reached* that step of the
  pipeline (``nouveau → contacté → accompagné → installé``): their status is that
  step or a later one, or their status history went through it. A case paused or
  abandoned after being accompanied still counts as accompanied; so the funnel
  never widens (settled ⊂ accompanied ⊂ contacted ⊂ registered).
- **settled**, **abandoned**: households whose status *is* settled or abandoned
  now: a settlement recorded by mistake and undone, or an abandoned case reopened,
  no longer counts.
- **people**: the household's members as recorded, except for settled households,
  whose people are the settlement's adults and children (what the programme
  counts); **children schooled** comes from the settlement too.
- **median days to settle**: from the registration day to the moving day, over
  the settled households.
- **yearly spending**: people settled × :data:`DEFAULT_SPENDING_PER_PERSON_EUR`
  (or the amount given): the programme's own estimate, 5.7 M€ for 375 people.

A household's **territory** is where it settled, if it did, otherwise its first
wish (``household_summary``'s first target). Each household thus belongs to one
département and one EPCI at most, so the rows of the breakdown add up to the
totals, and the département filter keeps exactly that breakdown's row. (The
case list's département filter matches *any* wish, which suits finding cases
but would count a household hesitating between Dole and Besançon twice.)
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, text

from desktop.cases.listing import CaseFilter
from desktop.dates import local_day_start_utc
from desktop.models import Source, Status

DEFAULT_SPENDING_PER_PERSON_EUR = 15_200
"""What one settled person spends in the region each year: the programme's 5.7 M€ / 375 people."""


@dataclass(frozen=True)
class IndicatorFilter:
    """Which households the figures are about; every criterion combines with the others."""

    registered_from: date | None = None
    registered_to: date | None = None
    departement: str | None = None
    epci: str | None = None
    officer_id: uuid.UUID | None = None
    source: Source | None = None
    event_id: uuid.UUID | None = None

    @classmethod
    def from_case_filter(
        cls,
        case_filter: CaseFilter,
        *,
        registered_from: date | None = None,
        registered_to: date | None = None,
    ) -> IndicatorFilter:
        """The list's territory, officer, source and event criteria, with a period.

        The list's search, statuses, needs and overdue criteria select cases to
        work on, not a population to count, and are left out.
        """
        return cls(
            registered_from=registered_from,
            registered_to=registered_to,
            departement=case_filter.departement,
            epci=case_filter.epci,
            officer_id=case_filter.officer_id,
            source=case_filter.source,
            event_id=case_filter.event_id,
        )


@dataclass(frozen=True)
class Step:
    """How many households, and how many people in them, reached one step."""

    households: int = 0
    people: int = 0


@dataclass(frozen=True)
class TerritoryFigures:
    """One row of the breakdown by territory; ``code`` is ``None`` for "no territory known"."""

    code: str | None
    name: str
    registered: int
    contacted: int
    accompanied: int
    settled: int
    people_settled: int
    children_schooled: int
    yearly_spending_eur: int


@dataclass(frozen=True)
class MonthFigures:
    """Settlements whose moving day falls in one month (``month`` is its first day)."""

    month: date
    households: int
    people: int


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Indicators:
    """The figures of one :class:`IndicatorFilter`; see the module for what each counts."""

    filter: IndicatorFilter
    registered: Step
    contacted: Step
    accompanied: Step
    settled: Step
    abandoned: Step
    adults_settled: int
    children_settled: int
    children_schooled: int
    median_days_to_settle: float | None
    spending_per_person_eur: int
    yearly_spending_eur: int
    by_departement: tuple[TerritoryFigures, ...] = field(default=())
    by_epci: tuple[TerritoryFigures, ...] = field(default=())
    settlements_by_month: tuple[MonthFigures, ...] = field(default=())

    @property
    def contact_rate(self) -> float | None:
        """Share of the registered households that were contacted."""
        return _rate(self.contacted.households, self.registered.households)

    @property
    def accompaniment_rate(self) -> float | None:
        """Share of the contacted households that were accompanied."""
        return _rate(self.accompanied.households, self.contacted.households)

    @property
    def settlement_rate(self) -> float | None:
        """Share of the accompanied households that settled."""
        return _rate(self.settled.households, self.accompanied.households)

    @property
    def overall_rate(self) -> float | None:
        """Share of the registered households that settled."""
        return _rate(self.settled.households, self.registered.households)


@dataclass(frozen=True)
class _Scope:
    """The filter as SQL conditions on the case summary ``s``.

    ``cases`` is for the scan of the summary; it may also keep to the wished
    territory (first wish), since a household settled elsewhere is moved by
    the settlements query, which must see every settlement (``settled``).
    """

    cases: list[str]
    settled: list[str]
    params: dict[str, Any]


def _scope(flt: IndicatorFilter) -> _Scope:
    common: list[str] = []
    params: dict[str, Any] = {}
    if flt.registered_from:
        common.append("s.registered_at >= :registered_from")
        params["registered_from"] = _stored(local_day_start_utc(flt.registered_from))
    if flt.registered_to:
        common.append("s.registered_at < :registered_until")
        params["registered_until"] = _stored(
            local_day_start_utc(flt.registered_to + timedelta(days=1))
        )
    if flt.officer_id:
        common.append("s.officer_id = :officer")
        params["officer"] = flt.officer_id.hex
    if flt.source:
        common.append("s.source = :source")
        params["source"] = flt.source.value
    if flt.event_id:
        common.append("s.event_id = :event")
        params["event"] = flt.event_id.hex
    cases = list(common)
    if flt.departement:
        cases.append("s.target_departement = :wished_departement")
        params["wished_departement"] = flt.departement
    if flt.epci:
        cases.append("s.target_epci = :wished_epci")
        params["wished_epci"] = flt.epci
    return _Scope(cases, common, params)


def first_wish_where(flt: IndicatorFilter) -> tuple[str, dict[str, Any]]:
    """The filter as a ``WHERE`` clause on the case summary ``s``, territory read as first wish.

    For counts that follow the households' wishes rather than where they
    settled (the stand's tally); empty when nothing is filtered.
    """
    scope = _scope(flt)
    return _where(scope.cases), scope.params


def _where(clauses: list[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


def _stored(moment: datetime) -> str:
    """A UTC instant as the ``UtcDateTime`` columns store it (naive, microseconds)."""
    return moment.replace(tzinfo=None).isoformat(" ", "microseconds")


@dataclass
class _Tally:
    """The counters of one (département, EPCI) group, summed into coarser groups in Python."""

    registered: int = 0
    people: int = 0
    contacted: int = 0
    people_contacted: int = 0
    accompanied: int = 0
    people_accompanied: int = 0
    settled: int = 0
    adults: int = 0
    children: int = 0
    schooled: int = 0
    abandoned: int = 0
    people_abandoned: int = 0

    def add(self, other: _Tally, sign: int = 1) -> None:
        for name in (counter.name for counter in fields(self)):
            setattr(self, name, getattr(self, name) + sign * getattr(other, name))

    @property
    def people_settled(self) -> int:
        return self.adults + self.children


Territory = tuple[str | None, str | None]
"""(département code, EPCI SIREN) a household is counted in."""


def compute_indicators(
    connection: Connection,
    flt: IndicatorFilter | None = None,
    *,
    spending_per_person_eur: int = DEFAULT_SPENDING_PER_PERSON_EUR,
) -> Indicators:
    """Every figure of ``flt``, its breakdown by territory and its settlements by month.

    A few aggregate queries: the cases by first wish, status and furthest
    step (one read of the summary's indicators index), the settlements with
    their commune, the median, the months; the few hundred groups they return
    are combined here.
    """
    flt = flt or IndicatorFilter()
    scope = _scope(flt)
    params = scope.params
    groups: dict[Territory, _Tally] = defaultdict(_Tally)
    _count_cases(connection, _where(scope.cases), params, groups)
    _count_settlements(connection, _where([*scope.settled, *_SETTLED]), params, groups)
    settled_where = _where([*scope.settled, *_SETTLED, *_settled_territory(flt, params)])
    kept = {
        territory: tally
        for territory, tally in groups.items()
        if (flt.departement is None or territory[0] == flt.departement)
        and (flt.epci is None or territory[1] == flt.epci)
    }
    total = _Tally()
    for tally in kept.values():
        total.add(tally)
    return Indicators(
        filter=flt,
        registered=Step(total.registered, total.people),
        contacted=Step(total.contacted, total.people_contacted),
        accompanied=Step(total.accompanied, total.people_accompanied),
        settled=Step(total.settled, total.people_settled),
        abandoned=Step(total.abandoned, total.people_abandoned),
        adults_settled=total.adults,
        children_settled=total.children,
        children_schooled=total.schooled,
        median_days_to_settle=_median_days(connection, settled_where, params),
        spending_per_person_eur=spending_per_person_eur,
        yearly_spending_eur=total.people_settled * spending_per_person_eur,
        by_departement=_breakdown(
            connection, kept, key=0, spending_per_person_eur=spending_per_person_eur
        ),
        by_epci=_breakdown(
            connection, kept, key=1, spending_per_person_eur=spending_per_person_eur
        ),
        settlements_by_month=_months(connection, settled_where, params),
    )


def _count_cases(
    connection: Connection,
    where: str,
    params: dict[str, Any],
    groups: dict[Territory, _Tally],
) -> None:
    """Households and people by first wish, status and the furthest step they ever reached.

    The summary's indicators index holds every column read here (but the
    officer, origin and event, which their own indexes narrow), in the order
    grouped by: SQLite reads it once, without sorting.
    """
    rows = connection.execute(
        text(
            "SELECT s.target_departement, s.target_epci, s.status, s.reached_rank, count(*), "
            f"sum(s.member_count) FROM household_summary s{where} "
            "GROUP BY s.target_departement, s.target_epci, s.status, s.reached_rank"
        ),
        params,
    )
    for departement, epci, status, reached, households, people in rows:
        tally = groups[(departement, epci)]
        tally.registered += households
        tally.people += people
        if reached >= _CONTACTED_STEP:
            tally.contacted += households
            tally.people_contacted += people
        if reached >= _ACCOMPANIED_STEP:
            tally.accompanied += households
            tally.people_accompanied += people
        if status == Status.ABANDONED.value:
            tally.abandoned += households
            tally.people_abandoned += people


_CONTACTED_STEP = 1
_ACCOMPANIED_STEP = 2
"""``household_summary.reached_rank``: see :func:`desktop.cases.derived.reached_rank`."""


def _settled_territory(flt: IndicatorFilter, params: dict[str, Any]) -> list[str]:
    """Conditions keeping the settlements in the filter's territory (where they settled)."""
    clauses = []
    if flt.departement:
        clauses.append("sc.departement_code = :departement")
        params["departement"] = flt.departement
    if flt.epci:
        clauses.append("sc.epci_siren = :epci")
        params["epci"] = flt.epci
    return clauses


_SETTLED = (f"s.status = '{Status.SETTLED.value}'", "st.deleted = 0")
_SETTLED_FROM = (
    "settlement st CROSS JOIN household_summary s ON s.household_id = st.household_id "
    "CROSS JOIN commune sc ON sc.code = st.commune_code"
)
"""The settlements with their household's summary and the commune, settlements first.

``CROSS JOIN`` fixes that order: left to itself, SQLite starts from the
households of the period and looks each one's settlement up, 30 times more work.
"""


def _count_settlements(
    connection: Connection,
    where: str,
    params: dict[str, Any],
    groups: dict[Territory, _Tally],
) -> None:
    """Count each settled household where it settled instead of where it first wished to."""
    rows = connection.execute(
        text(
            "SELECT s.target_departement, s.target_epci, sc.departement_code, sc.epci_siren, "
            "count(*), sum(s.member_count), sum(st.adults), sum(st.children), "
            f"sum(st.children_schooled) FROM {_SETTLED_FROM}{where} GROUP BY 1, 2, 3, 4"
        ),
        params,
    )
    for wished_dep, wished_epci, dep, epci, households, members, adults, children, schooled in rows:
        moved = _Tally(
            registered=households,
            people=members,
            contacted=households,
            people_contacted=members,
            accompanied=households,
            people_accompanied=members,
        )
        groups[(wished_dep, wished_epci)].add(moved, sign=-1)
        tally = groups[(dep, epci)]
        tally.add(moved)
        tally.settled += households
        tally.adults += adults
        tally.children += children
        tally.schooled += schooled


def _median_days(connection: Connection, where: str, params: dict[str, Any]) -> float | None:
    """The median of (moving day − local registration day), in SQL: the middle one or two rows."""
    days = (
        "SELECT julianday(st.moved_on) - julianday(date(s.registered_at, 'localtime')) AS days "
        f"FROM {_SETTLED_FROM}{where}"
    )
    value = connection.execute(
        text(
            f"WITH d AS ({days}), n AS (SELECT count(*) AS n FROM d) "
            "SELECT avg(days) FROM (SELECT days FROM d ORDER BY days "
            "LIMIT 2 - (SELECT n FROM n) % 2 OFFSET ((SELECT n FROM n) - 1) / 2)"
        ),
        params,
    ).scalar()
    return None if value is None else float(value)


def _months(connection: Connection, where: str, params: dict[str, Any]) -> tuple[MonthFigures, ...]:
    rows = connection.execute(
        text(
            "SELECT substr(st.moved_on, 1, 7), count(*), sum(st.adults + st.children) "
            f"FROM {_SETTLED_FROM}{where} GROUP BY 1 ORDER BY 1"
        ),
        params,
    )
    return tuple(
        MonthFigures(date.fromisoformat(f"{month}-01"), int(households), int(people))
        for month, households, people in rows
    )


def _breakdown(
    connection: Connection,
    groups: dict[Territory, _Tally],
    *,
    key: int,
    spending_per_person_eur: int,
) -> tuple[TerritoryFigures, ...]:
    """Rows by département (``key`` 0) or EPCI (1), most registrations first, unknown last."""
    tallies: dict[str | None, _Tally] = defaultdict(_Tally)
    for codes, tally in groups.items():
        tallies[codes[key]].add(tally)
    names = _territory_names(connection, [code for code in tallies if code], key=key)
    rows = [
        TerritoryFigures(
            code=code,
            name=names.get(code, code) if code else "",
            registered=tally.registered,
            contacted=tally.contacted,
            accompanied=tally.accompanied,
            settled=tally.settled,
            people_settled=tally.people_settled,
            children_schooled=tally.schooled,
            yearly_spending_eur=tally.people_settled * spending_per_person_eur,
        )
        for code, tally in tallies.items()
    ]
    return tuple(sorted(rows, key=lambda row: (row.code is None, -row.registered, row.name)))


def _territory_names(connection: Connection, codes: list[str], *, key: int) -> dict[str, str]:
    if not codes:
        return {}
    table, column = ("departement", "code") if key == 0 else ("epci", "siren")
    params = {f"code{index}": code for index, code in enumerate(codes)}
    placeholders = ", ".join(f":{name}" for name in params)
    rows = connection.execute(
        text(f"SELECT {column}, name FROM {table} WHERE {column} IN ({placeholders})"), params
    )
    return {str(code): str(name) for code, name in rows}
