"""Which catalogue offers to suggest to a household, in what order, and why.

An offer is a candidate when one of the household's open needs (or its project)
asks for its kind: a job for a job need, housing for a housing need, a business
for sale for a takeover project, a service for childcare, health, schooling or
transport, an event for social life. It must be valid today and, when the
household named where it would like to live, be in one of those places: the
same commune, the same intercommunality or the same département as a wish
(from the reference geography), the closer and the higher the wish, the better.
Then each kind has its own test:

- **jobs**: the title must name the job an adult does or looks for (accent-,
  case- and gender-blind, see :mod:`desktop.matching.jobs`); when no adult's
  job is known, any job of the place is a weak candidate;
- **housing**: the price is compared with the budget as the same thing, a
  monthly rent with a rent and a sale price with a purchase budget
  (``housing_budget_eur`` is a monthly rent when the household rents, a price
  when it buys); over budget by more than a tenth, the offer is left out; the
  wanted type (house, flat, land) counts;
- **businesses**: for a takeover project or a business need.

Each suggestion carries a French headline (« emploi — infirmier·ère recherché·e
à Dole, dans l'intercommunalité souhaitée ») and its reasons; offers already
proposed to the household are marked with their referral's state.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import String, or_, select, type_coerce
from sqlalchemy.orm import Session

from desktop.cases.places import searchable
from desktop.catalogue.pricing import PriceKind, budget_kind, housing_price_kind
from desktop.i18n import translate
from desktop.matching.jobs import MATCH, inclusive, job_of_title, job_similarity
from desktop.models import (
    Commune,
    Departement,
    Epci,
    Household,
    HouseholdTarget,
    HousingTenure,
    HousingType,
    Need,
    NeedDomain,
    NeedState,
    Offer,
    OfferKind,
    Partner,
    PartnerCategory,
    Person,
    PersonRole,
    ProjectType,
    Referral,
    ReferralState,
    TerritoryKind,
)
from desktop.reporting.french_numbers import format_euros

LIMIT = 30
OVER_BUDGET = 1.10
"""A price up to this much above the budget is still shown, as a stretch."""

# Points: what the household asked for, then how well the offer fits it.
NEED_POINTS = 40
PROJECT_POINTS = 30
JOB_POINTS = 30
PLACE_POINTS = {TerritoryKind.COMMUNE: 30, TerritoryKind.EPCI: 22, TerritoryKind.DEPARTEMENT: 12}
RANK_PENALTY = 3
IN_BUDGET_POINTS = 15
STRETCH_POINTS = 4
TYPE_POINTS = 6
UNKNOWN_JOB_PENALTY = 20

_OPEN = (NeedState.OPEN, NeedState.IN_PROGRESS)
_SERVICE_NEEDS: dict[NeedDomain, tuple[PartnerCategory, tuple[str, ...]]] = {
    NeedDomain.CHILDCARE: (
        PartnerCategory.CHILDCARE,
        ("creche", "garde", "assistante maternelle", "periscolaire", "halte garderie"),
    ),
    NeedDomain.HEALTH: (PartnerCategory.HEALTH, ("sante", "medecin", "patient", "soins")),
    NeedDomain.SCHOOL: (PartnerCategory.EDUCATION, ("ecole", "college", "lycee", "scolaire")),
    NeedDomain.TRANSPORT: (
        PartnerCategory.MOBILITY,
        ("velo", "covoiturage", "transport", "mobilite", "bus", "navette"),
    ),
    NeedDomain.SOCIAL_LIFE: (PartnerCategory.ASSOCIATION, ("association", "club", "loisirs")),
}
_REMOTE_WORK_WORDS = ("coworking", "tiers lieu", "teletravail")
_JOB_EVENT_WORDS = ("emploi", "recrutement", "entreprises", "job")
_BUSINESS_EVENT_WORDS = ("entreprise", "createur", "creation", "reprise")
_HOUSING_TYPE_WORDS = {
    HousingType.HOUSE: ("maison", "longere", "pavillon", "ferme", "villa"),
    HousingType.APARTMENT: ("appartement", "studio", "duplex"),
    HousingType.LAND: ("terrain",),
}


_Judged = tuple[float, str, list[str]] | None
"""Points, the headline's first words and the reasons of one kind's test; ``None``: no fit."""


@dataclass(frozen=True)
class Suggestion:
    """One offer suggested to a household, with why."""

    offer_id: uuid.UUID
    kind: OfferKind
    title: str
    place: str
    score: int
    headline: str
    """« emploi — infirmier·ère recherché·e à Dole, dans l'intercommunalité souhaitée »."""
    reasons: tuple[str, ...]
    valid_until: date | None
    price_eur: int | None
    proposed: ReferralState | None = None
    """The state of the referral already made for this offer, ``None`` if never proposed."""


