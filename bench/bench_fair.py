"""Fair mode and matching on the 100,000-household demo database, each against a baseline.

**Capture**: the *Salon* page of the real main window (offscreen), a visitor
already typed in the capture screen (two adults, e-mail, phone, two children,
where they live, a wish, needs, consent), then ``Entrée``: the time until the
form is empty with the cursor in the first name, ready for the next visitor
(goal: p95 ≤ 100 ms). It includes the known-contact check, the registration,
its outbox entries, the search index and summary triggers, and the counter.
Baseline: a bare :func:`register_household` of the same household in its own
transaction, on the same database, in the same run.

**Matching**: 20,000 offers are added to the catalogue (jobs, housing, businesses,
services and events across the region's communes), then
:func:`suggest_offers` is timed for 40 demo households that have open needs
(goal: p95 ≤ 200 ms), against reading every valid offer of the household's
wished départements with one ``SELECT`` and no scoring (matching reads fewer:
only the kinds the household needs, housing within budget).

The demo database is copied to a temporary folder first: the bench writes.

    .venv/bin/python bench/bench_fair.py [--households 100000] [--data-dir DIR] [--visitors 60]

Exits with status 1 when a goal is missed.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from time import perf_counter

from benchmarking import demo_arguments, open_demo_copy, percentile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from sqlalchemy import insert, or_, select

from desktop.cases.events import EventInput, create_event
from desktop.cases.households import (
    HouseholdInput,
    NeedInput,
    PersonInput,
    TargetInput,
    register_household,
)
from desktop.cases.places import Place, describe_origin, describe_wish
from desktop.demo import vocabulary as words
from desktop.matching.suggest import suggest_offers
from desktop.models import (
    Commune,
    Household,
    HouseholdTarget,
    Need,
    NeedDomain,
    NeedState,
    Offer,
    OfferKind,
    PersonRole,
    Source,
    TerritoryKind,
)
from desktop.storage import Database
from desktop.ui.application import create_main_window
from desktop.ui.fair.capture_screen import FairCaptureScreen
from desktop.ui.settings import open_settings

CAPTURE_GOAL_MS = 100.0
MATCHING_GOAL_MS = 200.0
OFFERS = 20_000
HOUSEHOLDS_MATCHED = 40
REGION = ("21", "25", "39", "58", "70", "71", "89", "90")


def main() -> int:
    parser = demo_arguments(__doc__ or "")
    parser.add_argument("--visitors", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="escale-bench-fair-") as folder:
        data_dir = Path(folder)
        database = open_demo_copy(args, data_dir)
        try:
            capture_ok = bench_capture(database, data_dir, args.visitors)
            matching_ok = bench_matching(database)
        finally:
            database.close()
    return 0 if capture_ok and matching_ok else 1


# --- capture --------------------------------------------------------------------------------


def bench_capture(database: Database, data_dir: Path, visitors: int) -> bool:
    app = QApplication.instance() or QApplication(sys.argv)
    today = date.today()
    with database.transaction() as session:
        event = create_event(
            session, EventInput("Salon de banc d'essai", place="Paris", starts_on=today)
        )
    window = create_main_window(database, open_settings(data_dir), auto_sync=False)
    window.resize(1280, 800)
    window.show()
    window.show_page("salon")
    page = window.fair_page
    page.refresh_events(event.id)
    page.start_capture()
    screen = page.capture
    with database.session() as session:
        origin = describe_origin(session, "94028")
        wish = describe_wish(session, TerritoryKind.COMMUNE, "39198")
    assert origin is not None and wish is not None
    app.processEvents()

    rng = random.Random(7)
    capture_ms, refresh_ms = [], []
    for number in range(visitors + 3):
        fill(screen, number, rng, origin, wish)
        started = perf_counter()
        saved = screen.save()
        ready = perf_counter()
        assert saved is not None, {k: v.text() for k, v in screen.errors.items() if v.text()}
        assert screen.first_name.hasFocus() or not window.isActiveWindow()
        assert screen.first_name.text() == ""
        app.processEvents()  # the other pages hear of it once the form is ready
        refreshed = perf_counter()
        if number >= 3:  # the first ones warm the caches
            capture_ms.append((ready - started) * 1000)
            refresh_ms.append((refreshed - ready) * 1000)
    window.close()

    baseline_ms = []
    for number in range(visitors):
        data = bare_household(number, rng)
        started = perf_counter()
        with database.transaction() as session:
            register_household(session, data, today=today)
        baseline_ms.append((perf_counter() - started) * 1000)

    p50, p95 = percentile(capture_ms, 0.5), percentile(capture_ms, 0.95)
    b50, b95 = percentile(baseline_ms, 0.5), percentile(baseline_ms, 0.95)
    print()
    print(f"Capture, Entrée → form ready ({visitors} visitors, 100,000 households + theirs):")
    print(f"  fair screen          p50 {p50:6.1f} ms   p95 {p95:6.1f} ms")
    print(f"  register_household   p50 {b50:6.1f} ms   p95 {b95:6.1f} ms   (baseline)")
    print(f"  ratio                p50 {p50 / b50:6.2f}      p95 {p95 / b95:6.2f}")
    print(
        f"  then the other pages refresh: p50 {percentile(refresh_ms, 0.5):.1f} ms, "
        f"p95 {percentile(refresh_ms, 0.95):.1f} ms (after the form is ready)"
    )
    passed = p95 <= CAPTURE_GOAL_MS
    print(f"  goal p95 ≤ {CAPTURE_GOAL_MS:.0f} ms: {'PASS' if passed else 'FAIL'}")
    return passed


def fill(
    screen: FairCaptureScreen, number: int, rng: random.Random, origin: Place, wish: Place
) -> None:
    screen.first_name.setText(rng.choice(("Claire", "Hélène", "Inès", "Léa", "Anne", "Zoé")))
    screen.last_name.setText(f"Banc{number}")
    screen.occupation.setText(rng.choice(words.JOBS)[1])
    screen.second_first_name.setText("Karim")
    screen.second_last_name.setText(f"Essai{number}")
    screen.email.setText(f"visiteur.{number}.{uuid.uuid4().hex[:6]}@exemple.fr")
    screen.phone.setText(
        f"06 12 {number // 100 % 100:02d} {number % 100:02d} {rng.randint(10, 99)}"
    )
    screen.children.setValue(2)
    screen.children_ages.setText("4, 9")
    screen.origin.set_value((origin.label, origin))
    screen.wishes[0].set_value((wish.label, wish))
    for domain in (NeedDomain.JOB, NeedDomain.HOUSING, NeedDomain.SCHOOL):
        screen.need_boxes[domain].setChecked(True)
    screen.consent.setChecked(True)


def bare_household(number: int, rng: random.Random) -> HouseholdInput:
    return HouseholdInput(
        source=Source.FAIR,
        members=[
            PersonInput(
                PersonRole.ADULT,
                "Claire",
                f"Base{number}",
                occupation="infirmière",
                email=f"base.{number}.{uuid.uuid4().hex[:6]}@exemple.fr",
                phone=f"07 61 {number // 100 % 100:02d} {number % 100:02d} {rng.randint(10, 99)}",
            ),
            PersonInput(PersonRole.ADULT, "Karim", f"Base{number}"),
            PersonInput(PersonRole.CHILD, "Enfant 1", f"Base{number}", birth_year="2021"),
            PersonInput(PersonRole.CHILD, "Enfant 2", f"Base{number}", birth_year="2016"),
        ],
        targets=[TargetInput(TerritoryKind.COMMUNE, "39198")],
        needs=[NeedInput(NeedDomain.JOB), NeedInput(NeedDomain.HOUSING)],
        origin_commune_code="94028",
    )


# --- matching -------------------------------------------------------------------------------


def bench_matching(database: Database) -> bool:
    today = date.today()
    added = add_offers(database, OFFERS, today)
    with database.session() as session:
        households = session.scalars(
            select(Household.id)
            .where(
                Household.deleted.is_(False),
                Household.id.in_(
                    select(Need.household_id).where(
                        Need.state.in_((NeedState.OPEN, NeedState.IN_PROGRESS)),
                        Need.domain.in_((NeedDomain.JOB, NeedDomain.HOUSING)),
                    )
                ),
                Household.id.in_(select(HouseholdTarget.household_id)),
            )
            .order_by(Household.id)
            .limit(HOUSEHOLDS_MATCHED)
        ).all()
        total = session.scalar(select(Offer.id).where(Offer.deleted.is_(False)).limit(1))
        assert total is not None
    matching_ms, baseline_ms, found = [], [], []
    for household_id in households:
        with database.session() as session:
            suggest_offers(session, household_id, today=today)  # warm
            started = perf_counter()
            suggestions = suggest_offers(session, household_id, today=today)
            matching_ms.append((perf_counter() - started) * 1000)
            found.append(len(suggestions))
            departements = list(
                session.scalars(
                    select(HouseholdTarget.departement_code).where(
                        HouseholdTarget.household_id == household_id
                    )
                )
            )
            started = perf_counter()
            session.execute(
                select(Offer.id, Offer.kind, Offer.title, Offer.details, Offer.price_eur)
                .join(Commune, Commune.code == Offer.commune_code)
                .where(
                    Offer.deleted.is_(False),
                    or_(Offer.valid_until.is_(None), Offer.valid_until >= today),
                    Commune.departement_code.in_([d for d in departements if d]),
                )
            ).all()
            baseline_ms.append((perf_counter() - started) * 1000)
    p50, p95 = percentile(matching_ms, 0.5), percentile(matching_ms, 0.95)
    b50, b95 = percentile(baseline_ms, 0.5), percentile(baseline_ms, 0.95)
    print()
    print(
        f"Matching, one household against the catalogue ({added:,} offers added, "
        f"{len(households)} households, {sum(found) / len(found):.1f} suggestions each):"
    )
    print(f"  suggest_offers       p50 {p50:6.1f} ms   p95 {p95:6.1f} ms")
    print(f"  reading the offers   p50 {b50:6.1f} ms   p95 {b95:6.1f} ms   (baseline)")
    print(f"  ratio                p50 {p50 / b50:6.2f}      p95 {p95 / b95:6.2f}")
    passed = p95 <= MATCHING_GOAL_MS
    print(f"  goal p95 ≤ {MATCHING_GOAL_MS:.0f} ms: {'PASS' if passed else 'FAIL'}")
    return passed


def add_offers(database: Database, count: int, today: date) -> int:
    """``count`` plausible offers spread over the region's communes, by population."""
    rng = random.Random(11)
    with database.session() as session:
        communes = session.execute(
            select(Commune.code, Commune.name, Commune.population).where(
                Commune.departement_code.in_(REGION)
            )
        ).all()
    codes = [code for code, _name, _population in communes]
    names = {code: name for code, name, _population in communes}
    weights = [max(population or 1, 1) for _code, _name, population in communes]
    kinds = [OfferKind.JOB] * 50 + [OfferKind.HOUSING] * 30 + [OfferKind.BUSINESS] * 6
    kinds += [OfferKind.SERVICE] * 8 + [OfferKind.EVENT] * 6
    now = datetime.now(UTC)
    rows = []
    for commune in rng.choices(codes, weights, k=count):
        kind = rng.choice(kinds)
        template, _category = rng.choice(words.OFFER_TITLES[kind])
        job = rng.choice(words.JOBS)[0]
        title = template.format(
            job=job[:1].upper() + job[1:],
            contrat=rng.choice(words.CONTRACTS),
            commune=names[commune],
            pieces=rng.randint(2, 6),
            surface=rng.randrange(400, 1_500, 50),
        )
        price = None
        details = None
        if kind is OfferKind.HOUSING:
            if rng.random() < 0.5:
                price = rng.randrange(400, 1_200, 10)
                details = f"À louer, {price} € par mois."
            else:
                price = rng.randrange(60_000, 320_000, 5_000)
                details = "À vendre."
        elif kind is OfferKind.BUSINESS:
            price = rng.randrange(40_000, 450_000, 5_000)
        rows.append(
            {
                "id": uuid.uuid4(),
                "version": 1,
                "updated_at": now,
                "deleted": False,
                "kind": kind,
                "title": title[:200],
                "details": details,
                "commune_code": commune,
                "valid_until": today + timedelta(days=rng.randint(-30, 200)),
                "price_eur": price,
            }
        )
    with database.transaction() as session:
        session.execute(insert(Offer.__table__), rows)
    return count


if __name__ == "__main__":
    sys.exit(main())
