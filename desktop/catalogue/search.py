"""Browsing the catalogue: which offers match, in what order, and what one offer says.

Like the case list, the catalogue keeps only the ids of the matching offers
(:func:`offer_ids`: filter and sort in SQL) and reads the rows on screen by
blocks (:func:`offer_rows`). The text search is accent- and case-blind
(``creche`` finds *crèche*): SQLite compares the words through a small
function registered on the connection, the same folding the place search uses.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Connection, and_, func, literal, or_, select
from sqlalchemy.orm import Session

from desktop.cases.places import searchable
from desktop.models import Commune, Offer, OfferKind, Partner, PartnerCategory, TerritoryKind

PLAIN_FUNCTION = "escale_plain"


class OfferSort(enum.Enum):
    """The catalogue's columns, each sortable in SQL."""

    TITLE = "title"
    KIND = "kind"
    PLACE = "place"
    VALID_UNTIL = "valid_until"
    PRICE = "price"


@dataclass(frozen=True)
class OfferFilter:
    """What the officer narrowed the catalogue to; the criteria combine."""

    text: str = ""
    kind: OfferKind | None = None
    territory: tuple[TerritoryKind, str] | None = None
    """A commune, an intercommunality (SIREN) or a département: offers located in it."""
    include_expired: bool = False
    partner_id: uuid.UUID | None = None


@dataclass(frozen=True)
class OfferRow:
    """What one line of the catalogue shows."""

    id: uuid.UUID
    kind: OfferKind
    title: str
    commune: str
    departement_code: str
    valid_until: date | None
    price_eur: int | None
    partner: str | None

    def expired(self, today: date) -> bool:
        return self.valid_until is not None and self.valid_until < today


@dataclass(frozen=True)
class PartnerSummary:
    id: uuid.UUID
    organisation: str
    category: PartnerCategory
    contact_name: str | None
    phone: str | None
    email: str | None
    territory_kind: TerritoryKind
    territory_code: str


@dataclass(frozen=True)
class OfferDetail:
    """Everything the detail pane shows about one offer, its partner included."""

    id: uuid.UUID
    kind: OfferKind
    title: str
    details: str | None
    commune_code: str
    commune: str
    departement_code: str
    valid_until: date | None
    price_eur: int | None
    contact_name: str | None
    contact_phone: str | None
    contact_email: str | None
    partner: PartnerSummary | None


def register_plain_function(connection: Connection) -> None:
    """Make ``escale_plain(text)`` (accents and case folded) callable in this connection's SQL."""
    raw = connection.connection.dbapi_connection
    assert raw is not None
    raw.create_function(PLAIN_FUNCTION, 1, _plain, deterministic=True)


def _plain(value: str | None) -> str:
    return searchable(value) if value else ""


def _conditions(criteria: OfferFilter, today: date) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Offer.deleted.is_(False)]
    if not criteria.include_expired:
        conditions.append(or_(Offer.valid_until.is_(None), Offer.valid_until >= today))
    if criteria.kind is not None:
        conditions.append(Offer.kind == criteria.kind)
    if criteria.partner_id is not None:
        conditions.append(Offer.partner_id == criteria.partner_id)
    if criteria.territory is not None:
        kind, code = criteria.territory
        column = {
            TerritoryKind.COMMUNE: Commune.code,
            TerritoryKind.EPCI: Commune.epci_siren,
            TerritoryKind.DEPARTEMENT: Commune.departement_code,
        }[kind]
        conditions.append(column == code)
    words = searchable(criteria.text).split()
    if words:
        haystack = getattr(func, PLAIN_FUNCTION)(
            Offer.title
            + literal(" ")
            + func.coalesce(Offer.details, "")
            + literal(" ")
            + Commune.name
            + literal(" ")
            + func.coalesce(Partner.organisation, "")
        )
        padded = literal(" ") + haystack
        conditions.append(
            and_(*(padded.like(f"% {_escape(word)}%", escape="\\") for word in words))
        )
    return conditions


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_SORT_EXPRESSIONS = {
    OfferSort.TITLE: lambda: [Offer.title.collate("NOCASE")],
    OfferSort.KIND: lambda: [Offer.kind, Offer.title.collate("NOCASE")],
    OfferSort.PLACE: lambda: [Commune.name.collate("NOCASE"), Offer.title.collate("NOCASE")],
    OfferSort.VALID_UNTIL: lambda: [Offer.valid_until],
    OfferSort.PRICE: lambda: [Offer.price_eur],
}
_EMPTY_LAST = {
    OfferSort.VALID_UNTIL: lambda: Offer.valid_until.is_(None),
    OfferSort.PRICE: lambda: Offer.price_eur.is_(None),
}
"""Offers with no end date or no price come after the others, whichever the direction."""


