"""Scope seen from the devices: the Nièvre and the Doubs, and a household moving between them.

Server-level checks are in ``tests/server/test_scope.py``; here real devices
sync with the real server (uvicorn in a thread, over SQLite): a change out of
the officer's territory lands in the refused list with its French reason and
does not hold back the next ones, a household of the Doubs can be neither
pulled nor fetched by the Nièvre, and a household whose first wished commune
moves to the Doubs leaves the Nièvre devices once their edits reached the
server, while the Doubs officer receives all of it (invariant 6).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from desktop.cases.households import TargetInput, load_household, update_household
from desktop.models import Household, SyncConflict, TerritoryKind
from tests.sync.region import (
    BESANCON,
    NEVERS,
    TODAY,
    Device,
    Region,
    fetch,
    region,
    register,
    server_template,
)

__all__ = ["region", "server_template"]  # fixtures used by the tests below


def test_a_change_out_of_scope_is_refused_in_french_and_the_next_ones_go_through(
    region: Region,
) -> None:
    in_doubs = register(region.nievre, BESANCON, "Hors-Zone")
    in_nievre = register(region.nievre, NEVERS, "Dans-Zone")
    report = region.nievre.sync()
    assert (report.pushed, report.rejected) == (4, 4)
    assert region.nievre.pending() == 0  # the refused changes hold nothing back
    rejected = region.nievre.rejected()
    assert ("household", "Ce foyer est hors de votre territoire.") in rejected
    assert {table for table, _reason in rejected} == {
        "household",
        "person",
        "household_target",
        "status_change",
    }
    assert fetch(region, region.nievre, "household", in_nievre).status_code == 200
    assert fetch(region, region.doubs, "household", in_doubs).status_code == 404  # not written
    region.doubs.sync()
    assert region.doubs.records_of(in_doubs) == {}

    # A household the Doubs officer really has: the Nièvre can neither pull nor guess it.
    doubs_household = register(region.doubs, BESANCON, "Comtois")
    region.doubs.sync()
    assert fetch(region, region.doubs, "household", doubs_household).status_code == 200
    region.nievre.sync()
    assert region.nievre.records_of(doubs_household) == {}
    guessed = fetch(region, region.nievre, "household", doubs_household)
    assert guessed.status_code == 404
    assert guessed.json()["detail"] == "Enregistrement introuvable."
    unknown = fetch(region, region.nievre, "household", uuid.uuid4())
    assert (unknown.status_code, unknown.json()) == (guessed.status_code, guessed.json())


def test_a_household_moving_to_the_doubs_leaves_the_nievre_after_its_edits_landed(
    region: Region,
) -> None:
    household_id = register(region.nievre, NEVERS, "Voyageur")
    region.nievre.sync()
    region.nievre_colleague.sync()
    region.doubs.sync()
    assert region.doubs.records_of(household_id) == {}
    held_before = region.nievre.records_of(household_id)
    assert len(held_before) == 4

    # Offline: Ana edits the phone and moves the first wish to Besançon; Noé edits too.
    with region.nievre.database.transaction() as session:
        data = load_household(session, household_id)
        data.members[0].phone = "0698765432"
        data.targets = [TargetInput(TerritoryKind.COMMUNE, BESANCON)]
        update_household(session, household_id, data, today=TODAY)
    with region.nievre_colleague.database.transaction() as session:
        session.get_one(Household, household_id).housing_notes = "près de la gare"

    moved = region.nievre.sync()
    assert (moved.pushed, moved.rejected, moved.purged) == (3, 0, 1)  # phone, new wish, old wish
    assert region.nievre.records_of(household_id) == {}

    late = region.nievre_colleague.sync()
    assert late.rejected == 1 and late.purged == 1  # pushed after the move: out of scope, kept
    assert region.nievre_colleague.rejected() == [
        ("household", "Ce foyer est hors de votre territoire.")
    ]
    assert region.nievre_colleague.records_of(household_id) == {}

    region.doubs.sync()
    received = region.doubs.records_of(household_id)
    assert set(held_before) < set(received)  # everything the Nièvre had, and the new wish
    assert fetch(region, region.doubs, "household", household_id).status_code == 200
    with region.doubs.database.session() as session:
        data = load_household(session, household_id)
    assert data.members[0].phone == "+33698765432"  # the edit pushed with the move landed
    assert [(target.kind, target.code) for target in data.targets] == [
        (TerritoryKind.COMMUNE, BESANCON)
    ]
    assert fetch(region, region.nievre, "household", household_id).status_code == 404


def _edit_phone(device: Device, household_id: uuid.UUID, phone: str) -> None:
    with device.database.transaction() as session:
        data = load_household(session, household_id)
        data.members[0].phone = phone
        update_household(session, household_id, data, today=TODAY)


def _phone_conflicts(device: Device) -> list[tuple[str, object, object]]:
    with device.database.session() as session:
        return [
            (entry.field, entry.kept_value, entry.lost_value)
            for entry in session.scalars(select(SyncConflict))
        ]


def test_the_conflicts_of_a_moving_household_follow_it(region: Region) -> None:
    household_id = register(region.nievre, NEVERS, "Hésitant")
    region.nievre.sync()
    region.nievre_colleague.sync()
    region.both.sync()

    # Both Nièvre officers change the phone offline: the later edit wins, the other is logged.
    _edit_phone(region.nievre_colleague, household_id, "0622222222")
    _edit_phone(region.nievre, household_id, "0633333333")
    region.nievre_colleague.sync()
    region.nievre.sync()
    logged = [("phone", "+33633333333", "+33622222222")]
    assert _phone_conflicts(region.nievre) == logged
    region.both.sync()
    assert _phone_conflicts(region.both) == logged

    # The family chooses Besançon: the Doubs officer receives the conflict with the case.
    with region.nievre.database.transaction() as session:
        data = load_household(session, household_id)
        data.targets = [TargetInput(TerritoryKind.COMMUNE, BESANCON)]
        update_household(session, household_id, data, today=TODAY)
    assert region.nievre.sync().purged == 1
    assert _phone_conflicts(region.nievre) == []
    region.doubs.sync()
    assert _phone_conflicts(region.doubs) == logged
    # Léa covers both territories: she keeps one entry, not a second copy under its new number.
    region.both.sync()
    assert _phone_conflicts(region.both) == logged
