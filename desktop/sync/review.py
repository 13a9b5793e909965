"""What the officer reviews after syncing: conflicts (with a way back) and refused changes.

A conflict is two edits of the same field made on two devices without
seeing each other; the server kept the later one. Restoring the other value
is an ordinary local edit: it goes through the outbox and wins on every
device at the next sync, as the latest edit of that field.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import UserFacingError
from desktop.i18n import translate
from desktop.models import Household, Officer, SyncConflict, SyncRejected, utcnow
from desktop.sync.codec import data_columns, decode_value, synced_models


@dataclass(frozen=True)
class ConflictView:
    seq: int
    what: str
    """The record as an officer names it: « Foyer Martin – personne »."""
    field: str
    kept: str
    lost: str
    lost_by: str | None
    occurred_at: datetime
    restored_at: datetime | None


@dataclass(frozen=True)
class RejectedView:
    id: int
    what: str
    fields: str
    reason: str
    rejected_at: datetime


def conflicts(session: Session) -> list[ConflictView]:
    """Every conflict received, newest first."""
    rows = session.scalars(select(SyncConflict).order_by(SyncConflict.occurred_at.desc()))
    return [
        ConflictView(
            seq=row.seq,
            what=_describe(session, row.table_name, row.record_id),
            field=field_label(row.field),
            kept=_shown(row.kept_value),
            lost=_shown(row.lost_value),
            lost_by=_officer_name(session, row.lost_officer),
            occurred_at=row.occurred_at,
            restored_at=row.restored_at,
        )
        for row in rows
    ]


def rejected(session: Session) -> list[RejectedView]:
    """Every change the server refused, newest first, with its reason."""
    rows = session.scalars(select(SyncRejected).order_by(SyncRejected.rejected_at.desc()))
    return [
        RejectedView(
            id=row.id,
            what=_describe(session, row.table_name, row.record_id),
            fields=", ".join(field_label(name) for name in row.fields),
            reason=row.reason,
            rejected_at=row.rejected_at,
        )
        for row in rows
    ]


def restore_conflict(session: Session, seq: int) -> None:
    """Put the lost value back, as a new local edit that syncs like any other.

    Raises:
        UserFacingError: the record is no longer on this device, or was already restored.
    """
    conflict = session.get_one(SyncConflict, seq)
    if conflict.restored_at is not None:
        raise UserFacingError(
            translate("SyncReview", "Cette valeur a déjà été rétablie le {day}.").format(
                day=conflict.restored_at.strftime("%d/%m/%Y")
            )
        )
    model = _model(conflict.table_name)
    record = session.get(model, conflict.record_id) if model is not None else None
    if record is None:
        raise UserFacingError(
            translate(
                "SyncReview",
                "La fiche de ce conflit n'est plus sur ce poste (supprimée, fusionnée ou "
                "sortie de votre territoire) : la valeur ne peut pas être rétablie ici.",
            )
        )
    column = data_columns(model.__table__)[conflict.field]
    setattr(record, conflict.field, decode_value(column, conflict.lost_value))
    conflict.restored_at = utcnow()


def field_label(name: str) -> str:
    """The field as the form names it; a column with no label shows its name."""
    labels = {
        "first_name": translate("SyncReview", "Prénom"),
        "last_name": translate("SyncReview", "Nom"),
        "email": translate("SyncReview", "E-mail"),
        "phone": translate("SyncReview", "Téléphone"),
        "birth_year": translate("SyncReview", "Année de naissance"),
        "occupation": translate("SyncReview", "Profession"),
        "status": translate("SyncReview", "Statut"),
        "summary": translate("SyncReview", "Résumé"),
        "due_on": translate("SyncReview", "Date de relance"),
        "what": translate("SyncReview", "Relance"),
        "housing_budget_eur": translate("SyncReview", "Budget logement"),
        "housing_notes": translate("SyncReview", "Précisions logement"),
        "target_date": translate("SyncReview", "Arrivée souhaitée"),
        "deleted": translate("SyncReview", "Suppression"),
    }
    return labels.get(name, name)


def table_label(name: str) -> str:
    labels = {
        "household": translate("SyncReview", "fiche du foyer"),
        "person": translate("SyncReview", "membre"),
        "household_target": translate("SyncReview", "territoire souhaité"),
        "need": translate("SyncReview", "besoin"),
        "interaction": translate("SyncReview", "échange"),
        "follow_up": translate("SyncReview", "relance"),
        "status_change": translate("SyncReview", "statut"),
        "settlement": translate("SyncReview", "installation"),
        "referral": translate("SyncReview", "orientation"),
        "document_print": translate("SyncReview", "impression du dossier"),
        "partner": translate("SyncReview", "partenaire"),
        "offer": translate("SyncReview", "offre"),
        "event": translate("SyncReview", "événement"),
    }
    return labels.get(name, name)


def _describe(session: Session, table_name: str, record_id: uuid.UUID) -> str:
    model = _model(table_name)
    record = session.get(model, record_id) if model is not None else None
    household_id = getattr(record, "household_id", None) if record is not None else None
    if table_name == Household.__tablename__:
        household_id = record_id
    name = None
    if household_id is not None:
        household = session.get(Household, household_id)
        name = household.name if household is not None else None
    if name:
        return translate("SyncReview", "Foyer {name} – {table}").format(
            name=name, table=table_label(table_name)
        )
    return f"{table_label(table_name)} {record_id.hex[:8]}"


def _officer_name(session: Session, officer_hex: str | None) -> str | None:
    if not officer_hex:
        return None
    try:
        officer = session.get(Officer, uuid.UUID(hex=officer_hex))
    except ValueError:
        return None
    return officer.name if officer is not None else None


def _shown(value: Any) -> str:
    if value is None:
        return translate("SyncReview", "(vide)")
    if isinstance(value, bool):
        return translate("SyncReview", "oui") if value else translate("SyncReview", "non")
    return str(value)


def _model(table_name: str) -> type[Any] | None:
    return synced_models().get(table_name)
