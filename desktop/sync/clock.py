"""Hybrid logical clocks: the order in which two edits of one field are settled.

A clock is wall time in milliseconds, a counter for edits within the same
millisecond (or while the wall clock lags a clock already seen), and the
device that made it, written ``"{wall_ms:013d}-{counter:05d}-{device_hex}"`` so
that plain string comparison is clock comparison: the server and every client
settle a conflict the same way without parsing anything.

Pure functions over immutable values; the last clock is persisted by the
caller (``app_meta`` key ``hlc``).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

WALL_DIGITS = 13
COUNTER_DIGITS = 5
MAX_COUNTER = 10**COUNTER_DIGITS - 1
_PATTERN = re.compile(r"^(\d{13})-(\d{5})-([0-9a-f]{32})$")
_DEVICE = re.compile(r"[0-9a-f]{32}")


class ClockError(ValueError):
    """A clock string that does not follow the protocol's format."""


@dataclass(frozen=True, order=True)
class Clock:
    """One hybrid logical clock value; ordering the dataclass orders the clocks."""

    wall_ms: int
    counter: int
    device: str

    def __post_init__(self) -> None:
        if not 0 <= self.wall_ms < 10**WALL_DIGITS:
            raise ClockError(f"wall time out of range: {self.wall_ms}")
        if not 0 <= self.counter <= MAX_COUNTER:
            raise ClockError(f"counter out of range: {self.counter}")
        if not _DEVICE.fullmatch(self.device):
            raise ClockError(f"device must be a UUID in 32 lowercase hex digits: {self.device!r}")

    def __str__(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Clock:
        match = _PATTERN.match(text)
        if match is None:
            raise ClockError(f"not a clock: {text!r}")
        return cls(int(match[1]), int(match[2]), match[3])


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def tick(last: Clock | None, device: str, wall_ms: int) -> Clock:
    """The clock of a new local change, after ``last`` (``None`` on a fresh device).

    ``wall = max(now, last.wall)``; the counter restarts at 0 on a new wall time
    and counts up otherwise.
    """
    if last is None or wall_ms > last.wall_ms:
        return Clock(wall_ms, 0, device)
    return _after(last.wall_ms, last.counter, device)


def receive(last: Clock | None, remote: Clock, device: str, wall_ms: int) -> Clock:
    """This device's clock once it has seen ``remote``: after both, so later edits win.

    ``wall = max(now, last.wall, remote.wall)``; the counter goes one past the
    highest counter among the clocks that carry that wall time (0 when only
    ``now`` does). Using the remote counter too is what keeps a local edit made
    after seeing a remote one ordered after it when both share a millisecond.
    """
    wall = max(wall_ms, remote.wall_ms, last.wall_ms if last else -1)
    counters = [clock.counter for clock in (last, remote) if clock and clock.wall_ms == wall]
    if not counters:
        return Clock(wall, 0, device)
    return _after(wall, max(counters), device)


def _after(wall_ms: int, counter: int, device: str) -> Clock:
    """The next clock on ``wall_ms``; a full counter borrows the next millisecond.

    A counter of five digits is exhausted only by 100,000 changes inside one
    millisecond of drift; moving the wall on keeps the string order intact.
    """
    if counter < MAX_COUNTER:
        return Clock(wall_ms, counter + 1, device)
    return Clock(wall_ms + 1, 0, device)
