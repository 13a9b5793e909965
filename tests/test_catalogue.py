"""The catalogue without a screen: searched by words, place, kind and validity; edits checked."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.catalogue.editing import (
    OfferInput,
    PartnerInput,
    load_offer,
    save_offer,
    save_partner,
)
from desktop.catalogue.pricing import PriceKind, housing_price_kind
from desktop.catalogue.search import OfferFilter, OfferSort, offer_detail, offer_ids, offer_rows
from desktop.errors import FormError
from desktop.models import Offer, OfferKind, PartnerCategory, SyncOutbox, TerritoryKind
from desktop.storage import Database

TODAY = date(2026, 11, 25)
DOLE, TAVAUX, NEVERS = "39198", "39526", "58194"


@pytest.fixture
def catalogue(database: Database) -> dict[str, uuid.UUID]:
    with database.transaction() as session:
        creche = save_partner(
            session,
            PartnerInput(
                PartnerCategory.CHILDCARE,
                "Crèche Les Lucioles",
                contact_name="Élodie Martin",
                phone="03 84 12 34 56",
                email="contact@lucioles.example.fr",
                territory_kind=TerritoryKind.EPCI,
                territory_code="200010650",
            ),
        )
        session.flush()
        ids = {
            "creche": save_offer(
                session,
                OfferInput(
                    OfferKind.SERVICE,
                    "Places en micro-crèche",
                    commune_code=TAVAUX,
                    partner_id=creche.id,
                    valid_until=TODAY + timedelta(days=30),
                ),
                today=TODAY,
            ).id,
            "nurse": save_offer(
                session,
                OfferInput(
                    OfferKind.JOB,
                    "Infirmier (H/F) – CDI – Dole",
                    details="Hôpital Louis-Pasteur, équipe de nuit.",
                    commune_code=DOLE,
                    valid_until=TODAY + timedelta(days=10),
                ),
                today=TODAY,
            ).id,
            "house": save_offer(
                session,
                OfferInput(
                    OfferKind.HOUSING,
                    "Maison avec jardin – Nevers",
                    commune_code=NEVERS,
                    price_eur=145_000,
                ),
                today=TODAY,
            ).id,
            "old": save_offer(
                session,
                OfferInput(OfferKind.JOB, "Boulanger (H/F) – Dole", commune_code=DOLE),
                today=TODAY,
            ).id,
        }
        ids["partner"] = creche.id
    with database.transaction() as session:
        session.get_one(Offer, ids["old"]).valid_until = TODAY - timedelta(days=2)
    return ids


def found(database: Database, criteria: OfferFilter, **sorting: object) -> list[uuid.UUID]:
    with database.engine.connect() as connection:
        return offer_ids(connection, criteria, today=TODAY, **sorting)  # type: ignore[arg-type]


def test_expired_offers_are_hidden_unless_asked(
    database: Database, catalogue: dict[str, uuid.UUID]
) -> None:
    assert found(database, OfferFilter()) == [
        catalogue["nurse"],
        catalogue["creche"],
        catalogue["house"],
    ]
    assert catalogue["old"] in found(database, OfferFilter(include_expired=True))


def test_words_are_found_without_accents_nor_capitals(
    database: Database, catalogue: dict[str, uuid.UUID]
) -> None:
    assert found(database, OfferFilter(text="creche")) == [catalogue["creche"]]
    assert found(database, OfferFilter(text="LOUIS pasteur")) == [catalogue["nurse"]]
    assert found(database, OfferFilter(text="lucioles")) == [catalogue["creche"]]  # the partner
    assert found(database, OfferFilter(text="100%_")) == []


def test_territory_and_kind_narrow_the_list(
    database: Database, catalogue: dict[str, uuid.UUID]
) -> None:
    grand_dole = OfferFilter(territory=(TerritoryKind.EPCI, "200010650"))
    assert set(found(database, grand_dole)) == {catalogue["creche"], catalogue["nurse"]}
    jura_jobs = OfferFilter(kind=OfferKind.JOB, territory=(TerritoryKind.DEPARTEMENT, "39"))
    assert found(database, jura_jobs) == [catalogue["nurse"]]
    in_tavaux = OfferFilter(territory=(TerritoryKind.COMMUNE, TAVAUX))
    assert found(database, in_tavaux) == [catalogue["creche"]]
    by_price = found(database, OfferFilter(), sort=OfferSort.PRICE, descending=True)
    assert by_price[0] == catalogue["house"]


def test_rows_and_detail_carry_the_partner(
    database: Database, catalogue: dict[str, uuid.UUID]
) -> None:
    with database.engine.connect() as connection:
        rows = offer_rows(connection, [catalogue["creche"], uuid.uuid4()])
    assert list(rows) == [catalogue["creche"]]
    assert rows[catalogue["creche"]].partner == "Crèche Les Lucioles"
    assert rows[catalogue["creche"]].commune == "Tavaux"
    with database.session() as session:
        detail = offer_detail(session, catalogue["creche"])
    assert detail is not None and detail.partner is not None
    assert (detail.partner.contact_name, detail.partner.phone) == ("Élodie Martin", "+33384123456")


def test_a_bad_offer_is_refused_field_by_field_and_nothing_is_written(database: Database) -> None:
    with database.transaction() as session, pytest.raises(FormError) as raised:
        save_offer(
            session,
            OfferInput(
                OfferKind.HOUSING,
                "  ",
                commune_code="",
                price_eur=-5,
                valid_until=TODAY - timedelta(days=1),
                contact_phone="12",
                contact_email="agence@",
            ),
            today=TODAY,
        )
    messages = raised.value.by_field()
    assert set(messages) == {
        "title",
        "commune_code",
        "price_eur",
        "valid_until",
        "contact_phone",
        "contact_email",
    }
    assert messages["valid_until"].startswith("Valable jusqu'au : le 24/11/2026 est passé.")
    with database.session() as session:
        assert session.scalars(select(SyncOutbox.table_name)).all() == []


def test_an_edit_writes_only_what_changed_and_syncs(
    database: Database, catalogue: dict[str, uuid.UUID]
) -> None:
    nurse = catalogue["nurse"]
    with database.session() as session:
        data = load_offer(session, nurse)
    data.title = "Infirmier de nuit (H/F) – CDI – Dole"
    with database.transaction() as session:
        save_offer(session, data, today=TODAY, offer_id=nurse)
    with database.session() as session:
        last = session.scalars(
            select(SyncOutbox).where(SyncOutbox.record_id == nurse).order_by(SyncOutbox.device_seq)
        ).all()[-1]
    assert last.table_name == "offer" and set(last.fields) == {"title"}


def test_a_partner_needs_a_name_and_a_known_territory(database: Database) -> None:
    with database.transaction() as session, pytest.raises(FormError) as raised:
        save_partner(
            session,
            PartnerInput(
                PartnerCategory.HOUSING,
                "",
                territory_kind=TerritoryKind.DEPARTEMENT,
                territory_code="99",
                email="pas-une-adresse",
            ),
        )
    assert set(raised.value.by_field()) == {"organisation", "territory", "email"}


@pytest.mark.parametrize(
    ("price", "title", "details", "kind"),
    [
        (650, "Appartement T3", None, PriceKind.MONTHLY_RENT),
        (185_000, "Maison", None, PriceKind.SALE),
        (12_000, "Grande maison", "À louer, 12 000 € par mois.", PriceKind.MONTHLY_RENT),
        (9_000, "Terrain à bâtir", "À vendre.", PriceKind.SALE),
    ],
)
def test_a_housing_price_is_a_rent_or_a_sale(
    price: int, title: str, details: str | None, kind: PriceKind
) -> None:
    assert housing_price_kind(price, title, details) is kind
