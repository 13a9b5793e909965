"""The catalogue is shared: offers, partners and events typed on one laptop reach every officer.

Ana (Nièvre) adds a partner, an offer and a fair; Zoé, in the Doubs, receives
them at her next sync (the catalogue is in everyone's scope), corrects the
offer's title, and Ana receives the correction.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.cases.events import EventInput, create_event
from desktop.catalogue.editing import (
    OfferInput,
    PartnerInput,
    load_offer,
    save_offer,
    save_partner,
)
from desktop.models import Event, Offer, OfferKind, Partner, PartnerCategory, TerritoryKind
from tests.sync.region import NEVERS, TODAY, Region, region, server_template

__all__ = ["region", "server_template"]  # fixtures used by the tests below


def test_offers_partners_and_events_reach_every_officer(region: Region) -> None:
    ana, zoe = region.nievre, region.doubs
    with ana.database.transaction() as session:
        partner = save_partner(
            session,
            PartnerInput(
                PartnerCategory.EMPLOYMENT,
                "Centre hospitalier de Nevers",
                phone="03 86 93 70 00",
                territory_kind=TerritoryKind.COMMUNE,
                territory_code=NEVERS,
            ),
        )
        session.flush()
        offer = save_offer(
            session,
            OfferInput(
                OfferKind.JOB,
                "Infirmier (H/F) – CDI – Nevers",
                commune_code=NEVERS,
                partner_id=partner.id,
            ),
            today=TODAY,
        )
        event = create_event(session, EventInput("Salon de Paris", place="Paris", starts_on=TODAY))
    report = ana.sync()
    assert report.rejected == 0

    zoe.sync()
    with zoe.database.session() as session:
        assert session.get_one(Offer, offer.id).partner_id == partner.id
        assert session.get_one(Partner, partner.id).phone == "+33386937000"
        assert session.get_one(Event, event.id).name == "Salon de Paris"
        data = load_offer(session, offer.id)
    data.title = "Infirmier de nuit (H/F) – CDI – Nevers"
    with zoe.database.transaction() as session:
        save_offer(session, data, today=TODAY, offer_id=offer.id)
    assert zoe.sync().rejected == 0

    ana.sync()
    with ana.database.session() as session:
        titles = session.scalars(select(Offer.title)).all()
    assert titles == ["Infirmier de nuit (H/F) – CDI – Nevers"]
