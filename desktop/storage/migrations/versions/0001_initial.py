"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-25 21:53:56.980289
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )
    op.create_table(
        "epci",
        sa.Column("siren", sa.String(length=9), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("population", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("siren", name=op.f("pk_epci")),
    )
    op.create_table(
        "officer",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officer")),
        sa.UniqueConstraint("email", name=op.f("uq_officer_email")),
    )
    op.create_table(
        "partner",
        sa.Column("organisation", sa.String(length=160), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "emploi",
                "logement",
                "education",
                "petite_enfance",
                "sante",
                "entreprise",
                "mobilite",
                "association",
                "collectivite",
                name="partnercategory",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("contact_name", sa.String(length=120), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column(
            "territory_kind",
            sa.Enum(
                "departement",
                "epci",
                "commune",
                name="territorykind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("territory_code", sa.String(length=9), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
    )
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partner_territory_code"), ["territory_code"], unique=False
        )

    op.create_table(
        "region",
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_region")),
    )
    op.create_table(
        "departement",
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("region_code", sa.String(length=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["region_code"],
            ["region.code"],
            name=op.f("fk_departement_region_code_region"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_departement")),
    )
    with op.batch_alter_table("departement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_departement_region_code"), ["region_code"], unique=False
        )

    op.create_table(
        "officer_territory",
        sa.Column("officer_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "departement",
                "epci",
                "commune",
                name="territorykind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("code", sa.String(length=9), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"],
            ["officer.id"],
            name=op.f("fk_officer_territory_officer_id_officer"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officer_territory")),
        sa.UniqueConstraint(
            "officer_id", "kind", "code", name=op.f("uq_officer_territory_officer_id_kind_code")
        ),
    )
    with op.batch_alter_table("officer_territory", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_officer_territory_officer_id"), ["officer_id"], unique=False
        )

    op.create_table(
        "commune",
        sa.Column("code", sa.String(length=5), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("departement_code", sa.String(length=3), nullable=False),
        sa.Column("region_code", sa.String(length=3), nullable=False),
        sa.Column("epci_siren", sa.String(length=9), nullable=True),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["departement_code"],
            ["departement.code"],
            name=op.f("fk_commune_departement_code_departement"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["epci_siren"],
            ["epci.siren"],
            name=op.f("fk_commune_epci_siren_epci"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["region_code"],
            ["region.code"],
            name=op.f("fk_commune_region_code_region"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_commune")),
    )
    with op.batch_alter_table("commune", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commune_departement_code"), ["departement_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_commune_epci_siren"), ["epci_siren"], unique=False)
        batch_op.create_index(batch_op.f("ix_commune_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_commune_region_code"), ["region_code"], unique=False)

    op.create_table(
        "commune_postcode",
        sa.Column("postcode", sa.String(length=5), nullable=False),
        sa.Column("commune_code", sa.String(length=5), nullable=False),
        sa.ForeignKeyConstraint(
            ["commune_code"],
            ["commune.code"],
            name=op.f("fk_commune_postcode_commune_code_commune"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("postcode", "commune_code", name=op.f("pk_commune_postcode")),
    )
    with op.batch_alter_table("commune_postcode", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commune_postcode_commune_code"), ["commune_code"], unique=False
        )

    op.create_table(
        "event",
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "salon", "immersion", name="eventkind", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("place", sa.String(length=160), nullable=False),
        sa.Column("commune_code", sa.String(length=5), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_event_dates_in_order")),
        sa.ForeignKeyConstraint(
            ["commune_code"],
            ["commune.code"],
            name=op.f("fk_event_commune_code_commune"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    op.create_table(
        "offer",
        sa.Column(
            "kind",
            sa.Enum(
                "emploi",
                "logement",
                "entreprise",
                "service",
                "evenement",
                name="offerkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("commune_code", sa.String(length=5), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("price_eur", sa.Integer(), nullable=True),
        sa.Column("partner_id", sa.Uuid(), nullable=True),
        sa.Column("contact_name", sa.String(length=120), nullable=True),
        sa.Column("contact_phone", sa.String(length=20), nullable=True),
        sa.Column("contact_email", sa.String(length=254), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("price_eur IS NULL OR price_eur >= 0", name=op.f("ck_offer_price")),
        sa.ForeignKeyConstraint(
            ["commune_code"],
            ["commune.code"],
            name=op.f("fk_offer_commune_code_commune"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_offer_partner_id_partner"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offer")),
    )
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offer_commune_code"), ["commune_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_offer_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_offer_valid_until"), ["valid_until"], unique=False)

    op.create_table(
        "household",
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "site_web",
                "salon",
                "telephone",
                "partenaire",
                "autre",
                name="source",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("event_id", sa.Uuid(), nullable=True),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("origin_country", sa.String(length=2), nullable=False),
        sa.Column("origin_commune_code", sa.String(length=5), nullable=True),
        sa.Column("origin_city", sa.String(length=120), nullable=True),
        sa.Column("project_types", sa.JSON(), nullable=False),
        sa.Column(
            "maturity",
            sa.Enum(
                "reflexion",
                "projet",
                "imminent",
                name="maturity",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "housing_tenure",
            sa.Enum(
                "location",
                "achat",
                "indifferent",
                name="housingtenure",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "housing_type",
            sa.Enum(
                "maison",
                "appartement",
                "terrain",
                "indifferent",
                name="housingtype",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("housing_budget_eur", sa.Integer(), nullable=True),
        sa.Column("housing_notes", sa.Text(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("officer_id", sa.Uuid(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "nouveau",
                "contacte",
                "accompagne",
                "installe",
                "en_pause",
                "abandonne",
                name="status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("consent_at", sa.DateTime(), nullable=True),
        sa.Column("consent_version", sa.String(length=20), nullable=True),
        sa.Column(
            "consent_channel",
            sa.Enum(
                "site_web",
                "salon",
                "telephone",
                "papier",
                "email",
                name="consentchannel",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "origin_commune_code IS NULL OR origin_country = 'FR'",
            name=op.f("ck_household_origin_commune_in_france"),
        ),
        sa.CheckConstraint(
            "housing_budget_eur IS NULL OR housing_budget_eur >= 0",
            name=op.f("ck_household_budget"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_household_event_id_event"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"],
            ["officer.id"],
            name=op.f("fk_household_officer_id_officer"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["origin_commune_code"],
            ["commune.code"],
            name=op.f("fk_household_origin_commune_code_commune"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household")),
    )
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_household_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_household_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_household_officer_id"), ["officer_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_household_registered_at"), ["registered_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_household_source"), ["source"], unique=False)
        batch_op.create_index(batch_op.f("ix_household_status"), ["status"], unique=False)

    op.create_table(
        "household_target",
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "departement",
                "epci",
                "commune",
                name="territorykind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("code", sa.String(length=9), nullable=False),
        sa.Column("departement_code", sa.String(length=3), nullable=True),
        sa.Column("epci_siren", sa.String(length=9), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("rank >= 1", name=op.f("ck_household_target_rank_positive")),
        sa.ForeignKeyConstraint(
            ["departement_code"],
            ["departement.code"],
            name=op.f("fk_household_target_departement_code_departement"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["epci_siren"],
            ["epci.siren"],
            name=op.f("fk_household_target_epci_siren_epci"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_household_target_household_id_household"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_target")),
    )
    with op.batch_alter_table("household_target", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_household_target_departement_code"), ["departement_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_household_target_epci_siren"), ["epci_siren"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_household_target_household_id"), ["household_id"], unique=False
        )

    op.create_table(
        "interaction",
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "telephone",
                "email",
                "rendez_vous",
                "visite",
                "evenement",
                "note",
                name="channel",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("officer_id", sa.Uuid(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_interaction_household_id_household"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"],
            ["officer.id"],
            name=op.f("fk_interaction_officer_id_officer"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interaction_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interaction_occurred_at"), ["occurred_at"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "adulte", "enfant", name="personrole", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("occupation", sa.String(length=120), nullable=True),
        sa.Column("job_sought", sa.String(length=120), nullable=True),
        sa.Column("remote_worker", sa.Boolean(), nullable=False),
        sa.Column(
            "school_level",
            sa.Enum(
                "non_scolarise",
                "maternelle",
                "elementaire",
                "college",
                "lycee",
                "superieur",
                name="schoollevel",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("childcare_need", sa.Boolean(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_person_household_id_household"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_email"), ["email"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_last_name"), ["last_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_phone"), ["phone"], unique=False)

    op.create_table(
        "referral",
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column("offer_id", sa.Uuid(), nullable=True),
        sa.Column("partner_id", sa.Uuid(), nullable=True),
        sa.Column(
            "state",
            sa.Enum(
                "propose",
                "envoye",
                "accepte",
                "refuse",
                name="referralstate",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("proposed_on", sa.Date(), nullable=False),
        sa.Column("officer_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "offer_id IS NOT NULL OR partner_id IS NOT NULL", name=op.f("ck_referral_has_target")
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_referral_household_id_household"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["offer_id"],
            ["offer.id"],
            name=op.f("fk_referral_offer_id_offer"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"],
            ["officer.id"],
            name=op.f("fk_referral_officer_id_officer"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_referral_partner_id_partner"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referral_offer_id"), ["offer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_partner_id"), ["partner_id"], unique=False)

    op.create_table(
        "settlement",
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column("moved_on", sa.Date(), nullable=False),
        sa.Column("commune_code", sa.String(length=5), nullable=False),
        sa.Column("adults", sa.Integer(), nullable=False),
        sa.Column("children", sa.Integer(), nullable=False),
        sa.Column("children_schooled", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("adults >= 1", name=op.f("ck_settlement_adults")),
        sa.CheckConstraint("children >= 0", name=op.f("ck_settlement_children")),
        sa.CheckConstraint(
            "children_schooled BETWEEN 0 AND children", name=op.f("ck_settlement_children_schooled")
        ),
        sa.ForeignKeyConstraint(
            ["commune_code"],
            ["commune.code"],
            name=op.f("fk_settlement_commune_code_commune"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_settlement_household_id_household"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settlement")),
        sa.UniqueConstraint("household_id", name=op.f("uq_settlement_household_id")),
    )
    with op.batch_alter_table("settlement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_settlement_commune_code"), ["commune_code"], unique=False
        )

    op.create_table(
        "status_change",
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "nouveau",
                "contacte",
                "accompagne",
                "installe",
                "en_pause",
                "abandonne",
                name="status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "nouveau",
                "contacte",
                "accompagne",
                "installe",
                "en_pause",
                "abandonne",
                name="status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("officer_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_status_change_household_id_household"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"],
            ["officer.id"],
            name=op.f("fk_status_change_officer_id_officer"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_change")),
    )
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_status_change_household_id"), ["household_id"], unique=False
        )

    op.create_table(
        "follow_up",
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("what", sa.String(length=240), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("officer_id", sa.Uuid(), nullable=True),
        sa.Column("interaction_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_follow_up_household_id_household"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_follow_up_interaction_id_interaction"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"],
            ["officer.id"],
            name=op.f("fk_follow_up_officer_id_officer"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_follow_up_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_follow_up_officer_id"), ["officer_id"], unique=False)

    op.create_table(
        "need",
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column(
            "domain",
            sa.Enum(
                "emploi",
                "emploi_conjoint",
                "logement",
                "ecole",
                "garde_enfant",
                "sante",
                "mobilite",
                "entreprise",
                "vie_sociale",
                name="needdomain",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "state",
            sa.Enum(
                "ouvert",
                "en_cours",
                "satisfait",
                "abandonne",
                name="needstate",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_need_household_id_household"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_need_person_id_person"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need")),
    )
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_need_domain"), ["domain"], unique=False)
        batch_op.create_index(batch_op.f("ix_need_household_id"), ["household_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_need_household_id"))
        batch_op.drop_index(batch_op.f("ix_need_domain"))

    op.drop_table("need")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_officer_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_household_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_due_on"))

    op.drop_table("follow_up")
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_change_household_id"))

    op.drop_table("status_change")
    with op.batch_alter_table("settlement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_settlement_commune_code"))

    op.drop_table("settlement")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_partner_id"))
        batch_op.drop_index(batch_op.f("ix_referral_offer_id"))
        batch_op.drop_index(batch_op.f("ix_referral_household_id"))

    op.drop_table("referral")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_phone"))
        batch_op.drop_index(batch_op.f("ix_person_last_name"))
        batch_op.drop_index(batch_op.f("ix_person_household_id"))
        batch_op.drop_index(batch_op.f("ix_person_email"))

    op.drop_table("person")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_interaction_household_id"))

    op.drop_table("interaction")
    with op.batch_alter_table("household_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_target_household_id"))
        batch_op.drop_index(batch_op.f("ix_household_target_epci_siren"))
        batch_op.drop_index(batch_op.f("ix_household_target_departement_code"))

    op.drop_table("household_target")
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_status"))
        batch_op.drop_index(batch_op.f("ix_household_source"))
        batch_op.drop_index(batch_op.f("ix_household_registered_at"))
        batch_op.drop_index(batch_op.f("ix_household_officer_id"))
        batch_op.drop_index(batch_op.f("ix_household_name"))
        batch_op.drop_index(batch_op.f("ix_household_event_id"))

    op.drop_table("household")
    with op.batch_alter_table("offer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offer_valid_until"))
        batch_op.drop_index(batch_op.f("ix_offer_kind"))
        batch_op.drop_index(batch_op.f("ix_offer_commune_code"))

    op.drop_table("offer")
    op.drop_table("event")
    with op.batch_alter_table("commune_postcode", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commune_postcode_commune_code"))

    op.drop_table("commune_postcode")
    with op.batch_alter_table("commune", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commune_region_code"))
        batch_op.drop_index(batch_op.f("ix_commune_name"))
        batch_op.drop_index(batch_op.f("ix_commune_epci_siren"))
        batch_op.drop_index(batch_op.f("ix_commune_departement_code"))

    op.drop_table("commune")
    with op.batch_alter_table("officer_territory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_officer_territory_officer_id"))

    op.drop_table("officer_territory")
    with op.batch_alter_table("departement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_departement_region_code"))

    op.drop_table("departement")
    op.drop_table("region")
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_territory_code"))

    op.drop_table("partner")
    op.drop_table("officer")
    op.drop_table("epci")
    op.drop_table("app_meta")
