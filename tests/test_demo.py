"""``escale demo``: reproducible, realistic demo households in real SQLite files."""

from __future__ import annotations

import hashlib
import itertools
import random
import shutil
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import phonenumbers
import pytest
from email_validator import EmailNotValidError, validate_email
from sqlalchemy import func, select

from desktop.cli import main
from desktop.demo import DemoSummary, generate_demo
from desktop.demo.bulk import new_id
from desktop.demo.generator import DEMO_MODELS, DEMO_TABLES
from desktop.errors import UserFacingError
from desktop.models import (
    Commune,
    Event,
    FollowUp,
    Household,
    HouseholdTarget,
    Interaction,
    Offer,
    Officer,
    Partner,
    Person,
    PersonRole,
    Referral,
    Settlement,
    Status,
    StatusChange,
)
from desktop.paths import database_path
from desktop.storage import Database, open_database
from tests.encrypted import connect_any

TODAY = date(2026, 11, 25)


def _fresh_data_dir(parent: Path, name: str, template: Path) -> Path:
    folder = parent / name
    folder.mkdir()
    shutil.copy2(template, database_path(folder))
    return folder


def _table_digests(path: Path) -> dict[str, str]:
    """A digest of every table's rows, sorted on all columns: equal digests, equal contents."""
    connection = connect_any(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        digests = {}
        for table in tables:
            width = len(connection.execute(f"SELECT * FROM {table} LIMIT 0").description)
            order = ", ".join(str(index) for index in range(1, width + 1))
            digest = hashlib.sha256()
            for row in connection.execute(f"SELECT * FROM {table} ORDER BY {order}"):
                digest.update(repr(row).encode())
            digests[table] = digest.hexdigest()
        return digests
    finally:
        connection.close()


def _counts(path: Path) -> dict[str, int]:
    connection = connect_any(path)
    try:
        return {
            t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in DEMO_TABLES
        }
    finally:
        connection.close()


@pytest.mark.usefixtures("escale_passphrase")
def test_the_same_seed_rebuilds_the_same_database(
    tmp_path: Path, template_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second, other = (
        _fresh_data_dir(tmp_path, name, template_database) for name in ("a", "b", "c")
    )
    for folder, seed in ((first, "7"), (second, "7"), (other, "8")):
        code = main(["demo", "--data-dir", str(folder), "--households", "1000", "--seed", seed])
        assert code == 0

    output = capsys.readouterr().out
    assert "1\u202f000 foyers de démonstration créés" in output
    digests = _table_digests(database_path(first))
    assert set(DEMO_TABLES) <= set(digests)
    assert digests == _table_digests(database_path(second))
    different = _table_digests(database_path(other))
    assert all(different[table] != digests[table] for table in DEMO_TABLES)
    assert _counts(database_path(first))["household"] == 1000


@pytest.fixture(scope="module")
def demo_database(
    tmp_path_factory: pytest.TempPathFactory, template_database: Path
) -> Iterator[tuple[Database, DemoSummary]]:
    """One demo of 2,000 households, read by the checks below and never written to."""
    folder = _fresh_data_dir(tmp_path_factory.mktemp("demo"), "data", template_database)
    database = open_database(database_path(folder))
    summary = generate_demo(database, households=2000, seed=3, today=TODAY)
    yield database, summary
    database.close()


def test_the_status_mix_follows_the_programmes_first_year(
    demo_database: tuple[Database, DemoSummary],
) -> None:
    database, summary = demo_database
    with database.engine.connect() as connection:
        statuses = Counter(
            dict(
                connection.execute(
                    select(Household.status, func.count()).group_by(Household.status)
                ).all()
            )
        )
        settlements = connection.scalar(select(func.count()).select_from(Settlement))
    total = sum(statuses.values())
    assert total == summary.households == 2000
    assert 0.07 <= statuses[Status.ACCOMPANIED] / total <= 0.13
    assert 0.005 <= statuses[Status.SETTLED] / total <= 0.03
    assert 0.18 <= statuses[Status.CONTACTED] / total <= 0.32
    assert statuses[Status.PAUSED] > 0
    assert statuses[Status.ABANDONED] > 0
    assert statuses[Status.NEW] > total / 3
    assert settlements == statuses[Status.SETTLED]


def test_every_household_is_complete_and_consistent(
    demo_database: tuple[Database, DemoSummary],
) -> None:
    database, _ = demo_database
    with database.transaction() as session:
        households = session.scalars(select(Household)).all()
        targets = session.execute(
            select(
                HouseholdTarget.household_id,
                HouseholdTarget.rank,
                HouseholdTarget.departement_code,
                Commune.departement_code,
                Commune.region_code,
            ).join(Commune, Commune.code == HouseholdTarget.code)
        ).all()
        adult_names: dict[uuid.UUID, list[str]] = {}
        for household_id, last_name in session.execute(
            select(Person.household_id, Person.last_name).where(Person.role == PersonRole.ADULT)
        ):
            adult_names.setdefault(household_id, []).append(last_name)
        history: dict[uuid.UUID, list[StatusChange]] = {}
        for change in session.scalars(
            select(StatusChange).order_by(StatusChange.household_id, StatusChange.changed_at)
        ):
            history.setdefault(change.household_id, []).append(change)
        settlements = {s.household_id: s for s in session.scalars(select(Settlement))}
        children = Counter(
            session.scalars(select(Person.household_id).where(Person.role == PersonRole.CHILD))
        )

    ranks: dict[uuid.UUID, list[int]] = {}
    for household_id, rank, departement, commune_departement, region in targets:
        ranks.setdefault(household_id, []).append(rank)
        assert region == "27"
        assert departement == commune_departement
    now = datetime.combine(TODAY, datetime.max.time(), tzinfo=UTC)
    for household in households:
        assert sorted(ranks[household.id]) == list(range(1, len(ranks[household.id]) + 1))
        names = adult_names[household.id]
        assert len(names) in {1, 2}
        assert household.name == " – ".join(dict.fromkeys(names))
        changes = history[household.id]
        assert changes[0].from_status is None
        assert changes[0].to_status is Status.NEW
        assert changes[0].changed_at == household.registered_at
        assert changes[-1].to_status is household.status
        for before, after in itertools.pairwise(changes):
            assert after.from_status is before.to_status
            assert before.changed_at < after.changed_at
        assert changes[-1].changed_at <= now
        assert household.registered_at.tzinfo is not None
        assert (TODAY - household.registered_at.date()).days <= 731
        assert (household.origin_commune_code is None) == (household.origin_country != "FR")
        if household.status is Status.SETTLED:
            settlement = settlements[household.id]
            assert settlement.adults == len(names)
            assert settlement.children == children[household.id]
            assert 0 <= settlement.children_schooled <= settlement.children
        else:
            assert household.id not in settlements


def test_contacts_are_valid_emails_and_french_phone_numbers(
    demo_database: tuple[Database, DemoSummary],
) -> None:
    database, _ = demo_database
    with database.engine.connect() as connection:
        emails = [
            *connection.scalars(select(Person.email).where(Person.email.is_not(None))),
            *connection.scalars(select(Officer.email)),
            *connection.scalars(select(Partner.email)),
        ]
        phones = [
            *connection.scalars(select(Person.phone).where(Person.phone.is_not(None))),
            *connection.scalars(select(Officer.phone)),
            *connection.scalars(select(Partner.phone)),
            *connection.scalars(
                select(Offer.contact_phone).where(Offer.contact_phone.is_not(None))
            ),
        ]
        person_emails = connection.scalars(
            select(Person.email).where(Person.email.is_not(None))
        ).all()
    assert len(person_emails) == len(set(person_emails))
    for email in emails:
        try:
            validate_email(email, check_deliverability=False)
        except EmailNotValidError as error:
            pytest.fail(f"{email}: {error}")
    for email in person_emails:
        assert email.rsplit("@", 1)[1] in {"example.fr", "example.com", "example.org"}
    for phone in phones:
        number = phonenumbers.parse(phone)
        assert phonenumbers.is_valid_number(number), phone
        assert phonenumbers.region_code_for_number(number) == "FR"
        assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == phone


def test_the_orm_reads_back_every_demo_row(demo_database: tuple[Database, DemoSummary]) -> None:
    """The rows bypass SQLAlchemy's type conversion, so read them through it once."""
    database, summary = demo_database
    models = DEMO_MODELS
    with database.transaction() as session:
        loaded = {model: session.scalars(select(model)).all() for model in models}
        household = loaded[Household][0]
        assert session.get(Household, household.id) is household
        assert isinstance(household.id, uuid.UUID)
        assert household.id.version == 4
        assert household.updated_at.tzinfo is UTC
        assert all(isinstance(value, str) for value in household.project_types)
        accompanied = session.scalar(
            select(func.count())
            .select_from(Household)
            .where(Household.status == Status.ACCOMPANIED)
        )
    assert accompanied == sum(h.status is Status.ACCOMPANIED for h in loaded[Household])
    assert len(loaded[Person]) == summary.people
    assert len(loaded[Interaction]) == summary.interactions
    assert len(loaded[FollowUp]) == summary.follow_ups
    assert (len(loaded[Officer]), len(loaded[Event])) == (summary.officers, summary.events)
    assert (len(loaded[Partner]), len(loaded[Offer])) == (summary.partners, summary.offers)
    assert 50 <= summary.partners <= 70
    assert summary.offers == 400
    accompanied_or_settled = sum(
        h.status in (Status.ACCOMPANIED, Status.SETTLED) for h in loaded[Household]
    )
    assert 0.3 * accompanied_or_settled <= len(loaded[Referral]) <= 1.0 * accompanied_or_settled
    assert 0.05 <= sum(i.internal for i in loaded[Interaction]) / len(loaded[Interaction]) <= 0.15
    open_cases = sum(h.status in (Status.CONTACTED, Status.ACCOMPANIED) for h in loaded[Household])
    open_follow_ups = sum(f.done_on is None for f in loaded[FollowUp])
    assert open_follow_ups >= open_cases
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []


def test_the_summary_speaks_french() -> None:
    summary = DemoSummary(
        households=100_000,
        people=231_456,
        interactions=150_000,
        follow_ups=1,
        offers=400,
        partners=60,
        events=5,
        officers=8,
    )
    text = summary.describe()
    assert text.startswith("100\u202f000 foyers de démonstration créés (231\u202f456 personnes,")
    assert "1 relance)" in text
    assert "8 chargés d'accueil" in text
    assert len(text.splitlines()) == 2


def test_ids_are_the_uuid4_of_the_random_stream() -> None:
    for seed in range(200):
        expected = uuid.UUID(int=random.Random(seed).getrandbits(128), version=4).hex
        assert new_id(random.Random(seed)) == expected


@pytest.mark.usefixtures("escale_passphrase")
def test_demo_refuses_a_database_that_already_has_households(
    database: Database, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    generate_demo(database, households=20, seed=5, today=TODAY)
    with pytest.raises(UserFacingError, match="contient déjà des foyers"):
        generate_demo(database, households=20, seed=6, today=TODAY)
    database.close()
    before = _counts(database_path(data_dir))

    code = main(["demo", "--data-dir", str(data_dir), "--households", "50"])

    assert code == 2
    error = capsys.readouterr().err
    assert "Cette base contient déjà des foyers" in error
    assert "--data-dir" in error
    assert _counts(database_path(data_dir)) == before
