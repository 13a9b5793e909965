"""Hybrid logical clocks as the protocol writes them: ``{wall_ms:013d}-{counter:05d}-{device}``.

The fixed-width format makes plain string comparison order clocks, so the server
compares them as strings and never parses more than it checks.
"""

from __future__ import annotations

import re
import time

HLC_PATTERN = re.compile(r"^\d{13}-\d{5}-[0-9a-f]{32}$")
SERVER_NODE = "0" * 32
"""The server's node id in the clocks it makes (intake, accounts): lowest, so a device wins ties."""


def is_valid(value: object) -> bool:
    return isinstance(value, str) and HLC_PATTERN.fullmatch(value) is not None


def wall_ms(value: str) -> int:
    return int(value[:13])


def server_clock(at_least: str | None = None) -> str:
    """A clock for now, never earlier than ``at_least`` (the clocks the server has seen).

    The server keeps no clock state: it answers with the later of the wall clock
    and the highest clock of the request, which is all a client needs to move on.
    """
    now = f"{int(time.time() * 1000):013d}-00000-{SERVER_NODE}"
    if at_least is not None and at_least > now:
        return at_least
    return now
