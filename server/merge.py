"""Field-level merge of one change into one record: pure, so it is tested alone.

Each field keeps the clock of the write its value comes from. A change's field
wins when its clock is later; when a value loses (or wins over a write it never
saw), the other value goes to the conflict log, so no edit is ever lost: it is
in the data or in the log. Deletion is merged as the field ``deleted``, which
every change writes, so an edit and a delete settle by clock like any field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DELETED = "deleted"


@dataclass(frozen=True)
class RecordState:
    """A record as stored: values (``deleted`` included), per-field clocks and authors."""

    values: dict[str, Any]
    clocks: dict[str, str]
    authors: dict[str, dict[str, Any]]
    """``{field: {"version", "device", "officer"}}`` of the write each value comes from."""
    version: int

    @classmethod
    def empty(cls) -> RecordState:
        return cls(values={}, clocks={}, authors={}, version=0)

    @property
    def hlc(self) -> str:
        return max(self.clocks.values(), default="")

    @property
    def deleted(self) -> bool:
        return bool(self.values.get(DELETED, False))

    @property
    def data(self) -> dict[str, Any]:
        """The values the protocol sends as ``data`` (``deleted`` travels apart)."""
        return {name: value for name, value in self.values.items() if name != DELETED}


@dataclass(frozen=True)
class Change:
    fields: dict[str, Any]
    hlc: str
    base_version: int
    deleted: bool
    device: str | None
    officer: str | None


@dataclass(frozen=True)
class LostValue:
    """One entry of the conflict log: the value kept and the value that lost."""

    field: str
    kept_value: Any
    kept_hlc: str | None
    kept_device: str | None
    kept_officer: str | None
    lost_value: Any
    lost_hlc: str
    lost_device: str | None
    lost_officer: str | None


@dataclass
class MergeResult:
    state: RecordState
    conflicts: list[LostValue] = field(default_factory=list)


def merge(current: RecordState, change: Change) -> MergeResult:
    """Apply ``change`` to ``current`` field by field; the version always moves on.

    The version moves on even when every field lost, so the device whose values
    lost receives the record again and converges.
    """
    version = current.version + 1
    values = dict(current.values)
    clocks = dict(current.clocks)
    authors = {name: dict(author) for name, author in current.authors.items()}
    conflicts: list[LostValue] = []
    incoming = {**change.fields, DELETED: change.deleted}
    for name, value in incoming.items():
        stored_clock = clocks.get(name)
        author = authors.get(name, {})
        stored = values.get(name)
        differs = name in values and stored != value
        if stored_clock is None or change.hlc > stored_clock:
            unseen = change.base_version < int(author.get("version", 0)) and (
                change.device is None or author.get("device") != change.device
            )  # a device has seen its own earlier writes, whatever base it sends
            if differs and unseen:
                conflicts.append(
                    LostValue(
                        field=name,
                        kept_value=value,
                        kept_hlc=change.hlc,
                        kept_device=change.device,
                        kept_officer=change.officer,
                        lost_value=stored,
                        lost_hlc=stored_clock or "",
                        lost_device=author.get("device"),
                        lost_officer=author.get("officer"),
                    )
                )
            values[name] = value
            clocks[name] = change.hlc
            authors[name] = {"version": version, "device": change.device, "officer": change.officer}
        elif differs:
            conflicts.append(
                LostValue(
                    field=name,
                    kept_value=stored,
                    kept_hlc=stored_clock,
                    kept_device=author.get("device"),
                    kept_officer=author.get("officer"),
                    lost_value=value,
                    lost_hlc=change.hlc,
                    lost_device=change.device,
                    lost_officer=change.officer,
                )
            )
    return MergeResult(RecordState(values, clocks, authors, version), conflicts)
