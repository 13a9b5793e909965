"""What the regional coordinator sees: households counted by département and status.

Counted in SQL over the record store, so no household's data ever leaves the
database for this: only codes, names of départements and numbers. Tombstones
and the traces a merge leaves behind are not households any more.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from server.models import Record, Territory
from server.models.records import HOUSEHOLD_SCOPE
from server.models.territory import DEPARTEMENT

UNPLACED = "hors-region"
"""The row of households whose wished commune is outside the region's reference."""


def region_counts(session: Session) -> dict[str, Any]:
    """``{"total": n, "by_status": {...}, "territories": [{code, name, total, by_status}]}``.

    Only the départements that hold households are listed, in code order.
    """
    status = func.coalesce(Record.data["status"].as_string(), "inconnu")
    merged_into = func.coalesce(Record.data["merged_into_id"].as_string(), "")
    rows = session.execute(
        select(Record.departement_code, status, func.count())
        .where(
            and_(
                Record.table_name == "household",
                Record.scope == HOUSEHOLD_SCOPE,
                Record.deleted.is_(False),
                merged_into == "",
            )
        )
        .group_by(Record.departement_code, status)
    ).all()
    names = dict(
        session.execute(
            select(Territory.code, Territory.name).where(Territory.kind == DEPARTEMENT)
        ).all()
    )
    territories: dict[str, dict[str, Any]] = {}
    by_status: dict[str, int] = {}
    total = 0
    for code, household_status, count in rows:
        key = code or UNPLACED
        entry = territories.setdefault(
            key, {"code": key, "name": names.get(key, "Hors région"), "total": 0, "by_status": {}}
        )
        entry["by_status"][household_status] = entry["by_status"].get(household_status, 0) + count
        entry["total"] += count
        by_status[household_status] = by_status.get(household_status, 0) + count
        total += count
    return {
        "total": total,
        "by_status": by_status,
        "territories": [territories[code] for code in sorted(territories)],
    }