@dataclass(frozen=True)
class _Wish:
    rank: int
    kind: TerritoryKind
    code: str
    departement_code: str | None
    epci_siren: str | None
    departements: frozenset[str]


@dataclass(frozen=True)
class _Adult:
    name: str
    occupation: str | None
    job_sought: str | None


@dataclass
class _Profile:
    needs: set[NeedDomain]
    projects: set[ProjectType]
    adults: list[_Adult]
    wishes: list[_Wish]
    tenure: HousingTenure | None
    housing_type: HousingType | None
    budget: int | None
    proposed: dict[uuid.UUID, ReferralState] = field(default_factory=dict)
    epci_names: dict[str, str] = field(default_factory=dict)
    departement_names: dict[str, str] = field(default_factory=dict)

    def wanted_kinds(self) -> set[OfferKind]:
        kinds = set()
        if self.needs & {NeedDomain.JOB, NeedDomain.PARTNER_JOB} or (
            ProjectType.JOB_MOVE in self.projects
        ):
            kinds.add(OfferKind.JOB)
        if NeedDomain.HOUSING in self.needs:
            kinds.add(OfferKind.HOUSING)
        if NeedDomain.BUSINESS in self.needs or ProjectType.BUSINESS in self.projects:
            kinds.add(OfferKind.BUSINESS)
        if self.needs & set(_SERVICE_NEEDS) or ProjectType.REMOTE_WORK in self.projects:
            kinds.add(OfferKind.SERVICE)
        if self.needs & {NeedDomain.SOCIAL_LIFE, NeedDomain.JOB, NeedDomain.BUSINESS}:
            kinds.add(OfferKind.EVENT)
        return kinds


class _Candidate(NamedTuple):
    """One offer as matching reads it (a named tuple: thousands are made per household)."""

    id: str
    """The offer's id as stored (32 hex digits)."""
    kind: OfferKind
    title: str
    details: str | None
    commune: str
    commune_code: str
    departement_code: str
    epci_siren: str | None
    valid_until: date | None
    price_eur: int | None
    category: PartnerCategory | None


def suggest_offers(
    session: Session, household_id: uuid.UUID, *, today: date, limit: int = LIMIT
) -> list[Suggestion]:
    """The offers to suggest to the household, best first (at most ``limit``).

    Expired and withdrawn offers are never suggested; offers already proposed
    are, marked with the referral's state, so the officer sees where each stands.
    """
    profile = _profile(session, household_id)
    kinds = profile.wanted_kinds()
    if not kinds:
        return []
    # First every candidate is scored, words left out; then only the best are described.
    scored = []
    for candidate in _candidates(session, profile, kinds, today):
        fit = _fit(candidate, profile, describe=False)
        if fit is not None:
            scored.append((-round(fit[0]), candidate.valid_until or date.max, candidate))
    scored.sort(key=lambda item: (item[0], item[1], item[2].title))
    return [_describe(candidate, profile) for _score, _until, candidate in scored[:limit]]


# --- what the household wants ---------------------------------------------------------------


