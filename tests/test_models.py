"""Every model round-trips through a real SQLite file, field for field."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import inspect, select

from desktop.models import (
    AuditAction,
    AuditEntry,
    Base,
    Channel,
    ConsentChannel,
    DocumentPrint,
    DocumentVersion,
    Event,
    EventKind,
    FollowUp,
    Household,
    HouseholdTarget,
    HousingTenure,
    HousingType,
    Interaction,
    Maturity,
    Need,
    NeedDomain,
    NeedState,
    Offer,
    OfferKind,
    Officer,
    OfficerTerritory,
    Partner,
    PartnerCategory,
    Person,
    PersonRole,
    ProjectType,
    Referral,
    ReferralState,
    SchoolLevel,
    Settlement,
    Source,
    Status,
    StatusChange,
    TerritoryKind,
)
from desktop.models.base import Synced
from desktop.storage import Database

REFERENCE_TABLES = {"region", "departement", "epci", "commune", "commune_postcode", "app_meta"}
# The device's own sync bookkeeping, written by the sync, never by a form.
SYNC_TABLES = {"sync_outbox", "sync_rejected", "sync_conflict", "sync_purge"}
MOMENT = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def full_graph() -> list[Base]:
    officer = Officer(
        id=uuid.uuid4(),
        name="Claire Morel",
        email="claire.morel@region-bfc.fr",
        phone="+33386000000",
    )
    event = Event(
        id=uuid.uuid4(),
        name="Salon Provinces & Vous",
        kind=EventKind.FAIR,
        place="Paris, Porte de Versailles",
        commune_code="75056",
        starts_on=date(2026, 3, 14),
        ends_on=date(2026, 3, 15),
    )
    household = Household(
        id=uuid.uuid4(),
        name="Lefèvre – N'Diaye",
        source=Source.FAIR,
        event_id=event.id,
        registered_at=MOMENT,
        origin_country="FR",
        origin_commune_code="94028",
        project_types=[ProjectType.JOB_MOVE.value, ProjectType.REMOTE_WORK.value],
        maturity=Maturity.PLANNED,
        housing_tenure=HousingTenure.BUY,
        housing_type=HousingType.HOUSE,
        housing_budget_eur=180_000,
        housing_notes="Jardin souhaité, près d'une école",
        target_date=date(2027, 6, 30),
        officer_id=officer.id,
        status=Status.ACCOMPANIED,
        consent_at=MOMENT,
        consent_version="2025-01",
        consent_channel=ConsentChannel.FAIR,
    )
    adult = Person(
        id=uuid.uuid4(),
        household_id=household.id,
        role=PersonRole.ADULT,
        first_name="Hélène",
        last_name="Lefèvre",
        birth_year=1988,
        occupation="Infirmière",
        job_sought="Infirmière en EHPAD",
        remote_worker=False,
        email="helene.lefevre@example.fr",
        phone="+33612345678",
    )
    child = Person(
        id=uuid.uuid4(),
        household_id=household.id,
        role=PersonRole.CHILD,
        first_name="Noé",
        last_name="N'Diaye",
        birth_year=2022,
        school_level=SchoolLevel.NURSERY,
        childcare_need=True,
    )
    interaction = Interaction(
        id=uuid.uuid4(),
        household_id=household.id,
        occurred_at=MOMENT,
        channel=Channel.PHONE,
        officer_id=officer.id,
        summary="Appel : projet confirmé, visite prévue à Decize",
        internal=True,
    )
    partner = Partner(
        id=uuid.uuid4(),
        organisation="France Travail Nevers",
        category=PartnerCategory.EMPLOYMENT,
        contact_name="Marc Petit",
        phone="+33386111111",
        email="nevers@example.fr",
        territory_kind=TerritoryKind.DEPARTEMENT,
        territory_code="58",
    )
    offer = Offer(
        id=uuid.uuid4(),
        kind=OfferKind.JOB,
        title="Infirmier·ère de nuit",
        details="CDI, centre hospitalier",
        commune_code="58194",
        valid_until=date(2026, 12, 31),
        price_eur=None,
        partner_id=partner.id,
        contact_name="Service RH",
        contact_phone="+33386222222",
        contact_email="rh@example.fr",
    )
    return [
        officer,
        OfficerTerritory(
            id=uuid.uuid4(), officer_id=officer.id, kind=TerritoryKind.DEPARTEMENT, code="58"
        ),
        event,
        household,
        HouseholdTarget(
            id=uuid.uuid4(),
            household_id=household.id,
            rank=1,
            kind=TerritoryKind.COMMUNE,
            code="58194",
            departement_code="58",
            epci_siren="245804406",
        ),
        StatusChange(
            id=uuid.uuid4(),
            household_id=household.id,
            from_status=Status.CONTACTED,
            to_status=Status.ACCOMPANIED,
            changed_at=MOMENT,
            reason="Projet mûr",
            officer_id=officer.id,
        ),
        adult,
        child,
        Need(
            id=uuid.uuid4(),
            household_id=household.id,
            domain=NeedDomain.JOB,
            state=NeedState.IN_PROGRESS,
            person_id=adult.id,
            note="Cherche un poste de nuit",
        ),
        interaction,
        FollowUp(
            id=uuid.uuid4(),
            household_id=household.id,
            due_on=date(2026, 3, 24),
            what="Rappeler après la visite",
            officer_id=officer.id,
            interaction_id=interaction.id,
        ),
        partner,
        offer,
        Referral(
            id=uuid.uuid4(),
            household_id=household.id,
            offer_id=offer.id,
            state=ReferralState.SENT,
            proposed_on=date(2026, 3, 15),
            officer_id=officer.id,
            note="Envoyé par e-mail",
        ),
        Settlement(
            id=uuid.uuid4(),
            household_id=household.id,
            moved_on=date(2026, 9, 1),
            commune_code="58194",
            adults=1,
            children=1,
            children_schooled=1,
        ),
        DocumentPrint(
            id=uuid.uuid4(),
            household_id=household.id,
            printed_at=datetime(2026, 3, 16, 9, 30, tzinfo=UTC),
            document_version=DocumentVersion.HOUSEHOLD,
            officer_id=officer.id,
        ),
        AuditEntry(
            id=uuid.uuid4(),
            at=datetime(2026, 3, 16, 9, 31, tzinfo=UTC),
            officer_id=officer.id,
            officer_name="Claire Morel",
            device_id="d" * 32,
            action=AuditAction.PRINTED,
            household_id=household.id,
            file="/media/clé/dossier.pdf",
            item_count=1,
            detail="dossier du foyer",
            sent_at=None,
        ),
    ]


def column_values(record: Base) -> dict[str, Any]:
    return {attr.key: getattr(record, attr.key) for attr in inspect(record).mapper.column_attrs}


def test_every_model_round_trips(database: Database) -> None:
    graph = full_graph()
    with database.transaction() as session:
        session.add_all(graph)
    expected = {(type(record), record.id): column_values(record) for record in graph}
    assert all(
        None not in (values["version"], values["updated_at"])
        for (model, _), values in expected.items()
        if issubclass(model, Synced)  # the audit log is never edited: no version
    )
    covered = {type(record).__tablename__ for record in graph}
    assert covered == set(Base.metadata.tables) - REFERENCE_TABLES - SYNC_TABLES

    with database.session() as session:
        for (model, record_id), values in expected.items():
            loaded = session.get(model, record_id)
            assert loaded is not None, model.__name__
            assert column_values(loaded) == values, model.__name__


def test_sync_columns_are_filled_on_every_synced_record(database: Database) -> None:
    with database.transaction() as session:
        session.add_all(full_graph())
    with database.session() as session:
        for model in {type(record) for record in full_graph()} - {AuditEntry}:
            for record in session.scalars(select(model)):
                assert isinstance(record.id, uuid.UUID)
                assert record.version == 1
                assert record.deleted is False
                assert record.updated_at.tzinfo is UTC
