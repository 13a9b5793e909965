"""Households with everything a dossier shows, written through the ORM like the app does."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from desktop.models import (
    Channel,
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
    Partner,
    PartnerCategory,
    Person,
    PersonRole,
    ProjectType,
    Referral,
    ReferralState,
    SchoolLevel,
    Source,
    Status,
    TerritoryKind,
)
from desktop.storage import Database

TODAY = date(2026, 11, 26)
MOMENT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
INTERNAL_NOTE = "Note interne : le foyer hésite, budget très serré, ne pas évoquer le divorce"
PUBLIC_EXCHANGE = "Appel : documentation sur le Morvan envoyée par courriel"
NEED_NOTE = "Note de besoin : cherche un poste de nuit, horaires imposés"
REFERRAL_NOTE = "Note d'orientation : relancer l'employeur, dossier fragile"
FOLLOW_UP_TEXT = "Rappeler après la visite de la maison de Decize"
STATUS_REASON = "Motif : projet mûr, financement obtenu"


@dataclass
class Sample:
    """What a sample household holds, to look for in the PDF."""

    household_id: uuid.UUID
    name: str
    officer_id: uuid.UUID | None = None
    member_names: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


def add_officer(
    database: Database, name: str = "Ana Martin", email: str | None = None
) -> uuid.UUID:
    officer = Officer(
        id=uuid.uuid4(),
        name=name,
        email=email or f"{uuid.uuid4().hex[:8]}@region-bfc.example.fr",
        phone="+33380112233",
    )
    with database.transaction() as session:
        session.add(officer)
    return officer.id


def add_event(database: Database, name: str = "Salon « Changer de vie » – Paris") -> uuid.UUID:
    event = Event(
        id=uuid.uuid4(),
        name=name,
        kind=EventKind.FAIR,
        place="Paris, Porte de Versailles",
        starts_on=date(2026, 11, 14),
        ends_on=date(2026, 11, 15),
    )
    with database.transaction() as session:
        session.add(event)
    return event.id


def add_household(
    database: Database,
    *,
    name: str = "Lefèvre – N'Diaye",
    officer_id: uuid.UUID | None = None,
    event_id: uuid.UUID | None = None,
    members: bool = True,
    needs: bool = True,
    referrals: bool = True,
    exchanges: bool = True,
    targets: tuple[tuple[TerritoryKind, str], ...] = (
        (TerritoryKind.COMMUNE, "58095"),
        (TerritoryKind.DEPARTEMENT, "21"),
    ),
    first_name: str = "Hélène",
    last_name: str = "Lefèvre",
    email: str = "helene.lefevre@example.fr",
    housing_notes: str
    | None = "Maison avec jardin, près d'une gare ; école à pied « si possible »",
    internal_note: str = INTERNAL_NOTE,
) -> Sample:
    """A household with members, needs, referrals, exchanges, follow-ups and two wishes."""
    household = Household(
        id=uuid.uuid4(),
        name=name,
        source=Source.FAIR if event_id else Source.WEBSITE,
        event_id=event_id,
        registered_at=MOMENT,
        origin_country="FR",
        origin_city="Lyon",
        project_types=[ProjectType.JOB_MOVE.value, ProjectType.REMOTE_WORK.value],
        maturity=Maturity.PLANNED,
        housing_tenure=HousingTenure.RENT,
        housing_type=HousingType.HOUSE,
        housing_budget_eur=850,
        housing_notes=housing_notes,
        target_date=date(2027, 6, 1),
        officer_id=officer_id,
        status=Status.ACCOMPANIED,
    )
    sample = Sample(household.id, name, officer_id)
    records: list[object] = [household]
    for rank, (kind, code) in enumerate(targets, start=1):
        records.append(
            HouseholdTarget(
                id=uuid.uuid4(),
                household_id=household.id,
                rank=rank,
                kind=kind,
                code=code,
                departement_code=code[:2] if kind is not TerritoryKind.EPCI else None,
            )
        )
    adult_id = uuid.uuid4()
    if members:
        records += [
            Person(
                id=adult_id,
                household_id=household.id,
                role=PersonRole.ADULT,
                first_name=first_name,
                last_name=last_name,
                birth_year=1988,
                occupation="Infirmière",
                job_sought="Infirmière de nuit",
                email=email,
                phone="+33612345678",
            ),
            Person(
                id=uuid.uuid4(),
                household_id=household.id,
                role=PersonRole.CHILD,
                first_name="Noé",
                last_name="N'Diaye",
                birth_year=2019,
                school_level=SchoolLevel.PRIMARY,
                childcare_need=True,
            ),
        ]
        sample.member_names += [f"{first_name} {last_name}", "Noé N'Diaye"]
        sample.emails.append(email)
    if needs:
        records += [
            Need(
                id=uuid.uuid4(),
                household_id=household.id,
                domain=NeedDomain.JOB,
                state=NeedState.IN_PROGRESS,
                person_id=adult_id if members else None,
                note=NEED_NOTE,
            ),
            Need(
                id=uuid.uuid4(),
                household_id=household.id,
                domain=NeedDomain.SCHOOL,
                state=NeedState.OPEN,
            ),
            Need(
                id=uuid.uuid4(),
                household_id=household.id,
                domain=NeedDomain.HOUSING,
                state=NeedState.MET,
            ),
        ]
    if referrals:
        partner = Partner(
            id=uuid.uuid4(),
            organisation="France Travail Decize",
            category=PartnerCategory.EMPLOYMENT,
            contact_name="Marc Petit",
            phone="+33386111111",
            email="decize@france-travail.example.fr",
            territory_kind=TerritoryKind.DEPARTEMENT,
            territory_code="58",
        )
        offer = Offer(
            id=uuid.uuid4(),
            kind=OfferKind.JOB,
            title="Infirmier·ère de nuit (H/F) – CDI – Decize",
            details="Centre hospitalier, prise de poste en mars.",
            commune_code="58095",
            valid_until=date(2027, 1, 31),
            partner_id=partner.id,
            contact_name="Service des ressources humaines",
            contact_phone="+33386222222",
            contact_email="rh@ch-decize.example.fr",
        )
        records += [
            partner,
            offer,
            Referral(
                id=uuid.uuid4(),
                household_id=household.id,
                offer_id=offer.id,
                state=ReferralState.SENT,
                proposed_on=date(2026, 11, 21),
                officer_id=officer_id,
                note=REFERRAL_NOTE,
            ),
            Referral(
                id=uuid.uuid4(),
                household_id=household.id,
                partner_id=partner.id,
                state=ReferralState.PROPOSED,
                proposed_on=date(2026, 11, 22),
                officer_id=officer_id,
            ),
        ]
    if exchanges:
        internal = Interaction(
            id=uuid.uuid4(),
            household_id=household.id,
            occurred_at=MOMENT,
            channel=Channel.NOTE,
            officer_id=officer_id,
            summary=internal_note,
            internal=True,
        )
        records += [
            internal,
            Interaction(
                id=uuid.uuid4(),
                household_id=household.id,
                occurred_at=datetime(2026, 11, 21, 15, 0, tzinfo=UTC),
                channel=Channel.PHONE,
                officer_id=officer_id,
                summary=PUBLIC_EXCHANGE,
            ),
            FollowUp(
                id=uuid.uuid4(),
                household_id=household.id,
                due_on=date(2026, 12, 3),
                what=FOLLOW_UP_TEXT,
                officer_id=officer_id,
            ),
            FollowUp(
                id=uuid.uuid4(),
                household_id=household.id,
                due_on=date(2026, 11, 10),
                what="Envoyer la documentation du territoire",
                done_on=date(2026, 11, 12),
                officer_id=officer_id,
            ),
        ]
    with database.transaction() as session:
        session.add_all(records)
    return sample
