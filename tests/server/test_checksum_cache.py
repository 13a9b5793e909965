"""The per-territory checksum is kept between pulls, and never outlives a change.

Computed over every record of the territory, it is reused while the territory's
highest seq and record count stay the same; each test compares it with a fresh
computation after the kind of change that must alter it.
"""

from __future__ import annotations

import httpx
from sqlalchemy import Engine

from server import pull
from server.accounts import Caller
from server.database import reading, writing
from server.push import IncomingChange, push
from tests.server.helpers import BESANCON, NEVERS, Device, create_officer, new_household

CLAMECY = "58079"


def _checksum(engine: Engine, *, fresh: bool = False) -> str:
    if fresh:
        pull._checksums.pop(engine, None)
    with reading(engine) as session:
        return pull.territory_checksum(session, "departement", "58")


def _push(engine: Engine, caller: Caller, *changes: dict) -> None:
    with writing(engine) as session:
        results = push(session, caller, [IncomingChange(**change) for change in changes])
    assert {result.status for result in results} == {"applied"}


def test_the_kept_checksum_follows_edits_and_moves_out(engine: Engine) -> None:
    officer_id = create_officer(engine, "ana@region.fr", "58", "25", name="Ana")
    device = Device(httpx.Client())
    caller = Caller(officer_id, "Ana", device.id)
    _, staying = new_household(device, CLAMECY)
    _, moving = new_household(device, NEVERS, "Girard")
    _push(engine, caller, *staying, *moving)
    first = _checksum(engine, fresh=True)
    assert _checksum(engine) == first  # kept: nothing changed

    edit = device.change("person", staying[2]["id"], {"first_name": "Lou"}, base_version=1)
    _push(engine, caller, edit)
    edited = _checksum(engine)
    assert edited != first
    assert edited == _checksum(engine, fresh=True)

    # The household leaves the Nièvre: its records keep their seqs there no more,
    # the territory's highest seq stays the same and only the count tells.
    move = device.change("household_target", moving[1]["id"], {"code": BESANCON}, base_version=1)
    _push(engine, caller, move)
    moved = _checksum(engine)
    assert moved != edited
    assert moved == _checksum(engine, fresh=True)