def _profile(session: Session, household_id: uuid.UUID) -> _Profile:
    household = session.get_one(Household, household_id)
    needs = set(
        session.scalars(
            select(Need.domain).where(
                Need.household_id == household_id,
                Need.deleted.is_(False),
                Need.state.in_(_OPEN),
            )
        )
    )
    adults = [
        _Adult(
            " ".join(part for part in (first, last) if part) or "",
            occupation,
            job_sought,
        )
        for first, last, occupation, job_sought in session.execute(
            select(Person.first_name, Person.last_name, Person.occupation, Person.job_sought).where(
                Person.household_id == household_id,
                Person.deleted.is_(False),
                Person.role == PersonRole.ADULT,
            )
        )
    ]
    targets = session.scalars(
        select(HouseholdTarget)
        .where(HouseholdTarget.household_id == household_id, HouseholdTarget.deleted.is_(False))
        .order_by(HouseholdTarget.rank)
    ).all()
    epci_departements: dict[str, frozenset[str]] = {}
    epcis = {target.epci_siren for target in targets if target.epci_siren}
    for siren in epcis:
        epci_departements[siren] = frozenset(
            session.scalars(
                select(Commune.departement_code).where(Commune.epci_siren == siren).distinct()
            )
        )
    wishes = []
    for rank, target in enumerate(targets, start=1):
        departements = set()
        if target.departement_code:
            departements.add(target.departement_code)
        if target.kind is TerritoryKind.EPCI and target.epci_siren:
            departements |= epci_departements.get(target.epci_siren, frozenset())
        wishes.append(
            _Wish(
                rank,
                target.kind,
                target.code,
                target.departement_code,
                target.epci_siren,
                frozenset(departements),
            )
        )
    proposed: dict[uuid.UUID, ReferralState] = {}
    for offer_id, state in session.execute(
        select(Referral.offer_id, Referral.state).where(
            Referral.household_id == household_id,
            Referral.deleted.is_(False),
            Referral.offer_id.is_not(None),
        )
    ):
        proposed[offer_id] = state
    departements = {code for wish in wishes for code in wish.departements}
    return _Profile(
        needs=needs,
        projects=household.project_type_set,
        adults=adults,
        wishes=wishes,
        tenure=household.housing_tenure,
        housing_type=household.housing_type,
        budget=household.housing_budget_eur,
        proposed=proposed,
        epci_names=dict(
            session.execute(select(Epci.siren, Epci.name).where(Epci.siren.in_(epcis))).all()
        ),
        departement_names=dict(
            session.execute(
                select(Departement.code, Departement.name).where(Departement.code.in_(departements))
            ).all()
        ),
    )


def _candidates(
    session: Session, profile: _Profile, kinds: set[OfferKind], today: date
) -> Iterable[_Candidate]:
    statement = (
        select(
            type_coerce(Offer.id, String),  # hex text: a UUID is made for the few kept only
            Offer.kind,
            Offer.title,
            Offer.details,
            Commune.name,
            Commune.code,
            Commune.departement_code,
            Commune.epci_siren,
            Offer.valid_until,
            Offer.price_eur,
            Partner.category,
        )
        .join(Commune, Commune.code == Offer.commune_code)
        .outerjoin(Partner, Partner.id == Offer.partner_id)
        .where(
            Offer.deleted.is_(False),
            Offer.kind.in_(kinds),
            or_(Offer.valid_until.is_(None), Offer.valid_until >= today),
        )
    )
    departements = {code for wish in profile.wishes for code in wish.departements}
    if profile.wishes:
        statement = statement.where(Commune.departement_code.in_(departements))
    if profile.budget is not None:
        # Housing well over budget is never suggested, whether rent or price: left in SQL.
        statement = statement.where(
            or_(
                Offer.kind != OfferKind.HOUSING,
                Offer.price_eur.is_(None),
                Offer.price_eur <= profile.budget * OVER_BUDGET,
            )
        )
    # Core rows, not the ORM's: thousands of candidates are read for one household.
    for row in session.connection().execute(statement):
        yield _Candidate(*row)


# --- how well one offer fits ----------------------------------------------------------------


def _fit(
    offer: _Candidate, profile: _Profile, *, describe: bool
) -> tuple[float, str, list[str], str] | None:
    """Points, headline, reasons and place words of the offer; ``None``: it does not fit.

    Without ``describe`` the words are left empty: scoring thousands of offers
    then writes nothing, and only the few kept are described.
    """
    place = _place(offer, profile, describe=describe)
    if place is None:
        return None
    place_points, place_text = place
    judged = _KIND_TESTS[offer.kind](offer, profile, describe)
    if judged is None:
        return None
    points, what, reasons = judged
    return points + place_points, what, reasons, place_text


