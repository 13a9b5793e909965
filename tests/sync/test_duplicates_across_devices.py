"""One visitor, two officers at the same stand: the duplicate shows after the sync, is merged once,
and every device ends with the kept household and a tombstone pointing to it.

Ana and Noé cover the Nièvre. At the fair each captures the same family (same
phone); Noé also prints their welcome pack and plans a call. Back home, each
laptop syncs with the real server; Ana's review lists the pair, she merges it,
and her merge reaches Noé's laptop like any other change: nothing typed at the
fair is lost.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from desktop.cases.duplicate_review import possible_duplicates
from desktop.cases.duplicates import merge_households
from desktop.cases.events import EventInput, create_event
from desktop.cases.follow_ups import schedule_follow_up
from desktop.cases.households import TargetInput
from desktop.documents.prints import record_print
from desktop.fair.capture import VisitorInput, capture_visitor
from desktop.models import (
    DocumentPrint,
    DocumentVersion,
    FollowUp,
    Household,
    Need,
    NeedDomain,
    Person,
    TerritoryKind,
)
from tests.sync.region import NEVERS, TODAY, Device, Region, fetch, region, server_template

__all__ = ["region", "server_template"]  # fixtures used by the tests below


def capture(device: Device, event_id: uuid.UUID, need: NeedDomain, first_name: str) -> uuid.UUID:
    visitor = VisitorInput(
        first_name=first_name,
        last_name="Moreau",
        phone="06 12 34 56 78",
        children=1,
        children_ages="6",
        targets=[TargetInput(TerritoryKind.COMMUNE, NEVERS)],
        needs={need},
        consent=True,
    )
    with device.database.transaction() as session:
        return capture_visitor(session, visitor, event_id=event_id, officer_id=None, today=TODAY).id


def live(device: Device, model: type, household_id: uuid.UUID) -> list:  # type: ignore[type-arg]
    with device.database.session() as session:
        return list(
            session.scalars(
                select(model).where(model.household_id == household_id, model.deleted.is_(False))
            )
        )


def test_a_visitor_captured_twice_is_merged_once_and_everywhere(region: Region) -> None:
    ana, noe = region.nievre, region.nievre_colleague
    with ana.database.transaction() as session:
        event_id = create_event(
            session, EventInput("Salon de Paris", place="Paris", starts_on=TODAY)
        ).id
    ana.sync()
    noe.sync()  # the event is in the shared catalogue: Noé's laptop has it

    at_ana = capture(ana, event_id, NeedDomain.JOB, "Julie")
    at_noe = capture(noe, event_id, NeedDomain.HOUSING, "Julie")
    record_print(noe.database, at_noe, DocumentVersion.HOUSEHOLD, None)
    with noe.database.transaction() as session:
        schedule_follow_up(
            session, at_noe, due_on=date(2026, 12, 1), what="Rappeler Julie", today=TODAY
        )
    ana.sync()
    noe.sync()
    ana.sync()

    for device in (ana, noe):  # each laptop now sees both captures, listed as one pair
        with device.database.session() as session:
            pairs = possible_duplicates(session)
        assert [(pair.first.id, pair.second.id) for pair in pairs] == [(at_ana, at_noe)]
        assert pairs[0].reasons == ("même téléphone : 06 12 34 56 78",)
        assert pairs[0].first.event == "Salon de Paris"

    with ana.database.transaction() as session:
        merge_households(session, at_ana, at_noe, today=TODAY)
    ana.sync()
    noe.sync()

    for device in (ana, noe):
        with device.database.session() as session:
            tombstone = session.get_one(Household, at_noe)
            assert possible_duplicates(session) == []
        assert tombstone.deleted and tombstone.merged_into_id == at_ana
        assert {need.domain for need in live(device, Need, at_ana)} == {
            NeedDomain.JOB,
            NeedDomain.HOUSING,
        }
        assert sorted(p.first_name for p in live(device, Person, at_ana)) == ["Enfant 1", "Julie"]
        assert [f.what for f in live(device, FollowUp, at_ana)] == ["Rappeler Julie"]
        assert len(live(device, DocumentPrint, at_ana)) == 1
        assert live(device, Person, at_noe) == live(device, DocumentPrint, at_noe) == []
    on_server = fetch(region, ana, "household", at_noe).json()
    assert on_server["deleted"] is True
    assert on_server["data"]["merged_into_id"] == at_ana.hex
