"""Demo caseloads: realistic, reproducible households for trying Escale out and for benchmarks.

The figures follow the programme's first year (about one household in ten
accompanied, one or two in a hundred settled), the places are the real communes
in the reference tables, and every value comes from one seeded generator and
the given day, so a seed (with the same Faker release) always rebuilds the same rows.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from random import Random

from faker import Faker
from sqlalchemy import Connection, select

from desktop.cases import derived
from desktop.consent import CONSENT_VERSION
from desktop.demo import vocabulary as words
from desktop.demo.bulk import BulkWriter, Row, code, day, json_list, new_id
from desktop.demo.mix import (
    AGE_DAYS,
    CHANNELS,
    CHILD_COUNTS,
    CONSENT_CHANNELS,
    HOUSING_TYPES,
    INTERACTION_COUNTS,
    MATURITIES,
    NEED_STATES,
    OFFER_KINDS,
    PROJECTS,
    REFERRAL_STATES,
    SCHOOLED,
    SOURCES,
    STATUSES,
    TARGET_COUNTS,
    TENURES,
)
from desktop.demo.sampling import WeightedPool, ascii_slug, of_phrase, thousands
from desktop.errors import UserFacingError
from desktop.i18n import translate
from desktop.models import (
    Base,
    Channel,
    Commune,
    Epci,
    Event,
    EventKind,
    FollowUp,
    Household,
    HouseholdTarget,
    HousingTenure,
    Interaction,
    Need,
    NeedDomain,
    Offer,
    OfferKind,
    Officer,
    OfficerTerritory,
    Partner,
    PartnerCategory,
    Person,
    PersonRole,
    ProjectType,
    Referral,
    ReferralState,
    SchoolLevel,
    Settlement,
    Source,
    Status,
    StatusChange,
    TerritoryKind,
)
from desktop.models.base import timestamp
from desktop.storage.database import Database

log = logging.getLogger(__name__)

BATCH_SIZE = 2_000
DEMO_CACHE_KIB = 256 * 1024
OFFER_COUNT = 400
DEMO_MODELS = (
    Officer,
    OfficerTerritory,
    Event,
    Partner,
    Offer,
    Household,
    HouseholdTarget,
    Person,
    StatusChange,
    Settlement,
    Need,
    Interaction,
    FollowUp,
    Referral,
)
DEMO_TABLES = tuple(model.__tablename__ for model in DEMO_MODELS)


@dataclass(frozen=True)
class DemoSummary:
    """What a demo run wrote, for the command line to report."""

    households: int
    people: int
    interactions: int
    follow_ups: int
    offers: int
    partners: int
    events: int
    officers: int

    def describe(self) -> str:
        head = _plural(
            self.households,
            translate("Demo", "{n} foyer de démonstration créé"),
            translate("Demo", "{n} foyers de démonstration créés"),
        )
        detail = ", ".join(
            (
                _plural(
                    self.people,
                    translate("Demo", "{n} personne"),
                    translate("Demo", "{n} personnes"),
                ),
                _plural(
                    self.interactions,
                    translate("Demo", "{n} échange"),
                    translate("Demo", "{n} échanges"),
                ),
                _plural(
                    self.follow_ups,
                    translate("Demo", "{n} relance"),
                    translate("Demo", "{n} relances"),
                ),
            )
        )
        catalogue = translate(
            "Demo",
            "Suivis par {officers} chargés d'accueil, avec {partners} partenaires, "
            "{offers} offres et {events} événements.",
        ).format(
            officers=thousands(self.officers),
            partners=thousands(self.partners),
            offers=thousands(self.offers),
            events=thousands(self.events),
        )
        return f"{head} ({detail}).\n{catalogue}"


def _plural(count: int, singular: str, plural: str) -> str:
    """French agreement: 0 and 1 take the singular."""
    return (singular if count <= 1 else plural).format(n=thousands(count))


def generate_demo(
    database: Database, *, households: int, seed: int = 1, today: date | None = None
) -> DemoSummary:
    """Fill an empty database with ``households`` demo households and their catalogue.

    Everything is written in one transaction, so an interrupted run leaves the
    database empty rather than half filled.

    Raises:
        UserFacingError: the database already holds households; demo data is
            never mixed with real cases.
    """
    with database.engine.begin() as connection:
        if connection.execute(select(Household.id).limit(1)).first() is not None:
            raise UserFacingError(
                translate(
                    "Demo",
                    "Cette base contient déjà des foyers : les données de démonstration ne "
                    "s'ajoutent qu'à une base vide. Choisissez un autre dossier avec --data-dir.",
                )
            )
        generator = _Generator(connection, seed=seed, today=today or date.today())
        with _large_page_cache(connection), derived.suspended(connection):
            summary = generator.run(households)
    log.info("demo data generated (seed %d): %s", seed, summary)
    return summary


@contextlib.contextmanager
def _large_page_cache(connection: Connection) -> Iterator[None]:
    """Let SQLite keep the indexes in memory while ids arrive in random order.

    With the default 2 MB cache, inserting a million random UUID keys rereads
    index pages from disk again and again: the large demo takes a third longer.
    The pooled connection gets its usual cache back afterwards.
    """
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{DEMO_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous or -2000)}")


@dataclass(frozen=True)
class _Commune:
    code: str
    name: str
    departement_code: str
    epci_siren: str | None


@dataclass(frozen=True)
class _Member:
    """A person of the household being built, as the later rows need them."""

    id: str
    last_name: str
    age: int
    job: str | None
    retired: bool
    remote: bool
    school_level: SchoolLevel | None


@dataclass(frozen=True)
class _Fair:
    id: str
    starts_on: date
    days: int


@dataclass(frozen=True)
class _Step:
    status: Status
    at: datetime
    reason: str | None


@dataclass
class _Case:
    """The household being built: what its dependent rows are derived from."""

    id: str
    status: Status
    officer_id: str
    registered: datetime
    steps: list[_Step]
    targets: list[_Commune]
    project_types: list[ProjectType]
    adults: list[_Member]
    children: list[_Member]

    @property
    def job_phrase(self) -> str:
        main = self.adults[0]
        if main.retired or main.job is None:
            return "une activité bénévole"
        return f"un poste {of_phrase(main.job)}"

    def moment_of(self, status: Status) -> datetime | None:
        return next((step.at for step in self.steps if step.status is status), None)


class _Generator:
    """Builds every demo row from one random stream; not reusable across runs."""

    def __init__(self, connection: Connection, *, seed: int, today: date) -> None:
        self.connection = connection
        self.rng = Random(seed)
        self.today = today
        # Naive UTC throughout, as the columns store it; nothing happens after 08:00 UTC today.
        self.now = datetime.combine(today, time(8, 0))
        tables = set(DEMO_TABLES)
        self.out = BulkWriter([t for t in Base.metadata.sorted_tables if t.name in tables])
        self._faker_pools(seed)
        self._load_geography()
        self._emails: dict[str, int] = {}
        self._phones: set[str] = set()
        self.officers_by_departement: dict[str, list[str]] = {}
        self.officer_ids: list[str] = []
        self.fairs: list[_Fair] = []
        self.partners: dict[tuple[str, PartnerCategory], list[Row]] = {}
        self.offers: dict[tuple[str, OfferKind], list[str]] = {}
        self.offer_ids: list[str] = []

    def _faker_pools(self, seed: int) -> None:
        """Ask Faker once for a few hundred names; drawing from lists is far faster."""
        faker = Faker("fr_FR")
        faker.seed_instance(seed)
        self.male_names = list(dict.fromkeys(faker.first_name_male() for _ in range(600)))
        self.female_names = list(dict.fromkeys(faker.first_name_female() for _ in range(600)))
        self.last_names = list(dict.fromkeys(faker.last_name() for _ in range(2_000)))
        self.streets = list(dict.fromkeys(faker.street_name() for _ in range(300)))

    def _load_geography(self) -> None:
        rows = self.connection.execute(
            select(
                Commune.code,
                Commune.name,
                Commune.departement_code,
                Commune.region_code,
                Commune.epci_siren,
                Commune.population,
            )
            .where(Commune.population > 0)
            .order_by(Commune.code)
        ).all()
        origins: list[tuple[str, float]] = []
        targets: list[tuple[_Commune, float]] = []
        for code_, name, departement, region, epci, population in rows:
            if region == words.REGION_CODE:
                commune = _Commune(code_, name, departement, epci)
                targets.append((commune, population**0.8))
            elif len(region) == 2:
                origins.append((code_, population * _origin_factor(region, population)))
        self.commune_codes = {row[0] for row in rows}
        self.origins = WeightedPool.of(origins)
        self.targets = WeightedPool.of(targets)
        self.targets_by_departement = {
            departement: WeightedPool.of(
                [t for t in targets if t[0].departement_code == departement]
            )
            for departement in words.DEPARTEMENT_OF
        }
        self.big_communes = {
            departement: [
                commune
                for commune, _ in sorted(
                    (t for t in targets if t[0].departement_code == departement),
                    key=lambda t: -t[1],
                )[:3]
            ]
            for departement in words.DEPARTEMENT_OF
        }
        self.epci_names = dict(self.connection.execute(select(Epci.siren, Epci.name)).all())

    def run(self, households: int) -> DemoSummary:
        self._officers()
        self._events()
        self._partners()
        self._offers()
        self.out.flush(self.connection)
        for start in range(0, households, BATCH_SIZE):
            for _ in range(min(BATCH_SIZE, households - start)):
                self._household()
            self.out.flush(self.connection)
        count = self.out.count
        return DemoSummary(
            households=count("household"),
            people=count("person"),
            interactions=count("interaction"),
            follow_ups=count("follow_up"),
            offers=count("offer"),
            partners=count("partner"),
            events=count("event"),
            officers=count("officer"),
        )

    def _days_ago(self, days: float) -> datetime:
        return (self.now - timedelta(days=days)).replace(microsecond=0)

    def _email(self, first_name: str, last_name: str, domain: str) -> str:
        """``prenom.nom@domain``, unique: duplicates would look like the same person twice."""
        return self._unique_email(f"{ascii_slug(first_name)}.{ascii_slug(last_name)}", domain)

    def _unique_email(self, local: str, domain: str) -> str:
        """``local@domain``, numbered when taken (``jean.martin2@…``)."""
        key = f"{local}@{domain}"
        taken = self._emails.get(key, 0) + 1
        self._emails[key] = taken
        return key if taken == 1 else f"{local}{taken}@{domain}"

    def _phone(self, prefix: str | None = None) -> str:
        """A unique French number in E.164: a mobile, or a landline after ``prefix``."""
        rng = self.rng
        while True:
            if prefix is None:
                number = f"+33{rng.choice(words.MOBILE_PREFIXES)}{rng.randrange(10**7):07d}"
            else:
                number = f"+33{prefix}{rng.randrange(10**6):06d}"
            if number not in self._phones:
                self._phones.add(number)
                return number

    def _first_name(self, female: bool) -> str:
        return self.rng.choice(self.female_names if female else self.male_names)

    def _full_name(self) -> str:
        return f"{self._first_name(self.rng.random() < 0.6)} {self.rng.choice(self.last_names)}"

    def _officers(self) -> None:
        created = timestamp(self._days_ago(760))
        for departements in words.OFFICER_DEPARTEMENTS:
            officer_id = new_id(self.rng)
            first = self._first_name(self.rng.random() < 0.6)
            last = self.rng.choice(self.last_names)
            self.out["officer"].add(
                {
                    "id": officer_id,
                    "updated_at": created,
                    "name": f"{first} {last}",
                    "email": self._email(first, last, words.OFFICE_EMAIL_DOMAIN),
                    "phone": self._phone(words.DEPARTEMENT_PHONE_PREFIX[departements[0]]),
                }
            )
            self.officer_ids.append(officer_id)
            for departement in departements:
                self.officers_by_departement.setdefault(departement, []).append(officer_id)
                self.out["officer_territory"].add(
                    {
                        "id": new_id(self.rng),
                        "updated_at": created,
                        "officer_id": officer_id,
                        "kind": code(TerritoryKind.DEPARTEMENT),
                        "code": departement,
                    }
                )

    def _events(self) -> None:
        for name, kind, place, commune_code, offset, length in words.EVENTS:
            start = _saturday_on_or_before(self.today + timedelta(days=offset))
            event_id = new_id(self.rng)
            announced = min(datetime.combine(start - timedelta(days=90), time(8, 0)), self.now)
            self.out["event"].add(
                {
                    "id": event_id,
                    "updated_at": timestamp(announced),
                    "name": name,
                    "kind": code(kind),
                    "place": place,
                    "commune_code": commune_code if commune_code in self.commune_codes else None,
                    "starts_on": day(start),
                    "ends_on": day(start + timedelta(days=length - 1)),
                }
            )
            if kind is EventKind.FAIR and start < self.today:
                self.fairs.append(_Fair(event_id, start, length))

    def _partners(self) -> None:
        rng = self.rng
        for departement, of_departement in words.DEPARTEMENT_OF.items():
            chosen = list(words.PARTNERS_EVERYWHERE) + rng.sample(
                words.PARTNERS_SOMETIMES, rng.randint(2, 3)
            )
            for template, email_template, category in chosen:
                city = rng.choice(self.big_communes[departement])
                names = {
                    "ville": city.name,
                    "dept": of_departement,
                    "code": departement,
                    "nom": rng.choice(self.last_names),
                    "epci": self.epci_names.get(city.epci_siren or "", city.name),
                }
                organisation = template.format(**names)
                local = ascii_slug(email_template.format(**names))[:48].rstrip("-")
                if "{ville}" in template:
                    territory = (TerritoryKind.COMMUNE, city.code)
                elif "{epci}" in template and city.epci_siren:
                    territory = (TerritoryKind.EPCI, city.epci_siren)
                else:
                    territory = (TerritoryKind.DEPARTEMENT, departement)
                row = {
                    "id": new_id(rng),
                    "updated_at": timestamp(self._days_ago(rng.randint(200, 700))),
                    "organisation": organisation,
                    "category": code(category),
                    "contact_name": self._full_name(),
                    "phone": self._phone(words.DEPARTEMENT_PHONE_PREFIX[departement]),
                    "email": self._unique_email(local, words.PARTNER_EMAIL_DOMAIN),
                    "territory_kind": code(territory[0]),
                    "territory_code": territory[1],
                }
                self.out["partner"].add(row)
                self.partners.setdefault((departement, category), []).append(row)

    def _offers(self) -> None:
        rng = self.rng
        for _ in range(OFFER_COUNT):
            kind = OFFER_KINDS.pick(rng)
            commune = self.targets.pick(rng)
            template, category = rng.choice(words.OFFER_TITLES[kind])
            title, details, price = self._offer_text(kind, template, commune)
            if kind is OfferKind.EVENT:
                valid_until: date | None = self.today + timedelta(days=rng.randint(5, 90))
            elif rng.random() < 0.1:
                valid_until = None
            else:
                valid_until = self.today + timedelta(days=rng.randint(-30, 150))
            partners = self.partners.get((commune.departement_code, category))
            partner = rng.choice(partners) if partners else None
            offer_id = new_id(rng)
            self.out["offer"].add(
                {
                    "id": offer_id,
                    "updated_at": timestamp(self._days_ago(rng.randint(1, 90))),
                    "kind": code(kind),
                    "title": title,
                    "details": details,
                    "commune_code": commune.code,
                    "valid_until": None if valid_until is None else day(valid_until),
                    "price_eur": price,
                    "partner_id": partner["id"] if partner else None,
                    "contact_name": partner["contact_name"] if partner else self._full_name(),
                    "contact_phone": partner["phone"] if partner else self._phone(),
                    "contact_email": partner["email"] if partner else None,
                }
            )
            self.offers.setdefault((commune.departement_code, kind), []).append(offer_id)
            self.offer_ids.append(offer_id)

    def _offer_text(
        self, kind: OfferKind, template: str, commune: _Commune
    ) -> tuple[str, str | None, int | None]:
        """Title, details and price of one offer; only housing and businesses have a price."""
        rng = self.rng
        job = rng.choice(words.JOBS)[0]
        title = template.format(
            job=job[:1].upper() + job[1:],
            contrat=rng.choice(words.CONTRACTS),
            commune=commune.name,
            pieces=rng.randint(2, 6),
            surface=rng.randrange(400, 1_500, 50),
        )
        details = rng.choice(words.OFFER_DETAILS[kind])
        price: int | None = None
        if kind is OfferKind.HOUSING:
            details = (details or "").format(
                numero=rng.randint(1, 60), rue=rng.choice(self.streets)
            )
            if title.startswith("Terrain"):
                price = rng.randrange(20_000, 80_000, 1_000)
            elif rng.random() < 0.5:
                price = rng.randrange(400, 1_200, 10)
                details = f"À louer, {thousands(price)} € par mois. {details}"
            else:
                price = rng.randrange(60_000, 320_000, 5_000)
                details = f"À vendre. {details}"
        elif kind is OfferKind.BUSINESS:
            price = rng.randrange(40_000, 450_000, 5_000)
        return title, details, price

    def _household(self) -> None:
        rng = self.rng
        status = STATUSES.pick(rng)
        source = SOURCES.pick(rng)
        event_id, registered = self._arrival(status, source)
        targets = self._targets()
        project_types = self._project_types()
        officers = self.officers_by_departement.get(targets[0].departement_code)
        case = _Case(
            id=new_id(rng),
            status=status,
            officer_id=rng.choice(officers or self.officer_ids),
            registered=registered,
            steps=self._steps(status, registered),
            targets=targets,
            project_types=project_types,
            adults=[],
            children=[],
        )
        self._members(case)
        interactions = self._interactions(case)
        last_change = max([case.steps[-1].at, *(at for _, at in interactions)])
        self.out["household"].add(
            {
                "id": case.id,
                "updated_at": timestamp(last_change),
                "name": _household_name(case.adults),
                "source": code(source),
                "event_id": event_id,
                "registered_at": timestamp(registered),
                **self._origin(),
                **self._project(case),
                "officer_id": case.officer_id,
                "status": code(status),
                **self._consent(source, registered),
                "consent_withdrawn_at": None,
                "consent_withdrawn_channel": None,
                "erased_at": None,
                "merged_into_id": None,
            }
        )
        self._targets_rows(case)
        self._status_rows(case)
        self._needs(case)
        self._follow_ups(case, interactions)
        self._referrals(case)
        if status is Status.SETTLED:
            self._settlement(case)

    def _arrival(self, status: Status, source: Source) -> tuple[str | None, datetime]:
        """When the household registered, and the fair it was met at if it is one we list."""
        rng = self.rng
        youngest, oldest = AGE_DAYS[status]
        if source is Source.FAIR and rng.random() < 0.4:
            fairs = [
                fair
                for fair in self.fairs
                if youngest <= (self.today - fair.starts_on).days <= oldest
            ]
            if fairs:
                fair = rng.choice(fairs)
                on = fair.starts_on + timedelta(days=rng.randrange(fair.days))
                at = datetime.combine(on, time(8, 0)) + timedelta(seconds=rng.randrange(9 * 3600))
                return fair.id, at
        # New cases lean recent: older ones have mostly been contacted by now.
        shape = 1.6 if status is Status.NEW else 1.0
        return None, self._days_ago(youngest + (oldest - youngest) * rng.random() ** shape)

    def _steps(self, status: Status, registered: datetime) -> list[_Step]:
        """The status path to ``status``, squeezed to end before now when it would not fit."""
        rng = self.rng
        path: list[tuple[Status, float, str | None]] = [(Status.NEW, 0.0, None)]
        if status is not Status.NEW:
            if status is not Status.ABANDONED or rng.random() < 0.7:
                path.append((Status.CONTACTED, rng.uniform(1, 21), None))
            went_further = (status is Status.PAUSED and rng.random() < 0.4) or (
                status is Status.ABANDONED and len(path) > 1 and rng.random() < 0.25
            )
            if status in (Status.ACCOMPANIED, Status.SETTLED) or went_further:
                path.append((Status.ACCOMPANIED, rng.uniform(7, 60), None))
            if status is Status.SETTLED:
                path.append((Status.SETTLED, rng.uniform(60, 300), None))
            elif status is Status.PAUSED:
                path.append((status, rng.uniform(10, 120), rng.choice(words.PAUSE_REASONS)))
            elif status is Status.ABANDONED:
                path.append((status, rng.uniform(5, 200), rng.choice(words.ABANDON_REASONS)))
        room = (self.now - registered).total_seconds() / 86_400 - 0.5
        total = sum(gap for _, gap, _ in path)
        scale = min(1.0, room / total) if total > 0 else 1.0
        steps = [_Step(Status.NEW, registered, None)]
        raw = registered
        for step_status, gap, reason in path[1:]:
            raw = (raw + timedelta(days=gap * scale)).replace(microsecond=0)
            at = max(self._office_hours(raw), steps[-1].at + timedelta(minutes=1))
            steps.append(_Step(step_status, at, reason))
        return steps

    def _office_hours(self, moment: datetime) -> datetime:
        """Move an officer's action of an earlier day into 07:00–17:00 UTC.

        The mapping keeps the order of a day's moments, so a case's history stays
        in order; today's moments are left alone, as they must not pass ``now``.
        """
        if moment.date() >= self.today:
            return moment
        seconds = moment.hour * 3_600 + moment.minute * 60 + moment.second
        opening = datetime.combine(moment.date(), time(7, 0))
        return opening + timedelta(seconds=seconds * 10 // 24)

    def _targets(self) -> list[_Commune]:
        """1 to 3 wished communes; later wishes are often near the first."""
        rng = self.rng
        first = self.targets.pick(rng)
        chosen = [first]
        wanted = TARGET_COUNTS.pick(rng)
        nearby = self.targets_by_departement[first.departement_code]
        for _ in range(10 * wanted):
            if len(chosen) == wanted:
                break
            candidate = (nearby if rng.random() < 0.6 else self.targets).pick(rng)
            if candidate not in chosen:
                chosen.append(candidate)
        return chosen

    def _project_types(self) -> list[ProjectType]:
        first = PROJECTS.pick(self.rng)
        if first is ProjectType.RETIREMENT or self.rng.random() < 0.7:
            return [first]
        second = PROJECTS.pick(self.rng)
        if second in (first, ProjectType.RETIREMENT):
            return [first]
        return [first, second]

    def _origin(self) -> Row:
        rng = self.rng
        if rng.random() < 0.03:
            country, city = rng.choice(words.ABROAD_CITIES)
            return {"origin_country": country, "origin_commune_code": None, "origin_city": city}
        return {
            "origin_country": "FR",
            "origin_commune_code": self.origins.pick(rng),
            "origin_city": None,
        }

    def _project(self, case: _Case) -> Row:
        rng = self.rng
        tenure = TENURES.pick(rng)
        if tenure is HousingTenure.RENT:
            budget: int | None = rng.randrange(500, 1_410, 10)
        elif tenure is HousingTenure.BUY:
            budget = rng.randrange(90_000, 355_000, 5_000)
        else:
            budget = None
        target_date = case.registered.date() + timedelta(days=rng.randint(90, 540))
        return {
            "project_types": json_list([code(project) for project in case.project_types]),
            "maturity": code(MATURITIES.pick(rng)) if rng.random() < 0.95 else None,
            "housing_tenure": code(tenure),
            "housing_type": code(HOUSING_TYPES.pick(rng)),
            "housing_budget_eur": budget,
            "housing_notes": rng.choice(words.HOUSING_NOTES) if rng.random() < 0.25 else None,
            "target_date": day(target_date) if rng.random() < 0.85 else None,
        }

    def _consent(self, source: Source, registered: datetime) -> Row:
        if self.rng.random() < 0.95:
            return {
                "consent_at": timestamp(registered),
                "consent_version": CONSENT_VERSION,
                "consent_channel": code(CONSENT_CHANNELS[source]),
            }
        return {"consent_at": None, "consent_version": None, "consent_channel": None}

    def _members(self, case: _Case) -> None:
        rng = self.rng
        retirement = ProjectType.RETIREMENT in case.project_types
        remote = ProjectType.REMOTE_WORK in case.project_types
        main_female = rng.random() < 0.55
        last_name = rng.choice(self.last_names)
        self._adult(case, female=main_female, last_name=last_name, remote=remote)
        if rng.random() < (0.7 if retirement else 0.62):
            partner_last = last_name if rng.random() < 0.7 else rng.choice(self.last_names)
            partner_female = main_female if rng.random() < 0.07 else not main_female
            self._adult(case, female=partner_female, last_name=partner_last, remote=False)
        if retirement:
            return
        youngest_parent = min(adult.age for adult in case.adults)
        for _ in range(CHILD_COUNTS.pick(rng)):
            oldest_child = min(17, youngest_parent - 20)
            if oldest_child >= 0:
                self._child(case, age=rng.randint(0, oldest_child), last_name=last_name)

    def _adult(self, case: _Case, *, female: bool, last_name: str, remote: bool) -> None:
        rng = self.rng
        main = not case.adults
        retired = ProjectType.RETIREMENT in case.project_types
        birth_year = rng.randint(1955, 1964) if retired else rng.randint(1966, 2002)
        first_name = self._first_name(female)
        if retired:
            occupation = words.RETIRED[female]
            sought = None
        else:
            occupation = rng.choice(words.JOBS)[female]
            if rng.random() < 0.75:
                sought = occupation
            elif rng.random() < 0.5:
                sought = rng.choice(words.JOBS)[female]
            else:
                sought = None
        remote = remote or (not retired and rng.random() < 0.1)
        member = _Member(
            id=new_id(rng),
            last_name=last_name,
            age=self.today.year - birth_year,
            job=sought,
            retired=retired,
            remote=remote,
            school_level=None,
        )
        case.adults.append(member)
        has_email = rng.random() < (0.95 if main else 0.4)
        has_phone = rng.random() < (0.9 if main else 0.3)
        domain = rng.choice(words.PERSON_EMAIL_DOMAINS)
        self.out["person"].add(
            {
                "id": member.id,
                "updated_at": timestamp(case.registered),
                "household_id": case.id,
                "role": code(PersonRole.ADULT),
                "first_name": first_name,
                "last_name": last_name,
                "birth_year": birth_year,
                "occupation": occupation,
                "job_sought": sought,
                "remote_worker": int(remote),
                "school_level": None,
                "childcare_need": 0,
                "email": self._email(first_name, last_name, domain) if has_email else None,
                "phone": self._phone() if has_phone else None,
            }
        )

    def _child(self, case: _Case, *, age: int, last_name: str) -> None:
        female = self.rng.random() < 0.5
        level = _school_level(age)
        member = _Member(
            id=new_id(self.rng),
            last_name=last_name,
            age=age,
            job=None,
            retired=False,
            remote=False,
            school_level=level,
        )
        case.children.append(member)
        self.out["person"].add(
            {
                "id": member.id,
                "updated_at": timestamp(case.registered),
                "household_id": case.id,
                "role": code(PersonRole.CHILD),
                "first_name": self._first_name(female),
                "last_name": last_name,
                "birth_year": self.today.year - age,
                "occupation": None,
                "job_sought": None,
                "remote_worker": 0,
                "school_level": code(level),
                "childcare_need": int(age < 3),
                "email": None,
                "phone": None,
            }
        )

    def _targets_rows(self, case: _Case) -> None:
        at = timestamp(case.registered)
        for rank, commune in enumerate(case.targets, start=1):
            self.out["household_target"].add(
                {
                    "id": new_id(self.rng),
                    "updated_at": at,
                    "household_id": case.id,
                    "rank": rank,
                    "kind": code(TerritoryKind.COMMUNE),
                    "code": commune.code,
                    "departement_code": commune.departement_code,
                    "epci_siren": commune.epci_siren,
                }
            )

    def _status_rows(self, case: _Case) -> None:
        previous: Status | None = None
        for step in case.steps:
            self.out["status_change"].add(
                {
                    "id": new_id(self.rng),
                    "updated_at": timestamp(step.at),
                    "household_id": case.id,
                    "from_status": None if previous is None else code(previous),
                    "to_status": code(step.status),
                    "changed_at": timestamp(step.at),
                    "reason": step.reason,
                    "officer_id": None if previous is None else case.officer_id,
                }
            )
            previous = step.status

    def _needs(self, case: _Case) -> None:
        rng = self.rng
        states = NEED_STATES[case.status]
        at = timestamp(case.steps[-1].at)
        for domain, person in self._need_domains(case):
            note = None
            if rng.random() < 0.6:
                note = rng.choice(words.NEED_NOTES[domain]).format(
                    job=case.job_phrase, commune=case.targets[0].name
                )
            self.out["need"].add(
                {
                    "id": new_id(rng),
                    "updated_at": at,
                    "household_id": case.id,
                    "domain": code(domain),
                    "state": code(states.pick(rng)),
                    "person_id": person.id if person else None,
                    "note": note,
                }
            )

    def _need_domains(self, case: _Case) -> list[tuple[NeedDomain, _Member | None]]:
        """2 to 5 needs that fit the household: a school only with school-age children."""
        rng = self.rng
        main = case.adults[0]
        domains: list[tuple[NeedDomain, _Member | None]] = []
        if not main.retired:
            domains.append((NeedDomain.JOB, main))
        if len(case.adults) > 1 and not case.adults[1].retired and not case.adults[1].remote:
            domains.append((NeedDomain.PARTNER_JOB, case.adults[1]))
        if rng.random() < 0.95:
            domains.append((NeedDomain.HOUSING, None))
        pupils = [child for child in case.children if child.school_level in SCHOOLED]
        if pupils:
            domains.append((NeedDomain.SCHOOL, pupils[0]))
        toddlers = [child for child in case.children if child.school_level is SchoolLevel.NONE]
        if toddlers:
            domains.append((NeedDomain.CHILDCARE, toddlers[0]))
        if ProjectType.BUSINESS in case.project_types:
            domains.append((NeedDomain.BUSINESS, main))
        for domain, chance in (
            (NeedDomain.HEALTH, 0.3),
            (NeedDomain.TRANSPORT, 0.15),
            (NeedDomain.SOCIAL_LIFE, 0.15),
        ):
            if rng.random() < chance or len(domains) < 2:
                domains.append((domain, None))
        return domains[:5]

    def _interactions(self, case: _Case) -> list[tuple[str, datetime]]:
        """The case's exchanges, oldest first, between first contact and its last move."""
        if case.status is Status.NEW:
            return []
        rng = self.rng
        low, high = INTERACTION_COUNTS[case.status]
        contacted = case.moment_of(Status.CONTACTED)
        start = contacted or case.registered
        end = (
            self.now if case.status in (Status.CONTACTED, Status.ACCOMPANIED) else case.steps[-1].at
        )
        span = max((end - start).total_seconds(), 3_600.0)
        moments = sorted(
            max(self._office_hours(start + timedelta(seconds=rng.randrange(60, int(span)))), start)
            for _ in range(rng.randint(low, high) - (contacted is not None))
        )
        made: list[tuple[str, datetime]] = []
        if contacted is not None:
            made.append(self._interaction(case, contacted, Channel.PHONE, words.FIRST_CALL))
        for at in moments:
            channel = CHANNELS.pick(rng)
            summary = rng.choice(words.INTERACTION_SUMMARIES[channel])
            made.append(self._interaction(case, at, channel, summary))
        return made

    def _interaction(
        self, case: _Case, at: datetime, channel: Channel, summary: str
    ) -> tuple[str, datetime]:
        interaction_id = new_id(self.rng)
        self.out["interaction"].add(
            {
                "id": interaction_id,
                "updated_at": timestamp(at),
                "household_id": case.id,
                "occurred_at": timestamp(at),
                "channel": code(channel),
                "officer_id": case.officer_id,
                "summary": summary.format(job=case.job_phrase, commune=case.targets[0].name),
                "internal": int(channel is Channel.NOTE or self.rng.random() < 0.05),
            }
        )
        return interaction_id, at

    def _follow_ups(self, case: _Case, interactions: list[tuple[str, datetime]]) -> None:
        """Past follow-ups done by an exchange, and about one open per open case."""
        rng = self.rng
        done = rng.sample(interactions, rng.randint(0, min(3, len(interactions))))
        for interaction_id, at in sorted(done, key=lambda pair: pair[1]):
            self._follow_up(
                case,
                due_on=at.date() - timedelta(days=rng.randint(0, 5)),
                what=rng.choice(words.DONE_FOLLOW_UPS),
                done=(interaction_id, at),
            )
        registered_on = case.registered.date()
        if case.status in (Status.CONTACTED, Status.ACCOMPANIED):
            due_on = max(self.today + timedelta(days=rng.randint(-10, 40)), registered_on)
            self._follow_up(case, due_on=due_on, what=rng.choice(words.OPEN_FOLLOW_UPS))
        elif case.status is Status.PAUSED:
            due_on = self.today + timedelta(days=rng.randint(20, 120))
            self._follow_up(case, due_on=due_on, what=words.PAUSE_FOLLOW_UP)
        elif case.status is Status.NEW and (self.today - registered_on).days <= 30:
            due_on = registered_on + timedelta(days=rng.randint(2, 7))
            self._follow_up(case, due_on=due_on, what=words.FIRST_FOLLOW_UP)

    def _follow_up(
        self,
        case: _Case,
        *,
        due_on: date,
        what: str,
        done: tuple[str, datetime] | None = None,
    ) -> None:
        written = done[1] if done else case.steps[-1].at
        self.out["follow_up"].add(
            {
                "id": new_id(self.rng),
                "updated_at": timestamp(written),
                "household_id": case.id,
                "due_on": day(due_on),
                "what": what,
                "done_on": day(done[1].date()) if done else None,
                "officer_id": case.officer_id,
                "interaction_id": done[0] if done else None,
            }
        )

    def _referrals(self, case: _Case) -> None:
        """About one offer for every two accompanied households; settled ones took one."""
        rng = self.rng
        accompanied = case.moment_of(Status.ACCOMPANIED)
        if accompanied is None or case.status not in (Status.ACCOMPANIED, Status.SETTLED):
            return
        settled = case.status is Status.SETTLED
        count = rng.randint(1, 2) if settled else rng.choice((0, 0, 0, 0, 0, 0, 1, 1, 1, 2))
        end = case.steps[-1].at if settled else self.now
        departement = case.targets[0].departement_code
        for index in range(count):
            kind = OfferKind.JOB if rng.random() < 0.55 else OfferKind.HOUSING
            offers = self.offers.get((departement, kind)) or self.offer_ids
            at = accompanied + (end - accompanied) * rng.random()
            state = ReferralState.ACCEPTED if settled and index == 0 else REFERRAL_STATES.pick(rng)
            self.out["referral"].add(
                {
                    "id": new_id(rng),
                    "updated_at": timestamp(at.replace(microsecond=0)),
                    "household_id": case.id,
                    "offer_id": rng.choice(offers),
                    "partner_id": None,
                    "state": code(state),
                    "proposed_on": day(at.date()),
                    "officer_id": case.officer_id,
                    "note": rng.choice(words.REFERRAL_NOTES),
                }
            )

    def _settlement(self, case: _Case) -> None:
        settled = case.steps[-1].at
        commune = case.targets[0] if self.rng.random() < 0.7 else self.rng.choice(case.targets)
        self.out["settlement"].add(
            {
                "id": new_id(self.rng),
                "updated_at": timestamp(settled),
                "household_id": case.id,
                "moved_on": day(settled.date()),
                "commune_code": commune.code,
                "adults": len(case.adults),
                "children": len(case.children),
                "children_schooled": sum(c.school_level in SCHOOLED for c in case.children),
            }
        )


def _origin_factor(region: str, population: int) -> float:
    """Most newcomers leave Île-de-France or a big city; weight those above their population."""
    factor = 2.5 if region == "11" else 1.0
    return factor * 1.5 if population >= 100_000 else factor


def _saturday_on_or_before(value: date) -> date:
    return value - timedelta(days=(value.weekday() - 5) % 7)


def _school_level(age: int) -> SchoolLevel:
    if age < 3:
        return SchoolLevel.NONE
    if age < 6:
        return SchoolLevel.NURSERY
    if age < 11:
        return SchoolLevel.PRIMARY
    if age < 15:
        return SchoolLevel.MIDDLE
    return SchoolLevel.HIGH


def _household_name(adults: list[_Member]) -> str:
    """The main adult's last name, or both when the couple's differ: how officers call them."""
    names = list(dict.fromkeys(adult.last_name for adult in adults))
    return " – ".join(names)
