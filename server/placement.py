"""Where a household lives for scoping, and moving it when its first wish changes.

A household's territory is that of its first wished commune (lowest rank, not
deleted) or, with no commune wished, of its first wish; every record of the
household carries the same codes. When that wish changes territory, every record
of the household moves (new codes, new seq, so the officers of the new territory
pull them) and a purge notice tells the officers of the old one to drop their
copy.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.sync.placement import first_wish
from server.database import SequenceAllocator
from server.models import Conflict, PurgeNotice, Record
from server.records import move_record, placement_of_record
from server.territories import Placement, placement_of


def placement_of_wishes(session: Session, targets: list[dict[str, Any]]) -> Placement | None:
    wish = first_wish(targets)
    if wish is None:
        return None
    return placement_of(session, str(wish.get("kind")), str(wish.get("code")))


def stored_targets(
    session: Session, household_ids: Iterable[str]
) -> dict[str, list[dict[str, Any]]]:
    """The stored wishes of each household, tombstones included, read in one query a 500."""
    ordered = sorted(set(household_ids))
    targets: dict[str, list[dict[str, Any]]] = {}
    for start in range(0, len(ordered), 500):
        rows = session.scalars(
            select(Record).where(
                Record.household_id.in_(ordered[start : start + 500]),
                Record.table_name == "household_target",
            )
        )
        for row in rows:
            targets.setdefault(str(row.household_id), []).append(
                {**row.data, "id": row.id, "deleted": row.deleted}
            )
    return targets


def relocate(
    session: Session,
    allocator: SequenceAllocator,
    household_id: str,
    targets: list[dict[str, Any]],
) -> bool:
    """Move a household to the territory of its first wish, if that changed.

    ``targets`` are its stored wishes (:func:`stored_targets`), read for a whole
    page at once.

    Returns:
        Whether it moved.
    """
    household = session.get(Record, ("household", household_id))
    if household is None:
        return False
    placement = placement_of_wishes(session, targets)
    old = placement_of_record(household)
    if placement is None or placement == old:
        return False
    moved: list[str] = []
    for record in session.scalars(select(Record).where(Record.household_id == household_id)):
        move_record(record, placement, allocator.next())
        moved.append(record.id)
    for start in range(0, len(moved), 500):
        for conflict in session.scalars(
            select(Conflict).where(Conflict.record_id.in_(moved[start : start + 500]))
        ):
            move_record(conflict, placement, allocator.next())
    if not old.is_empty:
        session.add(
            PurgeNotice(
                seq=allocator.next(),
                household_id=household_id,
                departement_code=old.departement_code,
                epci_siren=old.epci_siren,
                commune_code=old.commune_code,
            )
        )
    return True
