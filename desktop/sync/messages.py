"""The server's answers, checked and typed before anything acts on them.

A payload that does not have the protocol's shape raises :class:`GarbageAnswerError`
here, so the engine never writes a page it only half understood.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any, Literal

from desktop.sync import clock
from desktop.sync.codec import CodecError, decode_uuid
from desktop.sync.errors import GarbageAnswerError

PROTOCOL = 1

PushStatus = Literal["applied", "duplicate", "rejected"]


@dataclass(frozen=True)
class PushResult:
    change_id: uuid.UUID
    status: PushStatus
    reason: str | None


@dataclass(frozen=True)
class PushAnswer:
    results: list[PushResult]
    hlc: clock.Clock | None


@dataclass(frozen=True)
class PulledRecord:
    table: str
    id: uuid.UUID
    version: int
    deleted: bool
    seq: int
    hlc: clock.Clock | None
    data: dict[str, Any]


@dataclass(frozen=True)
class Purge:
    table: str
    id: uuid.UUID


@dataclass(frozen=True)
class Conflict:
    """One entry of the server's conflict log; values in their JSON form."""

    seq: int
    table: str
    record_id: uuid.UUID
    field: str
    kept_value: Any
    kept_hlc: str | None
    kept_device: str | None
    kept_officer: str | None
    lost_value: Any
    lost_hlc: str
    lost_device: str | None
    lost_officer: str | None
    at: str


@dataclass(frozen=True)
class PullPage:
    records: list[PulledRecord]
    purges: list[Purge]
    conflicts: list[Conflict]
    cursor: int
    more: bool
    checksums: dict[str, str]
    erasures: list[uuid.UUID] = field(default_factory=list)
    """Households erased (GDPR) since the cursor: anonymised here too."""


def parse_push(payload: Any) -> PushAnswer:
    body = _object(payload, "réponse d'envoi")
    _protocol(body)
    results = []
    for item in _list(body.get("results"), "results"):
        entry = _object(item, "results[]")
        status = entry.get("status")
        if status not in ("applied", "duplicate", "rejected"):
            raise GarbageAnswerError(f"statut inconnu {status!r}")
        reason = entry.get("reason")
        if reason is not None and not isinstance(reason, str):
            raise GarbageAnswerError("motif de refus illisible")
        results.append(PushResult(_uuid(entry.get("change_id")), status, reason))
    return PushAnswer(results, _clock(body.get("hlc")))


def parse_pull(payload: Any) -> PullPage:
    body = _object(payload, "page reçue")
    _protocol(body)
    records = [_record(item) for item in _list(body.get("records"), "records")]
    purges = []
    for item in _list(body.get("purges", []), "purges"):
        entry = _object(item, "purges[]")
        purges.append(Purge(_text(entry.get("table"), "table"), _uuid(entry.get("id"))))
    erasures = [
        _uuid(_object(item, "erasures[]").get("household_id"))
        for item in _list(body.get("erasures", []), "erasures")
    ]
    conflicts = [_conflict(item) for item in _list(body.get("conflicts", []), "conflicts")]
    checksums = body.get("checksums") or {}
    if not isinstance(checksums, dict):
        raise GarbageAnswerError("checksums")
    return PullPage(
        records=records,
        purges=purges,
        conflicts=conflicts,
        cursor=_integer(body.get("cursor"), "cursor"),
        more=_boolean(body.get("more"), "more"),
        checksums={str(key): str(value) for key, value in checksums.items()},
        erasures=erasures,
    )


def _record(item: Any) -> PulledRecord:
    entry = _object(item, "records[]")
    data = entry.get("data")
    if not isinstance(data, dict):
        raise GarbageAnswerError("records[].data")
    return PulledRecord(
        table=_text(entry.get("table"), "table"),
        id=_uuid(entry.get("id")),
        version=_integer(entry.get("version"), "version"),
        deleted=_boolean(entry.get("deleted"), "deleted"),
        seq=_integer(entry.get("seq"), "seq"),
        hlc=_clock(entry.get("hlc")),
        data=data,
    )


def _conflict(item: Any) -> Conflict:
    entry = _object(item, "conflicts[]")
    return Conflict(
        seq=_integer(entry.get("seq"), "seq"),
        table=_text(entry.get("table"), "table"),
        record_id=_uuid(entry.get("id")),
        field=_text(entry.get("field"), "field"),
        kept_value=entry.get("kept_value"),
        kept_hlc=_optional_text(entry.get("kept_hlc"), "kept_hlc"),
        kept_device=_optional_text(entry.get("kept_device"), "kept_device"),
        kept_officer=_optional_text(entry.get("kept_officer"), "kept_officer"),
        lost_value=entry.get("lost_value"),
        lost_hlc=_text(entry.get("lost_hlc"), "lost_hlc"),
        lost_device=_optional_text(entry.get("lost_device"), "lost_device"),
        lost_officer=_optional_text(entry.get("lost_officer"), "lost_officer"),
        at=_text(entry.get("at"), "at"),
    )


def _optional_text(value: Any, what: str) -> str | None:
    return None if value is None else _text(value, what)


def _protocol(body: dict[str, Any]) -> None:
    if body.get("protocol") != PROTOCOL:
        raise GarbageAnswerError(f"version de protocole {body.get('protocol')!r}")


def _object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise GarbageAnswerError(what)
    return value


def _list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise GarbageAnswerError(what)
    return value


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise GarbageAnswerError(what)
    return value


def _integer(value: Any, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise GarbageAnswerError(what)
    return value


def _boolean(value: Any, what: str) -> bool:
    if not isinstance(value, bool):
        raise GarbageAnswerError(what)
    return value


def _uuid(value: Any) -> uuid.UUID:
    try:
        return decode_uuid(value)
    except CodecError as error:
        raise GarbageAnswerError("identifiant") from error


def _clock(value: Any) -> clock.Clock | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise GarbageAnswerError("horloge")
    try:
        return clock.Clock.parse(value)
    except clock.ClockError as error:
        raise GarbageAnswerError("horloge") from error