def _describe(offer: _Candidate, profile: _Profile) -> Suggestion:
    fit = _fit(offer, profile, describe=True)
    assert fit is not None  # it was scored as fitting
    points, what, reasons, place_text = fit
    headline = f"{what} {place_text}".strip() if place_text else what
    where = _where_reason(offer, profile)
    offer_id = uuid.UUID(hex=offer.id)
    return Suggestion(
        offer_id=offer_id,
        kind=offer.kind,
        title=offer.title,
        place=offer.commune,
        score=round(points),
        headline=headline,
        reasons=tuple(reason for reason in (*reasons, where) if reason),
        valid_until=offer.valid_until,
        price_eur=offer.price_eur,
        proposed=profile.proposed.get(offer_id),
    )


def _place(offer: _Candidate, profile: _Profile, *, describe: bool) -> tuple[float, str] | None:
    """Points and words for where the offer is against the wishes; ``None``: nowhere wished."""
    best: tuple[float, TerritoryKind] | None = None
    for wish in profile.wishes:
        level = _level(offer, wish)
        if level is None:
            continue
        points = PLACE_POINTS[level] - RANK_PENALTY * (wish.rank - 1)
        if best is None or points > best[0]:
            best = (points, level)
    if profile.wishes and best is None:
        return None
    if not describe:
        return (best[0] if best else 0.0), ""
    at = translate("Matching", "à {commune}").format(commune=offer.commune)
    if best is None:
        return 0.0, at
    words = {
        TerritoryKind.COMMUNE: translate("Matching", "{at}, commune souhaitée"),
        TerritoryKind.EPCI: translate("Matching", "{at}, dans l'intercommunalité souhaitée"),
        TerritoryKind.DEPARTEMENT: translate("Matching", "{at}, dans le département souhaité"),
    }[best[1]]
    return best[0], words.format(at=at)


def _level(offer: _Candidate, wish: _Wish) -> TerritoryKind | None:
    """How closely the offer's commune meets a wish: same commune, intercommunality, département."""
    if wish.kind is TerritoryKind.COMMUNE and offer.commune_code == wish.code:
        return TerritoryKind.COMMUNE
    if wish.epci_siren and offer.epci_siren == wish.epci_siren:
        return TerritoryKind.EPCI
    if wish.kind is TerritoryKind.DEPARTEMENT and offer.departement_code == wish.code:
        return TerritoryKind.DEPARTEMENT
    if wish.kind is TerritoryKind.COMMUNE and offer.departement_code == wish.departement_code:
        return TerritoryKind.DEPARTEMENT
    return None


def _where_reason(offer: _Candidate, profile: _Profile) -> str:
    """The place reason spelled out, naming the intercommunality or the département."""
    best: tuple[int, str] | None = None
    for wish in profile.wishes:
        level = _level(offer, wish)
        if level is None:
            continue
        points = PLACE_POINTS[level] - RANK_PENALTY * (wish.rank - 1)
        if level is TerritoryKind.COMMUNE:
            text = translate("Matching", "{commune} : commune souhaitée (vœu n° {rank})")
        elif level is TerritoryKind.EPCI:
            text = translate(
                "Matching", "{commune} : même intercommunalité ({epci}) que le vœu n° {rank}"
            )
        else:
            text = translate(
                "Matching", "{commune} : même département ({dep}) que le vœu n° {rank}"
            )
        formatted = text.format(
            commune=offer.commune,
            rank=wish.rank,
            epci=profile.epci_names.get(offer.epci_siren or "", ""),
            dep=profile.departement_names.get(offer.departement_code, offer.departement_code),
        )
        if best is None or points > best[0]:
            best = (points, formatted)
    return best[1] if best else ""


def _domain_points(profile: _Profile, needs: set[NeedDomain], projects: set[ProjectType]) -> float:
    if profile.needs & needs:
        return NEED_POINTS
    if profile.projects & projects:
        return PROJECT_POINTS
    return 0


