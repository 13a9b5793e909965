"""Which status a case may move to, and the record each move leaves.

The main path is ``nouveau → contacté → accompagné → installé``. Any open case
can be paused or abandoned (with a reason); a paused or abandoned case can be
reopened; a settlement recorded by mistake can be undone, with a reason.
Every move is dated and kept as a :class:`~desktop.models.StatusChange`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import UserFacingError, ValidationError
from desktop.i18n import translate
from desktop.models import Household, Officer, Settlement, Status, StatusChange, utcnow
from desktop.validation import check_commune

PIPELINE = [Status.NEW, Status.CONTACTED, Status.ACCOMPANIED, Status.SETTLED]
"""The main path, in order; a case off it (paused, abandoned) keeps its place on it."""

ORDER = [*PIPELINE, Status.PAUSED, Status.ABANDONED]
"""Every status, in the order the officer reads them (menus, lists of allowed moves)."""

OPEN = frozenset({Status.NEW, Status.CONTACTED, Status.ACCOMPANIED})

ALLOWED: dict[Status, frozenset[Status]] = {
    Status.NEW: frozenset({Status.CONTACTED, Status.PAUSED, Status.ABANDONED}),
    Status.CONTACTED: frozenset({Status.ACCOMPANIED, Status.PAUSED, Status.ABANDONED}),
    Status.ACCOMPANIED: frozenset({Status.SETTLED, Status.PAUSED, Status.ABANDONED}),
    Status.PAUSED: OPEN | {Status.ABANDONED},
    Status.ABANDONED: OPEN,
    Status.SETTLED: frozenset({Status.ACCOMPANIED}),
}


def reason_required(current: Status, target: Status) -> bool:
    """Pausing, abandoning and undoing a settlement must say why."""
    return target in {Status.PAUSED, Status.ABANDONED} or current is Status.SETTLED


def status_label(status: Status) -> str:
    labels = {
        Status.NEW: translate("Workflow", "Nouveau"),
        Status.CONTACTED: translate("Workflow", "Contacté"),
        Status.ACCOMPANIED: translate("Workflow", "Accompagné"),
        Status.SETTLED: translate("Workflow", "Installé"),
        Status.PAUSED: translate("Workflow", "En pause"),
        Status.ABANDONED: translate("Workflow", "Abandonné"),
    }
    return labels[status]


class TransitionError(UserFacingError):
    """A status change the workflow does not allow; nothing was written."""


@dataclass(frozen=True)
class SettlementFacts:
    """What the officer records when a household settles: what the figures count."""

    moved_on: date
    commune_code: str
    adults: int
    children: int
    children_schooled: int

    def problems(self, today: date) -> list[ValidationError]:
        problems = []
        if self.adults < 1:
            problems.append(
                ValidationError(
                    "adults",
                    translate("Workflow", "Adultes : au moins un adulte s'installe."),
                )
            )
        if self.children < 0:
            problems.append(
                ValidationError(
                    "children", translate("Workflow", "Enfants : le nombre ne peut être négatif.")
                )
            )
        if not 0 <= self.children_schooled <= max(self.children, 0):
            problems.append(
                ValidationError(
                    "children_schooled",
                    translate(
                        "Workflow",
                        "Enfants scolarisés : entre 0 et le nombre d'enfants ({children}).",
                    ).format(children=self.children),
                )
            )
        if self.moved_on > today:
            problems.append(
                ValidationError(
                    "moved_on",
                    translate(
                        "Workflow",
                        "Date d'installation : {day} est dans le futur ; "
                        "enregistrez l'installation une fois le déménagement fait.",
                    ).format(day=self.moved_on.strftime("%d/%m/%Y")),
                )
            )
        return problems


def change_status(
    session: Session,
    household: Household,
    target: Status,
    *,
    reason: str | None = None,
    officer_id: uuid.UUID | None = None,
    settlement: SettlementFacts | None = None,
    at: datetime | None = None,
    today: date | None = None,
) -> StatusChange:
    """Move ``household`` to ``target`` inside the caller's transaction.

    Everything is checked before anything is changed, so a refused move leaves
    the household and the session as they were.

    Args:
        at: the moment of the change (now by default), as stored.
        today: the officer's date, which a settlement may not be after; the
            local date by default, not the UTC one, so a settlement recorded
            late in the evening (or on a workspace's fixed day) is not refused.

    Raises:
        TransitionError: the move is not allowed, or lacks its reason or settlement.
    """
    current = household.status
    if target not in ALLOWED[current]:
        raise TransitionError(
            translate(
                "Workflow",
                "Statut : impossible de passer de « {current} » à « {target} ». "
                "Depuis « {current} », le dossier peut passer à : {allowed}.",
            ).format(
                current=status_label(current),
                target=status_label(target),
                allowed=", ".join(
                    f"« {status_label(status)} »"
                    for status in sorted(ALLOWED[current], key=ORDER.index)
                ),
            )
        )
    reason = (reason or "").strip() or None
    if reason_required(current, target) and reason is None:
        raise TransitionError(
            translate(
                "Workflow", "Motif : indiquez pourquoi le dossier passe à « {target} »."
            ).format(target=status_label(target))
        )
    moment = at or utcnow()
    if target is Status.SETTLED:
        if settlement is None:
            raise TransitionError(
                translate(
                    "Workflow",
                    "Installation : pour passer à « Installé », renseignez la date, la commune, "
                    "le nombre d'adultes et d'enfants.",
                )
            )
        problems = settlement.problems(today or date.today())
        try:
            check_commune(
                session,
                settlement.commune_code,
                label=translate("Workflow", "Commune d'installation"),
            )
        except ValidationError as error:
            problems.append(error)
        if problems:
            raise TransitionError("\n".join(problem.message for problem in problems))
        _record_settlement(session, household, settlement)
    elif current is Status.SETTLED:
        _cancel_settlement(session, household)
    change = StatusChange(
        household_id=household.id,
        from_status=current,
        to_status=target,
        changed_at=moment,
        reason=reason,
        officer_id=officer_id,
    )
    household.status = target
    session.add(change)
    return change


def _record_settlement(session: Session, household: Household, facts: SettlementFacts) -> None:
    existing = _settlement_of(session, household)
    settlement = existing or Settlement(household_id=household.id)
    settlement.moved_on = facts.moved_on
    settlement.commune_code = facts.commune_code
    settlement.adults = facts.adults
    settlement.children = facts.children
    settlement.children_schooled = facts.children_schooled
    settlement.deleted = False
    session.add(settlement)


def _cancel_settlement(session: Session, household: Household) -> None:
    existing = _settlement_of(session, household)
    if existing is not None:
        existing.deleted = True


def _settlement_of(session: Session, household: Household) -> Settlement | None:
    return session.scalar(select(Settlement).where(Settlement.household_id == household.id))


@dataclass(frozen=True)
class HistoryEntry:
    """One status change as the case's history shows it."""

    changed_at: datetime
    from_status: Status | None
    to_status: Status
    reason: str | None
    officer: str | None
    """The name of the officer who made the change, if known."""


def status_history(session: Session, household_id: uuid.UUID) -> list[HistoryEntry]:
    """The household's status changes, newest first, with the officer's name."""
    rows = session.execute(
        select(StatusChange, Officer.name)
        .outerjoin(Officer, Officer.id == StatusChange.officer_id)
        .where(StatusChange.household_id == household_id, StatusChange.deleted.is_(False))
        .order_by(StatusChange.changed_at.desc())
    )
    return [
        HistoryEntry(
            changed_at=change.changed_at,
            from_status=change.from_status,
            to_status=change.to_status,
            reason=change.reason,
            officer=officer,
        )
        for change, officer in rows
    ]


def pipeline_position(status: Status, history: list[HistoryEntry]) -> Status:
    """The pipeline step a case is at; a paused or abandoned one keeps its last step."""
    if status in PIPELINE:
        return status
    for entry in history:
        if entry.to_status in PIPELINE:
            return entry.to_status
    return Status.NEW
