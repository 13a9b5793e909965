"""Households known twice, listed for review: pairs sharing an e-mail or a phone, merged whole."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import select

from desktop.cases.duplicate_review import possible_duplicates
from desktop.cases.duplicates import merge_households
from desktop.cases.households import HouseholdInput, PersonInput, register_household
from desktop.documents.prints import record_print
from desktop.models import DocumentPrint, DocumentVersion, Household, PersonRole, Source
from desktop.storage import Database

TODAY = date(2026, 11, 25)


def register(
    database: Database, last_name: str, *, email: str = "", phone: str = "", day: int = 1
) -> uuid.UUID:
    data = HouseholdInput(
        source=Source.FAIR,
        members=[PersonInput(PersonRole.ADULT, "Claire", last_name, email=email, phone=phone)],
    )
    with database.transaction() as session:
        return register_household(
            session, data, today=TODAY, registered_at=datetime(2026, 11, day, 10, tzinfo=UTC)
        ).id


def test_pairs_sharing_an_email_or_a_phone_are_listed_the_older_first(database: Database) -> None:
    website = register(database, "Morel", email="claire.morel@example.fr", day=2)
    fair = register(
        database, "Morel", email="Claire.Morel@example.fr", phone="06 12 34 56 78", day=20
    )
    other_officer = register(database, "Morelle", phone="+33 6 12 34 56 78", day=21)
    register(database, "Dupont", email="dupont@example.fr", phone="0698765432")

    with database.session() as session:
        pairs = possible_duplicates(session)
    listed = {(pair.first.id, pair.second.id): pair.reasons for pair in pairs}
    assert listed == {
        (website, fair): ("même e-mail : claire.morel@example.fr",),
        (fair, other_officer): ("même téléphone : 06 12 34 56 78",),
    }
    assert pairs[0].second.id == other_officer  # the latest registration first
    assert pairs[0].first.source is Source.FAIR and pairs[0].first.members == 1


def test_a_merged_pair_leaves_the_list_and_the_print_records_follow(database: Database) -> None:
    kept = register(database, "Morel", email="claire.morel@example.fr", day=2)
    merged = register(database, "Morel", email="claire.morel@example.fr", day=20)
    record_print(database, merged, DocumentVersion.HOUSEHOLD, None)

    with database.transaction() as session:
        merge_households(session, kept, merged, today=TODAY)

    with database.session() as session:
        assert possible_duplicates(session) == []
        prints = session.scalars(select(DocumentPrint.household_id)).all()
        tombstone = session.get_one(Household, merged)
    assert prints == [kept]
    assert tombstone.deleted and tombstone.merged_into_id == kept


def test_nothing_shared_nothing_listed(database: Database) -> None:
    register(database, "Morel", email="claire.morel@example.fr")
    register(database, "Dupont", phone="0612345678")
    with database.session() as session:
        assert possible_duplicates(session) == []
