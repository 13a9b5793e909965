"""Everything a dossier shows, read from the database in one session into plain values.

The layout (:mod:`desktop.documents.dossier`) only formats these frozen
dataclasses: it runs in a worker thread or another process, with no database
and no Qt. For the household's version, what is internal is **not read at all**
(:func:`read_dossier` with ``DocumentVersion.HOUSEHOLD``): no exchanges, no
follow-up texts, no notes on needs or referrals, no status reasons, no print
log. A layout mistake cannot leak what the data does not hold.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, aliased

from desktop.cases.follow_ups import household_follow_ups
from desktop.cases.timeline import timeline
from desktop.documents.territory_texts import TERRITORIES_DIR, TerritoryText, territory_text
from desktop.errors import UserFacingError
from desktop.i18n import translate
from desktop.models import (
    Channel,
    Commune,
    CommunePostcode,
    Departement,
    DocumentPrint,
    DocumentVersion,
    Epci,
    Event,
    Household,
    HouseholdTarget,
    HousingTenure,
    HousingType,
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
    Status,
    StatusChange,
    TerritoryKind,
)
from desktop.storage import Database


class DossierNotFoundError(UserFacingError):
    """No live household has this id (never existed, deleted, or merged into another)."""


@dataclass(frozen=True)
class OfficerContact:
    name: str
    email: str
    phone: str | None


@dataclass(frozen=True)
class Member:
    first_name: str
    last_name: str
    role: PersonRole
    birth_year: int | None
    occupation: str | None
    job_sought: str | None
    remote_worker: bool
    school_level: SchoolLevel | None
    childcare_need: bool
    email: str | None
    phone: str | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class NeedItem:
    domain: NeedDomain
    state: NeedState
    person: str | None
    note: str | None
    """Internal: always ``None`` in the household's version."""


@dataclass(frozen=True)
class ReferralItem:
    state: ReferralState
    proposed_on: date
    title: str
    """The offer's title, or the partner's organisation."""
    offer_kind: OfferKind | None
    partner_category: PartnerCategory | None
    details: str | None
    place: str | None
    valid_until: date | None
    organisation: str | None
    contact_name: str | None
    contact_phone: str | None
    contact_email: str | None
    note: str | None
    """Internal: always ``None`` in the household's version."""


@dataclass(frozen=True)
class TerritoryFacts:
    rank: int
    kind: TerritoryKind
    code: str
    name: str
    postcodes: tuple[str, ...]
    population: int | None
    communes: int | None
    """Communes in the intercommunality or the département (``None`` for a commune)."""
    intercommunalities: int | None
    """Intercommunalities of the département (``None`` otherwise)."""
    epci_name: str | None
    epci_kind: str | None
    departement_code: str | None
    departement_name: str | None
    texts: tuple[TerritoryText, ...]
    """The texts written for this territory, then for its intercommunality and département."""


@dataclass(frozen=True)
class Exchange:
    occurred_at: datetime
    channel: Channel
    summary: str
    internal: bool
    author: str | None


@dataclass(frozen=True)
class FollowUpItem:
    due_on: date
    what: str
    done_on: date | None


@dataclass(frozen=True)
class StatusStep:
    changed_at: datetime
    to_status: Status
    reason: str | None
    officer: str | None


@dataclass(frozen=True)
class PastPrint:
    printed_at: datetime
    version: DocumentVersion
    officer: str | None


@dataclass(frozen=True)
class DossierData:
    """One household's dossier, as the chosen version may show it."""

    version: DocumentVersion
    household_id: uuid.UUID
    name: str
    today: date
    registered_at: datetime
    status: Status
    event: str | None
    origin: str | None
    project_types: tuple[ProjectType, ...]
    maturity: Maturity | None
    housing_tenure: HousingTenure | None
    housing_type: HousingType | None
    housing_budget_eur: int | None
    housing_notes: str | None
    target_date: date | None
    officer: OfficerContact | None
    members: tuple[Member, ...]
    needs: tuple[NeedItem, ...]
    referrals: tuple[ReferralItem, ...]
    territories: tuple[TerritoryFacts, ...]
    next_contact_on: date | None
    """The first open follow-up from today on: a date the household may know, without its text."""
    exchanges: tuple[Exchange, ...] = ()
    follow_ups: tuple[FollowUpItem, ...] = ()
    status_history: tuple[StatusStep, ...] = ()
    prints: tuple[PastPrint, ...] = ()

    @property
    def internal(self) -> bool:
        return self.version is DocumentVersion.INTERNAL


def load_dossier(
    database: Database,
    household_id: uuid.UUID,
    version: DocumentVersion,
    *,
    today: date,
    texts_dir: Path = TERRITORIES_DIR,
) -> DossierData:
    """:func:`read_dossier` in a session of its own (safe from a worker thread).

    Raises:
        DossierNotFoundError: no live household has this id.
    """
    with database.session() as session:
        return read_dossier(session, household_id, version, today=today, texts_dir=texts_dir)


