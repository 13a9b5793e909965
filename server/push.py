"""Applying a page of outbox changes: one transaction, one answer per change.

Every change is answered (applied, duplicate or rejected) and its id recorded,
so a re-sent page is applied once; a rejected change writes nothing but its
answer and never blocks the ones behind it. Moves of households to another
territory are settled at the end of the page, so the edits pushed with the move
still land where the officer could write them; so are erasures (``server/erasure.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.accounts import Caller
from server.database import SequenceAllocator
from server.erasure import erase_marked
from server.errors import OUT_OF_SCOPE
from server.hlc import is_valid as is_valid_hlc
from server.merge import Change, merge
from server.models import AppliedChange, Officer, OfficerTerritory, Record, Territory
from server.models.records import HOUSEHOLD_SCOPE, SHARED_SCOPE
from server.placement import placement_of_wishes, relocate, stored_targets
from server.records import (
    conflict_row,
    load_records,
    placement_of_record,
    state_of,
    write_record,
)
from server.schema import (
    ACCOUNT_TABLES,
    CATALOGUE_TABLES,
    HOUSEHOLD_TABLES,
    InvalidValueError,
    validate_fields,
)
from server.scope import Scope, officer_scope
from server.territories import NOWHERE, Placement, find_territory, placement_of

APPLIED = "applied"
DUPLICATE = "duplicate"
REJECTED = "rejected"
MAX_BIGINT = 2**63 - 1
"""The largest ``device_seq`` a column holds; a larger one is refused, not a 500."""
HEX32 = re.compile(r"^[0-9a-f]{32}$")
UNKNOWN_HOUSEHOLD = "Foyer inconnu ou hors de votre territoire."


class RejectedError(Exception):
    """A change the server refuses; the message is the French reason sent back."""


@dataclass(frozen=True)
class IncomingChange:
    change_id: str
    device_seq: int
    table: str
    id: str
    fields: dict[str, Any]
    base_version: int
    hlc: str
    deleted: bool


@dataclass(frozen=True)
class ChangeResult:
    change_id: str
    status: str
    reason: str | None = None


class PushPage:
    """One push request being applied inside its write transaction."""

    def __init__(self, session: Session, caller: Caller, changes: list[IncomingChange]) -> None:
        self.session = session
        self.caller = caller
        self.changes = changes
        self.allocator = SequenceAllocator(session)  # first: the lock, before any read
        self.scope: Scope = officer_scope(session, caller.officer_id)
        keys = {(change.table, change.id) for change in changes}
        self.records = load_records(session, keys)
        household_ids = {
            str(change.fields["household_id"])
            for change in changes
            if isinstance(change.fields.get("household_id"), str)
        }
        household_ids |= {
            record.household_id for record in self.records.values() if record.household_id
        }
        self.records.update(load_records(session, {("household", hid) for hid in household_ids}))
        self.territories: list[Territory] = []
        self._load_wished_territories()
        self.touched_households: set[str] = set()
        self.written_households: set[str] = set()
        """Households a change of this page wrote to: checked for erasure at its end."""

    def _load_wished_territories(self) -> None:
        """Read the territories this page's wishes name in one query.

        Held here, they stay in the session's identity map (which keeps only
        weak references), so placing a household and checking a wish find them
        there; one lookup per wish would also flush the pending records before
        each, hundreds of round trips a page.
        """
        codes = {
            str(change.fields["code"])
            for change in self.changes
            if change.table == "household_target" and isinstance(change.fields.get("code"), str)
        }
        codes |= {
            str(record.data["code"])
            for (table, _), record in self.records.items()
            if table == "household_target" and isinstance(record.data.get("code"), str)
        }
        ordered = sorted(codes)
        for start in range(0, len(ordered), 500):
            self.territories += self.session.scalars(
                select(Territory).where(Territory.code.in_(ordered[start : start + 500]))
            ).all()

    def apply(self) -> list[ChangeResult]:
        answered = self._answered()
        results = []
        for change in self.changes:
            known = answered.get(change.change_id)
            if known is not None:
                results.append(known)
                continue
            try:
                self._apply(change)
                result = ChangeResult(change.change_id, APPLIED)
            except RejectedError as error:
                result = ChangeResult(change.change_id, REJECTED, str(error))
            answered[change.change_id] = (
                ChangeResult(change.change_id, DUPLICATE) if result.status == APPLIED else result
            )
            if HEX32.fullmatch(change.change_id):
                self.session.add(
                    AppliedChange(
                        change_id=change.change_id,
                        device_id=self.caller.device_id,
                        device_seq=change.device_seq if 0 <= change.device_seq <= MAX_BIGINT else 0,
                        officer_id=self.caller.officer_id,
                        status=result.status,
                        reason=result.reason,
                    )
                )
            results.append(result)
        targets = stored_targets(self.session, self.touched_households)
        for household_id in sorted(self.touched_households):
            relocate(self.session, self.allocator, household_id, targets.get(household_id, []))
        erase_marked(self.session, self.allocator, self.written_households)
        self.allocator.flush()
        return results

    def _answered(self) -> dict[str, ChangeResult]:
        """Changes answered by an earlier push: applied ones are duplicates now."""
        ids = sorted({change.change_id for change in self.changes})
        answered: dict[str, ChangeResult] = {}
        for start in range(0, len(ids), 500):
            rows = self.session.execute(
                select(AppliedChange.change_id, AppliedChange.status, AppliedChange.reason).where(
                    AppliedChange.change_id.in_(ids[start : start + 500])
                )
            )
            for change_id, status, reason in rows:
                answered[change_id] = (
                    ChangeResult(change_id, DUPLICATE)
                    if status == APPLIED
                    else ChangeResult(change_id, status, reason)
                )
        return answered

    def _apply(self, change: IncomingChange) -> None:
        _check_envelope(change)
        if change.table in ACCOUNT_TABLES:
            raise RejectedError(
                f"La table « {change.table} » est tenue par le serveur régional seul."
            )
        if change.table not in HOUSEHOLD_TABLES | CATALOGUE_TABLES:
            raise RejectedError(f"Table inconnue : « {change.table} ».")
        record = self.records.get((change.table, change.id))
        try:
            validate_fields(change.table, change.fields, creating=record is None)
        except InvalidValueError as error:
            raise RejectedError(f"Valeur refusée : {error}.") from None
        if change.table == "household_target":
            self._check_wish(change)
        if change.table in CATALOGUE_TABLES:
            self._write(change, record, SHARED_SCOPE, NOWHERE, None)
            return
        household_id, placement = self._household_placement(change, record)
        self._write(change, record, HOUSEHOLD_SCOPE, placement, household_id)
        self.written_households.add(household_id)
        if change.table in {"household", "household_target"}:
            self.touched_households.add(household_id)

    def _household_placement(
        self, change: IncomingChange, record: Record | None
    ) -> tuple[str, Placement]:
        """The household a change belongs to and its territory, checked against the scope."""
        if record is not None and not self.scope.contains(placement_of_record(record)):
            raise RejectedError(OUT_OF_SCOPE)
        if change.table == "household":
            if record is not None:
                return change.id, placement_of_record(record)
            placement = self._new_household_placement(change.id)
            if not self.scope.contains(placement):
                raise RejectedError(OUT_OF_SCOPE)
            return change.id, placement
        household_id = change.fields.get("household_id") or (record and record.household_id)
        household = self.records.get(("household", str(household_id)))
        if household is None:
            household = self.session.get(Record, ("household", str(household_id)))
        if household is None:
            raise RejectedError(UNKNOWN_HOUSEHOLD)
        placement = placement_of_record(household)
        if not self.scope.contains(placement):
            raise RejectedError(UNKNOWN_HOUSEHOLD)
        return household.id, placement

    def _new_household_placement(self, household_id: str) -> Placement:
        """A new household goes where the wishes pushed with it say, else the officer's home."""
        wishes = [
            {**change.fields, "id": change.id, "deleted": change.deleted}
            for change in self.changes
            if change.table == "household_target"
            and change.fields.get("household_id") == household_id
        ]
        placement = placement_of_wishes(self.session, wishes)
        if placement is not None:
            return placement
        return self._home_placement()

    def _home_placement(self) -> Placement:
        """The officer's first territory: where a household with no wish yet is kept."""
        row = self.session.execute(
            select(OfficerTerritory.kind, OfficerTerritory.code)
            .join(Officer, Officer.id == OfficerTerritory.officer_id)
            .where(Officer.id == self.caller.officer_id)
            .order_by(OfficerTerritory.kind, OfficerTerritory.code)
        ).first()
        if row is None:
            return NOWHERE
        return placement_of(self.session, row.kind, row.code) or NOWHERE

    def _check_wish(self, change: IncomingChange) -> None:
        record = self.records.get((change.table, change.id))
        current = record.data if record is not None else {}
        kind = change.fields.get("kind", current.get("kind"))
        code = change.fields.get("code", current.get("code"))
        if find_territory(self.session, str(kind), str(code)) is None:
            raise RejectedError(f"Territoire inconnu : « {code} » ({kind}).")

    def _write(
        self,
        change: IncomingChange,
        record: Record | None,
        scope: str,
        placement: Placement,
        household_id: str | None,
    ) -> None:
        result = merge(
            state_of(record),
            Change(
                change.fields,
                change.hlc,
                change.base_version,
                change.deleted,
                self.caller.device_id,
                self.caller.officer_id,
            ),
        )
        stored = write_record(
            self.session,
            record,
            table=change.table,
            record_id=change.id,
            state=result.state,
            seq=self.allocator.next(),
            scope=scope,
            placement=placement,
            household_id=household_id,
        )
        self.records[(change.table, change.id)] = stored
        for lost in result.conflicts:
            self.session.add(conflict_row(stored, lost, self.allocator.next()))


def _check_envelope(change: IncomingChange) -> None:
    if not HEX32.fullmatch(change.change_id):
        raise RejectedError(
            "Identifiant de modification invalide (32 chiffres hexadécimaux attendus)."
        )
    if not HEX32.fullmatch(change.id):
        raise RejectedError(
            "Identifiant d'enregistrement invalide (32 chiffres hexadécimaux attendus)."
        )
    if not is_valid_hlc(change.hlc):
        raise RejectedError("Horloge de la modification invalide.")
    if not 0 <= change.base_version <= MAX_BIGINT or not 1 <= change.device_seq <= MAX_BIGINT:
        raise RejectedError("Numéro de version ou de séquence invalide.")


def push(session: Session, caller: Caller, changes: list[IncomingChange]) -> list[ChangeResult]:
    """Apply one page of changes in the caller's transaction."""
    return PushPage(session, caller, changes).apply()
