"""Finding households already known, and merging two records of the same family.

A household is a likely duplicate when a member shares an email or a phone
number, or when a member's name is close (``rapidfuzz``) to one of a household
from the same commune. Merging keeps everything of both: members (the same
person twice becomes one), needs, exchanges, follow-ups, referrals, print records, targets
and history; the merged-away household becomes a tombstone pointing to the one kept.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.cases.households import HouseholdInput
from desktop.errors import UserFacingError, ValidationError
from desktop.i18n import translate
from desktop.models import (
    Channel,
    DocumentPrint,
    FollowUp,
    Household,
    HouseholdTarget,
    Interaction,
    Need,
    NeedState,
    Person,
    Referral,
    Settlement,
    StatusChange,
)
from desktop.validation import normalize_email, normalize_phone

NAME_SIMILARITY = 88
_NEED_PROGRESS = [NeedState.DROPPED, NeedState.OPEN, NeedState.IN_PROGRESS, NeedState.MET]
_FILLABLE = (
    "origin_commune_code",
    "origin_city",
    "maturity",
    "housing_tenure",
    "housing_type",
    "housing_budget_eur",
    "housing_notes",
    "target_date",
    "officer_id",
    "event_id",
)


@dataclass(frozen=True)
class DuplicateCandidate:
    household_id: uuid.UUID
    name: str
    reasons: tuple[str, ...]
    score: int


def comparable_name(first_name: str, last_name: str) -> str:
    """Lower case, no accents, no punctuation: how names are compared."""
    text = unicodedata.normalize("NFKD", f"{first_name} {last_name}")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def find_duplicates(
    session: Session,
    *,
    emails: Iterable[str] = (),
    phones: Iterable[str] = (),
    names: Iterable[tuple[str, str]] = (),
    origin_commune_code: str | None = None,
    exclude: uuid.UUID | None = None,
) -> list[DuplicateCandidate]:
    """Households that may be the same family, most certain first.

    ``emails`` and ``phones`` are normalised values (as stored); ``names`` are
    (first, last) pairs compared with the members of households from
    ``origin_commune_code``.
    """
    reasons: dict[uuid.UUID, list[str]] = {}
    scores: dict[uuid.UUID, int] = {}

    def note(household_id: uuid.UUID, reason: str, score: int) -> None:
        if household_id == exclude:
            return
        reasons.setdefault(household_id, []).append(reason)
        scores[household_id] = max(scores.get(household_id, 0), score)

    live = (Person.deleted.is_(False), Household.deleted.is_(False))
    emails, phones = {e for e in emails if e}, {p for p in phones if p}
    if emails or phones:
        rows = session.execute(
            select(Person.household_id, Person.email, Person.phone)
            .join(Household, Household.id == Person.household_id)
            .where(*live, Person.email.in_(emails) | Person.phone.in_(phones))
        )
        for household_id, email, phone in rows:
            if email in emails:
                note(
                    household_id,
                    translate("Duplicates", "même e-mail ({value})").format(value=email),
                    100,
                )
            if phone in phones:
                note(
                    household_id,
                    translate("Duplicates", "même téléphone ({value})").format(value=phone),
                    100,
                )
    wanted = [comparable_name(first, last) for first, last in names]
    wanted = [name for name in wanted if name]
    if wanted and origin_commune_code:
        rows = session.execute(
            select(Person.household_id, Person.first_name, Person.last_name)
            .join(Household, Household.id == Person.household_id)
            .where(*live, Household.origin_commune_code == origin_commune_code)
        )
        for household_id, first, last in rows:
            known = comparable_name(first, last)
            best = max(fuzz.token_sort_ratio(name, known) for name in wanted)
            if best >= NAME_SIMILARITY:
                note(
                    household_id,
                    translate("Duplicates", "nom proche ({name}), même commune").format(
                        name=f"{first} {last}".strip()
                    ),
                    int(best) - 10,
                )
    if not reasons:
        return []
    households = {
        household.id: household.name
        for household in session.scalars(select(Household).where(Household.id.in_(reasons)))
    }
    candidates = [
        DuplicateCandidate(
            household_id, households[household_id], tuple(dict.fromkeys(why)), scores[household_id]
        )
        for household_id, why in reasons.items()
    ]
    return sorted(candidates, key=lambda c: (-c.score, c.name))


def duplicates_of_input(
    session: Session, data: HouseholdInput, *, exclude: uuid.UUID | None = None
) -> list[DuplicateCandidate]:
    """Likely duplicates of a form being typed; values that do not validate are just skipped."""
    emails, phones = set(), set()
    for member in data.members:
        for raw, normalise, found in (
            (member.email, normalize_email, emails),
            (member.phone, normalize_phone, phones),
        ):
            if raw.strip():
                try:
                    found.add(normalise(raw))
                except ValidationError:
                    continue
    return find_duplicates(
        session,
        emails=emails,
        phones=phones,
        names=[(member.first_name, member.last_name) for member in data.members],
        origin_commune_code=data.origin_commune_code.strip() or None,
        exclude=exclude,
    )


def merge_households(
    session: Session,
    keep_id: uuid.UUID,
    merged_id: uuid.UUID,
    *,
    officer_id: uuid.UUID | None = None,
    today: date,
) -> Household:
    """Fold ``merged_id`` into ``keep_id`` inside the caller's transaction.

    Raises:
        UserFacingError: the two are the same household, or one is already gone.
    """
    if keep_id == merged_id:
        raise UserFacingError(
            translate("Duplicates", "Fusion : choisissez deux dossiers différents.")
        )
    keep = session.get_one(Household, keep_id)
    merged = session.get_one(Household, merged_id)
    if keep.deleted or merged.deleted:
        raise UserFacingError(
            translate(
                "Duplicates", "Fusion : l'un des deux dossiers a déjà été supprimé ou fusionné."
            )
        )
    _fill_household(keep, merged)
    _merge_people(session, keep_id, merged_id)
    _merge_needs(session, keep_id, merged_id)
    _merge_targets(session, keep_id, merged_id)
    for model in (Interaction, FollowUp, Referral, StatusChange, DocumentPrint):
        for record in _live(session, model, merged_id):
            record.household_id = keep_id
    _merge_settlement(session, keep_id, merged_id)
    merged.deleted = True
    merged.merged_into_id = keep_id
    session.add(
        Interaction(
            id=uuid.uuid4(),
            household_id=keep_id,
            channel=Channel.NOTE,
            internal=True,
            officer_id=officer_id,
            summary=translate(
                "Duplicates", "Dossier « {name} » fusionné dans celui-ci (doublon) le {day}."
            ).format(name=merged.name, day=today.strftime("%d/%m/%Y")),
        )
    )
    return keep


def _live(session: Session, model: type[Any], household_id: uuid.UUID) -> list[Any]:
    return list(
        session.scalars(
            select(model).where(model.household_id == household_id, model.deleted.is_(False))
        )
    )


def _fill_household(keep: Household, merged: Household) -> None:
    for name in _FILLABLE:
        if getattr(keep, name) is None and getattr(merged, name) is not None:
            setattr(keep, name, getattr(merged, name))
    if keep.origin_commune_code and keep.origin_country != "FR":
        keep.origin_country = "FR"
    projects = sorted(set(keep.project_types) | set(merged.project_types))
    if projects != keep.project_types:
        keep.project_types = projects
    if merged.consent_at and (keep.consent_at is None or merged.consent_at > keep.consent_at):
        keep.consent_at = merged.consent_at
        keep.consent_version = merged.consent_version
        keep.consent_channel = merged.consent_channel
    keep.registered_at = min(keep.registered_at, merged.registered_at)


def _merge_people(session: Session, keep_id: uuid.UUID, merged_id: uuid.UUID) -> None:
    """Move every member over; the same person on both sides becomes one, gaps filled."""
    kept = _live(session, Person, keep_id)
    for person in _live(session, Person, merged_id):
        twin = next((other for other in kept if _same_person(other, person)), None)
        if twin is None:
            person.household_id = keep_id
            kept.append(person)
            continue
        for column in ("birth_year", "occupation", "job_sought", "school_level", "email", "phone"):
            if getattr(twin, column) is None and getattr(person, column) is not None:
                setattr(twin, column, getattr(person, column))
        twin.remote_worker = twin.remote_worker or person.remote_worker
        twin.childcare_need = twin.childcare_need or person.childcare_need
        for need in session.scalars(select(Need).where(Need.person_id == person.id)):
            need.person_id = twin.id
        person.deleted = True


def _same_person(one: Person, other: Person) -> bool:
    if one.role != other.role:
        return False
    if (one.email and one.email == other.email) or (one.phone and one.phone == other.phone):
        return True
    return comparable_name(one.first_name, one.last_name) == comparable_name(
        other.first_name, other.last_name
    )


def _merge_needs(session: Session, keep_id: uuid.UUID, merged_id: uuid.UUID) -> None:
    """One need per domain: the further along wins, notes from both are kept."""
    kept = {need.domain: need for need in _live(session, Need, keep_id)}
    for need in _live(session, Need, merged_id):
        twin = kept.get(need.domain)
        if twin is None:
            need.household_id = keep_id
            continue
        if _NEED_PROGRESS.index(need.state) > _NEED_PROGRESS.index(twin.state):
            twin.state = need.state
        notes = [note for note in (twin.note, need.note) if note]
        twin.note = "\n".join(dict.fromkeys(notes)) or None
        need.deleted = True


def _merge_targets(session: Session, keep_id: uuid.UUID, merged_id: uuid.UUID) -> None:
    kept = _live(session, HouseholdTarget, keep_id)
    known = {(target.kind, target.code) for target in kept}
    rank = max((target.rank for target in kept), default=0)
    for target in sorted(_live(session, HouseholdTarget, merged_id), key=lambda t: t.rank):
        if (target.kind, target.code) in known:
            target.deleted = True
            continue
        rank += 1
        target.household_id, target.rank = keep_id, rank
        known.add((target.kind, target.code))


def _merge_settlement(session: Session, keep_id: uuid.UUID, merged_id: uuid.UUID) -> None:
    """One settlement per household (a unique key): the kept one's, else the merged one's."""
    kept = session.scalar(select(Settlement).where(Settlement.household_id == keep_id))
    for settlement in _live(session, Settlement, merged_id):
        if kept is None:
            settlement.household_id = keep_id
            continue
        if kept.deleted:
            for column in ("moved_on", "commune_code", "adults", "children", "children_schooled"):
                setattr(kept, column, getattr(settlement, column))
            kept.deleted = False
        settlement.deleted = True