def _job(offer: _Candidate, profile: _Profile, describe: bool) -> _Judged:
    base = _domain_points(profile, {NeedDomain.JOB, NeedDomain.PARTNER_JOB}, {ProjectType.JOB_MOVE})
    job = job_of_title(offer.title)
    what = (
        translate("Matching", "{domain} — {job} recherché·e").format(
            domain=translate("Matching", "emploi"), job=_lower_first(inclusive(job))
        )
        if describe
        else ""
    )
    known = [
        (adult, source, value)
        for adult in profile.adults
        for source, value in (("sought", adult.job_sought), ("occupation", adult.occupation))
        if value
    ]
    if not known:
        reason = translate("Matching", "métier des adultes non renseigné : offre de la zone")
        return base - UNKNOWN_JOB_PENALTY, what, [reason] if describe else []
    best = max(known, key=lambda item: job_similarity(item[2], job))
    similarity = job_similarity(best[2], job)
    if similarity < MATCH:
        return None
    points = base + JOB_POINTS * (similarity - MATCH + 15) / 30
    if not describe:
        return points, "", []
    adult, source, value = best
    reason = (
        translate("Matching", "{name} cherche un poste : {job}")
        if source == "sought"
        else translate("Matching", "métier de {name} : {job}")
    ).format(name=adult.name or translate("Matching", "l'adulte"), job=value)
    return points, what, [reason]


def _housing(offer: _Candidate, profile: _Profile, describe: bool) -> _Judged:
    fit = _housing_type_fit(offer, profile)
    if fit is None:
        return None
    points = _domain_points(profile, {NeedDomain.HOUSING}, set()) + fit
    budget = _budget_fit(offer, profile, describe)
    if budget is None:
        return None
    budget_points, budget_reason = budget
    if not describe:
        return points + budget_points, "", []
    what = f"{translate('Matching', 'logement')} — {_lower_first(_short_title(offer.title))}"
    reasons = [translate("Matching", "le type de logement souhaité")] if fit else []
    if budget_reason:
        reasons.insert(0, budget_reason)
    return points + budget_points, what, reasons


def _housing_type_fit(offer: _Candidate, profile: _Profile) -> float | None:
    """Points for the type of housing wanted; ``None``: not the kind of place they want."""
    kinds = _housing_kinds(offer)
    if profile.housing_type not in (None, HousingType.ANY):
        if profile.housing_type in kinds:
            return TYPE_POINTS
        return None if kinds else 0.0
    # A plot of land for a household that did not ask for one is no suggestion.
    return None if HousingType.LAND in kinds else 0.0


def _budget_fit(offer: _Candidate, profile: _Profile, describe: bool) -> tuple[float, str] | None:
    """Points and words for the price against the budget, compared as the same thing.

    ``None``: a sale to a household that rents (or the reverse), or well over budget.
    """
    if offer.price_eur is None:
        return 0.0, ""
    price_kind = housing_price_kind(offer.price_eur, offer.title, offer.details)
    wanted = _wanted_price_kind(profile)
    if wanted is not None and price_kind is not wanted:
        return None
    if profile.budget is None:
        return 0.0, ""
    price, budget = offer.price_eur, profile.budget
    monthly = price_kind is PriceKind.MONTHLY_RENT
    if price <= budget:
        points = IN_BUDGET_POINTS
        text = (
            (
                translate("Matching", "dans le budget : {price} par mois pour {budget} prévus")
                if monthly
                else translate("Matching", "dans le budget : {price} pour {budget} prévus")
            )
            if describe
            else ""
        )
    elif price <= budget * OVER_BUDGET:
        points = STRETCH_POINTS
        text = (
            (
                translate("Matching", "un peu au-dessus du budget : {price} par mois pour {budget}")
                if monthly
                else translate("Matching", "un peu au-dessus du budget : {price} pour {budget}")
            )
            if describe
            else ""
        )
    else:
        return None
    if not describe:
        return points, ""
    return points, text.format(price=format_euros(price), budget=format_euros(budget))


def _wanted_price_kind(profile: _Profile) -> PriceKind | None:
    """A rent or a price: what the household's budget is (see the module's note)."""
    if profile.tenure is HousingTenure.RENT:
        return PriceKind.MONTHLY_RENT
    if profile.tenure is HousingTenure.BUY:
        return PriceKind.SALE
    if profile.budget is not None:
        return budget_kind(profile.budget)
    return None