def read_dossier(
    session: Session,
    household_id: uuid.UUID,
    version: DocumentVersion,
    *,
    today: date,
    texts_dir: Path = TERRITORIES_DIR,
) -> DossierData:
    """Read what ``version`` of the dossier shows of one household.

    Raises:
        DossierNotFoundError: no live household has this id.
    """
    household = session.get(Household, household_id)
    if household is None or household.deleted:
        raise DossierNotFoundError(
            translate("Dossier", "Aucun foyer n'a l'identifiant {id}.").format(id=household_id.hex)
        )
    internal = version is DocumentVersion.INTERNAL
    officer = session.get(Officer, household.officer_id) if household.officer_id else None
    event = session.get(Event, household.event_id) if household.event_id else None
    follow_ups = household_follow_ups(session, household_id)
    upcoming = [f.due_on for f in follow_ups if f.done_on is None and f.due_on >= today]
    data = DossierData(
        version=version,
        household_id=household.id,
        name=household.name,
        today=today,
        registered_at=household.registered_at,
        status=household.status,
        event=f"{event.name} ({event.place})" if event is not None else None,
        origin=_origin(session, household),
        project_types=tuple(sorted(household.project_type_set, key=list(ProjectType).index)),
        maturity=household.maturity,
        housing_tenure=household.housing_tenure,
        housing_type=household.housing_type,
        housing_budget_eur=household.housing_budget_eur,
        housing_notes=household.housing_notes,
        target_date=household.target_date,
        officer=OfficerContact(officer.name, officer.email, officer.phone) if officer else None,
        members=_members(session, household_id),
        needs=_needs(session, household_id, internal=internal),
        referrals=_referrals(session, household_id, internal=internal),
        territories=_territories(session, household_id, texts_dir),
        next_contact_on=min(upcoming, default=None),
    )
    if not internal:
        return data
    return replace(
        data,
        exchanges=tuple(
            Exchange(e.occurred_at, e.channel, e.summary, e.internal, e.author)
            for e in timeline(session, household_id)
        ),
        follow_ups=tuple(FollowUpItem(f.due_on, f.what, f.done_on) for f in follow_ups),
        status_history=_status_history(session, household_id),
        prints=_prints(session, household_id),
    )


def _origin(session: Session, household: Household) -> str | None:
    if household.origin_commune_code:
        commune = session.get(Commune, household.origin_commune_code)
        if commune is not None:
            return f"{commune.name} ({commune.departement_code})"
    if household.origin_city:
        if household.origin_country and household.origin_country != "FR":
            return f"{household.origin_city} ({household.origin_country})"
        return household.origin_city
    return None


def _members(session: Session, household_id: uuid.UUID) -> tuple[Member, ...]:
    people = session.scalars(
        select(Person).where(Person.household_id == household_id, Person.deleted.is_(False))
    )
    ordered = sorted(
        people,
        key=lambda p: (p.role is PersonRole.CHILD, p.birth_year or 9999, p.first_name),
    )
    return tuple(
        Member(
            first_name=p.first_name,
            last_name=p.last_name,
            role=p.role,
            birth_year=p.birth_year,
            occupation=p.occupation,
            job_sought=p.job_sought,
            remote_worker=p.remote_worker,
            school_level=p.school_level,
            childcare_need=p.childcare_need,
            email=p.email,
            phone=p.phone,
        )
        for p in ordered
    )


def _needs(session: Session, household_id: uuid.UUID, *, internal: bool) -> tuple[NeedItem, ...]:
    rows = session.execute(
        select(Need.domain, Need.state, Need.note, Person.first_name)
        .outerjoin(Person, Person.id == Need.person_id)
        .where(Need.household_id == household_id, Need.deleted.is_(False))
    ).all()
    domains = list(NeedDomain)
    return tuple(
        NeedItem(domain, state, person, note if internal else None)
        for domain, state, note, person in sorted(rows, key=lambda row: domains.index(row[0]))
    )


