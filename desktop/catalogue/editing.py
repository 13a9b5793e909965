"""Adding and editing offers and partners: checked whole, then written in the caller's transaction.

Offers and partners are synced catalogue records: the outbox hook records each
write with it, and the server shares them with every officer. Like the
household form, every field is checked before anything is written and each
problem is reported in French under the field's name; an edit writes only the
values that changed, so a colleague's concurrent edit of another field
survives the sync.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.errors import FormError, ValidationError
from desktop.i18n import translate
from desktop.models import (
    Departement,
    Epci,
    Offer,
    OfferKind,
    Partner,
    PartnerCategory,
    TerritoryKind,
)
from desktop.validation import check_commune, normalize_email, normalize_phone

TITLE_MAX = 200
ORGANISATION_MAX = 160
NAME_MAX = 120
PRICE_MAX = 100_000_000


@dataclass
class OfferInput:
    kind: OfferKind
    title: str = ""
    details: str = ""
    commune_code: str = ""
    valid_until: date | None = None
    price_eur: int | None = None
    partner_id: uuid.UUID | None = None
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""


@dataclass
class PartnerInput:
    category: PartnerCategory
    organisation: str = ""
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    territory_kind: TerritoryKind = TerritoryKind.DEPARTEMENT
    territory_code: str = ""


def save_offer(
    session: Session, data: OfferInput, *, today: date, offer_id: uuid.UUID | None = None
) -> Offer:
    """Create the offer (``offer_id`` ``None``) or save the edits over it.

    Raises:
        FormError: one entry per field in error; nothing was written.
    """
    errors: list[ValidationError] = []
    existing = session.get(Offer, offer_id) if offer_id is not None else None
    title = data.title.strip()
    if not title:
        errors.append(
            ValidationError(
                "title",
                translate("Catalogue", "Intitulé : saisissez l'intitulé de l'offre."),
            )
        )
    elif len(title) > TITLE_MAX:
        errors.append(_too_long("title", translate("Catalogue", "Intitulé"), TITLE_MAX))
    commune_code = None
    if not data.commune_code.strip():
        errors.append(
            ValidationError(
                "commune_code",
                translate(
                    "Catalogue", "Commune : choisissez la commune où se trouve l'offre (ex. Dole)."
                ),
            )
        )
    else:
        try:
            commune_code = check_commune(
                session,
                data.commune_code,
                field="commune_code",
                label=translate("Catalogue", "Commune"),
            ).code
        except ValidationError as error:
            errors.append(error)
    unchanged_date = existing is not None and existing.valid_until == data.valid_until
    if data.valid_until is not None and data.valid_until < today and not unchanged_date:
        errors.append(
            ValidationError(
                "valid_until",
                translate(
                    "Catalogue",
                    "Valable jusqu'au : le {day} est passé. Choisissez une date à venir, ou "
                    "aucune date pour une offre sans échéance.",
                ).format(day=data.valid_until.strftime("%d/%m/%Y")),
            )
        )
    if data.price_eur is not None and not 0 <= data.price_eur <= PRICE_MAX:
        errors.append(
            ValidationError(
                "price_eur",
                translate("Catalogue", "Prix : saisissez un montant positif en euros."),
            )
        )
    if data.partner_id is not None:
        partner = session.get(Partner, data.partner_id)
        if partner is None or partner.deleted:
            errors.append(
                ValidationError(
                    "partner_id",
                    translate(
                        "Catalogue",
                        "Partenaire : ce partenaire n'existe plus. Choisissez-en un autre.",
                    ),
                )
            )
    contact_name = _short(
        data.contact_name, "contact_name", translate("Catalogue", "Contact"), NAME_MAX, errors
    )
    phone = _checked(
        normalize_phone,
        data.contact_phone,
        "contact_phone",
        translate("Catalogue", "Téléphone"),
        errors,
    )
    email = _checked(
        normalize_email,
        data.contact_email,
        "contact_email",
        translate("Catalogue", "E-mail"),
        errors,
    )
    if errors:
        raise FormError(errors)
    values = {
        "kind": data.kind,
        "title": title,
        "details": data.details.strip() or None,
        "commune_code": commune_code,
        "valid_until": data.valid_until,
        "price_eur": data.price_eur,
        "partner_id": data.partner_id,
        "contact_name": contact_name,
        "contact_phone": phone,
        "contact_email": email,
    }
    if existing is None:
        offer = Offer(id=offer_id or uuid.uuid4(), **values)
        session.add(offer)
        return offer
    _assign(existing, values)
    return existing


def load_offer(session: Session, offer_id: uuid.UUID) -> OfferInput:
    offer = session.get_one(Offer, offer_id)
    return OfferInput(
        kind=offer.kind,
        title=offer.title,
        details=offer.details or "",
        commune_code=offer.commune_code,
        valid_until=offer.valid_until,
        price_eur=offer.price_eur,
        partner_id=offer.partner_id,
        contact_name=offer.contact_name or "",
        contact_phone=offer.contact_phone or "",
        contact_email=offer.contact_email or "",
    )


def save_partner(
    session: Session, data: PartnerInput, *, partner_id: uuid.UUID | None = None
) -> Partner:
    """Create the partner (``partner_id`` ``None``) or save the edits over it.

    Raises:
        FormError: one entry per field in error; nothing was written.
    """
    errors: list[ValidationError] = []
    organisation = data.organisation.strip()
    if not organisation:
        errors.append(
            ValidationError(
                "organisation",
                translate(
                    "Catalogue", "Organisme : saisissez le nom du partenaire (ex. Mairie de Dole)."
                ),
            )
        )
    elif len(organisation) > ORGANISATION_MAX:
        errors.append(
            _too_long("organisation", translate("Catalogue", "Organisme"), ORGANISATION_MAX)
        )
    code = data.territory_code.strip()
    if not _territory_exists(session, data.territory_kind, code):
        errors.append(
            ValidationError(
                "territory",
                translate(
                    "Catalogue",
                    "Territoire : choisissez dans la liste la commune, l'intercommunalité ou le "
                    "département où le partenaire intervient.",
                ),
            )
        )
    contact_name = _short(
        data.contact_name, "contact_name", translate("Catalogue", "Contact"), NAME_MAX, errors
    )
    phone = _checked(
        normalize_phone, data.phone, "phone", translate("Catalogue", "Téléphone"), errors
    )
    email = _checked(normalize_email, data.email, "email", translate("Catalogue", "E-mail"), errors)
    if errors:
        raise FormError(errors)
    values = {
        "organisation": organisation,
        "category": data.category,
        "contact_name": contact_name,
        "phone": phone,
        "email": email,
        "territory_kind": data.territory_kind,
        "territory_code": code,
    }
    existing = session.get(Partner, partner_id) if partner_id is not None else None
    if existing is None:
        partner = Partner(id=partner_id or uuid.uuid4(), **values)
        session.add(partner)
        return partner
    _assign(existing, values)
    return existing


def load_partner(session: Session, partner_id: uuid.UUID) -> PartnerInput:
    partner = session.get_one(Partner, partner_id)
    return PartnerInput(
        category=partner.category,
        organisation=partner.organisation,
        contact_name=partner.contact_name or "",
        phone=partner.phone or "",
        email=partner.email or "",
        territory_kind=partner.territory_kind,
        territory_code=partner.territory_code,
    )


def _territory_exists(session: Session, kind: TerritoryKind, code: str) -> bool:
    if not code:
        return False
    if kind is TerritoryKind.COMMUNE:
        try:
            check_commune(session, code)
        except ValidationError:
            return False
        return True
    if kind is TerritoryKind.EPCI:
        return session.get(Epci, code) is not None
    return session.get(Departement, code) is not None


def _too_long(field: str, label: str, limit: int) -> ValidationError:
    return ValidationError(
        field,
        translate("Catalogue", "{label} : {count} caractères au plus.").format(
            label=label, count=limit
        ),
    )


def _short(
    value: str, field: str, label: str, limit: int, errors: list[ValidationError]
) -> str | None:
    text = value.strip()
    if len(text) > limit:
        errors.append(_too_long(field, label, limit))
    return text or None


def _checked(
    function: Any, value: str, field: str, label: str, errors: list[ValidationError]
) -> str | None:
    if not value.strip():
        return None
    try:
        return str(function(value, field=field, label=label))
    except ValidationError as error:
        errors.append(error)
        return None


def _assign(record: Any, values: dict[str, Any]) -> None:
    """Set only what differs, so an unchanged field is neither rewritten nor sent again."""
    for name, value in values.items():
        if getattr(record, name) != value:
            setattr(record, name, value)