def offer_ids(
    connection: Connection,
    criteria: OfferFilter,
    *,
    today: date,
    sort: OfferSort = OfferSort.VALID_UNTIL,
    descending: bool = False,
) -> list[uuid.UUID]:
    """The ids of the offers matching ``criteria``, in the order of ``sort``."""
    if criteria.text.strip():
        register_plain_function(connection)
    order = [_EMPTY_LAST[sort]()] if sort in _EMPTY_LAST else []
    order += [
        expression.desc() if descending else expression for expression in _SORT_EXPRESSIONS[sort]()
    ]
    statement = (
        select(Offer.id)
        .join(Commune, Commune.code == Offer.commune_code)
        .outerjoin(Partner, Partner.id == Offer.partner_id)
        .where(*_conditions(criteria, today))
        .order_by(*order, Offer.id)
    )
    return list(connection.scalars(statement))


def offer_rows(connection: Connection, ids: list[uuid.UUID]) -> dict[uuid.UUID, OfferRow]:
    """The rows of ``ids`` (a block on screen); ids no longer there are left out."""
    if not ids:
        return {}
    rows = connection.execute(
        select(
            Offer.id,
            Offer.kind,
            Offer.title,
            Commune.name,
            Commune.departement_code,
            Offer.valid_until,
            Offer.price_eur,
            Partner.organisation,
        )
        .join(Commune, Commune.code == Offer.commune_code)
        .outerjoin(Partner, Partner.id == Offer.partner_id)
        .where(Offer.id.in_(ids), Offer.deleted.is_(False))
    )
    return {row[0]: OfferRow(*row) for row in rows}


def offer_detail(session: Session, offer_id: uuid.UUID) -> OfferDetail | None:
    row = session.execute(
        select(Offer, Commune.name, Commune.departement_code)
        .join(Commune, Commune.code == Offer.commune_code)
        .where(Offer.id == offer_id)
    ).first()
    if row is None:
        return None
    offer, commune, departement = row
    partner = None
    if offer.partner_id is not None:
        partner = partner_summary(session, offer.partner_id)
    return OfferDetail(
        id=offer.id,
        kind=offer.kind,
        title=offer.title,
        details=offer.details,
        commune_code=offer.commune_code,
        commune=commune,
        departement_code=departement,
        valid_until=offer.valid_until,
        price_eur=offer.price_eur,
        contact_name=offer.contact_name,
        contact_phone=offer.contact_phone,
        contact_email=offer.contact_email,
        partner=partner,
    )


def partner_summary(session: Session, partner_id: uuid.UUID) -> PartnerSummary | None:
    partner = session.get(Partner, partner_id)
    return None if partner is None or partner.deleted else _summary(partner)


def list_partners(session: Session) -> list[PartnerSummary]:
    """Every live partner, by name: the few hundred a choice list offers."""
    rows = session.scalars(
        select(Partner)
        .where(Partner.deleted.is_(False))
        .order_by(Partner.organisation.collate("NOCASE"))
    )
    return [_summary(partner) for partner in rows]


def _summary(partner: Partner) -> PartnerSummary:
    return PartnerSummary(
        partner.id,
        partner.organisation,
        partner.category,
        partner.contact_name,
        partner.phone,
        partner.email,
        partner.territory_kind,
        partner.territory_code,
    )