def _referrals(
    session: Session, household_id: uuid.UUID, *, internal: bool
) -> tuple[ReferralItem, ...]:
    direct = aliased(Partner)
    through_offer = aliased(Partner)
    rows = session.execute(
        select(Referral, Offer, direct, through_offer, Commune.name)
        .outerjoin(Offer, Offer.id == Referral.offer_id)
        .outerjoin(direct, direct.id == Referral.partner_id)
        .outerjoin(through_offer, through_offer.id == Offer.partner_id)
        .outerjoin(Commune, Commune.code == Offer.commune_code)
        .where(Referral.household_id == household_id, Referral.deleted.is_(False))
        .order_by(Referral.proposed_on, Referral.id)
    ).all()
    items = []
    for referral, offer, partner, offer_partner, place in rows:
        organisation = partner or offer_partner
        if offer is not None:
            title = offer.title
            contact = (offer.contact_name, offer.contact_phone, offer.contact_email)
            if not any(contact) and organisation is not None:
                contact = (organisation.contact_name, organisation.phone, organisation.email)
        else:
            title = organisation.organisation if organisation else ""
            contact = (
                (organisation.contact_name, organisation.phone, organisation.email)
                if organisation
                else (None, None, None)
            )
        items.append(
            ReferralItem(
                state=referral.state,
                proposed_on=referral.proposed_on,
                title=title,
                offer_kind=offer.kind if offer else None,
                partner_category=organisation.category if organisation else None,
                details=offer.details if offer else None,
                place=place,
                valid_until=offer.valid_until if offer else None,
                organisation=organisation.organisation if organisation else None,
                contact_name=contact[0],
                contact_phone=contact[1],
                contact_email=contact[2],
                note=referral.note if internal else None,
            )
        )
    return tuple(items)


def _territories(
    session: Session, household_id: uuid.UUID, texts_dir: Path
) -> tuple[TerritoryFacts, ...]:
    targets = session.scalars(
        select(HouseholdTarget)
        .where(HouseholdTarget.household_id == household_id, HouseholdTarget.deleted.is_(False))
        .order_by(HouseholdTarget.rank)
    ).all()
    facts = []
    for target in targets:
        fact = _territory(session, target, texts_dir)
        if fact is not None:
            facts.append(fact)
    return tuple(facts)


def _territory(session: Session, target: HouseholdTarget, texts_dir: Path) -> TerritoryFacts | None:
    departement_code = target.departement_code
    epci_siren = target.epci_siren
    name = target.code
    postcodes: tuple[str, ...] = ()
    population = communes = intercommunalities = None
    if target.kind is TerritoryKind.COMMUNE:
        commune = session.get(Commune, target.code)
        if commune is None:
            return None
        name, population = commune.name, commune.population
        departement_code = commune.departement_code
        epci_siren = commune.epci_siren
        postcodes = tuple(
            session.scalars(
                select(CommunePostcode.postcode)
                .where(CommunePostcode.commune_code == commune.code)
                .order_by(CommunePostcode.postcode)
            )
        )
    elif target.kind is TerritoryKind.EPCI:
        epci = session.get(Epci, target.code)
        if epci is None:
            return None
        name, population, epci_siren = epci.name, epci.population, epci.siren
        communes = session.scalar(select(func.count()).where(Commune.epci_siren == epci.siren))
    else:
        departement = session.get(Departement, target.code)
        if departement is None:
            return None
        departement_code = departement.code
        name = departement.name
        population, communes, intercommunalities = session.execute(
            select(
                func.sum(Commune.population),
                func.count(),
                func.count(distinct(Commune.epci_siren)),
            ).where(Commune.departement_code == departement.code)
        ).one()
    epci = session.get(Epci, epci_siren) if epci_siren else None
    departement = session.get(Departement, departement_code) if departement_code else None
    codes = [target.code]
    for code in (epci_siren, departement_code):
        if code and code not in codes:
            codes.append(code)
    texts = tuple(
        text for text in (territory_text(code, texts_dir) for code in codes) if text is not None
    )
    return TerritoryFacts(
        rank=target.rank,
        kind=target.kind,
        code=target.code,
        name=name,
        postcodes=postcodes,
        population=int(population) if population is not None else None,
        communes=communes,
        intercommunalities=intercommunalities,
        epci_name=epci.name if epci else None,
        epci_kind=epci.kind if epci else None,
        departement_code=departement_code,
        departement_name=departement.name if departement else None,
        texts=texts,
    )


def _status_history(session: Session, household_id: uuid.UUID) -> tuple[StatusStep, ...]:
    rows = session.execute(
        select(StatusChange.changed_at, StatusChange.to_status, StatusChange.reason, Officer.name)
        .outerjoin(Officer, Officer.id == StatusChange.officer_id)
        .where(StatusChange.household_id == household_id, StatusChange.deleted.is_(False))
        .order_by(StatusChange.changed_at)
    )
    return tuple(StatusStep(*row) for row in rows)


def _prints(session: Session, household_id: uuid.UUID) -> tuple[PastPrint, ...]:
    rows = session.execute(
        select(DocumentPrint.printed_at, DocumentPrint.document_version, Officer.name)
        .outerjoin(Officer, Officer.id == DocumentPrint.officer_id)
        .where(DocumentPrint.household_id == household_id, DocumentPrint.deleted.is_(False))
        .order_by(DocumentPrint.printed_at.desc())
    )
    return tuple(PastPrint(*row) for row in rows)