def _housing_kinds(offer: _Candidate) -> set[HousingType]:
    text = f" {_plain(offer.title)} "
    return {
        housing_type
        for housing_type, words in _HOUSING_TYPE_WORDS.items()
        if any(f" {word}" in text for word in words)
    }


def _business(offer: _Candidate, profile: _Profile, describe: bool) -> _Judged:
    base = _domain_points(profile, {NeedDomain.BUSINESS}, {ProjectType.BUSINESS})
    if not describe:
        return base, "", []
    what = translate("Matching", "reprise d'entreprise — {title}").format(
        title=_lower_first(_short_title(offer.title))
    )
    reason = (
        translate("Matching", "projet de création ou de reprise d'entreprise")
        if ProjectType.BUSINESS in profile.projects
        else translate("Matching", "besoin : création d'entreprise")
    )
    return base, what, [reason]


def _service(offer: _Candidate, profile: _Profile, describe: bool) -> _Judged:
    text = f" {_plain(offer.title)} {_plain(offer.details or '')} "
    title = _lower_first(_short_title(offer.title)) if describe else ""
    for domain, (category, words) in _SERVICE_NEEDS.items():
        if domain not in profile.needs:
            continue
        if offer.category is category or any(f" {word}" in text for word in words):
            if not describe:
                return NEED_POINTS, "", []
            need = _need_word(domain)
            reason = translate("Matching", "besoin ouvert : {need}").format(need=need)
            return NEED_POINTS, f"{need} — {title}", [reason]
    if ProjectType.REMOTE_WORK in profile.projects and any(
        f" {word}" in text for word in _REMOTE_WORK_WORDS
    ):
        if not describe:
            return PROJECT_POINTS, "", []
        what = translate("Matching", "télétravail — {title}").format(title=title)
        return PROJECT_POINTS, what, [translate("Matching", "projet en télétravail")]
    return None


def _event(offer: _Candidate, profile: _Profile, describe: bool) -> _Judged:
    text = f" {_plain(offer.title)} "
    if NeedDomain.SOCIAL_LIFE in profile.needs:
        points, reason = (
            NEED_POINTS - 10,
            lambda: translate("Matching", "besoin ouvert : vie sociale"),
        )
    elif NeedDomain.JOB in profile.needs and any(f" {word}" in text for word in _JOB_EVENT_WORDS):
        points, reason = NEED_POINTS - 15, lambda: translate("Matching", "besoin ouvert : emploi")
    elif (NeedDomain.BUSINESS in profile.needs or ProjectType.BUSINESS in profile.projects) and any(
        f" {word}" in text for word in _BUSINESS_EVENT_WORDS
    ):
        points, reason = NEED_POINTS - 15, lambda: translate("Matching", "projet d'entreprise")
    else:
        return None
    if not describe:
        return points, "", []
    what = translate("Matching", "événement — {title}").format(
        title=_lower_first(_short_title(offer.title))
    )
    return points, what, [reason()]


_KIND_TESTS: dict[OfferKind, Callable[[_Candidate, _Profile, bool], _Judged]] = {
    OfferKind.JOB: _job,
    OfferKind.HOUSING: _housing,
    OfferKind.BUSINESS: _business,
    OfferKind.SERVICE: _service,
    OfferKind.EVENT: _event,
}


@lru_cache(maxsize=65_536)
def _plain(text: str) -> str:
    """Titles compared without accents or capitals, each folded once per catalogue."""
    return searchable(text)


def _need_word(domain: NeedDomain) -> str:
    words = {
        NeedDomain.CHILDCARE: translate("Matching", "garde d'enfant"),
        NeedDomain.HEALTH: translate("Matching", "santé"),
        NeedDomain.SCHOOL: translate("Matching", "école"),
        NeedDomain.TRANSPORT: translate("Matching", "mobilité"),
        NeedDomain.SOCIAL_LIFE: translate("Matching", "vie sociale"),
    }
    return words[domain]


def _short_title(title: str) -> str:
    """The title without its trailing « – Commune »: the headline names the place itself."""
    head, separator, _tail = title.rpartition(" – ")
    return head if separator else title


def _lower_first(text: str) -> str:
    """« Infirmier·ère » → « infirmier·ère », but « CDI » and « EHPAD » keep their capitals."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]
