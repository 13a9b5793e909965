"""Suggestions on a small hand-made catalogue whose right order is known, and referrals from them.

The Jura catalogue: nursing jobs in Dole (the wished commune), Tavaux (same
intercommunality, the CA du Grand Dole), Lons-le-Saunier (same département)
and Nevers (elsewhere); a carpenter's job; houses for sale in and around Dole
at, just over and well over the budget; a flat to let; a micro-crèche, a job
fair, a bakery to take over, and an expired offer.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from desktop.cases.households import (
    HouseholdInput,
    NeedInput,
    PersonInput,
    TargetInput,
    register_household,
)
from desktop.cases.referrals import propose_offer, referrals_of, set_referral_state
from desktop.catalogue.editing import OfferInput, PartnerInput, save_offer, save_partner
from desktop.errors import UserFacingError
from desktop.matching.jobs import inclusive, job_similarity
from desktop.matching.suggest import Suggestion, suggest_offers
from desktop.models import (
    HousingTenure,
    HousingType,
    NeedDomain,
    OfferKind,
    PartnerCategory,
    PersonRole,
    ProjectType,
    ReferralState,
    Source,
    TerritoryKind,
)
from desktop.storage import Database

TODAY = date(2026, 11, 25)
DOLE, TAVAUX, AUTHUME, LONS, NEVERS, DECIZE = "39198", "39526", "39030", "39300", "58194", "58095"
GRAND_DOLE = "200010650"
NBSP = "\u00a0"

CATALOGUE = {
    "nurse_dole": (OfferKind.JOB, "Infirmier (H/F) – CDI – Dole", DOLE, None),
    "nurse_tavaux": (OfferKind.JOB, "Infirmier (H/F) – CDD – Tavaux", TAVAUX, None),
    "nurse_lons": (OfferKind.JOB, "Infirmier (H/F) – CDI – Lons-le-Saunier", LONS, None),
    "nurse_nevers": (OfferKind.JOB, "Infirmier (H/F) – CDI – Nevers", NEVERS, None),
    "carpenter_dole": (OfferKind.JOB, "Menuisier (H/F) – CDI – Dole", DOLE, None),
    "accountant_dole": (OfferKind.JOB, "Comptable (H/F) – CDI – Dole", DOLE, None),
    "house_authume": (OfferKind.HOUSING, "Maison 5 pièces avec jardin – Authume", AUTHUME, 185_000),
    "house_dole_stretch": (OfferKind.HOUSING, "Maison 4 pièces – Dole", DOLE, 215_000),
    "house_dole_dear": (OfferKind.HOUSING, "Maison 6 pièces – Dole", DOLE, 240_000),
    "flat_dole": (OfferKind.HOUSING, "Appartement T3 lumineux – Dole", DOLE, 650),
    "bakery_dole": (OfferKind.BUSINESS, "Boulangerie-pâtisserie à reprendre – Dole", DOLE, 120_000),
    "creche_dole": (OfferKind.SERVICE, "Places disponibles en micro-crèche – Dole", DOLE, None),
    "job_fair_dole": (OfferKind.EVENT, "Forum de l'emploi – Dole", DOLE, None),
}


@pytest.fixture
def offers(database: Database) -> dict[str, uuid.UUID]:
    ids = {}
    with database.transaction() as session:
        creche = save_partner(
            session,
            PartnerInput(
                PartnerCategory.CHILDCARE,
                "Les P'tits Loups",
                territory_kind=TerritoryKind.COMMUNE,
                territory_code=DOLE,
            ),
        )
        session.flush()
        for key, (kind, title, commune, price) in CATALOGUE.items():
            ids[key] = save_offer(
                session,
                OfferInput(
                    kind,
                    title,
                    details="À louer, 650 € par mois." if key == "flat_dole" else "",
                    commune_code=commune,
                    price_eur=price,
                    partner_id=creche.id if key == "creche_dole" else None,
                ),
                today=TODAY,
            ).id
        expired = save_offer(
            session,
            OfferInput(OfferKind.JOB, "Infirmier (H/F) – CDI – Dole (ancienne)", commune_code=DOLE),
            today=TODAY,
        )
    with database.transaction() as session:  # an offer that was valid until yesterday
        session.get_one(type(expired), expired.id).valid_until = TODAY - timedelta(days=1)
    ids["expired"] = expired.id
    return ids


def register(database: Database, data: HouseholdInput) -> uuid.UUID:
    with database.transaction() as session:
        return register_household(session, data, today=TODAY).id


def nurse_and_carpenter(**values: object) -> HouseholdInput:
    data = HouseholdInput(
        source=Source.WEBSITE,
        members=[
            PersonInput(
                PersonRole.ADULT, "Hélène", "Lefèvre", occupation="Infirmière", phone="0612345678"
            ),
            PersonInput(PersonRole.ADULT, "Karim", "Benali", job_sought="menuisier"),
            PersonInput(PersonRole.CHILD, "Lina", "Benali", birth_year="2024"),
        ],
        targets=[TargetInput(TerritoryKind.COMMUNE, DOLE)],
        needs=[
            NeedInput(NeedDomain.JOB),
            NeedInput(NeedDomain.HOUSING),
            NeedInput(NeedDomain.CHILDCARE),
        ],
        housing_tenure=HousingTenure.BUY,
        housing_type=HousingType.HOUSE,
        housing_budget_eur=200_000,
    )
    for name, value in values.items():
        setattr(data, name, value)
    return data


def suggested(database: Database, household_id: uuid.UUID) -> list[Suggestion]:
    with database.session() as session:
        return suggest_offers(session, household_id, today=TODAY)


def keys(offers: dict[str, uuid.UUID], suggestions: list[Suggestion]) -> list[str]:
    names = {offer_id: key for key, offer_id in offers.items()}
    return [names[suggestion.offer_id] for suggestion in suggestions]


def test_the_family_gets_the_known_order(database: Database, offers: dict[str, uuid.UUID]) -> None:
    household_id = register(database, nurse_and_carpenter())
    with database.transaction() as session:
        propose_offer(session, household_id, offers["nurse_tavaux"], officer_id=None, today=TODAY)

    suggestions = suggested(database, household_id)

    assert keys(offers, suggestions) == [
        "nurse_dole",  # her job, in the wished commune
        "carpenter_dole",  # his job, in the wished commune
        "nurse_tavaux",  # her job, same intercommunality (already proposed)
        "house_authume",  # a house, same intercommunality, in budget
        "nurse_lons",  # her job, same département
        "house_dole_stretch",  # a house in Dole, a little over budget
        "creche_dole",  # the childcare need
        "job_fair_dole",  # the job need, an event
    ]
    by_key = dict(zip(keys(offers, suggestions), suggestions, strict=True))
    assert by_key["nurse_tavaux"].headline == (
        "emploi — infirmier·ère recherché·e à Tavaux, dans l'intercommunalité souhaitée"
    )
    assert by_key["nurse_tavaux"].proposed is ReferralState.PROPOSED
    assert by_key["nurse_dole"].proposed is None
    assert "métier de Hélène Lefèvre : Infirmière" in by_key["nurse_dole"].reasons
    assert "Karim Benali cherche un poste : menuisier" in by_key["carpenter_dole"].reasons
    assert by_key["house_authume"].reasons[0] == (
        f"dans le budget : 185{NBSP}000{NBSP}€ pour 200{NBSP}000{NBSP}€ prévus"
    )
    assert "Authume : même intercommunalité (CA du Grand Dole) que le vœu n° 1" in (
        by_key["house_authume"].reasons
    )
    assert by_key["house_dole_stretch"].reasons[0].startswith("un peu au-dessus du budget")
    assert by_key["creche_dole"].headline.startswith("garde d'enfant — places disponibles")


def test_an_intercommunality_wish_reads_as_the_officers_expect(
    database: Database, offers: dict[str, uuid.UUID]
) -> None:
    household_id = register(
        database,
        HouseholdInput(
            source=Source.FAIR,
            members=[
                PersonInput(
                    PersonRole.ADULT, "Inès", "Roy", occupation="infirmière", phone="0611111111"
                )
            ],
            targets=[TargetInput(TerritoryKind.EPCI, GRAND_DOLE)],
            needs=[NeedInput(NeedDomain.JOB)],
        ),
    )
    suggestions = suggested(database, household_id)
    assert sorted(keys(offers, suggestions)[:2]) == ["nurse_dole", "nurse_tavaux"]  # equal
    dole = next(s for s in suggestions if s.offer_id == offers["nurse_dole"])
    assert dole.headline == (
        "emploi — infirmier·ère recherché·e à Dole, dans l'intercommunalité souhaitée"
    )
    assert "nurse_lons" not in keys(offers, suggestions)  # Lons is not in the Grand Dole


def test_a_rent_budget_is_compared_with_rents_only(
    database: Database, offers: dict[str, uuid.UUID]
) -> None:
    renting = nurse_and_carpenter(
        housing_tenure=HousingTenure.RENT,
        housing_type=None,
        housing_budget_eur=700,
        needs=[NeedInput(NeedDomain.HOUSING)],
    )
    undecided = nurse_and_carpenter(
        housing_tenure=None,
        housing_type=None,
        housing_budget_eur=700,
        needs=[NeedInput(NeedDomain.HOUSING)],
    )
    for data in (renting, undecided):
        suggestions = suggested(database, register(database, data))
        assert keys(offers, suggestions) == ["flat_dole"]
        assert suggestions[0].reasons[0] == (
            f"dans le budget : 650{NBSP}€ par mois pour 700{NBSP}€ prévus"
        )


def test_a_takeover_project_gets_the_business(
    database: Database, offers: dict[str, uuid.UUID]
) -> None:
    household_id = register(
        database,
        HouseholdInput(
            source=Source.WEBSITE,
            members=[PersonInput(PersonRole.ADULT, "Paul", "Girard", phone="0612345678")],
            targets=[TargetInput(TerritoryKind.DEPARTEMENT, "39")],
            project_types={ProjectType.BUSINESS},
        ),
    )
    suggestions = suggested(database, household_id)
    assert keys(offers, suggestions) == ["bakery_dole"]
    assert suggestions[0].headline == (
        "reprise d'entreprise — boulangerie-pâtisserie à reprendre "
        "à Dole, dans le département souhaité"
    )


def test_households_with_no_possible_match_get_nothing(
    database: Database, offers: dict[str, uuid.UUID]
) -> None:
    nothing_asked = register(
        database,
        HouseholdInput(
            source=Source.WEBSITE,
            members=[PersonInput(PersonRole.ADULT, "Marc", "Petit", phone="0612345678")],
            targets=[TargetInput(TerritoryKind.COMMUNE, DOLE)],
        ),
    )
    nothing_there = register(
        database,
        HouseholdInput(
            source=Source.WEBSITE,
            members=[
                PersonInput(
                    PersonRole.ADULT, "Anne", "Blanc", occupation="infirmière", phone="0622222222"
                )
            ],
            targets=[TargetInput(TerritoryKind.COMMUNE, DECIZE)],
            needs=[NeedInput(NeedDomain.HEALTH), NeedInput(NeedDomain.HOUSING)],
        ),
    )
    assert suggested(database, nothing_asked) == []
    assert suggested(database, nothing_there) == []


def test_a_suggestion_becomes_a_referral_in_one_call_and_moves_on(
    database: Database, offers: dict[str, uuid.UUID]
) -> None:
    household_id = register(database, nurse_and_carpenter())
    offer_id = offers["nurse_dole"]
    with database.transaction() as session:
        referral = propose_offer(session, household_id, offer_id, officer_id=None, today=TODAY)
    with database.transaction() as session, pytest.raises(UserFacingError) as twice:
        propose_offer(session, household_id, offer_id, officer_id=None, today=TODAY)
    assert "a déjà été proposée à ce foyer" in twice.value.message
    with database.transaction() as session, pytest.raises(UserFacingError) as skipped:
        set_referral_state(session, referral.id, ReferralState.ACCEPTED)  # not sent yet
    assert skipped.value.message == (
        "Une orientation « Proposé » ne passe pas directement à « Accepté » ; "
        "choisissez d'abord « Transmis » ou « Décliné »."
    )
    for state in (ReferralState.SENT, ReferralState.ACCEPTED):
        with database.transaction() as session:
            set_referral_state(session, referral.id, state)
    with database.session() as session:
        listed = referrals_of(session, household_id)
    assert [(r.title, r.state, r.place) for r in listed] == [
        ("Infirmier (H/F) – CDI – Dole", ReferralState.ACCEPTED, "Dole")
    ]
    assert suggested(database, household_id)[0].proposed is ReferralState.ACCEPTED


@pytest.mark.parametrize(
    ("person", "title"),
    [
        ("infirmière", "Infirmier (H/F)"),
        ("AIDE-SOIGNANTE", "Aide-soignant"),
        ("développeuse web", "Développeur web (H/F) – CDI"),
        ("éducatrice spécialisée", "Éducateur spécialisé"),
        ("cheffe de projet informatique", "Chef de projet informatique"),
        ("électriciennes", "Électricien"),
        ("conductrice de bus", "Conducteur de bus"),
    ],
)
def test_job_titles_match_whatever_the_gender_accents_or_case(person: str, title: str) -> None:
    assert job_similarity(person, title) >= 85


def test_different_jobs_do_not_match() -> None:
    assert job_similarity("chef de cuisine", "Chef de projet informatique") < 85
    assert job_similarity("menuisier", "Infirmier") < 85
    assert inclusive("Infirmier") == "Infirmier·ère"
    assert inclusive("Aide-soignant") == "Aide-soignant·e"
    assert inclusive("Médecin généraliste") == "Médecin généraliste"
