"""The local case schema: every table Escale keeps, importable from one place."""

from __future__ import annotations

from desktop.models.audit import AuditAction, AuditEntry
from desktop.models.base import Base, Synced, utcnow
from desktop.models.catalogue import (
    Offer,
    OfferKind,
    Partner,
    PartnerCategory,
    Referral,
    ReferralState,
)
from desktop.models.document_print import DocumentPrint, DocumentVersion
from desktop.models.event import Event, EventKind
from desktop.models.follow_up import FollowUp
from desktop.models.household import (
    ConsentChannel,
    Household,
    HouseholdTarget,
    HousingTenure,
    HousingType,
    Maturity,
    ProjectType,
    Source,
    Status,
    StatusChange,
)
from desktop.models.interaction import Channel, Interaction
from desktop.models.meta import AppMeta
from desktop.models.need import Need, NeedDomain, NeedState
from desktop.models.officer import Officer, OfficerTerritory, TerritoryKind
from desktop.models.person import Person, PersonRole, SchoolLevel
from desktop.models.reference import Commune, CommunePostcode, Departement, Epci, Region
from desktop.models.settlement import Settlement
from desktop.models.sync import SyncConflict, SyncOutbox, SyncPurge, SyncRejected

__all__ = [
    "AppMeta",
    "AuditAction",
    "AuditEntry",
    "Base",
    "Channel",
    "Commune",
    "CommunePostcode",
    "ConsentChannel",
    "Departement",
    "DocumentPrint",
    "DocumentVersion",
    "Epci",
    "Event",
    "EventKind",
    "FollowUp",
    "Household",
    "HouseholdTarget",
    "HousingTenure",
    "HousingType",
    "Interaction",
    "Maturity",
    "Need",
    "NeedDomain",
    "NeedState",
    "Offer",
    "OfferKind",
    "Officer",
    "OfficerTerritory",
    "Partner",
    "PartnerCategory",
    "Person",
    "PersonRole",
    "ProjectType",
    "Referral",
    "ReferralState",
    "Region",
    "SchoolLevel",
    "Settlement",
    "Source",
    "Status",
    "StatusChange",
    "SyncConflict",
    "SyncOutbox",
    "SyncPurge",
    "SyncRejected",
    "Synced",
    "TerritoryKind",
    "utcnow",
]
