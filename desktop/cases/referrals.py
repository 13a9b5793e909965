"""Offers proposed to a household (*orientations*) and what came of each.

A referral starts *proposé* when the officer suggests the offer, becomes
*transmis* once the household's details went to the employer, landlord or
seller, then *accepté* or *décliné*. Each is a synced record of the household,
so the colleague who takes the case over sees it, and the dossier lists it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import UserFacingError
from desktop.i18n import translate
from desktop.labels import referral_state_label
from desktop.models import Commune, Household, Offer, OfferKind, Partner, Referral, ReferralState

NEXT_STATES: dict[ReferralState, tuple[ReferralState, ...]] = {
    ReferralState.PROPOSED: (ReferralState.SENT, ReferralState.DECLINED),
    ReferralState.SENT: (ReferralState.ACCEPTED, ReferralState.DECLINED, ReferralState.PROPOSED),
    ReferralState.ACCEPTED: (ReferralState.SENT, ReferralState.DECLINED),
    ReferralState.DECLINED: (ReferralState.PROPOSED, ReferralState.SENT, ReferralState.ACCEPTED),
}
"""Where a referral may go from each state: forward along proposé → transmis → accepté / décliné,
and back one step to put a mis-click right."""


@dataclass(frozen=True)
class ReferralItem:
    """One referral as the household page lists it."""

    id: uuid.UUID
    offer_id: uuid.UUID | None
    title: str
    kind: OfferKind | None
    place: str | None
    partner: str | None
    state: ReferralState
    proposed_on: date


def referrals_of(session: Session, household_id: uuid.UUID) -> list[ReferralItem]:
    """The household's live referrals, the latest first."""
    rows = session.execute(
        select(Referral, Offer, Commune.name, Partner.organisation)
        .outerjoin(Offer, Offer.id == Referral.offer_id)
        .outerjoin(Commune, Commune.code == Offer.commune_code)
        .outerjoin(Partner, Partner.id == Referral.partner_id)
        .where(Referral.household_id == household_id, Referral.deleted.is_(False))
        .order_by(Referral.proposed_on.desc(), Referral.id)
    )
    return [
        ReferralItem(
            id=referral.id,
            offer_id=referral.offer_id,
            title=offer.title if offer is not None else (partner or ""),
            kind=offer.kind if offer is not None else None,
            place=commune,
            partner=partner,
            state=referral.state,
            proposed_on=referral.proposed_on,
        )
        for referral, offer, commune, partner in rows
    ]


def propose_offer(
    session: Session,
    household_id: uuid.UUID,
    offer_id: uuid.UUID,
    *,
    officer_id: uuid.UUID | None,
    today: date,
) -> Referral:
    """Record ``offer_id`` as proposed to the household today (state *proposé*).

    Raises:
        UserFacingError: the household or the offer is gone, or the offer was already proposed.
    """
    household = session.get(Household, household_id)
    offer = session.get(Offer, offer_id)
    if household is None or household.deleted:
        raise UserFacingError(
            translate("Referrals", "Ce foyer n'existe plus sur ce poste (fusionné ou supprimé).")
        )
    if offer is None or offer.deleted:
        raise UserFacingError(
            translate("Referrals", "Cette offre a été retirée du catalogue entre-temps.")
        )
    already = session.scalar(
        select(Referral.id).where(
            Referral.household_id == household_id,
            Referral.offer_id == offer_id,
            Referral.deleted.is_(False),
        )
    )
    if already is not None:
        raise UserFacingError(
            translate("Referrals", "« {title} » a déjà été proposée à ce foyer.").format(
                title=offer.title
            )
        )
    referral = Referral(
        id=uuid.uuid4(),
        household_id=household_id,
        offer_id=offer_id,
        partner_id=offer.partner_id,
        state=ReferralState.PROPOSED,
        proposed_on=today,
        officer_id=officer_id,
    )
    session.add(referral)
    return referral


def set_referral_state(session: Session, referral_id: uuid.UUID, state: ReferralState) -> Referral:
    """Move a referral to ``state`` (see :data:`NEXT_STATES`).

    Raises:
        UserFacingError: the referral is gone, or that move is not one a referral makes.
    """
    referral = session.get(Referral, referral_id)
    if referral is None or referral.deleted:
        raise UserFacingError(translate("Referrals", "Cette orientation n'existe plus."))
    if state is referral.state:
        return referral
    if state not in NEXT_STATES[referral.state]:
        raise UserFacingError(
            translate(
                "Referrals",
                "Une orientation « {current} » ne passe pas directement à « {wanted} » ; "
                "choisissez d'abord {next}.",
            ).format(
                current=referral_state_label(referral.state),
                wanted=referral_state_label(state),
                next=translate("Referrals", " ou ").join(
                    f"« {referral_state_label(s)} »" for s in NEXT_STATES[referral.state]
                ),
            )
        )
    referral.state = state
    return referral
